import { describe, expect, it } from 'vitest';
import { countOpen, decide, runGates, type Evaluation } from '../../src/evaluation.js';
import { emptyExceptionReport } from '../../src/evidence/exceptions.js';
import type { EvaluatedFinding, GateContext, PlanRow } from '../../src/gates/types.js';
import { countBySeverity, emptyCounts, type InputRecord } from '../../src/model.js';
import { renderJobSummary } from '../../src/report/summary.js';
import { openFindingIds, renderText, runLabels, topFindings } from '../../src/report/text.js';
import { makeFinding, releasePolicy } from '../helpers.js';

const TODAY = '2026-11-25';

const INPUTS: InputRecord[] = [
  ['sast', 'CodeQL', 'reports/codeql.sarif'],
  ['dependency', 'Trivy', 'reports/trivy.json'],
  ['secret', 'gitleaks', 'reports/gitleaks.sarif'],
].map(([scanType, tool, path]) => ({
  path: path as string,
  sha256: '0'.repeat(64),
  size: 1,
  format: 'sarif',
  runs: [{ tool: tool as string, scanType: scanType as 'sast', completed: true, problems: [], resultCount: 0 }],
  counts: emptyCounts(),
  warnings: [],
}));

const VERIFIED = {
  source: 'security/manual-assessment.md',
  controls: ['authentication', 'authorization', 'data-protection', 'secrets-management'].map((id, i) => ({
    controlId: id,
    key: id,
    criticality: 'critical',
    status: 'Verified',
    line: 5 + i,
  })),
};

function planned(findings: readonly EvaluatedFinding[]): GateContext['register'] {
  const rows = new Map<string, PlanRow>();
  findings.forEach((f, i) =>
    rows.set(f.id, {
      row: i + 2,
      findingId: f.id,
      owner: 'alice',
      status: 'open',
      remediationPlan: 'upgrade',
      dueDate: '2026-12-15',
      exceptionId: '',
    }),
  );
  return { source: 'security/findings-register.csv', rows };
}

/** An evaluation through the real gates and decision, so the text reads what the gates really say. */
function evaluate(
  findings: EvaluatedFinding[],
  context: Partial<GateContext> = {},
  source = 'preset:release',
): Evaluation {
  const gates = runGates({ policy: releasePolicy(), findings, inputs: INPUTS, today: TODAY, ...context });
  const { decision, conditions } = decide(gates, []);
  return {
    shipgateVersion: '0.1.0',
    evaluatedAt: `${TODAY}T12:00:00.000Z`,
    today: TODAY,
    root: '/repo',
    mode: 'enforce',
    policy: { source, digest: 'a'.repeat(64), chain: [] },
    inputs: INPUTS,
    findings: [...findings].sort((a, b) => (a.id < b.id ? -1 : 1)),
    totals: countBySeverity(findings),
    open: countOpen(findings),
    gates,
    conditions,
    decision,
    warnings: [],
    exceptions: emptyExceptionReport(),
    evidence: [],
  };
}

const id = (n: number): string => `SG-${n.toString(16).padStart(16, '0')}`;

describe('report/text', () => {
  it('puts the decision on the first line, then what to do, then the gates, then the blocking findings', () => {
    const findings = [
      makeFinding({ id: id(1), severity: 'critical', title: 'Hard-coded AWS key' }),
      makeFinding({ id: id(2), severity: 'critical', title: 'SQL injection' }),
    ];
    const lines = renderText(evaluate(findings), { color: false }).split('\n');
    expect(lines[0]).toBe(
      'REJECTED — 3 of 4 blocking gate(s) failed: scan-cleanliness, control-verification, disposition-integrity',
    );
    expect(lines[1]).toBe(
      `Policy: the built-in release preset (the default when there is no .shipgate/policy.yml), sha256 ${'a'.repeat(12)}`,
    );
    // Named by the run (--policy release), the preset was no default.
    const named = evaluate(findings);
    named.policy.named = true;
    expect(renderText(named, { color: false }).split('\n')[1]).toBe(
      `Policy: the built-in release preset, sha256 ${'a'.repeat(12)}`,
    );
    expect(lines[2]).toBe('Findings: 2 from 3 input(s); 2 open: critical 2');
    expect(lines.slice(3, 9)).toEqual([
      '',
      'What to do:',
      `  1. Fix, or accept with an exception, 2 open critical finding(s) (the policy allows at most 0): ${id(1)}, ${id(2)}. (scan-cleanliness)`,
      '  2. The manual assessment security/manual-assessment.md was not found; create it (shipgate init writes a template) and verify the controls. (control-verification)',
      `  3. Give 2 critical finding(s) a resolution path (a row in security/findings-register.csv with an owner and a remediation plan, or status risk-accepted or false-positive with a valid exception_id), or add an exception: ${id(1)}, ${id(2)}. (disposition-integrity)`,
      '  To accept a risk: shipgate waive FINDING_ID --reason TEXT --owner NAME --approved-by NAME --expires YYYY-MM-DD',
    ]);
    const at = (heading: string) => lines.indexOf(heading);
    expect(at('Gates:')).toBeGreaterThan(at('What to do:'));
    expect(at('Blocking findings (2):')).toBeGreaterThan(at('Gates:'));
    expect(lines[at('Blocking findings (2):') + 1]).toMatch(
      new RegExp(`^ {2}CRITICAL ${id(1)} rule-\\d+ src/a\\.ts:\\d+ — Hard-coded AWS key$`),
    );
    expect(lines.findIndex((l) => l.startsWith('Inputs (3);'))).toBeGreaterThan(at('Blocking findings (2):'));
  });

  it('counts every open finding over a threshold as blocking, not only the ten the reason names', () => {
    const findings = Array.from({ length: 25 }, (_, i) => makeFinding({ id: id(i + 1), severity: 'critical' }));
    const text = renderText(evaluate(findings, { register: planned(findings), assessment: VERIFIED }), {
      color: false,
    });
    expect(text.split('\n')[0]).toBe('REJECTED — 1 of 4 blocking gate(s) failed: scan-cleanliness');
    expect(text).toContain(
      `  1. Fix, or accept with an exception, 25 open critical finding(s) (the policy allows at most 0): ${id(1)}, ${id(2)}, ${id(3)} and 22 more. (scan-cleanliness)`,
    );
    expect(text).toContain('\nBlocking findings (25):\n');
    expect(text.match(/^ {2}CRITICAL /gm)).toHaveLength(10);
    expect(text).toContain('  ... and 15 more (every finding is in scan-results.json; --format json prints it)');
  });

  it('gives a lower bound when a gate counts more findings than it names', () => {
    const findings = Array.from({ length: 150 }, (_, i) => makeFinding({ id: id(i + 1), severity: 'low' }));
    const text = renderText(evaluate(findings, { assessment: VERIFIED }), { color: false });
    expect(text).toContain('  1. Give 150 finding(s) (of the 100 named: low 100) a resolution path');
    expect(text).toContain('\nBlocking findings (at least 150):\n');
    expect(text).toContain('  ... and 140 more (every finding is in scan-results.json; --format json prints it)');
  });

  it('names runs by their tool, with the scan type when one input holds several runs of a tool', () => {
    const run = (tool: string, scanType: 'dependency' | 'iac' | 'secret', toolVersion?: string) => ({
      tool,
      scanType,
      completed: true,
      problems: [],
      resultCount: 0,
      ...(toolVersion ? { toolVersion } : {}),
    });
    expect(runLabels([run('Trivy', 'dependency'), run('Trivy', 'iac'), run('Trivy', 'secret')])).toEqual([
      'Trivy (dependency)',
      'Trivy (iac)',
      'Trivy (secret)',
    ]);
    expect(runLabels([run('Trivy', 'dependency', '0.69.1'), run('Trivy', 'secret', '0.69.1')], true)).toEqual([
      'Trivy 0.69.1 (dependency)',
      'Trivy 0.69.1 (secret)',
    ]);
    expect(runLabels([run('CodeQL', 'dependency', '2.19.0'), run('Gitleaks', 'secret')], true)).toEqual([
      'CodeQL 2.19.0',
      'Gitleaks',
    ]);
  });

  it('says how findings without a severity count, so the header adds up to the gates', () => {
    const findings = [makeFinding({ id: id(1), severity: 'unknown' }), makeFinding({ id: id(2), severity: 'high' })];
    const lines = renderText(evaluate(findings), { color: false }).split('\n');
    expect(lines[2]).toBe('Findings: 2 from 3 input(s); 2 open: high 1, unknown 1 (counted as high)');
    const known = renderText(evaluate([makeFinding({ id: id(3), severity: 'low' })]), { color: false });
    expect(known.split('\n')[2]).toBe('Findings: 1 from 3 input(s); 1 open: low 1');
  });

  it('asks for a mitigation plan where the policy requires one, naming the register', () => {
    const findings = [makeFinding({ id: id(1), severity: 'high' })];
    const register = planned([]);
    const text = renderText(evaluate(findings, { register, assessment: VERIFIED }), { color: false });
    expect(text).toContain(
      `  1. Give 1 open high finding(s) a current mitigation plan (a row in security/findings-register.csv with owner, remediation_plan and a due_date not yet passed), or fix them, or add an exception: ${id(1)}. (scan-cleanliness)`,
    );
  });

  it("with maxPlanDays, a plan due too far ahead asks for a nearer due date and shows the gate's reason", () => {
    const findings = [makeFinding({ id: id(1), severity: 'high' })];
    const register = planned(findings);
    (register!.rows.get(id(1)) as PlanRow).dueDate = '2027-06-01';
    const policy = releasePolicy((p) => {
      p.gates['disposition-integrity'].maxPlanDays = 90;
    });
    const text = renderText(evaluate(findings, { policy, register, assessment: VERIFIED }), { color: false });
    expect(text).toContain(
      `  1. Give 1 open high finding(s) a current mitigation plan (a row in the findings register with owner, remediation_plan and a due_date not yet passed nor further ahead than the policy's maxPlanDays), or fix them, or add an exception: ${id(1)}. (scan-cleanliness)`,
    );
    expect(text).toContain(
      `  2. Give 1 high finding(s) a resolution path (a row in the findings register with an owner and a remediation plan due within the policy's maxPlanDays, or status risk-accepted or false-positive with a valid exception_id), or add an exception: ${id(1)}. (disposition-integrity)`,
    );
    expect(text).toContain(
      'register row 2 plan is due 2027-06-01, 188 days from today (2026-11-25), further ahead than the policy allows (gates.disposition-integrity.maxPlanDays: 90; expected a due date on or before 2027-02-23)',
    );
    // The same row within the limit is a plan: approved with conditions, nothing to do.
    (register!.rows.get(id(1)) as PlanRow).dueDate = '2027-02-23';
    const within = evaluate(findings, { policy, register, assessment: VERIFIED });
    expect(within.decision).toBe('approved-with-conditions');
  });

  it('does not let a finding title name another finding as blocking', () => {
    const quiet = makeFinding({ id: id(2), severity: 'low' });
    const loud = makeFinding({ id: id(1), severity: 'low', title: `${id(2)} (low) 'forged'` });
    const text = renderText(evaluate([loud, quiet], { register: planned([quiet]), assessment: VERIFIED }), {
      color: false,
    });
    const blocking = text.slice(text.indexOf('Blocking findings'));
    expect(blocking).toMatch(/^Blocking findings \(1 of 2\):\n {2}LOW {6}SG-0000000000000001 /);
    expect(blocking).not.toMatch(/^ {2}LOW {6}SG-0000000000000002 /m);
  });

  it('approved with conditions: the conditions are what to do, and nothing is listed as blocking', () => {
    const findings = [makeFinding({ id: id(1), severity: 'high' }), makeFinding({ id: id(2), severity: 'high' })];
    const lines = renderText(
      evaluate(findings, { register: planned(findings), assessment: VERIFIED }, '.shipgate/policy.yml'),
      { color: false },
    ).split('\n');
    expect(lines[0]).toBe('APPROVED WITH CONDITIONS — 4 of 4 blocking gate(s) passed; 2 condition(s)');
    expect(lines[1]).toBe(`Policy: .shipgate/policy.yml, sha256 ${'a'.repeat(12)}`);
    expect(lines[4]).toBe('What to do: meet these conditions (the certificate lists them):');
    expect(lines[5]).toMatch(/is open with a plan: owner alice, due 2026-12-15 \(register row \d\)\.$/);
    expect(lines).toContain('Top findings (2 of 2):');
    expect(lines.some((l) => l.startsWith('Blocking findings'))).toBe(false);
  });

  it('approved: the decision alone, with no section of things to do', () => {
    const text = renderText(evaluate([], { assessment: VERIFIED }), { color: false });
    expect(text.split('\n')[0]).toBe('APPROVED — 4 of 4 blocking gate(s) passed; no conditions');
    expect(text).toContain('\nFindings: 0 from 3 input(s); none open\n');
    expect(text).not.toContain('What to do');
  });

  it('says when advisory mode keeps the job green, and marks a gate that errored', () => {
    const evaluation = evaluate([], { assessment: VERIFIED });
    evaluation.mode = 'advisory';
    evaluation.decision = 'rejected';
    const gate = evaluation.gates.find((g) => g.id === 'control-verification');
    if (!gate) throw new Error('no control-verification gate');
    gate.status = 'error';
    gate.reasons = ['the gate failed to evaluate: boom'];
    const text = renderText(evaluation, { color: false });
    expect(text.split('\n')[0]).toBe(
      'REJECTED — 1 of 4 blocking gate(s) failed: control-verification (error) (advisory mode: the job does not fail on gates)',
    );
    expect(text).toContain('  1. The gate failed to evaluate: boom (control-verification)');
  });

  it('counts what a rejected exception leaves open, not what another exception covers', () => {
    const covered = makeFinding({ id: id(1), severity: 'low', excepted: true, exceptionId: 'EXC-2' });
    const open = makeFinding({ id: id(2), severity: 'low' });
    const evaluation = evaluate([covered, open], { register: planned([covered, open]), assessment: VERIFIED });
    evaluation.exceptions.rejected.push(
      {
        id: 'EXC-1',
        file: '.shipgate/exceptions/a.yml',
        line: 2,
        expires: '2026-11-01',
        status: 'expired',
        reason: 'expired on 2026-11-01',
        wouldCover: [id(1), id(2)],
      },
      {
        id: 'EXC-3',
        file: '.shipgate/exceptions/a.yml',
        line: 12,
        expires: '2026-11-01',
        status: 'expired',
        reason: 'expired on 2026-11-01',
        wouldCover: [id(1)],
      },
    );
    const text = renderText(evaluation, { color: false });
    expect(text).toContain(
      `  - EXC-1 (.shipgate/exceptions/a.yml: line 2): expired on 2026-11-01; 1 finding(s) stay open (1 covered otherwise)\n`,
    );
    expect(text).toContain(
      `  - EXC-3 (.shipgate/exceptions/a.yml: line 12): expired on 2026-11-01; 0 finding(s) stay open (1 covered otherwise)\n`,
    );
    expect(renderJobSummary(evaluation)).toContain(
      '- EXC-1 (.shipgate/exceptions/a.yml:2): expired on 2026-11-01; 1 finding(s) stay open (1 covered otherwise)',
    );
  });

  it('paints the decision only when asked', () => {
    const evaluation = evaluate([], { assessment: VERIFIED });
    expect(renderText(evaluation, { color: true }).startsWith('\u001b[1;32mAPPROVED — ')).toBe(true);
    expect(renderText(evaluation, { color: false })).not.toContain('\u001b[');
  });
});

describe('topFindings', () => {
  /** The reference: a full sort by (excepted, severity, id). */
  function reference(findings: readonly EvaluatedFinding[], limit: number, keep: (f: EvaluatedFinding) => boolean) {
    const rank = ['critical', 'high', 'medium', 'low', 'info'];
    return findings
      .filter(keep)
      .sort(
        (a, b) =>
          Number(a.excepted) - Number(b.excepted) ||
          rank.indexOf(a.countedSeverity) - rank.indexOf(b.countedSeverity) ||
          (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      )
      .slice(0, limit)
      .map((f) => f.id);
  }

  it('equals a full sort by (open first, worst first, id) for every limit, sorted or not, filtered or not', () => {
    const severities = ['critical', 'high', 'medium', 'low', 'info'] as const;
    // A deterministic mix: ids out of order, every severity, a third excepted, many criticals.
    const findings = Array.from({ length: 300 }, (_, i) =>
      makeFinding({
        id: `SG-${((i * 7919) % 1000).toString(16).padStart(16, '0')}`,
        severity: severities[i % 7 < 3 ? 0 : i % 5] as (typeof severities)[number],
        excepted: i % 3 === 0,
      }),
    );
    const sortedById = [...findings].sort((a, b) => (a.id < b.id ? -1 : 1));
    const keeps = [
      () => true,
      (f: EvaluatedFinding) => !f.excepted,
      (f: EvaluatedFinding) => f.countedSeverity !== 'critical',
    ];
    for (const list of [findings, sortedById])
      for (const keep of keeps)
        for (const limit of [0, 1, 10, 99, 100, 101, 299, 300, 1000])
          expect(topFindings(list, limit, keep).map((f) => f.id)).toEqual(reference(list, limit, keep));
  });
});

describe('report/text openFindingIds', () => {
  it('answers only for the ids asked about: open ones, never an excepted or unknown one', () => {
    const evaluation = evaluate([
      makeFinding({ id: id(1), severity: 'high' }),
      makeFinding({ id: id(2), severity: 'high' }),
      makeFinding({ id: id(3), severity: 'high' }),
    ]);
    (evaluation.findings.find((f) => f.id === id(2)) as { excepted: boolean }).excepted = true;
    expect([...openFindingIds(evaluation, [id(1), id(2), id(9)])]).toEqual([id(1)]);
    // An id not asked about is not in the answer, open or not (no set of every finding is built).
    expect(openFindingIds(evaluation, [id(2)]).size).toBe(0);
    expect(openFindingIds(evaluation, []).size).toBe(0);
  });
});
