/**
 * TruffleHog's `finished scanning` line counts the secrets it found (`verified_secrets`,
 * `unverified_secrets`). TruffleHog counts a result in the step that prints it (pkg/engine notifierWorker:
 * after --only-verified, --results and its deduplication), so a report holding fewer result lines than its
 * finished lines count was cut or edited: an input error naming the line and both numbers. Before, a file
 * holding only a finished line that counted 4 secrets read as a complete, clean secret scan.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trufflehog } from '../../src/ingest/trufflehog.js';
import { FIXTURES, createHarness } from './harness.js';

const FOLDER = 'trufflehog-json';
const { parseText, parseError } = createHarness(trufflehog, FOLDER);

/** The four result lines of the real report (all verified). */
const RESULTS = readFileSync(join(FIXTURES, FOLDER, 'trufflehog-v3-git.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '');

/** TruffleHog's `finished scanning` line (logr JSON), as 3.x writes it, with the counts given. */
const finished = (verified: unknown, unverified: unknown) =>
  JSON.stringify({
    level: 'info-0',
    ts: '2024-10-13T19:38:07+02:00',
    logger: 'trufflehog',
    msg: 'finished scanning',
    chunks: 40,
    bytes: 9120,
    ...(verified !== undefined ? { verified_secrets: verified } : {}),
    ...(unverified !== undefined ? { unverified_secrets: unverified } : {}),
    scan_duration: '1.2s',
    trufflehog_version: '3.81.9',
  });

const lines = (...l: string[]) => `${l.join('\n')}\n`;

const TAIL =
  "(expected one result line per secret counted: TruffleHog counts a result when it prints it, after --only-verified, --results and its deduplication, so a report that lists fewer was cut or edited; keep TruffleHog's whole --json output, results and log, and scan again).";

describe("ingest/trufflehog: the 'finished scanning' counts against the result lines", () => {
  it('reads the real report with a finished line that counts its four results', async () => {
    const read = await parseText('th.jsonl', lines(...RESULTS, finished(4, 0)));
    expect(read.findings).toHaveLength(4);
    expect(read.runs[0]).toMatchObject({ completed: true, problems: [], resultCount: 4, toolVersion: '3.81.9' });
  });

  it('accepts counts that add up to the result lines (3 verified + 1 unverified = 4)', async () => {
    const read = await parseText('th.jsonl', lines(...RESULTS, finished(3, 1)));
    expect(read.findings).toHaveLength(4);
  });

  it('accepts fewer counted than listed (results of a run whose log is not in the file)', async () => {
    const read = await parseText('th.jsonl', lines(...RESULTS, finished(3, 0)));
    expect(read.findings).toHaveLength(4);
  });

  it('refuses one more counted than listed (4 verified + 1 unverified = 5 > 4)', async () => {
    const error = await parseError('th.jsonl', lines(...RESULTS, finished(4, 1)));
    expect(error.message).toBe(
      `th.jsonl: TruffleHog's 'finished scanning' line (line 5: verified_secrets 4, unverified_secrets 1) counts 5 secrets, but the report holds 4 result lines ${TAIL}`,
    );
  });

  it('refuses a report cut after two of its results', async () => {
    const error = await parseError('th.jsonl', lines(RESULTS[0]!, RESULTS[1]!, finished(4, 0)));
    expect(error.message).toBe(
      `th.jsonl: TruffleHog's 'finished scanning' line (line 3: verified_secrets 4, unverified_secrets 0) counts 4 secrets, but the report holds 2 result lines ${TAIL}`,
    );
  });

  it('refuses a file holding only a finished line that counts secrets (was approved as a clean scan)', async () => {
    const error = await parseError('th.jsonl', lines(finished(3, 1)));
    expect(error.message).toBe(
      `th.jsonl: TruffleHog's 'finished scanning' line (line 1: verified_secrets 3, unverified_secrets 1) counts 4 secrets, but the report holds 0 result lines ${TAIL}`,
    );
    // The other side: a finished line counting 0 with no result stays a clean (completed) scan.
    const clean = await parseText('th.jsonl', lines(finished(0, 0)));
    expect(clean.findings).toEqual([]);
    expect(clean.runs[0]).toMatchObject({ completed: true, problems: [] });
  });

  it('counts one unverified secret with no result line as missing (0 + 1 > 0)', async () => {
    const error = await parseError('th.jsonl', lines(finished(0, 1)));
    expect(error.message).toContain('(line 1: verified_secrets 0, unverified_secrets 1) counts 1 secret, but');
  });

  it('adds up the finished lines of two runs appended into one file', async () => {
    const two = lines(RESULTS[0]!, RESULTS[1]!, finished(2, 0), RESULTS[2]!, RESULTS[3]!, finished(1, 1));
    expect((await parseText('th.jsonl', two)).findings).toHaveLength(4);
    const error = await parseError(
      'th.jsonl',
      lines(RESULTS[0]!, RESULTS[1]!, finished(2, 0), RESULTS[2]!, finished(1, 1)),
    );
    expect(error.message).toBe(
      `th.jsonl: TruffleHog's 2 'finished scanning' lines (line 3: verified_secrets 2, unverified_secrets 0; line 5: verified_secrets 1, unverified_secrets 1) count 4 secrets, but the report holds 3 result lines ${TAIL}`,
    );
  });

  it('checks the one count a finished line has, and not a line without counts', async () => {
    // A finished line with verified_secrets only: the count it has is checked.
    await expect(parseText('th.jsonl', lines(...RESULTS, finished(4, undefined)))).resolves.toBeDefined();
    const error = await parseError('th.jsonl', lines(...RESULTS.slice(1), finished(4, undefined)));
    expect(error.message).toContain('(line 4: verified_secrets 4, unverified_secrets 0) counts 4 secrets');
    const none = await parseText('th.jsonl', lines(finished(undefined, undefined)));
    expect(none.findings).toEqual([]);
  });

  it.each([
    ['the string "4"', '4'],
    ['the number 1.5', 1.5],
    ['the number -1', -1],
    ['null', null],
  ])('refuses a count that is %s, naming the line and the key', async (found, value) => {
    const error = await parseError('th.jsonl', lines(...RESULTS, finished(0, value)));
    expect(error.message).toBe(
      `th.jsonl: line 5: unverified_secrets in TruffleHog's 'finished scanning' line is ${found} (expected the number of secrets TruffleHog found, a whole number of at least 0; the result lines are checked against it).`,
    );
  });
});
