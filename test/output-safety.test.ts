/** Where outputs go: never over a file the run reads, never outside the root through a link, nothing left by a failed write. */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, OutputError } from '../src/errors.js';
import { silentLogger } from '../src/logger.js';
import { run } from '../src/run.js';

const DEMO = fileURLToPath(new URL('../fixtures/demo/release', import.meta.url));
const NOW = () => new Date('2026-11-25T12:00:00Z');

/** The demo release, with `outputs.dir` set in its policy when given. */
function release(outputsDir?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'sg-outputs-'));
  cpSync(DEMO, root, { recursive: true });
  if (outputsDir !== undefined)
    writeFileSync(
      join(root, '.shipgate/policy.yml'),
      `${readFileSync(join(root, '.shipgate/policy.yml'), 'utf8')}outputs:\n  dir: ${outputsDir}\n`,
    );
  return root;
}

function evaluate(root: string, outDir?: string) {
  return run({ root, scans: [], dryRun: false, clock: NOW, logger: silentLogger, ...(outDir ? { outDir } : {}) });
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the run to fail');
}

describe('outputs: what they may replace and where they may go', () => {
  it('refuses an output folder that holds the register the run reads, and leaves the register as it was', async () => {
    const root = release('security');
    const before = readFileSync(join(root, 'security/findings-register.csv'), 'utf8');
    const error = await failure(evaluate(root));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe(
      `${join(root, 'security')}: the output folder holds files this run reads: findings-register.csv would replace the register file security/findings-register.csv (expected an output folder of its own, such as the default .artifacts/review-security; set outputs.dir or --out).`,
    );
    expect(readFileSync(join(root, 'security/findings-register.csv'), 'utf8')).toBe(before);
    expect(existsSync(join(root, 'security/scan-results.json'))).toBe(false);
  });

  it('refuses --out onto a scan report the run reads (a report named shipgate.sarif)', async () => {
    const root = release();
    cpSync(join(root, 'reports/gitleaks.sarif'), join(root, 'reports/shipgate.sarif'));
    writeFileSync(
      join(root, '.shipgate/policy.yml'),
      readFileSync(join(root, '.shipgate/policy.yml'), 'utf8').replace(
        'reports/gitleaks.sarif',
        'reports/shipgate.sarif',
      ),
    );
    const error = await failure(evaluate(root, join(root, 'reports')));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain('shipgate.sarif would replace the scan report reports/shipgate.sarif');
  });

  it('writes to a folder beside the evidence that holds nothing the run reads', async () => {
    const root = release('security/out');
    const result = await evaluate(root);
    expect(result.exitCode).toBe(0);
    expect(readdirSync(join(root, 'security/out')).sort()).toContain('security-approval-certificate.json');
  });

  it('refuses an outputs.dir reached through a folder linked outside the root, touching nothing there', async () => {
    const root = release();
    const elsewhere = mkdtempSync(join(tmpdir(), 'sg-elsewhere-'));
    mkdirSync(join(elsewhere, 'review-security'));
    writeFileSync(join(elsewhere, 'review-security/security-approval-certificate.json'), '{"kept": true}');
    symlinkSync(elsewhere, join(root, '.artifacts'));
    const error = await failure(evaluate(root));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(
      /^\.shipgate\/policy\.yml: outputs\.dir '\.artifacts\/review-security' leads outside the root: the folder \.artifacts is a symbolic link to .*sg-elsewhere-.*, outside the root /,
    );
    expect(readdirSync(join(elsewhere, 'review-security'))).toEqual(['security-approval-certificate.json']);
    // --out names a folder on purpose: the same folder is written when given so.
    const given = await evaluate(root, join(root, '.artifacts/review-security'));
    expect(given.exitCode).toBe(0);
    expect(existsSync(join(elsewhere, 'review-security/scan-results.json'))).toBe(true);
  });

  it("a write that fails part way leaves no temporary file, no output in place, and no earlier run's output", async () => {
    const root = release();
    const out = join(root, '.artifacts/review-security');
    // An earlier run's outputs, as a second step in the same job or a kept workspace would have them.
    expect((await evaluate(root)).exitCode).toBe(0);
    expect(readdirSync(out)).toContain('disposition-record.md');
    rmSync(join(out, 'scope-register.json'));
    // scope-register.json comes second: a non-empty folder in its place makes the rename fail.
    mkdirSync(join(out, 'scope-register.json'), { recursive: true });
    writeFileSync(join(out, 'scope-register.json/blocker'), 'x');
    const error = await failure(evaluate(root));
    expect(error).toBeInstanceOf(OutputError);
    expect(error.message).toMatch(/the outputs could not be written/);
    expect(readdirSync(out)).toEqual(['scope-register.json']);
  });
});

describe('stale certificates when the policy is refused', () => {
  it("clears the policy's own output folder when the policy names a path it may not (an input outside the root)", async () => {
    const root = release('out/sec');
    expect((await evaluate(root)).exitCode).toBe(0);
    expect(existsSync(join(root, 'out/sec/security-approval-certificate.json'))).toBe(true);
    const policy = join(root, '.shipgate/policy.yml');
    writeFileSync(
      policy,
      readFileSync(policy, 'utf8').replace(
        '  - reports/gitleaks.sarif\n',
        '  - reports/gitleaks.sarif\n  - /etc/passwd\n',
      ),
    );
    const error = await failure(evaluate(root));
    expect(error).toBeInstanceOf(ConfigError);
    expect(existsSync(join(root, 'out/sec/security-approval-certificate.json'))).toBe(false);
    expect(existsSync(join(root, 'out/sec/security-approval-certificate.md'))).toBe(false);
  });

  it('clears nothing outside the root when the refused path is outputs.dir itself', async () => {
    const root = release();
    const elsewhere = mkdtempSync(join(tmpdir(), 'sg-outside-'));
    writeFileSync(join(elsewhere, 'security-approval-certificate.json'), '{}');
    const policy = join(root, '.shipgate/policy.yml');
    writeFileSync(policy, `${readFileSync(policy, 'utf8')}outputs:\n  dir: ${elsewhere}\n`);
    expect(await failure(evaluate(root))).toBeInstanceOf(ConfigError);
    expect(existsSync(join(elsewhere, 'security-approval-certificate.json'))).toBe(true);
  });
});

describe('run: the repository and commit every output records', () => {
  it('refuses a repository that is not a GitHub owner/name (exit 2) and accepts one that is', async () => {
    const root = release();
    const bad = await failure(
      run({ root, scans: [], dryRun: true, clock: NOW, logger: silentLogger, repository: 'o/n?x=1#frag' }),
    );
    expect(bad).toBeInstanceOf(ConfigError);
    expect(bad.message).toContain(
      "the repository 'o/n?x=1#frag' (--repository, else GITHUB_REPOSITORY) is not a GitHub owner/name",
    );
    const good = await run({
      root,
      scans: [],
      dryRun: true,
      clock: NOW,
      logger: silentLogger,
      repository: 'acme/pay.ments',
    });
    expect(good.evaluation.repository).toBe('acme/pay.ments');
  });

  it('records a hex commit in lower case, as git prints it', async () => {
    const root = release();
    const commit = 'ABCDEF0123456789ABCDEF0123456789ABCDEF01';
    const result = await run({ root, scans: [], dryRun: true, clock: NOW, logger: silentLogger, commit });
    expect(result.evaluation.commit).toBe(commit.toLowerCase());
  });
});
