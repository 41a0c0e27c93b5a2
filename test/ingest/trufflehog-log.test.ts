/**
 * TruffleHog's own log lines in a report (stderr redirected into it): a `finished scanning` line that
 * counts 0 chunks (and 0 bytes) with no result is a warning (a Docker image that could not be pulled
 * finishes so, trufflesecurity/trufflehog#1766, but so does a --since-commit range that adds no line); an
 * error-level line is a warning naming what it names (before TruffleHog PR #4928 routine per-file failures
 * were logged at error level), with the credentials a URL or a proxy setting carries removed. The
 * repository's one real TruffleHog report holds four results and no log line, and is read as before.
 */
import { describe, expect, it } from 'vitest';
import { trufflehog } from '../../src/ingest/trufflehog.js';
import type { ToolRun } from '../../src/model.js';
import { completenessGate } from '../helpers.js';
import { createHarness } from './harness.js';

const FOLDER = 'trufflehog-json';
const FIXTURE = `${FOLDER}/trufflehog-v3-git.jsonl`;
const { parseText, parseFixture } = createHarness(trufflehog, FOLDER);

const result = (file: string, line: number) =>
  JSON.stringify({
    SourceMetadata: { Data: { Filesystem: { file, line } } },
    SourceID: 1,
    SourceType: 15,
    SourceName: 'trufflehog - filesystem',
    DetectorType: 8,
    DetectorName: 'Github',
    Verified: true,
    Raw: 'ghp_rawsecretvalue000000000000000000000',
  });

/** TruffleHog's `finished scanning` line (logr JSON), as 3.x writes it. */
const finished = (chunks: number, bytes?: number) =>
  JSON.stringify({
    level: 'info-0',
    ts: '2026-02-05T16:41:07Z',
    logger: 'trufflehog',
    msg: 'finished scanning',
    chunks,
    ...(bytes !== undefined ? { bytes } : {}),
    verified_secrets: 0,
    unverified_secrets: 0,
    scan_duration: '596.520591ms',
    trufflehog_version: '3.93.0',
  });

const running =
  '{"level":"info-0","ts":"2026-02-05T16:41:07Z","logger":"trufflehog","msg":"running source","source_manager_worker_id":"0sbab","with_units":false}';

/** The error line of a Docker image that could not be found (trufflesecurity/trufflehog#4730), in JSON. */
const imageError = JSON.stringify({
  level: 'error',
  ts: '2026-02-05T16:41:07Z',
  logger: 'trufflehog',
  msg: 'error processing image',
  source_manager_worker_id: '0sbab',
  source_type: 'SOURCE_TYPE_DOCKER',
  source_name: 'trufflehog - docker',
  image: 'docker://registry.example/app:1',
  error: 'Error response from daemon: No such image: registry.example/app:1',
});

const lines = (...l: string[]) => `${l.join('\n')}\n`;

const NOTHING = (file: string, line: number, bytes = ' and 0 bytes') =>
  `${file}: line ${line}: TruffleHog's 'finished scanning' line counts 0 chunks${bytes} and there are no results: TruffleHog read nothing. That is right for a --since-commit range that adds no line; otherwise check the source given to TruffleHog (the path, repository, image or bucket, and that it could be read or pulled), its --include-paths and --exclude-paths, and scan again.`;

const ERROR = (file: string, line: number, text: string) =>
  `${file}: line ${line}: TruffleHog logged an error (level error): ${text}; what it names may not have been scanned.`;

/** evidence-completeness over one input holding the run, under a policy that requires only secret. */
function secretGate(run: ToolRun) {
  return completenessGate(run, 'secret', 'trufflehog', 'trufflehog.jsonl');
}

describe('ingest/trufflehog: a finished scan of 0 chunks is a warning, not a verdict', () => {
  it('chunks 0 and bytes 0, no results: a completed secret scan, with a warning naming the line', async () => {
    const read = await parseText('none.jsonl', lines(running, finished(0, 0)));
    expect(read.findings).toEqual([]);
    // A --since-commit range that adds no line finishes so too, and is clean: the log cannot tell.
    expect(read.runs).toEqual([
      { tool: 'TruffleHog', toolVersion: '3.93.0', scanType: 'secret', completed: true, problems: [], resultCount: 0 },
    ]);
    expect(read.warnings).toEqual([
      'none.jsonl: 2 TruffleHog log line(s) were skipped; they are not results.',
      NOTHING('none.jsonl', 2),
    ]);
    expect(secretGate(read.runs[0]!)).toMatchObject({ status: 'pass' });
  });

  it('chunks 1, or a result beside chunks 0: no warning; chunks 0 without bytes (older TruffleHog): the warning', async () => {
    const one = await parseText('one.jsonl', lines(running, finished(1, 120)));
    expect(one.warnings).toEqual(['one.jsonl: 2 TruffleHog log line(s) were skipped; they are not results.']);
    const withResult = await parseText('result.jsonl', lines(result('a.txt', 1), finished(0, 0)));
    expect(withResult.warnings).toEqual(['result.jsonl: 1 TruffleHog log line(s) were skipped; they are not results.']);
    const old = await parseText('old.jsonl', lines(finished(0)));
    expect(old.warnings).toContain(NOTHING('old.jsonl', 1, ''));
    const odd = await parseText('odd.jsonl', lines(finished(0, 10)));
    expect(odd.warnings).toEqual(['odd.jsonl: 1 TruffleHog log line(s) were skipped; they are not results.']);
    const real = await parseFixture(FIXTURE);
    expect(real.runs).toEqual([
      { tool: 'TruffleHog', scanType: 'secret', completed: true, problems: [], resultCount: 4 },
    ]);
    expect(real.warnings).toEqual([]);
  });
});

describe("ingest/trufflehog: TruffleHog's error lines are warnings", () => {
  it('the failed image (#4730 in JSON): a warning naming the line, msg and error; the run stays complete', async () => {
    const read = await parseText('image.jsonl', lines(running, imageError, finished(0, 0)));
    expect(read.runs[0]).toMatchObject({ completed: true, problems: [] });
    expect(read.warnings).toEqual([
      'image.jsonl: 3 TruffleHog log line(s) were skipped; they are not results.',
      ERROR(
        'image.jsonl',
        2,
        'error processing image: Error response from daemon: No such image: registry.example/app:1',
      ),
      NOTHING('image.jsonl', 3),
    ]);
  });

  it('a per-file error (before TruffleHog PR #4928) names the file; the same line at info level is not copied', async () => {
    const error = JSON.stringify({
      level: 'error',
      logger: 'trufflehog',
      msg: 'error handling binary file',
      path: 'vendor/github.com/pierrec/lz4/fuzz/corpus/226780b3-17',
      error: 'lz4: invalid source',
    });
    const read = await parseText('err.jsonl', lines(running, result('a.txt', 1), error, finished(5, 900)));
    expect(read.runs[0]).toMatchObject({ completed: true, problems: [] });
    expect(read.warnings).toContain(
      ERROR(
        'err.jsonl',
        3,
        'error handling binary file: lz4: invalid source (path vendor/github.com/pierrec/lz4/fuzz/corpus/226780b3-17)',
      ),
    );
    const info = JSON.stringify({ level: 'info-2', logger: 'trufflehog', msg: 'error cloning repository' });
    const clean = await parseText('info.jsonl', lines(running, result('a.txt', 1), info, finished(5, 900)));
    expect(clean.warnings).toEqual(['info.jsonl: 3 TruffleHog log line(s) were skipped; they are not results.']);
  });

  it('lists the first 20 error lines and counts the rest', async () => {
    const errors = Array.from({ length: 23 }, (_, i) =>
      JSON.stringify({ level: 'error', logger: 'trufflehog', msg: `failed ${i}`, error: `reason ${i}` }),
    );
    const read = await parseText('many.jsonl', lines(...errors, finished(3, 30)));
    const listed = read.warnings.filter((w) => w.includes('TruffleHog logged an error'));
    expect(listed).toHaveLength(20);
    expect(listed[0]).toBe(ERROR('many.jsonl', 1, 'failed 0: reason 0'));
    expect(listed[19]).toBe(ERROR('many.jsonl', 20, 'failed 19: reason 19'));
    expect(read.warnings).toContain('many.jsonl: ... and 3 more TruffleHog error line(s).');
  });

  it('copies no credential a URL or a proxy setting in the error carries, even with / or @ in the password', async () => {
    const error = JSON.stringify({
      level: 'error',
      logger: 'trufflehog',
      msg: 'error cloning repo https://bot:ghp_tokenvalue0000@github.com/acme/app.git',
      error: 'GET https://api.example/x?access_token=s3cr3tvalue&page=2: 401',
    });
    const slash = JSON.stringify({
      level: 'error',
      logger: 'trufflehog',
      msg: 'error cloning repo https://ci:AbC/dEf+GhI=@git-codecommit.example/v1/repos/app',
      error: 'proxy http_proxy=bob:Hunter2secret@proxy:3128 refused; oauth2:glpat-p@ss@gitlab.example',
    });
    const read = await parseText('cred.jsonl', lines(error, slash, finished(2, 20)));
    const text = JSON.stringify(read);
    for (const secret of ['ghp_tokenvalue0000', 's3cr3tvalue', 'AbC/dEf+GhI=', 'Hunter2secret', 'glpat-p', 'ss@gitlab'])
      expect(text, secret).not.toContain(secret);
    expect(read.warnings).toContain(
      ERROR(
        'cred.jsonl',
        1,
        'error cloning repo https://***@github.com/acme/app.git: GET https://api.example/x?access_token=***&page=2: 401',
      ),
    );
  });
});
