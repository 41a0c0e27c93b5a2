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
 * root that is not a folder, exit 2. The certificate, key, signature and markdown certificate must be
 * regular files: a FIFO or a device is refused unread (reading one could wait forever).
 */
import { createHash, createPublicKey, verify as verifySignature, type KeyObject } from 'node:crypto';
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readFileSync,
  readSync,
  statSync,
  type Stats,
} from 'node:fs';
import { dirname, posix, resolve } from 'node:path';
import { ConfigError, InputError, TrustError, isShipgateError } from '../errors.js';
import { createWorkspaceReader, type EvidenceReader } from '../evidence/source.js';
import {
  escapeThroughLink,
  isMissing,
  normalizePattern,
  relativeToRoot,
  resolveInputPaths,
  rootProblem,
} from '../ingest/read.js';
import { isObject } from '../ingest/report-reader.js';
import { DEFAULT_POLICY_PATH, loadPolicy, readsAssessment } from '../policy/load.js';
import type { LoadedPolicy } from '../policy/types.js';
import { silentLogger } from '../logger.js';
import {
  STATEMENT_TYPE,
  VERIFIER_ID,
  VSA_PREDICATE_TYPE,
  buildCertificate,
  checkRepository,
  inputSetDigest,
  renderCertificateMarkdown,
  resourceUriOf,
  serverAddress,
  sortByPath,
} from '../report/certificate.js';
import { FULL_COMMIT } from '../gates/evidence-completeness.js';
import type { Evaluation } from '../evaluation.js';
import { withRootAlias } from '../ingest/paths.js';
import { inheritedAdvisoryWarning, run, type RunOptions } from '../run.js';
import { SHIPGATE_VERSION } from '../version.js';
import { OUTPUT_FILES } from '../report/write.js';
import { parseStrictJson } from './strict-json.js';
import { BIDI_CONTROLS, pushAll, showCodePoints } from '../strings.js';

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

/** What a path that is not a regular file is, for a message: `a FIFO`, `a folder`. */
function kindOf(stat: Stats): string {
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isDirectory()) return 'a folder';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  return 'something other than a file';
}

/**
 * The bytes of a file named on the command line (the certificate, `--key`, the signature, the markdown
 * certificate), or what it is when it is not a regular file. Reading a FIFO waits for a writer that may
 * never come (verify hung), and a device such as /dev/zero never ends: as evaluate refuses such an input,
 * so does verify. stat first, so that such a path is not opened at all; then opened without blocking and
 * checked again on the descriptor, so that a file swapped for a FIFO in between is not read either. The
 * system's error (ENOENT, EACCES) is thrown for the caller to word.
 */
function readRegularFile(path: string): { bytes: Buffer } | { notRegular: string } {
  const stat = statSync(path);
  if (!stat.isFile()) return { notRegular: kindOf(stat) };
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) return { notRegular: kindOf(opened) };
    return { bytes: readFileSync(fd) };
  } finally {
    closeSync(fd);
  }
}

function readCertificate(path: string): { bytes: Buffer; statement: Record<string, unknown> } {
  let read: ReturnType<typeof readRegularFile>;
  try {
    read = readRegularFile(resolve(path));
  } catch (error) {
    throw new InputError(`${path}: the certificate cannot be read: ${(error as Error).message}.`);
  }
  if ('notRegular' in read)
    throw new InputError(
      `${path}: the certificate is not a regular file: it is ${read.notRegular} (expected the certificate JSON file evaluate wrote).`,
    );
  const { bytes } = read;
  if (bytes.length === 0) throw new InputError(`${path}: the certificate is empty (0 bytes; expected its JSON).`);
  // shipgate writes no byte order mark; an editor that adds one changed the bytes a signature covers.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    throw new InputError(
      `${path}: line 1, column 1 (byte 0): the certificate starts with a UTF-8 byte order mark (U+FEFF), which shipgate does not write (expected the certificate's bytes as written, which a signature covers: save it without the mark, or take the certificate the run wrote).`,
    );
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
  let read: ReturnType<typeof readRegularFile>;
  try {
    read = readRegularFile(resolve(path));
  } catch (error) {
    throw new ConfigError(
      `--key ${path}: not a readable PEM public key: ${(error as Error).message} (expected ${SUPPORTED_KEYS}).`,
    );
  }
  if ('notRegular' in read)
    throw new ConfigError(
      `--key ${path}: not a regular file: it is ${read.notRegular} (expected a file holding ${SUPPORTED_KEYS}).`,
    );
  let key: KeyObject;
  try {
    key = createPublicKey(read.bytes);
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
  let read: ReturnType<typeof readRegularFile>;
  try {
    read = readRegularFile(signaturePath);
  } catch (error) {
    return {
      ok: false,
      what: 'signature',
      detail: isMissing(error)
        ? `${signaturePath} does not exist (sign with: cosign sign-blob)`
        : `${signaturePath} cannot be read: ${(error as Error).message}`,
    };
  }
  // A failed check, as a missing signature is: the signature given is not one.
  if ('notRegular' in read)
    return {
      ok: false,
      what: 'signature',
      detail: `${signaturePath} is not a regular file: it is ${read.notRegular} (expected the detached signature cosign sign-blob writes)`,
    };
  const raw = read.bytes;
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
  // A bidirectional control would show the line reordered ("MISMATCHED" read backwards): U+FFFD, as
  // the text report shows them.
  // eslint-disable-next-line no-control-regex
  return line.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').replace(BIDI_CONTROLS, '\ufffd');
}

/** The keys shipgate writes at each level of the certificate (schemas/certificate.schema.json). */
const STATEMENT_KEYS = ['_type', 'subject', 'predicateType', 'predicate'];
const PREDICATE_KEYS = [
  'verifier',
  'timeVerified',
  'resourceUri',
  'policy',
  'inputAttestations',
  'verificationResult',
  'verifiedLevels',
  'shipgate',
];
const SHIPGATE_KEYS = [
  'decision',
  'mode',
  'commit',
  'root',
  'rootReal',
  'outputs',
  'policy',
  'totals',
  'open',
  'gates',
  'conditions',
  'pending',
  'warnings',
  'exceptionsApplied',
  'exceptionsNotApplied',
  'inFileSuppressions',
  'severityOverrides',
  'evidence',
];

/** The keys verify accepts at each level, for the test that holds them to the schema. */
export const CERTIFICATE_KEYS = { statement: STATEMENT_KEYS, predicate: PREDICATE_KEYS, shipgate: SHIPGATE_KEYS };

/** `key 'x' at POINTER` for each key of `value` not in `known`. */
function unknownKeys(value: Record<string, unknown>, known: readonly string[], pointer: string): string[] {
  return Object.keys(value)
    .filter((key) => !known.includes(key))
    .map((key) => `the key ${shortJson(key)} at ${pointer || '/'}`);
}

/** An RFC 3339 date and time with a zone (shipgate writes `toISOString()`). */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

/** Whether the date and time of an RFC 3339 text exist (Date turns 2026-02-30 into 2026-03-02). */
function realDate(time: string): boolean {
  const [year, month, day, hour, minute, second] = (time.match(/\d+/g) ?? []).map(Number) as number[];
  if ([year, month, day, hour, minute, second].some((n) => n === undefined)) return false;
  // setUTCFullYear, not Date.UTC, which reads the years 0 to 99 as 1900 to 1999.
  const date = new Date(new Date(0).setUTCFullYear(year as number, (month as number) - 1, day as number));
  return (
    date.getUTCMonth() === (month as number) - 1 &&
    date.getUTCDate() === day &&
    (hour as number) < 24 &&
    (minute as number) < 60 &&
    (second as number) < 60
  );
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
  shipgate: Record<string, unknown>,
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
  // inputs read does not hide the reports added beside it. The certificate records that folder, or null
  // when the outputs went outside the root (the globs skipped nothing, and neither does verify: a report
  // put in the policy's outputs.dir, which that evaluation did not use, is read as evaluate reads it).
  // Only a certificate without the key, from before shipgate always wrote it, is taken to have used the
  // policy's outputs.dir.
  const before = !Object.hasOwn(shipgate, 'outputs');
  const recorded = typeof shipgate.outputs === 'string' ? shipgate.outputs : undefined;
  let outputs = before ? relativeToRoot(options.root, resolve(options.root, policy.outputs.dir)) : undefined;
  if (recorded !== undefined) {
    outputs = relativeToRoot(options.root, resolve(options.root, recorded));
    if (!outputs || normalizePattern(recorded) !== outputs)
      checks.push({
        ok: false,
        what: 'outputs folder',
        detail: `the certificate records ${shortJson(recorded)}, which is not a folder inside the root as the evaluation writes it (expected a relative path such as .artifacts/review-security)`,
      });
  } else if (!before && shipgate.outputs !== null)
    // Neither a folder nor null: read as an old certificate's absent key, it would spare a folder.
    checks.push({
      ok: false,
      what: 'outputs folder',
      detail: `the certificate records ${shortJson(shipgate.outputs)}, which is neither a folder nor null (expected the output folder relative to the root, such as .artifacts/review-security, or null when the outputs went outside the root)`,
    });
  const skip = outputs ? [outputs] : [];
  const attested = new Set(inputs.map((i) => i.uri));
  const covered = new Set<string>();
  const unlisted = (path: string, why: string): void => {
    checks.push({ ok: false, what: path, detail: `${why}, but the certificate does not list it (evaluate again)` });
  };
  // A certificate from before the output folder was recorded: an evaluation given --out wrote its outputs
  // beside the certificate, in a folder the certificate does not name: shipgate's own output files there
  // are not reports (evaluate skipped that folder), while any other file beside it is checked like every
  // input. A recorded folder (or null, outside the root) says exactly what evaluate skipped, and nothing
  // beside the certificate is spared.
  const certificateFolder = relativeToRoot(options.root, dirname(resolve(options.certificate)));
  const ownOutput = (path: string): boolean =>
    before &&
    certificateFolder !== undefined &&
    posix.dirname(path) === (certificateFolder === '' ? '.' : certificateFolder) &&
    (OUTPUT_FILES as readonly string[]).includes(posix.basename(path));
  // The files verify is given (the certificate, its markdown, its signature) are not reports, wherever
  // they were copied: an input glob that reads their folder now does not make them evidence.
  const verifying = new Set(
    [
      options.certificate,
      options.certificate.replace(/\.json$/i, '.md'),
      // The signature verify reads: the one given, else the certificate's path + `.sig` (checkSignature).
      options.signature ?? `${options.certificate}.sig`,
    ]
      .filter((path): path is string => path !== undefined)
      .map((path) => relativeToRoot(options.root, resolve(path)))
      .filter((path): path is string => path !== undefined && path !== ''),
  );
  for (const input of policy.inputs) {
    const paths = expand(() => resolveInputPaths(options.root, input.path, skip));
    if (!Array.isArray(paths)) {
      checks.push({ ok: false, what: `input '${input.path}'`, detail: `cannot be expanded: ${paths.problem}` });
      continue;
    }
    for (const path of paths)
      if (attested.has(path)) covered.add(path);
      else if (!ownOutput(path) && !verifying.has(path))
        unlisted(path, `the policy's input '${input.path}' reads it now`);
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

/**
 * JSON with every object's keys in sorted order: two values compare equal whatever order their keys
 * were written in (a certificate re-serialized by a canonicalizing tool, `jq -S`, is the same statement).
 */
function canonical(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      isObject(v) && !Array.isArray(v)
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, (v as Record<string, unknown>)[k]]),
          )
        : v,
    ) ?? 'undefined'
  );
}

/** A value of the certificate, shown short: the difference a person reads, not the whole JSON. */
function shortJson(value: unknown): string {
  const text = value === undefined ? 'missing' : canonical(value);
  return text.length > 200 ? `${text.slice(0, 200)}...` : text;
}

/** What differs between two values of one field, in words: the first gate or list entry that does. */
function difference(field: string, now: unknown, was: unknown): string {
  if (field === 'gates' && Array.isArray(now) && Array.isArray(was)) {
    const gate = (g: unknown): string =>
      isObject(g)
        ? `${String(g.id)} ${String(g.status)} (${String(g.enforcement)}): ${String(g.summary)}`
        : shortJson(g);
    const i = now.findIndex((g, k) => canonical(g) !== canonical(was[k]));
    const at = i === -1 ? now.length : i;
    return `the evidence gives ${at < now.length ? gate(now[at]) : `${now.length} gate(s)`}; the certificate says ${at < was.length ? gate(was[at]) : `${was.length} gate(s)`}`;
  }
  if (Array.isArray(now) && Array.isArray(was)) {
    const i = now.findIndex((entry, k) => canonical(entry) !== canonical(was[k]));
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
  policy: { uri: string; loaded?: LoadedPolicy },
  inputs: readonly Attestation[],
  filesAgree: boolean,
): Promise<{ checks: Check[]; evaluation?: Evaluation }> {
  const only = (check: Check): { checks: Check[] } => ({ checks: [check] });
  if (!filesAgree || policy.loaded === undefined)
    return only({
      ok: true,
      skipped: true,
      what: 'decision re-derived',
      detail: 'not made: a check above failed (the certificate or its files are not what it says)',
    });
  const loaded = policy.loaded;
  // RFC 3339 with a zone, as shipgate writes it: Date's looser forms ("0", an RFC 2822 date, a time
  // without a zone read as the verifier's local time) would evaluate at a time the certificate does not say.
  const time = predicate.timeVerified;
  const at = typeof time === 'string' && RFC3339.test(time) && realDate(time) ? new Date(time) : undefined;
  if (at === undefined || Number.isNaN(at.getTime()))
    return only({
      ok: false,
      what: 'decision re-derived',
      detail: `timeVerified is ${shortJson(time)} (expected the evaluation time, an RFC 3339 date and time with a zone such as 2026-11-25T12:00:00.000Z, to evaluate the evidence at)`,
    });
  const mode = shipgate.mode;
  if (mode !== 'enforce' && mode !== 'advisory')
    return only({
      ok: false,
      what: 'decision re-derived',
      detail: `shipgate.mode is ${shortJson(mode)} (expected enforce or advisory)`,
    });
  // Only a version as shipgate writes it is named in the advice (checkVersion fails any other before this
  // runs): a recorded "version" is the certificate's text, and must not put a command in verify's advice.
  const version = recordedVersion(predicate);
  const otherVersion =
    version === undefined || version === SHIPGATE_VERSION
      ? ''
      : ` The certificate was made by shipgate ${version} and this is ${SHIPGATE_VERSION}: a change between the two versions may explain it (verify with the version that made it: npx shipgate@${version} verify ...).`;
  const pinned = Array.isArray(shipgate.warnings) && shipgate.warnings.some((w) => PINNED_CLOCK.test(String(w)));
  const pending = (Array.isArray(shipgate.pending) ? shipgate.pending : [])
    .filter(isObject)
    .map((p) => ({ file: String(p.file), reason: String(p.reason) }));
  const root = resolve(options.root);
  let now: Record<string, unknown>;
  let evaluation: Evaluation;
  try {
    const aliases = [shipgate.root, shipgate.rootReal].filter((a): a is string => typeof a === 'string');
    const result = await withRootAlias(root, aliases, () =>
      run({
        root,
        policy: policy.uri.startsWith('preset:') ? policy.uri.slice('preset:'.length) : policy.uri,
        // Exactly the attested files, each by its path (a report may be named `a[1].sarif`).
        scans: inputs.map((i) => i.uri),
        literalScans: true,
        onlyInputs: inputs.map((i) => i.uri),
        ...(typeof shipgate.commit === 'string' ? { commit: shipgate.commit } : {}),
        // Evidence the pull request changed, which the Action listed and did not apply.
        ...(pending.length > 0 ? { pendingEvidence: pending } : {}),
        // The mode the run was given when it is not the policy's (the Action's mode input).
        ...(mode !== loaded.policy.mode ? { mode } : {}),
        // Nothing is written; the folder is the one the evaluation's globs skipped: the recorded one (it
        // wrote there, given --out), a folder outside the root when the certificate records null (it wrote
        // outside: no folder was skipped, and evidence in the policy's outputs.dir was no output's),
        // else the policy's.
        outDir:
          shipgate.outputs === null
            ? dirname(root)
            : resolve(
                root,
                typeof shipgate.outputs === 'string' && relativeToRoot(root, resolve(root, shipgate.outputs))
                  ? shipgate.outputs
                  : loaded.policy.outputs.dir,
              ),
        dryRun: true,
        clock: () => new Date(at.getTime()),
        clockPinned: pinned,
        logger: silentLogger,
        ...options.limits,
      }),
    );
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
  const checks: Check[] = [];
  // A certificate written before shipgate recorded the folder it was evaluated in cannot say how the
  // reports' absolute paths were read: in another checkout they read differently, so the difference may
  // be the folder's, not the certificate's.
  const noRoot =
    typeof shipgate.root === 'string'
      ? ''
      : ' The certificate does not record the folder it was evaluated in (shipgate.root; certificates written before 2026-11-26 do not): if its reports name files by absolute path, verify it in that folder, or evaluate again.';
  const expected = ` (expected what the attested files give when evaluated again at ${at.toISOString()}: the certificate was changed, or written for other evidence).${otherVersion}${noRoot}`;
  for (const field of DECIDED_FIELDS)
    if (canonical(now[field]) !== canonical(shipgate[field]))
      checks.push({
        ok: false,
        what: `decision re-derived (${field})`,
        detail: `${difference(field, now[field], shipgate[field])}${expected}`,
      });
  // The evaluation's warnings may say more than the evidence gives (the Action adds its own), but never
  // less: a warning the evidence gives that the certificate drops (a scan that did not complete while
  // evidence-completeness is off) is a statement taken away. One warning may be missing: that the policy
  // inherits advisory mode, which a run given its mode (the Action's mode input) does not give. Exactly
  // that warning, as the policy gives it: a pattern would also spare a warning that a report's text ends
  // up in (a tool named "x: mode advisory comes from preset:z" made its own "did not complete" removable).
  const stated = new Set(Array.isArray(shipgate.warnings) ? shipgate.warnings.map(String) : []);
  const inheritedMode = inheritedAdvisoryWarning(loaded);
  const dropped = evaluation.warnings.filter((w) => !stated.has(w) && w !== inheritedMode);
  if (dropped.length > 0)
    checks.push({
      ok: false,
      what: 'decision re-derived (warnings)',
      detail: `the evidence gives ${dropped.length} warning(s) the certificate does not list, the first: ${shortJson(dropped[0])}${expected}`,
    });
  // The files the run read are those hashed above (a file swapped in between would be judged unseen).
  const read = canonical(sortByPath(evaluation.inputs.map((i) => ({ path: i.path, sha256: i.sha256 }))));
  const attested = canonical(sortByPath(inputs.map((i) => ({ path: i.uri, sha256: i.digest.sha256 }))));
  const evidenceNow = canonical(evaluation.evidence.map((e) => [e.path, e.sha256, e.kind]));
  const evidenceWas = canonical(recordedEvidence(shipgate).map((e) => [e.path, e.sha256, e.kind]));
  if (read !== attested || evidenceNow !== evidenceWas)
    checks.push({
      ok: false,
      what: 'decision re-derived (files)',
      detail: `the evaluation read ${read !== attested ? `the inputs ${shortJson(JSON.parse(read))}` : `the evidence ${shortJson(JSON.parse(evidenceNow))}`}, not the files the certificate attests (a file changed while verify ran, or the certificate lists a file twice, or evidence the policy does not read); verify again`,
    });
  if (checks.length > 0) return { checks };
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
  let read: ReturnType<typeof readRegularFile>;
  try {
    read = readRegularFile(markdownPath);
  } catch (error) {
    if (isMissing(error)) return undefined;
    return { ok: false, what: shown, detail: `cannot be read: ${(error as Error).message}` };
  }
  if ('notRegular' in read)
    return {
      ok: false,
      what: shown,
      detail: `is not a regular file: it is ${read.notRegular} (expected the markdown certificate evaluate wrote beside the JSON one)`,
    };
  const { bytes } = read;
  const repository = subjectRepository(statement);
  let expected: string;
  try {
    expected = renderCertificateMarkdown({
      ...evaluation,
      shipgateVersion: recordedVersion(predicate) ?? evaluation.shipgateVersion,
      evaluatedAt: String(predicate.timeVerified),
      ...(repository !== undefined ? { repository } : {}),
      warnings: Array.isArray(shipgate.warnings) ? shipgate.warnings.map(String) : [],
      evidence: recordedEvidence(shipgate),
    });
  } catch (error) {
    if (!isShipgateError(error)) throw error;
    return { ok: false, what: shown, detail: `cannot be rendered from the JSON certificate: ${error.message}` };
  }
  // Compared as the bytes evaluate writes (UTF-8: text cut inside a character is written as U+FFFD).
  const want = Buffer.from(expected, 'utf8');
  if (bytes.equals(want))
    return { ok: true, what: shown, detail: 'says what the JSON certificate and the evidence give' };
  // A checkout that turns line breaks into CRLF (git's autocrlf) changes no statement.
  if (bytes.equals(Buffer.from(want.toString('utf8').replaceAll('\n', '\r\n'), 'utf8')))
    return {
      ok: true,
      what: shown,
      detail: 'says what the JSON certificate and the evidence give (with CRLF line breaks)',
    };
  const gotLines = bytes.toString('utf8').split('\n');
  const wantLines = want.toString('utf8').split('\n');
  const index = wantLines.findIndex((l, i) => l !== gotLines[i]);
  const line = index === -1 ? wantLines.length : index;
  const got = gotLines[line];
  const wanted = wantLines[line];
  let column = 0;
  while (got !== undefined && wanted !== undefined && column < got.length && got[column] === wanted[column])
    column += 1;
  // Around the first character that differs, so that a long line does not hide it.
  const around = (text: string | undefined): string =>
    text === undefined
      ? 'nothing'
      : shortJson(`${column > 60 ? '...' : ''}${text.slice(Math.max(0, column - 60), column + 60)}`);
  return {
    ok: false,
    what: shown,
    detail: `line ${line + 1}, column ${column + 1}: ${around(got)} (expected ${around(wanted)}, as evaluate renders the evaluation derived again: the markdown certificate was changed, or belongs to another certificate)`,
  };
}

/** The evidence files `shipgate.evidence` lists (policy layers among them), each field as text. */
function recordedEvidence(shipgate: Record<string, unknown>): Evaluation['evidence'] {
  return (Array.isArray(shipgate.evidence) ? shipgate.evidence.filter(isObject) : []).map((e) => ({
    path: String(e.path),
    sha256: String(e.sha256),
    origin: String(e.origin),
    kind: String(e.kind),
  }));
}

/** A shipgate version as shipgate writes it (package.json's): MAJOR.MINOR.PATCH, a pre-release and a build. */
const VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/** The value of `predicate.verifier.version.shipgate` (undefined when there is none). */
function versionField(predicate: Record<string, unknown>): unknown {
  return isObject(predicate.verifier) && isObject(predicate.verifier.version)
    ? predicate.verifier.version.shipgate
    : undefined;
}

/** The shipgate version the certificate says made it, when it says one as shipgate writes it. */
function recordedVersion(predicate: Record<string, unknown>): string | undefined {
  const version = versionField(predicate);
  return typeof version === 'string' && VERSION.test(version) ? version : undefined;
}

/**
 * The version that made the certificate: evaluate writes its own, a semver version. Nothing else checks
 * it, and it goes where the certificate's other text does not: into the markdown certificate verify
 * renders to compare (a version holding line breaks and `<!--` made a forged markdown verify) and into
 * the advice `npx shipgate@VERSION verify ...` (a shell command could be planted there). Any other value
 * is a MISMATCH, shown as JSON.
 */
function checkVersion(predicate: Record<string, unknown>): Check | undefined {
  if (recordedVersion(predicate) !== undefined) return undefined;
  const version = versionField(predicate);
  return {
    ok: false,
    what: 'verifier version',
    detail: `predicate.verifier.version.shipgate is ${shortJson(version)} (expected the version of shipgate that wrote the certificate, as evaluate writes it: MAJOR.MINOR.PATCH with an optional -PRERELEASE and +BUILD, such as ${SHIPGATE_VERSION})`,
  };
}

/** The repository the certificate's first subject names; undefined for `release` (none named). */
function subjectRepository(statement: Record<string, unknown>): string | undefined {
  const first = (statement.subject as unknown[])[0];
  return isObject(first) && typeof first.name === 'string' && first.name !== 'release' ? first.name : undefined;
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
  const evidence = recordedEvidence(shipgate).filter((e) => e.kind !== 'policy');
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
  if (policy.loaded)
    checks.push(...checkUnlisted(options, shipgate, reader, policy.loaded, policy.uri, named, inputs, evidence));

  // shipgate never approves without a scan input: a certificate that attests none proves nothing.
  if (inputs.length === 0)
    checks.push({
      ok: false,
      what: 'inputs',
      detail: 'the certificate attests no scan input (expected at least one; shipgate does not approve without one)',
    });
  const subjects = statement.subject as unknown[];
  if (subjects.length !== 1)
    checks.push({
      ok: false,
      what: 'subject',
      detail: `the certificate names ${subjects.length === 0 ? 'no subject' : `${subjects.length} subjects`} (expected one, as shipgate writes it: the repository, or release, whose sha256 is over the attested input digests)`,
    });
  const recomputed = inputSetDigest(inputs.map((i) => ({ sha256: i.digest.sha256, path: i.uri })));
  const commit = typeof shipgate.commit === 'string' ? shipgate.commit : undefined;
  // The commit the certificate vouches for, as evaluate records it: the full SHA in lower case (it
  // refuses an abbreviated one when it writes its outputs, and writes hex in lower case). The
  // re-derivation is a dry run, which accepts 7 digits: without this check a certificate for `d194786`,
  // which every commit starting so shares, verified.
  if (Object.hasOwn(shipgate, 'commit') && !(commit !== undefined && FULL_COMMIT.test(commit)))
    checks.push({
      ok: false,
      what: 'commit',
      detail: `shipgate.commit is ${shortJson(shipgate.commit)} (expected the commit under test as evaluate records it: 40 hex digits, or 64 in a SHA-256 repository, in lower case; evaluate refuses an abbreviated commit, which every commit that starts the same shares)`,
    });
  const versionCheck = checkVersion(predicate);
  if (versionCheck) checks.push(versionCheck);
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
    const badName = name === 'release' ? undefined : checkRepository(name);
    if (badName !== undefined)
      problems.push(
        `the name ${shortJson(name)} is not a GitHub owner/name (expected the repository as shipgate names it, such as acme/payments, or release)`,
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

  // resourceUri, which SLSA VSA consumers match on: the repository at the commit (on the server the URI
  // names), or the input set when no repository is named, as evaluate writes it.
  const repository = subjectRepository(statement);
  // The server is the certificate's own text: it must be one evaluate takes (--server-url), and the URI
  // exactly what evaluate writes for it. Taken as it was, `git+https://evil.example?x=/acme/demo@...`
  // (a query), `https://github.com@evil.example` (credentials), a look-alike host or port 99999 verified.
  const uriServer =
    typeof predicate.resourceUri === 'string'
      ? /^git\+(https?:\/\/[^/]+)\//.exec(predicate.resourceUri)?.[1]
      : undefined;
  const server = uriServer === undefined ? undefined : serverAddress(uriServer);
  // A subject name that is not owner/name is its own MISMATCH above: no URI can be expected from it.
  const resourceUri =
    repository === undefined || checkRepository(repository) === undefined
      ? resourceUriOf(repository, commit, recomputed, ...(server ? [server] : []))
      : undefined;
  if (resourceUri !== undefined && repository !== undefined && uriServer !== undefined && server === undefined)
    checks.push({
      ok: false,
      what: 'resourceUri',
      detail: `is ${shortJson(predicate.resourceUri)}, whose server ${showCodePoints(uriServer.length > 100 ? `${uriServer.slice(0, 100)}...` : uriServer)} is not a GitHub server's address as evaluate takes one (expected https://HOST or https://HOST:PORT, the host of letters, digits, '.' and '-', the port 1 to 65535, followed by /${repository}, as --server-url names it)`,
    });
  else if (resourceUri !== undefined)
    checks.push(
      predicate.resourceUri === resourceUri
        ? { ok: true, what: 'resourceUri', detail: resourceUri }
        : {
            ok: false,
            what: 'resourceUri',
            detail: `is ${shortJson(predicate.resourceUri)} (expected ${resourceUri}, from the subject's repository, shipgate.commit and the inputs' sha256)`,
          },
    );

  // Only what shipgate writes: a key it does not write (a note, a sign-off) would be read as a statement
  // that nothing checked.
  const extra = [
    ...unknownKeys(statement, STATEMENT_KEYS, ''),
    ...unknownKeys(predicate, PREDICATE_KEYS, '/predicate'),
    ...unknownKeys(shipgate, SHIPGATE_KEYS, '/predicate/shipgate'),
  ];
  if (extra.length > 0)
    checks.push({
      ok: false,
      what: 'keys',
      detail: `the certificate has ${extra.join(', ')}, which shipgate does not write (expected only the keys of schemas/certificate.schema.json)`,
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
    policy,
    inputs,
    checks.every((c) => c.ok),
  );
  pushAll(checks, derived.checks);
  const markdown = derived.evaluation && checkMarkdown(options, statement, predicate, shipgate, derived.evaluation);
  if (markdown) checks.push(markdown);

  const clock = checkClock(options, warnings, predicate.timeVerified);
  if (clock) checks.push(clock);

  checks.push(checkSignature(options, key, bytes));

  const failed = checks.filter((c) => !c.ok);
  const lines = [
    `${failed.length === 0 ? 'VERIFIED' : 'MISMATCH'} — ${path}: ${String(shipgate.decision ?? 'unknown decision')} by shipgate ${recordedVersion(predicate) ?? '?'} at ${String(predicate.timeVerified)}`,
    ...checks.map((c) => `  ${c.skipped ? 'skipped ' : c.ok ? 'ok      ' : 'MISMATCH'} ${c.what}: ${c.detail}`),
    // The evaluation's own warnings (a pinned clock among them) stand with the certificate.
    ...(Array.isArray(warnings) ? warnings.filter((w) => typeof w === 'string').map((w) => `  warning  ${w}`) : []),
  ];
  const report = `${lines.map(flatten).join('\n')}\n`;
  if (failed.length === 0) return { report };
  // A re-derivation that could not run (a cap lower than the evaluation's) says nothing against the
  // certificate: the reason is its own line's.
  const unevaluated = (c: Check): boolean =>
    c.what === 'decision re-derived' && c.detail.startsWith('the attested evidence cannot be evaluated again');
  const signature = (c: Check): boolean => c.what === 'signature';
  const why = [
    ...(clock && !clock.ok ? [clock.detail] : []),
    ...(failed.some(signature)
      ? [
          "the signature does not match the certificate's bytes (they changed after signing, or the signature or key is another certificate's)",
        ]
      : []),
    ...(failed.some((c) => c !== clock && !unevaluated(c) && !signature(c))
      ? ['the certificate does not describe this workspace']
      : []),
    ...(failed.some(unevaluated)
      ? ['the attested evidence could not be evaluated again (see the decision re-derived line)']
      : []),
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
