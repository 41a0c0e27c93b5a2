/**
 * A severity with more open findings than its `max` is not allowed open, plan or no plan. scan-cleanliness
 * used to reject "1 open critical finding(s), at most 0 allowed" and list in the same breath the
 * condition "1 open critical finding(s) allowed open with a plan", and for 4 highs under max 3 each
 * "is open with a plan". Findings of such a severity are no longer listed as allowed open.
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/evaluation.js';
import { scanCleanliness } from '../../src/gates/scan-cleanliness.js';
import type { EvaluatedFinding, GateContext, GateResult, PlanRow } from '../../src/gates/types.js';
import { emptyCounts, type InputRecord } from '../../src/model.js';
import type { Policy } from '../../src/policy/types.js';
import { renderDispositionRecord } from '../../src/report/disposition-record.js';
import { renderText } from '../../src/report/text.js';
import { evaluationOf, makeFinding, releasePolicy } from '../helpers.js';

const TODAY = '2026-11-25';
const REGISTER = 'security/findings-register.csv';

const input: InputRecord = {
  path: 'scan.sarif',
  sha256: '0'.repeat(64),
  size: 1,
  format: 'sarif',
  runs: [{ tool: 'CodeQL', scanType: 'sast', completed: true, problems: [], resultCount: 0 }],
  counts: emptyCounts(),
  warnings: [],
};

function row(findingId: string, n: number): [string, PlanRow] {
  return [
    findingId,
    {
      row: n,
      findingId,
      owner: 'alice',
      status: 'in-remediation',
      remediationPlan: 'Use parameterized queries',
      dueDate: '2026-12-15',
      exceptionId: '',
    },
  ];
}

/** scan-cleanliness over findings that the register all gives a current plan. */
function evaluate(policy: Policy, findings: EvaluatedFinding[]): GateResult {
  const context: GateContext = {
    policy,
    findings,
    inputs: [input],
    today: TODAY,
    register: { source: REGISTER, rows: new Map(findings.map((f, i) => row(f.id, i + 2))) },
  };
  return { ...scanCleanliness.evaluate(context), id: 'scan-cleanliness', enforcement: 'blocking' };
}

const critical = (): EvaluatedFinding => makeFinding({ severity: 'critical', countedSeverity: 'critical' });
const high = (): EvaluatedFinding => makeFinding({ severity: 'high', countedSeverity: 'high' });
const maxCritical = (max: number) =>
  releasePolicy((p) => {
    p.gates['scan-cleanliness'].max.critical = max;
  });

describe('scan-cleanliness: a severity over its max is not allowed open with a plan', () => {
  it('a planned critical under max critical 1 is allowed open with a plan; under max critical 0 it is only a reason', () => {
    const finding = critical();
    const within = evaluate(maxCritical(1), [finding]);
    expect(within.status).toBe('pass');
    expect(within.conditions).toEqual([
      `1 open critical finding(s) allowed open with a plan in ${REGISTER}: ${finding.id}.`,
    ]);
    const over = evaluate(maxCritical(0), [finding]);
    expect(over.status).toBe('fail');
    expect(over.reasons).toEqual([expect.stringMatching(/^1 open critical finding\(s\), at most 0 allowed: /)]);
    expect(over.conditions).toEqual([]);
  });

  it('3 planned highs under max high 3 (requirePlan high) are each open with a plan; 4 are none of them', () => {
    const policy = releasePolicy();
    expect(policy.gates['scan-cleanliness'].max.high).toBe(3);
    expect(policy.gates['scan-cleanliness'].requirePlan).toContain('high');
    const highs = [high(), high(), high()];
    const within = evaluate(policy, highs);
    expect(within.status).toBe('pass');
    expect(within.conditions).toHaveLength(3);
    for (const condition of within.conditions)
      expect(condition).toMatch(/is open with a plan: owner alice, due 2026-12-15 \(register row \d\)\.$/);
    const over = evaluate(policy, [...highs, high()]);
    expect(over.status).toBe('fail');
    expect(over.reasons).toEqual([expect.stringMatching(/^4 open high finding\(s\), at most 3 allowed: /)]);
    expect(over.conditions).toEqual([]);
  });

  it('only the severity over its max is left out: a planned medium beside too many criticals stays a condition', () => {
    const medium = makeFinding({ severity: 'medium', countedSeverity: 'medium' });
    const result = evaluate(maxCritical(0), [critical(), medium]);
    expect(result.status).toBe('fail');
    expect(result.conditions).toEqual([
      `1 open medium finding(s) allowed open with a plan in ${REGISTER}: ${medium.id}.`,
    ]);
  });

  it('a high over the max without a plan is still a reason of its own', () => {
    const highs = [high(), high(), high(), high()];
    const context: GateContext = {
      policy: releasePolicy(),
      findings: highs,
      inputs: [input],
      today: TODAY,
      register: { source: REGISTER, rows: new Map(highs.slice(1).map((f, i) => row(f.id, i + 2))) },
    };
    const result = scanCleanliness.evaluate(context);
    expect(result.reasons[0]).toMatch(/^4 open high finding\(s\), at most 3 allowed: /);
    expect(result.reasons.join('\n')).toContain(`is open with no mitigation plan: add a row for ${highs[0]?.id}`);
    expect(result.conditions).toEqual([]);
  });

  it('the text report and disposition-record.md list no such finding among the conditions of a rejection', () => {
    const findings = [critical()];
    for (const [max, listed] of [
      [1, true],
      [0, false],
    ] as const) {
      const gate = evaluate(maxCritical(max), findings);
      const { decision, conditions } = decide([gate], []);
      const evaluation = evaluationOf(findings, { gates: [gate], decision, conditions });
      const text = renderText(evaluation, { color: false });
      const record = renderDispositionRecord(evaluation);
      const allowed = 'allowed open with a plan';
      expect(text.includes(allowed), text).toBe(listed);
      expect(record.includes(allowed), record).toBe(listed);
      if (listed) {
        expect(decision).toBe('approved-with-conditions');
        expect(text).toContain('What to do: meet these conditions (the certificate lists them):');
      } else {
        expect(decision).toBe('rejected');
        expect(text).toContain('1 open critical finding(s), at most 0 allowed');
        expect(text).not.toContain('Conditions (listed with the decision once nothing blocks):');
        expect(record).toContain('## Conditions\n\nNone.');
      }
    }
  });
});
