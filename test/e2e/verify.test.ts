/**
 * `shipgate verify` end to end (dist/cli.js): a certificate written by `evaluate` verifies against its
 * workspace; any change to an input, an evidence file, the policy or the certificate itself is exit 4;
 * a detached signature (cosign's base64, or raw bytes) is checked with --key; a certificate evaluated
 * under a pinned clock (SHIPGATE_NOW) is exit 4 unless --allow-pinned-clock. The exact lines (and the
 * README's example of them) are checked at the module level, in test/certificate-verify-review.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import {
  appendFileSync,
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(REPO, 'dist/cli.js');
const CERT = '.artifacts/review-security/security-approval-certificate.json';

const PINNED = '2026-11-25T12:00:00Z';

/** The CLI with the real clock, or with SHIPGATE_NOW set to `now`. */
function shipgate(dir: string, args: string[], now?: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', ...(now ? { SHIPGATE_NOW: now } : {}) },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The demo release in a fresh folder. */
function demo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sg-verify-'));
  cpSync(join(REPO, 'fixtures/demo/release'), dir, { recursive: true });
  return dir;
}

/**
 * The demo release evaluated with the real clock, as a release job does: its dates (the exception's
 * approval and expiry, the register's due dates, the assessment's) are moved by as many days as today
 * is after the demo's day, 2026-11-25, so that they hold today as they hold on that day.
 */
function certified(): string {
  const dir = demo();
  const today = Date.parse(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  const shift = today - Date.parse('2026-11-25T00:00:00Z');
  for (const file of [
    '.shipgate/exceptions/tomcat.yml',
    'security/findings-register.csv',
    'security/manual-assessment.md',
  ]) {
    const text = readFileSync(join(dir, file), 'utf8');
    const moved = text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (day) =>
      new Date(Date.parse(`${day}T00:00:00Z`) + shift).toISOString().slice(0, 10),
    );
    writeFileSync(join(dir, file), moved);
  }
  const run = shipgate(dir, ['evaluate']);
  expect(run.code, run.stderr).toBe(0);
  return dir;
}

describe('e2e/verify', () => {
  it('exit 0: every input, evidence file, the policy and the subject match, each listed', () => {
    const dir = certified();
    const run = shipgate(dir, ['verify', CERT]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^VERIFIED — .*: approved-with-conditions by shipgate \S+ at \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z\n/,
    );
    // Evaluated with the real clock: nothing to say about the clock, and no warning.
    expect(run.stdout).not.toMatch(/clock|warning/);
    for (const file of [
      'reports/codeql.sarif',
      'reports/trivy.json',
      'reports/gitleaks.sarif',
      '.shipgate/exceptions/tomcat.yml',
      'security/findings-register.csv',
      'security/manual-assessment.md',
    ])
      expect(run.stdout).toMatch(new RegExp(`\\n  ok {7}${file.replace(/[.]/g, '\\.')}: sha256 [0-9a-f]{64}\\n`));
    // The policy file's own sha256 (and each layer's) or, before that, the chain's digest: module tests pin the lines.
    expect(run.stdout).toMatch(/\n {2}ok {7}policy \.shipgate\/policy\.yml: (sha256|digest) [0-9a-f]{64} /);
    expect(run.stdout).toMatch(/\n {2}ok {7}subject release: sha256 [0-9a-f]{64} over the 3 input digest\(s\)\n/);
    expect(run.stdout).toContain('signature: not checked (no --key given');
    // Evaluated with the real clock, and derived again at the same time.
    expect(run.stdout).toMatch(
      /\n {2}ok {7}decision re-derived: the attested files, evaluated again at \d{4}-\d{2}-\d{2}T[\d:.]+Z, give approved-with-conditions with the same gates, counts, conditions and exceptions\n/,
    );
  });

  it("passes evaluate's caps to the evaluation it derives again: --max-findings below the demo's findings fails, naming it", () => {
    const dir = certified();
    const capped = shipgate(dir, ['verify', CERT, '--max-findings', '1']);
    expect(capped.code).toBe(4);
    const line = capped.stdout.split('\n').find((l) => l.includes('decision re-derived'));
    expect(line).toMatch(
      /^ {2}MISMATCH decision re-derived: the attested evidence cannot be evaluated again: .*--max-findings/,
    );
    expect(capped.stderr).toContain(
      'check(s) failed: decision re-derived; the attested evidence could not be evaluated again (see the decision re-derived line).',
    );
    // The other side: a cap the findings fit in changes nothing.
    expect(shipgate(dir, ['verify', CERT, '--max-findings', '1000']).code).toBe(0);
    // And a cap that is not a positive integer is a usage error, as for evaluate.
    expect(shipgate(dir, ['verify', CERT, '--max-findings', '0']).code).toBe(2);
  });

  it('exit 4: a certificate edited to say approved, with its level, whose files all match, is derived again and refused', () => {
    const dir = certified();
    const path = join(dir, CERT);
    const certificate = JSON.parse(readFileSync(path, 'utf8'));
    certificate.predicate.shipgate.decision = 'approved';
    certificate.predicate.verifiedLevels = ['SHIPGATE_APPROVED'];
    certificate.predicate.shipgate.conditions = [];
    writeFileSync(path, JSON.stringify(certificate, null, 2));
    const run = shipgate(dir, ['verify', CERT]);
    expect(run.code).toBe(4);
    const failed = run.stdout.split('\n').filter((l) => l.startsWith('  MISMATCH '));
    expect(failed.map((l) => l.split(':')[0])).toEqual([
      '  MISMATCH decision re-derived (decision)',
      '  MISMATCH decision re-derived (conditions)',
    ]);
    expect(failed[0]).toContain('the evidence gives "approved-with-conditions"; the certificate says "approved"');
    expect(run.stderr).toContain(
      'check(s) failed: decision re-derived (decision), decision re-derived (conditions); the certificate does not describe this workspace.',
    );
  });

  it('exit 4 when an input, an evidence file or the policy changed, or an evidence file is gone; the rest still checked', () => {
    // Each change fails only the checks of what changed (for the policy: its layer and the chain's digest).
    const changes: [string, (dir: string) => void, RegExp, RegExp][] = [
      [
        'an input',
        (d) => appendFileSync(join(d, 'reports/trivy.json'), ' '),
        /MISMATCH reports\/trivy\.json: sha256 is/,
        /^ {2}MISMATCH reports\/trivy\.json: /,
      ],
      [
        'the register',
        (d) => appendFileSync(join(d, 'security/findings-register.csv'), '\n'),
        /MISMATCH security\/findings-register\.csv: sha256 is/,
        /^ {2}MISMATCH security\/findings-register\.csv: /,
      ],
      [
        'the policy',
        (d) => appendFileSync(join(d, '.shipgate/policy.yml'), '\n# edited\n'),
        /MISMATCH policy \.shipgate\/policy\.yml: (digest|sha256) is [0-9a-f]{64}; the certificate attests/,
        /^ {2}MISMATCH policy (\.shipgate\/policy\.yml|chain): /,
      ],
      [
        'a deleted exception file',
        (d) => rmSync(join(d, '.shipgate/exceptions/tomcat.yml')),
        /MISMATCH \.shipgate\/exceptions\/tomcat\.yml: does not exist/,
        /^ {2}MISMATCH \.shipgate\/exceptions\/tomcat\.yml: /,
      ],
    ];
    for (const [what, change, line, only] of changes) {
      const dir = certified();
      change(dir);
      const run = shipgate(dir, ['verify', CERT]);
      expect(run.code, what).toBe(4);
      expect(run.stdout, what).toMatch(/^MISMATCH — /);
      expect(run.stdout, what).toMatch(line);
      const failed = run.stdout.split('\n').filter((l) => l.startsWith('  MISMATCH '));
      expect(failed.length, what).toBeGreaterThan(0);
      for (const l of failed) expect(l, what).toMatch(only);
      expect(run.stderr, what).toMatch(
        new RegExp(`^shipgate: trust error: .*: ${failed.length} of \\d+ check\\(s\\) failed`),
      );
    }
  });

  it('exit 4 when the certificate itself was edited: the attested digest and the subject no longer agree', () => {
    const dir = certified();
    const path = join(dir, CERT);
    const certificate = JSON.parse(readFileSync(path, 'utf8'));
    const trivy = certificate.predicate.inputAttestations.findIndex(
      (a: { uri: string }) => a.uri === 'reports/trivy.json',
    );
    certificate.predicate.inputAttestations[trivy].digest.sha256 = '0'.repeat(64);
    writeFileSync(path, JSON.stringify(certificate, null, 2));
    const run = shipgate(dir, ['verify', CERT]);
    expect(run.code).toBe(4);
    expect(run.stdout).toMatch(/MISMATCH reports\/trivy\.json: sha256 is [0-9a-f]{64}; the certificate attests 0{64}/);
    expect(run.stdout).toMatch(/MISMATCH subject release: sha256 over the 3 input digest\(s\) is/);
  });

  it('exit 4 for a certificate that attests no scan input, even when it is consistent with itself', () => {
    const dir = certified();
    const path = join(dir, CERT);
    const certificate = JSON.parse(readFileSync(path, 'utf8'));
    const evidence = certificate.predicate.inputAttestations.slice(3);
    certificate.predicate.inputAttestations = evidence;
    certificate.subject[0].digest.sha256 = createHash('sha256').update('').digest('hex');
    writeFileSync(path, JSON.stringify(certificate, null, 2));
    const run = shipgate(dir, ['verify', CERT]);
    expect(run.code).toBe(4);
    expect(run.stdout).toMatch(/MISMATCH inputs: the certificate attests no scan input/);
    expect(run.stdout).toMatch(/ok {7}subject release/);
  });

  it('checks a detached signature with --key: ECDSA P-256 in base64 (as cosign writes it) and Ed25519 raw', () => {
    const dir = certified();
    const bytes = readFileSync(join(dir, CERT));
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const ed = generateKeyPairSync('ed25519');
    const other = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    writeFileSync(join(dir, 'ec.pub'), ec.publicKey.export({ type: 'spki', format: 'pem' }));
    writeFileSync(join(dir, 'ed.pub'), ed.publicKey.export({ type: 'spki', format: 'pem' }));
    writeFileSync(join(dir, 'other.pub'), other.publicKey.export({ type: 'spki', format: 'pem' }));
    writeFileSync(join(dir, `${CERT}.sig`), `${sign('sha256', bytes, ec.privateKey).toString('base64')}\n`);
    writeFileSync(join(dir, 'cert.ed.sig'), sign(null, bytes, ed.privateKey));

    const good = shipgate(dir, ['verify', CERT, '--key', 'ec.pub']);
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/ok {7}signature: verified with the ec key ec\.pub\n/);
    expect(shipgate(dir, ['verify', CERT, '--key', 'ed.pub', '--signature', 'cert.ed.sig']).code).toBe(0);
    // Base64 wrapped at 64 or 76 columns (openssl base64, coreutils base64), with CRLF too, is still base64.
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    writeFileSync(join(dir, 'rsa.pub'), rsa.publicKey.export({ type: 'spki', format: 'pem' }));
    const rsaBase64 = sign('sha256', bytes, rsa.privateKey).toString('base64');
    for (const [width, eol] of [
      [64, '\n'],
      [76, '\r\n'],
    ] as const) {
      writeFileSync(join(dir, 'cert.rsa.sig'), `${rsaBase64.match(new RegExp(`.{1,${width}}`, 'g'))?.join(eol)}${eol}`);
      expect(shipgate(dir, ['verify', CERT, '--key', 'rsa.pub', '--signature', 'cert.rsa.sig']).code).toBe(0);
    }
    writeFileSync(join(dir, 'cert.rsa.sig'), `${rsaBase64.slice(0, 100)}\n${rsaBase64.slice(101)}\n`);
    expect(shipgate(dir, ['verify', CERT, '--key', 'rsa.pub', '--signature', 'cert.rsa.sig']).code).toBe(4);

    const wrong = shipgate(dir, ['verify', CERT, '--key', 'other.pub']);
    expect(wrong.code).toBe(4);
    expect(wrong.stdout).toMatch(/MISMATCH signature: does not verify with the ec key other\.pub/);

    appendFileSync(join(dir, CERT), ' ');
    const edited = shipgate(dir, ['verify', CERT, '--key', 'ec.pub']);
    expect(edited.code).toBe(4);
    expect(edited.stdout).toMatch(/MISMATCH signature: does not verify/);

    const unsigned = shipgate(dir, ['verify', CERT, '--key', 'ec.pub', '--signature', 'missing.sig']);
    expect(unsigned.code).toBe(4);
    expect(unsigned.stdout).toMatch(/MISMATCH signature: .*missing\.sig does not exist/);
  });

  it('checks an ECDSA signature over the digest of its curve, as cosign signs: SHA-384 for P-384, SHA-512 for P-521', () => {
    const dir = certified();
    const bytes = readFileSync(join(dir, CERT));
    for (const [curve, digest, other] of [
      ['P-384', 'sha384', 'sha256'],
      ['P-521', 'sha512', 'sha256'],
    ] as const) {
      const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: curve });
      writeFileSync(join(dir, 'cosign.pub'), publicKey.export({ type: 'spki', format: 'pem' }));
      writeFileSync(join(dir, `${CERT}.sig`), `${sign(digest, bytes, privateKey).toString('base64')}\n`);
      const good = shipgate(dir, ['verify', CERT, '--key', 'cosign.pub']);
      expect(good.code, curve).toBe(0);
      expect(good.stdout, curve).toMatch(/\n {2}ok {7}signature: verified with the ec key cosign\.pub\n/);
      writeFileSync(join(dir, `${CERT}.sig`), `${sign(other, bytes, privateKey).toString('base64')}\n`);
      const wrong = shipgate(dir, ['verify', CERT, '--key', 'cosign.pub']);
      expect(wrong.code, curve).toBe(4);
      expect(wrong.stdout, curve).toContain(
        `\n  MISMATCH signature: does not verify with the ec key cosign.pub (ECDSA ${curve} over SHA-${digest.slice(3)}): the certificate or the signature changed, or the signature was made over another digest\n`,
      );
    }
  });

  it('exit 3 for a certificate that holds a key twice in one object, even when JSON.parse would read it as PASSED', () => {
    const dir = certified();
    const text = readFileSync(join(dir, CERT), 'utf8');
    const at = text.slice(0, text.indexOf('"verificationResult"')).split('\n').length;
    for (const [first, second] of [
      ['"verificationResult": "FAILED"', '"verificationResult": "PASSED"'],
      ['"verification\\u0052esult": "FAILED"', '"verificationResult": "PASSED"'],
    ] as const) {
      writeFileSync(
        join(dir, CERT),
        text.replace('    "verificationResult": "PASSED"', `    ${first},\n    ${second}`),
      );
      const run = shipgate(dir, ['verify', CERT]);
      expect(run.code, first).toBe(3);
      expect(run.stdout, first).toBe('');
      expect(run.stderr, first).toBe(
        `shipgate: input error: ${CERT}: line ${at + 1}, column 5: the object at /predicate has the key "verificationResult" twice, here and on line ${at}, column 5${first.includes('\\') ? ' (written "verification\\u0052esult")' : ''}; JSON readers disagree on which value of a repeated key counts (JSON.parse takes the last, others the first), so the same bytes could read two ways; expected a shipgate certificate (JSON) with each key once.\n`,
      );
    }
  });

  it('exit 3 for a file that is not a shipgate certificate, exit 2 for usage errors and a bad key', () => {
    const dir = certified();
    const notCertificate = shipgate(dir, ['verify', '.artifacts/review-security/scan-results.json']);
    expect(notCertificate.code).toBe(3);
    expect(notCertificate.stderr).toMatch(/not a shipgate certificate \(expected an in-toto Statement v1/);
    writeFileSync(join(dir, 'empty.json'), '');
    expect(shipgate(dir, ['verify', 'empty.json']).stderr).toBe(
      'shipgate: input error: empty.json: the certificate is empty (0 bytes; expected its JSON).\n',
    );
    writeFileSync(join(dir, 'garbage.json'), '{"_type": ');
    expect(shipgate(dir, ['verify', 'garbage.json']).stderr).toBe(
      'shipgate: input error: garbage.json: line 1, column 11 (byte 10): invalid JSON: the JSON ends early (truncated?) inside /_type (expected the rest of the document); expected a shipgate certificate (JSON).\n',
    );
    // A byte order mark an editor added: named at its place, not at the end of the file.
    writeFileSync(join(dir, 'bom.json'), `\uFEFF${readFileSync(join(dir, CERT), 'utf8')}`);
    expect(shipgate(dir, ['verify', 'bom.json']).stderr).toBe(
      "shipgate: input error: bom.json: line 1, column 1 (byte 0): the certificate starts with a UTF-8 byte order mark (U+FEFF), which shipgate does not write (expected the certificate's bytes as written, which a signature covers: save it without the mark, or take the certificate the run wrote).\n",
    );
    writeFileSync(join(dir, 'polluted.json'), '{"_type": "x", "__proto__": {"predicateType": "y"}}');
    expect(shipgate(dir, ['verify', 'polluted.json']).stderr).toBe(
      "shipgate: input error: polluted.json: /__proto__: the key '__proto__' is refused in input files.\n",
    );
    expect(shipgate(dir, ['verify', 'nope.json']).code).toBe(3);
    expect(shipgate(dir, ['verify']).code).toBe(2);
    writeFileSync(join(dir, 'bad.pub'), 'not a key');
    const badKey = shipgate(dir, ['verify', CERT, '--key', 'bad.pub']);
    expect(badKey.code).toBe(2);
    expect(badKey.stderr).toMatch(/--key bad\.pub: not a readable PEM public key/);
  });

  it('exit 4 for a certificate evaluated under a pinned clock (SHIPGATE_NOW), naming the pinned time', () => {
    const dir = demo();
    expect(shipgate(dir, ['evaluate'], PINNED).code).toBe(0);
    const run = shipgate(dir, ['verify', CERT]);
    expect(run.code).toBe(4);
    expect(run.stdout).toMatch(/^MISMATCH — /);
    const failed = run.stdout.split('\n').filter((l) => l.startsWith('  MISMATCH '));
    expect(failed).toEqual([
      '  MISMATCH clock: the evaluation time was pinned to 2026-11-25T12:00:00.000Z (SHIPGATE_NOW), so exception expiry and plan due dates were judged against that date, not the real one (expected a certificate evaluated with the real clock: evaluate again without SHIPGATE_NOW, or give --allow-pinned-clock to accept it, as for a demo or a test)',
    ]);
    expect(run.stdout).toContain(
      '\n  warning  SHIPGATE_NOW pins the evaluation time to 2026-11-25T12:00:00.000Z: dates are judged against it, not the real date.\n',
    );
    expect(run.stderr).toMatch(
      /^shipgate: trust error: \S+: 1 of \d+ check\(s\) failed: clock; the evaluation time was pinned to 2026-11-25T12:00:00\.000Z \(SHIPGATE_NOW\), /,
    );
    // SHIPGATE_NOW when verify runs changes nothing: the certificate's clock is what counts.
    expect(shipgate(dir, ['verify', CERT], PINNED).code).toBe(4);
  });

  it('--allow-pinned-clock accepts such a certificate: VERIFIED, the clock line ok and the warning printed', () => {
    const dir = demo();
    expect(shipgate(dir, ['evaluate'], PINNED).code).toBe(0);
    const run = shipgate(dir, ['verify', CERT, '--allow-pinned-clock']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^VERIFIED — .* at 2026-11-25T12:00:00\.000Z\n/);
    expect(run.stdout).toContain(
      '\n  ok       clock: pinned to 2026-11-25T12:00:00.000Z (SHIPGATE_NOW); accepted with --allow-pinned-clock\n',
    );
    expect(run.stdout).toMatch(/\n {2}warning {2}SHIPGATE_NOW pins the evaluation time to 2026-11-25T12:00:00\.000Z: /);
    // It accepts the clock, nothing else: a changed input still fails.
    appendFileSync(join(dir, 'reports/trivy.json'), ' ');
    expect(shipgate(dir, ['verify', CERT, '--allow-pinned-clock']).code).toBe(4);
  });

  describe('evidence that evaluate would read or refuse now', () => {
    /** The demo evaluated under the pinned clock with `policy`; verify then needs --allow-pinned-clock. */
    function evaluated(policy: string): string {
      const dir = demo();
      writeFileSync(join(dir, '.shipgate/policy.yml'), policy);
      const run = shipgate(dir, ['evaluate'], PINNED);
      expect(run.code, run.stderr).toBe(0);
      return dir;
    }
    const GLOB_POLICY = `version: 1
extends: release
inputs:
  - "reports/**/*.sarif"
  - reports/trivy.json
exceptions:
  approvers: [security-lead]
`;
    /** The release preset with no gate that reads the register (no plans required, disposition-integrity off). */
    const NO_REGISTER_GATE = `version: 1
extends: release
inputs: [reports/codeql.sarif, reports/trivy.json, reports/gitleaks.sarif]
gates:
  scan-cleanliness: { requirePlan: [] }
  disposition-integrity: { enforcement: 'off' }
exceptions:
  approvers: [security-lead]
`;
    const failedLines = (stdout: string): string[] => stdout.split('\n').filter((l) => l.startsWith('  MISMATCH '));

    it("exit 4 for a report added beside a certificate copied into a folder the policy's inputs read", () => {
      const dir = evaluated(GLOB_POLICY);
      mkdirSync(join(dir, 'reports/cert'));
      copyFileSync(join(dir, CERT), join(dir, 'reports/cert/approval.json'));
      expect(shipgate(dir, ['verify', 'reports/cert/approval.json', '--allow-pinned-clock']).code).toBe(0);
      copyFileSync(join(dir, 'reports/codeql.sarif'), join(dir, 'reports/cert/new.sarif'));
      const run = shipgate(dir, ['verify', 'reports/cert/approval.json', '--allow-pinned-clock']);
      expect(run.code).toBe(4);
      expect(run.stdout).toMatch(/^MISMATCH — reports\/cert\/approval\.json: /);
      expect(failedLines(run.stdout)).toEqual([
        "  MISMATCH reports/cert/new.sarif: the policy's input 'reports/**/*.sarif' reads it now, but the certificate does not list it (evaluate again)",
      ]);
      expect(run.stderr).toMatch(
        /^shipgate: trust error: reports\/cert\/approval\.json: 1 of \d+ check\(s\) failed: reports\/cert\/new\.sarif; /,
      );
    });

    it('still skips the output folder evaluate skipped: its shipgate.sarif is no added report', () => {
      const dir = evaluated(GLOB_POLICY.replace('"reports/**/*.sarif"', '"**/*.sarif"'));
      const run = shipgate(dir, ['verify', CERT, '--allow-pinned-clock']);
      expect(run.stdout).toContain('ok       unlisted evidence: none');
      expect(run.code).toBe(0);
      // The same certificate elsewhere: the output folder is still what evaluate skipped, and nothing else.
      copyFileSync(join(dir, CERT), join(dir, 'approval.json'));
      expect(shipgate(dir, ['verify', 'approval.json', '--allow-pinned-clock']).code).toBe(0);
    });

    it('an evaluation given --out inside the root: the certificate records the folder, and verify skips it as evaluate did, and nothing else', () => {
      const dir = demo();
      writeFileSync(join(dir, '.shipgate/policy.yml'), GLOB_POLICY.replace('"reports/**/*.sarif"', '"**/*.sarif"'));
      const run = shipgate(dir, ['evaluate', '--out', 'gate-out'], PINNED);
      expect(run.code, run.stderr).toBe(0);
      const cert = 'gate-out/security-approval-certificate.json';
      expect(JSON.parse(readFileSync(join(dir, cert), 'utf8')).predicate.shipgate.outputs).toBe('gate-out');
      const verified = shipgate(dir, ['verify', cert, '--allow-pinned-clock']);
      expect(verified.stdout).toContain('ok       unlisted evidence: none');
      expect(verified.code).toBe(0);
      // evaluate --out gate-out does not read what is put in gate-out, and verify does not either.
      copyFileSync(join(dir, 'reports/codeql.sarif'), join(dir, 'gate-out/extra.sarif'));
      expect(shipgate(dir, ['verify', cert, '--allow-pinned-clock']).code).toBe(0);
      // A report named like an output anywhere else is a report: the certificate copied to the root, and
      // a shipgate.sarif put beside it, which evaluate would read.
      copyFileSync(join(dir, cert), join(dir, 'approval.json'));
      copyFileSync(join(dir, 'reports/codeql.sarif'), join(dir, 'shipgate.sarif'));
      const added = shipgate(dir, ['verify', 'approval.json', '--allow-pinned-clock']);
      expect(added.code).toBe(4);
      expect(failedLines(added.stdout)).toEqual([
        "  MISMATCH shipgate.sarif: the policy's input '**/*.sarif' reads it now, but the certificate does not list it (evaluate again)",
      ]);
    });

    it('derives the decision again with the recorded output folder: a policy outputs.dir the run did not use is read as evaluate read it', () => {
      const dir = demo();
      writeFileSync(
        join(dir, '.shipgate/policy.yml'),
        `${GLOB_POLICY.replace('"reports/**/*.sarif"', '"reports/*.sarif"')}outputs:\n  dir: reports\n`,
      );
      const run = shipgate(dir, ['evaluate', '--out', '.artifacts/out'], PINNED);
      expect(run.code, run.stderr).toBe(0);
      const verified = shipgate(dir, [
        'verify',
        '.artifacts/out/security-approval-certificate.json',
        '--allow-pinned-clock',
      ]);
      expect(verified.stdout).toMatch(/\n {2}ok {7}decision re-derived: /);
      expect(verified.code, verified.stdout).toBe(0);
    });

    it('does not take the certificate it verifies for a report, wherever it was copied', () => {
      const dir = evaluated(
        GLOB_POLICY.replace('  - reports/trivy.json\n', '  - reports/trivy.json\n  - "reports/*"\n'),
      );
      copyFileSync(join(dir, CERT), join(dir, 'reports/approval.json'));
      const run = shipgate(dir, ['verify', 'reports/approval.json', '--allow-pinned-clock']);
      expect(run.stdout).toContain('ok       unlisted evidence: none');
      expect(run.code, run.stdout).toBe(0);
      // Nor is its signature, named or at its default path (the certificate's + `.sig`), signed or not.
      const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      writeFileSync(join(dir, 'ec.pub'), ec.publicKey.export({ type: 'spki', format: 'pem' }));
      writeFileSync(
        join(dir, 'reports/approval.json.sig'),
        `${sign('sha256', readFileSync(join(dir, 'reports/approval.json')), ec.privateKey).toString('base64')}\n`,
      );
      for (const extra of [[], ['--signature', 'reports/approval.json.sig']]) {
        const signed = shipgate(dir, [
          'verify',
          'reports/approval.json',
          '--key',
          'ec.pub',
          '--allow-pinned-clock',
          ...extra,
        ]);
        expect(signed.stdout).toContain('ok       unlisted evidence: none');
        expect(signed.code, signed.stdout).toBe(0);
      }
      // Another file there is still a report the certificate does not list.
      copyFileSync(join(dir, CERT), join(dir, 'reports/other.json'));
      expect(failedLines(shipgate(dir, ['verify', 'reports/approval.json', '--allow-pinned-clock']).stdout)).toEqual([
        "  MISMATCH reports/other.json: the policy's input 'reports/*' reads it now, but the certificate does not list it (evaluate again)",
      ]);
    });

    it('a certificate whose recorded output folder is not a folder inside the root fails that check', () => {
      const dir = evaluated(GLOB_POLICY);
      const certificate = JSON.parse(readFileSync(join(dir, CERT), 'utf8'));
      expect(certificate.predicate.shipgate.outputs).toBe('.artifacts/review-security');
      certificate.predicate.shipgate.outputs = '../elsewhere';
      writeFileSync(join(dir, 'edited.json'), JSON.stringify(certificate, null, 2));
      const run = shipgate(dir, ['verify', 'edited.json', '--allow-pinned-clock']);
      expect(run.code).toBe(4);
      expect(run.stdout).toContain(
        '  MISMATCH outputs folder: the certificate records "../elsewhere", which is not a folder inside the root as the evaluation writes it (expected a relative path such as .artifacts/review-security)',
      );
    });

    it('exit 4 naming the folder when the evidence is reached through a folder linked outside the root', () => {
      const dir = evaluated(GLOB_POLICY);
      const outside = mkdtempSync(join(tmpdir(), 'sg-verify-outside-'));
      rmSync(outside, { recursive: true });
      renameSync(join(dir, 'reports'), outside);
      symlinkSync(outside, join(dir, 'reports'));
      // evaluate refuses the same workspace, naming the same folder.
      const evaluate = shipgate(dir, ['evaluate', '--dry-run'], PINNED);
      expect(evaluate.code).toBe(3);
      expect(evaluate.stderr).toContain(`the folder reports is a symbolic link to ${outside}, outside the root`);
      const run = shipgate(dir, ['verify', CERT, '--allow-pinned-clock']);
      expect(run.code).toBe(4);
      const failed = failedLines(run.stdout);
      expect(failed.map((l) => l.split(':')[0])).toEqual([
        '  MISMATCH reports/codeql.sarif',
        '  MISMATCH reports/gitleaks.sarif',
        '  MISMATCH reports/trivy.json',
      ]);
      for (const line of failed)
        expect(line).toContain(
          `: is reached through the folder reports, a symbolic link to ${outside}, outside the root ${dir} (evaluate refuses such a file); the certificate attests sha256 `,
        );
    });

    it('checks the register whenever it exists, as evaluate now reads it, even when no gate uses it', () => {
      const dir = evaluated(NO_REGISTER_GATE);
      const listed = shipgate(dir, ['verify', CERT, '--allow-pinned-clock']);
      expect(listed.code).toBe(0);
      expect(listed.stdout).toMatch(/\n {2}ok {7}security\/findings-register\.csv: sha256 [0-9a-f]{64}\n/);
      // Evaluated without a register, which then appears: the certificate does not describe it.
      const register = readFileSync(join(dir, 'security/findings-register.csv'));
      rmSync(join(dir, 'security/findings-register.csv'));
      expect(shipgate(dir, ['evaluate'], PINNED).code).toBe(0);
      expect(shipgate(dir, ['verify', CERT, '--allow-pinned-clock']).code).toBe(0);
      writeFileSync(join(dir, 'security/findings-register.csv'), register);
      const run = shipgate(dir, ['verify', CERT, '--allow-pinned-clock']);
      expect(run.code).toBe(4);
      expect(failedLines(run.stdout)).toEqual([
        "  MISMATCH security/findings-register.csv: the policy's register exists now, but the certificate does not list it (evaluate again)",
      ]);
    });
  });

  it('exit 2 naming --root when the root does not exist or is not a folder, not a certificate mismatch', () => {
    const dir = demo();
    expect(shipgate(dir, ['evaluate'], PINNED).code).toBe(0);
    const cert = join(dir, CERT);
    const missing = shipgate(dir, ['verify', cert, '--root', join(dir, 'nope'), '--allow-pinned-clock']);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe(
      `shipgate: config error: --root ${join(dir, 'nope')}: the folder does not exist (expected the workspace folder).\n`,
    );
    const file = shipgate(dir, ['verify', cert, '--root', 'reports/trivy.json', '--allow-pinned-clock']);
    expect(file.code).toBe(2);
    expect(file.stderr).toBe(
      'shipgate: config error: --root reports/trivy.json: not a folder (expected the workspace folder).\n',
    );
  });
});
