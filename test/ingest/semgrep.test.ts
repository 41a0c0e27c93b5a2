import { FIXTURES, createHarness } from './harness.js';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readInputFile } from '../../src/ingest/read.js';
import { semgrep } from '../../src/ingest/semgrep.js';
import { severityFromLevel } from '../../src/ingest/severity.js';
import { silentLogger } from '../../src/logger.js';
import { run } from '../../src/run.js';
import { countBySeverity, emptyCounts } from '../../src/model.js';

const FOLDER = 'semgrep-json';
const harness = createHarness(semgrep, FOLDER);
const { parseText, parseFolderFixture, sampleAt, otherFormatFiles } = harness;
const fixtures = FIXTURES;
const tmp = harness.tempDir();

const result = (overrides: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
  check_id: 'javascript.express.security.audit.xss.direct-response-write',
  path: 'src/app.js',
  start: { line: 10, col: 5, offset: 100 },
  end: { line: 12, col: 9, offset: 160 },
  extra: {
    message: 'Detected directly writing to a Response object.',
    metadata: { cwe: "CWE-79: Improper Neutralization of Input During Web Page Generation ('Cross-site Scripting')" },
    severity: 'WARNING',
    fingerprint: 'requires login',
    lines: 'res.write(req.query.name)',
    ...extra,
  },
  ...overrides,
});

describe('ingest/semgrep', () => {
  it.each([
    // ERROR -> high, WARNING -> medium (DESIGN 3.1); the new scale maps word for word.
    ['semgrep-1.100.0-fingerprints.json', { high: 1, medium: 1 }, '1.100.0'],
    ['semgrep-1.84.1-low-severity.json', { low: 3 }, '1.84.1'],
    // The same report with INFO, the old-scale word for LOW (fixtures/semgrep-json/README.md, derived files).
    ['semgrep-1.84.1-info-severity.json', { low: 3 }, '1.84.1'],
    ['semgrep-empty.json', {}, undefined],
    ['semgrep-many.json', { high: 13, medium: 35 }, undefined],
  ])('counts %s per extra.severity as the manifest does', async (name, counts, version) => {
    const parsed = await parseFolderFixture(name);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(countBySeverity(parsed.findings)).toEqual({ ...emptyCounts(), ...counts });
    expect(parsed.runs).toEqual([
      {
        tool: 'Semgrep',
        ...(version ? { toolVersion: version } : {}),
        scanType: 'sast',
        completed: true,
        problems: [],
        resultCount: total,
      },
    ]);
    expect(parsed.warnings).toEqual([]);
  });

  it('reads a result with every field, ignoring the "requires login" fingerprint', async () => {
    const parsed = await parseFolderFixture('semgrep-1.100.0-fingerprints.json');
    const ruleId =
      'python.lang.security.audit.dangerous-subprocess-use-tainted-env-args.dangerous-subprocess-use-tainted-env-args';
    expect(parsed.findings[0]).toEqual({
      identityKey: `code|Semgrep|${ruleId}|sample/brute.py|31`,
      run: 0,
      scanType: 'sast',
      ruleId,
      title:
        "Detected subprocess function 'run' with user controlled data. A malicious actor could leverage this to perform command injection. You may consider using 'shlex.quote()'.",
      severity: 'high',
      severitySource: 'semgrep ERROR',
      aliases: [],
      cwe: ['CWE-78'],
      location: { path: 'sample/brute.py', startLine: 31, endLine: 31, startColumn: 29 },
      sources: [
        {
          input: 'semgrep-json/semgrep-1.100.0-fingerprints.json',
          format: 'semgrep',
          tool: 'Semgrep',
          toolVersion: '1.100.0',
          pointer: '/results/0',
        },
      ],
    });
  });

  it('uses a real fingerprint for the identity, and keeps paths outside the root as written', async () => {
    const { findings } = await parseFolderFixture('semgrep-1.84.1-low-severity.json');
    const path = '/Users/user.example/git/company/full-codebase/company/lead-magnet/src/templates/base.html.twig';
    expect(findings[0]).toMatchObject({
      severity: 'low',
      severitySource: 'semgrep LOW',
      location: { path, startLine: 48 },
      identityKey: `code|Semgrep|rules.sast.dev.generic.internal.detect-cdn-usage-react-express|${path}|d30b51e68d2d56fb34e5a87920208e0f18b71dbec62b2ad91d1b55e566c5796c64b1e161d7fd3c0f65834756474c0617c29b7c5bd76b76f14f2d3fc537a664b9_0`,
    });
    expect(JSON.stringify(findings)).not.toContain('ajax.googleapis.com');
  });

  it('reads old output (no version) with a CWE string and without metadata', async () => {
    const { findings } = await parseFolderFixture('semgrep-many.json');
    expect(findings[0]).toMatchObject({ severity: 'high', cwe: [], location: { path: 'tasks.py', startLine: 186 } });
    expect(findings[2]?.location).toEqual({ path: 'utils.py', startLine: 503, endLine: 520, startColumn: 13 });
    expect(findings[4]?.cwe).toEqual(['CWE-327']);
    expect(findings[0]?.sources[0]).not.toHaveProperty('toolVersion');
  });

  it.each([
    // Semgrep's older scale: ERROR, WARNING, INFO are its High, Medium, Low.
    ['ERROR', 'high'],
    ['WARNING', 'medium'],
    ['INFO', 'low'],
    ['info', 'low'],
    ['warning', 'medium'],
    // The newer scale, word for word.
    ['CRITICAL', 'critical'],
    ['HIGH', 'high'],
    ['MEDIUM', 'medium'],
    ['LOW', 'low'],
    // Levels for rules that are not meant to block anything.
    ['INVENTORY', 'info'],
    ['EXPERIMENT', 'info'],
  ])('maps severity %s to %s', async (word, severity) => {
    const { findings } = await parseText(`sev-${word}.json`, { results: [result({}, { severity: word })], errors: [] });
    expect(findings[0]?.severity).toBe(severity);
    expect(findings[0]?.severitySource).toBe(`semgrep ${word}`);
  });

  it('reads INFO as low, as its SARIF (level note) reads, so disposition-integrity (minSeverity: low) counts it', async () => {
    const info = await parseFolderFixture('semgrep-1.84.1-info-severity.json');
    const low = await parseFolderFixture('semgrep-1.84.1-low-severity.json');
    expect(info.findings.map((f) => [f.severity, f.severitySource])).toEqual([
      ['low', 'semgrep INFO'],
      ['low', 'semgrep INFO'],
      ['low', 'semgrep INFO'],
    ]);
    // The same findings as the LOW report, but for the word that rated them.
    expect(info.findings.map((f) => ({ ...f, severitySource: '', sources: [] }))).toEqual(
      low.findings.map((f) => ({ ...f, severitySource: '', sources: [] })),
    );
    expect(severityFromLevel('note')).toBe('low');
    const { evaluation } = await run({
      root: fixtures,
      scans: [`${FOLDER}/semgrep-1.84.1-info-severity.json`],
      policy: 'release',
      dryRun: true,
      clock: () => new Date('2026-11-25T12:00:00Z'),
      logger: silentLogger,
    });
    const gate = evaluation.gates.find((g) => g.id === 'disposition-integrity');
    expect(gate?.status).toBe('fail');
    expect(gate?.reasons).toHaveLength(3);
    for (const reason of gate?.reasons ?? [])
      expect(reason).toMatch(/^SG-[0-9a-f]{16} \(low\) .* has no resolution path/);
  });

  it('reads ignored results (nosemgrep) as findings suppressed in source, and says how many', async () => {
    const parsed = await parseText('ignored.json', {
      results: [
        result(),
        result({ start: { line: 20, col: 5 }, end: { line: 20, col: 9 } }, { is_ignored: true, severity: 'CRITICAL' }),
        result({ start: { line: 30, col: 5 }, end: { line: 30, col: 9 } }, { is_ignored: false }),
      ],
      errors: [],
      version: '1.50.0',
    });
    expect(
      parsed.findings.map((f) => [f.location.startLine, f.severity, f.sources[0]?.pointer, f.suppressions]),
    ).toEqual([
      [10, 'medium', '/results/0', undefined],
      [20, 'critical', '/results/1', [{ kind: 'inSource', status: 'accepted' }]],
      [30, 'medium', '/results/2', undefined],
    ]);
    expect(parsed.runs[0]?.resultCount).toBe(3);
    expect(parsed.warnings).toEqual([
      'ignored.json: 1 result(s) are marked ignored (extra.is_ignored, a nosemgrep comment); they are read as suppressed findings and counted unless the policy sets exceptions.inFileSuppressions: honor.',
    ]);
  });

  it('warns about the rules Semgrep skipped (skipped_rules), naming them; an empty list says nothing', async () => {
    const fixture = JSON.parse(
      readFileSync(join(fixtures, FOLDER, 'semgrep-1.100.0-fingerprints.json'), 'utf8'),
    ) as Record<string, unknown>;
    expect(fixture.skipped_rules).toEqual([]);
    const skipped = Array.from({ length: 12 }, (_, i) => ({
      rule_id: `rules.needs-newer-${i}`,
      details: 'This rule requires upgrading Semgrep from version 1.100.0 to at least 1.120.0',
      position: { line: 3 + i, col: 3 },
    }));
    const parsed = await parseText('skipped.json', { ...fixture, skipped_rules: skipped });
    const plain = await parseFolderFixture('semgrep-1.100.0-fingerprints.json');
    // The findings and the run are those of the report without skipped rules: a warning only.
    expect(parsed.findings.map((f) => f.identityKey)).toEqual(plain.findings.map((f) => f.identityKey));
    expect(parsed.runs).toEqual(plain.runs);
    expect(plain.warnings).toEqual([]);
    expect(parsed.warnings).toHaveLength(1);
    expect(parsed.warnings[0]).toMatch(
      /^skipped\.json: \/skipped_rules: Semgrep skipped 12 rule\(s\), whose checks ran on no file: rules\.needs-newer-0 \(This rule requires upgrading Semgrep from version 1\.100\.0 to at least 1\.120\.0\), .*rules\.needs-newer-9 \(.*\) and 2 more\. Update Semgrep, or fix or remove those rules in the --config, so that the scan the gate reads runs them\.$/,
    );
    const one = await parseText('one.json', { ...fixture, skipped_rules: [{ rule_id: 'r' }] });
    expect(one.warnings).toEqual([
      'one.json: /skipped_rules: Semgrep skipped 1 rule(s), whose checks ran on no file: r. Update Semgrep, or fix or remove those rules in the --config, so that the scan the gate reads runs them.',
    ]);
  });

  it('gives an ignored result the identity it has without the nosemgrep comment', async () => {
    const ignored = await parseText('one-ignored.json', { results: [result({}, { is_ignored: true })], errors: [] });
    const plain = await parseText('one-plain.json', { results: [result()], errors: [] });
    expect(ignored.findings[0]?.identityKey).toBe(plain.findings[0]?.identityKey);
    expect({ ...ignored.findings[0], suppressions: undefined, sources: [] }).toEqual({
      ...plain.findings[0],
      sources: [],
    });
  });

  it('turns errors into warnings naming /errors/N, and an error-level one into a run problem', async () => {
    const parsed = await parseText('errors.json', {
      results: [result()],
      errors: [
        { code: 3, level: 'warn', type: ['PartialParsing', []], message: 'Syntax error at line 3', path: 'src/a.js' },
        { code: 7, level: 'error', type: 'Rule parse error', message: 'Invalid rule schema' },
      ],
    });
    expect(parsed.warnings).toEqual([
      'errors.json: /errors/0: Semgrep reported a warning (PartialParsing) in src/a.js: Syntax error at line 3.',
      'errors.json: /errors/1: Semgrep reported an error (Rule parse error): Invalid rule schema.',
    ]);
    expect(parsed.runs[0]?.completed).toBe(false);
    expect(parsed.runs[0]?.problems).toEqual([
      '/errors/1: Semgrep reported an error (Rule parse error): Invalid rule schema.',
    ]);
  });

  it('makes absolute paths under the root relative, and lets the policy set the scan type', async () => {
    writeFileSync(
      join(tmp, 'abs.json'),
      JSON.stringify({ results: [result({ path: join(tmp, 'src', 'b.js') })], errors: [] }),
    );
    const parsed = await semgrep.parse(readInputFile(tmp, 'abs.json'), {
      root: tmp,
      logger: silentLogger,
      scanType: 'iac',
    });
    expect(parsed.findings[0]?.location.path).toBe('src/b.js');
    expect(parsed.findings[0]?.scanType).toBe('iac');
    expect(parsed.runs[0]?.scanType).toBe('iac');
  });

  describe('detection', () => {
    it.each(readdirSync(join(fixtures, FOLDER)).filter((f) => f.endsWith('.json')))('is certain of %s', (name) => {
      expect(semgrep.detect(sampleAt(`${FOLDER}/${name}`))).toBe('certain');
    });

    it('is not certain of any other format, Semgrep SARIF and Bandit JSON included', () => {
      const others = otherFormatFiles();
      expect(others).toContain('sarif/semgrep-1.69.0-security-severity.sarif');
      expect(others).toContain('bandit-json/bandit-no-vulns.json');
      for (const rel of others) expect([rel, semgrep.detect(sampleAt(rel))]).not.toEqual([rel, 'certain']);
    });
  });

  describe('malformed input', () => {
    it('names the file and position of truncated JSON', async () => {
      const error = await parseText('truncated.json', '{"results": [{"check_id": "a"').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toMatch(/^truncated\.json: line 1, column \d+ \(byte \d+\): invalid JSON/);
    });

    it('refuses output without a results array', async () => {
      await expect(parseText('noresults.json', { errors: [] })).rejects.toThrow(
        /^noresults\.json: \/results: the key is missing/,
      );
    });

    it('refuses a severity Semgrep does not write and names its pointer', async () => {
      await expect(
        parseText('severity.json', { results: [result(), result({}, { severity: 'SEVERE' })], errors: [] }),
      ).rejects.toThrow(/^severity\.json: \/results\/1\/extra\/severity: 'SEVERE' is not a Semgrep severity/);
    });

    it('refuses a result without a start line', async () => {
      await expect(parseText('noline.json', { results: [result({ start: {} })], errors: [] })).rejects.toThrow(
        /^noline\.json: \/results\/0\/start\/line: the key is missing/,
      );
    });

    it('refuses errors that are not an array', async () => {
      await expect(parseText('errtype.json', { results: [], errors: 'boom' })).rejects.toThrow(
        /^errtype\.json: \/errors: found a string/,
      );
    });
  });
});
