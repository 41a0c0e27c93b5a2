/**
 * ZAP review defect: an alert's `count` (the number of its instances, "count": "3") was never checked, so a
 * report that left instances out read as fewer findings. ZAP before 2.11 lists at most 20 instances per
 * alert and counts them all: such a run is not complete. A count below the instances listed is an edited
 * report. Real reports, edited in the test.
 */
import { FIXTURES, createHarness, fixtureFiles } from './harness.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zap } from '../../src/ingest/zap.js';

const FOLDER = 'zap-json';
const { parseText, parseError, parseFixture } = createHarness(zap, FOLDER);

interface Alert {
  count?: unknown;
  instances: unknown[];
  confidence: string;
}
interface Report {
  site: { alerts: Alert[] }[];
}

/** The real ZAP 2.14.0 report; its alert 0 (10055-4) has count "3" and three instances. */
function report(): Report {
  return JSON.parse(readFileSync(join(FIXTURES, FOLDER, 'zap-2.14.0-traditional.json'), 'utf8')) as Report;
}
const first = (doc: Report): Alert => doc.site[0]?.alerts[0] as Alert;

describe('ZAP alert count', () => {
  it('reads every real report: each count equals its instances', async () => {
    expect(fixtureFiles(FOLDER)).toHaveLength(3);
    for (const rel of fixtureFiles(FOLDER)) {
      const result = await parseFixture(rel);
      expect(result.findings.length, rel).toBeGreaterThan(0);
    }
  });

  it('reads an alert that counts more instances than it lists (ZAP before 2.11 lists 20) as a run that is not complete', async () => {
    const doc = report();
    expect(first(doc).count).toBe('3');
    first(doc).instances.pop();
    const result = await parseText('capped.json', doc);
    expect(result.findings).toHaveLength(31);
    expect(result.runs[0]?.completed).toBe(false);
    expect(result.runs[0]?.problems).toEqual([
      "/site/0/alerts/0/count: the alert counts 3 instances but lists 2, so 1 was left out of the report and the gate cannot see them (ZAP before 2.11 lists at most alert.maxInstances, 20 by default: scan again with -config alert.maxInstances=0, or write the report with the reports add-on's traditional-json template, which lists them all)",
    ]);
    // Every instance left out: the same. Left out of an alert a person marked a false positive
    // (confidence 0): the same too, since its instances are findings that count unless the policy
    // honors suppressions.
    const emptied = report();
    (emptied.site[0]?.alerts[2] as Alert).instances = [];
    first(emptied).confidence = '0';
    first(emptied).count = '4';
    const both = await parseText('emptied.json', emptied);
    expect(both.runs[0]?.problems.map((p) => p.split(':')[0])).toEqual([
      '/site/0/alerts/0/count',
      '/site/0/alerts/2/count',
    ]);
  });

  it('refuses an alert that lists more instances than it counts (no ZAP writes that: the report was edited)', async () => {
    for (const count of ['2', 2]) {
      const doc = report();
      first(doc).count = count;
      const error = await parseError('edited.json', doc);
      expect(error.message).toBe(
        'edited.json: /site/0/alerts/0/count: the alert counts 2 instances but lists 3 (expected a count of at least the instances listed, as ZAP writes it; the report was edited).',
      );
    }
  });

  it('reads a count given as a number or with spaces, and an alert without a count', async () => {
    const numeric = report();
    first(numeric).count = 3;
    expect((await parseText('numeric.json', numeric)).findings).toHaveLength(32);
    // Read as ZAP's other numbers are (riskcode, confidence): trimmed.
    const spaced = report();
    first(spaced).count = ' 3 ';
    expect((await parseText('spaced.json', spaced)).findings).toHaveLength(32);
    const absent = report();
    for (const alert of absent.site[0]?.alerts ?? []) delete alert.count;
    expect((await parseText('absent.json', absent)).findings).toHaveLength(32);
  });

  it.each([
    ['three', "'three' is not a whole number"],
    ['3.0', "'3.0' is not a whole number"],
    ['-3', "'-3' is not a whole number"],
    ['', "'' is not a whole number"],
    [3.5, 'found a number 3.5'],
    [-1, 'found a number -1'],
    [null, 'found null'],
    [['3'], 'found an array'],
    [true, 'found a boolean'],
  ])('refuses the count %j, which is not a whole number', async (count, what) => {
    const doc = report();
    first(doc).count = count;
    const error = await parseError('count.json', doc);
    expect(error.message).toBe(
      `count.json: /site/0/alerts/0/count: ${what} (expected the number of the alert's instances, as ZAP writes it: a string of digits such as "3").`,
    );
  });
});
