/**
 * TruffleHog's own log lines in a report (stderr redirected into it): a `finished scanning` line that
 * counts 0 chunks (and 0 bytes) with no result shows that nothing was scanned, so the report covers no scan
 * type (a Docker image that could not be pulled finishes so, trufflesecurity/trufflehog#1766); an
 * error-level line is TruffleHog's own error (non-fatal chunk errors are logged at debug level since
 * TruffleHog PR #4928), so it makes the run incomplete. The repository's one real TruffleHog report holds
 * four results and no log line, and is read as before.
 */
import { describe, expect, it } from 'vitest';
import { evidenceCompleteness } from '../../src/gates/evidence-completeness.js';
import { trufflehog } from '../../src/ingest/trufflehog.js';
import { emptyCounts, type InputRecord, type ToolRun } from '../../src/model.js';
import { releasePolicy } from '../helpers.js';
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
  `${file}: line ${line}: TruffleHog's 'finished scanning' line counts 0 chunks${bytes} and there are no results: TruffleHog scanned nothing, so the report covers no scan type. Check the source given to TruffleHog (the path, repository, image or bucket, and that it could be read or pulled: its error lines, or a run with --debug, say why), its --include-paths and --exclude-paths, then scan again.`;

const ERROR = (line: number, text: string) =>
  `line ${line}: TruffleHog logged an error (level error): ${text}; what it was scanning may have been left out, so the scan is not complete (fix the cause the line names, and scan again).`;

/** evidence-completeness over one input holding the run, under a policy that requires only secret. */
function secretGate(run: ToolRun) {
  const input: InputRecord = {
    path: 'trufflehog.jsonl',
    sha256: '0'.repeat(64),
    size: 1,
    format: 'trufflehog',
    runs: [run],
    counts: emptyCounts(),
    warnings: [],
  };
  const policy = releasePolicy((p) => {
    p.evidence.required = ['secret'];
  });
  return evidenceCompleteness.evaluate({ policy, findings: [], today: '2026-11-25', inputs: [input] });
}

describe('ingest/trufflehog: a finished scan of 0 chunks covers no scan type', () => {
  it('chunks 0 and bytes 0, no results: coversNothing, completed, with a warning naming the line', async () => {
    const read = await parseText('none.jsonl', lines(running, finished(0, 0)));
    expect(read.findings).toEqual([]);
    expect(read.runs).toEqual([
      {
        tool: 'TruffleHog',
        toolVersion: '3.93.0',
        scanType: 'secret',
        coversNothing: true,
        completed: true,
        problems: [],
        resultCount: 0,
      },
    ]);
    expect(read.warnings).toEqual([
      'none.jsonl: 2 TruffleHog log line(s) were skipped; they are not results.',
      NOTHING('none.jsonl', 2),
    ]);
  });

  it('chunks 1: a clean scan that covers secret, without the warning; chunks 0 covers nothing', async () => {
    const one = await parseText('one.jsonl', lines(running, finished(1, 120)));
    expect(one.runs).toEqual([
      { tool: 'TruffleHog', toolVersion: '3.93.0', scanType: 'secret', completed: true, problems: [], resultCount: 0 },
    ]);
    expect(one.warnings).toEqual(['one.jsonl: 2 TruffleHog log line(s) were skipped; they are not results.']);
    const none = await parseText('zero.jsonl', lines(running, finished(0, 0)));
    expect(none.runs[0]).toMatchObject({ coversNothing: true });
  });

  it('chunks 0 without a bytes count (older TruffleHog) also covers nothing; chunks 0 with bytes 10 does not', async () => {
    const old = await parseText('old.jsonl', lines(finished(0)));
    expect(old.runs[0]).toMatchObject({ coversNothing: true, completed: true });
    expect(old.warnings).toContain(NOTHING('old.jsonl', 1, ''));
    const odd = await parseText('odd.jsonl', lines(finished(0, 10)));
    expect(odd.runs[0]).not.toHaveProperty('coversNothing');
  });

  it('chunks 0 beside a result, or the real report (four results, no log line): the results show something was scanned; chunks 0 alone covers nothing', async () => {
    const read = await parseText('result.jsonl', lines(result('a.txt', 1), finished(0, 0)));
    expect(read.findings).toHaveLength(1);
    expect(read.runs[0]).not.toHaveProperty('coversNothing');
    expect(read.runs[0]).toMatchObject({ completed: true, resultCount: 1 });
    const real = await parseFixture(FIXTURE);
    expect(real.runs).toEqual([
      { tool: 'TruffleHog', scanType: 'secret', completed: true, problems: [], resultCount: 4 },
    ]);
    expect(real.warnings).toEqual([]);
    const alone = await parseText('alone.jsonl', lines(finished(0, 0)));
    expect(alone.runs[0]).toMatchObject({ coversNothing: true });
  });

  it('a declared scanType does not make it cover anything', async () => {
    const read = await parseText('declared.jsonl', lines(finished(0, 0)), { scanType: 'secret' });
    expect(read.runs[0]).toMatchObject({ scanType: 'secret', coversNothing: true });
  });

  it('evidence-completeness fails for a required secret scan covered only by it, and passes with chunks 1', async () => {
    const none = await parseText('gate-none.jsonl', lines(finished(0, 0)));
    const failed = secretGate(none.runs[0]!);
    expect(failed.status).toBe('fail');
    expect(failed.reasons).toEqual(['no completed secret scan among the inputs (the policy requires secret).']);
    const one = await parseText('gate-one.jsonl', lines(finished(1, 64)));
    expect(secretGate(one.runs[0]!)).toMatchObject({ status: 'pass', reasons: [] });
  });
});

describe("ingest/trufflehog: TruffleHog's error lines make the run incomplete", () => {
  it('the failed image (#4730 in JSON): an incomplete run that covers nothing, the problem naming the line, msg and error', async () => {
    const read = await parseText('image.jsonl', lines(running, imageError, finished(0, 0)));
    expect(read.runs).toEqual([
      {
        tool: 'TruffleHog',
        toolVersion: '3.93.0',
        scanType: 'secret',
        coversNothing: true,
        completed: false,
        problems: [
          ERROR(2, 'error processing image: Error response from daemon: No such image: registry.example/app:1'),
        ],
        resultCount: 0,
      },
    ]);
    expect(read.warnings).toEqual([
      'image.jsonl: 3 TruffleHog log line(s) were skipped; they are not results.',
      NOTHING('image.jsonl', 3),
    ]);
  });

  it('an error line beside results and a finished scan of 5 chunks: incomplete; the same line at info level: complete', async () => {
    const error = JSON.stringify({ level: 'error', logger: 'trufflehog', msg: 'error cloning repository' });
    const read = await parseText('err.jsonl', lines(running, result('a.txt', 1), error, finished(5, 900)));
    expect(read.runs[0]).toMatchObject({ completed: false, problems: [ERROR(3, 'error cloning repository')] });
    expect(read.runs[0]).not.toHaveProperty('coversNothing');
    const info = JSON.stringify({ level: 'info-2', logger: 'trufflehog', msg: 'error cloning repository' });
    const clean = await parseText('info.jsonl', lines(running, result('a.txt', 1), info, finished(5, 900)));
    expect(clean.runs[0]).toMatchObject({ completed: true, problems: [] });
  });

  it('lists the first 20 error lines and counts the rest', async () => {
    const errors = Array.from({ length: 23 }, (_, i) =>
      JSON.stringify({ level: 'error', logger: 'trufflehog', msg: `failed ${i}`, error: `reason ${i}` }),
    );
    const read = await parseText('many.jsonl', lines(...errors, finished(3, 30)));
    const problems = read.runs[0]!.problems;
    expect(problems).toHaveLength(21);
    expect(problems[0]).toBe(ERROR(1, 'failed 0: reason 0'));
    expect(problems[19]).toBe(ERROR(20, 'failed 19: reason 19'));
    expect(problems[20]).toBe('... and 3 more TruffleHog error line(s).');
  });

  it('copies no credential a URL in the error carries', async () => {
    const error = JSON.stringify({
      level: 'error',
      logger: 'trufflehog',
      msg: 'error cloning repo https://bot:ghp_tokenvalue0000@github.com/acme/app.git',
      error: 'GET https://api.example/x?access_token=s3cr3tvalue&page=2: 401',
    });
    const read = await parseText('cred.jsonl', lines(error, finished(2, 20)));
    const text = JSON.stringify(read);
    expect(text).not.toContain('ghp_tokenvalue0000');
    expect(text).not.toContain('s3cr3tvalue');
    expect(read.runs[0]?.problems).toEqual([
      ERROR(
        1,
        'error cloning repo https://***@github.com/acme/app.git: GET https://api.example/x?access_token=***&page=2: 401',
      ),
    ]);
  });
});
