import { FIXTURES, createHarness } from './harness.js';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { bandit } from '../../src/ingest/bandit.js';
import { readInputFile } from '../../src/ingest/read.js';
import { silentLogger } from '../../src/logger.js';
import { countBySeverity, emptyCounts } from '../../src/model.js';

const FOLDER = 'bandit-json';
const harness = createHarness(bandit, FOLDER);
const { parseText, parseFolderFixture, sampleAt, otherFormatFiles } = harness;
const fixtures = FIXTURES;
const tmp = harness.tempDir();

const issue = (overrides: Record<string, unknown> = {}) => ({
  code: '4     subprocess.call(cmd, shell=True)\n',
  col_offset: 4,
  filename: 'app/run.py',
  issue_confidence: 'HIGH',
  issue_cwe: { id: 78, link: 'https://cwe.mitre.org/data/definitions/78.html' },
  issue_severity: 'HIGH',
  issue_text: 'subprocess call with shell=True identified, security issue.',
  line_number: 4,
  line_range: [4, 5],
  more_info: 'https://bandit.readthedocs.io/en/latest/plugins/b602_subprocess_popen_with_shell_equals_true.html',
  test_id: 'B602',
  test_name: 'subprocess_popen_with_shell_equals_true',
  ...overrides,
});

// Metrics as every Bandit report has them: `_totals` with the lines of code read (a report whose metrics
// are `{}` is refused, see bandit-review.test.ts); no SEVERITY.* totals, so no count is compared.
const report = (results: unknown[], errors: unknown[] = []) => ({
  errors,
  generated_at: '2024-01-01T00:00:00Z',
  metrics: { _totals: { loc: 12, nosec: 0 } },
  results,
});

describe('ingest/bandit', () => {
  it.each([
    ['bandit-many.json', { medium: 155, low: 59 }],
    ['bandit-no-vulns.json', {}],
    ['bandit-one.json', { low: 1 }],
  ])('counts %s per issue_severity as the manifest does', async (name, counts) => {
    const result = await parseFolderFixture(name);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(countBySeverity(result.findings)).toEqual({ ...emptyCounts(), ...counts });
    // The real clean report read no code at all (loc 0, no file in its metrics): it covers nothing.
    const empty = name === 'bandit-no-vulns.json';
    expect(result.runs).toEqual([
      {
        tool: 'Bandit',
        scanType: 'sast',
        ...(empty ? { coversNothing: true } : {}),
        completed: true,
        problems: [],
        resultCount: total,
      },
    ]);
    expect(result.warnings).toHaveLength(empty ? 1 : 0);
  });

  it('reads an issue with every field, and not the code', async () => {
    const result = await parseFolderFixture('bandit-one.json');
    expect(result.findings).toEqual([
      {
        identityKey: 'code|Bandit|B101|one/one.py|2',
        run: 0,
        scanType: 'sast',
        ruleId: 'B101',
        title: 'Use of assert detected. The enclosed code will be removed when compiling to optimised byte code.',
        severity: 'low',
        severitySource: 'bandit LOW',
        aliases: [],
        cwe: [],
        location: { path: 'one/one.py', startLine: 2 },
        sources: [{ input: 'bandit-json/bandit-one.json', format: 'bandit', tool: 'Bandit', pointer: '/results/0' }],
      },
    ]);
    expect(JSON.stringify(result)).not.toContain('assert False');
  });

  it('turns Windows separators into POSIX and takes the end line from line_range', async () => {
    const { findings } = await parseFolderFixture('bandit-many.json');
    expect(findings[0]).toMatchObject({
      ruleId: 'B110',
      location: { path: 'dojo/benchmark/views.py', startLine: 26, endLine: 27 },
      identityKey: 'code|Bandit|B110|dojo/benchmark/views.py|26',
    });
  });

  it('reads issue_cwe, col_offset (0-based) and HIGH from newer Bandit', async () => {
    const { findings } = await parseText('new.json', report([issue()]));
    expect(findings[0]).toMatchObject({
      severity: 'high',
      severitySource: 'bandit HIGH',
      cwe: ['CWE-78'],
      location: { path: 'app/run.py', startLine: 4, endLine: 5, startColumn: 5 },
    });
    expect(JSON.stringify(findings)).not.toContain('shell=True)');
  });

  it('counts UNDEFINED as unknown', async () => {
    const { findings } = await parseText('undefined.json', report([issue({ issue_severity: 'UNDEFINED' })]));
    expect(findings[0]).toMatchObject({ severity: 'unknown', severitySource: 'bandit UNDEFINED' });
  });

  it('reads a file Bandit could not scan (errors[]) as an incomplete scan naming /errors/N', async () => {
    const result = await parseText(
      'errors.json',
      report(
        [issue()],
        [{ filename: 'broken.py', reason: 'syntax error while parsing AST from file' }, { filename: 'gone.py' }],
      ),
    );
    expect(result.findings).toHaveLength(1);
    expect(result.runs[0]?.completed).toBe(false);
    expect(result.runs[0]?.problems).toEqual([
      '/errors/0: Bandit could not scan broken.py (syntax error while parsing AST from file); its checks did not run, so the scan is not complete (fix the file, run Bandit under the Python version the project uses if the file is valid there, or exclude it from the scan with bandit -x if it does not ship, and scan again).',
      '/errors/1: Bandit could not scan gone.py; its checks did not run, so the scan is not complete (fix the file, run Bandit under the Python version the project uses if the file is valid there, or exclude it from the scan with bandit -x if it does not ship, and scan again).',
    ]);
  });

  it('counts a report with an empty errors list as a completed scan', async () => {
    const result = await parseText('clean-errors.json', report([issue()], []));
    expect(result.runs[0]).toMatchObject({ completed: true, problems: [] });
  });

  it('makes absolute paths under the root relative, and lets the policy set the scan type', async () => {
    writeFileSync(join(tmp, 'abs.json'), JSON.stringify(report([issue({ filename: join(tmp, 'pkg', 'x.py') })])));
    const result = await bandit.parse(readInputFile(tmp, 'abs.json'), {
      root: tmp,
      logger: silentLogger,
      scanType: 'other',
    });
    expect(result.findings[0]?.location.path).toBe('pkg/x.py');
    expect(result.findings[0]?.scanType).toBe('other');
    expect(result.runs[0]?.scanType).toBe('other');
  });

  describe('metrics that count more issues than the report lists', () => {
    /** A fresh copy of a real fixture's document, to damage in a test. */
    const fixtureDocument = (name: string): Record<string, unknown> =>
      JSON.parse(readFileSync(join(fixtures, FOLDER, name), 'utf8')) as Record<string, unknown>;
    /** bandit-many.json with only the results of the given severities, its metrics as Bandit wrote them. */
    const manyWithOnly = (...severities: string[]): Record<string, unknown> => {
      const doc = fixtureDocument('bandit-many.json');
      doc.results = (doc.results as { issue_severity: string }[]).filter((r) => severities.includes(r.issue_severity));
      return doc;
    };
    const LEFT_OUT =
      "Bandit's severity (-l) and confidence (-i) filters and its baseline (-b) leave counted issues out of the results";
    const EXPECTED = '(expected every issue Bandit found: run Bandit without -l, -i or -b for the gate).';

    it('refuses the real report with its results emptied while metrics._totals counts 214 issues', async () => {
      const doc = { ...fixtureDocument('bandit-many.json'), results: [] };
      await expect(parseText('emptied.json', doc)).rejects.toThrow(
        new InputError(
          `emptied.json: /results: the metrics (/metrics/_totals) count 214 issue(s) but none is listed (expected the issues; was the report cut? ${LEFT_OUT}: run Bandit without them for the gate).`,
        ),
      );
    });

    // The defect: 59 low findings of a report whose totals count 214 read as a complete scan, with a warning.
    it('refuses the real report with its 155 MEDIUM results left out (59 LOW listed, 214 counted)', async () => {
      const doc = manyWithOnly('LOW');
      expect((doc.results as unknown[]).length).toBe(59);
      await expect(parseText('low-only.json', doc)).rejects.toThrow(
        new InputError(
          `low-only.json: /results: the report lists 59 issue(s) but its metrics (/metrics/_totals) count 214 (SEVERITY.MEDIUM: 155 counted, 0 listed), so 155 issue(s) Bandit found would pass unseen; ${LEFT_OUT} ${EXPECTED}`,
        ),
      );
    });

    it('refuses the real report as bandit -ll writes it: the 59 LOW results left out, 155 MEDIUM listed', async () => {
      await expect(parseText('ll.json', manyWithOnly('MEDIUM', 'HIGH'))).rejects.toThrow(
        new InputError(
          `ll.json: /results: the report lists 155 issue(s) but its metrics (/metrics/_totals) count 214 (SEVERITY.LOW: 59 counted, 0 listed), so 59 issue(s) Bandit found would pass unseen; ${LEFT_OUT} ${EXPECTED}`,
        ),
      );
    });

    it('names every severity that is short, most severe first, when issues of several are left out', async () => {
      const doc = fixtureDocument('bandit-many.json');
      doc.results = (doc.results as unknown[]).slice(0, 10);
      const error = await parseText('ten.json', doc).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toMatch(
        /^ten\.json: \/results: the report lists 10 issue\(s\) but its metrics \(\/metrics\/_totals\) count 214 \(SEVERITY\.MEDIUM: 155 counted, \d+ listed; SEVERITY\.LOW: 59 counted, \d+ listed\), so 204 issue\(s\) Bandit found would pass unseen; /,
      );
    });

    it('compares severity by severity: a LOW issue relabelled MEDIUM leaves the LOW count short', async () => {
      const doc = fixtureDocument('bandit-many.json');
      const results = doc.results as { issue_severity: string }[];
      const low = results.find((r) => r.issue_severity === 'LOW');
      if (low) low.issue_severity = 'MEDIUM';
      await expect(parseText('relabelled.json', doc)).rejects.toThrow(
        /^relabelled\.json: \/results: the report lists 214 issue\(s\) but its metrics \(\/metrics\/_totals\) count 214 \(SEVERITY\.LOW: 59 counted, 58 listed\), so 1 issue\(s\)/,
      );
    });

    it('reads every real Bandit report: nosec and skipped tests are not in the SEVERITY totals', async () => {
      for (const name of ['bandit-many.json', 'bandit-one.json', 'bandit-no-vulns.json'])
        await expect(parseFolderFixture(name)).resolves.toBeDefined();
      // Bandit counts an issue a nosec comment skips under nosec (or skipped_tests, for `# nosec B101`),
      // never under SEVERITY.*, and leaves it out of the results: the counts agree. The run says what the
      // comments hid, which the evaluation weighs by the policy (bandit-review.test.ts).
      const doc = fixtureDocument('bandit-one.json');
      const totals = (doc.metrics as { _totals: Record<string, unknown> })._totals;
      Object.assign(totals, { nosec: 3, skipped_tests: 2 });
      const result = await parseText('nosec.json', doc);
      expect(result.findings).toHaveLength(1);
      expect(result.warnings).toEqual([]);
      expect(result.runs[0]?.completed).toBe(true);
      expect(result.runs[0]?.problems).toEqual([]);
      expect(result.runs[0]?.setAside).toMatch(/^\/metrics\/_totals: # nosec comments /);
    });

    it('reads a report that lists more issues of a severity than its totals count (nothing is left out)', async () => {
      const doc = fixtureDocument('bandit-one.json');
      doc.results = [...(doc.results as unknown[]), issue()];
      const result = await parseText('more.json', doc);
      expect(countBySeverity(result.findings)).toEqual({ ...emptyCounts(), low: 1, high: 1 });
      expect(result.warnings).toEqual([]);
    });

    it('reads a clean report whose metrics count no issue without a warning about the counts', async () => {
      // The real clean report: results [] and every SEVERITY.* total 0. It read no code (loc 0), which
      // is the one warning; a report that read code is clean without any.
      const result = await parseFolderFixture('bandit-no-vulns.json');
      expect(result.findings).toEqual([]);
      expect(result.runs[0]).toMatchObject({ completed: true, resultCount: 0 });
      expect(result.warnings).toHaveLength(1);
      expect(result.warnings[0]).toMatch(/Bandit read no code, so the report covers no scan type/);
      // Counts of CONFIDENCE.* and other metrics are not issues by severity; only SEVERITY.* are compared.
      const doc = { ...fixtureDocument('bandit-no-vulns.json') };
      doc.metrics = { _totals: { loc: 120, nosec: 2, 'CONFIDENCE.HIGH': 0, 'SEVERITY.LOW': 0 } };
      expect((await parseText('clean.json', doc)).warnings).toEqual([]);
    });
  });

  describe('detection', () => {
    it.each(readdirSync(join(fixtures, FOLDER)).filter((f) => f.endsWith('.json')))('is certain of %s', (name) => {
      expect(bandit.detect(sampleAt(`${FOLDER}/${name}`))).toBe('certain');
    });

    it('is not certain of any other format, Bandit SARIF and Semgrep JSON included', () => {
      const others = otherFormatFiles();
      expect(others).toContain('sarif/bandit-1.8.6-few-results.sarif');
      expect(others).toContain('semgrep-json/semgrep-empty.json');
      for (const rel of others) expect([rel, bandit.detect(sampleAt(rel))]).not.toEqual([rel, 'certain']);
    });
  });

  describe('malformed input', () => {
    it('names the file and position of truncated JSON', async () => {
      const error = await parseText('truncated.json', JSON.stringify(report([issue()])).slice(0, 50)).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toMatch(/^truncated\.json: line 1, column \d+ \(byte \d+\): invalid JSON/);
    });

    it('refuses a report whose results are not an array', async () => {
      await expect(parseText('results.json', { results: {}, errors: [] })).rejects.toThrow(
        /^results\.json: \/results: found an object/,
      );
    });

    it('refuses a severity Bandit does not write and names its pointer', async () => {
      await expect(
        parseText('severity.json', report([issue(), issue({ issue_severity: 'CRITICAL' })])),
      ).rejects.toThrow(/^severity\.json: \/results\/1\/issue_severity: 'CRITICAL' is not a Bandit severity/);
    });

    it('refuses an issue without a test id', async () => {
      await expect(parseText('testid.json', report([issue({ test_id: 5 })]))).rejects.toThrow(
        /^testid\.json: \/results\/0\/test_id: found a number/,
      );
    });

    it('refuses an array at the top level', async () => {
      await expect(parseText('array.json', [issue()])).rejects.toThrow(
        /^array\.json: the document is an array, not a Bandit report/,
      );
    });
  });
});
