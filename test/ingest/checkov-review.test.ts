/**
 * Review fixes of the Checkov JSON reader, each tested on both sides from the real fixtures edited in the test:
 * - every real framework report carries a `summary` with whole-number `passed`, `failed` and `skipped` counts
 *   (Checkov's report.py get_dict writes it, --quiet too), so a framework without one, or a count that is not
 *   a whole number of at least 0 (`"4"`, null, -1, missing), is an input error rather than a count skipped, which
 *   let `failed_checks: []` under a summary counting failures read as a clean scan;
 * - a framework report that counts no check passed, failed or skipped and no resource covers no scan type,
 *   as the bare summary with the same counts does (checkov-scanned-nothing.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { checkov } from '../../src/ingest/checkov.js';
import type { IngestContext } from '../../src/ingest/types.js';
import { countBySeverity } from '../../src/model.js';
import { completenessGate } from '../helpers.js';
import { FIXTURES, counts, createHarness } from './harness.js';

const FOLDER = 'checkov-json';
const SEVERITY = 'checkov-2.2.34-with-severity.json';
const OLD = 'checkov-1.0.467-many.json';
const LIST = 'checkov-2.0.209-multiple-check-types-list.json';
const { parseText, parseFixture } = createHarness(checkov, FOLDER);
const parseFolderFixture = (name: string, extra: Partial<IngestContext> = {}) =>
  parseFixture(`${FOLDER}/${name}`, extra);

type Report = { check_type: string; results: Record<string, unknown>; summary: Record<string, unknown> };

/** A fresh copy of a real fixture. */
const fixture = <T = Report>(name: string): T => JSON.parse(readFileSync(join(FIXTURES, FOLDER, name), 'utf8')) as T;

/** The real 2.2.34 report with its four failed checks taken out and its summary changed. */
function emptied(summary: Record<string, unknown> = {}, results: Record<string, unknown> = {}): Report {
  const report = fixture(SEVERITY);
  return {
    ...report,
    results: { ...report.results, failed_checks: [], ...results },
    summary: { ...report.summary, failed: 0, ...summary },
  };
}

/** The same report with one summary key removed. */
function without(key: string): Report {
  const report = emptied();
  const { [key]: _, ...summary } = report.summary;
  return { ...report, summary };
}

const EVERY = 'which Checkov writes in every framework summary';

const NOTHING = (file: string, pointer: string, checkType: string, counted = 'no resource') =>
  `${file}: ${pointer}: the ${checkType} framework report counts no check passed, failed or skipped and ${counted}: Checkov scanned nothing of that framework, so the report covers no scan type. Check the directory or files given to Checkov (-d, -f), its --framework and --skip-framework options and its skipped paths (--skip-path, the config file), then scan again.`;

describe('ingest/checkov (review): the real framework reports', () => {
  it.each([
    [OLD, 1, { unknown: 3 }, [3]],
    [LIST, 2, { unknown: 13 }, [11, 2]],
    [SEVERITY, 1, { high: 1, medium: 2, low: 1 }, [4]],
  ])(
    '%s: every framework carries a summary with whole-number counts, and is read with its counts, complete',
    async (name, frameworks, expected, results) => {
      const raw = fixture<Report | Report[]>(name);
      const reports = Array.isArray(raw) ? raw : [raw];
      expect(reports).toHaveLength(frameworks);
      for (const report of reports)
        for (const key of ['passed', 'failed', 'skipped', 'parsing_errors'])
          expect(Number.isInteger(report.summary[key]), `${name} summary.${key}`).toBe(true);
      const result = await parseFolderFixture(name);
      expect(countBySeverity(result.findings)).toEqual(counts(expected));
      expect(result.runs.map((r) => r.resultCount)).toEqual(results);
      for (const run of result.runs) {
        expect(run).toMatchObject({ tool: 'Checkov', scanType: 'iac', completed: true, problems: [] });
        expect(run).not.toHaveProperty('coversNothing');
      }
      expect(result.warnings).toEqual([]);
    },
  );
});

describe('ingest/checkov (review): summary counts are whole numbers, or an input error', () => {
  it.each([
    ['the string "4"', '4', 'found a string'],
    ['null', null, 'found null'],
    ['-1', -1, 'the number -1'],
    ['2.5', 2.5, 'the number 2.5'],
  ])('failed_checks [] under summary.failed %s: refused, naming /summary/failed', async (_what, failed, found) => {
    await expect(parseText('failed.json', emptied({ failed }))).rejects.toThrow(
      new InputError(`failed.json: /summary/failed: ${found} (expected the number of failed checks, ${EVERY}).`),
    );
  });

  it('failed_checks [] under a summary without failed: refused; with failed 0 it is read, complete', async () => {
    await expect(parseText('no-failed.json', without('failed'))).rejects.toThrow(
      new InputError(
        `no-failed.json: /summary/failed: the key is missing (expected the number of failed checks, ${EVERY}).`,
      ),
    );
    const read = await parseText('zero-failed.json', emptied());
    expect(read.findings).toEqual([]);
    // resource_count 2: Checkov scanned two resources, so this covers iac.
    expect(read.runs).toEqual([
      { tool: 'Checkov', toolVersion: '2.2.34', scanType: 'iac', completed: true, problems: [], resultCount: 0 },
    ]);
    expect(read.warnings).toEqual([]);
  });

  it('a summary.failed of "4" with the four checks listed is refused too: the count is not one', async () => {
    const report = fixture(SEVERITY);
    report.summary.failed = '4';
    await expect(parseText('listed.json', report)).rejects.toThrow(
      new InputError(`listed.json: /summary/failed: found a string (expected the number of failed checks, ${EVERY}).`),
    );
    report.summary.failed = 4;
    expect((await parseText('listed-4.json', report)).findings).toHaveLength(4);
  });

  it.each([
    ['skipped', 'the string "0"', '0', 'found a string', 'skipped checks'],
    ['skipped', 'missing', undefined, 'the key is missing', 'skipped checks'],
    ['passed', 'null', null, 'found null', 'checks that passed'],
    ['passed', 'missing', undefined, 'the key is missing', 'checks that passed'],
  ])('summary.%s %s: refused, naming its pointer', async (key, _what, value, found, what) => {
    const report = value === undefined ? without(key) : emptied({ [key]: value });
    await expect(parseText('count.json', report)).rejects.toThrow(
      new InputError(`count.json: /summary/${key}: ${found} (expected the number of ${what}, ${EVERY}).`),
    );
  });

  it('a resource_count that is not a count: refused; a missing one (Checkov 1.x) is read', async () => {
    await expect(parseText('resources.json', emptied({ resource_count: '2' }))).rejects.toThrow(
      new InputError(
        'resources.json: /summary/resource_count: found a string (expected the number of resources Checkov scanned).',
      ),
    );
    const old = await parseFolderFixture(OLD);
    expect(fixture(OLD).summary).not.toHaveProperty('resource_count');
    expect(old.runs[0]).toMatchObject({ completed: true, resultCount: 3 });
  });

  it('names the framework of a list entry', async () => {
    const [terraform, dockerfile] = fixture<Report[]>(LIST);
    const cut = { ...dockerfile!, summary: { ...dockerfile!.summary, failed: null } };
    await expect(parseText('list.json', [terraform, cut])).rejects.toThrow(
      new InputError(`list.json: /1/summary/failed: found null (expected the number of failed checks, ${EVERY}).`),
    );
  });
});

describe('ingest/checkov (review): a framework report without a summary is an input error', () => {
  it.each([
    ['missing', undefined, 'the key is missing'],
    ['null', null, 'found null'],
    ['an array', [], 'found an array'],
  ])('summary %s: refused, naming /summary', async (_what, summary, found) => {
    const report: Record<string, unknown> = { ...emptied() };
    if (summary === undefined) delete report.summary;
    else report.summary = summary;
    await expect(parseText('nosummary.json', report)).rejects.toThrow(
      new InputError(
        `nosummary.json: /summary: ${found} (expected the framework's summary with its passed, failed and skipped counts, which Checkov writes in every framework report).`,
      ),
    );
  });

  it('in a list, names the entry; the real list with its summaries is read', async () => {
    const [terraform, dockerfile] = fixture<Report[]>(LIST);
    const { summary: _, ...bare } = dockerfile!;
    await expect(parseText('list-nosummary.json', [terraform, bare])).rejects.toThrow(
      new InputError(
        "list-nosummary.json: /1/summary: the key is missing (expected the framework's summary with its passed, failed and skipped counts, which Checkov writes in every framework report).",
      ),
    );
    expect((await parseText('list-whole.json', [terraform, dockerfile])).findings).toHaveLength(13);
  });
});

describe('ingest/checkov (review): a framework report that counts nothing covers no scan type', () => {
  it('passed 0, failed 0, skipped 0, resource_count 0: coversNothing, completed, with a warning naming /summary', async () => {
    const result = await parseText('nothing.json', emptied({ resource_count: 0 }));
    expect(result.findings).toEqual([]);
    expect(result.runs).toEqual([
      {
        tool: 'Checkov',
        toolVersion: '2.2.34',
        scanType: 'iac',
        coversNothing: true,
        completed: true,
        problems: [],
        resultCount: 0,
      },
    ]);
    expect(result.warnings).toEqual([NOTHING('nothing.json', '/summary', 'terraform')]);
  });

  it('the same as the bare summary with those counts: both cover nothing', async () => {
    const bare = await parseText('bare.json', {
      passed: 0,
      failed: 0,
      skipped: 0,
      parsing_errors: 0,
      resource_count: 0,
      checkov_version: '2.2.34',
    });
    const framework = await parseText('framework.json', emptied({ resource_count: 0 }));
    expect(bare.runs[0]).toMatchObject({ coversNothing: true, completed: true });
    expect(framework.runs[0]).toMatchObject({ coversNothing: true, completed: true });
  });

  it.each([
    ['resource_count 1', { resource_count: 1 }, {}],
    ['summary passed 1', { resource_count: 0, passed: 1 }, {}],
    ['a passed check listed under passed 0', { resource_count: 0 }, { passed_checks: [{ check_id: 'CKV_GCP_29' }] }],
  ])('%s: a completed iac scan, not one that covers nothing, and no warning', async (_what, summary, results) => {
    const result = await parseText('something.json', emptied(summary, results));
    expect(result.runs).toEqual([
      { tool: 'Checkov', toolVersion: '2.2.34', scanType: 'iac', completed: true, problems: [], resultCount: 0 },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('a summary without resource_count (Checkov 1.x) and nothing counted covers nothing; the real 1.0.467 covers iac', async () => {
    const old = fixture(OLD);
    const report = {
      ...old,
      results: { ...old.results, failed_checks: [] },
      summary: { ...old.summary, failed: 0 },
    };
    const result = await parseText('old-nothing.json', report);
    expect(result.runs[0]).toMatchObject({ toolVersion: '1.0.467', coversNothing: true, completed: true });
    expect(result.warnings).toEqual([NOTHING('old-nothing.json', '/summary', 'terraform', 'no resource count')]);
    const real = await parseFolderFixture(OLD);
    expect(real.runs[0]).not.toHaveProperty('coversNothing');
  });

  it('unparsed files make it an incomplete run instead, not one that covers nothing', async () => {
    const result = await parseText(
      'unparsed.json',
      emptied({ resource_count: 0, parsing_errors: 1 }, { parsing_errors: ['/main.tf'] }),
    );
    expect(result.runs).toEqual([
      {
        tool: 'Checkov',
        toolVersion: '2.2.34',
        scanType: 'iac',
        completed: false,
        problems: [
          'Checkov (terraform) could not parse 1 file(s) (/results/parsing_errors): /main.tf; their checks did not run, so the terraform scan is not complete (fix or exclude those files and scan again)',
        ],
        resultCount: 0,
      },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('a declared scanType does not make it cover anything', async () => {
    const result = await parseText('declared.json', emptied({ resource_count: 0 }), { scanType: 'iac' });
    expect(result.runs[0]).toMatchObject({ scanType: 'iac', coversNothing: true });
  });

  it('in a list, only the empty framework covers nothing, and its warning names its entry', async () => {
    const [terraform, dockerfile] = fixture<Report[]>(LIST);
    const empty = {
      ...dockerfile!,
      results: { ...dockerfile!.results, passed_checks: [], failed_checks: [] },
      summary: { ...dockerfile!.summary, passed: 0, failed: 0, resource_count: 0 },
    };
    const result = await parseText('list-empty.json', [terraform, empty]);
    expect(result.runs.map((r) => [r.resultCount, r.completed, r.coversNothing])).toEqual([
      [11, true, undefined],
      [0, true, true],
    ]);
    expect(result.warnings).toEqual([NOTHING('list-empty.json', '/1/summary', 'dockerfile')]);
  });

  it('evidence-completeness fails for a required iac scan covered only by it, and passes with resource_count 1', async () => {
    const none = await parseText('gate-none.json', emptied({ resource_count: 0 }));
    const failed = completenessGate(none.runs[0]!, 'iac', 'checkov', 'checkov.json');
    expect(failed.status).toBe('fail');
    expect(failed.reasons).toEqual(['no completed iac scan among the inputs (the policy requires iac).']);
    const one = await parseText('gate-one.json', emptied({ resource_count: 1 }));
    expect(completenessGate(one.runs[0]!, 'iac', 'checkov', 'checkov.json')).toMatchObject({
      status: 'pass',
      reasons: [],
    });
  });

  it('refuses passed_checks that is not a list', async () => {
    await expect(parseText('passed.json', emptied({}, { passed_checks: {} }))).rejects.toThrow(
      new InputError('passed.json: /results/passed_checks: found an object (expected an array of passed checks).'),
    );
  });
});
