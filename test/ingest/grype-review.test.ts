/**
 * Grype 0.88 and later (database schema v6) write the database status under `descriptor.db.status`
 * (`{schemaVersion, from, built, path, valid, error}`, beside `descriptor.db.providers`); the reader
 * checked only the older `descriptor.db.error`, so a report whose database had failed counted as a
 * completed scan. A non-empty `status.error` now makes the run incomplete, and an `error` that is not a
 * string is an input error naming its pointer. Real report (grype-0.96.0-image.json) with its descriptor's
 * `db` replaced in the test; the older layouts keep working.
 */
import { FIXTURES, createHarness } from './harness.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { grype } from '../../src/ingest/grype.js';
import { readInputFile } from '../../src/ingest/read.js';
import type { IngestResult } from '../../src/ingest/types.js';
import { silentLogger } from '../../src/logger.js';

const FOLDER = 'grype-json';
const { parseFixture, parseError, writeTemp } = createHarness(grype, FOLDER);

/** grype-0.96.0-image.json with `descriptor.db` replaced (removed when undefined). */
function imageWithDb(db: unknown): string {
  const doc = JSON.parse(readFileSync(join(FIXTURES, FOLDER, 'grype-0.96.0-image.json'), 'utf8')) as {
    descriptor: Record<string, unknown>;
  };
  if (db === undefined) delete doc.descriptor.db;
  else doc.descriptor.db = db;
  return JSON.stringify(doc, null, 1);
}

/** The status Grype 0.88+ writes, with `error` set as given (left out when undefined). */
function v6Db(error?: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    status: {
      schemaVersion: 'v6.0.2',
      from: 'https://grype.anchore.io/databases/v6/vulnerability-db_v6.0.2_2025-03-14T01:31:06Z_1741925227.tar.zst',
      built: '2025-03-14T01:31:06Z',
      path: '/root/.cache/grype/db/6/vulnerability.db',
      valid: error === undefined || error === null || error === '',
      ...(error !== undefined ? { error } : {}),
      ...extra,
    },
    providers: {
      nvd: { captured: '2025-03-14T00:05:12Z', input: 'xxh64:0a1b2c3d4e5f6a7b' },
      github: { captured: '2025-03-14T00:01:44Z', input: 'xxh64:1a2b3c4d5e6f7a8b' },
    },
  };
}

/** Both paths (whole document and streamed in small chunks), which must agree; the whole-document result. */
async function readBothWays(name: string, text: string): Promise<IngestResult> {
  const { root, rel } = writeTemp(name, text);
  const input = readInputFile(root, rel);
  const whole = await grype.parse(input, { root, logger: silentLogger });
  const streamed = await grype.parseStream!(
    { path: rel, absPath: join(root, rel), size: input.size },
    { root, logger: silentLogger },
    { chunkSize: 4096 },
  );
  expect(streamed.findings).toEqual(whole.findings);
  expect(streamed.runs).toEqual(whole.runs);
  expect(streamed.warnings).toEqual(whole.warnings);
  return whole;
}

const PROBLEM =
  "/descriptor/db/status/error: Grype's vulnerability database reported an error (database checksum mismatch), so the matches may be missing; the scan is not complete (update the database with grype db update and scan again).";

describe("Grype's database status (0.88 and later: descriptor.db.status)", () => {
  it('makes the run incomplete when status.error holds a message, on both paths', async () => {
    const result = await readBothWays('status-error.json', imageWithDb(v6Db('database checksum mismatch')));
    expect(result.runs[0]?.completed).toBe(false);
    expect(result.runs[0]?.problems).toEqual([PROBLEM]);
    // The matches are still read: the run, not the report, is what is incomplete.
    expect(result.findings).toHaveLength(35);
  });

  it('folds a multi-line status.error onto one line, and says no message for one of only whitespace', async () => {
    const multi = await readBothWays('status-multi.json', imageWithDb(v6Db('  database checksum\n  mismatch  ')));
    expect(multi.runs[0]?.problems).toEqual([PROBLEM]);
    const blank = await readBothWays('status-blank.json', imageWithDb(v6Db(' ')));
    expect(blank.runs[0]?.completed).toBe(false);
    expect(blank.runs[0]?.problems[0]).toContain("Grype's vulnerability database reported an error (no message)");
  });

  it('counts the scan as completed when status has no error, or an empty or null one', async () => {
    for (const [name, db] of [
      ['status-ok.json', v6Db()],
      ['status-empty.json', v6Db('')],
      ['status-null.json', v6Db(null)],
      ['status-only.json', { status: { schemaVersion: 'v6.0.3', built: '2025-08-12T04:13:42Z' } }],
    ] as const) {
      const result = await readBothWays(name, imageWithDb(db));
      expect([name, result.runs[0]?.completed, result.runs[0]?.problems]).toEqual([name, true, []]);
    }
  });

  it('refuses a status.error that is not a string (Grype writes the message), naming its pointer', async () => {
    const object = await parseError('status-object.json', imageWithDb(v6Db({ message: 'x' })));
    expect(object.message).toBe('status-object.json: /descriptor/db/status/error: got an object (expected a string).');
    const number = await parseError('status-number.json', imageWithDb(v6Db(7)));
    expect(number.message).toBe(
      'status-number.json: /descriptor/db/status/error: got the number 7 (expected a string).',
    );
  });

  it('reads both layouts when a report holds both: each error is a problem of its own', async () => {
    const db = { ...v6Db('database checksum mismatch'), error: 'failed to load vulnerability db' };
    const result = await readBothWays('both.json', imageWithDb(db));
    expect(result.runs[0]?.problems).toEqual([
      "/descriptor/db/error: Grype's vulnerability database reported an error (failed to load vulnerability db), so the matches may be missing; the scan is not complete (update the database with grype db update and scan again).",
      PROBLEM,
    ]);
  });

  it('keeps the older layouts: db.error (0.24.0, 0.96.0 fixtures: null) and no db at all (0.7.0)', async () => {
    for (const file of [
      'grype-0.24.0-directory.json',
      'grype-0.96.0-image.json',
      'grype-0.7.0-image-many.json',
      'grype-0.7.0-no-vulns.json',
    ]) {
      const result = await parseFixture(`${FOLDER}/${file}`);
      expect([file, result.runs[0]?.completed, result.runs[0]?.problems]).toEqual([file, true, []]);
    }
    const old = await readBothWays(
      'old-error.json',
      imageWithDb({ built: '2024-02-22T01:23:26Z', schemaVersion: 5, error: 'failed to load vulnerability db' }),
    );
    expect(old.runs[0]?.completed).toBe(false);
    expect(old.runs[0]?.problems[0]).toMatch(/^\/descriptor\/db\/error: .*\(failed to load vulnerability db\)/);
  });
});
