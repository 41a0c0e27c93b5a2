/**
 * `verify --key` checks an ECDSA signature over the digest of the key's curve, as cosign and sigstore's
 * algorithm registry pair them (P-256 with SHA-256, P-384 with SHA-384, P-521 with SHA-512); RSA and
 * RSA-PSS over SHA-256; Ed25519 and Ed448 over the bytes themselves. A signature over another digest
 * does not verify, and the MISMATCH line names the digest that was used.
 */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyCertificate } from '../../src/commands/verify.js';
import { TrustError } from '../../src/errors.js';
import { silentLogger } from '../../src/logger.js';
import { run } from '../../src/run.js';

const DEMO = fileURLToPath(new URL('../../fixtures/demo/release', import.meta.url));
const CERT = '.artifacts/review-security/security-approval-certificate.json';
const DIGESTS = ['sha256', 'sha384', 'sha512'] as const;

describe('commands/verify: the signature digest follows the key', () => {
  let root: string;
  let bytes: Buffer;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'sg-ver-signature-'));
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
    bytes = readFileSync(join(root, CERT));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** verify with `publicKey` and a base64 signature (as `cosign sign-blob` writes it) made over `digest`. */
  async function verifySigned(name: string, publicKey: KeyObject, privateKey: KeyObject, digest: string | null) {
    writeFileSync(join(root, `${name}.pub`), publicKey.export({ type: 'spki', format: 'pem' }));
    writeFileSync(join(root, `${name}.sig`), `${sign(digest, bytes, privateKey).toString('base64')}\n`);
    const result = await verifyCertificate({
      certificate: join(root, CERT),
      root,
      key: join(root, `${name}.pub`),
      signature: join(root, `${name}.sig`),
      allowPinnedClock: true,
    });
    const line = result.report
      .split('\n')
      .find((l) => l.includes(' signature: '))
      ?.replace(`${root}/`, '');
    return { error: result.error, line };
  }

  for (const [curve, digest, name] of [
    ['P-256', 'sha256', 'SHA-256'],
    ['P-384', 'sha384', 'SHA-384'],
    ['P-521', 'sha512', 'SHA-512'],
  ] as const)
    it(`checks an ECDSA ${curve} signature over ${name}, and refuses one over another digest naming ${name}`, async () => {
      const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: curve });
      const good = await verifySigned('ec', publicKey, privateKey, digest);
      expect(good.error).toBeUndefined();
      expect(good.line).toBe('  ok       signature: verified with the ec key ec.pub');
      for (const other of DIGESTS.filter((d) => d !== digest)) {
        const wrong = await verifySigned('ec', publicKey, privateKey, other);
        expect(wrong.error, other).toBeInstanceOf(TrustError);
        // Only the signature failed: the error says so, not that the workspace differs.
        expect(wrong.error?.message, other).toMatch(
          /: 1 of \d+ check\(s\) failed: signature; the signature does not match the certificate's bytes \(they changed after signing, or the signature or key is another certificate's\)\.$/,
        );
        expect(wrong.line, other).toBe(
          `  MISMATCH signature: does not verify with the ec key ec.pub (ECDSA ${curve} over ${name}): the certificate or the signature changed, or the signature was made over another digest`,
        );
      }
    });

  it('checks RSA (PKCS #1 v1.5) and RSA-PSS signatures over SHA-256, as cosign makes them', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    expect((await verifySigned('rsa', rsa.publicKey, rsa.privateKey, 'sha256')).error).toBeUndefined();
    expect((await verifySigned('rsa', rsa.publicKey, rsa.privateKey, 'sha384')).line).toBe(
      '  MISMATCH signature: does not verify with the rsa key rsa.pub (RSA PKCS #1 v1.5 over SHA-256): the certificate or the signature changed, or the signature was made over another digest',
    );
    const pss = generateKeyPairSync('rsa-pss', { modulusLength: 2048 });
    expect((await verifySigned('pss', pss.publicKey, pss.privateKey, 'sha256')).error).toBeUndefined();
    expect((await verifySigned('pss', pss.publicKey, pss.privateKey, 'sha512')).line).toBe(
      '  MISMATCH signature: does not verify with the rsa-pss key pss.pub (RSA-PSS over SHA-256): the certificate or the signature changed, or the signature was made over another digest',
    );
  });

  it('checks Ed25519 and Ed448 signatures over the bytes themselves, with no digest', async () => {
    for (const type of ['ed25519', 'ed448'] as const) {
      const { publicKey, privateKey } = generateKeyPairSync(type as 'ed25519');
      const good = await verifySigned(type, publicKey, privateKey, null);
      expect(good.error, type).toBeUndefined();
      expect(good.line, type).toBe(`  ok       signature: verified with the ${type} key ${type}.pub`);
    }
  });

  it('checks a curve cosign does not sign with (secp256k1) over SHA-256, and says so', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
    expect((await verifySigned('k1', publicKey, privateKey, 'sha256')).error).toBeUndefined();
    expect((await verifySigned('k1', publicKey, privateKey, 'sha384')).line).toBe(
      '  MISMATCH signature: does not verify with the ec key k1.pub (ECDSA secp256k1 over SHA-256): the certificate or the signature changed, or the signature was made over another digest',
    );
  });
});
