/**
 * The certificate and `verify`, at the module level (run() writes the outputs with src/, verifyCertificate
 * checks them): a signature needs a key, and the key must sign; a certificate verifies only as a
 * consistent approval; the subject does not depend on input order; the evaluation's warnings stand in
 * the certificate; `policy` is the policy file's own digest and the chain is checked layer by layer; the
 * repository and commit are recorded in one safe form; evidence added after the certificate is found;
 * a certificate evaluated under a pinned clock verifies only with --allow-pinned-clock.
 */
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyCertificate, type VerifyOptions } from '../src/commands/verify.js';
import { ConfigError, TrustError } from '../src/errors.js';
import type { Evaluation } from '../src/evaluation.js';
import { silentLogger } from '../src/logger.js';
import { PRESETS } from '../src/policy/load.js';
import {
  buildCertificate,
  checkRepository,
  inputSetDigest,
  renderCertificateMarkdown,
  sortByPath,
} from '../src/report/certificate.js';
import { run, type RunOptions } from '../src/run.js';
import { errorOf, rejectionOf } from './helpers.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const DEMO = join(REPO, 'fixtures/demo/release');
const CERT = '.artifacts/review-security/security-approval-certificate.json';
const PINNED =
  'SHIPGATE_NOW pins the evaluation time to 2026-11-25T12:00:00.000Z: dates are judged against it, not the real date.';
const folders: string[] = [];

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

const sha256 = (bytes: string | Buffer): string => createHash('sha256').update(bytes).digest('hex');

function write(root: string, path: string, text: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** The demo release in a fresh folder; `files` replace or add files (undefined removes one). */
function workspace(files: Record<string, string | undefined> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'sg-cert-review-'));
  folders.push(root);
  cpSync(DEMO, root, { recursive: true });
  for (const [path, text] of Object.entries(files))
    if (text === undefined) rmSync(join(root, path), { force: true });
    else write(root, path, text);
  return root;
}

/** Evaluates the workspace and writes its outputs (the certificate among them). */
async function evaluate(root: string, options: Partial<RunOptions> = {}): Promise<Evaluation> {
  const result = await run({
    root,
    scans: [],
    dryRun: false,
    clock: () => new Date('2026-11-25T12:00:00Z'),
    clockPinned: true,
    logger: silentLogger,
    ...options,
  });
  expect(result.evaluation.decision).not.toBe('rejected');
  return result.evaluation;
}

/** An evaluated workspace, certified. */
async function certified(files: Record<string, string | undefined> = {}, options: Partial<RunOptions> = {}) {
  const root = workspace(files);
  const evaluation = await evaluate(root, options);
  return { root, evaluation, cert: join(root, CERT) };
}

/** verify, accepting the pinned clock these tests evaluate under (`allowPinnedClock: false` to refuse it). */
async function verify(root: string, options: Partial<VerifyOptions> = {}) {
  const result = await verifyCertificate({ certificate: join(root, CERT), root, allowPinnedClock: true, ...options });
  return { ...result, report: result.report.split(root + '/').join('') };
}

/** A subject of the certificate. */
interface Subject {
  name: string;
  digest: Record<string, string>;
}

/** The parts of the certificate JSON the tests read and edit. */
interface CertificateJson {
  subject: Subject[];
  predicate: {
    resourceUri: string;
    policy: { uri: string; digest: { sha256: string } };
    inputAttestations: { uri: string; digest: { sha256: string } }[];
    verificationResult: string;
    verifiedLevels: string[];
    shipgate: {
      decision: string;
      commit?: string;
      policy: { digest: string; chain: { source: string; sha256: string; origin: string }[] };
      warnings: unknown;
    };
  };
}

/** The first subject (a test fails first when there is none). */
const subjectOf = (certificate: CertificateJson): Subject => certificate.subject[0] as Subject;

const readCertificate = (root: string): CertificateJson => JSON.parse(readFileSync(join(root, CERT), 'utf8'));

/** Edits the certificate JSON in place. */
function editCertificate(root: string, change: (certificate: CertificateJson) => void): void {
  const certificate = readCertificate(root);
  change(certificate);
  writeFileSync(join(root, CERT), JSON.stringify(certificate, null, 2));
}
const mismatches = (report: string): string[] => report.split('\n').filter((l) => l.startsWith('  MISMATCH '));

/** The demo policy without its inputs list: every report comes from --scan. */
const POLICY_WITHOUT_INPUTS = 'version: 1\nextends: release\nexceptions:\n  approvers: [security-lead]\n';
const SCANS = ['reports/codeql.sarif', 'reports/trivy.json', 'reports/gitleaks.sarif'];

describe('verify: a signature needs a key, and the key must be one that signs', () => {
  it('--signature without --key is a usage error naming both, before the certificate is read', async () => {
    const { root } = await certified();
    const error = await rejectionOf(() =>
      verifyCertificate({ certificate: join(root, CERT), root, signature: 'cert.sig' }),
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe(
      '--signature cert.sig: a signature is checked only with the public key it was made with; give --key FILE too (an ECDSA (ec), RSA (rsa, rsa-pss), Ed25519 or Ed448 public key in PEM), or leave out --signature.',
    );
    expect(
      await rejectionOf(() => verifyCertificate({ certificate: 'missing.json', root, signature: 'x.sig' })),
    ).toBeInstanceOf(ConfigError);
    // With the key, the same signature is checked.
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    write(root, 'ec.pub', ec.publicKey.export({ type: 'spki', format: 'pem' }) as string);
    writeFileSync(
      join(root, 'cert.sig'),
      sign('sha256', readFileSync(join(root, CERT)), ec.privateKey).toString('base64'),
    );
    const signed = await verify(root, { key: join(root, 'ec.pub'), signature: join(root, 'cert.sig') });
    expect(signed.error).toBeUndefined();
    expect(signed.report).toContain('  ok       signature: verified with the ec key ec.pub\n');
    // Without either, the signature is not checked, and says so.
    expect((await verify(root)).report).toContain('signature: not checked (no --key given');
  });

  it('an x25519 or x448 key (openssl genpkey -algorithm x25519; openssl pkey -pubout) is exit 2 naming the file and the supported types', async () => {
    const { root } = await certified();
    writeFileSync(join(root, `${CERT}.sig`), 'AAAA\n');
    for (const type of ['x25519', 'x448'] as const) {
      const pair = generateKeyPairSync(type as 'x25519');
      write(root, `${type}.pub`, pair.publicKey.export({ type: 'spki', format: 'pem' }) as string);
      const error = await rejectionOf(() => verify(root, { key: join(root, `${type}.pub`) }));
      expect(error, type).toBeInstanceOf(ConfigError);
      expect(error.message, type).toBe(
        `--key ${join(root, `${type}.pub`)}: a ${type} key cannot check a signature (expected an ECDSA (ec), RSA (rsa, rsa-pss), Ed25519 or Ed448 public key in PEM, such as cosign.pub from cosign generate-key-pair).`,
      );
    }
    // The other side: a key that signs is used, and a signature that is not its own does not verify (exit 4).
    const ed = generateKeyPairSync('ed25519');
    write(root, 'ed.pub', ed.publicKey.export({ type: 'spki', format: 'pem' }) as string);
    const wrong = await verify(root, { key: join(root, 'ed.pub') });
    expect(wrong.error).toBeInstanceOf(TrustError);
    expect(mismatches(wrong.report)).toEqual([
      '  MISMATCH signature: does not verify with the ed25519 key ed.pub: the certificate or the signature changed',
    ]);
  });
});

describe('verify: only a consistent approval verifies', () => {
  it('a rejected decision, a verificationResult other than PASSED, or levels that disagree never verify', async () => {
    const { root } = await certified();
    expect((await verify(root)).report).toContain(
      '  ok       decision: approved-with-conditions, verificationResult PASSED, verifiedLevels SHIPGATE_APPROVED_WITH_CONDITIONS\n',
    );
    const cases: [string, (c: CertificateJson) => void, string | undefined][] = [
      [
        'rejected, still PASSED',
        (c) => (c.predicate.shipgate.decision = 'rejected'),
        '  MISMATCH decision: shipgate.decision is "rejected" (expected approved or approved-with-conditions: shipgate certifies only an approval)',
      ],
      [
        'approved, FAILED',
        (c) => (c.predicate.verificationResult = 'FAILED'),
        '  MISMATCH decision: verificationResult is "FAILED" (expected PASSED, as the decision approved-with-conditions would say)',
      ],
      [
        'rejected and FAILED',
        (c) => {
          c.predicate.shipgate.decision = 'rejected';
          c.predicate.verificationResult = 'FAILED';
        },
        '  MISMATCH decision: shipgate.decision is "rejected" (expected approved or approved-with-conditions: shipgate certifies only an approval); verificationResult is "FAILED" (expected PASSED, as the decision rejected would say)',
      ],
      [
        'approved, with the level of approved-with-conditions',
        (c) => (c.predicate.shipgate.decision = 'approved'),
        '  MISMATCH decision: verifiedLevels is ["SHIPGATE_APPROVED_WITH_CONDITIONS"] (expected ["SHIPGATE_APPROVED"] for approved)',
      ],
    ];
    for (const [what, change, line] of cases) {
      const { root: dir } = await certified();
      editCertificate(dir, change);
      const result = await verify(dir);
      if (line === undefined) {
        expect(result.error, what).toBeUndefined();
        continue;
      }
      expect(result.error, what).toBeInstanceOf(TrustError);
      expect(result.error?.message, what).toMatch(/: 1 of \d+ check\(s\) failed: decision;/);
      expect(mismatches(result.report), what).toEqual([line]);
    }
  });

  it('a certificate with no subject, or a subject without a sha256 (a gitCommit alone), does not verify', async () => {
    const commit = 'c'.repeat(40);
    const { root } = await certified({}, { commit, repository: 'acme/payments' });
    const subject = readCertificate(root).subject;
    expect(subject).toEqual([
      { name: 'acme/payments', digest: { gitCommit: commit, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } },
    ]);
    expect((await verify(root)).report).toMatch(
      new RegExp(
        `\\n {2}ok {7}subject acme/payments: sha256 [0-9a-f]{64} over the 3 input digest\\(s\\); commit ${commit} \\(recorded, not recomputed from files\\)\\n`,
      ),
    );
    editCertificate(root, (c) => (c.subject = []));
    const uri = readCertificate(root).predicate.resourceUri;
    expect(mismatches((await verify(root)).report)).toEqual([
      '  MISMATCH subject: the certificate names no subject (expected one, as shipgate writes it: the repository, or release, whose sha256 is over the attested input digests)',
      // Without the subject, no repository: the URI expected is the input set's.
      `  MISMATCH resourceUri: is "${uri}" (expected shipgate:inputs/${subject[0]?.digest.sha256}, from the subject's repository, shipgate.commit and the inputs' sha256)`,
    ]);
    editCertificate(root, (c) => (c.subject = [{ name: 'acme/payments', digest: { gitCommit: commit } }]));
    const recomputed = subject[0]?.digest.sha256;
    expect(mismatches((await verify(root)).report)).toEqual([
      `  MISMATCH subject acme/payments: it carries no sha256 digest (expected the sha256 over the 3 input digest(s), ${recomputed})`,
    ]);
    editCertificate(root, (c) => (c.subject = [subject[0] as Subject, { name: 'other', digest: {} }]));
    expect(mismatches((await verify(root)).report)).toEqual([
      '  MISMATCH subject: the certificate names 2 subjects (expected one, as shipgate writes it: the repository, or release, whose sha256 is over the attested input digests)',
      `  MISMATCH subject other: it carries no sha256 digest (expected the sha256 over the 3 input digest(s), ${recomputed}); the name "other" is not a GitHub owner/name (expected the repository as shipgate names it, such as acme/payments, or release)`,
    ]);
    editCertificate(
      root,
      (c) => (c.subject = [{ name: 'acme/payments', digest: { ...subject[0]?.digest, gitCommit: 'd'.repeat(40) } }]),
    );
    expect(mismatches((await verify(root)).report)).toEqual([
      `  MISMATCH subject acme/payments: gitCommit "${'d'.repeat(40)}" is not shipgate.commit "${commit}" (expected the same commit, in lower case)`,
    ]);
    editCertificate(root, (c) => (c.subject = subject));
    expect((await verify(root)).error).toBeUndefined();
  });

  it('the evidence files must close the attestations as shipgate.evidence lists them', async () => {
    const { root } = await certified();
    editCertificate(root, (c) => c.predicate.inputAttestations.pop());
    expect(mismatches((await verify(root)).report)).toContain(
      '  MISMATCH evidence list: predicate.inputAttestations does not end with the 3 evidence file(s) shipgate.evidence lists (.shipgate/exceptions/tomcat.yml, security/findings-register.csv, security/manual-assessment.md), in the same order with the same sha256',
    );
  });
});

describe('the subject does not depend on the order of the inputs', () => {
  it('inputSetDigest and sortByPath order by path, byte by byte', () => {
    const a = { path: 'reports/a.sarif', sha256: '1'.repeat(64) };
    const b = { path: 'reports/b.json', sha256: '2'.repeat(64) };
    const c = { path: 'Reports/c.json', sha256: '3'.repeat(64) };
    expect(inputSetDigest([a, b, c])).toBe(inputSetDigest([c, b, a]));
    expect(inputSetDigest([a, b, c])).toBe(
      sha256(`${c.sha256}  ${c.path}\n${a.sha256}  ${a.path}\n${b.sha256}  ${b.path}`),
    );
    expect(inputSetDigest([a, b])).not.toBe(inputSetDigest([a, c]));
    expect(inputSetDigest([a, b])).not.toBe(inputSetDigest([a, { ...b, sha256: '4'.repeat(64) }]));
    // UTF-8 bytes, not UTF-16 code units: U+FF01 (EF BC 81) before U+1F600 (F0 9F 98 80; D83D DE00 in UTF-16).
    expect(sortByPath([{ path: '\u{1F600}' }, { path: '\uFF01' }]).map((p) => p.path)).toEqual(['\uFF01', '\u{1F600}']);
  });

  it('inputs in any order give the same certificate, attested in path order; verify recomputes it either way', async () => {
    const files = { '.shipgate/policy.yml': POLICY_WITHOUT_INPUTS };
    const { root, evaluation } = await certified(files, { scans: SCANS });
    const byPath = sortByPath(evaluation.inputs);
    const reversed = { ...evaluation, inputs: [...byPath].reverse() };
    expect(reversed.inputs.map((i) => i.path)).not.toEqual(byPath.map((i) => i.path));
    expect(buildCertificate(reversed)).toEqual(buildCertificate({ ...evaluation, inputs: byPath }));
    expect(renderCertificateMarkdown(reversed)).toBe(renderCertificateMarkdown({ ...evaluation, inputs: byPath }));
    const certificate = readCertificate(root);
    expect(certificate.predicate.inputAttestations.map((a: { uri: string }) => a.uri)).toEqual([
      'reports/codeql.sarif',
      'reports/gitleaks.sarif',
      'reports/trivy.json',
      '.shipgate/exceptions/tomcat.yml',
      'security/findings-register.csv',
      'security/manual-assessment.md',
    ]);
    // --scan in the other order: the same certificate.
    const other = await certified(files, { scans: [...SCANS].reverse() });
    expect(readCertificate(other.root).subject).toEqual(certificate.subject);
    expect(readCertificate(other.root).predicate.inputAttestations).toEqual(certificate.predicate.inputAttestations);
    expect((await verify(root)).error).toBeUndefined();
    // Attestations in another order still verify: the subject is recomputed over the set.
    editCertificate(root, (c) => {
      const inputs = c.predicate.inputAttestations.splice(0, 3);
      c.predicate.inputAttestations.unshift(...inputs.reverse());
    });
    expect((await verify(root)).error).toBeUndefined();
    // A subject over the inputs in the order given (as before) does not.
    const unsorted = sha256(reversed.inputs.map((i) => `${i.sha256}  ${i.path}`).join('\n'));
    editCertificate(root, (c) => (subjectOf(c).digest.sha256 = unsorted));
    expect(mismatches((await verify(root)).report)).toEqual([
      `  MISMATCH subject release: sha256 over the 3 input digest(s) is ${subjectOf(certificate).digest.sha256}; the certificate says ${unsorted}`,
    ]);
  });
});

describe('the evaluation warnings stand in the certificate', () => {
  it('a pinned clock is in the JSON, the markdown and what verify prints', async () => {
    const { root, evaluation } = await certified();
    expect(evaluation.warnings).toContain(PINNED);
    expect(readCertificate(root).predicate.shipgate.warnings).toEqual(evaluation.warnings);
    const markdown = readFileSync(join(root, CERT.replace(/json$/, 'md')), 'utf8');
    expect(markdown).toContain(
      `\n## Warnings\n\n- SHIPGATE&#95;NOW pins the evaluation time to 2026-11-25T12:00:00.000Z: dates are judged against it, not the real date.\n`,
    );
    const result = await verify(root);
    expect(result.error).toBeUndefined();
    expect(result.report).toContain(
      '\n  ok       clock: pinned to 2026-11-25T12:00:00.000Z (SHIPGATE_NOW); accepted with --allow-pinned-clock\n',
    );
    expect(result.report.endsWith(`\n  warning  ${PINNED}\n`)).toBe(true);
  });

  it('with the real clock: an empty list, no Warnings section, no warning or clock line, verified without --allow-pinned-clock', async () => {
    const { root, evaluation } = await certified({}, { clockPinned: false });
    expect(evaluation.warnings).toEqual([]);
    expect(readCertificate(root).predicate.shipgate.warnings).toEqual([]);
    expect(readFileSync(join(root, CERT.replace(/json$/, 'md')), 'utf8')).not.toContain('## Warnings');
    const result = await verify(root, { allowPinnedClock: false });
    expect(result.error).toBeUndefined();
    expect(result.report).not.toContain('warning');
    expect(result.report).not.toContain('clock');
  });

  it('a certificate without the warnings list does not verify; a warning with control characters is printed flat', async () => {
    const { root } = await certified();
    // About the JSON alone: the markdown, which lists the warnings too, would disagree with the edits.
    rmSync(join(root, CERT.replace(/json$/, 'md')));
    editCertificate(root, (c) => Reflect.deleteProperty(c.predicate.shipgate, 'warnings'));
    expect(mismatches((await verify(root)).report)).toEqual([
      "  MISMATCH warnings: shipgate.warnings is missing or not a list of strings (expected the evaluation's warnings, [] when there were none)",
    ]);
    editCertificate(root, (c) => (c.predicate.shipgate.warnings = ['a\u001b[2Jb\nc']));
    const result = await verify(root);
    expect(result.error).toBeUndefined();
    expect(result.report).toContain('\n  warning  a [2Jb c\n');
  });
});

describe('verify refuses a certificate evaluated under a pinned clock, unless --allow-pinned-clock', () => {
  const CLOCK_MISMATCH =
    '  MISMATCH clock: the evaluation time was pinned to 2026-11-25T12:00:00.000Z (SHIPGATE_NOW), so exception expiry and plan due dates were judged against that date, not the real one (expected a certificate evaluated with the real clock: evaluate again without SHIPGATE_NOW, or give --allow-pinned-clock to accept it, as for a demo or a test)';

  it('exit 4 naming the pinned time, every other check still made and passing; the warning still printed', async () => {
    const { root, cert } = await certified();
    const result = await verify(root, { allowPinnedClock: false });
    expect(result.error).toBeInstanceOf(TrustError);
    expect(mismatches(result.report)).toEqual([CLOCK_MISMATCH]);
    expect(result.report).toMatch(/^MISMATCH — /);
    expect(result.report.endsWith(`\n  warning  ${PINNED}\n`)).toBe(true);
    const checks = result.report.split('\n').filter((l) => /^ {2}(ok|MISMATCH) /.test(l)).length;
    expect(result.error?.message).toBe(
      `${cert}: 1 of ${checks} check(s) failed: clock; the evaluation time was pinned to 2026-11-25T12:00:00.000Z (SHIPGATE_NOW), so exception expiry and plan due dates were judged against that date, not the real one (expected a certificate evaluated with the real clock: evaluate again without SHIPGATE_NOW, or give --allow-pinned-clock to accept it, as for a demo or a test).`,
    );
    // Without the option at all, the same: refusing is the default.
    expect((await verifyCertificate({ certificate: cert, root })).error?.message).toBe(result.error?.message);
  });

  it('a pinned clock and another mismatch: both named, and the workspace no longer described', async () => {
    const { root, cert } = await certified();
    writeFileSync(join(root, 'reports/trivy.json'), `${readFileSync(join(root, 'reports/trivy.json'), 'utf8')} `);
    const result = await verify(root, { allowPinnedClock: false });
    expect(mismatches(result.report)).toEqual([
      expect.stringMatching(/^ {2}MISMATCH reports\/trivy\.json: sha256 is /),
      CLOCK_MISMATCH,
    ]);
    expect(result.error?.message).toMatch(
      new RegExp(
        `^${cert.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: 2 of \\d+ check\\(s\\) failed: reports/trivy\\.json, clock; the evaluation time was pinned to 2026-11-25T12:00:00\\.000Z .*; the certificate does not describe this workspace\\.$`,
      ),
    );
  });

  it('the pinned time is read from the warning, and only as a time: control characters never reach the message', async () => {
    const { root } = await certified();
    // About the JSON alone: the markdown, which lists the warnings too, would disagree with the edit.
    rmSync(join(root, CERT.replace(/json$/, 'md')));
    editCertificate(
      root,
      (c) =>
        (c.predicate.shipgate.warnings = [
          'SHIPGATE_NOW pins the evaluation time to 2020-01-01T00:00:00.000Z\u001b[2J: dates are judged against it.',
        ]),
    );
    const result = await verify(root, { allowPinnedClock: false });
    expect(mismatches(result.report)).toEqual([
      // The evaluation derived again says its own pinned time, which the edited warning does not.
      expect.stringMatching(
        /^ {2}MISMATCH decision re-derived \(warnings\): the evidence gives 1 warning\(s\) the certificate does not list, the first: "SHIPGATE_NOW pins the evaluation time to 2026-11-25T12:00:00\.000Z/,
      ),
      expect.stringMatching(
        /^ {2}MISMATCH clock: the evaluation time was pinned to 2020-01-01T00:00:00\.000Z \(SHIPGATE_NOW\)/,
      ),
    ]);
    expect(result.error?.message).not.toContain('\u001b');
    // A warning that does not start as the pinned clock's does is only printed.
    editCertificate(root, (c) => (c.predicate.shipgate.warnings = ['a note: SHIPGATE_NOW pins nothing here']));
    expect((await verify(root, { allowPinnedClock: false })).error).toBeUndefined();
  });
});

describe('policy: the file at policy.uri, and the chain layer by layer', () => {
  it("policy.digest is the sha256 of the policy file's bytes; the chain and its digest are shipgate's own", async () => {
    const { root, evaluation } = await certified();
    const certificate = readCertificate(root);
    const fileDigest = sha256(readFileSync(join(root, '.shipgate/policy.yml')));
    expect(certificate.predicate.policy).toEqual({ uri: '.shipgate/policy.yml', digest: { sha256: fileDigest } });
    expect(fileDigest).not.toBe(evaluation.policy.digest);
    expect(certificate.predicate.shipgate.policy).toEqual({
      digest: evaluation.policy.digest,
      chain: [
        { source: '.shipgate/policy.yml', sha256: fileDigest, origin: 'workspace' },
        { source: 'preset:release', sha256: sha256(PRESETS.release as string), origin: 'built-in' },
      ],
    });
    const markdown = readFileSync(join(root, CERT.replace(/json$/, 'md')), 'utf8');
    expect(markdown).toContain(`\n- Policy: .shipgate/policy.yml (sha256 ${fileDigest})\n`);
    expect(markdown).toContain(
      `\n- Policy chain: .shipgate/policy.yml -&gt; preset:release (sha256 over the chain ${evaluation.policy.digest})\n`,
    );
    const report = (await verify(root)).report;
    expect(report).toContain(`\n  ok       policy .shipgate/policy.yml: sha256 ${fileDigest} (layer 1 of 2)\n`);
    expect(report).toContain(
      `\n  ok       policy preset:release: sha256 ${sha256(PRESETS.release as string)} (layer 2 of 2)\n`,
    );
    expect(report).toContain(`\n  ok       policy chain: digest ${evaluation.policy.digest} over 2 layer(s)\n`);
  });

  it('a built-in preset: its uri, and the sha256 of the preset text', async () => {
    const { root } = await certified({ '.shipgate/policy.yml': undefined }, { scans: ['reports/*'] });
    const certificate = readCertificate(root);
    expect(certificate.predicate.policy).toEqual({
      uri: 'preset:release',
      digest: { sha256: sha256(PRESETS.release as string) },
    });
    expect(certificate.predicate.shipgate.policy.chain).toHaveLength(1);
    expect((await verify(root)).error).toBeUndefined();
  });

  it('an edited policy file, a recorded layer that is not the workspace one, and an older certificate fail, each named', async () => {
    const { root, cert } = await certified();
    const pristine = readFileSync(cert);
    writeFileSync(
      join(root, '.shipgate/policy.yml'),
      `${readFileSync(join(root, '.shipgate/policy.yml'), 'utf8')}# edited\n`,
    );
    const edited = await verify(root);
    expect(edited.error).toBeInstanceOf(TrustError);
    expect(mismatches(edited.report)).toEqual([
      expect.stringMatching(
        /^ {2}MISMATCH policy \.shipgate\/policy\.yml: sha256 is [0-9a-f]{64}; the certificate attests [0-9a-f]{64} \(layer 1 of 2\)$/,
      ),
      expect.stringMatching(
        /^ {2}MISMATCH policy chain: digest over \.shipgate\/policy\.yml -> preset:release is [0-9a-f]{64}; the certificate attests [0-9a-f]{64}$/,
      ),
    ]);
    cpSync(join(DEMO, '.shipgate/policy.yml'), join(root, '.shipgate/policy.yml'));
    expect((await verify(root)).error).toBeUndefined();

    editCertificate(root, (c) => Object.assign(c.predicate.shipgate.policy.chain[1] ?? {}, { sha256: '0'.repeat(64) }));
    expect(mismatches((await verify(root)).report)).toEqual([
      `  MISMATCH policy preset:release: sha256 is ${sha256(PRESETS.release as string)}; the certificate attests ${'0'.repeat(64)} (layer 2 of 2)`,
    ]);
    writeFileSync(cert, pristine);
    editCertificate(root, (c) => (c.predicate.policy.digest.sha256 = c.predicate.shipgate.policy.digest));
    expect(mismatches((await verify(root)).report)).toEqual([
      expect.stringMatching(
        /^ {2}MISMATCH policy \.shipgate\/policy\.yml: policy \{ uri, digest\.sha256 \} is \.shipgate\/policy\.yml [0-9a-f]{64}, but the first layer of shipgate\.policy\.chain is \.shipgate\/policy\.yml [0-9a-f]{64} \(expected the same file and digest\)$/,
      ),
    ]);
    // A certificate written before the chain was recorded: policy.digest was the chain's digest.
    editCertificate(root, (c) => Reflect.deleteProperty(c.predicate.shipgate, 'policy'));
    expect(mismatches((await verify(root)).report)).toEqual([
      '  MISMATCH policy chain: the certificate has no shipgate.policy with a digest and a chain of { source, sha256 } layers (a certificate written before shipgate recorded the chain: evaluate again)',
    ]);
  });
});

describe('repository and commit in the certificate', () => {
  it('checkRepository accepts a GitHub owner/name and nothing else', () => {
    for (const good of ['acme/payments', 'a.b-c_d/X.y-1', 'o/n']) expect(checkRepository(good), good).toBeUndefined();
    for (const bad of ['o/n?x=1#frag', 'o/n/extra', 'o', 'o/', '/n', '../x', 'o/..', 'o /n', 'o/n@main', 'o/n%2F', ''])
      expect(checkRepository(bad), bad).toBe(
        `the repository '${bad}' (--repository, else GITHUB_REPOSITORY) is not a GitHub owner/name (expected two names joined by '/', each of letters, digits, '-', '_' and '.', as in acme/payments)`,
      );
  });

  it('a repository that is not owner/name is refused when the certificate is built, JSON and markdown', async () => {
    const root = workspace();
    // run() refuses such a repository first (test/output-safety.test.ts); the certificate checks it again.
    const evaluation = await evaluate(root, { dryRun: true, repository: 'o/n', commit: 'abcdef0' });
    for (const render of [buildCertificate, renderCertificateMarkdown]) {
      const error = errorOf(() => render({ ...evaluation, repository: 'o/n?x=1#frag' }));
      expect(error).toBeInstanceOf(ConfigError);
      expect(error.message).toBe(
        "the repository 'o/n?x=1#frag' (--repository, else GITHUB_REPOSITORY) is not a GitHub owner/name (expected two names joined by '/', each of letters, digits, '-', '_' and '.', as in acme/payments); the certificate cannot name it.",
      );
    }
    const fine = buildCertificate({ ...evaluation, repository: 'o/n' }) as { predicate: { resourceUri: string } };
    expect(fine.predicate.resourceUri).toBe('git+https://github.com/o/n@abcdef0');
    // A ref that is not a commit cannot add a query or a fragment either.
    const ref = buildCertificate({ ...evaluation, repository: 'o/n', commit: 'feature/x?y#1' }) as {
      predicate: { resourceUri: string };
    };
    expect(ref.predicate.resourceUri).toBe('git+https://github.com/o/n@feature/x%3Fy%231');
  });

  it('an upper-case commit is recorded in lower case everywhere: subject, resourceUri, shipgate.commit, markdown', async () => {
    const upper = 'ABCDEF0123456789ABCDEF0123456789ABCDEF01';
    const lower = upper.toLowerCase();
    const { root } = await certified({}, { commit: upper, repository: 'acme/payments' });
    const certificate = readCertificate(root);
    expect(subjectOf(certificate).digest.gitCommit).toBe(lower);
    expect(certificate.predicate.resourceUri).toBe(`git+https://github.com/acme/payments@${lower}`);
    expect(certificate.predicate.shipgate.commit).toBe(lower);
    const markdown = readFileSync(join(root, CERT.replace(/json$/, 'md')), 'utf8');
    expect(markdown).toContain(`\n- Commit: ${lower}\n`);
    expect(JSON.stringify(certificate) + markdown).not.toContain(upper);
    expect((await verify(root)).error).toBeUndefined();
  });

  it('refuses a commit that is not 7 to 64 hex digits (a branch name moves, a line break forges text): config error, nothing written', async () => {
    const expected = (shown: string) =>
      `the commit ${shown} (--commit, the Action's commit input, else GITHUB_SHA) is not a commit SHA (expected 7 to 64 hex digits, as git prints them; a branch or tag name moves, so a certificate cannot vouch for it).`;
    for (const [commit, shown] of [
      ['Main', '"Main"'],
      ['abcdef', '"abcdef"'],
      ['a'.repeat(65), `"${'a'.repeat(65)}"`],
      ['deadbeef\n## Approved', '"deadbeef\\n## Approved"'],
      ['abcdef0\u200B', '"abcdef0\\u200B"'],
    ] as const) {
      const root = workspace();
      const error = await evaluate(root, { repository: 'acme/payments', commit }).catch((e: unknown) => e);
      expect(error, commit).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).message).toBe(expected(shown));
      expect(existsSync(join(root, '.artifacts/review-security'))).toBe(false);
    }
    // 7 and 64 hex digits, in any case, are commits.
    for (const commit of ['ABCDEF0', 'f'.repeat(64)])
      expect((await evaluate(workspace(), { dryRun: true, commit })).commit).toBe(commit.toLowerCase());
  });

  it('names the repository on its GitHub Enterprise Server (--server-url, GITHUB_SERVER_URL), and refuses a URL that is more than a server', async () => {
    const commit = 'abcdef0123456789abcdef0123456789abcdef01';
    const { root, evaluation } = await certified(
      {},
      { commit, repository: 'acme/payments', serverUrl: 'https://GHE.Example.com:8443/' },
    );
    expect(evaluation.serverUrl).toBe('https://ghe.example.com:8443');
    expect(readCertificate(root).predicate.resourceUri).toBe(
      `git+https://ghe.example.com:8443/acme/payments@${commit}`,
    );
    expect(readFileSync(join(root, '.artifacts/review-security/shipgate.sarif'), 'utf8')).toContain(
      `"repositoryUri": "https://ghe.example.com:8443/acme/payments"`,
    );
    expect((await verify(root)).error).toBeUndefined();
    // github.com itself is the default, and is not recorded as a server of its own.
    const { root: dotcom, evaluation: plain } = await certified(
      {},
      { commit, repository: 'acme/payments', serverUrl: 'https://github.com' },
    );
    expect(plain.serverUrl).toBeUndefined();
    expect(readCertificate(dotcom).predicate.resourceUri).toBe(`git+https://github.com/acme/payments@${commit}`);
    for (const bad of [
      'https://ghe.example.com/evil/path',
      'https://user@ghe.example.com',
      'https://ghe.example.com?x=1',
      'ftp://ghe.example.com',
      'ghe.example.com',
      '',
    ]) {
      const error = await run({
        root: workspace(),
        scans: [],
        dryRun: true,
        serverUrl: bad,
        repository: 'acme/payments',
        clock: () => new Date('2026-11-25T12:00:00Z'),
        clockPinned: true,
        logger: silentLogger,
      }).catch((e: unknown) => e);
      expect(error, bad).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toBe(
        `the server URL '${bad}' (--server-url, else GITHUB_SERVER_URL) is not a GitHub server's address (expected https://HOST or https://HOST:PORT, as https://github.com or https://github.example.com).`,
      );
    }
  });
});

describe('verify finds evidence added after the certificate', () => {
  const GLOB_POLICY = 'version: 1\nextends: release\ninputs: [reports/*]\nexceptions:\n  approvers: [security-lead]\n';

  it("a report the policy's inputs glob now matches is named; a file it does not match is not", async () => {
    const { root } = await certified({ '.shipgate/policy.yml': GLOB_POLICY });
    write(root, 'docs/extra.sarif', readFileSync(join(DEMO, 'reports/codeql.sarif'), 'utf8'));
    const before = await verify(root);
    expect(before.error).toBeUndefined();
    expect(before.report).toContain(
      "\n  ok       unlisted evidence: none (the policy's 1 input(s) and 1 exceptions path(s) read only files the certificate lists)\n",
    );
    write(root, 'reports/extra.sarif', readFileSync(join(DEMO, 'reports/codeql.sarif'), 'utf8'));
    const after = await verify(root);
    expect(after.error).toBeInstanceOf(TrustError);
    expect(after.error?.message).toMatch(/1 of \d+ check\(s\) failed: reports\/extra\.sarif;/);
    expect(mismatches(after.report)).toEqual([
      "  MISMATCH reports/extra.sarif: the policy's input 'reports/*' reads it now, but the certificate does not list it (evaluate again)",
    ]);
  });

  it("a '**' input glob skips the output folder, as evaluate does: its shipgate.sarif is not new evidence", async () => {
    const policy =
      'version: 1\nextends: release\ninputs: ["**/*.sarif", reports/trivy.json]\nexceptions:\n  approvers: [security-lead]\n';
    const { root } = await certified({ '.shipgate/policy.yml': policy });
    const result = await verify(root);
    expect(result.report).toContain('.artifacts/review-security/security-approval-certificate.json: approved');
    expect(result.error).toBeUndefined();
    write(root, 'other/new.sarif', readFileSync(join(DEMO, 'reports/codeql.sarif'), 'utf8'));
    expect(mismatches((await verify(root)).report)).toEqual([
      "  MISMATCH other/new.sarif: the policy's input '**/*.sarif' reads it now, but the certificate does not list it (evaluate again)",
    ]);
  });

  it('a new exception file is named; a file the exceptions paths do not match is not', async () => {
    const { root } = await certified();
    write(root, '.shipgate/exceptions/notes.txt', 'not an exception file\n');
    expect((await verify(root)).error).toBeUndefined();
    write(root, '.shipgate/exceptions/late.yml', 'exceptions: []\n');
    expect(mismatches((await verify(root)).report)).toEqual([
      "  MISMATCH .shipgate/exceptions/late.yml: the policy's exceptions path '.shipgate/exceptions/*.yml' reads it now, but the certificate does not list it (evaluate again)",
    ]);
  });

  it('a .shipgate/policy.yml that appeared where the certificate was issued under a preset is named', async () => {
    const { root } = await certified({ '.shipgate/policy.yml': undefined }, { scans: ['reports/*'] });
    const before = await verify(root);
    expect(before.error).toBeUndefined();
    expect(before.report).toContain(
      "\n  ok       unlisted evidence: none (the policy's 0 input(s) and 1 exceptions path(s) read only files the certificate lists; 3 input(s) came from --scan, whose globs the certificate does not record, so they are re-hashed but not re-expanded)\n",
    );
    write(root, '.shipgate/policy.yml', POLICY_WITHOUT_INPUTS);
    expect(mismatches((await verify(root)).report)).toEqual([
      '  MISMATCH .shipgate/policy.yml: exists now, but the certificate was issued under the built-in preset:release; evaluate reads this file when no --policy is given (evaluate again, or remove it)',
    ]);
  });

  it('a preset the run named (--policy release) stands beside a .shipgate/policy.yml: the certificate says it was named', async () => {
    const { root } = await certified({}, { scans: ['reports/*'], policy: 'release' });
    const certificate = readCertificate(root) as unknown as {
      predicate: { shipgate: { policy: { named?: boolean } } };
    };
    expect(certificate.predicate.shipgate.policy.named).toBe(true);
    expect(readFileSync(join(root, '.shipgate/policy.yml'), 'utf8')).not.toBe('');
    expect(mismatches((await verify(root)).report)).toEqual([]);
    expect((await verify(root)).error).toBeUndefined();
    // The default found is not named, and verify still checks for a policy file appearing beside it.
    const found = await certified({ '.shipgate/policy.yml': undefined }, { scans: ['reports/*'] });
    const plain = readCertificate(found.root) as unknown as {
      predicate: { shipgate: { policy: { named?: boolean } } };
    };
    expect(plain.predicate.shipgate.policy.named).toBeUndefined();
  });

  it('a register that appeared after a certificate issued without one is named, whatever the gates (evaluate reads it whenever it exists)', async () => {
    const advisory = (enforcement: string) =>
      `version: 1\nextends: release\ninputs: [reports/*]\ngates:\n  disposition-integrity: { enforcement: ${enforcement} }\n  scan-cleanliness: { requirePlan: [] }\nexceptions:\n  approvers: [security-lead]\n`;
    const register = readFileSync(join(DEMO, 'security/findings-register.csv'), 'utf8');
    const read = await certified({
      '.shipgate/policy.yml': advisory('advisory'),
      'security/findings-register.csv': undefined,
    });
    expect((await verify(read.root)).error).toBeUndefined();
    write(read.root, 'security/findings-register.csv', register);
    expect(mismatches((await verify(read.root)).report)).toEqual([
      "  MISMATCH security/findings-register.csv: the policy's register exists now, but the certificate does not list it (evaluate again)",
    ]);
    const off = await certified({
      '.shipgate/policy.yml': advisory('off'),
      'security/findings-register.csv': undefined,
    });
    write(off.root, 'security/findings-register.csv', register);
    // With disposition-integrity off the updated register still keeps the committed rows, so evaluate
    // reads the register and the certificate lists it: one that appeared afterwards is unlisted evidence.
    expect(mismatches((await verify(off.root)).report)).toEqual([
      "  MISMATCH security/findings-register.csv: the policy's register exists now, but the certificate does not list it (evaluate again)",
    ]);
  });
});

describe('README', () => {
  it('shows what verify prints for the demo release evaluated with the real clock, signed', async () => {
    // The clock gives the README's time, but is not pinned (SHIPGATE_NOW): the certificate of a real run.
    const { root, cert } = await certified({}, { clockPinned: false });
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    write(root, 'cosign.pub', ec.publicKey.export({ type: 'spki', format: 'pem' }) as string);
    writeFileSync(`${cert}.sig`, sign('sha256', readFileSync(cert), ec.privateKey).toString('base64'));
    const result = await verify(root, { key: join(root, 'cosign.pub'), allowPinnedClock: false });
    expect(result.error).toBeUndefined();
    const printed = result.report.split('\n');
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const block = /check it later with\n`shipgate verify [^`]+`:\n\n```\n([\s\S]*?)\n```\n/.exec(readme)?.[1];
    expect(block, 'the README example of verify').toBeDefined();
    const shown = (block as string).split('\n').filter((line) => line !== '  ...');
    expect(shown.length).toBeGreaterThan(8);
    let at = 0;
    for (const line of shown) {
      const found = printed.indexOf(line, at);
      expect(found, `README line printed, in order: ${line}`).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
  });
});
