/**
 * ZAP review defect: an alert's `count` (the number of its instances, "count": "3") was never checked, so a
 * report with instances removed read as fewer findings. Real reports, edited in the test.
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

  it('refuses an alert with an instance removed, naming the count pointer and both numbers', async () => {
    const doc = report();
    expect(first(doc).count).toBe('3');
    first(doc).instances.pop();
    const error = await parseError('removed.json', doc);
    expect(error.message).toBe(
      'removed.json: /site/0/alerts/0/count: the alert counts 3 instances but lists 2 (expected the count to equal the number of instances, as ZAP writes it; a report with instances removed would read as fewer findings).',
    );
  });

  it('refuses an alert with every instance removed', async () => {
    const doc = report();
    const alert = doc.site[0]?.alerts[2] as Alert;
    expect(alert.count).toBe('1');
    alert.instances = [];
    const error = await parseError('emptied.json', doc);
    expect(error.message).toBe(
      'emptied.json: /site/0/alerts/2/count: the alert counts 1 instance but lists 0 (expected the count to equal the number of instances, as ZAP writes it; a report with instances removed would read as fewer findings).',
    );
  });

  it('refuses a count above the instances of an alert ZAP marks as a false positive too', async () => {
    const doc = report();
    first(doc).confidence = '0';
    first(doc).count = '4';
    const error = await parseError('fp.json', doc);
    expect(error.message).toBe(
      'fp.json: /site/0/alerts/0/count: the alert counts 4 instances but lists 3 (expected the count to equal the number of instances, as ZAP writes it; a report with instances removed would read as fewer findings).',
    );
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

  it('refuses a number that disagrees as well', async () => {
    const doc = report();
    first(doc).count = 4;
    const error = await parseError('numeric-4.json', doc);
    expect(error.message).toBe(
      'numeric-4.json: /site/0/alerts/0/count: the alert counts 4 instances but lists 3 (expected the count to equal the number of instances, as ZAP writes it; a report with instances removed would read as fewer findings).',
    );
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
