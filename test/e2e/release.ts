/** Shared by the e2e tests: the built CLI run as a user runs it, and a release it approves. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = join(REPO, 'dist/cli.js');
export const FIXTURES = join(REPO, 'fixtures');

/** `node dist/cli.js ARGS` in `cwd`, with a pinned clock and no other environment. */
export function shipgateIn(cwd: string, args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', SHIPGATE_NOW: '2026-11-25T12:00:00Z' },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A release with clean scans of every type the release preset requires and verified controls: approved. */
export function cleanRelease(prefix = 'sg-clean-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(dir, 'reports'));
  mkdirSync(join(dir, 'security'));
  cpSync(join(FIXTURES, 'sarif/semgrep-1.66.2-empty.sarif'), join(dir, 'reports/semgrep.sarif'));
  cpSync(join(FIXTURES, 'npm-audit-json/npm-audit-v2-no-vulns.json'), join(dir, 'reports/npm-audit.json'));
  cpSync(join(FIXTURES, 'sarif/gitleaks-8.0.0-no-results.sarif'), join(dir, 'reports/gitleaks.sarif'));
  cpSync(join(FIXTURES, 'demo/evidence-examples/manual-assessment.md'), join(dir, 'security/manual-assessment.md'));
  return dir;
}
