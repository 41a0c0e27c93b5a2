import { FIXTURES, counts, createHarness, fixtureFiles, sampleOf } from './harness.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { yarnAudit } from '../../src/ingest/yarn-audit.js';
import { countBySeverity } from '../../src/model.js';

const FOLDER = 'yarn-audit-json';
const { parseFixture, otherFormatFiles, parseText, parseError } = createHarness(yarnAudit, FOLDER);

const SUMMARY =
  '{"type":"auditSummary","data":{"vulnerabilities":{"info":0,"low":0,"moderate":0,"high":1,"critical":0}}}';
/** The summary of three high advisory lines (one advisory, three resolution paths). */
const THREE_HIGH_SUMMARY =
  '{"type":"auditSummary","data":{"vulnerabilities":{"info":0,"low":0,"moderate":0,"high":3,"critical":0}}}';
/** The summary of an audit that found nothing. */
const CLEAN_SUMMARY =
  '{"type":"auditSummary","data":{"vulnerabilities":{"info":0,"low":0,"moderate":0,"high":0,"critical":0}}}';

function advisoryLine(path: string, versions: string[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    type: 'auditAdvisory',
    data: {
      resolution: { id: 1500, path, dev: false },
      advisory: {
        id: 1500,
        title: 'Prototype Pollution',
        module_name: 'yargs-parser',
        cves: ['CVE-2020-7608'],
        github_advisory_id: 'GHSA-p9pc-299p-vxgp',
        severity: 'high',
        cwe: 'CWE-471',
        url: 'https://github.com/advisories/GHSA-p9pc-299p-vxgp',
        patched_versions: '<0.0.0',
        findings: versions.map((version) => ({ version, paths: [path] })),
        ...extra,
      },
    },
  });
}

/** The lines of the real yarn 1 stream: three advisory lines, then the summary. */
const realLines = (): string[] =>
  readFileSync(join(FIXTURES, FOLDER, 'yarn-v1-audit-many.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
const LEVEL_HINT =
  '(expected one auditAdvisory line per vulnerability the summary counts; yarn audit --level and --summary leave advisories out, and so does a cut file: run yarn audit --json without them for the gate).';

describe('ingest/yarn-audit', () => {
  it('has a fixture set to test against', () => {
    expect(fixtureFiles(FOLDER)).toEqual([`${FOLDER}/yarn-berry-audit.json`, `${FOLDER}/yarn-v1-audit-many.jsonl`]);
  });

  // Both files agree with the manifest: every advisory line names one package at one installed version.
  it.each([
    // manifest: berry lines 4, severity {low 1, moderate 3}
    ['yarn-berry-audit.json', 4, counts({ medium: 3, low: 1 })],
    // manifest: auditAdvisory 3, auditSummary 1, severity {high 2, low 1}
    ['yarn-v1-audit-many.jsonl', 3, counts({ high: 2, low: 1 })],
  ])('counts %s as %i findings per severity', async (file, total, expected) => {
    const result = await parseFixture(`${FOLDER}/${file}`);
    expect(result.findings).toHaveLength(total);
    expect(countBySeverity(result.findings)).toEqual(expected);
    expect(result.runs).toEqual([
      { tool: 'yarn audit', scanType: 'dependency', completed: true, problems: [], resultCount: total },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('maps a yarn 1 advisory with every field', async () => {
    const result = await parseFixture(`${FOLDER}/yarn-v1-audit-many.jsonl`);
    expect(result.findings[0]).toEqual({
      scanType: 'dependency',
      ruleId: 'NPM-1179',
      title: 'Prototype Pollution',
      severity: 'low',
      severitySource: 'yarn audit low',
      aliases: [],
      cwe: ['CWE-471'],
      location: {},
      package: { name: 'minimist', version: '0.0.10', ecosystem: 'npm', fixedVersions: ['>=0.2.1 <1.0.0 || >=1.2.3'] },
      sources: [
        { input: `${FOLDER}/yarn-v1-audit-many.jsonl`, format: 'yarn-audit', tool: 'yarn audit', pointer: 'line 1' },
      ],
      identityKey: 'dep|NPM-1179|npm:minimist|0.0.10',
      run: 0,
    });
    expect(result.findings.map((f) => f.sources[0]?.pointer)).toEqual(['line 1', 'line 2', 'line 3']);
  });

  it('maps a yarn berry line with every field', async () => {
    const result = await parseFixture(`${FOLDER}/yarn-berry-audit.json`);
    expect(result.findings[3]).toEqual({
      scanType: 'dependency',
      ruleId: 'GHSA-37q5-v5qm-c9v8',
      title: 'Transformers Deserialization of Untrusted Data vulnerability',
      severity: 'low',
      severitySource: 'yarn audit low',
      aliases: ['GHSA-37q5-v5qm-c9v8'],
      cwe: [],
      location: {},
      package: { name: 'transformers', version: '4.38', ecosystem: 'npm' },
      sources: [
        { input: `${FOLDER}/yarn-berry-audit.json`, format: 'yarn-audit', tool: 'yarn audit', pointer: 'line 4' },
      ],
      identityKey: 'dep|GHSA-37q5-v5qm-c9v8|npm:transformers|4.38',
      run: 0,
    });
    // Deprecation notices have a text ID and no URL; berry still rates them "moderate".
    expect(result.findings[0]).toMatchObject({
      ruleId: '@babel/plugin-proposal-class-properties (deprecation)',
      severity: 'medium',
      package: { name: '@babel/plugin-proposal-class-properties', version: '7.18.6' },
    });
  });

  it('reports an advisory once per module and installed version, however many resolution paths yarn prints', async () => {
    const text = [
      advisoryLine('a>yargs-parser', ['13.1.1']),
      advisoryLine('b>yargs-parser', ['13.1.1']),
      advisoryLine('c>yargs-parser', ['13.1.1', '15.0.0']),
      THREE_HIGH_SUMMARY,
      '',
    ].join('\r\n');
    const result = await parseText('paths.jsonl', text);
    expect(result.findings.map((f) => [f.package?.version, f.sources[0]?.pointer])).toEqual([
      ['13.1.1', 'line 1'],
      ['15.0.0', 'line 3'],
    ]);
    expect(result.findings[0]).toMatchObject({
      ruleId: 'GHSA-p9pc-299p-vxgp',
      aliases: ['CVE-2020-7608', 'GHSA-p9pc-299p-vxgp'],
      identityKey: 'dep|CVE-2020-7608|npm:yargs-parser|13.1.1',
    });
    // "<0.0.0" means no patched version exists.
    expect(result.findings[0]?.package?.fixedVersions).toBeUndefined();
    // yarn prints an advisory line per resolution path and its summary counts each one: 3 and 3.
    expect(result.warnings).toEqual([]);
    expect(result.runs[0]?.completed).toBe(true);
  });

  it('joins none of the CVEs of an advisory that names two; its GHSA stays its own id', async () => {
    const one = await parseText('one-cve.jsonl', [advisoryLine('a>yargs-parser', ['13.1.1']), SUMMARY].join('\n'));
    expect(one.findings[0]).toMatchObject({
      aliases: ['CVE-2020-7608', 'GHSA-p9pc-299p-vxgp'],
      identityKey: 'dep|CVE-2020-7608|npm:yargs-parser|13.1.1',
    });
    const two = await parseText(
      'two-cves.jsonl',
      [advisoryLine('a>yargs-parser', ['13.1.1'], { cves: ['CVE-2020-7608', 'CVE-2020-7609'] }), SUMMARY].join('\n'),
    );
    expect(two.findings[0]).toMatchObject({
      ruleId: 'GHSA-p9pc-299p-vxgp',
      aliases: ['GHSA-p9pc-299p-vxgp'],
      identityKey: 'dep|GHSA-p9pc-299p-vxgp|npm:yargs-parser|13.1.1',
    });
  });

  it('applies the declared scan type', async () => {
    const result = await parseFixture(`${FOLDER}/yarn-berry-audit.json`, { scanType: 'container' });
    expect(result.findings.every((f) => f.scanType === 'container')).toBe(true);
    expect(result.runs[0]?.scanType).toBe('container');
  });

  describe('failed and incomplete audits', () => {
    it('turns error lines without an auditSummary into an input error naming the line', async () => {
      const error = await parseFixture('malformed/yarn-audit-network-error.jsonl').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      const message = (error as InputError).message;
      expect(message).toMatch(/^malformed\/yarn-audit-network-error\.jsonl: line 3: yarn audit failed with '/);
      expect(message).toContain('ECONNREFUSED');
    });

    it('refuses a stream of only info and warning lines', async () => {
      const error = await parseError(
        'chatter.jsonl',
        '{"type":"info","data":"fetching"}\n{"type":"warning","data":"x"}\n',
      );
      expect(error.message).toMatch(/^chatter\.jsonl: the stream has no auditAdvisory and no auditSummary line/);
    });

    it('marks a stream that ends without its auditSummary as incomplete, keeping its findings', async () => {
      const result = await parseText('cut.jsonl', `${advisoryLine('a>yargs-parser', ['13.1.1'])}\n`);
      expect(result.findings).toHaveLength(1);
      expect(result.runs[0]).toMatchObject({ completed: false });
      expect(result.runs[0]?.problems[0]).toContain('no auditSummary line');
      expect(result.warnings[0]).toMatch(/^cut\.jsonl: the stream ends without an auditSummary line/);
    });

    it('refuses the real stream cut down to its auditSummary, which counts 3 vulnerabilities', async () => {
      const summaryOnly = `${realLines()
        .filter((line) => line.includes('"auditSummary"'))
        .join('\n')}\n`;
      const error = await parseError('summary-only.jsonl', summaryOnly);
      expect(error.message).toBe(
        `summary-only.jsonl: line 1: the auditSummary counts 3 vulnerabilities (high 2, low 1) but the stream has 0 auditAdvisory lines ${LEVEL_HINT}`,
      );
    });
  });

  describe('the auditSummary against the advisory lines', () => {
    it('reads the real stream, whose summary (high 2, low 1) counts exactly its three advisory lines', async () => {
      const result = await parseText('full.jsonl', realLines().join('\n'));
      expect(result.findings).toHaveLength(3);
      expect(result.runs[0]).toMatchObject({ completed: true, problems: [] });
    });

    it('refuses the real stream filtered by yarn audit --level high: one advisory line, the summary unchanged', async () => {
      // What `yarn audit --json --level high` writes: the low minimist advisory is left out, the summary is not.
      const filtered = realLines()
        .filter((line) => !line.includes('"module_name":"minimist"'))
        .join('\n');
      const error = await parseError('level.jsonl', filtered);
      expect(error.message).toBe(
        `level.jsonl: line 3: the auditSummary counts 3 vulnerabilities (high 2, low 1) but the stream has 2 auditAdvisory lines (high 2) ${LEVEL_HINT}`,
      );
    });

    it('refuses the stream the review cut to one advisory line and the summary (one short of it)', async () => {
      const error = await parseError('cut.jsonl', realLines().slice(2, 4).join('\n'));
      expect(error.message).toBe(
        `cut.jsonl: line 2: the auditSummary counts 3 vulnerabilities (high 2, low 1) but the stream has 1 auditAdvisory line (high 1) ${LEVEL_HINT}`,
      );
    });

    it('refuses a summary that counts fewer vulnerabilities than the stream lists', async () => {
      const lines = [advisoryLine('a>yargs-parser', ['13.1.1']), advisoryLine('b>yargs-parser', ['13.1.1']), SUMMARY];
      const error = await parseError('more.jsonl', lines.join('\n'));
      expect(error.message).toMatch(
        /^more\.jsonl: line 3: the auditSummary counts 1 vulnerability \(high 1\) but the stream has 2 auditAdvisory lines \(high 2\) /,
      );
    });

    it('refuses a summary whose total agrees but whose severities do not', async () => {
      const lines = [
        advisoryLine('a>yargs-parser', ['13.1.1']),
        '{"type":"auditSummary","data":{"vulnerabilities":{"info":0,"low":1,"moderate":0,"high":0,"critical":0}}}',
      ];
      const error = await parseError('sev.jsonl', lines.join('\n'));
      expect(error.message).toMatch(
        /^sev\.jsonl: line 2: the auditSummary counts 1 vulnerability \(low 1\) but the stream has 1 auditAdvisory line \(high 1\) /,
      );
    });

    it('reads a stream whose auditSummary counts no vulnerability as a clean audit', async () => {
      const result = await parseText('clean.jsonl', `{"type":"info","data":"fetching"}\n${CLEAN_SUMMARY}\n`);
      expect(result.findings).toEqual([]);
      expect(result.runs).toEqual([
        { tool: 'yarn audit', scanType: 'dependency', completed: true, problems: [], resultCount: 0 },
      ]);
      expect(result.warnings).toEqual([]);
    });

    it('reads an error line beside a summary as an incomplete audit, and says so in a warning too', async () => {
      const result = await parseText('late.jsonl', `{"type":"error","data":"odd"}\n${CLEAN_SUMMARY}\n`);
      expect(result.findings).toHaveLength(0);
      expect(result.warnings).toContain("late.jsonl: line 1: yarn reported an error: 'odd'.");
      expect(result.runs[0]?.completed).toBe(false);
      expect(result.runs[0]?.problems).toEqual([
        "line 1: yarn reported an error: 'odd'; the audit may have left packages out, so it is not a complete scan (run yarn audit again and check its output).",
      ]);
      // The other side: the same summary without the error line is a complete audit.
      expect((await parseText('clean.jsonl', `${CLEAN_SUMMARY}\n`)).runs[0]?.completed).toBe(true);
    });
  });

  describe('malformed input', () => {
    it.each([
      [
        'bad-line.jsonl',
        `${SUMMARY}\n{"type":"auditAdvisory","data":{`,
        /^bad-line\.jsonl: line 2, column \d+: invalid JSON: /,
      ],
      [
        'array-line.jsonl',
        '[1, 2]\n',
        /^array-line\.jsonl: line 1: found an array \(expected a yarn audit JSON object\)\.$/,
      ],
      ['other.jsonl', '{"DetectorName":"AWS"}\n', /^other\.jsonl: line 1: the object is neither a yarn 1 line/],
      ['blank.jsonl', '\n  \n', /^blank\.jsonl: the file holds no JSON lines/],
      [
        'module.jsonl',
        `${advisoryLine('x', ['1.0.0'], { module_name: 7 })}\n${SUMMARY}`,
        /^module\.jsonl: line 1: data\.advisory\.module_name is the number 7 \(expected the vulnerable package name\)\.$/,
      ],
      [
        'severity.jsonl',
        `${SUMMARY}\n${advisoryLine('x', ['1.0.0'], { severity: 'severe' })}`,
        /^severity\.jsonl: line 2: data\.advisory\.severity: 'severe' is not a yarn audit severity/,
      ],
      [
        'version.jsonl',
        `${advisoryLine('x', [''])}\n${SUMMARY}`,
        /^version\.jsonl: line 1: data\.advisory\.findings\[0\]\.version is the string ""/,
      ],
      [
        'summary.jsonl',
        '{"type":"auditSummary","data":{"vulnerabilities":[]}}',
        /^summary\.jsonl: line 1: data\.vulnerabilities is an array \(expected counts per severity\)\.$/,
      ],
      [
        'berry.jsonl',
        '{"value":"x","children":{"ID":1,"Severity":"low","Tree Versions":"1.0.0"}}',
        /^berry\.jsonl: line 1: children\["Tree Versions"\] is the string "1\.0\.0"/,
      ],
      [
        'proto.jsonl',
        `${SUMMARY}\n{"type":"info","data":{"__proto__":{"x":1}}}`,
        /^proto\.jsonl: line 2: \/data\/__proto__: /,
      ],
      [
        'escaped.jsonl',
        `${SUMMARY}\n{"type":"info","data":{"__pr\\u006fto__":{"x":1}}}`,
        /^escaped\.jsonl: line 2: \/data\/__proto__: /,
      ],
    ])('rejects %s with the file and line', async (name, content, pattern) => {
      const error = await parseError(name, content);
      expect(error.message).toMatch(pattern);
    });
  });

  describe('detection', () => {
    it.each(fixtureFiles(FOLDER))('is certain of %s', (rel) => {
      expect(yarnAudit.detect(sampleOf(FIXTURES, rel))).toBe('certain');
    });

    it('is certain of a one-line report whose line parsed as a document', () => {
      expect(yarnAudit.detect({ path: 's.json', head: SUMMARY, document: JSON.parse(SUMMARY) })).toBe('certain');
    });

    it('thinks a stream of only yarn chatter lines possible, so its failure is reported', () => {
      expect(yarnAudit.detect(sampleOf(FIXTURES, 'malformed/yarn-audit-network-error.jsonl'))).toBe('possible');
    });

    it('is never certain of other formats, SARIF and JSON lines included', () => {
      const files = otherFormatFiles();
      expect(files.filter((rel) => rel.startsWith('sarif/')).length).toBeGreaterThan(20);
      expect(files.some((rel) => rel.endsWith('.jsonl') && !rel.startsWith('malformed/'))).toBe(true);
      const certain = files.filter((rel) => yarnAudit.detect(sampleOf(FIXTURES, rel)) === 'certain');
      expect(certain).toEqual([]);
    });

    it('answers no for null and arrays', () => {
      expect(yarnAudit.detect({ path: 'x.json', head: 'null', document: null })).toBe('no');
      expect(yarnAudit.detect({ path: 'x.json', head: '[]', document: [] })).toBe('no');
    });
  });
});
