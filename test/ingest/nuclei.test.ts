import { FIXTURES, createHarness } from './harness.js';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { nuclei } from '../../src/ingest/nuclei.js';
import { readInputFile } from '../../src/ingest/read.js';
import { countBySeverity, emptyCounts } from '../../src/model.js';

const FOLDER = 'nuclei-json';
const harness = createHarness(nuclei, FOLDER);
const { parseText, parseFolderFixture, sampleAt, otherFormatFiles } = harness;
const fixtures = FIXTURES;
const context = harness.context();

const v3Result = (overrides: Record<string, unknown> = {}) =>
  JSON.stringify({
    'template-id': 'CVE-2021-44228',
    info: {
      name: 'Apache Log4j2 Remote Code Injection',
      severity: 'critical',
      classification: { 'cve-id': ['cve-2021-44228'], 'cwe-id': ['cwe-502', 'cwe-400'], 'cvss-score': 10 },
    },
    type: 'http',
    host: 'https://app.example',
    'matched-at': 'https://app.example/api?x=1',
    request: 'GET /api HTTP/1.1',
    response: 'HTTP/1.1 200 OK\r\n\r\n<html>secret body</html>',
    ...overrides,
  });

describe('ingest/nuclei', () => {
  it.each([
    ['nuclei-jsonl-critical.jsonl', { critical: 1, medium: 2, low: 1, info: 23 }, 27],
    ['nuclei-v2-many.jsonl', { medium: 1, low: 1, info: 16 }, 18],
    ['nuclei-v3-array.json', { info: 6 }, 6],
  ])('counts %s per info.severity as the manifest does', async (name, counts, total) => {
    const result = await parseFolderFixture(name);
    expect(countBySeverity(result.findings)).toEqual({ ...emptyCounts(), ...counts });
    expect(result.runs).toEqual([
      { tool: 'Nuclei', scanType: 'dast', completed: true, problems: [], resultCount: total },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('refuses the 0-byte file a run with no results writes: an empty file is not evidence of a scan', () => {
    expect(() => readInputFile(fixtures, `${FOLDER}/nuclei-empty.jsonl`)).toThrow(InputError);
    expect(() => readInputFile(fixtures, `${FOLDER}/nuclei-empty.jsonl`)).toThrow(
      /^nuclei-json\/nuclei-empty\.jsonl: the file is empty \(0 bytes\)/,
    );
  });

  it('reads a v3 JSONL result with every field, and no request, response or credentials', async () => {
    const result = await parseFolderFixture('nuclei-jsonl-critical.jsonl');
    expect(result.findings[0]).toEqual({
      identityKey: 'dast|dvwa-default-login||http://dvwa_dvwa_1/index.php|',
      run: 0,
      scanType: 'dast',
      ruleId: 'dvwa-default-login',
      title: 'DVWA Default Login',
      severity: 'critical',
      severitySource: 'nuclei critical',
      aliases: [],
      cwe: ['CWE-798'],
      location: { url: 'http://dvwa_dvwa_1/index.php' },
      sources: [
        { input: 'nuclei-json/nuclei-jsonl-critical.jsonl', format: 'nuclei', tool: 'Nuclei', pointer: 'line 1' },
      ],
    });
    const text = JSON.stringify(result);
    for (const fragment of ['curl', 'HTTP/1.1', '"password"', 'PHPSESSID']) expect(text).not.toContain(fragment);
  });

  it('reads v2 keys (templateID, matched, matcher_name) and puts the matcher in title and identity', async () => {
    const { findings } = await parseFolderFixture('nuclei-v2-many.jsonl');
    expect(findings[3]).toMatchObject({
      ruleId: 'tech-detect',
      title: 'Wappalyzer Technology Detection [animate.css]',
      location: { url: 'http://127.0.0.1:8080/WebGoat' },
      identityKey: 'dast|tech-detect:animate.css||http://127.0.0.1:8080/WebGoat|',
      sources: [{ pointer: 'line 4' }],
    });
    expect(findings[0]).toMatchObject({ severity: 'low', location: { url: 'nuclei-example.com:22' } });
    // One template, different matchers at one URL: distinct findings.
    const webgoat = findings.filter((f) => f.location.url === 'http://127.0.0.1:8080/WebGoat');
    expect(new Set(webgoat.map((f) => f.identityKey)).size).toBe(webgoat.length);
  });

  it('reads the v3 -json-export array with JSON pointers', async () => {
    const { findings } = await parseFolderFixture('nuclei-v3-array.json');
    expect(findings[0]).toMatchObject({
      ruleId: 'dns-saas-service-detection',
      title: 'DNS SaaS Service Detection [wix]',
      location: { url: 'www.asdf.de' },
      sources: [{ pointer: '/0' }],
    });
    expect(findings[1]).toMatchObject({ cwe: ['CWE-200'], sources: [{ pointer: '/1' }] });
  });

  it('falls back from matched-at to host and url, and leaves a result with neither unlocated', async () => {
    const { findings } = await parseFolderFixture('nuclei-jsonl-critical.jsonl');
    expect(findings[2]?.location).toEqual({ url: '/http://dvwa_dvwa_1/' });
    expect(findings[26]).toMatchObject({ ruleId: 'nameserver-fingerprint', location: {} });
  });

  it('takes CVE aliases and CWEs from info.classification', async () => {
    const { findings } = await parseText('cve.jsonl', `${v3Result()}\n`);
    expect(findings[0]).toMatchObject({
      ruleId: 'CVE-2021-44228',
      aliases: ['CVE-2021-44228'],
      cwe: ['CWE-400', 'CWE-502'],
      identityKey: 'dast|CVE-2021-44228||https://app.example/api|',
    });
    expect(JSON.stringify(findings)).not.toContain('secret body');
  });

  it('lets the policy set the scan type', async () => {
    const input = readInputFile(fixtures, `${FOLDER}/nuclei-v3-array.json`);
    const result = await nuclei.parse(input, { ...context, scanType: 'other' });
    expect(new Set(result.findings.map((f) => f.scanType))).toEqual(new Set(['other']));
    expect(result.runs[0]?.scanType).toBe('other');
  });

  describe('matcher-status (nuclei -ms)', () => {
    it('reads an event with "matcher-status": false as no finding, and one with true as a finding', async () => {
      const result = await parseText(
        'ms.jsonl',
        [
          v3Result({ 'matcher-status': true }),
          v3Result({ 'template-id': 'CVE-2020-0001', 'matcher-status': false }),
        ].join('\n'),
      );
      expect(result.findings.map((f) => f.ruleId)).toEqual(['CVE-2021-44228']);
      expect(result.runs[0]).toMatchObject({ completed: true, problems: [], resultCount: 1 });
      expect(result.warnings).toEqual([
        'ms.jsonl: 1 event(s) with "matcher-status": false (nuclei -ms) are templates that did not match: not findings.',
      ]);
    });

    it('reads an error beside "matcher-status": false as a warning (a refused connection is often the answer)', async () => {
      const result = await parseText(
        'ms-error.jsonl',
        [
          v3Result({ 'matcher-status': true }),
          v3Result({
            'template-id': 'mysql-detect',
            'matcher-status': false,
            'matched-at': 'app.example:3306',
            error: 'dial tcp 10.0.0.1:3306: connect: connection refused',
          }),
        ].join('\n'),
      );
      expect(result.findings).toHaveLength(1);
      expect(result.runs[0]).toMatchObject({ completed: true, problems: [] });
      expect(result.warnings).toContain(
        "ms-error.jsonl: line 2: the template mysql-detect did not match on app.example:3306 and reported an error: dial tcp 10.0.0.1:3306: connect: connection refused (a timeout means the check was not made: raise -timeout or check the target's reachability if it should have answered).",
      );
    });

    it('names the first 20 template errors and counts the rest', async () => {
      const lines = Array.from({ length: 22 }, (_, i) =>
        v3Result({ 'template-id': `t-${i}`, 'matcher-status': false, error: 'connection refused' }),
      );
      const result = await parseText('ms-many.jsonl', lines.join('\n'));
      expect(result.findings).toEqual([]);
      const errors = result.warnings.filter((w) => w.includes('reported an error'));
      expect(errors).toHaveLength(20);
      expect(errors[19]).toMatch(/^ms-many\.jsonl: line 20: the template t-19 did not match on /);
      expect(result.warnings).toContain('ms-many.jsonl: and 2 more template error(s), not listed one by one.');
    });
  });

  describe('detection', () => {
    it.each(['nuclei-jsonl-critical.jsonl', 'nuclei-v2-many.jsonl', 'nuclei-v3-array.json'])(
      'is certain of %s',
      (name) => {
        expect(nuclei.detect(sampleAt(`${FOLDER}/${name}`))).toBe('certain');
      },
    );

    it('is certain of a one-line report that parsed as a single document', () => {
      const line = v3Result();
      expect(nuclei.detect({ path: 'x.jsonl', head: line, document: JSON.parse(line) })).toBe('certain');
    });

    it('is not certain of any other format', () => {
      const others = otherFormatFiles();
      expect(others).toContain('sarif/trivy-0.37.1-image.sarif');
      for (const rel of others) expect([rel, nuclei.detect(sampleAt(rel))]).not.toEqual([rel, 'certain']);
    });
  });

  describe('malformed input', () => {
    it('names the line of a truncated last line', async () => {
      const error = await parseText('truncated.jsonl', `${v3Result()}\n${v3Result().slice(0, 60)}`).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toMatch(/^truncated\.jsonl: line 2, column \d+: invalid JSON: .*truncated/);
    });

    it('counts the column of a syntax error from the start of an indented line, and says what was expected', async () => {
      const bad = `   ${v3Result().replace('"template-id":', '"template-id": ,')}`;
      const column = bad.indexOf(' ,') + 2;
      await expect(parseText('indented.jsonl', `${v3Result()}\n${bad}\n${v3Result()}`)).rejects.toThrow(
        `indented.jsonl: line 2, column ${column}: invalid JSON: unexpected ',' (expected a JSON value); expected one Nuclei result object per line.`,
      );
    });

    it('names the position of a truncated export array', async () => {
      await expect(parseText('truncated.json', `[${v3Result()},`)).rejects.toThrow(
        /^truncated\.json: line 1, column \d+ \(byte \d+\): invalid JSON/,
      );
    });

    it('refuses a severity word Nuclei does not write', async () => {
      const bad = v3Result({ info: { name: 'x', severity: 'severe' } });
      await expect(parseText('severity.jsonl', `${v3Result()}\n${bad}\n`)).rejects.toThrow(
        /^severity\.jsonl: line 2: info\.severity 'severe' is not a Nuclei severity/,
      );
    });

    it('refuses a result without info, naming the export pointer', async () => {
      const text = `[${v3Result()}, ${JSON.stringify({ 'template-id': 'x' })}]`;
      await expect(parseText('noinfo.json', text)).rejects.toThrow(/^noinfo\.json: \/1: info is missing/);
    });

    it('refuses a line that is not an object', async () => {
      await expect(parseText('scalar.jsonl', `${v3Result()}\n42\n`)).rejects.toThrow(
        /^scalar\.jsonl: line 2: the result is a number/,
      );
    });

    it('refuses a file of whitespace', async () => {
      await expect(parseText('blank.jsonl', '\n  \n')).rejects.toThrow(/^blank\.jsonl: the file holds only whitespace/);
    });
  });
});
