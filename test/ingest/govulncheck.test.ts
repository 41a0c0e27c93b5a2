import { FIXTURES, createHarness, fixtureFiles, sampleOf } from './harness.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { govulncheck, splitJsonStream } from '../../src/ingest/govulncheck.js';
import { readInputFile } from '../../src/ingest/read.js';
import { silentLogger } from '../../src/logger.js';
import { countBySeverity, emptyCounts } from '../../src/model.js';

const FOLDER = 'govulncheck-json';
const STREAM = `${FOLDER}/govulncheck-1.1.4-stream.json`;
const WRAPPED = `${FOLDER}/govulncheck-1.0.0-array-wrapped.json`;
const { context, parseFixture, otherFormatFiles, parseText, parseError } = createHarness(govulncheck, FOLDER);

const CONFIG = '{"config":{"protocol_version":"v1.0.0","scanner_name":"govulncheck","scanner_version":"v1.1.4"}}';
const OSV = '{"osv":{"id":"GO-2024-0001","aliases":["CVE-2024-0001"],"summary":"Bad {thing} \\"quoted\\" in x"}}';

function finding(trace: Record<string, unknown>, fixed = 'v1.2.0'): string {
  return JSON.stringify({ finding: { osv: 'GO-2024-0001', fixed_version: fixed, trace: [trace] } });
}

describe('ingest/govulncheck', () => {
  it('has a fixture set to test against', () => {
    expect(fixtureFiles(FOLDER)).toEqual([WRAPPED, STREAM]);
  });

  // The manifest counts finding messages: govulncheck writes one per OSV id and module at each level it
  // reaches (module required, package imported, symbol called). shipgate keeps one per OSV id and module.
  it.each([
    // manifest: 1 finding message for 1 OSV id; trace level {function 1}
    [WRAPPED, 1, 1, { called: 1, imported: 0, required: 0 }],
    // manifest: 116 finding messages for 40 OSV ids; trace level {function 46, module 40, package 30}.
    // Each OSV id here names one module: 40 findings, 22 called, 8 imported only, 10 required only.
    [STREAM, 40, 116, { called: 22, imported: 8, required: 10 }],
  ])('counts %s as %i findings from %i finding messages', async (file, total, messages, levels) => {
    const result = await parseFixture(file);
    expect(result.findings).toHaveLength(total);
    expect(countBySeverity(result.findings)).toEqual({ ...emptyCounts(), unknown: total });
    expect(result.runs).toHaveLength(1);
    expect(result.runs[0]).toMatchObject({
      tool: 'govulncheck',
      scanType: 'dependency',
      completed: true,
      problems: [],
    });
    expect(result.runs[0]?.resultCount).toBe(messages);
    expect(result.warnings).toEqual([]);
    const level = (suffix: string) => result.findings.filter((f) => f.title.endsWith(suffix)).length;
    expect({
      called: level('(called: a vulnerable symbol is reachable)'),
      imported: level('(imported, no vulnerable symbol called)'),
      required: level('(required, no vulnerable package imported)'),
    }).toEqual(levels);
    expect(new Set(result.findings.map((f) => f.identityKey)).size).toBe(total);
  });

  it('maps a called vulnerability with every field, at its most reachable level', async () => {
    const result = await parseFixture(STREAM);
    const matches = result.findings.filter((f) => f.ruleId === 'GO-2025-3595');
    // Three messages (lines 18019 module, 18774 package, 20938 function) become one finding.
    expect(matches).toHaveLength(1);
    expect(matches[0]).toEqual({
      scanType: 'dependency',
      ruleId: 'GO-2025-3595',
      title:
        'Incorrect Neutralization of Input During Web Page Generation in x/net in golang.org/x/net (called: a vulnerable symbol is reachable)',
      severity: 'unknown',
      severitySource: 'no severity in govulncheck',
      aliases: ['CVE-2025-22872', 'GO-2025-3595'],
      cwe: [],
      location: { path: 'api/handlers/user.go', startLine: 74 },
      package: { name: 'golang.org/x/net', version: 'v0.25.0', ecosystem: 'golang', fixedVersions: ['v0.38.0'] },
      sources: [
        { input: STREAM, format: 'govulncheck', tool: 'govulncheck', toolVersion: 'v1.1.4', pointer: 'line 20938' },
      ],
      identityKey: 'dep|CVE-2025-22872|golang:golang.org/x/net|v0.25.0',
      run: 0,
    });
    expect(result.runs[0]?.toolVersion).toBe('v1.1.4');
  });

  it('keeps imported and required findings without a code location or a fix it was not given', async () => {
    const result = await parseFixture(STREAM);
    const pgx = result.findings.find((f) => f.ruleId === 'GO-2026-4771');
    expect(pgx).toMatchObject({
      title: 'CVE-2026-33815 in github.com/jackc/pgx (imported, no vulnerable symbol called)',
      location: {},
      package: { name: 'github.com/jackc/pgx/v5', version: 'v5.5.5', ecosystem: 'golang' },
      sources: [{ pointer: 'line 18725' }],
    });
    expect(pgx?.package?.fixedVersions).toBeUndefined();
  });

  it('reads the array-wrapped variant with JSON pointers and locates calls under the root', async () => {
    const input = readInputFile(FIXTURES, WRAPPED);
    const result = await govulncheck.parse(input, { root: '/tmp/testproject', logger: silentLogger });
    expect(result.findings[0]).toMatchObject({
      ruleId: 'GO-2023-1840',
      aliases: ['CVE-2023-29403', 'GO-2023-1840'],
      location: { path: 'main.go', startLine: 13 },
      package: { name: 'stdlib', version: 'v1.20.1', ecosystem: 'golang', fixedVersions: ['v1.20.5'] },
      sources: [{ pointer: '/3', toolVersion: 'v1.0.0' }],
      identityKey: 'dep|CVE-2023-29403|golang:stdlib|v1.20.1',
    });
    const parsedByCaller = JSON.parse(input.bytes.toString('utf8')) as unknown;
    const again = await govulncheck.parse(input, context({ document: parsedByCaller }));
    expect(again.findings.map((f) => f.identityKey)).toEqual(result.findings.map((f) => f.identityKey));
  });

  it('applies the declared scan type', async () => {
    const result = await parseFixture(WRAPPED, { scanType: 'container' });
    expect(result.findings[0]?.scanType).toBe('container');
    expect(result.runs[0]?.scanType).toBe('container');
  });

  it('upgrades a finding when a more reachable message follows, whatever the order', async () => {
    const text = [
      CONFIG,
      OSV,
      finding({ module: 'example.com/m', version: 'v1.0.0', package: 'example.com/m/p' }),
      finding({ module: 'example.com/m', version: 'v1.0.0' }),
      '',
    ].join('\n');
    const result = await parseText('order.json', text);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      title: 'Bad {thing} "quoted" in x (imported, no vulnerable symbol called)',
      sources: [{ pointer: 'line 3' }],
    });
  });

  it('keeps one finding per version: two streams (a monorepo, one per module) naming one module at two versions', async () => {
    const real = readFileSync(join(FIXTURES, STREAM), 'utf8');
    // The real stream, then a second one whose every finding names golang.org/x/crypto at another version.
    const second = real.replace(/"version": "v0\.23\.0"/g, '"version": "v0.17.0"');
    expect(second).not.toBe(real);
    const one = await parseText('one.json', real);
    const both = await parseText('both.json', `${real}\n${second}`);
    const crypto = (result: typeof one) =>
      result.findings
        .filter((f) => f.package?.name === 'golang.org/x/crypto')
        .map((f) => f.identityKey)
        .sort();
    expect(crypto(one)).toHaveLength(5);
    expect(crypto(one).every((key) => key.endsWith('|v0.23.0'))).toBe(true);
    // Both versions, each its own finding; the other modules are the same in both streams, one finding each.
    expect(crypto(both)).toEqual(
      [...crypto(one), ...crypto(one).map((key) => key.replace(/\|v0\.23\.0$/, '|v0.17.0'))].sort(),
    );
    expect(both.findings).toHaveLength(one.findings.length + 5);
    // Within one stream, the levels of one module version stay one finding (the most reachable).
    const levels = await parseText(
      'levels.json',
      [
        CONFIG,
        OSV,
        finding({ module: 'example.com/m', version: 'v1.0.0' }),
        finding({ module: 'example.com/m', version: 'v1.0.0', package: 'example.com/m/p' }),
        finding({ module: 'example.com/m', version: 'v0.9.0' }),
        '',
      ].join('\n'),
    );
    expect(
      levels.findings.map((f) => [f.package?.version, f.title.endsWith('(imported, no vulnerable symbol called)')]),
    ).toEqual([
      ['v1.0.0', true],
      ['v0.9.0', false],
    ]);
  });

  describe('an advisory whose aliases name several CVEs', () => {
    /** The real stream plus a finding for GO-2022-0536, whose real osv entry aliases two CVEs and their GHSAs. */
    const withFinding = (aliases?: string[]): string => {
      const text = readFileSync(join(FIXTURES, STREAM), 'utf8');
      const entry = splitJsonStream(text, { path: STREAM })
        .map(({ value }) => (value as { osv?: { id?: string } }).osv)
        .find((osv) => osv?.id === 'GO-2022-0536');
      const osv = aliases === undefined ? entry : { ...entry, aliases };
      const trace = {
        module: 'golang.org/x/net',
        version: 'v0.0.0-20190311183353-d8887717615a',
        package: 'golang.org/x/net/http2',
      };
      return `${text}\n${JSON.stringify({ osv })}\n${JSON.stringify({ finding: { osv: 'GO-2022-0536', trace: [trace] } })}\n`;
    };

    it('joins none of the CVEs of GO-2022-0536 (CVE-2019-9512, CVE-2019-9514)', async () => {
      const { findings } = await parseText('two-cves.json', withFinding());
      expect(findings.find((f) => f.ruleId === 'GO-2022-0536')).toMatchObject({
        aliases: ['GO-2022-0536'],
        identityKey: 'dep|GO-2022-0536|golang:golang.org/x/net|v0.0.0-20190311183353-d8887717615a',
      });
      expect(findings).toHaveLength(41);
    });

    it('joins the CVE when the entry names only one', async () => {
      const { findings } = await parseText('one-cve.json', withFinding(['CVE-2019-9512', 'GHSA-hgr8-6h9x-f7q9']));
      expect(findings.find((f) => f.ruleId === 'GO-2022-0536')).toMatchObject({
        aliases: ['CVE-2019-9512', 'GHSA-hgr8-6h9x-f7q9', 'GO-2022-0536'],
        identityKey: 'dep|CVE-2019-9512|golang:golang.org/x/net|v0.0.0-20190311183353-d8887717615a',
      });
    });
  });

  it('treats a stream with a config, the check message and no findings as a clean scan', async () => {
    // Without the check message (or an osv or finding message) the stream does not show matching ran: see
    // govulncheck-matching.test.ts.
    const result = await parseText(
      'clean.json',
      `${CONFIG}\n{"progress":{"message":"Checking the code against the vulnerabilities..."}}\n`,
    );
    expect(result.findings).toEqual([]);
    expect(result.runs[0]).toMatchObject({ completed: true, resultCount: 0, toolVersion: 'v1.1.4' });
    const other = await parseText('unclear.json', `${CONFIG}\n{"progress":{"message":"Scanning..."}}\n`);
    expect(other.runs[0]).toMatchObject({ completed: false, resultCount: 0 });
  });

  it('warns about a finding whose osv entry is missing', async () => {
    const result = await parseText('no-osv.json', `${CONFIG}${finding({ module: 'm', version: 'v1' })}`);
    expect(result.findings[0]).toMatchObject({
      title: 'GO-2024-0001 (required, no vulnerable package imported)',
      aliases: ['GO-2024-0001'],
    });
    expect(result.warnings).toEqual([
      'no-osv.json: line 1: the finding names GO-2024-0001, but the stream has no osv entry for it.',
    ]);
  });

  describe('failed and malformed input', () => {
    it('refuses the 0-byte report before any parsing', () => {
      expect(() => readInputFile(FIXTURES, 'malformed/govulncheck-zero-bytes.json')).toThrow(InputError);
      expect(() => readInputFile(FIXTURES, 'malformed/govulncheck-zero-bytes.json')).toThrow(
        'malformed/govulncheck-zero-bytes.json: the file is empty (0 bytes); an empty report is not a clean scan.',
      );
    });

    it.each([
      ['spaces.json', '  \n\t ', /^spaces\.json: the file holds only whitespace/],
      [
        'truncated.json',
        `${CONFIG}\n${OSV}\n{"finding":{"osv":"GO-2024-0001","trace":[{"module":"m"`,
        /^truncated\.json: line 3, column \d+ \(byte \d+\): the stream ends inside the JSON value that starts at line 3 \(truncated\?\)/,
      ],
      [
        'in-string.json',
        `${CONFIG}\n{"osv":{"id":"GO-1`,
        /^in-string\.json: line 2, column 19 \(byte 115\): the stream ends inside a string of the JSON value that starts at line 2/,
      ],
      [
        'garbage.json',
        `${CONFIG}\nnull\n`,
        /^garbage\.json: line 2, column 1 \(byte \d+\): found "n" between JSON values/,
      ],
      [
        'bad-token.json',
        `${CONFIG}\n{"osv": {"id": tru}}`,
        /^bad-token\.json: line 2, column \d+ \(byte \d+\): invalid JSON in the message that starts at line 2: /,
      ],
      [
        'array-message.json',
        '[1]',
        /^array-message\.json: \/0: found the number 1 \(expected a govulncheck message object/,
      ],
      [
        'wrapped-truncated.json',
        '[{"config": {}}',
        /^wrapped-truncated\.json: line 1, column \d+ \(byte \d+\): invalid JSON/,
      ],
      [
        'nothing.json',
        '{"progress":{"message":"x"}}',
        /^nothing\.json: the stream has no config, osv or finding message/,
      ],
      [
        'scanner.json',
        '{"config":{"scanner_name":"other"}}',
        /^scanner\.json: line 1: config\.scanner_name is the string "other" \(expected "govulncheck"\)\.$/,
      ],
      ['osv-id.json', `${CONFIG}\n{"osv":{"aliases":[]}}`, /^osv-id\.json: line 2: osv\.id is nothing/],
      [
        'trace.json',
        `${CONFIG}\n{"finding":{"osv":"GO-1","trace":[]}}`,
        /^trace\.json: line 2: finding\.trace is an array \(expected a non-empty array of frames\)\.$/,
      ],
      [
        'module.json',
        `${CONFIG}\n{"finding":{"osv":"GO-1","trace":[{"version":"v1"}]}}`,
        /^module\.json: line 2: finding\.trace\[0\]\.module is nothing/,
      ],
      [
        'osv-name.json',
        `${CONFIG}\n\n{"finding":{"trace":[{"module":"m"}]}}`,
        /^osv-name\.json: line 3: finding\.osv is nothing/,
      ],
      ['proto.json', `${CONFIG}\n{"progress":{"__proto__":{}}}`, /^proto\.json: line 2: \/progress\/__proto__: /],
      [
        'escaped.json',
        `${CONFIG}\n{"progress":{"\\u005F\\u005Fproto__":{}}}`,
        /^escaped\.json: line 2: \/progress\/__proto__: /,
      ],
    ])('rejects %s with the file and place', async (name, content, pattern) => {
      const error = await parseError(name, content);
      expect(error.message).toMatch(pattern);
    });
  });

  describe('splitJsonStream', () => {
    const file = { path: 's.json' };

    it('splits objects separated by nothing, spaces, tabs, CRLF and newlines, braces inside strings included', () => {
      const text = '{"a":"}{"}{"b":[1,{"c":"\\\\"}]}\r\n\t{"d":"\\"}"}\n\n[2]';
      const values = splitJsonStream(text, file);
      expect(values).toEqual([
        { value: { a: '}{' }, pointer: 'line 1' },
        { value: { b: [1, { c: '\\' }] }, pointer: 'line 1' },
        { value: { d: '"}' }, pointer: 'line 2' },
        { value: [2], pointer: 'line 4' },
      ]);
    });

    it('counts lines across multi-line messages', () => {
      const text = '{\n  "a": 1\n}\n{\n  "b": "x\\ny"\n}\n';
      expect(splitJsonStream(text, file).map((v) => v.pointer)).toEqual(['line 1', 'line 4']);
    });

    it('reports the byte offset of a truncation in UTF-8 bytes', () => {
      const text = '{"a":"é"}\n{"b":';
      expect(() => splitJsonStream(text, file)).toThrow(
        's.json: line 2, column 6 (byte 16): the stream ends inside the JSON value that starts at line 2 (truncated?); expected complete govulncheck JSON messages.',
      );
    });
  });

  describe('detection', () => {
    it.each(fixtureFiles(FOLDER))('is certain of %s', (rel) => {
      const sample = sampleOf(FIXTURES, rel);
      expect(govulncheck.detect(sample)).toBe('certain');
    });

    it('sees the stream without a parsed document', () => {
      expect(sampleOf(FIXTURES, STREAM).document).toBeUndefined();
    });

    it('does not take govulncheck SARIF for the JSON stream', () => {
      expect(govulncheck.detect(sampleOf(FIXTURES, 'sarif/govulncheck-1.3.0.sarif'))).toBe('no');
    });

    it('is never certain of other formats', () => {
      const files = otherFormatFiles();
      expect(files.filter((rel) => rel.startsWith('sarif/')).length).toBeGreaterThan(20);
      const certain = files.filter((rel) => govulncheck.detect(sampleOf(FIXTURES, rel)) === 'certain');
      expect(certain).toEqual([]);
    });

    it('thinks a stream that starts with another message possible, and null no', () => {
      expect(govulncheck.detect({ path: 'x.json', head: '{"progress": {"message": "x"}}\n{"osv": {' })).toBe(
        'possible',
      );
      expect(govulncheck.detect({ path: 'x.json', head: 'null', document: null })).toBe('no');
    });
  });
});
