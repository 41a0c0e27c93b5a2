// The library's run() refuses what the command line and the Action refuse before they call it: a
// library caller passes options straight in, and a mode read as neither enforce nor advisory let a
// rejection exit 0, a NaN cap switched the cap off, and a missing root was an input error, not exit 2.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, InputError } from '../src/errors.js';
import { silentLogger } from '../src/logger.js';
import { run, type RunOptions } from '../src/run.js';
import { rejectionOf } from './helpers.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));

/** A root with the real one-result CodeQL log: one high finding without a plan, rejected. */
function rejectedRelease(): string {
  const root = mkdtempSync(join(tmpdir(), 'sg-library-options-'));
  cpSync(join(REPO, 'fixtures/sarif/codeql-2.19.0-typescript-one-result.sarif'), join(root, 'codeql.sarif'));
  return root;
}

function options(root: string, change: Partial<RunOptions> = {}): RunOptions {
  return {
    root,
    scans: ['codeql.sarif'],
    dryRun: true,
    clock: () => new Date('2026-11-25T12:00:00Z'),
    clockPinned: true,
    logger: silentLogger,
    ...change,
  };
}

describe('run() options a library caller passes', () => {
  it('a mode other than enforce or advisory is a ConfigError; enforce rejects with exit 1, advisory exits 0', async () => {
    const root = rejectedRelease();
    for (const mode of ['Enforce', 'ENFORCE', 'bogus', ''])
      expect(await rejectionOf(() => run(options(root, { mode: mode as RunOptions['mode'] })))).toBeInstanceOf(
        ConfigError,
      );
    const enforced = await run(options(root));
    expect(enforced.evaluation.decision).toBe('rejected');
    expect(enforced.exitCode).toBe(1);
    expect((await run(options(root, { mode: 'enforce' }))).exitCode).toBe(1);
    expect((await run(options(root, { mode: 'advisory' }))).exitCode).toBe(0);
  });

  it('a root that does not exist or is a file is a ConfigError (exit 2), as for the command line', async () => {
    const root = rejectedRelease();
    const missing = await rejectionOf(() => run(options(join(root, 'nope'))));
    expect(missing).toBeInstanceOf(ConfigError);
    expect(missing.message).toBe(
      `the root ${join(root, 'nope')}: the folder does not exist (expected the workspace folder).`,
    );
    const file = await rejectionOf(() => run(options(join(root, 'codeql.sarif'))));
    expect(file).toBeInstanceOf(ConfigError);
    expect(file.message).toContain('not a folder');
  });

  it('caps that are not positive whole numbers are refused; a valid cap still stops the run', async () => {
    const root = rejectedRelease();
    for (const change of [
      { maxFindings: Number.NaN },
      { maxInputBytes: Number.NaN },
      { streamAboveBytes: -1 },
      { maxResultBytes: 0 },
      { maxFindings: 1.5 },
    ])
      expect(await rejectionOf(() => run(options(root, change)))).toBeInstanceOf(ConfigError);
    // At the cap the one finding reads; a cap below it is an input error, as on the command line.
    expect((await run(options(root, { maxFindings: 1 }))).evaluation.findings).toHaveLength(1);
    writeFileSync(join(root, 'twice.sarif'), readFileSync(join(root, 'codeql.sarif')));
    const capped = await rejectionOf(() =>
      run(options(root, { scans: ['codeql.sarif', 'twice.sarif'], maxFindings: 1 })),
    );
    expect(capped).toBeInstanceOf(InputError);
  });

  it('options of the wrong type are ConfigErrors naming the option, never a TypeError', async () => {
    const root = rejectedRelease();
    const wrong: [string, Partial<Record<keyof RunOptions, unknown>>][] = [
      ['commit', { commit: 1234567 }],
      ['policy', { policy: 5 }],
      ['outDir', { outDir: ['out'] }],
      ['repository', { repository: { owner: 'a' } }],
      ['dryRun', { dryRun: 'yes' }],
      ['pendingEvidence', { pendingEvidence: 'x' }],
      ['pendingEvidence', { pendingEvidence: [{ file: 'a.yml' }] }],
      ['maxOldSpaceMiB', { maxOldSpaceMiB: Number.NaN }],
      ['maxOldSpaceMiB', { maxOldSpaceMiB: 0 }],
      ['maxOldSpaceMiB', { maxOldSpaceMiB: '4096' }],
      ['onlyInputs', { onlyInputs: 'codeql.sarif' }],
    ];
    for (const [name, change] of wrong) {
      const error = await rejectionOf(() => run(options(root, change as Partial<RunOptions>)));
      expect(error, name).toBeInstanceOf(ConfigError);
      expect(error.message, name).toMatch(new RegExp(`^${name} `));
    }
    // The right types still run.
    expect((await run(options(root, { maxOldSpaceMiB: 4096, pendingEvidence: [] }))).exitCode).toBe(1);
  });

  it('onlyInputs must name paths the inputs match, as they list them: another spelling is refused, not skipped', async () => {
    const root = rejectedRelease();
    cpSync(join(REPO, 'fixtures/sarif/semgrep-1.66.2-empty.sarif'), join(root, 'semgrep.sarif'));
    const both = { scans: ['codeql.sarif', 'semgrep.sarif'] };
    const read = await run(options(root, { ...both, onlyInputs: ['codeql.sarif', 'semgrep.sarif'] }));
    expect(read.evaluation.inputs.map((i) => i.path)).toEqual(['codeql.sarif', 'semgrep.sarif']);
    expect(read.exitCode).toBe(1);
    // Only one of them, as verify asks: the other is not read.
    const one = await run(options(root, { ...both, onlyInputs: ['semgrep.sarif'] }));
    expect(one.evaluation.inputs.map((i) => i.path)).toEqual(['semgrep.sarif']);
    // './codeql.sarif' named the rejected report, which was dropped without a word (approved with conditions).
    const spelled = await rejectionOf(() =>
      run(options(root, { ...both, onlyInputs: ['./codeql.sarif', 'semgrep.sarif'] })),
    );
    expect(spelled).toBeInstanceOf(ConfigError);
    expect(spelled.message).toContain(
      'onlyInputs names "./codeql.sarif", which none of the policy\'s inputs and scans match',
    );
  });

  it('a clock that gives no time and scans that are not a list are ConfigErrors', async () => {
    const root = rejectedRelease();
    const clock = await rejectionOf(() => run(options(root, { clock: () => new Date('x') })));
    expect(clock).toBeInstanceOf(ConfigError);
    expect(clock.message).toContain('the clock gave an invalid date');
    const scans = await rejectionOf(() => run(options(root, { scans: 'codeql.sarif' as unknown as string[] })));
    expect(scans).toBeInstanceOf(ConfigError);
  });
});

describe('the Action on a push, with a root that does not exist', () => {
  it('is a configuration error, exit 2, as on a pull request', () => {
    const workspace = rejectedRelease();
    const files = mkdtempSync(join(tmpdir(), 'sg-library-options-runner-'));
    writeFileSync(join(files, 'output'), '');
    writeFileSync(join(files, 'summary'), '');
    const result = spawnSync(process.execPath, [join(REPO, 'dist/action.js')], {
      cwd: workspace,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        HOME: files,
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: workspace,
        GITHUB_REPOSITORY: 'acme/payments',
        GITHUB_OUTPUT: join(files, 'output'),
        GITHUB_STEP_SUMMARY: join(files, 'summary'),
        GITHUB_EVENT_NAME: 'push',
        SHIPGATE_NOW: '2026-11-25T12:00:00Z',
        INPUT_ROOT: 'nope',
        INPUT_SCANS: 'codeql.sarif',
        'INPUT_TRUSTED-REF': 'auto',
        'INPUT_FAIL-ON-ERROR': 'true',
      },
    });
    expect(result.status).toBe(2);
    expect(result.stdout).toContain('the folder does not exist');
    expect(readFileSync(join(files, 'output'), 'utf8')).toMatch(/^exit-code<<.*\n2\n/m);
  });
});
