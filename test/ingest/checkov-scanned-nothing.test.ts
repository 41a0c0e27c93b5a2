/**
 * Checkov's bare summary (`{passed, failed, skipped, parsingerrors, resourcecount, checkov_version}`) is
 * what Checkov writes when it found no file of any framework it supports: with nothing counted it covers
 * no scan type, so evidence-completeness fails closed for a required iac scan it alone would cover. Each
 * boundary is tested on both sides, from the real 2.1.269 fixture edited in the test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkov } from '../../src/ingest/checkov.js';
import type { IngestContext } from '../../src/ingest/types.js';
import type { ScanType, ToolRun } from '../../src/model.js';
import { completenessGate } from '../helpers.js';
import { FIXTURES, createHarness } from './harness.js';

const FOLDER = 'checkov-json';
const REAL = 'checkov-2.1.269-summary-only-no-vulns.json';
const { parseText, parseFixture } = createHarness(checkov, FOLDER);
const parseFolderFixture = (name: string, extra: Partial<IngestContext> = {}) =>
  parseFixture(`${FOLDER}/${name}`, extra);

/** A fresh copy of the real bare summary. */
const real = (): Record<string, unknown> =>
  JSON.parse(readFileSync(join(FIXTURES, FOLDER, REAL), 'utf8')) as Record<string, unknown>;

const NOTHING = (file: string, key = '/resourcecount: ', counted = 'no resource counted') =>
  `${file}: ${key}the report is Checkov's bare summary, with no check passed, failed or skipped and ${counted}: Checkov found no file of a framework it supports and scanned nothing, so the report covers no scan type. Check the directory or files given to Checkov (-d, -f), its --framework and --skip-framework options and its skipped paths (--skip-path, the config file), then scan again.`;

/** evidence-completeness over one input holding the run, under a policy that requires only `required`. */
function gate(run: ToolRun, required: ScanType) {
  return completenessGate(run, required, 'checkov', 'checkov.json');
}

describe('ingest/checkov: a bare summary that counts nothing covers no scan type', () => {
  it('the real 2.1.269 bare summary: coversNothing, completed, with a warning naming the count and what to check', async () => {
    expect(real()).toEqual({
      passed: 0,
      failed: 0,
      skipped: 0,
      parsingerrors: 0,
      resourcecount: 0,
      checkov_version: '2.1.269',
    });
    const result = await parseFolderFixture(REAL);
    expect(result.findings).toEqual([]);
    expect(result.runs).toEqual([
      {
        tool: 'Checkov',
        toolVersion: '2.1.269',
        scanType: 'iac',
        coversNothing: true,
        completed: true,
        problems: [],
        resultCount: 0,
      },
    ]);
    expect(result.warnings).toEqual([NOTHING(`${FOLDER}/${REAL}`)]);
  });

  const COUNTED = (file: string, key: string, what: string) =>
    `${file}: /${key}: the report is a bare summary that counts ${what} without listing them (expected the framework reports with their checks; Checkov writes a bare summary only when it scanned nothing, with every count 0).`;

  it.each([
    ['resourcecount 1', { resourcecount: 1 }, { resourcecount: 0 }, 'resourcecount', '1 resource(s)'],
    ['passed 1', { passed: 1 }, { passed: 0 }, 'passed', '1 passed check(s)'],
    ['skipped 3', { skipped: 3 }, { skipped: 0 }, 'skipped', '3 skipped check(s)'],
    ['failed 2', { failed: 2 }, { failed: 0 }, 'failed', '2 failed check(s)'],
    [
      'passed 3 and resourcecount 2',
      { passed: 3, resourcecount: 2 },
      { passed: 0, resourcecount: 0 },
      'passed',
      '3 passed check(s)',
    ],
  ])(
    '%s: refused (Checkov writes the bare summary of an empty report only, so the reports that held them were taken out); the same count 0 covers nothing',
    async (_, counts, zero, key, what) => {
      await expect(parseText('counted.json', { ...real(), ...counts })).rejects.toThrow(
        COUNTED('counted.json', key, what),
      );
      const none = await parseText('zeroed.json', { ...real(), ...zero });
      expect(none.runs[0]).toMatchObject({ coversNothing: true, completed: true });
      expect(none.warnings).toEqual([NOTHING('zeroed.json')]);
    },
  );

  it.each([
    ['the string "0"', '"0"'],
    ['-1', '-1'],
    ['1.5', '1.5'],
  ])('a count that is %s is refused as no count', async (_, json) => {
    const text = JSON.stringify(real()).replace('"skipped":0', `"skipped":${json}`);
    await expect(parseText('odd.json', JSON.parse(text) as Record<string, unknown>)).rejects.toThrow(
      /^odd\.json: \/skipped: .* \(expected a whole number of checks or resources\)\.$/,
    );
  });

  it('the resource_count spelling of Checkov 3: 0 covers nothing, 1 is refused', async () => {
    const summary = (resources: number) => ({
      passed: 0,
      failed: 0,
      skipped: 0,
      parsing_errors: 0,
      resource_count: resources,
      checkov_version: '3.2.0',
    });
    const none = await parseText('none3.json', summary(0));
    expect(none.runs[0]).toMatchObject({ coversNothing: true, completed: true, toolVersion: '3.2.0' });
    expect(none.warnings).toEqual([NOTHING('none3.json', '/resource_count: ')]);
    await expect(parseText('one3.json', summary(1))).rejects.toThrow(
      COUNTED('one3.json', 'resource_count', '1 resource(s)'),
    );
  });

  it('a bare summary without a resource count and nothing counted: covers nothing (Checkov writes it only for an empty report)', async () => {
    const { resourcecount: _, ...rest } = real();
    const result = await parseText('nocount.json', rest);
    expect(result.runs[0]).toMatchObject({ coversNothing: true, completed: true });
    expect(result.warnings).toEqual([NOTHING('nocount.json', '', 'no resource count')]);
  });

  it('parsingerrors 1 stays an incomplete run, not one that covers nothing; parsingerrors 0 covers nothing', async () => {
    const unparsed = await parseText('unparsed.json', { ...real(), parsingerrors: 1 });
    expect(unparsed.runs[0]).not.toHaveProperty('coversNothing');
    expect(unparsed.runs[0]).toMatchObject({ completed: false });
    expect(unparsed.warnings).toEqual([]);
    const parsed = await parseText('parsed.json', { ...real(), parsingerrors: 0 });
    expect(parsed.runs[0]).toMatchObject({ coversNothing: true, completed: true });
  });

  it('a declared scanType does not make it cover anything', async () => {
    const result = await parseFolderFixture(REAL, { scanType: 'iac' });
    expect(result.runs[0]).toMatchObject({ scanType: 'iac', coversNothing: true });
  });

  it('evidence-completeness fails for a required iac scan covered only by the real summary', async () => {
    const none = await parseFolderFixture(REAL);
    const failed = gate(none.runs[0]!, 'iac');
    expect(failed.status).toBe('fail');
    expect(failed.reasons).toEqual(['no completed iac scan among the inputs (the policy requires iac).']);
    const framework = await parseFolderFixture('checkov-2.2.34-with-severity.json');
    expect(gate(framework.runs[0]!, 'iac')).toMatchObject({ status: 'pass', reasons: [] });
  });
});
