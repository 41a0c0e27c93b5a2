/**
 * yarn audit review defects: severity words outside yarn's vocabulary were read through the shared vendor
 * table (`none` as info, `note` and `negligible` as low); an auditSummary that counts no dependencies
 * (`totalDependencies: 0`) counted as a completed scan. Real reports, edited in the test.
 */
import { FIXTURES, createHarness } from './harness.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yarnAudit } from '../../src/ingest/yarn-audit.js';
import { countBySeverity, emptyCounts } from '../../src/model.js';

const FOLDER = 'yarn-audit-json';
const { parseText, parseError } = createHarness(yarnAudit, FOLDER);

const berryText = (): string => readFileSync(join(FIXTURES, FOLDER, 'yarn-berry-audit.json'), 'utf8');
const yarn1Lines = (): Record<string, unknown>[] =>
  readFileSync(join(FIXTURES, FOLDER, 'yarn-v1-audit-many.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
const jsonl = (lines: unknown[]): string => `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`;

/** The berry report with every `Severity` replaced. */
const berryWith = (word: string): string =>
  berryText().replace(/"Severity":"[a-z]+"/g, `"Severity":${JSON.stringify(word)}`);

/** The yarn 1 stream with the first advisory's severity, and the summary's key for it, replaced. */
function yarn1With(word: string): string {
  const lines = yarn1Lines();
  const advisory = (lines[0]?.data as { advisory: Record<string, unknown> }).advisory;
  const before = advisory.severity as string;
  advisory.severity = word;
  const summary = lines[3]?.data as { vulnerabilities: Record<string, number> };
  summary.vulnerabilities[before] = (summary.vulnerabilities[before] ?? 0) - 1;
  summary.vulnerabilities[word.trim().toLowerCase()] = (summary.vulnerabilities[word.trim().toLowerCase()] ?? 0) + 1;
  return jsonl(lines);
}

/** The yarn 1 stream's summary data, edited. */
function yarn1Summary(edit: (data: Record<string, unknown>) => void, withAdvisories = true): string {
  const lines = yarn1Lines();
  const summary = lines[3] as { data: Record<string, unknown> };
  edit(summary.data);
  return jsonl(withAdvisories ? lines : [summary]);
}

describe('yarn audit severity words', () => {
  it.each(['none', 'note', 'negligible', 'unknown', 'medium', 'informational', 'warning'])(
    'refuses the yarn berry severity %s, naming the line',
    async (word) => {
      const error = await parseError('berry.json', berryWith(word));
      expect(error.message).toBe(
        `berry.json: line 1: children.Severity: '${word}' is not a yarn audit severity (expected info, low, moderate, high or critical).`,
      );
    },
  );

  it.each(['none', 'note', 'negligible', 'unknown'])(
    'refuses the yarn 1 severity %s, naming the line',
    async (word) => {
      const error = await parseError('yarn1.jsonl', yarn1With(word));
      expect(error.message).toBe(
        `yarn1.jsonl: line 1: data.advisory.severity: '${word}' is not a yarn audit severity (expected info, low, moderate, high or critical).`,
      );
    },
  );

  it.each([
    ['info', 'info'],
    ['low', 'low'],
    ['moderate', 'medium'],
    ['high', 'high'],
    ['critical', 'critical'],
    ['Critical', 'critical'],
    ['MODERATE', 'medium'],
    ['Critical ', 'critical'],
  ])('reads the yarn berry severity %j as %s (any case)', async (word, severity) => {
    const result = await parseText('berry.json', berryWith(word));
    expect(countBySeverity(result.findings)).toEqual({ ...emptyCounts(), [severity]: 4 });
    expect(result.findings[0]?.severitySource).toBe(`yarn audit ${word.trim()}`);
  });

  it.each([
    ['moderate', 'medium'],
    ['critical', 'critical'],
    ['info', 'info'],
  ])('reads the yarn 1 severity %s as %s, the summary agreeing', async (word, severity) => {
    const result = await parseText('yarn1.jsonl', yarn1With(word));
    expect(result.findings[0]).toMatchObject({ severity, severitySource: `yarn audit ${word}` });
    expect(result.runs[0]).toMatchObject({ completed: true, problems: [] });
  });
});

describe('yarn 1 auditSummary totalDependencies', () => {
  const NOTHING_AUDITED =
    "line 4: the auditSummary counts 0 dependencies (totalDependencies 0): yarn audit audited nothing, so it is not a completed scan (check that yarn audit ran in the project's folder, next to its package.json and yarn.lock, and that the project has dependencies to audit).";

  it('counts the real stream (totalDependencies 47) as a completed scan', async () => {
    const result = await parseText('real.jsonl', jsonl(yarn1Lines()));
    expect(result.runs).toEqual([
      { tool: 'yarn audit', scanType: 'dependency', completed: true, problems: [], resultCount: 3 },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('does not count a clean summary of 0 dependencies as a completed scan', async () => {
    const text = yarn1Summary((data) => {
      data.vulnerabilities = { info: 0, low: 0, moderate: 0, high: 0, critical: 0 };
      data.dependencies = 0;
      data.totalDependencies = 0;
    }, false);
    const result = await parseText('nodeps.jsonl', text);
    expect(result.findings).toEqual([]);
    expect(result.runs).toEqual([
      {
        tool: 'yarn audit',
        scanType: 'dependency',
        completed: false,
        problems: [NOTHING_AUDITED.replace('line 4', 'line 1')],
        resultCount: 0,
      },
    ]);
  });

  it('still counts the findings of a stream whose summary says 0 dependencies, but not the scan', async () => {
    const result = await parseText(
      'nodeps-findings.jsonl',
      yarn1Summary((data) => {
        data.totalDependencies = 0;
      }),
    );
    expect(result.findings).toHaveLength(3);
    expect(result.runs[0]).toMatchObject({ completed: false, problems: [NOTHING_AUDITED] });
  });

  it('counts a summary of 1 dependency, and one without totalDependencies, as completed', async () => {
    const one = await parseText(
      'one.jsonl',
      yarn1Summary((data) => {
        data.totalDependencies = 1;
      }),
    );
    expect(one.runs[0]).toMatchObject({ completed: true, problems: [] });
    const none = await parseText(
      'absent.jsonl',
      yarn1Summary((data) => {
        delete data.totalDependencies;
      }),
    );
    expect(none.runs[0]).toMatchObject({ completed: true, problems: [] });
  });

  it.each([
    ['the string "47"', '47'],
    ['the number 4.5', 4.5],
    ['the number -1', -1],
    ['null', null],
    ['an array', [47]],
  ])('refuses a totalDependencies that is %s', async (described, value) => {
    const error = await parseError(
      'total.jsonl',
      yarn1Summary((data) => {
        data.totalDependencies = value;
      }),
    );
    expect(error.message).toBe(
      `total.jsonl: line 4: data.totalDependencies is ${described} (expected the number of dependencies audited, a whole number of at least 0).`,
    );
  });
});
