/**
 * The certificate always records where the outputs went: `shipgate.outputs` is the folder relative to
 * the root when inside it, and null when outside it (`--out ../x`, the Action's output-dir, the library's
 * outDir). A certificate evaluated with its outputs outside the root left the key out, and verify read
 * it as one written before the key existed: it skipped the policy's outputs.dir, which that evaluation
 * had read, so a report added there verified while evaluate, run again, read it and rejected the release.
 * Only a certificate without the key keeps that reading.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as ajv2020 from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyCertificate } from '../../src/commands/verify.js';
import { TrustError } from '../../src/errors.js';
import { silentLogger } from '../../src/logger.js';
import { run } from '../../src/run.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const AT = '2026-11-25T12:00:00.000Z';
const CERTIFICATE = 'security-approval-certificate.json';
/** The policy's outputs.dir (the release preset's), which an evaluation given another folder does not use. */
const POLICY_OUTPUTS = '.artifacts/review-security';
const EXTRA = `${POLICY_OUTPUTS}/extra.sarif`;
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function folder(prefix: string): string {
  const made = mkdtempSync(join(tmpdir(), prefix));
  folders.push(made);
  return made;
}

/**
 * The demo release with a policy whose glob reads every SARIF file in the workspace (`**` reaches the
 * policy's outputs.dir too, unless the evaluation wrote its outputs there), and `policy` appended.
 */
function demo(policy = ''): string {
  const root = folder('sg-ver-outputs-');
  cpSync(join(REPO, 'fixtures/demo/release'), root, { recursive: true });
  const path = join(root, '.shipgate/policy.yml');
  const text = readFileSync(path, 'utf8');
  expect(text).toContain('  - reports/codeql.sarif\n  - reports/trivy.json\n  - reports/gitleaks.sarif\n');
  writeFileSync(
    path,
    `${text.replace('  - reports/codeql.sarif\n  - reports/trivy.json\n  - reports/gitleaks.sarif\n', '  - "**/*.sarif"\n  - reports/trivy.json\n')}${policy}`,
  );
  return root;
}

/** Evaluates `root` at AT with its outputs written to `outDir` (absolute), else the policy's outputs.dir. */
async function evaluate(root: string, outDir?: string, dryRun = false) {
  return run({
    root,
    scans: [],
    dryRun,
    clock: () => new Date(AT),
    clockPinned: true,
    logger: silentLogger,
    ...(outDir !== undefined ? { outDir } : {}),
  });
}

/** The demo evaluated with its outputs in a folder outside the root: the certificate's path. */
async function certifiedOutside(policy = ''): Promise<{ root: string; certificate: string }> {
  const root = demo(policy);
  const out = join(folder('sg-ver-outputs-out-'), 'gate-out');
  const result = await evaluate(root, out);
  expect(result.evaluation.decision).toBe('approved-with-conditions');
  return { root, certificate: join(out, CERTIFICATE) };
}

/** codeql.sarif with every location moved under evil/: new findings, which no exception covers. */
function addExtraReport(root: string, path = EXTRA): void {
  const codeql = readFileSync(join(root, 'reports/codeql.sarif'), 'utf8');
  const moved = codeql.replace(/("uri"\s*:\s*")/g, '$1evil/');
  expect(moved).not.toBe(codeql);
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), moved);
}

type Json = { predicate: { shipgate: Record<string, unknown> } };

function readJson(path: string): Json {
  return JSON.parse(readFileSync(path, 'utf8')) as Json;
}

async function verify(root: string, certificate: string) {
  const result = await verifyCertificate({ certificate, root, allowPinnedClock: true });
  const failed = result.report.split('\n').filter((l) => l.startsWith('  MISMATCH '));
  return { ...result, failed };
}

const UNLISTED_EXTRA = `  MISMATCH ${EXTRA}: the policy's input '**/*.sarif' reads it now, but the certificate does not list it (evaluate again)`;

describe('verify: the outputs outside the root', () => {
  it('the certificate records outputs null, which the schema takes, and verifies with nothing added', async () => {
    const { root, certificate } = await certifiedOutside();
    const shipgate = readJson(certificate).predicate.shipgate;
    expect(Object.hasOwn(shipgate, 'outputs')).toBe(true);
    expect(shipgate.outputs).toBeNull();
    const Ajv2020 = ajv2020.default.default ?? ajv2020.default;
    const schema = JSON.parse(readFileSync(join(REPO, 'schemas/certificate.schema.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    expect(validate(readJson(certificate)), JSON.stringify(validate.errors)).toBe(true);
    const result = await verify(root, certificate);
    expect(result.failed).toEqual([]);
    expect(result.error).toBeUndefined();
    expect(result.report).toMatch(/^VERIFIED — /);
    expect(result.report).toContain('  ok       unlisted evidence: none');
  });

  it("a report put in the policy's outputs.dir, which the evaluation did not use, is unlisted evidence (it verified)", async () => {
    const { root, certificate } = await certifiedOutside();
    addExtraReport(root);
    // evaluate, run again with its outputs outside the root, reads the report and rejects the release.
    const again = await evaluate(root, join(folder('sg-ver-outputs-again-'), 'out'), true);
    expect(again.evaluation.inputs.map((i) => i.path)).toContain(EXTRA);
    expect(again.evaluation.decision).toBe('rejected');
    const result = await verify(root, certificate);
    expect(result.error).toBeInstanceOf(TrustError);
    expect(result.error?.message).toMatch(
      new RegExp(`: 1 of \\d+ check\\(s\\) failed: ${EXTRA.replaceAll('.', '\\.')}; the certificate does not describe`),
    );
    expect(result.failed).toEqual([UNLISTED_EXTRA]);
  });

  it('shipgate output files beside the certificate copied into the root are reports too: evaluate would read them', async () => {
    const { root, certificate } = await certifiedOutside();
    // The whole output folder copied into the policy's outputs.dir: the certificate, its markdown and
    // shipgate.sarif. The certificate and its markdown are what verify is given; shipgate.sarif is a report.
    const copy = join(root, POLICY_OUTPUTS);
    cpSync(join(certificate, '..'), copy, { recursive: true });
    const result = await verify(root, join(copy, CERTIFICATE));
    expect(result.failed).toEqual([
      `  MISMATCH ${POLICY_OUTPUTS}/shipgate.sarif: the policy's input '**/*.sarif' reads it now, but the certificate does not list it (evaluate again)`,
    ]);
    expect(result.error).toBeInstanceOf(TrustError);
  });

  it('derives the decision again with its outputs outside the root: evidence in the unused outputs.dir is no output (it failed)', async () => {
    // outputs.dir is the folder of the register and the assessment: evaluate refuses that folder as its
    // output folder, and given --out elsewhere reads the evidence there. verify derived the decision again
    // with the policy's outputs.dir and refused the evidence.
    const { root, certificate } = await certifiedOutside('outputs:\n  dir: security\n');
    const shipgate = readJson(certificate).predicate.shipgate;
    expect((shipgate.evidence as { path: string }[]).map((e) => e.path)).toContain('security/findings-register.csv');
    const result = await verify(root, certificate);
    expect(result.failed).toEqual([]);
    expect(result.error).toBeUndefined();
    expect(result.report).toMatch(/\n {2}ok {7}decision re-derived: /);
  });

  it('a recorded outputs that is neither a folder nor null fails, and spares no folder', async () => {
    for (const value of [5, true, {}, ['.artifacts/review-security']]) {
      const { root, certificate } = await certifiedOutside();
      addExtraReport(root);
      const edited = readJson(certificate);
      edited.predicate.shipgate.outputs = value;
      writeFileSync(certificate, JSON.stringify(edited, null, 2));
      const result = await verify(root, certificate);
      expect(result.error, JSON.stringify(value)).toBeInstanceOf(TrustError);
      expect(result.failed, JSON.stringify(value)).toEqual([
        `  MISMATCH outputs folder: the certificate records ${JSON.stringify(value)}, which is neither a folder nor null (expected the output folder relative to the root, such as .artifacts/review-security, or null when the outputs went outside the root)`,
        UNLISTED_EXTRA,
      ]);
    }
  });

  it("a certificate without the key (written before shipgate recorded it) still skips the policy's outputs.dir", async () => {
    // Kept so that old certificates verify as they did; only a signature protects the key from being dropped.
    const { root, certificate } = await certifiedOutside();
    addExtraReport(root);
    const edited = readJson(certificate);
    delete edited.predicate.shipgate.outputs;
    writeFileSync(certificate, JSON.stringify(edited, null, 2));
    const result = await verify(root, certificate);
    expect(result.failed).toEqual([]);
    expect(result.error).toBeUndefined();
    expect(result.report).toContain('  ok       unlisted evidence: none');
  });
});

describe('verify: the outputs inside the root', () => {
  it('the folder is recorded and skipped as evaluate skipped it, the default one or one given', async () => {
    for (const outDir of [undefined, 'gate-out']) {
      const root = demo();
      const result = await evaluate(root, outDir === undefined ? undefined : join(root, outDir));
      expect(result.evaluation.decision).toBe('approved-with-conditions');
      const recorded = outDir ?? POLICY_OUTPUTS;
      const certificate = join(root, recorded, CERTIFICATE);
      expect(readJson(certificate).predicate.shipgate.outputs).toBe(recorded);
      // A report put in that folder: evaluate does not read it, and verify does not either.
      addExtraReport(root, `${recorded}/extra.sarif`);
      const again = await evaluate(root, outDir === undefined ? undefined : join(root, outDir), true);
      expect(again.evaluation.inputs.map((i) => i.path)).not.toContain(`${recorded}/extra.sarif`);
      const verified = await verify(root, certificate);
      expect(verified.failed, recorded).toEqual([]);
      expect(verified.error, recorded).toBeUndefined();
      expect(verified.report).toContain('  ok       unlisted evidence: none');
    }
  });

  it("given a folder inside the root, the policy's unused outputs.dir is read as evaluate reads it", async () => {
    const root = demo();
    const result = await evaluate(root, join(root, 'gate-out'));
    expect(result.evaluation.decision).toBe('approved-with-conditions');
    addExtraReport(root);
    const verified = await verify(root, join(root, 'gate-out', CERTIFICATE));
    expect(verified.failed).toEqual([UNLISTED_EXTRA]);
  });
});
