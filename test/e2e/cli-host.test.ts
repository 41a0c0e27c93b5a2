/**
 * The command's entry (dist/cli.js, src/bin.ts): an evaluation that streams a large report runs the
 * CLI in a worker thread with a capped young generation; everything else runs in the main thread. The
 * thread must change nothing a user sees: stdout, stderr, exit code and files are those of the CLI
 * run in the main thread (dist/cli-main.js started directly).
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_OUTPUT_DIR,
  DEFAULT_POLICY,
  MAX_GUESS_GLOBS,
  MAX_GUESS_PATTERNS,
  MAX_GUESS_POLICY_BYTES,
  PRESET_NAMES,
  setsYoungGeneration,
  streamsLargeReport,
  THREAD_MAX_REPORT_BYTES,
} from '../../src/host.js';
import { DEFAULT_STREAM_ABOVE_BYTES } from '../../src/ingest/read.js';
import { DEFAULT_POLICY_PATH, PRESETS } from '../../src/policy/load.js';
import { load } from 'js-yaml';
import { filesUnder, generateSarif, HEAP_HOG, inThread, paddedSarif, threadProbe } from '../helpers.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(REPO, 'dist/cli.js');
const CLI_MAIN = join(REPO, 'dist/cli-main.js');
const NOW = '2026-11-25T12:00:00Z';
const scratch = mkdtempSync(join(tmpdir(), 'sg-host-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function shipgate(entry: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [entry, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', SHIPGATE_NOW: NOW, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs `args` through dist/cli.js, which must start the evaluation thread, and through dist/cli-main.js
 * in the main thread, each with its own --out folder: both reject, with the same stdout, stderr and files.
 */
function compareThreads(dir: string, args: string[]) {
  const log = join(dir, 'threads.log');
  const hosted = shipgate(CLI, [...args, '--out', join(dir, 'hosted')], dir, {
    NODE_OPTIONS: `--require ${threadProbe(scratch, log)}`,
  });
  expect(readFileSync(log, 'utf8')).toBe('main\nworker {"terminal":{"stdout":false,"stderr":false}}\n');
  const direct = shipgate(CLI_MAIN, [...args, '--out', join(dir, 'direct')], dir);
  expect(hosted.code).toBe(1);
  expect(direct.code).toBe(1);
  expect(hosted.stdout.replaceAll('hosted', 'direct')).toBe(direct.stdout);
  expect(hosted.stderr.replaceAll('hosted', 'direct')).toBe(direct.stderr);
  const made = filesUnder(join(dir, 'hosted'));
  expect([...made.keys()].sort()).toEqual([...filesUnder(join(dir, 'direct')).keys()].sort());
  expect(made.size).toBeGreaterThanOrEqual(6);
  for (const [path, content] of filesUnder(join(dir, 'direct'))) expect(made.get(path), path).toBe(content);
  return { hosted, direct };
}

describe('e2e/cli-host', () => {
  it('evaluates a streamed report in a worker thread, with the stdout, stderr, exit code and files of the main thread', () => {
    const dir = mkdtempSync(join(scratch, 'big-'));
    generateSarif(join(dir, 'big.sarif'), '18MB', '21');
    cpSync(join(REPO, 'fixtures/demo/release/security'), join(dir, 'security'), { recursive: true });
    const { hosted } = compareThreads(dir, ['evaluate', '--root', dir, '--scan', 'big.sarif']);
    expect(hosted.stdout).toMatch(/^REJECTED/);
  }, 120_000);

  it('evaluates in the worker thread when the policy names the large report, with the outputs of the main thread', () => {
    const dir = mkdtempSync(join(scratch, 'policy-'));
    mkdirSync(join(dir, 'reports'));
    generateSarif(join(dir, 'reports/big.sarif'), '18MB', '22');
    cpSync(join(REPO, 'fixtures/demo/release/security'), join(dir, 'security'), { recursive: true });
    mkdirSync(join(dir, '.shipgate'));
    writeFileSync(join(dir, '.shipgate/policy.yml'), 'version: 1\nextends: ./team.yml\n');
    writeFileSync(join(dir, '.shipgate/team.yml'), 'version: 1\ninputs:\n  - path: reports/*.sarif\n');
    const { hosted } = compareThreads(dir, ['evaluate', '--root', dir]);
    expect(hosted.stdout).toContain('reports/big.sarif');
  }, 120_000);

  it('evaluates in the main thread when no report is streamed, and runs every other command there', () => {
    const dir = mkdtempSync(join(scratch, 'small-'));
    cpSync(join(REPO, 'fixtures/demo/release'), dir, { recursive: true });
    const log = join(dir, 'threads.log');
    const env = { NODE_OPTIONS: `--require ${threadProbe(scratch, log)}` };
    const evaluated = shipgate(CLI, ['evaluate', '--root', dir, '--dry-run'], dir, env);
    expect(evaluated.code, evaluated.stderr).toBe(0);
    const formats = shipgate(CLI, ['formats'], dir, env);
    expect(formats.code).toBe(0);
    expect(formats.stdout).toContain('sarif');
    expect(readFileSync(log, 'utf8')).toBe('main\nmain\n');
  });

  it('writes --format json from the main thread, and ends when the reader of its stdout goes away', async () => {
    const dir = mkdtempSync(join(scratch, 'json-'));
    generateSarif(join(dir, 'big.sarif'), '18MB', '22');
    const log = join(dir, 'threads.log');
    const env = { NODE_OPTIONS: `--require ${threadProbe(scratch, log)}` };
    const json = shipgate(
      CLI,
      ['evaluate', '--root', dir, '--scan', 'big.sarif', '--dry-run', '--format', 'json'],
      dir,
      env,
    );
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).findings.length).toBeGreaterThan(10_000);
    expect(readFileSync(log, 'utf8')).toBe('main\n');
    // In the evaluation thread: a reader that closes its end after the first bytes.
    for (const format of ['text', 'markdown']) {
      const child = spawn(
        process.execPath,
        [CLI, 'evaluate', '--root', dir, '--scan', 'big.sarif', '--dry-run', '--format', format],
        {
          cwd: dir,
          env: { PATH: process.env.PATH ?? '', SHIPGATE_NOW: NOW },
        },
      );
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise<number | null>((done) => child.on('close', done));
      expect(code, format).toBe(1);
    }
  }, 120_000);

  it("an error outside the CLI's own handling is an internal error (exit 70) in either thread, never a silent success", () => {
    const dir = mkdtempSync(join(scratch, 'fault-'));
    writeFileSync(
      join(dir, 'big.sarif'),
      `${JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [] }] })}${' '.repeat(2048)}`,
    );
    const fault = join(dir, 'fault.cjs');
    // Throws in whichever thread runs the CLI: the evaluation thread when there is one, else the main one.
    writeFileSync(
      fault,
      [
        "const t = require('node:worker_threads');",
        // A preload's own listeners (an APM agent's, say) must not turn the fault into a result.
        "process.on('uncaughtException', () => {}); process.on('unhandledRejection', () => {});",
        "const thread = process.argv.includes('--stream-above');",
        'const cli = t.isMainThread ? !thread : Boolean(t.workerData && t.workerData.terminal);',
        // Armed by the CLI's first JSON.parse, so that it strikes during the evaluation.
        'const parse = JSON.parse;',
        'let armed = cli;',
        'JSON.parse = function (...args) {',
        "  if (armed) { armed = false; setImmediate(() => { throw new Error('injected fault'); }); }",
        '  return parse.apply(this, args);',
        '};',
      ].join('\n'),
    );
    const args = ['evaluate', '--root', dir, '--scan', 'big.sarif', '--dry-run'];
    for (const line of [args, [...args, '--stream-above', '1024']]) {
      const run = shipgate(CLI, line, dir, { NODE_OPTIONS: `--require ${fault}` });
      expect(run.code, line.join(' ')).toBe(70);
      expect(run.stderr).toMatch(
        /(^|\n)shipgate: internal error \(a bug; please report it\):\nError: injected fault\n/,
      );
      expect(run.stdout).not.toMatch(/APPROVED/);
    }
  });

  it('sends progress and the report from the thread in the order and at the time they are written', () => {
    const dir = mkdtempSync(join(scratch, 'order-'));
    generateSarif(join(dir, 'big.sarif'), '18MB', '23');
    const log = join(dir, 'threads.log');
    // stdout and stderr into one pipe, as `2>&1` in a CI log.
    const merged = spawnSync(
      'sh',
      [
        '-c',
        `'${process.execPath}' '${CLI}' evaluate --root . --scan big.sarif --dry-run --progress --format markdown 2>&1`,
      ],
      {
        cwd: dir,
        env: {
          PATH: process.env.PATH ?? '',
          SHIPGATE_NOW: NOW,
          NODE_OPTIONS: `--require ${threadProbe(scratch, log)}`,
        },
        encoding: 'utf8',
      },
    );
    expect(merged.status).toBe(1);
    expect(readFileSync(log, 'utf8')).toMatch(/^main\nworker /);
    const lines = merged.stdout.split('\n');
    const progress = lines.flatMap((line, i) => (/^big\.sarif: \d+ of \d+ MiB, \d+ results$/.test(line) ? [i] : []));
    const report = lines.findIndex((line) => line.startsWith('## '));
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(report).toBeGreaterThan(progress.at(-1) as number);
    expect(lines[progress.at(-1) as number]).toMatch(/^big\.sarif: (\d+) of \1 MiB/);
  }, 120_000);

  it('gives the exit codes of an approval (0) and a configuration error (2) from the thread', () => {
    const dir = mkdtempSync(join(scratch, 'codes-'));
    const copies: [string, string][] = [
      ['sarif/semgrep-1.66.2-empty.sarif', 'reports/semgrep.sarif'],
      ['npm-audit-json/npm-audit-v2-no-vulns.json', 'reports/npm-audit.json'],
      ['sarif/gitleaks-8.0.0-no-results.sarif', 'reports/gitleaks.sarif'],
      ['demo/evidence-examples/manual-assessment.md', 'security/manual-assessment.md'],
    ];
    for (const [from, to] of copies) cpSync(join(REPO, 'fixtures', from), join(dir, to), { recursive: true });
    const log = join(dir, 'threads.log');
    const env = { NODE_OPTIONS: `--require ${threadProbe(scratch, log)}` };
    const args = ['evaluate', '--root', dir, '--scan', 'reports/*', '--stream-above', '1000', '--dry-run'];
    const approved = shipgate(CLI, args, dir, env);
    expect(approved.code, approved.stderr).toBe(0);
    expect(approved.stdout).toMatch(/^APPROVED/);
    const config = shipgate(CLI, [...args, '--policy', 'missing.yml'], dir, env);
    expect(config.code).toBe(2);
    expect(config.stderr).toMatch(/^shipgate: config error: .*missing\.yml/);
    expect(readFileSync(log, 'utf8').match(/worker/g)).toHaveLength(2);
  });

  it('budgets the heap guard with the same old generation in the thread as in the main thread', () => {
    const dir = mkdtempSync(join(scratch, 'budget-'));
    writeFileSync(
      join(dir, 'big.sarif'),
      `${JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [] }] })}${' '.repeat(2048)}`,
    );
    const log = join(dir, 'threads.log');
    const budget = (line: string[], env: Record<string, string> = {}) => {
      const run = shipgate(CLI, line, dir, {
        SHIPGATE_DEBUG: '1',
        NODE_OPTIONS: `--require ${threadProbe(scratch, log)}`,
        ...env,
      });
      return /^debug: heap: (\d+) MiB for old objects \(([^)]+)\)/m.exec(run.stderr)?.slice(1, 3);
    };
    const args = ['evaluate', '--root', dir, '--scan', 'big.sarif', '--dry-run'];
    const main = budget(args);
    const thread = budget([...args, '--stream-above', '1024']);
    expect(readFileSync(log, 'utf8')).toMatch(/^main\nmain\nworker /);
    expect(main?.[1]).toBe("V8's limit less its young generation");
    expect(thread?.[0]).toBe(main?.[0]);
    expect(budget([...args, '--stream-above', '1024'], { NODE_OPTIONS: '--max-old-space-size=200' })).toEqual([
      '200',
      'as given',
    ]);
  });

  it('a thread that runs out of heap is an input error (exit 3) that says how much heap to give', () => {
    const dir = mkdtempSync(join(scratch, 'oom-'));
    paddedSarif(join(dir, 'big.sarif'));
    const hog = inThread(dir, 'hog.cjs', HEAP_HOG);
    writeFileSync(
      hog,
      "const t = require('node:worker_threads'); if (!t.isMainThread && t.workerData && t.workerData.terminal) { const kept = []; for (;;) kept.push(new Array(1e5).fill(kept.length)); }\n",
    );
    const run = shipgate(
      CLI,
      ['evaluate', '--root', dir, '--scan', 'big.sarif', '--stream-above', '1024', '--dry-run'],
      dir,
      {
        NODE_OPTIONS: `--max-old-space-size=64 --require ${hog}`,
      },
    );
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(
      /^shipgate: input error: the evaluation ran out of the 64 MiB heap Node allows \(.*\)\. Give Node a larger heap, e\.g\. NODE_OPTIONS=--max-old-space-size=128 \(in MiB\)/,
    );
  });

  it('a reader of stderr that goes away (`2>&1 | head -1`) ends no run as an internal error, in either thread', async () => {
    const dir = mkdtempSync(join(scratch, 'stderr-'));
    generateSarif(join(dir, 'big.sarif'), '18MB', '24');
    const log = join(dir, 'threads.log');
    // The evaluation thread, then the main thread (a young generation given keeps it there).
    for (const [n, options] of ['', '--max-semi-space-size=16'].entries()) {
      const out = join(dir, `out-${n}.txt`);
      const child = spawn(
        process.execPath,
        [CLI, 'evaluate', '--root', dir, '--scan', 'big.sarif', '--dry-run', '--progress'],
        {
          cwd: dir,
          env: {
            PATH: process.env.PATH ?? '',
            SHIPGATE_NOW: NOW,
            NODE_OPTIONS: `${options} --require ${threadProbe(scratch, log)}`,
          },
          stdio: ['ignore', openSync(out, 'w'), 'pipe'],
        },
      );
      let seen = '';
      child.stderr?.once('data', (chunk) => {
        seen = String(chunk);
        child.stderr?.destroy();
      });
      const code = await new Promise<number | null>((done) => child.on('close', done));
      expect(seen, options).toMatch(/^big\.sarif: \d+ of \d+ MiB/);
      expect(code, options).toBe(1);
      expect(readFileSync(out, 'utf8')).toMatch(/^REJECTED/);
    }
    expect(readFileSync(log, 'utf8')).toMatch(/^main\nworker .*\nmain\n$/);
  }, 120_000);

  it('runs through a symbolic link to it, and says so when dist/cli-main.js is missing beside it', () => {
    const dir = mkdtempSync(join(scratch, 'link-'));
    symlinkSync(CLI, join(dir, 'shipgate'));
    for (const flags of [[], ['--preserve-symlinks-main']]) {
      const run = spawnSync(process.execPath, [...flags, join(dir, 'shipgate'), '--version'], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    }
    cpSync(CLI, join(dir, 'cli.js'));
    const alone = spawnSync(process.execPath, [join(dir, 'cli.js'), '--version'], { encoding: 'utf8' });
    expect(alone.status).toBe(70);
    expect(alone.stderr).toBe(
      `shipgate: internal error: ${join(dir, 'cli-main.js')} is missing beside the command; reinstall shipgate.\n`,
    );
  });

  it('stays in the main thread when Node is told the young generation (--max-semi-space-size)', () => {
    const dir = mkdtempSync(join(scratch, 'semi-'));
    paddedSarif(join(dir, 'big.sarif'));
    const log = join(dir, 'threads.log');
    const args = ['evaluate', '--root', dir, '--scan', 'big.sarif', '--stream-above', '1024', '--dry-run'];
    shipgate(CLI, args, dir, { NODE_OPTIONS: `--max-semi-space-size=4 --require ${threadProbe(scratch, log)}` });
    expect(readFileSync(log, 'utf8')).toBe('main\n');
    expect(setsYoungGeneration(['--max-semi-space-size', '4'])).toBe(true);
    expect(setsYoungGeneration([], '--max_semi_space_size=2')).toBe(true);
    expect(setsYoungGeneration(['--max-old-space-size=64'], '--stack-size=900')).toBe(false);
  });
});

describe('streamsLargeReport', () => {
  const dir = mkdtempSync(join(scratch, 'sizes-'));
  writeFileSync(join(dir, 'at.json'), 'x'.repeat(1000));
  writeFileSync(join(dir, 'over.json'), 'x'.repeat(1001));
  const cwd = '/nowhere';

  it('answers yes for a --scan file larger than --stream-above, no at exactly that size', () => {
    expect(
      streamsLargeReport(['evaluate', '--root', dir, '--scan', 'over.json', '--stream-above', '1000'], undefined, cwd),
    ).toBe(true);
    expect(
      streamsLargeReport(['evaluate', '--root', dir, '--scan', 'at.json', '--stream-above', '1000'], undefined, cwd),
    ).toBe(false);
    expect(
      streamsLargeReport(
        ['evaluate', `--root=${dir}`, '--scan=at.json', '--scan=over.json', '--stream-above=1000'],
        undefined,
        cwd,
      ),
    ).toBe(true);
  });

  it('uses the default threshold without --stream-above, and finds reports from GITHUB_WORKSPACE or the current folder', () => {
    expect(DEFAULT_STREAM_ABOVE_BYTES).toBe(16 * 1024 * 1024);
    expect(streamsLargeReport(['evaluate', '--root', dir, '--scan', 'over.json'], undefined, cwd)).toBe(false);
    expect(streamsLargeReport(['evaluate', '--scan', 'over.json', '--stream-above', '1000'], dir, cwd)).toBe(true);
    expect(streamsLargeReport(['evaluate', '--scan', 'over.json', '--stream-above', '1000'], undefined, dir)).toBe(
      true,
    );
    expect(streamsLargeReport(['evaluate', '--scan', 'over.json', '--stream-above', '1000'], undefined, cwd)).toBe(
      false,
    );
  });

  it('expands a glob as the evaluation will', () => {
    expect(
      streamsLargeReport(['evaluate', '--root', dir, '--scan', '*.json', '--stream-above', '1000'], undefined, cwd),
    ).toBe(true);
    expect(
      streamsLargeReport(['evaluate', '--root', dir, '--scan', 'a*.json', '--stream-above', '1000'], undefined, cwd),
    ).toBe(false);
    expect(
      streamsLargeReport(
        ['evaluate', '--root', dir, '--scan', 'none/*.json', '--stream-above', '1000'],
        undefined,
        cwd,
      ),
    ).toBe(false);
  });

  it('answers no when the named reports total more than THREAD_MAX_REPORT_BYTES, yes at exactly that', () => {
    const sparse = mkdtempSync(join(scratch, 'sparse-'));
    writeFileSync(join(sparse, 'a.sarif'), '');
    truncateSync(join(sparse, 'a.sarif'), THREAD_MAX_REPORT_BYTES - 1000);
    writeFileSync(join(sparse, 'b.sarif'), 'x'.repeat(1000));
    writeFileSync(join(sparse, 'c.sarif'), 'x');
    const args = ['evaluate', '--root', sparse, '--scan', 'a.sarif', '--scan', 'b.sarif'];
    expect(streamsLargeReport(args, undefined, cwd)).toBe(true);
    // The same file twice counts once.
    expect(streamsLargeReport([...args, '--scan', 'a.sarif'], undefined, cwd)).toBe(true);
    expect(streamsLargeReport([...args, '--scan', 'c.sarif'], undefined, cwd)).toBe(false);
    expect(streamsLargeReport(['evaluate', '--root', sparse, '--scan', '*.sarif'], undefined, cwd)).toBe(false);
  });

  it("counts the reports the policy's inputs name: the --policy file, else .shipgate/policy.yml, along its extends chain", () => {
    const root = mkdtempSync(join(scratch, 'policy-sizes-'));
    writeFileSync(join(root, 'at.json'), 'x'.repeat(1000));
    writeFileSync(join(root, 'over.json'), 'x'.repeat(1001));
    mkdirSync(join(root, 'policies'));
    writeFileSync(join(root, 'policies/over.yml'), 'version: 1\ninputs: [at.json, { path: over.json }]\n');
    writeFileSync(join(root, 'policies/at.yml'), 'version: 1\ninputs:\n  - path: at.json\n');
    writeFileSync(join(root, 'policies/child.yml'), 'version: 1\nextends: ./over.yml\n');
    // The nearest file that sets inputs sets them: over.json is not read through this one.
    writeFileSync(join(root, 'policies/replaces.yml'), 'version: 1\nextends: ./over.yml\ninputs: [at.json]\n');
    const answer = (...args: string[]) =>
      streamsLargeReport(['evaluate', '--root', root, '--stream-above', '1000', ...args], undefined, cwd);
    expect(answer('--policy', 'policies/over.yml')).toBe(true);
    expect(answer('--policy', 'policies/at.yml')).toBe(false);
    expect(answer('--policy', 'policies/child.yml')).toBe(true);
    expect(answer('--policy', 'policies/replaces.yml')).toBe(false);
    expect(answer('--policy', 'policies/at.yml', '--scan', 'over.json')).toBe(true);
    expect(answer('--policy', 'release')).toBe(false);
    // Without --policy: .shipgate/policy.yml when it exists.
    expect(answer()).toBe(false);
    mkdirSync(join(root, '.shipgate'));
    writeFileSync(join(root, '.shipgate/policy.yml'), 'version: 1\nextends: ../policies/over.yml\n');
    expect(answer()).toBe(true);
    // A policy that does not parse, or is not a mapping, names nothing here (the evaluation says why).
    writeFileSync(join(root, 'policies/broken.yml'), 'inputs: [over.json\n');
    writeFileSync(join(root, 'policies/list.yml'), '- over.json\n');
    expect(answer('--policy', 'policies/broken.yml')).toBe(false);
    expect(answer('--policy', 'policies/list.yml')).toBe(false);
    expect(answer('--policy', 'policies/missing.yml')).toBe(false);
    // Read as the evaluation reads it: a policy with aliases (which it refuses) names nothing.
    writeFileSync(join(root, 'policies/alias.yml'), 'version: 1\ninputs: &reports [over.json]\nmore: *reports\n');
    writeFileSync(join(root, 'policies/plain.yml'), 'version: 1\ninputs: &reports [over.json]\n');
    expect(answer('--policy', 'policies/alias.yml')).toBe(false);
    expect(answer('--policy', 'policies/plain.yml')).toBe(true);
  });

  it('reads the policy as the evaluation does: no symbolic links, nothing outside the root, no device or oversized file', () => {
    const root = mkdtempSync(join(scratch, 'policy-safe-'));
    writeFileSync(join(root, 'over.json'), 'x'.repeat(1001));
    writeFileSync(join(root, 'good.yml'), 'version: 1\ninputs: [over.json]\n');
    const answer = (...args: string[]) =>
      streamsLargeReport(['evaluate', '--root', root, '--stream-above', '1000', ...args], undefined, cwd);
    expect(answer('--policy', 'good.yml')).toBe(true);
    symlinkSync(join(root, 'good.yml'), join(root, 'linked.yml'));
    expect(answer('--policy', 'linked.yml')).toBe(false);
    // Each would hang or exhaust memory if read: the walk ends before reading them, at once.
    writeFileSync(join(root, 'zero.yml'), 'version: 1\nextends: /dev/zero\n');
    writeFileSync(join(root, 'up.yml'), 'version: 1\nextends: ../../../../../../../../../dev/zero\n');
    symlinkSync('/dev/zero', join(root, 'device.yml'));
    const started = Date.now();
    expect(answer('--policy', 'zero.yml')).toBe(false);
    expect(answer('--policy', 'up.yml')).toBe(false);
    expect(answer('--policy', 'device.yml')).toBe(false);
    expect(Date.now() - started).toBeLessThan(5000);
    // Larger than the evaluation reads (16 MiB): not read at all.
    writeFileSync(join(root, 'huge.yml'), 'version: 1\ninputs: [over.json]\n');
    truncateSync(join(root, 'huge.yml'), 17 * 1024 * 1024);
    expect(answer('--policy', 'huge.yml')).toBe(false);
  });

  it('reads each policy of a looping extends chain once, and no policy over MAX_GUESS_POLICY_BYTES', () => {
    const root = mkdtempSync(join(scratch, 'policy-loop-'));
    writeFileSync(join(root, 'over.json'), 'x'.repeat(1001));
    writeFileSync(join(root, 'self.yml'), 'version: 1\nextends: ./self.yml\ninputs: [over.json]\n');
    writeFileSync(join(root, 'a.yml'), 'version: 1\nextends: ./b.yml\n');
    writeFileSync(join(root, 'b.yml'), 'version: 1\nextends: ./a.yml\n');
    const padding = `# ${'x'.repeat(78)}\n`.repeat(Math.ceil(MAX_GUESS_POLICY_BYTES / 81));
    writeFileSync(join(root, 'padded.yml'), `version: 1\ninputs: [over.json]\n${padding}`);
    writeFileSync(join(root, 'small.yml'), `version: 1\ninputs: [over.json]\n${padding.slice(0, 100_000)}`);
    const answer = (...args: string[]) =>
      streamsLargeReport(['evaluate', '--root', root, '--stream-above', '1000', ...args], undefined, cwd);
    expect(answer('--policy', 'self.yml')).toBe(true);
    expect(answer('--policy', 'a.yml')).toBe(false);
    expect(answer('--policy', 'a.yml', '--scan', 'over.json')).toBe(true);
    expect(answer('--policy', 'padded.yml')).toBe(false);
    expect(answer('--policy', 'small.yml')).toBe(true);
  });

  it('answers no past MAX_GUESS_GLOBS globs or MAX_GUESS_PATTERNS entries, whatever they name', () => {
    const root = mkdtempSync(join(scratch, 'policy-many-'));
    writeFileSync(join(root, 'over.json'), 'x'.repeat(1001));
    const globs = (n: number) => ['"o*.json"', ...Array.from({ length: n - 1 }, (_, k) => `"z${k}*.json"`)];
    writeFileSync(join(root, 'few.yml'), `version: 1\ninputs: [${globs(MAX_GUESS_GLOBS).join(', ')}]\n`);
    writeFileSync(
      join(root, 'many.yml'),
      `version: 1\ninputs: [${[...globs(MAX_GUESS_GLOBS), '"x*.json"'].join(', ')}]\n`,
    );
    const literals = (n: number) => Array.from({ length: n }, (_, i) => `r${i}.json`);
    writeFileSync(
      join(root, 'list.yml'),
      `version: 1\ninputs: [over.json, ${literals(MAX_GUESS_PATTERNS - 1).join(', ')}]\n`,
    );
    writeFileSync(
      join(root, 'long.yml'),
      `version: 1\ninputs: [over.json, ${literals(MAX_GUESS_PATTERNS).join(', ')}]\n`,
    );
    const answer = (...args: string[]) =>
      streamsLargeReport(['evaluate', '--root', root, '--stream-above', '1000', ...args], undefined, cwd);
    expect(answer('--policy', 'few.yml')).toBe(true);
    expect(answer('--policy', 'many.yml')).toBe(false);
    expect(answer('--policy', 'list.yml')).toBe(true);
    expect(answer('--policy', 'long.yml')).toBe(false);
    // Entries named twice count once.
    writeFileSync(
      join(root, 'twice.yml'),
      `version: 1\ninputs: [${Array(MAX_GUESS_PATTERNS + 1)
        .fill('over.json')
        .join(', ')}]\n`,
    );
    expect(answer('--policy', 'twice.yml')).toBe(true);
  });

  it("skips the output folder in a policy's globs, as the evaluation does: --out, else the policy's outputs.dir", () => {
    const root = mkdtempSync(join(scratch, 'policy-out-'));
    mkdirSync(join(root, 'reports/out'), { recursive: true });
    writeFileSync(join(root, 'reports/a.sarif'), 'x'.repeat(1000));
    writeFileSync(join(root, 'reports/out/shipgate.sarif'), 'x'.repeat(1001));
    writeFileSync(join(root, 'p.yml'), 'version: 1\ninputs: ["reports/**/*.sarif"]\noutputs: { dir: reports/out }\n');
    writeFileSync(join(root, 'q.yml'), 'version: 1\ninputs: ["reports/**/*.sarif"]\n');
    const answer = (...args: string[]) =>
      streamsLargeReport(['evaluate', '--root', root, '--stream-above', '1000', ...args], undefined, root);
    expect(answer('--policy', 'p.yml')).toBe(false);
    expect(answer('--policy', 'q.yml')).toBe(true);
    expect(answer('--policy', 'q.yml', '--out', 'reports/out')).toBe(false);
  });

  it("knows the policy loader's presets, default policy path and the release preset's output folder", () => {
    expect([...PRESET_NAMES].sort()).toEqual(Object.keys(PRESETS).sort());
    expect(DEFAULT_POLICY).toBe(DEFAULT_POLICY_PATH);
    expect((load(PRESETS.release as string) as { outputs: { dir: string } }).outputs.dir).toBe(DEFAULT_OUTPUT_DIR);
    // The presets name no inputs, so the walk stops at them.
    for (const text of Object.values(PRESETS)) expect((load(text) as { inputs?: unknown }).inputs).toBeUndefined();
  });

  it('answers no for folders, missing files, a bad threshold (then the default) and lines that do not parse', () => {
    expect(
      streamsLargeReport(['evaluate', '--root', dir, '--scan', '.', '--stream-above', '1000'], undefined, cwd),
    ).toBe(false);
    expect(
      streamsLargeReport(['evaluate', '--root', dir, '--scan', 'gone.json', '--stream-above', '1000'], undefined, cwd),
    ).toBe(false);
    expect(
      streamsLargeReport(['evaluate', '--root', dir, '--scan', 'over.json', '--stream-above', '1k'], undefined, cwd),
    ).toBe(false);
    expect(streamsLargeReport(['evaluate', '--root', dir, '--scan'], undefined, cwd)).toBe(false);
  });
});
