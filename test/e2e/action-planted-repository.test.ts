// A pull request cannot add a git repository to the root's folder: files named HEAD, config, objects/
// and refs/ make a folder a bare repository to git, whose config can give it the checkout as work tree,
// borrow the real objects, replace the base commit's assessment with a forged one, or run a command (a
// partial clone's uploadpack). The Action, run as the runner starts it, refuses such a root (exit 4)
// before git reads anything there; and git runs without the step's inputs and tokens.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { git } from '../helpers.js';
import { createGitReader, gitEnvironment, useGitEnvironment } from '../../src/evidence/trusted-ref.js';
import { TrustError } from '../../src/errors.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const ACTION = join(REPO, 'dist/action.js');
const API = 'services/api';

/** A monorepo with the demo release under services/api, its assessment not all verified: rejected. */
function monorepo(): { dir: string; base: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sg-planted-'));
  mkdirSync(join(dir, API), { recursive: true });
  cpSync(join(REPO, 'fixtures/demo/release'), join(dir, API), { recursive: true });
  cpSync(join(dir, API, 'security/manual-assessment-unverified.md'), join(dir, API, 'security/manual-assessment.md'));
  writeFileSync(join(dir, '.gitignore'), '.artifacts/\n');
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  return { dir, base: git(dir, 'rev-parse', 'HEAD') };
}

/** Commits what `plant` adds as the pull request; its head. */
function pullRequest(dir: string, plant: (folder: string) => void): string {
  plant(join(dir, API));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'pull request');
  return git(dir, 'rev-parse', 'HEAD');
}

/** The Action as the runner starts it on a pull_request_target event, with the root input services/api. */
function action(dir: string, base: string, head: string) {
  const files = mkdtempSync(join(tmpdir(), 'sg-planted-runner-'));
  const event = join(files, 'event.json');
  writeFileSync(
    event,
    JSON.stringify({
      action: 'synchronize',
      number: 7,
      pull_request: { number: 7, base: { ref: 'main', sha: base }, head: { ref: 'feature', sha: head } },
      repository: { full_name: 'acme/payments' },
    }),
  );
  writeFileSync(join(files, 'output'), '');
  writeFileSync(join(files, 'summary'), '');
  const result = spawnSync(process.execPath, [ACTION], {
    cwd: dir,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      HOME: files,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: dir,
      GITHUB_REPOSITORY: 'acme/payments',
      GITHUB_OUTPUT: join(files, 'output'),
      GITHUB_STEP_SUMMARY: join(files, 'summary'),
      GITHUB_EVENT_NAME: 'pull_request_target',
      GITHUB_EVENT_PATH: event,
      GITHUB_SHA: head,
      GITHUB_API_URL: 'http://127.0.0.1:9',
      SHIPGATE_NOW: '2026-11-25T12:00:00Z',
      INPUT_ROOT: API,
      INPUT_TOKEN: 'ghs_not_for_git',
      'INPUT_TRUSTED-REF': 'auto',
      'INPUT_FAIL-ON-ERROR': 'true',
    },
  });
  return { code: result.status, stdout: result.stdout, output: readFileSync(join(files, 'output'), 'utf8') };
}

describe('e2e/action: a repository planted in the root folder', () => {
  it('one that borrows the real objects and replaces the base assessment is refused: exit 4, not approved', () => {
    const { dir, base } = monorepo();
    const forged = git(dir, 'hash-object', '-w', join(REPO, 'fixtures/demo/release/security/manual-assessment.md'));
    const original = git(dir, 'rev-parse', `HEAD:${API}/security/manual-assessment.md`);
    const object = readFileSync(join(dir, '.git/objects', forged.slice(0, 2), forged.slice(2)));
    const head = pullRequest(dir, (folder) => {
      mkdirSync(join(folder, 'objects/info'), { recursive: true });
      mkdirSync(join(folder, 'objects', forged.slice(0, 2)), { recursive: true });
      mkdirSync(join(folder, 'refs/replace'), { recursive: true });
      writeFileSync(join(folder, 'objects', forged.slice(0, 2), forged.slice(2)), object);
      writeFileSync(join(folder, 'objects/info/alternates'), '../../../.git/objects\n');
      writeFileSync(join(folder, 'refs/replace', original), `${forged}\n`);
      writeFileSync(join(folder, 'HEAD'), 'ref: refs/heads/main\n');
      writeFileSync(
        join(folder, 'config'),
        '[core]\n\trepositoryformatversion = 0\n\tbare = false\n\tworktree = ../..\n',
      );
    });
    const run = action(dir, base, head);
    expect(run.code).toBe(4);
    expect(run.stdout).toContain('holds the files of a git repository');
    expect(run.output).toMatch(/^decision<<.*\nerror\n/m);
    expect(run.stdout).not.toContain('approved');
  });

  it('one whose config would run a command to fetch a missing commit runs nothing', () => {
    const { dir, base } = monorepo();
    const proof = join(dir, 'ran');
    const head = pullRequest(dir, (folder) => {
      mkdirSync(join(folder, 'objects/info'), { recursive: true });
      mkdirSync(join(folder, 'refs/heads'), { recursive: true });
      writeFileSync(join(folder, 'objects/info/.keep'), '');
      writeFileSync(join(folder, 'refs/heads/.keep'), '');
      writeFileSync(join(folder, 'HEAD'), 'ref: refs/heads/main\n');
      writeFileSync(
        join(folder, 'config'),
        `[core]\n\trepositoryformatversion = 1\n\tbare = true\n[extensions]\n\tpartialClone = origin\n[remote "origin"]\n\turl = /nonexistent\n\tpromisor = true\n\tuploadpack = "sh -c 'env > ${proof}'"\n`,
      );
    });
    const run = action(dir, base, head);
    expect(run.code).toBe(4);
    expect(existsSync(proof)).toBe(false);
  });

  it('the checkout itself, without planted files, is read at the base commit as before (rejected, exit 1)', () => {
    const { dir, base } = monorepo();
    const head = pullRequest(dir, (folder) => writeFileSync(join(folder, 'NOTES.md'), 'no repository here\n'));
    const run = action(dir, base, head);
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/^decision<<.*\nrejected\n/m);
  });

  it('git that reads another repository than the work tree holds (GIT_DIR) is a TrustError, on any git version', () => {
    const { dir } = monorepo();
    const other = mkdtempSync(join(tmpdir(), 'sg-planted-other-'));
    git(other, 'init', '-q', '--bare');
    // As an old git (before safe.bareRepository) would read a planted bare repository: GIT_DIR stands in.
    useGitEnvironment({ ...process.env, GIT_DIR: other, GIT_WORK_TREE: dir });
    try {
      expect(() => createGitReader(join(dir, API), 'HEAD')).toThrow(TrustError);
      expect(() => createGitReader(join(dir, API), 'HEAD')).toThrow(/not the one its work tree .* holds/);
    } finally {
      useGitEnvironment(process.env);
    }
  });

  it("git's environment keeps none of the step's inputs or tokens, and everything else", () => {
    const env = gitEnvironment({
      PATH: '/bin',
      HOME: '/home/runner',
      INPUT_TOKEN: 'ghs_x',
      'INPUT_TRUSTED-REF': 'auto',
      GITHUB_TOKEN: 'ghs_y',
      ACTIONS_RUNTIME_TOKEN: 'z',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'w',
      GITHUB_WORKSPACE: '/w',
    });
    expect(env).toEqual({ PATH: '/bin', HOME: '/home/runner', GITHUB_WORKSPACE: '/w', GIT_TERMINAL_PROMPT: '0' });
  });
});
