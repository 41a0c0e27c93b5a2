/**
 * The Action on a pull request (trusted-ref auto) reads a policy written under another name
 * (`.shipgate/policy.yaml`, `shipgate.yml`) from the base commit, as it reads `.shipgate/policy.yml`:
 * without a policy at the base, one the pull request adds was read from its files and refused (exit 2,
 * a passing step with fail-on-error: false) in place of the base's rejection. Now the base decides, and
 * the added file is pending like other evidence the pull request adds. src/action.ts runs in this
 * process (as the Action's entry runs it), over a git repository with a base and a head commit.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { markActionEntry } from '../src/host.js';
import { git, runnerOutputs } from './helpers.js';

// Said before the import, as src/action-entry.ts says it: the module then leaves the run to the caller.
markActionEntry();
const { runAction } = await import('../src/action.js');

const DEMO = fileURLToPath(new URL('../fixtures/demo/release', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'sg-action-misnamed-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A policy that would let the demo release through: under another name, it must not decide. */
const LOOSE = 'version: 1\nextends: advisory\ngates:\n  scan-cleanliness: { enforcement: off }\n';

/**
 * The demo release with no .shipgate/policy.yml (the release preset applies) and without its exception
 * file (the release preset rejects it: Trivy's Tomcat finding is open), committed as the base.
 */
function repository(base: Record<string, string> = {}): { dir: string; base: string } {
  const dir = mkdtempSync(join(scratch, 'repo-'));
  cpSync(DEMO, dir, { recursive: true });
  rmSync(join(dir, '.shipgate/policy.yml'));
  rmSync(join(dir, '.shipgate/exceptions/tomcat.yml'));
  for (const [path, text] of Object.entries(base)) writeFileSync(join(dir, path), text);
  writeFileSync(join(dir, '.gitignore'), '.artifacts/\n');
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  return { dir, base: git(dir, 'rev-parse', 'HEAD') };
}

/** The pull request's commit: files written (a string) or deleted (null). */
function head(dir: string, files: Record<string, string | null>): string {
  for (const [path, text] of Object.entries(files))
    if (text === null) rmSync(join(dir, path));
    else writeFileSync(join(dir, path), text);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'head', '--allow-empty');
  return git(dir, 'rev-parse', 'HEAD');
}

const saved = { env: { ...process.env }, exitCode: process.exitCode };
afterEach(() => {
  process.env = { ...saved.env };
  process.exitCode = saved.exitCode;
  vi.restoreAllMocks();
});

/** Runs the Action on a pull request from `base` to `headSha` in `dir`: its exit code, log and outputs. */
async function pullRequest(dir: string, base: string, headSha: string, inputs: Record<string, string> = {}) {
  const files = mkdtempSync(join(scratch, 'runner-'));
  const event = join(files, 'event.json');
  writeFileSync(
    event,
    JSON.stringify({
      action: 'synchronize',
      number: 7,
      pull_request: { number: 7, base: { ref: 'main', sha: base }, head: { ref: 'feature', sha: headSha } },
      repository: { full_name: 'acme/payments' },
    }),
  );
  writeFileSync(join(files, 'output'), '');
  writeFileSync(join(files, 'summary'), '');
  process.env = {
    PATH: saved.env.PATH ?? '',
    HOME: saved.env.HOME ?? '/tmp',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: dir,
    GITHUB_REPOSITORY: 'acme/payments',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_SHA: headSha,
    GITHUB_OUTPUT: join(files, 'output'),
    GITHUB_STEP_SUMMARY: join(files, 'summary'),
    SHIPGATE_NOW: '2026-11-25T12:00:00Z',
    INPUT_TOKEN: '',
    'INPUT_TRUSTED-REF': 'auto',
    'INPUT_FAIL-ON-ERROR': 'true',
    'INPUT_DRY-RUN': 'true',
    INPUT_SCANS: 'reports/codeql.sarif\nreports/trivy.json\nreports/gitleaks.sarif',
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
  };
  let log = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    log += String(chunk);
    return true;
  });
  process.exitCode = undefined;
  await runAction();
  const code = process.exitCode ?? 0;
  vi.restoreAllMocks();
  process.exitCode = saved.exitCode;
  return { code, log, outputs: runnerOutputs(readFileSync(join(files, 'output'), 'utf8')) };
}

describe('action: a policy under another name on a pull request', () => {
  it('the base decides: the release preset, as for a pull request that does not add the file', async () => {
    const { dir, base } = repository();
    const unrelated = head(dir, { 'README.md': 'docs\n' });
    const without = await pullRequest(dir, base, unrelated);
    expect(without.code).toBe(1);
    expect(without.outputs.decision).toBe('rejected');
    expect(without.log).not.toContain('pending review');
    for (const name of ['.shipgate/policy.yaml', 'shipgate.yml']) {
      git(dir, 'checkout', '-q', unrelated);
      const added = head(dir, { [name]: LOOSE });
      const run = await pullRequest(dir, base, added);
      expect(run.outputs).toMatchObject({ decision: 'rejected', 'exit-code': '1' });
      expect(run.code).toBe(1);
      expect(run.log).not.toContain('shipgate reads its policy from .shipgate/policy.yml');
      expect(run.log).toContain(
        `::warning::${name} is pending review: added by the pull request, a shipgate policy under a name shipgate does not read (it reads .shipgate/policy.yml); the base commit (${base.slice(0, 12)}) decides which policy applies until it is merged.`,
      );
      rmSync(join(dir, name));
    }
  });

  it('a base with a policy under another name is refused there, whatever the pull request does to it', async () => {
    const { dir, base } = repository({ 'shipgate.yml': LOOSE });
    const deleted = head(dir, { 'shipgate.yml': null });
    const run = await pullRequest(dir, base, deleted);
    expect(run.code).toBe(2);
    expect(run.outputs).toMatchObject({ decision: 'error', 'exit-code': '2' });
    expect(run.log).toContain(
      `::error::shipgate could not evaluate (exit 2): the policy at the trusted commit ${base} (lines below are that copy's; a fix in this pull request applies once merged): shipgate.yml: shipgate reads its policy from .shipgate/policy.yml`,
    );
  });

  it("another tool's shipgate.yml the pull request adds is not pending, and a named policy leaves the names alone", async () => {
    const { dir, base } = repository();
    const other = head(dir, { 'shipgate.yml': 'ships:\n  - name: gate\n' });
    const run = await pullRequest(dir, base, other);
    expect(run.outputs.decision).toBe('rejected');
    expect(run.log).not.toContain('pending review');

    // With the policy named, no run looks for one under another name: nothing to route or report.
    const added = head(dir, { 'shipgate.yml': LOOSE });
    const named = await pullRequest(dir, base, added, { policy: 'release' });
    expect(named.outputs.decision).toBe('rejected');
    expect(named.log).not.toContain('pending review');
  });
});
