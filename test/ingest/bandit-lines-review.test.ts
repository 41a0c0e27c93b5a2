/**
 * Bandit JSON lines and columns, from a review, tested on both sides from the real fixture edited in the test:
 * a `line_number`, an item of `line_range` or a `col_offset` that is there but is not a whole number of at
 * least 0 (the string "71", 71.5, -1) is an input error naming the file, the pointer, what was found and what
 * was expected, as in the Gitleaks, GitLab and Checkov readers. It was read as no line (or no column), and two
 * issues of one test in one file on different lines merged into one finding. 0, null and no key still say no
 * line (no column for `col_offset` null or no key; 0 is its first column).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bandit } from '../../src/ingest/bandit.js';
import type { IngestResult } from '../../src/ingest/types.js';
import { assignIds } from '../../src/normalize.js';
import { FIXTURES, createHarness, settle } from './harness.js';

const { parseText } = createHarness(bandit, 'bandit-json');

type Issue = Record<string, unknown>;
type Report = { results: Issue[] };

/**
 * The real report (DefectDojo's many_vulns.json); its results 4 and 5 are one test (B101) in one file
 * (dojo/finding\views.py), at lines 71 and 76. `first` sets keys of result 4 and `second` of result 5 (a key
 * set to undefined is deleted).
 */
function many(first: Issue, second?: Issue): Report {
  const doc = JSON.parse(readFileSync(join(FIXTURES, 'bandit-json/bandit-many.json'), 'utf8')) as Report;
  const [a, b] = [doc.results[4]!, doc.results[5]!];
  expect([a.test_id, a.filename, a.line_number, a.line_range]).toEqual(['B101', 'dojo/finding\\views.py', 71, [71]]);
  expect([b.test_id, b.filename, b.line_number, b.line_range]).toEqual(['B101', 'dojo/finding\\views.py', 76, [76]]);
  for (const [issue, edit] of [
    [a, first],
    [b, second],
  ] as const)
    for (const [key, value] of Object.entries(edit ?? {}))
      if (value === undefined) delete issue[key];
      else issue[key] = value;
  return doc;
}

/** The findings of the real report: 214 results, one of them (B608, migrate_surveys.py line 51) listed twice. */
const FINDINGS = 213;

const locations = (value: IngestResult | undefined) => value!.findings.slice(4, 6).map((f) => f.location);

describe('Bandit JSON: line_number', () => {
  it('reads the real lines: two issues of one test in one file are two findings', async () => {
    const { value, error } = await settle(() => parseText('lines.json', many({})));
    expect(error).toBeUndefined();
    expect(locations(value)).toEqual([
      { path: 'dojo/finding/views.py', startLine: 71 },
      { path: 'dojo/finding/views.py', startLine: 76 },
    ]);
    expect(assignIds(value!.findings)).toHaveLength(FINDINGS);
  });

  it.each([
    ['the string "71"', '71', '76'],
    ['the number 71.5', 71.5, 76.5],
    ['the number -1', -1, -1],
    ['the boolean true', true, true],
    ['an array', [71], [76]],
  ])('refuses line_number %s, naming the pointer (it merged the two issues)', async (shown, first, second) => {
    const { error } = await settle(() =>
      parseText('bad.json', many({ line_number: first, line_range: [] }, { line_number: second, line_range: [] })),
    );
    expect(error).toBe(
      `bad.json: /results/4/line_number: found ${shown} (expected a line number, a whole number of at least 0).`,
    );
  });

  it.each([
    ['0', 0],
    ['null', null],
    ['no key', undefined],
  ])('reads line_number %s as no line, as before', async (_, line) => {
    const { value, error } = await settle(() => parseText('none.json', many({ line_number: line })));
    expect(error).toBeUndefined();
    expect(locations(value)[0]).toEqual({ path: 'dojo/finding/views.py' });
  });

  it('reads line 1, the first line', async () => {
    const { value } = await settle(() => parseText('one.json', many({ line_number: 1, line_range: [1] })));
    expect(locations(value)[0]).toEqual({ path: 'dojo/finding/views.py', startLine: 1 });
  });
});

describe('Bandit JSON: line_range', () => {
  it('takes the end line from the largest line of the range', async () => {
    const { value } = await settle(() => parseText('range.json', many({ line_range: [71, 0, 73, null] })));
    expect(locations(value)[0]).toEqual({ path: 'dojo/finding/views.py', startLine: 71, endLine: 73 });
  });

  it.each([
    [['71'], '/0', 'the string "71"'],
    [[71, 73.5], '/1', 'the number 73.5'],
    [[71, -1], '/1', 'the number -1'],
    ['71', '', 'the string "71"'],
    [{ 0: 71 }, '', 'an object'],
  ])('refuses line_range %j, naming the pointer', async (range, at, shown) => {
    const { error } = await settle(() => parseText('bad.json', many({ line_range: range })));
    const expected =
      at === ''
        ? 'the lines of the issue, an array of whole numbers of at least 0'
        : 'a line number, a whole number of at least 0';
    expect(error).toBe(`bad.json: /results/4/line_range${at}: found ${shown} (expected ${expected}).`);
  });

  it.each([
    ['null', null],
    ['no key', undefined],
    ['[]', []],
    ['[0]', [0]],
  ])('reads line_range %s as no end line, as before', async (_, range) => {
    const { value, error } = await settle(() => parseText('none.json', many({ line_range: range })));
    expect(error).toBeUndefined();
    expect(locations(value)[0]).toEqual({ path: 'dojo/finding/views.py', startLine: 71 });
  });

  it("refuses the review's report, whose lines are all strings (it read two issues as one finding)", async () => {
    const { error } = await settle(() =>
      parseText(
        'strings.json',
        many({ line_number: '71', line_range: ['71'] }, { line_number: '76', line_range: ['76'] }),
      ),
    );
    expect(error).toBe(
      'strings.json: /results/4/line_number: found the string "71" (expected a line number, a whole number of at least 0).',
    );
  });
});

describe('Bandit JSON: col_offset', () => {
  /** Results 4 and 5 moved to one line, at these columns: only the column tells them apart. */
  const oneLine = (first: unknown, second: unknown) =>
    many({ line_number: 71, col_offset: first }, { line_number: 71, line_range: [71], col_offset: second });

  it('two issues of one test on one line at two columns are two findings; at one column, one', async () => {
    const two = await settle(() => parseText('columns.json', oneLine(4, 8)));
    expect(locations(two.value).map((l) => l.startColumn)).toEqual([5, 9]);
    expect(assignIds(two.value!.findings)).toHaveLength(FINDINGS);
    const one = await settle(() => parseText('column.json', oneLine(4, 4)));
    expect(assignIds(one.value!.findings)).toHaveLength(FINDINGS - 1);
  });

  it('reads col_offset 0 as the first column, and null or no key as no column', async () => {
    const first = await settle(() => parseText('zero.json', oneLine(0, 8)));
    expect(locations(first.value)[0]?.startColumn).toBe(1);
    for (const none of [null, undefined]) {
      const { value, error } = await settle(() => parseText('none.json', oneLine(none, 8)));
      expect(error).toBeUndefined();
      expect(locations(value)[0]).toEqual({ path: 'dojo/finding/views.py', startLine: 71 });
    }
  });

  it.each([
    ['the string "4"', '4'],
    ['the number 4.5', 4.5],
    ['the number -1', -1],
  ])('refuses col_offset %s, naming the pointer (it merged the two issues)', async (shown, column) => {
    const { error } = await settle(() => parseText('bad.json', oneLine(column, column === -1 ? -1 : '8')));
    expect(error).toBe(
      `bad.json: /results/4/col_offset: found ${shown} (expected a column, a whole number of at least 0 counted from 0).`,
    );
  });
});
