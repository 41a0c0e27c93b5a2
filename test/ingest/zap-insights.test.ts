/**
 * ZAP's insights (ZAP 2.16 and later: top-level `insights[]` of {level, reason, site, key, description,
 * statistic}). ZAP rates a High insight "highly likely to impact the scan effectiveness" and recommends
 * stopping and investigating on Medium or High: High makes the run incomplete, Medium is a warning, Low
 * and Info are not shown. Tested on the real ZAP 2.14.0 report (which predates insights) with insights
 * added, shaped as a ZAP 2.17.0 traditional-json report writes them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { zap } from '../../src/ingest/zap.js';
import type { ToolRun } from '../../src/model.js';
import { completenessGate } from '../helpers.js';
import { FIXTURES, createHarness } from './harness.js';

const FOLDER = 'zap-json';
const { parseText, parseFolderFixture } = createHarness(zap, FOLDER);

/** The real ZAP 2.14.0 report with `insights` set (undefined leaves it out, as the real report does). */
function withInsights(insights: unknown): Record<string, unknown> {
  const doc = JSON.parse(readFileSync(join(FIXTURES, FOLDER, 'zap-2.14.0-traditional.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  return insights === undefined ? doc : { ...doc, insights };
}

const insight = (level: string, overrides: Record<string, unknown> = {}) => ({
  level,
  reason: 'Exceeded High',
  site: '',
  key: 'insight.memory.usage',
  description: 'Percentage of memory used',
  statistic: '96',
  ...overrides,
});

/** ZAP 2.17.0's Low and Info insights, as a real report lists them. */
const QUIET = [
  insight('Low', {
    reason: 'Warning',
    key: 'insight.log.warn',
    description: 'ZAP warnings logged - see the zap.log file for details',
    statistic: '752',
  }),
  insight('Info', {
    reason: 'Informational',
    site: 'http://localhost:8080',
    key: 'insight.code.2xx',
    description: 'Percentage of responses with status code 2xx',
    statistic: '84',
  }),
];

/** evidence-completeness over one input holding the run, under a policy that requires only dast. */
function dastGate(run: ToolRun) {
  return completenessGate(run, 'dast', 'zap', 'zap.json');
}

describe('ingest/zap: insights', () => {
  it('the real reports have no insights and are completed scans; the 2.14.0 one with a High insight is not', async () => {
    for (const name of ['zap-2.8.0-traditional.json', 'zap-2.12.0-traditional.json', 'zap-2.14.0-traditional.json']) {
      const result = await parseFolderFixture(name);
      expect(result.runs[0]).toMatchObject({ completed: true, problems: [] });
    }
    const high = await parseText('real-high.json', withInsights([insight('High')]));
    expect(high.runs[0]).toMatchObject({ completed: false });
  });

  it('a High insight: an incomplete run naming the pointer, key, site, description, statistic and what to check', async () => {
    const result = await parseText('high.json', withInsights([...QUIET, insight('High')]));
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.runs).toEqual([
      {
        tool: 'ZAP',
        toolVersion: '2.14.0',
        scanType: 'dast',
        completed: false,
        problems: [
          "/insights/2: ZAP reported a High insight insight.memory.usage (Percentage of memory used) for the whole scan, statistic 96 (Exceeded High); ZAP rates a High insight highly likely to impact the scan's effectiveness, so the scan is not complete (give ZAP more memory, its JVM -Xmx, then scan again).",
        ],
        resultCount: result.runs[0]!.resultCount,
      },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('a Medium insight: a warning naming the site, and a completed scan', async () => {
    const medium = insight('Medium', {
      site: 'https://app.example',
      key: 'insight.auth.failure',
      description: 'Percentage of authentication failures',
      statistic: '63',
    });
    const result = await parseText('medium.json', withInsights([medium, ...QUIET]));
    expect(result.runs[0]).toMatchObject({ completed: true, problems: [] });
    expect(result.warnings).toEqual([
      "medium.json: /insights/0: ZAP reported a Medium insight insight.auth.failure (Percentage of authentication failures) for https://app.example, statistic 63 (Exceeded High); ZAP recommends investigating a Medium insight: the scan may not have worked as expected (check ZAP's authentication to the target: the context's user and login).",
    ]);
  });

  it('High vs Medium vs Low and Info (or none): a problem, a warning, nothing', async () => {
    const high = await parseText('hml-high.json', withInsights([insight('High')]));
    expect(high.runs[0]?.problems).toHaveLength(1);
    expect(high.warnings).toEqual([]);
    const medium = await parseText('hml-medium.json', withInsights([insight('Medium')]));
    expect(medium.runs[0]).toMatchObject({ completed: true, problems: [] });
    expect(medium.warnings).toHaveLength(1);
    for (const insights of [QUIET, []]) {
      const result = await parseText('quiet.json', withInsights(insights));
      expect(result.runs[0]).toMatchObject({ completed: true, problems: [] });
      expect(result.warnings).toEqual([]);
    }
  });

  it('reads the level in any case and a numeric statistic', async () => {
    const result = await parseText('case.json', withInsights([insight('HIGH', { statistic: 97, key: 'x.y' })]));
    expect(result.runs[0]?.problems).toEqual([
      "/insights/0: ZAP reported a High insight x.y (Percentage of memory used) for the whole scan, statistic 97 (Exceeded High); ZAP rates a High insight highly likely to impact the scan's effectiveness, so the scan is not complete (look the key up in ZAP's insights documentation and zap.log, then scan again).",
    ]);
  });

  it('evidence-completeness fails on a High insight and passes on a Medium one', async () => {
    const high = await parseText('gate-high.json', withInsights([insight('High')]));
    const failed = dastGate(high.runs[0]!);
    expect(failed.status).toBe('fail');
    expect(failed.reasons).toContain('no completed dast scan among the inputs (the policy requires dast).');
    const medium = await parseText('gate-medium.json', withInsights([insight('Medium')]));
    expect(dastGate(medium.runs[0]!)).toMatchObject({ status: 'pass', reasons: [] });
  });

  it.each([
    [
      'insights an object',
      { level: 'High' },
      'bad.json: /insights: found an object (expected an array of ZAP insights, as ZAP 2.16 and later write).',
    ],
    [
      'insights null',
      null,
      'bad.json: /insights: found null (expected an array of ZAP insights, as ZAP 2.16 and later write).',
    ],
    [
      'an insight that is a string',
      [insight('Low'), 'High'],
      'bad.json: /insights/1: the insight is a string (expected an object with level, reason, site, key, description and statistic).',
    ],
    [
      'an insight without a level',
      [{ key: 'insight.memory.usage' }],
      'bad.json: /insights/0/level: the key is missing (expected High, Medium, Low or Info).',
    ],
    [
      'an insight of an unknown level',
      [insight('Critical')],
      "bad.json: /insights/0/level: 'Critical' is not a ZAP insight level (expected High, Medium, Low or Info).",
    ],
  ])('refuses %s', async (_, insights, message) => {
    await expect(parseText('bad.json', withInsights(insights))).rejects.toThrow(new InputError(message));
  });
});
