/**
 * `verify` reads only regular files: a FIFO given as the certificate, `--key` or `--signature` (or in
 * place of the markdown certificate beside the JSON one) is refused at once, as evaluate refuses a FIFO
 * input, instead of waiting forever for a writer. The certificate is an input error (exit 3), the key a
 * configuration error (exit 2), the signature a failed check (exit 4), each as verify classifies a
 * missing one. Regular files verify as before.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { verifyCertificate, type VerifyOptions } from '../../src/commands/verify.js';
import { ConfigError, InputError, TrustError } from '../../src/errors.js';
import { silentLogger } from '../../src/logger.js';
import { run } from '../../src/run.js';

const DEMO = fileURLToPath(new URL('../../fixtures/demo/release', import.meta.url));
const CERT = '.artifacts/review-security/security-approval-certificate.json';
/** A verify that reads a FIFO blocks the thread, so vitest's own timeout cannot end it: see `watchdog`. */
const PROMPTLY_MS = 2_000;

describe('commands/verify: a FIFO is refused, not read', () => {
  let root: string;
  let side: string;
  let options: VerifyOptions;
  const watchdogs: ChildProcess[] = [];

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'sg-ver-fifo-'));
    // The FIFOs and the key live outside the workspace, so that nothing verify expands meets them.
    side = mkdtempSync(join(tmpdir(), 'sg-ver-fifo-side-'));
    cpSync(DEMO, root, { recursive: true });
    const result = await run({
      root,
      scans: [],
      dryRun: false,
      clock: () => new Date('2026-11-25T12:00:00Z'),
      clockPinned: true,
      logger: silentLogger,
    });
    expect(result.evaluation.decision).not.toBe('rejected');
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    writeFileSync(join(side, 'cosign.pub'), publicKey.export({ type: 'spki', format: 'pem' }));
    writeFileSync(
      join(side, 'cert.sig'),
      sign('sha256', readFileSync(join(root, CERT)), privateKey).toString('base64'),
    );
    options = {
      certificate: join(root, CERT),
      root,
      key: join(side, 'cosign.pub'),
      signature: join(side, 'cert.sig'),
      allowPinnedClock: true,
    };
  });
  afterEach(() => {
    for (const child of watchdogs.splice(0)) child.kill();
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(side, { recursive: true, force: true });
  });

  /** A new FIFO at `path`. */
  function fifo(path: string): string {
    execFileSync('mkfifo', [path]);
    return path;
  }

  /**
   * Writes one byte into the FIFO after a few seconds, from another process: a verify that opened the
   * FIFO (the bug) is then released, late and with the wrong answer, so the test fails instead of hanging.
   */
  function watchdog(path: string): void {
    watchdogs.push(spawn('sh', ['-c', 'sleep 3 && printf x > "$1"', 'sh', path], { stdio: 'ignore' }));
  }

  /** verify's result or error, and how long it took. */
  async function timed(overrides: Partial<VerifyOptions>) {
    const started = Date.now();
    const outcome = await verifyCertificate({ ...options, ...overrides }).then(
      (result) => ({ result, error: result.error as unknown }),
      (error: unknown) => ({ result: undefined, error }),
    );
    return { ...outcome, ms: Date.now() - started };
  }

  it('verifies the regular certificate, key and signature as before', async () => {
    const { result, error } = await timed({});
    expect(error).toBeUndefined();
    expect(result?.report).toMatch(/^VERIFIED — /);
    expect(result?.report).toContain(`  ok       signature: verified with the ec key ${join(side, 'cosign.pub')}\n`);
  });

  it('refuses a FIFO as the certificate: an input error (exit 3), promptly', { timeout: 5_000 }, async () => {
    const path = fifo(join(side, 'cert-fifo.json'));
    watchdog(path);
    const { error, ms } = await timed({ certificate: path });
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).exitCode).toBe(3);
    expect((error as Error).message).toBe(
      `${path}: the certificate is not a regular file: it is a FIFO (named pipe) (expected the certificate JSON file evaluate wrote).`,
    );
    expect(ms).toBeLessThan(PROMPTLY_MS);
  });

  it('refuses a FIFO as --key: a configuration error (exit 2), promptly', { timeout: 5_000 }, async () => {
    const path = fifo(join(side, 'key-fifo.pub'));
    watchdog(path);
    const { error, ms } = await timed({ key: path });
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).exitCode).toBe(2);
    expect((error as Error).message).toMatch(
      /^--key \/.*\/key-fifo\.pub: not a regular file: it is a FIFO \(named pipe\) \(expected a file holding an ECDSA/,
    );
    expect(ms).toBeLessThan(PROMPTLY_MS);
  });

  it(
    'refuses a FIFO as --signature: a failed check (exit 4), as a missing signature is, promptly',
    { timeout: 5_000 },
    async () => {
      const path = fifo(join(side, 'sig-fifo.sig'));
      watchdog(path);
      const { result, error, ms } = await timed({ signature: path });
      expect(error).toBeInstanceOf(TrustError);
      expect((error as TrustError).exitCode).toBe(4);
      expect((error as Error).message).toMatch(/: 1 of \d+ check\(s\) failed: signature; /);
      expect(result?.report).toContain(
        `  MISMATCH signature: ${path} is not a regular file: it is a FIFO (named pipe) (expected the detached signature cosign sign-blob writes)\n`,
      );
      expect(ms).toBeLessThan(PROMPTLY_MS);
    },
  );

  it(
    'refuses a FIFO in place of the markdown certificate beside the JSON one, promptly',
    { timeout: 5_000 },
    async () => {
      const markdown = join(root, CERT.replace(/\.json$/, '.md'));
      renameSync(markdown, join(side, 'kept.md'));
      try {
        watchdog(fifo(markdown));
        const { result, error, ms } = await timed({});
        expect(error).toBeInstanceOf(TrustError);
        expect(result?.report).toMatch(
          /\n {2}MISMATCH \/.*security-approval-certificate\.md: is not a regular file: it is a FIFO \(named pipe\) \(expected the markdown certificate evaluate wrote beside the JSON one\)\n/,
        );
        expect(ms).toBeLessThan(PROMPTLY_MS);
      } finally {
        rmSync(markdown);
        renameSync(join(side, 'kept.md'), markdown);
      }
      // The regular markdown certificate, back in place, verifies again.
      expect((await timed({})).error).toBeUndefined();
    },
  );
});
