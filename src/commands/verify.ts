/**
 * `shipgate verify CERTIFICATE`: recomputes every digest a certificate names (each input and evidence
 * file, the policy chain, the subject) in the workspace, and with `--key` checks a detached signature
 * over the certificate's bytes (`cosign sign-blob` output: base64, or raw bytes). Exit 0 when all
 * match; a mismatch is a TrustError (exit 4); a file that is not a shipgate certificate is exit 3.
 */
import { createHash, createPublicKey, verify as verifySignature, type KeyObject } from 'node:crypto';
import { closeSync, constants, lstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError, InputError, TrustError, isShipgateError } from '../errors.js';
import { createWorkspaceReader } from '../evidence/source.js';
import { parseJsonText } from '../ingest/json.js';
import { relativeToRoot } from '../ingest/read.js';
import { isObject } from '../ingest/report-reader.js';
import { loadPolicy } from '../policy/load.js';
import { STATEMENT_TYPE, VERIFIER_ID, VSA_PREDICATE_TYPE, inputSetDigest } from '../report/certificate.js';

export interface VerifyOptions {
  /** The certificate JSON, relative to the current directory or absolute. */
  certificate: string;
  /** The workspace the certificate's paths are relative to. */
  root: string;
  /** A PEM public key: the signature must verify with it. */
  key?: string;
  /** The detached signature; default the certificate's path + `.sig`. */
  signature?: string;
}

interface Check {
  ok: boolean;
  what: string;
  detail: string;
}

interface Attestation {
  uri: string;
  digest: { sha256: string };
}

const HEX64 = /^[0-9a-f]{64}$/;

/** sha256 of a workspace file read in chunks (inputs may be gigabytes), or why it cannot be read. */
function digestOf(root: string, path: string): { sha256: string } | { problem: string } {
  const rel = relativeToRoot(root, path);
  if (rel === undefined || rel === '') return { problem: `is outside the root ${root}` };
  const abs = resolve(root, rel);
  try {
    const stat = lstatSync(abs);
    if (stat.isSymbolicLink()) return { problem: 'is a symbolic link now' };
    if (!stat.isFile()) return { problem: 'is not a regular file' };
  } catch {
    return { problem: `does not exist (looked in ${abs})` };
  }
  const hash = createHash('sha256');
  const fd = openSync(abs, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    const chunk = Buffer.allocUnsafe(1024 * 1024);
    for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) hash.update(chunk.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return { sha256: hash.digest('hex') };
}

function readCertificate(path: string): { bytes: Buffer; statement: Record<string, unknown> } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(path));
  } catch (error) {
    throw new InputError(`${path}: the certificate cannot be read: ${(error as Error).message}.`);
  }
  if (bytes.length === 0) throw new InputError(`${path}: the certificate is empty (0 bytes; expected its JSON).`);
  // Read as every report is: a syntax error names its place, and a `__proto__` key is refused.
  const statement: unknown = parseJsonText(bytes.toString('utf8'), { path }, 'a shipgate certificate (JSON)');
  if (!isObject(statement) || statement._type !== STATEMENT_TYPE || statement.predicateType !== VSA_PREDICATE_TYPE)
    throw new InputError(
      `${path}: not a shipgate certificate (expected an in-toto Statement v1 with a SLSA VSA v1 predicate).`,
    );
  const predicate = statement.predicate;
  if (
    !isObject(predicate) ||
    !isObject(predicate.verifier) ||
    predicate.verifier.id !== VERIFIER_ID ||
    !isObject(predicate.policy) ||
    !Array.isArray(predicate.inputAttestations) ||
    !Array.isArray(statement.subject)
  )
    throw new InputError(
      `${path}: not a shipgate certificate (expected predicate.verifier.id ${VERIFIER_ID}, a policy and inputAttestations).`,
    );
  return { bytes, statement };
}

function attestations(path: string, list: unknown[], where: string): Attestation[] {
  return list.map((entry, i) => {
    if (
      !isObject(entry) ||
      typeof entry.uri !== 'string' ||
      !isObject(entry.digest) ||
      typeof entry.digest.sha256 !== 'string' ||
      !HEX64.test(entry.digest.sha256)
    )
      throw new InputError(`${path}: ${where}/${i}: expected { uri, digest: { sha256: 64 hex digits } }.`);
    return { uri: entry.uri, digest: { sha256: entry.digest.sha256 } };
  });
}

function checkSignature(options: VerifyOptions, bytes: Buffer): Check {
  if (options.key === undefined)
    return { ok: true, what: 'signature', detail: 'not checked (no --key given; the certificate is signed-ready)' };
  let key: KeyObject;
  try {
    key = createPublicKey(readFileSync(resolve(options.key)));
  } catch (error) {
    throw new ConfigError(`--key ${options.key}: not a readable PEM public key: ${(error as Error).message}.`);
  }
  const signaturePath = resolve(options.signature ?? `${options.certificate}.sig`);
  let raw: Buffer;
  try {
    raw = readFileSync(signaturePath);
  } catch {
    return { ok: false, what: 'signature', detail: `${signaturePath} does not exist (sign with: cosign sign-blob)` };
  }
  // Base64 as cosign writes it, or wrapped in lines as `base64` and `openssl base64` write it; else raw bytes.
  const text = raw.toString('latin1').replace(/\s+/g, '');
  const signature = /^[A-Za-z0-9+/]+={0,2}$/.test(text) ? Buffer.from(text, 'base64') : raw;
  const type = key.asymmetricKeyType;
  const ok = verifySignature(type === 'ed25519' || type === 'ed448' ? null : 'sha256', bytes, key, signature);
  return {
    ok,
    what: 'signature',
    detail: ok
      ? `verified with the ${type} key ${options.key}`
      : `does not verify with the ${type} key ${options.key}: the certificate or the signature changed`,
  };
}

/** The report, and the TrustError (exit 4) naming every failed check when one failed. */
export function verifyCertificate(options: VerifyOptions): { report: string; error?: TrustError } {
  const path = options.certificate;
  const { bytes, statement } = readCertificate(path);
  const predicate = statement.predicate as Record<string, unknown>;
  const shipgate = isObject(predicate.shipgate) ? predicate.shipgate : {};
  const checks: Check[] = [];

  checks.push({
    ok: predicate.verificationResult === 'PASSED',
    what: 'verificationResult',
    detail: `${String(predicate.verificationResult)} (an approval says PASSED)`,
  });

  const attested = attestations(path, predicate.inputAttestations as unknown[], 'predicate/inputAttestations');
  for (const a of attested) {
    const found = digestOf(options.root, a.uri);
    checks.push(
      'problem' in found
        ? { ok: false, what: a.uri, detail: `${found.problem}; the certificate attests sha256 ${a.digest.sha256}` }
        : found.sha256 === a.digest.sha256
          ? { ok: true, what: a.uri, detail: `sha256 ${found.sha256}` }
          : {
              ok: false,
              what: a.uri,
              detail: `sha256 is ${found.sha256}; the certificate attests ${a.digest.sha256}`,
            },
    );
  }

  const policy = predicate.policy as Record<string, unknown>;
  const policyUri = typeof policy.uri === 'string' ? policy.uri : '';
  const policyDigest = isObject(policy.digest) ? policy.digest.sha256 : undefined;
  try {
    const loaded = loadPolicy(
      createWorkspaceReader(options.root),
      policyUri.startsWith('preset:') ? policyUri.slice('preset:'.length) : policyUri,
    );
    checks.push(
      loaded.digest === policyDigest
        ? { ok: true, what: `policy ${policyUri}`, detail: `digest ${loaded.digest} (${loaded.chain.length} layer(s))` }
        : {
            ok: false,
            what: `policy ${policyUri}`,
            detail: `digest is ${loaded.digest}; the certificate attests ${String(policyDigest)} (a layer of ${loaded.chain.map((c) => c.source).join(' -> ')} changed)`,
          },
    );
  } catch (error) {
    if (!isShipgateError(error)) throw error;
    checks.push({ ok: false, what: `policy ${policyUri}`, detail: `cannot be loaded: ${error.message}` });
  }

  // The subject: the commit under test, or sha256 over the scan inputs (the attestations that are not evidence).
  const evidence = Array.isArray(shipgate.evidence) ? shipgate.evidence.filter(isObject) : [];
  const evidenceCount = evidence.filter((e) => e.kind !== 'policy').length;
  const inputs = attested.slice(0, Math.max(0, attested.length - evidenceCount));
  // shipgate never approves without a scan input: a certificate that attests none proves nothing.
  if (inputs.length === 0)
    checks.push({
      ok: false,
      what: 'inputs',
      detail: 'the certificate attests no scan input (expected at least one; shipgate does not approve without one)',
    });
  for (const subject of (statement.subject as unknown[]).filter(isObject)) {
    const digest = isObject(subject.digest) ? subject.digest : {};
    if (typeof digest.sha256 === 'string') {
      const recomputed = inputSetDigest(inputs.map((i) => ({ sha256: i.digest.sha256, path: i.uri })));
      checks.push({
        ok: recomputed === digest.sha256,
        what: `subject ${String(subject.name)}`,
        detail:
          recomputed === digest.sha256
            ? `sha256 ${recomputed} over the ${inputs.length} input digest(s)`
            : `sha256 over the ${inputs.length} input digest(s) is ${recomputed}; the certificate says ${digest.sha256}`,
      });
    } else if (typeof digest.gitCommit === 'string')
      checks.push({
        ok: true,
        what: `subject ${String(subject.name)}`,
        detail: `commit ${digest.gitCommit} (a commit, not recomputed from files)`,
      });
  }

  checks.push(checkSignature(options, bytes));

  const failed = checks.filter((c) => !c.ok);
  const lines = [
    `${failed.length === 0 ? 'VERIFIED' : 'MISMATCH'} — ${path}: ${String(shipgate.decision ?? 'unknown decision')} by shipgate ${String(isObject(predicate.verifier) && isObject(predicate.verifier.version) ? predicate.verifier.version.shipgate : '?')} at ${String(predicate.timeVerified)}`,
    ...checks.map((c) => `  ${c.ok ? 'ok      ' : 'MISMATCH'} ${c.what}: ${c.detail}`),
  ];
  const report = `${lines.join('\n')}\n`;
  if (failed.length === 0) return { report };
  return {
    report,
    error: new TrustError(
      `${path}: ${failed.length} of ${checks.length} check(s) failed: ${failed.map((c) => c.what).join(', ')}; the certificate does not describe this workspace.`,
    ),
  };
}
