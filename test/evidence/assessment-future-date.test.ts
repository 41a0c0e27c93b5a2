/**
 * A control "Verified" with a Date after the evaluation day (2099-01-01) has not been verified yet, as
 * an exception approved on a later day does not apply yet. It used to count as verified; it is now
 * reported as any other control that is not Verified, naming the date and the evaluation day.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countsAsVerified, parseAssessment, verifiedLater } from '../../src/evidence/assessment.js';
import { controlVerification } from '../../src/gates/control-verification.js';
import type { GateContext } from '../../src/gates/types.js';
import { silentLogger } from '../../src/logger.js';
import { run } from '../../src/run.js';
import { releasePolicy } from '../helpers.js';

const TODAY = '2026-11-25';
const SOURCE = 'security/manual-assessment.md';

/** The gate over an assessment file, as the run passes it (the parsed rows, with their Date). */
function gate(markdown: string, today = TODAY, change: Parameters<typeof releasePolicy>[0] = () => undefined) {
  const assessment = parseAssessment(markdown, SOURCE);
  const context: GateContext = {
    policy: releasePolicy(change),
    findings: [],
    inputs: [],
    today,
    assessment: { source: SOURCE, controls: assessment.controls },
  };
  return controlVerification.evaluate(context);
}

const table = (rows: string[]) =>
  ['| Control | Criticality | Status | Verified by | Date |', '| --- | --- | --- | --- | --- |', ...rows, ''].join(
    '\n',
  );
const ALL = ['authentication', 'authorization', 'data-protection', 'secrets-management'];
const verified = (date: string, criticality = 'critical', control = 'authentication') =>
  table([
    `| ${control} | ${criticality} | Verified | alice | ${date} |`,
    ...ALL.filter((c) => c !== control).map((c) => `| ${c} | critical | Verified | alice | 2026-11-01 |`),
  ]);

describe('a control Verified with a date after the evaluation day', () => {
  it('countsAsVerified: Verified on the day or before counts; the day after does not; no date counts', () => {
    expect(countsAsVerified({ status: 'Verified', date: TODAY }, TODAY)).toBe(true);
    expect(countsAsVerified({ status: 'Verified', date: '2026-11-24' }, TODAY)).toBe(true);
    expect(countsAsVerified({ status: 'Verified' }, TODAY)).toBe(true);
    expect(countsAsVerified({ status: 'Verified', date: '2026-11-26' }, TODAY)).toBe(false);
    expect(countsAsVerified({ status: 'Pending', date: '2026-11-24' }, TODAY)).toBe(false);
    expect(verifiedLater({ status: 'Verified', date: '2026-11-26' }, TODAY)).toBe(true);
    expect(verifiedLater({ status: 'Pending', date: '2026-11-26' }, TODAY)).toBe(false);
    expect(verifiedLater({ status: 'Verified', date: TODAY }, TODAY)).toBe(false);
  });

  it('a critical control Verified today passes; Verified tomorrow fails, naming the date, the day and the line', () => {
    const today = gate(verified(TODAY));
    expect(today.status).toBe('pass');
    expect(today.summary).toContain('4 verified');
    const tomorrow = gate(verified('2026-11-26'));
    expect(tomorrow.status).toBe('fail');
    expect(tomorrow.reasons).toEqual([
      `critical control 'authentication' is 'Verified' on 2026-11-26, which is after today, ${TODAY}, so it does not count as verified (${SOURCE}: line 3; expected the Date it was verified, today or earlier).`,
    ]);
    expect(tomorrow.summary).toContain('3 verified');
    expect(gate(verified('2099-01-01')).reasons[0]).toContain("is 'Verified' on 2099-01-01, which is after today");
  });

  it('the evaluation day is the one the gate is given: the same row passes once that day comes', () => {
    expect(gate(verified('2026-12-01'), '2026-11-30').status).toBe('fail');
    expect(gate(verified('2026-12-01'), '2026-12-01').status).toBe('pass');
  });

  it('a required control the assessment ranks lower is a condition, as when it is not Verified', () => {
    const result = gate(verified('2099-01-01', 'high'));
    expect(result.status).toBe('pass');
    expect(result.conditions).toEqual([
      `required control 'authentication' is 'Verified' on 2099-01-01, which is after today, ${TODAY}, so it does not count as verified; the assessment ranks it high, so the gate does not require it verified (${SOURCE}: line 3; expected the Date it was verified, today or earlier).`,
    ]);
    expect(gate(verified(TODAY, 'high')).conditions).toEqual([]);
  });

  it('a control neither critical nor required is neither a reason nor a condition', () => {
    const markdown = table([
      ...ALL.map((c) => `| ${c} | critical | Verified | alice | 2026-11-01 |`),
      '| logging | low | Verified | alice | 2099-01-01 |',
    ]);
    const result = gate(markdown);
    expect(result.status).toBe('pass');
    expect(result.conditions).toEqual([]);
    expect(result.summary).toContain('5 control(s) in security/manual-assessment.md, 4 verified');
  });

  it('evaluate rejects a release whose required control is Verified on 2099-01-01 (SHIPGATE_NOW 2026-11-25)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sg-assessment-future-'));
    const files: Record<string, string> = {
      '.shipgate/policy.yml': [
        'version: 1',
        'extends: release',
        'inputs: [reports/sast.sarif]',
        'evidence: { required: [sast] }',
        'gates:',
        '  control-verification: { requiredControls: [authentication] }',
        '  disposition-integrity: { enforcement: off }',
        '',
      ].join('\n'),
      'reports/sast.sarif': JSON.stringify({
        version: '2.1.0',
        runs: [{ tool: { driver: { name: 'CodeQL', rules: [] } }, results: [] }],
      }),
      [SOURCE]: table(['| authentication | critical | Verified | alice | 2099-01-01 |']),
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    const evaluate = () =>
      run({ root, scans: [], dryRun: true, clock: () => new Date('2026-11-25T12:00:00Z'), logger: silentLogger });
    const result = await evaluate();
    expect(result.evaluation.decision).toBe('rejected');
    const control = result.evaluation.gates.find((g) => g.id === 'control-verification');
    expect(control?.status).toBe('fail');
    expect(control?.reasons).toEqual([
      `critical control 'authentication' is 'Verified' on 2099-01-01, which is after today, 2026-11-25, so it does not count as verified (${SOURCE}: line 3; expected the Date it was verified, today or earlier).`,
    ]);
    writeFileSync(join(root, SOURCE), table(['| authentication | critical | Verified | alice | 2026-11-25 |']));
    const fixed = await evaluate();
    expect(fixed.evaluation.gates.find((g) => g.id === 'control-verification')?.status).toBe('pass');
  });
});
