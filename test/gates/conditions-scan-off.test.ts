/**
 * With scan-cleanliness off, the open findings disposition-integrity lets through on a register plan are
 * conditions of the approval, in the words scan-cleanliness lists them in when it runs. They were not:
 * the demo with `scan-cleanliness: { enforcement: off }` was "Approved", "Conditions: None", with 4
 * open findings (high 2, low 2) kept open by the register, where the same evidence with scan-cleanliness
 * on is approved with conditions (DESIGN 5: findings allowed open with a plan are conditions).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyCertificate } from '../../src/commands/verify.js';
import { decide, runGates, type Evaluation } from '../../src/evaluation.js';
import { dispositionIntegrity } from '../../src/gates/disposition-integrity.js';
import { scanCleanliness } from '../../src/gates/scan-cleanliness.js';
import {
  MAX_NAMED_FINDINGS,
  type EvaluatedFinding,
  type GateContext,
  type GateResult,
  type PlanRow,
} from '../../src/gates/types.js';
import { silentLogger } from '../../src/logger.js';
import type { Enforcement, Policy } from '../../src/policy/types.js';
import { run } from '../../src/run.js';
import { makeFinding, releasePolicy } from '../helpers.js';

const DEMO = fileURLToPath(new URL('../../fixtures/demo/release', import.meta.url));
const CERT = '.artifacts/review-security/security-approval-certificate.json';
const REGISTER = 'security/findings-register.csv';
const TODAY = '2026-11-25';
const folders: string[] = [];

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** The demo release in a fresh folder, scan-cleanliness set to `enforcement` (the preset's, blocking, when undefined). */
function demo(enforcement?: Enforcement): string {
  const root = mkdtempSync(join(tmpdir(), 'sg-conditions-'));
  folders.push(root);
  cpSync(DEMO, root, { recursive: true });
  if (enforcement !== undefined) {
    const policy = join(root, '.shipgate/policy.yml');
    writeFileSync(
      policy,
      `${readFileSync(policy, 'utf8')}gates:\n  scan-cleanliness: { enforcement: ${enforcement} }\n`,
    );
  }
  return root;
}

/** Evaluates the workspace at the demo's date and writes the outputs (the certificate among them). */
async function evaluate(root: string): Promise<Evaluation> {
  const result = await run({
    root,
    scans: [],
    dryRun: false,
    clock: () => new Date(`${TODAY}T12:00:00Z`),
    clockPinned: true,
    logger: silentLogger,
  });
  return result.evaluation;
}

const gate = (evaluation: Evaluation, id: GateResult['id']): GateResult =>
  evaluation.gates.find((g) => g.id === id) as GateResult;

/** The demo's conditions with scan-cleanliness on: its two highs one by one, its two lows counted. */
const DEMO_CONDITIONS = [
  expect.stringMatching(
    /^SG-51bfe6fd5d2101cd \(high\) '.*' at examples\/Xss2\.js:4 is open with a plan: owner alice, due 2026-12-15 \(register row 3\)\.$/,
  ),
  expect.stringMatching(
    /^SG-d58906d1d0eec93a \(high\) '.*' at examples\/Xss\.js:4 is open with a plan: owner alice, due 2026-12-15 \(register row 2\)\.$/,
  ),
  `2 open low finding(s) allowed open with a plan in ${REGISTER}: SG-2a9db297a6a036a6, SG-a733676631a84515.`,
];

describe('the demo release: findings kept open by the register are conditions whichever gate looked', () => {
  it('scan-cleanliness on lists them once, and disposition-integrity lists none', async () => {
    const evaluation = await evaluate(demo());
    expect(evaluation.decision).toBe('approved-with-conditions');
    expect(evaluation.conditions).toEqual(DEMO_CONDITIONS);
    expect(gate(evaluation, 'scan-cleanliness').conditions).toEqual(DEMO_CONDITIONS);
    expect(gate(evaluation, 'disposition-integrity').conditions).toEqual([]);
  });

  it('scan-cleanliness off: disposition-integrity lists the same conditions, on the certificate, and verify derives them again', async () => {
    const root = demo('off');
    const evaluation = await evaluate(root);
    expect(evaluation.open).toMatchObject({ critical: 0, high: 2, medium: 0, low: 2 });
    expect(evaluation.decision).toBe('approved-with-conditions');
    expect(evaluation.conditions).toEqual(DEMO_CONDITIONS);
    expect(gate(evaluation, 'scan-cleanliness')).toMatchObject({ status: 'off', conditions: [] });
    expect(gate(evaluation, 'disposition-integrity')).toMatchObject({ status: 'pass', conditions: DEMO_CONDITIONS });
    const certificate = JSON.parse(readFileSync(join(root, CERT), 'utf8')) as {
      predicate: { verifiedLevels: string[]; shipgate: { decision: string; conditions: string[] } };
    };
    expect(certificate.predicate.shipgate.decision).toBe('approved-with-conditions');
    expect(certificate.predicate.verifiedLevels).toEqual(['SHIPGATE_APPROVED_WITH_CONDITIONS']);
    expect(certificate.predicate.shipgate.conditions).toEqual(DEMO_CONDITIONS);
    const verified = await verifyCertificate({ certificate: join(root, CERT), root, allowPinnedClock: true });
    expect(verified.error).toBeUndefined();
    expect(verified.report).toContain('give approved-with-conditions with the same gates, counts, conditions');
  });

  it('scan-cleanliness advisory still runs and lists them, so disposition-integrity lists none', async () => {
    const evaluation = await evaluate(demo('advisory'));
    expect(evaluation.decision).toBe('approved-with-conditions');
    expect(evaluation.conditions).toEqual(DEMO_CONDITIONS);
    expect(gate(evaluation, 'scan-cleanliness')).toMatchObject({ status: 'pass', conditions: DEMO_CONDITIONS });
    expect(gate(evaluation, 'disposition-integrity').conditions).toEqual([]);
  });

  it('scan-cleanliness off with no open finding: approved, no conditions', async () => {
    const root = demo('off');
    // The reports without the findings the register keeps open: CodeQL finds nothing, Trivy only the
    // tomcat CVE that EXC-0001 excepts.
    const codeql = join(root, 'reports/codeql.sarif');
    const sarif = JSON.parse(readFileSync(codeql, 'utf8')) as { runs: { results: unknown[] }[] };
    for (const r of sarif.runs) r.results = [];
    writeFileSync(codeql, JSON.stringify(sarif));
    const trivyPath = join(root, 'reports/trivy.json');
    const trivy = JSON.parse(readFileSync(trivyPath, 'utf8')) as {
      Results: { Vulnerabilities?: { VulnerabilityID: string }[] }[];
    };
    for (const result of trivy.Results)
      result.Vulnerabilities = result.Vulnerabilities?.filter((v) => v.VulnerabilityID === 'CVE-2025-66614');
    writeFileSync(trivyPath, JSON.stringify(trivy));
    const evaluation = await evaluate(root);
    expect(evaluation.open).toMatchObject({ critical: 0, high: 0, medium: 0, low: 0, info: 0 });
    expect(evaluation.decision).toBe('approved');
    expect(evaluation.conditions).toEqual([]);
  });
});

function plan(finding: EvaluatedFinding, row: number, overrides: Partial<PlanRow> = {}): [string, PlanRow] {
  return [
    finding.id,
    {
      row,
      findingId: finding.id,
      owner: 'alice',
      status: 'in-remediation',
      remediationPlan: 'upgrade',
      dueDate: TODAY,
      exceptionId: '',
      ...overrides,
    },
  ];
}

/** The release preset with scan-cleanliness off (and the gates that need other evidence off too). */
function scanOff(change: (policy: Policy) => void = () => undefined): Policy {
  return releasePolicy((p) => {
    p.gates['scan-cleanliness'].enforcement = 'off';
    p.gates['evidence-completeness'].enforcement = 'off';
    p.gates['control-verification'].enforcement = 'off';
    change(p);
  });
}

function context(policy: Policy, findings: EvaluatedFinding[], rows: [string, PlanRow][]): GateContext {
  return {
    policy,
    findings,
    inputs: [],
    today: TODAY,
    register: { source: REGISTER, rows: new Map(rows) },
  };
}

describe('disposition-integrity with scan-cleanliness off', () => {
  it('one open finding on a plan is a condition; with none open the release is approved without', () => {
    const high = makeFinding({ severity: 'high' });
    const open = decide(runGates(context(scanOff(), [high], [plan(high, 2)])), []);
    expect(open.decision).toBe('approved-with-conditions');
    expect(open.conditions).toEqual([
      expect.stringMatching(/is open with a plan: owner alice, due 2026-11-25 \(register row 2\)\.$/),
    ]);
    expect(decide(runGates(context(scanOff(), [], [])), [])).toEqual({ decision: 'approved', conditions: [] });
  });

  it('lists only what it lets through on a current plan: not a finding it fails, excepted or below minSeverity', () => {
    const late = makeFinding({ severity: 'high' });
    // Excepted by a suppression in a report (no valid exception): not open, so not allowed open on a plan.
    const suppressed = makeFinding({ severity: 'high', excepted: true, exceptionId: 'in-file suppression' });
    const low = makeFinding({ severity: 'low', countedSeverity: 'low' });
    const policy = scanOff((p) => {
      p.gates['disposition-integrity'].minSeverity = 'medium';
    });
    const result = dispositionIntegrity.evaluate(
      context(
        policy,
        [late, suppressed, low],
        [plan(late, 2, { dueDate: '2026-11-24' }), plan(suppressed, 3), plan(low, 4)],
      ),
    );
    expect(result.status).toBe('fail');
    expect(result.reasons).toEqual([expect.stringContaining(`${late.id} (high)`)]);
    expect(result.conditions).toEqual([]);
    // A plan due today is current: the same finding is then a condition.
    const current = dispositionIntegrity.evaluate(context(policy, [late], [plan(late, 2)]));
    expect(current).toMatchObject({ status: 'pass', conditions: [expect.stringContaining(`${late.id} (high)`)] });
  });

  it('words them as scan-cleanliness does: requirePlan severities one by one, the others counted per severity', () => {
    const findings = [
      makeFinding({ severity: 'high' }),
      makeFinding({ severity: 'medium', countedSeverity: 'medium' }),
      makeFinding({ severity: 'low', countedSeverity: 'low' }),
      makeFinding({ severity: 'low', countedSeverity: 'low' }),
    ];
    const rows = findings.map((f, i) => plan(f, i + 2));
    const off = dispositionIntegrity.evaluate(context(scanOff(), findings, rows)).conditions;
    const on = scanCleanliness.evaluate(context(releasePolicy(), findings, rows)).conditions;
    expect(off).toHaveLength(3);
    expect(off).toEqual(on);
    // On, scan-cleanliness lists them and disposition-integrity does not: never twice.
    expect(dispositionIntegrity.evaluate(context(releasePolicy(), findings, rows)).conditions).toEqual([]);
  });

  it('names at most MAX_NAMED_FINDINGS findings one by one and counts the rest (no max bounds them when scan-cleanliness is off)', () => {
    const highs = Array.from({ length: MAX_NAMED_FINDINGS + 1 }, () => makeFinding({ severity: 'high' }));
    const rows = highs.map((f, i) => plan(f, i + 2));
    const all = dispositionIntegrity.evaluate(context(scanOff(), highs.slice(0, MAX_NAMED_FINDINGS), rows)).conditions;
    expect(all).toHaveLength(MAX_NAMED_FINDINGS);
    expect(all.every((c) => c.includes(' is open with a plan: '))).toBe(true);
    const more = dispositionIntegrity.evaluate(context(scanOff(), highs, rows)).conditions;
    expect(more).toHaveLength(MAX_NAMED_FINDINGS + 1);
    expect(more.slice(0, MAX_NAMED_FINDINGS)).toEqual(all);
    expect(more.at(-1)).toBe(
      'and 1 more open finding(s) allowed open with a plan (every finding and its disposition is in scan-results.json and findings-register.csv).',
    );
  });
});
