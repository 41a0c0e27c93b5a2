import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { silentLogger } from '../../src/logger.js';
import { countBySeverity, type SeverityCounts } from '../../src/model.js';
import { assignIds } from '../../src/normalize.js';
import { detectFormat } from '../../src/ingest/detect.js';
import { readInputFile } from '../../src/ingest/read.js';
import { SarifRunReader, sarif } from '../../src/ingest/sarif.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures', import.meta.url));

async function ingest(root: string, path: string, scanType?: 'secret') {
  const input = readInputFile(root, path);
  const result = await sarif.parse(input, { root, logger: silentLogger, ...(scanType ? { scanType } : {}) });
  return { ...result, findings: assignIds(result.findings) };
}

function counts(partial: Partial<SeverityCounts>): SeverityCounts {
  return { critical: 0, high: 0, medium: 0, low: 0, info: 0, unknown: 0, ...partial };
}

/**
 * Every SARIF file in the corpus: raw results (as the manifest counts them) and shipgate's findings per
 * severity before policy overrides. Severity is security-severity when usable, else level (result, rule
 * default, SARIF default warning). Where shipgate's count differs from the raw count, `why` says why.
 */
const TABLE: { file: string; raw: number; expected: Partial<SeverityCounts>; why?: string }[] = [
  { file: 'anchore-scan-action-0.7.3-suppressed-baseline.sarif', raw: 429, expected: { high: 83, medium: 346 } },
  { file: 'bandit-1.8.6-few-results.sarif', raw: 3, expected: { medium: 2, low: 1 } },
  { file: 'bandit-1.8.6-many-results.sarif', raw: 172, expected: { medium: 1, low: 171 } },
  { file: 'codeql-2.19.0-ruby-security-severity.sarif', raw: 4, expected: { critical: 3, high: 1 } },
  { file: 'codeql-2.19.0-typescript-one-result.sarif', raw: 1, expected: { critical: 1 } },
  { file: 'codeql-2.2.4-old-cli.sarif', raw: 2, expected: { high: 2 } },
  { file: 'codeql-2.5.4-java-partialfingerprints.sarif', raw: 72, expected: { high: 11, medium: 4, low: 57 } },
  { file: 'dependency-check-6.1.2-no-rules.sarif', raw: 13, expected: { high: 13 } },
  { file: 'dependency-check-7.1.0.sarif', raw: 1, expected: { medium: 1 } },
  { file: 'eslint-8.56.0-all-suppressed-insource.sarif', raw: 12, expected: { high: 9, medium: 3 } },
  {
    file: 'gitleaks-7.4.0.sarif',
    raw: 8,
    expected: { medium: 4 },
    why: 'gitleaks scanned git history: the same secret at the same file and line is reported once per commit; a secret is identified by path and line (DESIGN 3.2), so 8 results are 4 findings',
  },
  { file: 'gitleaks-8-testdata-simple.sarif', raw: 1, expected: { medium: 1 } },
  { file: 'gitleaks-8.0.0-no-results.sarif', raw: 0, expected: {} },
  { file: 'govulncheck-1.3.0.sarif', raw: 3, expected: { high: 1, medium: 1, low: 1 } },
  { file: 'grype-0.34.7-java.sarif', raw: 22, expected: { critical: 1, high: 11, medium: 4, low: 6 } },
  {
    file: 'grype-0.91.2-container.sarif',
    raw: 39,
    expected: { critical: 4, high: 6, medium: 19, low: 8 },
    why: 'guava 30.1-jre sits in two jars and is reported for CVE-2023-2976 (medium) and CVE-2020-8908 (low) in each; one vulnerability in one package version is one finding (DESIGN 3.2), so 39 results are 37 findings',
  },
  { file: 'lgtm-1.26-multiple-runs.sarif', raw: 510, expected: { high: 31, medium: 122, low: 357 } },
  { file: 'mayhem-code-2.12.0-no-level.sarif', raw: 8, expected: { high: 8 } },
  { file: 'multi-run-trivy-0.62.1-plus-wizcli.sarif', raw: 12, expected: { high: 1, medium: 5, low: 6 } },
  { file: 'osv-scanner-2.2.0-npm.sarif', raw: 10, expected: { high: 4, medium: 6 } },
  { file: 'semgrep-0.17.0-owasp-benchmark-many-results.sarif', raw: 1768, expected: { medium: 1768 } },
  { file: 'semgrep-1.66.2-empty.sarif', raw: 0, expected: {} },
  { file: 'semgrep-1.69.0-security-severity.sarif', raw: 77, expected: { critical: 34, high: 1, medium: 42 } },
  {
    file: 'shiftleft-scan-bash-baselinestate.sarif',
    raw: 27,
    expected: { low: 12 },
    why: 'the log repeats identical results (same rule, file, line and fingerprints); 27 results are 12 distinct findings',
  },
  { file: 'shiftleft-scan-python-taint.sarif', raw: 11, expected: { high: 8, medium: 1, low: 2 } },
  { file: 'snyk-code-1.0.0-many.sarif', raw: 206, expected: { high: 13, medium: 17, low: 176 } },
  { file: 'snyk-open-source-npm.sarif', raw: 14, expected: { high: 6, medium: 6, low: 2 } },
  { file: 'spotbugs-4.4.0-execution-unsuccessful.sarif', raw: 56, expected: { low: 56 } },
  { file: 'trivy-0.37.1-image.sarif', raw: 11, expected: { low: 11 } },
  { file: 'trivy-0.62.1-iac.sarif', raw: 2, expected: { high: 1, low: 1 } },
  { file: 'trivy-0.9.2-legacy-image.sarif', raw: 12, expected: { high: 12 } },
  { file: 'trivy-dev-alpine-image.sarif', raw: 4, expected: { medium: 4 } },
];

describe('ingest/sarif', () => {
  describe('every corpus SARIF file', () => {
    it.each(TABLE)('$file: counts per severity', async ({ file, raw, expected }) => {
      const result = await ingest(FIXTURES, `sarif/${file}`);
      expect(result.runs.reduce((n, r) => n + r.resultCount, 0)).toBe(raw);
      expect(countBySeverity(result.findings)).toEqual(counts(expected));
    });

    it('covers every SARIF fixture', async () => {
      const { readdirSync } = await import('node:fs');
      const files = readdirSync(join(FIXTURES, 'sarif')).filter((f) => f.endsWith('.sarif'));
      expect(TABLE.map((t) => t.file).sort()).toEqual(files.sort());
    });

    it('is detected as SARIF, including SARIF written by Trivy and Grype', () => {
      for (const { file } of TABLE)
        expect(detectFormat(readInputFile(FIXTURES, `sarif/${file}`)).ingestor.id).toBe('sarif');
    });
  });

  describe('one result, every field', () => {
    it('reads a CodeQL result with security-severity on the rule and level from the rule default', async () => {
      const { findings, runs } = await ingest(FIXTURES, 'sarif/codeql-2.19.0-typescript-one-result.sarif');
      expect(runs).toEqual([
        { tool: 'CodeQL', toolVersion: '2.19.0', scanType: 'sast', completed: true, problems: [], resultCount: 1 },
      ]);
      const [finding] = findings;
      expect(finding).toMatchObject({
        scanType: 'sast',
        severity: 'critical',
        severitySource: 'security-severity 9.3',
        sources: [
          {
            input: 'sarif/codeql-2.19.0-typescript-one-result.sarif',
            format: 'sarif',
            tool: 'CodeQL',
            toolVersion: '2.19.0',
            pointer: '/runs/0/results/0',
          },
        ],
      });
      expect(finding?.id).toMatch(/^SG-[0-9a-f]{16}$/);
      expect(finding?.identity).toMatch(/^code\|CodeQL\|[^|]+\|[^|]+\|[^|]+:1$/);
      expect(finding?.location.path).toBeTruthy();
      expect(finding?.location.startLine).toBeGreaterThan(0);
      expect(finding?.cwe.length).toBeGreaterThan(0);
    });

    it('resolves rules by ruleId when ruleIndex disagrees (Anchore writes 0 everywhere)', async () => {
      const { findings } = await ingest(FIXTURES, 'sarif/anchore-scan-action-0.7.3-suppressed-baseline.sarif');
      const withCve = findings.filter((f) => f.aliases.some((a) => a.startsWith('CVE-')));
      expect(withCve.length).toBe(findings.length);
      expect(new Set(findings.map((f) => f.ruleId)).size).toBeGreaterThan(100);
      expect(findings.every((f) => f.suppressions?.[0]?.kind === 'external')).toBe(true);
      expect(findings.every((f) => f.baselineState === 'unchanged')).toBe(true);
    });

    it('falls back to level and warns when security-severity is "undefined" (Snyk)', async () => {
      const result = await ingest(FIXTURES, 'sarif/snyk-open-source-npm.sarif');
      expect(result.warnings.filter((w) => w.includes("security-severity 'undefined'"))).toHaveLength(4);
      expect(result.warnings[0]).toMatch(/^sarif\/snyk-open-source-npm\.sarif: \/runs\/0\/results\/\d+: rule '/);
      const licence = result.findings.filter((f) => f.ruleId.startsWith('snyk:lic:'));
      expect(licence.every((f) => f.severitySource.startsWith('level '))).toBe(true);
    });

    it('keeps level error, with a warning, for a security-severity of 0.0 (no info band for the score); 0.1 is low', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'sg-sarif-'));
      const log = (score: string) => ({
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: 'Scanner', rules: [{ id: 'r1', properties: { 'security-severity': score } }] } },
            results: [
              {
                ruleId: 'r1',
                level: 'error',
                message: { text: 'bad' },
                locations: [{ physicalLocation: { artifactLocation: { uri: 'a.js' }, region: { startLine: 1 } } }],
              },
            ],
          },
        ],
      });
      writeFileSync(join(dir, 'zero.sarif'), JSON.stringify(log('0.0')));
      writeFileSync(join(dir, 'low.sarif'), JSON.stringify(log('0.1')));
      const zero = await ingest(dir, 'zero.sarif');
      expect(zero.findings[0]).toMatchObject({ severity: 'high', severitySource: 'level error' });
      expect(zero.warnings).toEqual([
        "zero.sarif: /runs/0/results/0: rule 'r1' has security-severity '0.0', which is not a score from 0.1 to 10 (the bands of DESIGN 3.1; 0 has none) or a severity word; level error decides instead (high).",
      ]);
      const low = await ingest(dir, 'low.sarif');
      expect(low.findings[0]).toMatchObject({ severity: 'low', severitySource: 'security-severity 0.1' });
      expect(low.warnings).toEqual([]);
    });

    it("warns of a null security-severity, and names what decides instead: the rule's score or the level", async () => {
      const dir = mkdtempSync(join(tmpdir(), 'sg-sarif-'));
      const log = (ruleScore: unknown, resultScore: unknown) => ({
        version: '2.1.0',
        runs: [
          {
            tool: {
              driver: { name: 'Scanner', rules: [{ id: 'r1', properties: { 'security-severity': ruleScore } }] },
            },
            results: [
              {
                ruleId: 'r1',
                level: 'warning',
                message: { text: 'bad' },
                ...(resultScore === undefined ? {} : { properties: { 'security-severity': resultScore } }),
                locations: [{ physicalLocation: { artifactLocation: { uri: 'a.js' }, region: { startLine: 1 } } }],
              },
            ],
          },
        ],
      });
      writeFileSync(join(dir, 'null.sarif'), JSON.stringify(log(null, undefined)));
      writeFileSync(join(dir, 'empty.sarif'), JSON.stringify(log('9.5', '')));
      const nullScore = await ingest(dir, 'null.sarif');
      expect(nullScore.findings[0]).toMatchObject({ severity: 'medium', severitySource: 'level warning' });
      expect(nullScore.warnings).toEqual([
        "null.sarif: /runs/0/results/0: rule 'r1' has security-severity 'null', which is not a score from 0.1 to 10 (the bands of DESIGN 3.1; 0 has none) or a severity word; level warning decides instead (medium).",
      ]);
      const empty = await ingest(dir, 'empty.sarif');
      expect(empty.findings[0]).toMatchObject({ severity: 'critical', severitySource: 'security-severity 9.5' });
      expect(empty.warnings).toEqual([
        "empty.sarif: /runs/0/results/0: the result of rule 'r1' has security-severity '', which is not a score from 0.1 to 10 (the bands of DESIGN 3.1; 0 has none) or a severity word; security-severity 9.5 decides instead (critical).",
      ]);
    });

    it('reads the word security-severity Semgrep writes', async () => {
      const { findings } = await ingest(FIXTURES, 'sarif/semgrep-1.69.0-security-severity.sarif');
      expect(findings.filter((f) => f.severitySource === 'security-severity CRITICAL')).toHaveLength(34);
    });

    it('makes absolute file:// URIs relative to the root (ESLint) and keeps in-source suppressions', async () => {
      const { findings } = await ingest('/home/runner/work/iframe-resizer/iframe-resizer', 'x').catch(() => ({
        findings: [],
      }));
      expect(findings).toEqual([]);
      const dir = mkdtempSync(join(tmpdir(), 'sg-sarif-'));
      const log = {
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: 'ESLint', rules: [{ id: 'no-eval' }] } },
            results: [
              {
                ruleId: 'no-eval',
                level: 'error',
                message: { text: 'eval is evil' },
                locations: [
                  {
                    physicalLocation: {
                      artifactLocation: { uri: `file://${dir}/src/a%20b.js` },
                      region: { startLine: 3 },
                    },
                  },
                ],
                suppressions: [{ kind: 'inSource', justification: '' }],
              },
            ],
          },
        ],
      };
      writeFileSync(join(dir, 'eslint.sarif'), JSON.stringify(log));
      const result = await ingest(dir, 'eslint.sarif');
      expect(result.findings[0]?.location).toEqual({ path: 'src/a b.js', startLine: 3 });
      expect(result.findings[0]?.suppressions).toEqual([{ kind: 'inSource' }]);
    });

    it('resolves uriBaseId through originalUriBaseIds chains', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'sg-sarif-'));
      const log = {
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: 'CodeQL' } },
            originalUriBaseIds: { SRC: { uri: 'src/', uriBaseId: 'ROOT' }, ROOT: { uri: `file://${dir}/` } },
            results: [
              {
                ruleId: 'r',
                message: { text: 'm' },
                locations: [{ physicalLocation: { artifactLocation: { uri: 'x.ts', uriBaseId: 'SRC' } } }],
              },
            ],
          },
        ],
      };
      writeFileSync(join(dir, 'a.sarif'), JSON.stringify(log));
      const { findings } = await ingest(dir, 'a.sarif');
      expect(findings[0]?.location.path).toBe('src/x.ts');
    });
  });

  describe('the occurrence rule', () => {
    function logWith(results: object[]) {
      return { version: '2.1.0', runs: [{ tool: { driver: { name: 'Flawfinder' } }, results }] };
    }
    const result = (line: number, column = 1) => ({
      ruleId: 'FF1001',
      level: 'warning',
      message: { text: 'strcpy' },
      locations: [
        { physicalLocation: { artifactLocation: { uri: 'a.c' }, region: { startLine: line, startColumn: column } } },
      ],
      fingerprints: { 'contextHash/v1': 'same' },
    });

    it('keeps colliding fingerprints at different lines or columns apart, and merges exact repeats', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'sg-sarif-'));
      writeFileSync(join(dir, 'f.sarif'), JSON.stringify(logWith([result(20), result(10), result(10, 5), result(10)])));
      const { findings } = await ingest(dir, 'f.sarif');
      expect(findings).toHaveLength(3);
      expect(findings.map((f) => f.identity.slice(-2)).sort()).toEqual([':1', ':2', ':3']);
      const first = findings.find((f) => f.identity.endsWith(':1'));
      expect(first?.location).toMatchObject({ startLine: 10, startColumn: 1 });
      expect(first?.sources).toHaveLength(2);
    });

    it('gives the same ids on a re-run, whatever the result order', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'sg-sarif-'));
      writeFileSync(join(dir, 'a.sarif'), JSON.stringify(logWith([result(1), result(2)])));
      writeFileSync(join(dir, 'b.sarif'), JSON.stringify(logWith([result(2), result(1)])));
      const a = await ingest(dir, 'a.sarif');
      const b = await ingest(dir, 'b.sarif');
      expect(a.findings.map((f) => f.id).sort()).toEqual(b.findings.map((f) => f.id).sort());
    });
  });

  describe('kind', () => {
    it('drops pass, notApplicable and informational results and makes review and open info', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'sg-sarif-'));
      const kinds = ['pass', 'notApplicable', 'informational', 'review', 'open', 'fail'];
      const results = kinds.map((kind, i) => ({
        ruleId: `r${i}`,
        kind,
        // SARIF: a result whose kind is not fail has level none (kind pass, review or open with level error is refused).
        level: i < 5 ? 'none' : 'error',
        message: { text: kind },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'a.js' }, region: { startLine: i + 1 } } }],
      }));
      writeFileSync(
        join(dir, 'k.sarif'),
        JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'X' } }, results }] }),
      );
      const { findings, runs } = await ingest(dir, 'k.sarif');
      expect(findings.map((f) => [f.title, f.severity]).sort()).toEqual([
        ['fail', 'high'],
        ['open', 'info'],
        ['review', 'info'],
      ]);
      expect(runs[0]?.resultCount).toBe(6);
    });
  });

  describe('incomplete runs', () => {
    it('marks executionSuccessful: false as not completed, naming the tool (SpotBugs)', async () => {
      const { runs } = await ingest(FIXTURES, 'sarif/spotbugs-4.4.0-execution-unsuccessful.sarif');
      expect(runs[0]?.completed).toBe(false);
      expect(runs[0]?.problems[0]).toMatch(/SpotBugs reports that its execution did not succeed/);
    });

    it('marks a run with no results array as not completed, and does not crash on null or empty tool names', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'sg-sarif-'));
      const { readFileSync } = await import('node:fs');
      writeFileSync(
        join(dir, 't.sarif'),
        readFileSync(join(FIXTURES, 'suites/codeql-action-testdata/tool-names.sarif')),
      );
      const result = await ingest(dir, 't.sarif');
      expect(result.runs).toHaveLength(5);
      expect(result.runs.every((r) => !r.completed)).toBe(true);
      expect(result.runs.map((r) => r.tool)).toContain('(unnamed tool)');
      expect(result.runs[0]?.problems[0]).toMatch(/reported no 'results' array/);
    });

    it('marks an error-level tool notification as not completed', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'sg-sarif-'));
      const log = {
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: 'CodeQL' } },
            invocations: [
              {
                executionSuccessful: true,
                toolExecutionNotifications: [{ level: 'error', message: { text: 'extractor crashed' } }],
              },
            ],
            results: [],
          },
        ],
      };
      writeFileSync(join(dir, 'n.sarif'), JSON.stringify(log));
      const { runs } = await ingest(dir, 'n.sarif');
      expect(runs[0]).toMatchObject({ completed: false });
      expect(runs[0]?.problems[0]).toContain('extractor crashed');
    });

    it('reads an empty results array as a completed scan with no findings', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'sg-sarif-'));
      const { readFileSync } = await import('node:fs');
      writeFileSync(
        join(dir, 'e.sarif'),
        readFileSync(join(FIXTURES, 'suites/codeql-action-testdata/empty-sarif.sarif')),
      );
      const { runs, findings } = await ingest(dir, 'e.sarif');
      expect(findings).toEqual([]);
      expect(runs[0]?.completed).toBe(true);
    });
  });

  describe('malformed inputs (the malformed/ folder)', () => {
    const cases: [string, RegExp][] = [
      [
        'malformed/sarif-truncated-json.sarif',
        /^malformed\/sarif-truncated-json\.sarif: line 1, column 12 \(byte 11\): invalid JSON/,
      ],
      ['malformed/sarif-no-runs.sarif', /^malformed\/sarif-no-runs\.sarif: \/runs: the log has no runs/],
      [
        'malformed/sarif-results-is-number.sarif',
        /^malformed\/sarif-results-is-number\.sarif: \/runs\/0\/results: results is a number, not an array/,
      ],
      [
        'malformed/checkov-sarif-missing-tool.sarif',
        /^malformed\/checkov-sarif-missing-tool\.sarif: \/runs\/0\/tool: the run has no tool object/,
      ],
    ];
    it.each(cases)('%s is an input error naming the file and place', async (path, message) => {
      const error = await ingest(FIXTURES, path).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toMatch(message);
    });

    it('refuses a JSON object that is not SARIF when declared as SARIF', async () => {
      const error = await ingest(FIXTURES, 'malformed/sarif-not-sarif-object.sarif').catch((e: unknown) => e);
      expect((error as Error).message).toMatch(/\/runs: the log has no runs array/);
    });

    it('refuses a zero-byte file before parsing', () => {
      expect(() => readInputFile(FIXTURES, 'malformed/sarif-zero-bytes.sarif')).toThrow(
        /the file is empty \(0 bytes\)/,
      );
    });

    it('refuses a SARIF external property file (no runs) from the SARIF SDK suite', async () => {
      const error = await ingest(
        FIXTURES,
        'suites/sarif-sdk-validate/inputs/SimpleExample.sarif-external-properties.json',
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
    });
  });

  describe('real-world test suites', () => {
    it('loads every codeql-action test file except the one whose results is 42', async () => {
      const { readdirSync } = await import('node:fs');
      const dir = 'suites/codeql-action-testdata';
      for (const file of readdirSync(join(FIXTURES, dir)).filter((f) => f.endsWith('.sarif'))) {
        const outcome = await ingest(FIXTURES, `${dir}/${file}`).then(
          () => 'ok',
          (e: unknown) => (e instanceof InputError ? 'input-error' : `crash: ${String(e)}`),
        );
        expect([file, outcome]).toEqual([file, file === 'invalid-sarif.sarif' ? 'input-error' : 'ok']);
      }
    });

    it('loads the SARIF SDK validation inputs without a crash; only the syntax errors and a dangling index are refused among .sarif files', async () => {
      const { readdirSync } = await import('node:fs');
      const dir = 'suites/sarif-sdk-validate/inputs';
      const refused: string[] = [];
      for (const file of readdirSync(join(FIXTURES, dir)).filter((f) => f.endsWith('.sarif'))) {
        const outcome = await ingest(FIXTURES, `${dir}/${file}`).then(
          () => 'ok',
          (e: unknown) => (e instanceof InputError ? 'input-error' : `crash: ${String(e)}`),
        );
        expect(outcome).not.toMatch(/^crash/);
        if (outcome !== 'ok') refused.push(file);
      }
      // SARIF1009's invalid input names by index an artifact its run does not list, with no uri: the file of
      // the result cannot be told, so it is refused (it was read as a result in no file).
      expect(refused.sort()).toEqual([
        'JSON1001.SyntaxError.sarif',
        'JSON1002.DeserializationError.sarif',
        'SARIF1009.IndexPropertiesMustBeConsistentWithArrays_Invalid.sarif',
      ]);
    });
  });

  describe('streamed runs: results resolved as they arrive, or at the end of the run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shipgate-sarif-early-'));
    const tool =
      '"tool":{"driver":{"rules":[{"id":"r1","properties":{"security-severity":"abc","tags":["CWE-79"]}},{"id":"r2","defaultConfiguration":{"level":"error"}}]}}';
    const bases = '"originalUriBaseIds":{"SRC":{"uri":"lib/"}}';
    const artifacts = '"artifacts":[{"location":{"uri":"c.js","uriBaseId":"SRC"}}]';
    const location = (artifact: string) =>
      `"locations":[{"physicalLocation":{"artifactLocation":${artifact},"region":{"startLine":3}}}]`;
    const resultList = [
      // Needs the base URIs; needs the artifacts (and then the base URIs); needs neither, twice.
      `{"ruleId":"r1","message":{"text":"one"},${location('{"uri":"a.js","uriBaseId":"SRC"}')}}`,
      `{"ruleId":"r2","message":{"text":"two"},${location('{"index":0}')}}`,
      `{"ruleId":"r1","message":{"text":"three"},${location('{"uri":"file:///abs/x.js","uriBaseId":"SRC"}')}}`,
      `{"ruleId":"r2","message":{"text":"four"},${location('{"uri":"plain.js"}')}}`,
      '{"ruleId":"r1","kind":"pass","message":{"text":"passed"}}',
    ];
    const results = `"results":[${resultList.join(',')}]`;
    // [name, members of run 0, results of run 0 waiting for its end, whether the input is read twice]
    const layouts: [string, string[], number, boolean][] = [
      ['tool, bases and artifacts first', [tool, bases, artifacts, results], 0, false],
      ['results first', [results, tool, bases, artifacts], 4, false],
      ['no base URIs at all, as CodeQL writes (%SRCROOT%)', [tool, artifacts, results], 0, false],
      ['base URIs after the results, as Trivy writes', [tool, artifacts, results, bases], 0, true],
      ['artifacts after the results', [tool, bases, results, artifacts], 1, false],
      ['both after the results', [tool, results, artifacts, bases], 1, true],
      ['the tool after the results', [bases, artifacts, results, tool], 4, false],
    ];

    it.each(layouts)(
      '%s: the same findings, order, runs and warnings as the whole document',
      async (name, members, waiting, twice) => {
        const path = `${name.replace(/\W+/g, '-')}.sarif`;
        // Run 1 lists the artifact its second result names by index: one it does not list is refused.
        const text = `{"version":"2.1.0","runs":[{${members.join(',')}},{${tool},${artifacts},${results}}]}`;
        writeFileSync(join(dir, path), text);
        const context = { root: dir, logger: silentLogger };
        const whole = await sarif.parse(readInputFile(dir, path), context);
        const progress: number[] = [];
        const streamed = await sarif.parseStream!({ path, absPath: join(dir, path), size: text.length }, context, {
          chunkSize: 64,
          onProgress: (bytes) => progress.push(bytes),
        });
        expect(streamed.findings).toEqual(whole.findings);
        expect(streamed.runs).toEqual(whole.runs);
        expect(streamed.warnings).toEqual(whole.warnings);
        const base = members.includes(bases) ? 'lib/' : '';
        expect(whole.findings.map((f) => f.location.path)).toEqual([
          ...[`${base}a.js`, `${base}c.js`, '/abs/x.js', 'plain.js'],
          ...['a.js', 'c.js', '/abs/x.js', 'plain.js'],
        ]);
        // The bad score is reported once per run, at the first result of the rule in the file.
        expect(whole.warnings.filter((w) => w.includes("security-severity 'abc'"))).toEqual([
          expect.stringContaining('/runs/0/results/0:'),
          expect.stringContaining('/runs/1/results/0:'),
        ]);
        // Read twice only when base URIs come after results that name one: progress starts over once.
        const restarts = progress.filter((bytes, i) => i > 0 && bytes < (progress[i - 1] as number)).length;
        expect(restarts).toBe(twice ? 1 : 0);
        expect(progress[progress.length - 1]).toBe(text.length);

        // The reader itself: how many results wait for the end of the run in this layout.
        const doc = JSON.parse(text) as { runs: Record<string, unknown>[] };
        const run = doc.runs[0] as Record<string, unknown>;
        const before = Object.fromEntries(Object.entries(run).slice(0, Object.keys(run).indexOf('results')));
        const reader = new SarifRunReader({ path }, context);
        reader.beginEarly(before, 0);
        (run.results as unknown[]).forEach((result, j) => reader.addResult(result, `/runs/0/results/${j}`));
        expect(reader.waiting).toBe(waiting);
        const finish = () => reader.finish({ run, pointer: '/runs/0', index: 0 }, []);
        if (twice) {
          expect(finish).toThrow('/runs/0/originalUriBaseIds comes after results that name a base URI');
          return;
        }
        expect(finish().findings).toEqual(whole.findings.slice(0, 4));
        expect(reader.waiting).toBe(0);
      },
    );
  });
});
