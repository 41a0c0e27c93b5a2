/**
 * `shipgate verify CERTIFICATE`: checks that the certificate is a consistent approval (an approved
 * decision that says PASSED, a subject whose sha256 is recomputed over the attested inputs), recomputes
 * every digest it names in the workspace (each input and evidence file, each layer of the policy's
 * extends chain), re-expands the policy's inputs and exception paths to find evidence the certificate
 * does not list, evaluates the attested files again at the certificate's time and compares what the
 * certificate (and the markdown certificate beside it) says they give, refuses a certificate evaluated under a pinned clock (SHIPGATE_NOW) unless
 * `--allow-pinned-clock`, and with `--key` checks a detached signature over the certificate's bytes
 * (`cosign sign-blob` output: base64, or raw bytes; ECDSA over the digest of the key's curve, as cosign
 * signs). Exit 0 when all hold; a failed check is a TrustError (exit 4); a file that is not a shipgate
 * certificate, or that holds a key twice in one object, is exit 3; a usage error, an unusable key or a
 * root that is not a folder, exit 2.
 */
import { createHash, createPublicKey, verify as verifySignature, type KeyObject } from 'node:crypto';
import { closeSync, constants, lstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { dirname, posix, resolve } from 'node:path';
import { ConfigError, InputError, TrustError, isShipgateError } from '../errors.js';
import { createWorkspaceReader, type EvidenceReader } from '../evidence/source.js';
import { escapeThroughLink, isMissing, relativeToRoot, resolveInputPaths, rootProblem } from '../ingest/read.js';
import { isObject } from '../ingest/report-reader.js';
import { DEFAULT_POLICY_PATH, loadPolicy, readsAssessment } from '../policy/load.js';
import type { LoadedPolicy } from '../policy/types.js';
import { silentLogger } from '../logger.js';
import {
  STATEMENT_TYPE,
  VERIFIER_ID,
  VSA_PREDICATE_TYPE,
  buildCertificate,
  inputSetDigest,
  renderCertificateMarkdown,
} from '../report/certificate.js';
import type { Evaluation } from '../evaluation.js';
import { run, type RunOptions } from '../run.js';
import { SHIPGATE_VERSION } from '../version.js';
import { OUTPUT_FILES } from '../report/write.js';
import { parseStrictJson } from './strict-json.js';

export interface VerifyOptions {
  /** The certificate JSON, relative to the current directory or absolute. */
  certificate: string;
  /** The workspace the certificate's paths are relative to. */
  root: string;
  /** A PEM public key: the signature must verify with it. */
  key?: string;
  /** The detached signature; default the certificate's path + `.sig`. Needs `key`. */
  signature?: string;
  /**
   * Accept a certificate evaluated under a pinned clock (SHIPGATE_NOW), as a demo or a test writes
   * one (`--allow-pinned-clock`). Without it, such a certificate does not verify.
   */
  allowPinnedClock?: boolean;
  /**
   * The input caps of the evaluation derived again (`evaluate`'s --max-input-bytes, --stream-above,
   * --max-result-bytes, --max-findings, and Node's --max-old-space-size): a certificate evaluated with
   * raised caps is derived again with the same ones.
   */
  limits?: Pick<RunOptions, 'maxInputBytes' | 'streamAboveBytes' | 'maxResultBytes' | 'maxFindings' | 'maxOldSpaceMiB'>;
}

interface Check {
  ok: boolean;
  what: string;
  detail: string;
  /** Not made (the line says why); neither passes nor fails the certificate. */
  skipped?: boolean;
}

interface Attestation {
  uri: string;
  digest: { sha256: string };
}

const HEX64 = /^[0-9a-f]{64}$/;
/** The decisions a certificate is issued for (a rejection gets none). */
const APPROVALS: Record<string, string> = {
  approved: 'SHIPGATE_APPROVED',
  'approved-with-conditions': 'SHIPGATE_APPROVED_WITH_CONDITIONS',
};
/** Key types that sign (`crypto.verify` refuses the others, such as x25519 and x448, which only agree keys). */
const SIGNING_KEY_TYPES = ['ec', 'rsa', 'rsa-pss', 'ed25519', 'ed448'];
const SUPPORTED_KEYS = 'an ECDSA (ec), RSA (rsa, rsa-pss), Ed25519 or Ed448 public key in PEM';
/**
 * The digest ECDSA signs over, by the key's named curve: the pairs of sigstore's algorithm registry
 * (ecdsa-sha2-256-nistp256, ecdsa-sha2-384-nistp384, ecdsa-sha2-512-nistp521), which cosign signs with.
 * https://github.com/sigstore/architecture-docs/blob/main/algorithm-registry.md
 */
const CURVE_DIGESTS: Record<string, { curve: string; digest: string }> = {
  prime256v1: { curve: 'P-256', digest: 'sha256' },
  secp384r1: { curve: 'P-384', digest: 'sha384' },
  secp521r1: { curve: 'P-521', digest: 'sha512' },
};

/** How a signature is checked with a key: the digest `crypto.verify` takes, and the scheme in words. */
interface SignatureScheme {
  /** The digest the signed bytes are hashed with; null for Ed25519 and Ed448, which take the bytes whole. */
  digest: string | null;
  /** The scheme for a message, e.g. `ECDSA P-384 over SHA-384`. */
  name: string;
}

/**
 * The scheme a key checks a signature with. ECDSA: the digest of its curve (another curve, which cosign
 * does not sign with, is checked over SHA-256); RSA (PKCS #1 v1.5) and RSA-PSS: SHA-256, as cosign
 * signs with an RSA key; Ed25519 and Ed448: no digest.
 */
function signatureScheme(key: KeyObject): SignatureScheme {
  const type = key.asymmetricKeyType;
  if (type === 'ed25519' || type === 'ed448') return { digest: null, name: type === 'ed25519' ? 'Ed25519' : 'Ed448' };
  if (type === 'ec') {
    const named = key.asymmetricKeyDetails?.namedCurve ?? 'unknown';
    const { curve, digest } = Object.hasOwn(CURVE_DIGESTS, named)
      ? (CURVE_DIGESTS[named] as { curve: string; digest: string })
      : { curve: named, digest: 'sha256' };
    return { digest, name: `ECDSA ${curve} over ${digest.replace('sha', 'SHA-')}` };
  }
  return { digest: 'sha256', name: `${type === 'rsa-pss' ? 'RSA-PSS' : 'RSA PKCS #1 v1.5'} over SHA-256` };
}

/**
 * sha256 of a workspace file read in chunks (inputs may be gigabytes), or why it cannot be read: the
 * refusals evaluate makes (outside the root, a symbolic link, a folder on the way linked outside the root,
 * not a regular file) and the system's reason when it will not let shipgate open or read the file.
 */
function digestOf(root: string, path: string): { sha256: string } | { problem: string } {
  const rel = relativeToRoot(root, path);
  if (rel === undefined || rel === '') return { problem: `is outside the root ${root}` };
  const abs = resolve(root, rel);
  let stat;
  try {
    stat = lstatSync(abs);
  } catch (error) {
    return {
      problem: isMissing(error)
        ? `does not exist (looked in ${abs})`
        : `cannot be read: ${(error as Error).message} (fix its permissions)`,
    };
  }
  if (stat.isSymbolicLink()) return { problem: 'is a symbolic link now' };
  const escape = escapeThroughLink(root, abs);
  if (escape)
    return {
      problem: `is reached through the folder ${escape.folder}, a symbolic link to ${escape.realFolder}, outside the root ${root} (evaluate refuses such a file)`,
    };
  if (!stat.isFile()) return { problem: 'is not a regular file' };
  const hash = createHash('sha256');
  try {
    const fd = openSync(abs, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    try {
      const chunk = Buffer.allocUnsafe(1024 * 1024);
      for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) hash.update(chunk.subarray(0, n));
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return { problem: `cannot be read: ${(error as Error).message} (fix its permissions)` };
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
  // Read as every report is (a syntax error names its place, a `__proto__` key is refused), and more
  // strictly: a key twice in one object is refused, since readers differ on which value counts.
  const statement: unknown = parseStrictJson(bytes.toString('utf8'), path, 'a shipgate certificate (JSON)');
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

/** The public key of `--key`, refused (exit 2) when it cannot be read or cannot check a signature. */
function readPublicKey(path: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPublicKey(readFileSync(resolve(path)));
  } catch (error) {
    throw new ConfigError(
      `--key ${path}: not a readable PEM public key: ${(error as Error).message} (expected ${SUPPORTED_KEYS}).`,
    );
  }
  const type = key.asymmetricKeyType ?? 'unknown';
  if (!SIGNING_KEY_TYPES.includes(type))
    throw new ConfigError(
      `--key ${path}: a ${type} key cannot check a signature (expected ${SUPPORTED_KEYS}, such as cosign.pub from cosign generate-key-pair).`,
    );
  return key;
}

function checkSignature(options: VerifyOptions, key: KeyObject | undefined, bytes: Buffer): Check {
  if (key === undefined)
    return { ok: true, what: 'signature', detail: 'not checked (no --key given; the certificate is signed-ready)' };
  const signaturePath = resolve(options.signature ?? `${options.certificate}.sig`);
  let raw: Buffer;
  try {
    raw = readFileSync(signaturePath);
  } catch (error) {
    return {
      ok: false,
      what: 'signature',
      detail: isMissing(error)
        ? `${signaturePath} does not exist (sign with: cosign sign-blob)`
        : `${signaturePath} cannot be read: ${(error as Error).message}`,
    };
  }
  // Base64 as cosign writes it, or wrapped in lines as `base64` and `openssl base64` write it; else raw bytes.
  const text = raw.toString('latin1').replace(/\s+/g, '');
  const signature = /^[A-Za-z0-9+/]+={0,2}$/.test(text) ? Buffer.from(text, 'base64') : raw;
  const type = key.asymmetricKeyType;
  const scheme = signatureScheme(key);
  // Ed25519 and Ed448 have one scheme, named by the key type; the others say which digest was used.
  const how = scheme.digest === null ? '' : ` (${scheme.name})`;
  let ok: boolean;
  try {
    ok = verifySignature(scheme.digest, bytes, key, signature);
  } catch (error) {
    return {
      ok: false,
      what: 'signature',
      detail: `${signaturePath} cannot be checked with the ${type} key ${options.key}${how}: ${(error as Error).message}`,
    };
  }
  return {
    ok,
    what: 'signature',
    detail: ok
      ? `verified with the ${type} key ${options.key}`
      : scheme.digest === null
        ? `does not verify with the ${type} key ${options.key}: the certificate or the signature changed`
        : `does not verify with the ${type} key ${options.key}${how}: the certificate or the signature changed, or the signature was made over another digest`,
  };
}

/** The certificate is untrusted text: none of it reaches the terminal as a control sequence. */
function flatten(line: string): string {
  // eslint-disable-next-line no-control-regex
  return line.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
}

/** The warning run() records when SHIPGATE_NOW pins the clock, and the time it names. */
const PINNED_CLOCK =
  /^SHIPGATE_NOW pins the evaluation time to (\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}))/;

/**
 * The clock: a certificate evaluated under SHIPGATE_NOW judged exception expiry and plan due dates
 * against a date someone chose (a past one revives expired exceptions), so it verifies only when the
 * caller accepts that. Undefined when the evaluation's warnings say nothing of a pinned clock.
 */
function checkClock(options: VerifyOptions, warnings: unknown, timeVerified: unknown): Check | undefined {
  if (!Array.isArray(warnings)) return undefined;
  const pinned = warnings.find((w): w is string => typeof w === 'string' && w.startsWith('SHIPGATE_NOW pins'));
  if (pinned === undefined) return undefined;
  const at = PINNED_CLOCK.exec(pinned)?.[1] ?? String(timeVerified);
  return options.allowPinnedClock
    ? { ok: true, what: 'clock', detail: `pinned to ${at} (SHIPGATE_NOW); accepted with --allow-pinned-clock` }
    : {
        ok: false,
        what: 'clock',
        detail: `the evaluation time was pinned to ${at} (SHIPGATE_NOW), so exception expiry and plan due dates were judged against that date, not the real one (expected a certificate evaluated with the real clock: evaluate again without SHIPGATE_NOW, or give --allow-pinned-clock to accept it, as for a demo or a test)`,
      };
}

/** The decision: an approval, saying PASSED, with the level that names it; a rejection never verifies. */
function checkDecision(predicate: Record<string, unknown>, shipgate: Record<string, unknown>): Check {
  const decision = shipgate.decision;
  const result = predicate.verificationResult;
  const levels = predicate.verifiedLevels;
  const level = typeof decision === 'string' && Object.hasOwn(APPROVALS, decision) ? APPROVALS[decision] : undefined;
  const problems: string[] = [];
  if (level === undefined)
    problems.push(
      `shipgate.decision is ${JSON.stringify(decision) ?? 'missing'} (expected approved or approved-with-conditions: shipgate certifies only an approval)`,
    );
  if (result !== 'PASSED')
    problems.push(
      `verificationResult is ${JSON.stringify(result) ?? 'missing'} (expected PASSED${typeof decision === 'string' ? `, as the decision ${decision} would say` : ''})`,
    );
  if (level !== undefined && !(Array.isArray(levels) && levels.length === 1 && levels[0] === level))
    problems.push(`verifiedLevels is ${JSON.stringify(levels) ?? 'missing'} (expected ["${level}"] for ${decision})`);
  return problems.length === 0
    ? { ok: true, what: 'decision', detail: `${String(decision)}, verificationResult PASSED, verifiedLevels ${level}` }
    : { ok: false, what: 'decision', detail: problems.join('; ') };
}

/** A chain layer as the certificate records it. */
interface ChainLayer {
  source: string;
  sha256: string;
}

function recordedChain(shipgate: Record<string, unknown>): { digest: string; chain: ChainLayer[] } | undefined {
  const policy = shipgate.policy;
  if (!isObject(policy) || typeof policy.digest !== 'string' || !Array.isArray(policy.chain)) return undefined;
  const chain: ChainLayer[] = [];
  for (const layer of policy.chain) {
    if (!isObject(layer) || typeof layer.source !== 'string' || typeof layer.sha256 !== 'string') return undefined;
    chain.push({ source: layer.source, sha256: layer.sha256 });
  }
  return chain.length === 0 ? undefined : { digest: policy.digest, chain };
}

/**
 * The policy: `policy` names its first layer (the file, or the preset), and every layer of the extends
 * chain the certificate records is read again from the workspace and compared, then the chain's digest.
 */
function checkPolicy(
  reader: EvidenceReader,
  predicate: Record<string, unknown>,
  shipgate: Record<string, unknown>,
): { uri: string; checks: Check[]; loaded?: LoadedPolicy } {
  const policy = predicate.policy as Record<string, unknown>;
  const uri = typeof policy.uri === 'string' ? policy.uri : '';
  const digest = isObject(policy.digest) ? policy.digest.sha256 : undefined;
  const checks: Check[] = [];
  const recorded = recordedChain(shipgate);
  if (recorded === undefined)
    checks.push({
      ok: false,
      what: 'policy chain',
      detail:
        'the certificate has no shipgate.policy with a digest and a chain of { source, sha256 } layers (a certificate written before shipgate recorded the chain: evaluate again)',
    });
  else if (recorded.chain[0]?.source !== uri || recorded.chain[0]?.sha256 !== digest)
    checks.push({
      ok: false,
      what: `policy ${uri}`,
      detail: `policy { uri, digest.sha256 } is ${uri} ${String(digest)}, but the first layer of shipgate.policy.chain is ${recorded.chain[0]?.source} ${recorded.chain[0]?.sha256} (expected the same file and digest)`,
    });
  let loaded: LoadedPolicy;
  try {
    loaded = loadPolicy(reader, uri.startsWith('preset:') ? uri.slice('preset:'.length) : uri);
  } catch (error) {
    if (!isShipgateError(error)) throw error;
    checks.push({ ok: false, what: `policy ${uri}`, detail: `cannot be loaded: ${error.message}` });
    return { uri, checks };
  }
  if (recorded === undefined) return { uri, checks, loaded };
  const count = Math.max(recorded.chain.length, loaded.chain.length);
  for (let i = 0; i < count; i++) {
    const was = recorded.chain[i];
    const now = loaded.chain[i];
    const place = `layer ${i + 1} of ${recorded.chain.length}`;
    if (was === undefined)
      checks.push({
        ok: false,
        what: `policy ${now?.source}`,
        detail: `the extends chain reads it now as layer ${i + 1}; the certificate's chain has ${recorded.chain.length} layer(s)`,
      });
    else if (now === undefined)
      checks.push({
        ok: false,
        what: `policy ${was.source}`,
        detail: `the extends chain no longer reads it (${place}; the chain now ends after layer ${loaded.chain.length})`,
      });
    else if (now.source !== was.source)
      checks.push({
        ok: false,
        what: `policy ${was.source}`,
        detail: `the extends chain reads ${now.source} in its place now (${place})`,
      });
    else
      checks.push(
        now.sha256 === was.sha256
          ? { ok: true, what: `policy ${was.source}`, detail: `sha256 ${now.sha256} (${place})` }
          : {
              ok: false,
              what: `policy ${was.source}`,
              detail: `sha256 is ${now.sha256}; the certificate attests ${was.sha256} (${place})`,
            },
      );
  }
  checks.push(
    loaded.digest === recorded.digest
      ? { ok: true, what: 'policy chain', detail: `digest ${loaded.digest} over ${loaded.chain.length} layer(s)` }
      : {
          ok: false,
          what: 'policy chain',
          detail: `digest over ${loaded.chain.map((c) => c.source).join(' -> ')} is ${loaded.digest}; the certificate attests ${recorded.digest}`,
        },
  );
  return { uri, checks, loaded };
}

/** The paths of a glob (or literal path) the policy names: [] when a glob matches nothing. */
function expand(list: () => string[]): string[] | { problem: string } {
  try {
    return list();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    if (/matched no files/.test(error.message)) return [];
    return { problem: error.message };
  }
}

/**
 * Evidence added after the certificate: files the policy's inputs, exception paths, register and
 * assessment read now that the certificate does not list, and a default policy file that appeared where
 * the certificate was issued under a preset. Expanded with the same code `evaluate` reads them with.
 */
function checkUnlisted(
  options: VerifyOptions,
  reader: EvidenceReader,
  loaded: LoadedPolicy,
  uri: string,
  named: boolean,
  inputs: readonly Attestation[],
  evidence: readonly { path: string; kind: string }[],
): Check[] {
  const checks: Check[] = [];
  const { policy } = loaded;
  // A preset the run named (--policy release) was not the default: a policy file beside it changes nothing.
  if (uri.startsWith('preset:') && !named) {
    // A path there that cannot be read (a symbolic link, a folder) appeared too: evaluate would fail on it.
    const appeared = expand(() => (reader.read(DEFAULT_POLICY_PATH) ? [DEFAULT_POLICY_PATH] : []));
    if (!Array.isArray(appeared) || appeared.length > 0)
      checks.push({
        ok: false,
        what: DEFAULT_POLICY_PATH,
        detail: `exists now, but the certificate was issued under the built-in ${uri}; evaluate reads this file when no --policy is given (evaluate again, or remove it)`,
      });
  }
  // evaluate's globs skip its output folder, and nothing else: a certificate copied into a folder the
  // inputs read does not hide the reports added beside it.
  const outputs = relativeToRoot(options.root, resolve(options.root, policy.outputs.dir));
  const skip = outputs ? [outputs] : [];
  const attested = new Set(inputs.map((i) => i.uri));
  const covered = new Set<string>();
  const unlisted = (path: string, why: string): void => {
    checks.push({ ok: false, what: path, detail: `${why}, but the certificate does not list it (evaluate again)` });
  };
  // An evaluation given --out wrote its outputs beside the certificate, in a folder the certificate does
  // not record: shipgate's own output files there are not reports (evaluate skipped that folder), while
  // any other file beside the certificate is checked like every input.
  const certificateFolder = relativeToRoot(options.root, dirname(resolve(options.certificate)));
  const ownOutput = (path: string): boolean =>
    certificateFolder !== undefined &&
    posix.dirname(path) === (certificateFolder === '' ? '.' : certificateFolder) &&
    (OUTPUT_FILES as readonly string[]).includes(posix.basename(path));
  for (const input of policy.inputs) {
    const paths = expand(() => resolveInputPaths(options.root, input.path, skip));
    if (!Array.isArray(paths)) {
      checks.push({ ok: false, what: `input '${input.path}'`, detail: `cannot be expanded: ${paths.problem}` });
      continue;
    }
    for (const path of paths)
      if (attested.has(path)) covered.add(path);
      else if (!ownOutput(path)) unlisted(path, `the policy's input '${input.path}' reads it now`);
  }
  const listed = (kind: string): Set<string> => new Set(evidence.filter((e) => e.kind === kind).map((e) => e.path));
  const exceptionFiles = listed('exceptions');
  for (const pattern of policy.exceptions.paths) {
    const paths = expand(() => reader.list(pattern));
    if (!Array.isArray(paths)) {
      checks.push({ ok: false, what: `exceptions path '${pattern}'`, detail: `cannot be expanded: ${paths.problem}` });
      continue;
    }
    for (const path of paths)
      if (!exceptionFiles.has(path)) unlisted(path, `the policy's exceptions path '${pattern}' reads it now`);
  }
  // As evaluate: the register whenever it exists (its updated copy keeps the rows, whatever the gates),
  // the assessment when its gate is on.
  const gates = policy.gates;
  const single: [string, string][] = [['register', gates['disposition-integrity'].register]];
  if (readsAssessment(policy)) single.push(['assessment', gates['control-verification'].assessment]);
  for (const [kind, path] of single) {
    if (listed(kind).size > 0) continue;
    const found = expand(() => (reader.read(path) ? [path] : []));
    if (!Array.isArray(found))
      checks.push({ ok: false, what: path, detail: `the policy's ${kind} cannot be read: ${found.problem}` });
    else if (found.length > 0) unlisted(path, `the policy's ${kind} exists now`);
  }
  if (checks.length === 0) {
    const fromScan = inputs.filter((i) => !covered.has(i.uri)).length;
    checks.push({
      ok: true,
      what: 'unlisted evidence',
      detail: `none (the policy's ${policy.inputs.length} input(s) and ${policy.exceptions.paths.length} exceptions path(s) read only files the certificate lists${fromScan > 0 ? `; ${fromScan} input(s) came from --scan, whose globs the certificate does not record, so they are re-hashed but not re-expanded` : ''})`,
    });
  }
  return checks;
}

/** The fields of `predicate.shipgate` the evaluation decides, compared by the re-evaluation, in report order. */
const DECIDED_FIELDS = [
  'decision',
  'gates',
  'totals',
  'open',
  'conditions',
  'exceptionsApplied',
  'exceptionsNotApplied',
  'inFileSuppressions',
  'severityOverrides',
] as const;

/** A value of the certificate, shown short: the difference a person reads, not the whole JSON. */
function shortJson(value: unknown): string {
  const text = JSON.stringify(value) ?? 'missing';
  return text.length > 200 ? `${text.slice(0, 200)}...` : text;
}

/** What differs between two values of one field, in words: the first gate or list entry that does. */
function difference(field: string, now: unknown, was: unknown): string {
  if (field === 'gates' && Array.isArray(now) && Array.isArray(was)) {
    const gate = (g: unknown): string =>
      isObject(g)
        ? `${String(g.id)} ${String(g.status)} (${String(g.enforcement)}): ${String(g.summary)}`
        : shortJson(g);
    const i = now.findIndex((g, k) => JSON.stringify(g) !== JSON.stringify(was[k]));
    const at = i === -1 ? now.length : i;
    return `the evidence gives ${at < now.length ? gate(now[at]) : `${now.length} gate(s)`}; the certificate says ${at < was.length ? gate(was[at]) : `${was.length} gate(s)`}`;
  }
  if (Array.isArray(now) && Array.isArray(was)) {
    const i = now.findIndex((entry, k) => JSON.stringify(entry) !== JSON.stringify(was[k]));
    const at = i === -1 ? now.length : i;
    return `${now.length} entr${now.length === 1 ? 'y' : 'ies'} from the evidence, ${was.length} in the certificate; the first that differs (#${at + 1}): the evidence gives ${at < now.length ? shortJson(now[at]) : 'none'}, the certificate says ${at < was.length ? shortJson(was[at]) : 'none'}`;
  }
  return `the evidence gives ${shortJson(now)}; the certificate says ${shortJson(was)}`;
}

/**
 * The certificate's decision, derived again: the attested inputs and evidence are evaluated once more
 * (a dry run, writing nothing) under the recorded policy, commit, mode and evaluation time, and each
 * field the evaluation decides is compared. Digests alone show that the files are those the
 * certificate names, not that the decision, gates and counts it states are what those files give: an
 * unsigned certificate edited by hand, or one written for other evidence, would verify. Made only when
 * every file check passed (otherwise the evidence is not the certificate's, and the lines above say why).
 */
async function checkReevaluation(
  options: VerifyOptions,
  predicate: Record<string, unknown>,
  shipgate: Record<string, unknown>,
  policyUri: string,
  inputs: readonly Attestation[],
  filesAgree: boolean,
): Promise<{ checks: Check[]; evaluation?: Evaluation }> {
  const only = (check: Check): { checks: Check[] } => ({ checks: [check] });
  if (!filesAgree)
    return only({
      ok: true,
      skipped: true,
      what: 'decision re-derived',
      detail: 'not made: the files are not those the certificate attests (above)',
    });
  const at = typeof predicate.timeVerified === 'string' ? new Date(predicate.timeVerified) : undefined;
  if (at === undefined || Number.isNaN(at.getTime()))
    return only({
      ok: false,
      what: 'decision re-derived',
      detail: `timeVerified is ${shortJson(predicate.timeVerified)} (expected the evaluation time, an ISO 8601 date and time, to evaluate the evidence at)`,
    });
  const recordedVersion =
    isObject(predicate.verifier) && isObject(predicate.verifier.version)
      ? String(predicate.verifier.version.shipgate)
      : 'unknown';
  const otherVersion =
    recordedVersion === SHIPGATE_VERSION
      ? ''
      : ` The certificate was made by shipgate ${recordedVersion} and this is ${SHIPGATE_VERSION}: a change between the two versions may explain it (verify with the version that made it: npx shipgate@${recordedVersion} verify ...).`;
  let now: Record<string, unknown>;
  let evaluation: Evaluation;
  try {
    const result = await run({
      root: options.root,
      policy: policyUri.startsWith('preset:') ? policyUri.slice('preset:'.length) : policyUri,
      scans: inputs.map((i) => i.uri),
      onlyInputs: inputs.map((i) => i.uri),
      ...(typeof shipgate.commit === 'string' ? { commit: shipgate.commit } : {}),
      ...(shipgate.mode === 'enforce' || shipgate.mode === 'advisory' ? { mode: shipgate.mode } : {}),
      dryRun: true,
      clock: () => new Date(at.getTime()),
      logger: silentLogger,
      ...options.limits,
    });
    evaluation = result.evaluation;
    const certificate = buildCertificate(evaluation) as { predicate: { shipgate: Record<string, unknown> } };
    now = certificate.predicate.shipgate;
  } catch (error) {
    if (!isShipgateError(error)) throw error;
    return only({
      ok: false,
      what: 'decision re-derived',
      detail: `the attested evidence cannot be evaluated again: ${error.message}${otherVersion}`,
    });
  }
  const differing = DECIDED_FIELDS.filter((field) => JSON.stringify(now[field]) !== JSON.stringify(shipgate[field]));
  if (differing.length === 0)
    return {
      checks: [
        {
          ok: true,
          what: 'decision re-derived',
          detail: `the attested files, evaluated again at ${at.toISOString()}, give ${String(now.decision)} with the same gates, counts, conditions and exceptions`,
        },
      ],
      evaluation,
    };
  const checks = differing.map((field) => ({
    ok: false,
    what: `decision re-derived (${field})`,
    detail: `${difference(field, now[field], shipgate[field])} (expected what the attested files give when evaluated again at ${at.toISOString()}: the certificate was changed, or written for other evidence).${otherVersion}`,
  }));
  return { checks };
}

/**
 * The markdown certificate beside the JSON one (same name, `.md`), which people read: it must be what
 * evaluate renders for the evaluation just derived again, with what the JSON records of the run itself
 * (the shipgate version, the time, the repository, the warnings, where each evidence file was read
 * from). Made only when the JSON's own statements were derived again; a certificate kept without its
 * markdown is not checked for it.
 */
function checkMarkdown(
  options: VerifyOptions,
  statement: Record<string, unknown>,
  predicate: Record<string, unknown>,
  shipgate: Record<string, unknown>,
  evaluation: Evaluation,
): Check | undefined {
  const jsonPath = resolve(options.certificate);
  if (!jsonPath.endsWith('.json')) return undefined;
  const markdownPath = `${jsonPath.slice(0, -'.json'.length)}.md`;
  const shown = `${options.certificate.slice(0, -'.json'.length)}.md`;
  let text: string;
  try {
    text = readFileSync(markdownPath, 'utf8');
  } catch (error) {
    if (isMissing(error)) return undefined;
    return { ok: false, what: shown, detail: `cannot be read: ${(error as Error).message}` };
  }
  const subjects = statement.subject as unknown[];
  const first = subjects[0];
  const name = isObject(first) && typeof first.name === 'string' ? first.name : 'release';
  const recorded = (Array.isArray(shipgate.evidence) ? shipgate.evidence.filter(isObject) : []).map((e) => ({
    path: String(e.path),
    sha256: String(e.sha256),
    origin: String(e.origin),
    kind: String(e.kind),
  }));
  const expected = renderCertificateMarkdown({
    ...evaluation,
    shipgateVersion:
      isObject(predicate.verifier) && isObject(predicate.verifier.version)
        ? String(predicate.verifier.version.shipgate)
        : evaluation.shipgateVersion,
    evaluatedAt: String(predicate.timeVerified),
    ...(name === 'release' ? {} : { repository: name }),
    warnings: Array.isArray(shipgate.warnings) ? shipgate.warnings.map(String) : [],
    evidence: recorded,
  });
  if (text === expected)
    return { ok: true, what: shown, detail: 'says what the JSON certificate and the evidence give' };
  const got = text.split('\n');
  const want = expected.split('\n');
  const line = want.findIndex((l, i) => l !== got[i]);
  const at = line === -1 ? want.length : line;
  const quote = (l: string | undefined): string => (l === undefined ? 'nothing' : shortJson(l));
  return {
    ok: false,
    what: shown,
    detail: `line ${at + 1} is ${quote(got[at])} (expected ${quote(want[at])}, as evaluate renders the evaluation derived again: the markdown certificate was changed, or belongs to another certificate)`,
  };
}

/**
 * The workspace must be a folder: against one that is missing every file would read as changed, and the
 * certificate, not the command line, would seem to be wrong.
 */
function checkRoot(root: string): void {
  const problem = rootProblem(root);
  if (!problem) return;
  const what =
    problem.kind === 'missing'
      ? 'does not exist'
      : problem.kind === 'not-folder'
        ? 'is not a folder'
        : `cannot be read: ${problem.reason}`;
  throw new ConfigError(
    `the root ${root} ${what} (expected the workspace folder the certificate's paths are relative to).`,
  );
}

/**
 * The report, and the TrustError (exit 4) naming every failed check when one failed. A `--signature`
 * without `--key`, a key that cannot check a signature, or a root that is not a folder is a ConfigError
 * (exit 2).
 */
export async function verifyCertificate(options: VerifyOptions): Promise<{ report: string; error?: TrustError }> {
  checkRoot(options.root);
  if (options.signature !== undefined && options.key === undefined)
    throw new ConfigError(
      `--signature ${options.signature}: a signature is checked only with the public key it was made with; give --key FILE too (${SUPPORTED_KEYS}), or leave out --signature.`,
    );
  const key = options.key === undefined ? undefined : readPublicKey(options.key);
  const path = options.certificate;
  const { bytes, statement } = readCertificate(path);
  const predicate = statement.predicate as Record<string, unknown>;
  const shipgate = isObject(predicate.shipgate) ? predicate.shipgate : {};
  const reader = createWorkspaceReader(options.root);
  const checks: Check[] = [checkDecision(predicate, shipgate)];

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

  // The scan inputs are the attestations before the evidence files, which shipgate.evidence lists in order.
  const evidence = (Array.isArray(shipgate.evidence) ? shipgate.evidence.filter(isObject) : [])
    .filter((e) => e.kind !== 'policy')
    .map((e) => ({ path: String(e.path), sha256: String(e.sha256), kind: String(e.kind) }));
  const inputs = attested.slice(0, Math.max(0, attested.length - evidence.length));
  const tail = attested.slice(inputs.length);
  if (
    !Array.isArray(shipgate.evidence) ||
    tail.length !== evidence.length ||
    tail.some((a, i) => a.uri !== evidence[i]?.path || a.digest.sha256 !== evidence[i]?.sha256)
  )
    checks.push({
      ok: false,
      what: 'evidence list',
      detail: `predicate.inputAttestations does not end with the ${evidence.length} evidence file(s) shipgate.evidence lists (${evidence.map((e) => e.path).join(', ') || 'none'}), in the same order with the same sha256`,
    });

  const policy = checkPolicy(reader, predicate, shipgate);
  checks.push(...policy.checks);
  const named = isObject(shipgate.policy) && shipgate.policy.named === true;
  if (policy.loaded) checks.push(...checkUnlisted(options, reader, policy.loaded, policy.uri, named, inputs, evidence));

  // shipgate never approves without a scan input: a certificate that attests none proves nothing.
  if (inputs.length === 0)
    checks.push({
      ok: false,
      what: 'inputs',
      detail: 'the certificate attests no scan input (expected at least one; shipgate does not approve without one)',
    });
  const subjects = statement.subject as unknown[];
  if (subjects.length === 0)
    checks.push({
      ok: false,
      what: 'subject',
      detail: 'the certificate names no subject (expected one, whose sha256 is over the attested input digests)',
    });
  const recomputed = inputSetDigest(inputs.map((i) => ({ sha256: i.digest.sha256, path: i.uri })));
  const commit = typeof shipgate.commit === 'string' ? shipgate.commit : undefined;
  subjects.forEach((subject, i) => {
    const name = isObject(subject) && typeof subject.name === 'string' ? subject.name : `#${i + 1}`;
    const digest = isObject(subject) && isObject(subject.digest) ? subject.digest : {};
    const problems: string[] = [];
    if (typeof digest.sha256 !== 'string')
      problems.push(
        `it carries no sha256 digest (expected the sha256 over the ${inputs.length} input digest(s), ${recomputed})`,
      );
    else if (digest.sha256 !== recomputed)
      problems.push(
        `sha256 over the ${inputs.length} input digest(s) is ${recomputed}; the certificate says ${digest.sha256}`,
      );
    if (digest.gitCommit !== undefined && digest.gitCommit !== commit)
      problems.push(
        `gitCommit ${JSON.stringify(digest.gitCommit)} is not shipgate.commit ${JSON.stringify(commit) ?? '(none)'} (expected the same commit, in lower case)`,
      );
    checks.push(
      problems.length > 0
        ? { ok: false, what: `subject ${name}`, detail: problems.join('; ') }
        : {
            ok: true,
            what: `subject ${name}`,
            detail: `sha256 ${recomputed} over the ${inputs.length} input digest(s)${typeof digest.gitCommit === 'string' ? `; commit ${digest.gitCommit} (recorded, not recomputed from files)` : ''}`,
          },
    );
  });

  const warnings = shipgate.warnings;
  if (!Array.isArray(warnings) || !warnings.every((w) => typeof w === 'string'))
    checks.push({
      ok: false,
      what: 'warnings',
      detail:
        "shipgate.warnings is missing or not a list of strings (expected the evaluation's warnings, [] when there were none)",
    });

  // Every check so far is about the files and the certificate's own consistency; when they all hold,
  // the files are those the certificate names, and what it says they give can be derived again.
  const derived = await checkReevaluation(
    options,
    predicate,
    shipgate,
    policy.uri,
    inputs,
    checks.every((c) => c.ok),
  );
  checks.push(...derived.checks);
  const markdown = derived.evaluation && checkMarkdown(options, statement, predicate, shipgate, derived.evaluation);
  if (markdown) checks.push(markdown);

  const clock = checkClock(options, warnings, predicate.timeVerified);
  if (clock) checks.push(clock);

  checks.push(checkSignature(options, key, bytes));

  const failed = checks.filter((c) => !c.ok);
  const lines = [
    `${failed.length === 0 ? 'VERIFIED' : 'MISMATCH'} — ${path}: ${String(shipgate.decision ?? 'unknown decision')} by shipgate ${String(isObject(predicate.verifier) && isObject(predicate.verifier.version) ? predicate.verifier.version.shipgate : '?')} at ${String(predicate.timeVerified)}`,
    ...checks.map((c) => `  ${c.skipped ? 'skipped ' : c.ok ? 'ok      ' : 'MISMATCH'} ${c.what}: ${c.detail}`),
    // The evaluation's own warnings (a pinned clock among them) stand with the certificate.
    ...(Array.isArray(warnings) ? warnings.filter((w) => typeof w === 'string').map((w) => `  warning  ${w}`) : []),
  ];
  const report = `${lines.map(flatten).join('\n')}\n`;
  if (failed.length === 0) return { report };
  const why = [
    ...(clock && !clock.ok ? [clock.detail] : []),
    ...(failed.some((c) => c !== clock) ? ['the certificate does not describe this workspace'] : []),
  ];
  return {
    report,
    error: new TrustError(
      flatten(
        `${path}: ${failed.length} of ${checks.filter((c) => !c.skipped).length} check(s) failed: ${failed.map((c) => c.what).join(', ')}; ${why.join('; ')}.`,
      ),
    ),
  };
}
