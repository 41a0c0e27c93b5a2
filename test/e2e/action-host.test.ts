/**
 * The Action's entry (dist/action.js, src/action-entry.ts): when its inputs or its policy name a large
 * report it will stream, the Action runs in a worker thread with a capped young generation; everything
 * else runs in the main thread. The thread must change nothing the runner sees: the log, the outputs,
 * the job summary, the files and the exit code are those of the Action run in the main thread.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { actionReportPlan } from '../../src/host.js';
import { DEFAULT_STREAM_ABOVE_BYTES } from '../../src/ingest/read.js';
import { filesUnder, generateSarif, HEAP_HOG, inThread, paddedSarif, runnerOutputs, threadProbe } from '../helpers.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const ACTION = join(REPO, 'dist/action.js');
const ACTION_MAIN = join(REPO, 'dist/action-main.js');
/** The line the thread probe writes for the evaluation thread (neither stream a terminal). */
const WORKER = 'worker {"terminal":{"stdout":false,"stderr":false}}';
const scratch = mkdtempSync(join(tmpdir(), 'sg-action-host-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs `entry` as the runner does: inputs as INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. */
function runAction(entry: string, dir: string, inputs: Record<string, string>, env: Record<string, string> = {}) {
  const files = mkdtempSync(join(scratch, 'runner-'));
  writeFileSync(join(files, 'output'), '');
  writeFileSync(join(files, 'summary'), '');
  const result = spawnSync(process.execPath, [entry], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: {
      PATH: process.env.PATH ?? '',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: dir,
      GITHUB_REPOSITORY: 'acme/payments',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_OUTPUT: join(files, 'output'),
      GITHUB_STEP_SUMMARY: join(files, 'summary'),
      SHIPGATE_NOW: '2026-11-25T12:00:00Z',
      'INPUT_TRUSTED-REF': 'none',
      ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
      ...env,
    },
  });
  return {
    code: result.status,
    log: result.stdout + result.stderr,
    outputs: runnerOutputs(readFileSync(join(files, 'output'), 'utf8')),
    // The delimiters GitHub's outputs file uses are random per write.
    outputsFile: readFileSync(join(files, 'output'), 'utf8').replace(/ghadelimiter_[\w-]+/g, 'DELIMITER'),
    summary: readFileSync(join(files, 'summary'), 'utf8'),
  };
}

/** The demo release with an 18 MB generated CodeQL log beside its reports. */
function release(seed: string): string {
  const dir = mkdtempSync(join(scratch, 'release-'));
  cpSync(join(REPO, 'fixtures/demo/release'), dir, { recursive: true });
  generateSarif(join(dir, 'reports/big.sarif'), '18MB', seed);
  return dir;
}

describe('e2e/action-host', () => {
  it('runs the Action in a worker thread for a large report in its scans input, with the log, outputs, summary, files and exit code of the main thread', () => {
    const dir = release('31');
    const log = join(dir, 'threads.log');
    const inputs = { scans: 'reports/big.sarif\n# a comment\n', progress: 'true' };
    const hosted = runAction(
      ACTION,
      dir,
      { ...inputs, 'output-dir': 'hosted' },
      {
        NODE_OPTIONS: `--require ${threadProbe(scratch, log)}`,
      },
    );
    expect(readFileSync(log, 'utf8')).toBe(`main\n${WORKER}\n`);
    // Told the young generation's size, the entry keeps the Action in its own thread.
    const direct = runAction(
      ACTION,
      dir,
      { ...inputs, 'output-dir': 'direct' },
      {
        NODE_OPTIONS: `--max-semi-space-size=16 --require ${threadProbe(scratch, log)}`,
      },
    );
    expect(readFileSync(log, 'utf8')).toBe(`main\n${WORKER}\nmain\n`);
    expect(hosted.code).toBe(1);
    expect(direct.code).toBe(1);
    expect(hosted.outputs.decision).toBe('rejected');
    expect(hosted.outputsFile.replaceAll('hosted', 'direct')).toBe(direct.outputsFile);
    expect(hosted.summary.replaceAll('hosted', 'direct')).toBe(direct.summary);
    // Progress lines come from the thread as the Action logs them, before its decision.
    const progress = hosted.log.split('\n').findIndex((line) => /^reports\/big\.sarif: \d+ of \d+ MiB/.test(line));
    expect(progress).toBeGreaterThanOrEqual(0);
    expect(progress).toBeLessThan(
      hosted.log.split('\n').findIndex((line) => line.startsWith('::error::shipgate rejected')),
    );
    const timeless = (text: string) =>
      text
        .replaceAll('hosted', 'direct')
        .split('\n')
        // Progress lines and timings vary from run to run.
        .filter((line) => !/ MiB, \d+ results$| in \d+ ms\b/.test(line))
        .join('\n');
    // The heap guard's budget is the same in both threads (in the thread it is the thread's own
    // old-generation limit, passed to the evaluation, whose debug line then says "as given").
    const budget = /^::debug::heap: (\d+) MiB for old objects/m;
    expect(budget.exec(hosted.log)?.[1]).toBe(budget.exec(direct.log)?.[1]);
    const same = (text: string) => timeless(text).replace(/^::debug::heap: .*$/m, '');
    expect(same(hosted.log)).toBe(same(direct.log));
    const made = filesUnder(join(dir, 'hosted'));
    expect(made.size).toBeGreaterThanOrEqual(6);
    for (const [path, content] of filesUnder(join(dir, 'direct'))) expect(made.get(path), path).toBe(content);
  }, 180_000);

  it("runs it in the thread when the policy's inputs name the large report, and in the main thread for small reports", () => {
    const dir = release('32');
    writeFileSync(
      join(dir, '.shipgate/policy.yml'),
      readFileSync(join(dir, '.shipgate/policy.yml'), 'utf8').replace(
        '  - reports/gitleaks.sarif\n',
        '  - reports/gitleaks.sarif\n  - reports/big.sarif\n',
      ),
    );
    const log = join(dir, 'threads.log');
    const env = { NODE_OPTIONS: `--require ${threadProbe(scratch, log)}` };
    const large = runAction(ACTION, dir, { 'dry-run': 'true' }, env);
    expect(large.code).toBe(1);
    expect(large.outputs.decision).toBe('rejected');
    expect(readFileSync(log, 'utf8')).toBe(`main\n${WORKER}\n`);
    // The same policy under a larger stream-above: nothing is streamed, nothing runs in a thread.
    const small = runAction(ACTION, dir, { 'dry-run': 'true', 'stream-above': String(64 * 1024 * 1024) }, env);
    expect(small.code).toBe(1);
    expect(readFileSync(log, 'utf8')).toBe(`main\n${WORKER}\nmain\n`);
  }, 180_000);

  it('a thread that runs out of heap is an input error (exit 3) with the outputs, summary and message of any failed run', () => {
    const dir = mkdtempSync(join(scratch, 'oom-'));
    paddedSarif(join(dir, 'big.sarif'));
    const hog = inThread(dir, 'hog.cjs', HEAP_HOG);
    const env = { NODE_OPTIONS: `--max-old-space-size=64 --require ${hog}` };
    const inputs = { scans: 'big.sarif', 'stream-above': '1024' };
    const failed = runAction(ACTION, dir, inputs, env);
    expect(failed.code).toBe(3);
    expect(failed.outputs.decision).toBe('error');
    expect(failed.outputs['exit-code']).toBe('3');
    expect(failed.log).toMatch(
      /::error::shipgate could not evaluate \(exit 3\): the evaluation ran out of the 64 MiB heap Node allows \(.*\)\. Give Node a larger heap, e\.g\. NODE_OPTIONS=--max-old-space-size=128/,
    );
    expect(failed.summary).toContain('exit 3');
    // fail-on-error: false covers it, as any input error: a warning, and the step passes.
    const tolerated = runAction(ACTION, dir, { ...inputs, 'fail-on-error': 'false' }, env);
    expect(tolerated.code).toBe(0);
    expect(tolerated.outputs.decision).toBe('error');
    expect(tolerated.log).toMatch(/::warning::shipgate could not evaluate \(exit 3\), and fail-on-error is false/);
  }, 60_000);

  it("an error outside the Action's own handling in the thread is an internal error (exit 70), never a passing step", () => {
    const dir = mkdtempSync(join(scratch, 'bug-'));
    paddedSarif(join(dir, 'big.sarif'));
    const fault = inThread(dir, 'fault.cjs', "setImmediate(() => { throw new Error('planted fault'); });");
    writeFileSync(
      fault,
      "const t = require('node:worker_threads'); if (!t.isMainThread && t.workerData && t.workerData.terminal) setImmediate(() => { throw new Error('planted fault'); });\n",
    );
    const inputs = { scans: 'big.sarif', 'stream-above': '1024', 'fail-on-error': 'false' };
    const failed = runAction(ACTION, dir, inputs, { NODE_OPTIONS: `--require ${fault}` });
    expect(failed.code).toBe(70);
    expect(failed.outputs.decision).toBe('error');
    expect(failed.outputs['exit-code']).toBe('70');
    expect(failed.log).toMatch(
      /::error::shipgate could not evaluate \(exit 70\): internal error \(a bug\): Error: planted fault/,
    );
  }, 60_000);

  it('a falsy value thrown in the thread is a failure too (exit 70, decision error), not a silent exit 1', () => {
    const dir = mkdtempSync(join(scratch, 'null-'));
    paddedSarif(join(dir, 'big.sarif'));
    const fault = inThread(dir, 'null.cjs', 'setImmediate(() => { throw null; });');
    writeFileSync(
      fault,
      "const t = require('node:worker_threads'); if (!t.isMainThread && t.workerData && t.workerData.terminal) setImmediate(() => { throw null; });\n",
    );
    const inputs = { scans: 'big.sarif', 'stream-above': '1024', 'fail-on-error': 'false' };
    const failed = runAction(ACTION, dir, inputs, { NODE_OPTIONS: `--require ${fault}` });
    expect(failed.code).toBe(70);
    expect(failed.outputs.decision).toBe('error');
    expect(failed.log).toMatch(/::error::shipgate could not evaluate \(exit 70\): internal error \(a bug\): null/);
  }, 60_000);

  it('an error nothing caught in the main thread fails the step as any failed run (exit 70, decision error), whatever the run had set', () => {
    const dir = mkdtempSync(join(scratch, 'main-fault-'));
    cpSync(join(REPO, 'fixtures/demo/release'), dir, { recursive: true });
    // Thrown from a timer in the main thread, whether the run has finished (and set its decision) or not.
    const fault = inThread(dir, 'fault.cjs', "setImmediate(() => { throw new Error('planted fault'); });");
    writeFileSync(
      fault,
      "if (require('node:worker_threads').isMainThread) setTimeout(() => { throw new Error('planted main fault'); }, 300);\n",
    );
    const failed = runAction(ACTION, dir, { 'dry-run': 'true' }, { NODE_OPTIONS: `--require ${fault}` });
    expect(failed.code).toBe(70);
    expect(failed.outputs.decision).toBe('error');
    expect(failed.outputs['exit-code']).toBe('70');
    expect(failed.log).toMatch(
      /::error::shipgate could not evaluate \(exit 70\): internal error \(a bug\): Error: planted main fault/,
    );
    expect(failed.summary).toContain('exit 70');
    // Without the fault the same run is approved: the fault is what fails it.
    expect(runAction(ACTION, dir, { 'dry-run': 'true' }).outputs.decision).toBe('approved-with-conditions');
  }, 60_000);

  it('a thread whose failure cannot be reported either still fails the step as an internal error (exit 70)', () => {
    // The Action's bundle goes away once the thread has started: the thread cannot load it, and the
    // entry cannot load it to report that.
    const alone = mkdtempSync(join(scratch, 'vanishing-'));
    cpSync(ACTION, join(alone, 'action.js'));
    cpSync(ACTION_MAIN, join(alone, 'action-main.js'));
    const dir = mkdtempSync(join(scratch, 'vanishing-release-'));
    paddedSarif(join(dir, 'big.sarif'));
    const remover = inThread(
      dir,
      'remove.cjs',
      `require('node:fs').rmSync(${JSON.stringify(join(alone, 'action-main.js'))});`,
    );
    const failed = runAction(
      join(alone, 'action.js'),
      dir,
      { scans: 'big.sarif', 'stream-above': '1024' },
      {
        NODE_OPTIONS: `--require ${remover}`,
      },
    );
    expect(failed.code).toBe(70);
    expect(failed.log).toMatch(/^::error::shipgate: internal error \(a bug; the report below says where/m);
    expect(failed.log).toMatch(/shipgate: internal error \(a bug; please report it\):\n.*action-main\.js/);
  }, 60_000);

  it('passes bytes written in the thread to the log as the stream would write them', () => {
    const dir = mkdtempSync(join(scratch, 'bytes-'));
    paddedSarif(join(dir, 'big.sarif'));
    // Once the Action has routed the thread's stdout: a euro sign split across two writes, base64 text.
    const writer = join(dir, 'writer.cjs');
    writeFileSync(
      writer,
      [
        "const t = require('node:worker_threads');",
        'if (!t.isMainThread && t.workerData && t.workerData.terminal) {',
        '  const original = process.stdout.write;',
        '  const timer = setInterval(() => {',
        '    if (process.stdout.write === original) return;',
        '    clearInterval(timer);',
        "    process.stdout.write(Buffer.from('[\\u20ac'.slice(0, 1) + '\\u20ac', 'utf8').subarray(0, 2));",
        "    process.stdout.write(Buffer.from('\\u20ac]\\n', 'utf8').subarray(1));",
        "    process.stdout.write(Buffer.from('[bytes]\\n').toString('base64'), 'base64');",
        '  }, 1);',
        '}',
      ].join('\n'),
    );
    const run = runAction(
      ACTION,
      dir,
      { scans: 'big.sarif', 'stream-above': '1024', 'dry-run': 'true' },
      {
        NODE_OPTIONS: `--require ${writer}`,
      },
    );
    expect(run.log).toContain('[\u20ac]\n');
    expect(run.log).toContain('[bytes]\n');
    expect(run.log).not.toContain('\ufffd');
  }, 60_000);

  it('without dist/action-main.js beside it, the entry fails the step as an internal error that names the file', () => {
    const alone = mkdtempSync(join(scratch, 'alone-'));
    cpSync(ACTION, join(alone, 'action.js'));
    const dir = mkdtempSync(join(scratch, 'alone-release-'));
    cpSync(join(REPO, 'fixtures/demo/release'), dir, { recursive: true });
    const run = runAction(join(alone, 'action.js'), dir, { 'dry-run': 'true' });
    expect(run.code).toBe(70);
    expect(run.log).toMatch(
      /^::error::shipgate: internal error: .*action-main\.js is missing beside the Action's entry/m,
    );
  });

  it('dist/action-main.js run on its own still runs the Action (no entry imported it)', () => {
    const dir = mkdtempSync(join(scratch, 'main-'));
    cpSync(join(REPO, 'fixtures/demo/release'), dir, { recursive: true });
    const viaEntry = runAction(ACTION, dir, { 'dry-run': 'true' });
    const direct = runAction(ACTION_MAIN, dir, { 'dry-run': 'true' });
    expect(viaEntry.code).toBe(0);
    expect(viaEntry.outputs.decision).toBe('approved-with-conditions');
    expect(direct.code).toBe(0);
    expect(direct.outputsFile).toBe(viaEntry.outputsFile);
  });
});

describe('actionReportPlan', () => {
  it('reads the inputs that name reports as the Action does', () => {
    expect(
      actionReportPlan(
        {
          GITHUB_WORKSPACE: '/w',
          INPUT_ROOT: ' services/api ',
          INPUT_SCANS: ' a.sarif \n\n# skipped\nb/*.json\n',
          INPUT_POLICY: ' p.yml ',
          'INPUT_OUTPUT-DIR': 'out',
          'INPUT_STREAM-ABOVE': '1000',
        },
        '/elsewhere',
      ),
    ).toEqual({
      root: '/w/services/api',
      scans: ['a.sarif', 'b/*.json'],
      policy: 'p.yml',
      outDir: '/w/services/api/out',
      streamAboveBytes: 1000,
    });
    // Without GITHUB_WORKSPACE: the current folder; a threshold that is not a positive number: the default.
    expect(actionReportPlan({ 'INPUT_STREAM-ABOVE': '1k' }, '/here')).toEqual({ root: '/here', scans: [] });
    expect(DEFAULT_STREAM_ABOVE_BYTES).toBe(16 * 1024 * 1024);
  });
});
