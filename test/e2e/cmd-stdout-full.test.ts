// A report that cannot reach stdout (a full device) is an output error, exit 5, never a bug (70); the
// certificate the run wrote is removed, and a message that cannot reach stderr changes no exit code.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, cleanRelease } from './release.js';

const OUT = '.artifacts/review-security';

/** The CLI with stdout, or stderr, on /dev/full. */
function intoFull(dir: string, args: string[], stream: 'stdout' | 'stderr') {
  const full = openSync('/dev/full', 'w');
  try {
    const result = spawnSync(process.execPath, [CLI, ...args], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', SHIPGATE_NOW: '2026-11-25T12:00:00Z' },
      encoding: 'utf8',
      stdio: ['ignore', stream === 'stdout' ? full : 'pipe', stream === 'stderr' ? full : 'pipe'],
    });
    return { code: result.status, stderr: result.stderr ?? '' };
  } finally {
    closeSync(full);
  }
}

describe.skipIf(!existsSync('/dev/full'))('e2e/cli: stdout or stderr on a full device', () => {
  it('an approval whose report cannot be written is exit 5, and leaves no certificate', () => {
    const dir = cleanRelease('sg-full-');
    const run = intoFull(dir, ['evaluate', '--root', dir, '--scan', 'reports/*'], 'stdout');
    expect(run.code).toBe(5);
    expect(run.stderr).toContain(
      'shipgate: output error: the report could not be written to stdout (ENOSPC); the certificate this run wrote was removed.',
    );
    expect(existsSync(join(dir, OUT, 'security-approval-certificate.json'))).toBe(false);
    expect(existsSync(join(dir, OUT, 'security-approval-certificate.md'))).toBe(false);
  });

  it('so is one evaluated in the evaluation thread (a report over --stream-above): its certificate goes too', () => {
    const dir = cleanRelease('sg-full-');
    // Above --stream-above the command's entry runs the evaluation in a worker thread (src/bin.ts), which
    // wrote the certificate; the entry's stdout is the one that fails.
    const args = ['evaluate', '--root', dir, '--scan', 'reports/*', '--stream-above', '100'];
    const clean = spawnSync(process.execPath, [CLI, ...args, '--dry-run'], {
      env: { PATH: process.env.PATH ?? '', SHIPGATE_NOW: '2026-11-25T12:00:00Z' },
      encoding: 'utf8',
    });
    expect(clean.status).toBe(0);
    const run = intoFull(dir, args, 'stdout');
    expect(run.code).toBe(5);
    expect(run.stderr).toContain(
      'shipgate: output error: the report could not be written to stdout (ENOSPC); the certificate this run wrote was removed.',
    );
    expect(existsSync(join(dir, OUT, 'security-approval-certificate.json'))).toBe(false);
    expect(existsSync(join(dir, OUT, 'security-approval-certificate.md'))).toBe(false);
    // The other outputs stay, as for any output error after they were written.
    expect(existsSync(join(dir, OUT, 'scan-results.json'))).toBe(true);
  });

  it('a dry run in JSON is exit 5 too; with stderr full, an input error keeps exit 3', () => {
    const dir = cleanRelease('sg-full-');
    expect(
      intoFull(dir, ['evaluate', '--root', dir, '--scan', 'reports/*', '--dry-run', '--format', 'json'], 'stdout').code,
    ).toBe(5);
    expect(intoFull(dir, ['evaluate', '--root', dir, '--scan', 'reports/nope.sarif', '--dry-run'], 'stderr').code).toBe(
      3,
    );
    expect(intoFull(dir, ['evaluate', '--root', dir, '--scan', 'reports/*', '--dry-run'], 'stderr').code).toBe(0);
  });
});
