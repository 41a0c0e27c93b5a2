/**
 * Bandit's SARIF writer carries the metrics of its JSON report in `runs[i].properties.metrics`: what `# nosec`
 * comments set aside (`_totals.nosec`, `skipped_tests`) is the run's `setAside`, as in Bandit JSON, and totals
 * that count issues the results leave out (Bandit's -l, -i and -b filters) are refused, with SARIF pointers.
 * Every log is read through the whole-document and the streaming path (readSarifBothWays holds them equal),
 * with the run's properties before its results (Bandit's order) and after them.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bandit } from '../../src/ingest/bandit.js';
import { run } from '../../src/index.js';
import { silentLogger } from '../../src/logger.js';
import { FIXTURES, createHarness, readSarifBothWays } from './harness.js';

const tmp = mkdtempSync(join(tmpdir(), 'shipgate-bandit-sarif-metrics-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Doc = Record<string, unknown>;
interface Run extends Doc {
  tool: { driver: { name: string } & Doc };
  properties: { metrics: Record<string, Doc> };
  results: Doc[];
}
interface Log extends Doc {
  runs: Run[];
}

const FEW = 'sarif/bandit-1.8.6-few-results.sarif';
const MANY = 'sarif/bandit-1.8.6-many-results.sarif';

/** A fresh copy of a real fixture's document, to edit in a test. */
function fixture(rel: string): Log {
  return JSON.parse(readFileSync(join(FIXTURES, rel), 'utf8')) as Log;
}

/** The run with its members reordered: `first` in this order, then the rest as they were. */
function reorder(runDoc: Run, first: string[]): Run {
  const rest = Object.keys(runDoc).filter((key) => !first.includes(key));
  return Object.fromEntries([...first, ...rest].map((key) => [key, runDoc[key]])) as Run;
}

let seq = 0;
/** Reads a log through both paths; the whole-document result or its InputError message. */
const read = (log: unknown) => readSarifBothWays(tmp, `log-${(seq += 1)}.sarif`, log);

const NOSEC = (pointer: string, total: number, shown: string) =>
  `${pointer}: # nosec comments made Bandit set aside ${total} issue(s) (${shown}; Bandit before 1.7.5 counts the statements it skipped on such a line), which the report does not list (Bandit run with --ignore-nosec lists them)`;

/** What the real few-results log (Bandit 1.8.6, 12 issues skipped by `# nosec B...` in four files) sets aside. */
const FEW_SET_ASIDE = NOSEC(
  '/runs/0/properties/metrics/_totals/skipped_tests',
  12,
  'skipped_tests 12; in src/infrastructure/auth/strategies/bearer_token_strategy.py (1), src/infrastructure/persistence/components/sql_query_builder.py (9), src/interface/request_command_handlers.py (1), src/providers/base/strategy/load_balancing/strategy.py (1)',
);

const LEFT_OUT =
  "Bandit's severity (-l) and confidence (-i) filters and its baseline (-b) leave counted issues out of the results";
const SHORT = (file: string, listed: number, total: number, detail: string, missing: number, runIndex = 0) =>
  `${file}: /runs/${runIndex}/results: the report lists ${listed} issue(s) but its metrics (/runs/${runIndex}/properties/metrics/_totals) count ${total} (${detail}), so ${missing} issue(s) Bandit found would pass unseen; ${LEFT_OUT} (expected every issue Bandit found: run Bandit without -l, -i or -b for the gate).`;

/** bandit 1.8.6, one assert in app.py and three `# nosec` lines (nosec 2, skipped_tests 1): SARIF and JSON. */
const TOTALS = {
  loc: 10,
  nosec: 2,
  skipped_tests: 1,
  'SEVERITY.UNDEFINED': 0,
  'CONFIDENCE.UNDEFINED': 0,
  'SEVERITY.LOW': 1,
  'CONFIDENCE.LOW': 0,
  'SEVERITY.MEDIUM': 0,
  'CONFIDENCE.MEDIUM': 0,
  'SEVERITY.HIGH': 0,
  'CONFIDENCE.HIGH': 1,
};
const SMALL_SARIF = (totals: Doc = TOTALS): Log => ({
  version: '2.1.0',
  $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
  runs: [
    {
      tool: {
        driver: {
          name: 'Bandit',
          organization: 'PyCQA',
          semanticVersion: '1.8.6',
          version: '1.8.6',
          rules: [{ id: 'B101', name: 'assert_used' }],
        },
      },
      invocations: [{ executionSuccessful: true, endTimeUtc: '2025-10-13T20:15:33Z' }],
      properties: { metrics: { _totals: { ...totals }, './app.py': { ...totals } } },
      results: [
        {
          message: { text: 'Use of assert detected.' },
          level: 'note',
          locations: [{ physicalLocation: { region: { startLine: 2 }, artifactLocation: { uri: 'app.py' } } }],
          properties: { issue_confidence: 'HIGH', issue_severity: 'LOW' },
          ruleId: 'B101',
          ruleIndex: 0,
        },
      ],
    },
  ],
});
const SMALL_JSON = {
  errors: [],
  generated_at: '2025-10-13T20:15:33Z',
  metrics: { './app.py': TOTALS, _totals: TOTALS },
  results: [
    {
      code: '2 assert x\n',
      col_offset: 0,
      filename: './app.py',
      issue_confidence: 'HIGH',
      issue_cwe: { id: 703, link: 'https://cwe.mitre.org/data/definitions/703.html' },
      issue_severity: 'LOW',
      issue_text: 'Use of assert detected.',
      line_number: 2,
      line_range: [2],
      more_info: 'x',
      test_id: 'B101',
      test_name: 'assert_used',
    },
  ],
};

describe("ingest/sarif: what # nosec comments set aside in Bandit's SARIF", () => {
  it('the real few-results log (skipped_tests 12) is read, and its run says what was set aside', async () => {
    const { value, error } = await read(fixture(FEW));
    expect(error).toBeUndefined();
    expect(value?.findings).toHaveLength(3);
    expect(value?.runs).toEqual([
      {
        tool: 'Bandit',
        toolVersion: '1.8.6',
        scanType: 'sast',
        completed: true,
        problems: [],
        resultCount: 3,
        setAside: FEW_SET_ASIDE,
      },
    ]);
  });

  it('the same log with nosec and skipped_tests 0 sets nothing aside', async () => {
    const log = fixture(FEW);
    for (const entry of Object.values(log.runs[0]!.properties.metrics)) entry.skipped_tests = 0;
    const { value } = await read(log);
    expect(value?.runs[0]).toEqual({
      tool: 'Bandit',
      toolVersion: '1.8.6',
      scanType: 'sast',
      completed: true,
      problems: [],
      resultCount: 3,
    });
  });

  it('the real many-results log (nosec 0, skipped_tests 0, every counted issue listed) sets nothing aside', async () => {
    const { value, error } = await read(fixture(MANY));
    expect(error).toBeUndefined();
    expect(value?.findings).toHaveLength(172);
    expect(value?.runs[0]).not.toHaveProperty('setAside');
    expect(value?.runs[0]).toMatchObject({ completed: true, problems: [], resultCount: 172 });
  });

  it('says what the JSON reader says of the same scan, with SARIF pointers', async () => {
    const sarif = await read(SMALL_SARIF());
    const json = await createHarness(bandit, 'bandit-json').parseText('small.json', SMALL_JSON);
    const shown = 'nosec 2, skipped_tests 1; in ./app.py (3)';
    expect(json.runs[0]?.setAside).toBe(NOSEC('/metrics/_totals', 3, shown));
    expect(sarif.value?.runs[0]?.setAside).toBe(NOSEC('/runs/0/properties/metrics/_totals', 3, shown));
    const one = SMALL_SARIF({ ...TOTALS, nosec: 1, skipped_tests: 0 });
    expect((await read(one)).value?.runs[0]?.setAside).toBe(
      NOSEC('/runs/0/properties/metrics/_totals/nosec', 1, 'nosec 1; in ./app.py (1)'),
    );
  });

  it('reads the metrics wherever they are in the run: properties after results, and tool last', async () => {
    for (const order of [['results'], ['results', 'properties'], ['results', 'invocations', 'properties', 'tool']]) {
      const log = fixture(FEW);
      log.runs[0] = reorder(log.runs[0]!, order);
      const { value, error } = await read(log);
      expect([order, error]).toEqual([order, undefined]);
      expect(value?.runs[0]?.setAside).toBe(FEW_SET_ASIDE);
    }
  });

  it('names the run: /runs/1 when the Bandit run is the second of the log', async () => {
    const log = fixture(MANY);
    log.runs.push(fixture(FEW).runs[0]!);
    const { value } = await read(log);
    expect(value?.runs.map((r) => r.setAside)).toEqual([undefined, FEW_SET_ASIDE.replace('/runs/0/', '/runs/1/')]);
  });

  it('reads the same metrics in the run of another tool as before: nothing set aside', async () => {
    const log = fixture(FEW);
    log.runs[0]!.tool.driver.name = 'Banditry';
    const { value } = await read(log);
    expect(value?.runs[0]).toMatchObject({ tool: 'Banditry', completed: true });
    expect(value?.runs[0]).not.toHaveProperty('setAside');
  });

  it('reads a Bandit run without metrics (a converter that writes none) as before', async () => {
    const log = fixture(FEW);
    const { metrics: _, ...rest } = log.runs[0]!.properties;
    log.runs[0]!.properties = rest as Run['properties'];
    const { value, error } = await read(log);
    expect(error).toBeUndefined();
    expect(value?.runs[0]).toMatchObject({ completed: true, problems: [] });
    expect(value?.runs[0]).not.toHaveProperty('setAside');
  });

  it.each([
    ['the string "3"', '3', 'found a string'],
    ['null', null, 'found null'],
    ['-1', -1, 'the number -1'],
  ])('refuses a nosec count that is %s, naming its SARIF pointer', async (_, value, what) => {
    const log = fixture(MANY);
    log.runs[0]!.properties.metrics._totals!.nosec = value;
    const { error } = await read(log);
    expect(error).toMatch(
      new RegExp(
        `^log-\\d+\\.sarif: /runs/0/properties/metrics/_totals/nosec: ${what} \\(expected the count of what # nosec comments set aside, a whole number of at least 0, as Bandit writes it\\)\\.$`,
      ),
    );
  });

  it('refuses metrics that are not an object, and metrics without _totals', async () => {
    const notObject = fixture(MANY);
    (notObject.runs[0]!.properties as Doc).metrics = [];
    expect((await read(notObject)).error).toMatch(
      /^log-\d+\.sarif: \/runs\/0\/properties\/metrics: got an array \(expected Bandit's metrics object, as Bandit's SARIF writer puts it\)\.$/,
    );
    const noTotals = fixture(MANY);
    delete noTotals.runs[0]!.properties.metrics._totals;
    expect((await read(noTotals)).error).toMatch(
      /^log-\d+\.sarif: \/runs\/0\/properties\/metrics\/_totals: the key is missing \(expected Bandit's totals, with the lines of code it read \(loc\), which Bandit's metrics always have\)\.$/,
    );
  });
});

describe("ingest/sarif: Bandit's SARIF whose totals count issues the results leave out", () => {
  it('refuses a log filtered with -l (SEVERITY.HIGH 4 counted, none listed), through both paths', async () => {
    const { error } = await read(SMALL_SARIF({ ...TOTALS, nosec: 0, skipped_tests: 0, 'SEVERITY.HIGH': 4 }));
    expect(error).toBe(SHORT(`log-${seq}.sarif`, 1, 5, 'SEVERITY.HIGH: 4 counted, 0 listed', 4));
  });

  it('refuses the real many-results log with one MEDIUM result left out, properties before or after the results', async () => {
    const log = fixture(MANY);
    const medium = log.runs[0]!.results.findIndex(
      (r) => (r.properties as Doc | undefined)?.issue_severity === 'MEDIUM',
    );
    expect(medium).toBeGreaterThanOrEqual(0);
    log.runs[0]!.results.splice(medium, 1);
    expect((await read(log)).error).toBe(
      SHORT(`log-${seq}.sarif`, 171, 172, 'SEVERITY.MEDIUM: 1 counted, 0 listed', 1),
    );
    // Properties after results: the streaming path reads them at the run's end, and refuses the same.
    log.runs[0] = reorder(log.runs[0]!, ['results']);
    expect((await read(log)).error).toBe(
      SHORT(`log-${seq}.sarif`, 171, 172, 'SEVERITY.MEDIUM: 1 counted, 0 listed', 1),
    );
  });

  it('refuses totals that count issues when none is listed', async () => {
    const log = SMALL_SARIF({ ...TOTALS, nosec: 0, skipped_tests: 0 });
    log.runs[0]!.results = [];
    expect((await read(log)).error).toBe(
      `log-${seq}.sarif: /runs/0/results: the metrics (/runs/0/properties/metrics/_totals) count 1 issue(s) but none is listed (expected the issues; was the report cut? ${LEFT_OUT}: run Bandit without them for the gate).`,
    );
    log.runs[0]!.properties.metrics._totals!['SEVERITY.LOW'] = 0;
    expect((await read(log)).error).toBeUndefined();
  });

  it('compares in all when results name no Bandit severity', async () => {
    const log = fixture(MANY);
    for (const result of log.runs[0]!.results) delete result.properties;
    expect((await read(log)).error).toBeUndefined();
    log.runs[0]!.results.pop();
    expect((await read(log)).error).toBe(
      SHORT(
        `log-${seq}.sarif`,
        171,
        172,
        '171 listed issue(s) name no Bandit severity (issue_severity), so they are compared in all',
        1,
      ),
    );
  });
});

describe("evaluation of Bandit's SARIF with issues set aside by # nosec comments", () => {
  async function evaluateOne(name: string, content: string, extra = '') {
    const root = mkdtempSync(join(tmp, 'run-'));
    mkdirSync(join(root, 'reports'));
    writeFileSync(join(root, 'reports', name), content);
    mkdirSync(join(root, '.shipgate'));
    writeFileSync(
      join(root, '.shipgate/policy.yml'),
      `version: 1\nextends: release\nevidence:\n  required: [sast]\ninputs:\n  - reports/${name}\n${extra}`,
    );
    const { evaluation } = await run({
      root,
      scans: [],
      dryRun: true,
      clock: () => new Date('2026-11-25T12:00:00Z'),
      logger: silentLogger,
    });
    return {
      gate: evaluation.gates.find((g) => g.id === 'evidence-completeness'),
      input: evaluation.inputs[0],
    };
  }

  it('fails evidence-completeness under inFileSuppressions: ignore; the log without them passes', async () => {
    const hidden = await evaluateOne('bandit.sarif', readFileSync(join(FIXTURES, FEW), 'utf8'));
    expect(hidden.input?.format).toBe('sarif');
    expect(hidden.input?.runs[0]).toMatchObject({ completed: false });
    expect(hidden.gate?.status).toBe('fail');
    expect(hidden.gate?.reasons.join('\n')).toContain(
      `${FEW_SET_ASIDE}: shipgate can neither count them nor hold them to an exception's approver and expiry, so the scan is not complete (exceptions.inFileSuppressions: ignore).`,
    );
    const clean = await evaluateOne('bandit.sarif', readFileSync(join(FIXTURES, MANY), 'utf8'));
    expect(clean.gate?.status).toBe('pass');
  });

  it('passes under inFileSuppressions: honor, with a warning that says what was set aside', async () => {
    const honored = await evaluateOne(
      'bandit.sarif',
      readFileSync(join(FIXTURES, FEW), 'utf8'),
      'exceptions:\n  inFileSuppressions: honor\n',
    );
    expect(honored.input?.runs[0]).toMatchObject({ completed: true, problems: [] });
    expect(honored.gate?.status).toBe('pass');
    expect(honored.input?.warnings).toContain(
      `reports/bandit.sarif: ${FEW_SET_ASIDE}; honored (exceptions.inFileSuppressions: honor): they count nowhere, with no approver and no expiry.`,
    );
  });
});
