import { describe, expect, it } from 'vitest';
import { controlVerification } from '../../src/gates/control-verification.js';
import { dispositionIntegrity } from '../../src/gates/disposition-integrity.js';
import { evidenceCompleteness } from '../../src/gates/evidence-completeness.js';
import { scanCleanliness } from '../../src/gates/scan-cleanliness.js';
import type { EvaluatedFinding, GateContext, PlanRow } from '../../src/gates/types.js';
import { approvalObstacles, decide, runGates } from '../../src/evaluation.js';
import type { InputRecord } from '../../src/model.js';
import type { Policy } from '../../src/policy/types.js';
import type { ToolRun } from '../../src/model.js';
import { emptyCounts } from '../../src/model.js';
import { makeFinding, releasePolicy } from '../helpers.js';

const TODAY = '2026-11-25';

function input(runs: Partial<ToolRun>[], path = 'scan.sarif'): InputRecord {
  return {
    path,
    sha256: '0'.repeat(64),
    size: 1,
    format: 'sarif',
    runs: runs.map((r) => ({ tool: 'CodeQL', scanType: 'sast', completed: true, problems: [], resultCount: 0, ...r })),
    counts: emptyCounts(),
    warnings: [],
  };
}

function context(overrides: Partial<GateContext> = {}): GateContext {
  return {
    policy: releasePolicy(),
    findings: [],
    inputs: [
      input([
        { scanType: 'sast' },
        { scanType: 'dependency', tool: 'Trivy' },
        { scanType: 'secret', tool: 'Gitleaks' },
      ]),
    ],
    today: TODAY,
    ...overrides,
  };
}

function plan(findingId: string, row: number, overrides: Partial<PlanRow> = {}): [string, PlanRow] {
  return [
    findingId,
    {
      row,
      findingId,
      owner: 'alice',
      status: 'open',
      remediationPlan: 'upgrade',
      dueDate: TODAY,
      exceptionId: '',
      ...overrides,
    },
  ];
}

describe('gates/scan-cleanliness', () => {
  const noPlan = releasePolicy((p) => {
    p.gates['scan-cleanliness'].requirePlan = [];
  });

  it('passes with 3 open highs and fails with 4 (max high 3)', () => {
    const three = [1, 2, 3].map(() => makeFinding({ severity: 'high' }));
    expect(scanCleanliness.evaluate(context({ policy: noPlan, findings: three })).status).toBe('pass');
    const four = [...three, makeFinding({ severity: 'high', title: 'the fourth' })];
    const result = scanCleanliness.evaluate(context({ policy: noPlan, findings: four }));
    expect(result.status).toBe('fail');
    expect(result.reasons[0]).toMatch(/^4 open high finding\(s\), at most 3 allowed: SG-/);
    expect(result.reasons[0]).toContain("'the fourth'");
  });

  it('passes with 0 criticals and fails with 1 (max critical 0)', () => {
    expect(
      scanCleanliness.evaluate(context({ policy: noPlan, findings: [makeFinding({ severity: 'medium' })] })).status,
    ).toBe('pass');
    const one = scanCleanliness.evaluate(
      context({ policy: noPlan, findings: [makeFinding({ severity: 'critical', countedSeverity: 'critical' })] }),
    );
    expect(one.status).toBe('fail');
    expect(one.reasons[0]).toMatch(/^1 open critical finding\(s\), at most 0 allowed/);
  });

  it('does not count excepted findings', () => {
    const findings = [
      makeFinding({ severity: 'critical', countedSeverity: 'critical', excepted: true, exceptionId: 'EXC-1' }),
    ];
    expect(scanCleanliness.evaluate(context({ policy: noPlan, findings })).status).toBe('pass');
  });

  it('counts unknown as the policy says', () => {
    const unknowns = [1, 2, 3, 4].map(() => makeFinding({ severity: 'unknown', countedSeverity: 'high' }));
    expect(scanCleanliness.evaluate(context({ policy: noPlan, findings: unknowns })).status).toBe('fail');
    const asLow = unknowns.map((f) => ({ ...f, countedSeverity: 'low' as const }));
    expect(scanCleanliness.evaluate(context({ policy: noPlan, findings: asLow })).status).toBe('pass');
  });

  it('makes open findings of other severities that the register plans a condition, counted per severity', () => {
    const mediums = [1, 2].map(() => makeFinding({ severity: 'medium', countedSeverity: 'medium' }));
    const low = makeFinding({ severity: 'low', countedSeverity: 'low' });
    const [first, second] = mediums as [EvaluatedFinding, EvaluatedFinding];
    const rows = new Map([
      plan(first.id, 2),
      // Due yesterday, risk-accepted or without an owner: not a current plan, so no condition.
      plan(second.id, 3, { dueDate: '2026-11-24' }),
      plan(low.id, 4, { status: 'risk-accepted' }),
    ]);
    const result = scanCleanliness.evaluate(
      context({ findings: [...mediums, low], register: { source: 'r.csv', rows } }),
    );
    expect(result.status).toBe('pass');
    expect(result.conditions).toEqual([`1 open medium finding(s) allowed open with a plan in r.csv: ${first.id}.`]);
    rows.set(second.id, plan(second.id, 3)[1]);
    rows.set(low.id, plan(low.id, 4, { status: 'in-remediation' })[1]);
    expect(
      scanCleanliness.evaluate(context({ findings: [...mediums, low], register: { source: 'r.csv', rows } }))
        .conditions,
    ).toEqual([
      `2 open medium finding(s) allowed open with a plan in r.csv: ${first.id}, ${second.id}.`,
      `1 open low finding(s) allowed open with a plan in r.csv: ${low.id}.`,
    ]);
    const many = Array.from({ length: 12 }, () => makeFinding({ severity: 'low', countedSeverity: 'low' }));
    const manyRows = new Map(many.map((f, i) => plan(f.id, i + 2)));
    const [line] = scanCleanliness.evaluate(
      context({ findings: many, register: { source: 'r.csv', rows: manyRows } }),
    ).conditions;
    expect(line).toMatch(
      /^12 open low finding\(s\) allowed open with a plan in r\.csv: (SG-\w+, ){9}SG-\w+, and 2 more\.$/,
    );
  });

  describe('requirePlan', () => {
    const highs = [1, 2, 3].map(() => makeFinding({ severity: 'high' }));
    it('passes with exactly 3 open highs that each have a plan, listing each as a condition', () => {
      const rows = new Map(highs.map((f, i) => plan(f.id, i + 2)));
      const result = scanCleanliness.evaluate(context({ findings: highs, register: { source: 'reg.csv', rows } }));
      expect(result.status).toBe('pass');
      expect(result.conditions).toHaveLength(3);
      expect(result.conditions[0]).toMatch(/is open with a plan: owner alice, due 2026-11-25 \(register row \d\)/);
    });

    it('fails when one of them has no plan, naming the finding and the register', () => {
      const rows = new Map(highs.slice(0, 2).map((f, i) => plan(f.id, i + 2)));
      const result = scanCleanliness.evaluate(context({ findings: highs, register: { source: 'reg.csv', rows } }));
      expect(result.status).toBe('fail');
      expect(result.reasons).toEqual([expect.stringContaining(`${highs[2]?.id} (high)`)]);
      expect(result.reasons[0]).toContain('add a row for');
    });

    it('takes an owner or plan with no letter or digit (a zero-width space, -, **) for none: no plan, no condition', () => {
      const [f] = highs;
      for (const [owner, remediationPlan] of [
        ['\u200b', 'upgrade'],
        ['alice', '\u200b'],
        ['-', '**'],
        [' \u2060 ', 'fix'],
      ]) {
        const result = scanCleanliness.evaluate(
          context({
            findings: [f!],
            register: { source: 'r', rows: new Map([plan(f!.id, 2, { owner, remediationPlan })]) },
          }),
        );
        expect(result.status, JSON.stringify([owner, remediationPlan])).toBe('fail');
        expect(result.conditions).toEqual([]);
        expect(result.reasons[0]).toMatch(/register row 2 has no (owner|remediation_plan|owner, remediation_plan)\./);
      }
      const fine = scanCleanliness.evaluate(
        context({
          findings: [f!],
          register: { source: 'r', rows: new Map([plan(f!.id, 2, { owner: 'al', remediationPlan: 'fix in 1.2' })]) },
        }),
      );
      expect(fine.status).toBe('pass');
    });

    it('accepts a due date of today and refuses yesterday', () => {
      const [f] = highs;
      const today = scanCleanliness.evaluate(
        context({ findings: [f!], register: { source: 'r', rows: new Map([plan(f!.id, 2)]) } }),
      );
      expect(today.status).toBe('pass');
      const yesterday = scanCleanliness.evaluate(
        context({
          findings: [f!],
          register: { source: 'r', rows: new Map([plan(f!.id, 7, { dueDate: '2026-11-24' })]) },
        }),
      );
      expect(yesterday.status).toBe('fail');
      expect(yesterday.reasons[0]).toMatch(/register row 7 plan was due 2026-11-24, which has passed/);
    });

    describe('maxPlanDays', () => {
      const within = (days: number): Policy =>
        releasePolicy((p) => {
          p.gates['disposition-integrity'].maxPlanDays = days;
        });
      const evaluateDue = (policy: Policy, dueDate: string) => {
        const [f] = highs;
        return scanCleanliness.evaluate(
          context({ policy, findings: [f!], register: { source: 'r', rows: new Map([plan(f!.id, 7, { dueDate })]) } }),
        );
      };

      it('accepts a plan due exactly maxPlanDays ahead and refuses one a day later, naming the latest date', () => {
        // 2026-11-25 + 90 days = 2027-02-23.
        const edge = evaluateDue(within(90), '2027-02-23');
        expect(edge.status).toBe('pass');
        expect(edge.conditions[0]).toMatch(/is open with a plan: owner alice, due 2027-02-23 \(register row 7\)/);
        const over = evaluateDue(within(90), '2027-02-24');
        expect(over.status).toBe('fail');
        expect(over.conditions).toEqual([]);
        expect(over.reasons[0]).toContain(
          `: register row 7 plan is due 2027-02-24, 91 days from today (2026-11-25), further ahead than the policy allows (gates.disposition-integrity.maxPlanDays: 90; expected a due date on or before 2027-02-23).`,
        );
      });

      it('without maxPlanDays, any due date not past is a plan (9999-12-31 included); with it, a passed date is still refused first', () => {
        expect(evaluateDue(releasePolicy(), '9999-12-31').status).toBe('pass');
        expect(evaluateDue(within(3650), '9999-12-31').reasons[0]).toMatch(
          /plan is due 9999-12-31, 2912114 days from today/,
        );
        expect(evaluateDue(within(1), '2026-11-26').status).toBe('pass');
        expect(evaluateDue(within(1), '2026-11-27').status).toBe('fail');
        expect(evaluateDue(within(1), '2026-11-24').reasons[0]).toMatch(/plan was due 2026-11-24, which has passed/);
      });

      it('does not count a plan due too far ahead as a condition for severities without requirePlan', () => {
        const medium = makeFinding({ severity: 'medium', countedSeverity: 'medium' });
        const rows = new Map([plan(medium.id, 2, { dueDate: '2027-02-24' })]);
        const far = scanCleanliness.evaluate(
          context({ policy: within(90), findings: [medium], register: { source: 'r.csv', rows } }),
        );
        expect(far.conditions).toEqual([]);
        rows.set(medium.id, plan(medium.id, 2, { dueDate: '2027-02-23' })[1]);
        const near = scanCleanliness.evaluate(
          context({ policy: within(90), findings: [medium], register: { source: 'r.csv', rows } }),
        );
        expect(near.conditions).toEqual([`1 open medium finding(s) allowed open with a plan in r.csv: ${medium.id}.`]);
      });
    });

    it('counts a row as a plan only while it says open or in-remediation, not resolved, risk-accepted or false-positive', () => {
      const [f] = highs;
      for (const status of ['open', 'in-remediation'] as const) {
        const rows = new Map([plan(f!.id, 3, { status })]);
        expect(scanCleanliness.evaluate(context({ findings: [f!], register: { source: 'r', rows } })).status).toBe(
          'pass',
        );
      }
      for (const status of ['resolved', 'risk-accepted', 'false-positive'] as const) {
        const rows = new Map([plan(f!.id, 3, { status })]);
        const result = scanCleanliness.evaluate(context({ findings: [f!], register: { source: 'r', rows } }));
        expect(result.status).toBe('fail');
        expect(result.conditions).toEqual([]);
        expect(result.reasons[0]).toContain(
          `register row 3 says '${status}', but the finding is open (expected status open or in-remediation with owner, remediation_plan and due_date, or a valid exception).`,
        );
      }
    });

    it('names the missing fields of a row', () => {
      const [f] = highs;
      const rows = new Map([plan(f!.id, 4, { owner: '', remediationPlan: '' })]);
      const result = scanCleanliness.evaluate(context({ findings: [f!], register: { source: 'r', rows } }));
      expect(result.reasons[0]).toMatch(/register row 4 has no owner, remediation_plan/);
    });

    it('a placeholder owner or plan (TBD, N/A, none) is no plan; a name or words that contain one are', () => {
      const [f] = highs;
      const evaluate = (overrides: Partial<PlanRow>) =>
        scanCleanliness.evaluate(
          context({ findings: [f!], register: { source: 'r', rows: new Map([plan(f!.id, 4, overrides)]) } }),
        );
      for (const owner of [
        'TBD',
        ' n/a ',
        'None.',
        'UNASSIGNED',
        '(unknown)',
        '\uff34\uff22\uff24',
        'T.B.D.',
        'n_a',
        'No-one',
        'to be determined',
      ]) {
        const result = evaluate({ owner });
        expect(result.status, owner).toBe('fail');
        expect(result.reasons[0]).toContain(
          `register row 4 has no owner (${JSON.stringify(owner.trim())} is a placeholder).`,
        );
      }
      expect(evaluate({ remediationPlan: 'TODO' }).reasons[0]).toContain(
        'register row 4 has no remediation_plan ("TODO" is a placeholder).',
      );
      // An invisible character inside is shown, not printed raw.
      expect(evaluate({ owner: 't\u200bbd' }).reasons[0]).toContain('has no owner ("t\\u200Bbd" is a placeholder).');
      expect(evaluate({ remediationPlan: 'Not applicable.' }).status).toBe('fail');
      for (const owner of ['Nadia', 'tbd-team', 'Noone Smith']) expect(evaluate({ owner }).status, owner).toBe('pass');
      expect(evaluate({ remediationPlan: 'none of the callers pass user input; remove in 2.0' }).status).toBe('pass');
    });
  });
});

describe('gates/evidence-completeness', () => {
  it('passes when every required scan type is covered by a completed run', () => {
    expect(evidenceCompleteness.evaluate(context()).status).toBe('pass');
  });

  it('a run that shows nothing of what it scanned covers no type, not even other', () => {
    const policy = releasePolicy();
    policy.evidence.required = ['other'];
    const empty = evidenceCompleteness.evaluate(
      context({ policy, inputs: [input([{ tool: 'Trivy', scanType: 'other', coversNothing: true }])] }),
    );
    expect(empty.status).toBe('fail');
    expect(empty.summary).toContain('covered: nothing');
    const shown = evidenceCompleteness.evaluate(
      context({ policy, inputs: [input([{ tool: 'X', scanType: 'other' }])] }),
    );
    expect(shown.status).toBe('pass');
  });

  it('fails for a required type that is missing, naming it', () => {
    const result = evidenceCompleteness.evaluate(context({ inputs: [input([{ scanType: 'sast' }])] }));
    expect(result.status).toBe('fail');
    expect(result.reasons).toContain(
      'no completed dependency scan among the inputs (the policy requires sast, dependency, secret).',
    );
  });

  it('fails for an incomplete run, naming the input and the tool, and does not count it as coverage', () => {
    const inputs = [
      input(
        [
          {
            scanType: 'sast',
            completed: false,
            problems: [
              '/runs/0/invocations/0/executionSuccessful: SpotBugs reports that its execution did not succeed.',
            ],
          },
        ],
        'spotbugs.sarif',
      ),
      input([{ scanType: 'dependency' }, { scanType: 'secret' }]),
    ];
    const result = evidenceCompleteness.evaluate(context({ inputs }));
    expect(result.status).toBe('fail');
    expect(result.reasons).toContain(
      'spotbugs.sarif: /runs/0/invocations/0/executionSuccessful: SpotBugs reports that its execution did not succeed.',
    );
    expect(result.reasons.some((r) => r.startsWith('no completed sast scan'))).toBe(true);
  });

  it('with requireCommit, fails unless every run names the commit under test', () => {
    const policy = releasePolicy((p) => {
      p.evidence.requireCommit = true;
      p.evidence.required = ['sast'];
    });
    const sha = 'a'.repeat(40);
    expect(
      evidenceCompleteness.evaluate(context({ policy, commit: sha, inputs: [input([{ commit: sha }])] })).status,
    ).toBe('pass');
    const other = evidenceCompleteness.evaluate(
      context({ policy, commit: sha, inputs: [input([{ commit: 'b'.repeat(40) }])] }),
    );
    expect(other.reasons[0]).toMatch(/scanned commit b+, not the commit under test a+/);
    const none = evidenceCompleteness.evaluate(context({ policy, commit: sha, inputs: [input([{}])] }));
    expect(none.reasons[0]).toMatch(/does not name the commit it scanned/);
    const noCommit = evidenceCompleteness.evaluate(context({ policy, inputs: [input([{ commit: sha }])] }));
    expect(noCommit.reasons[0]).toMatch(/no commit was given/);
  });
});

describe('gates/control-verification', () => {
  const controls = (
    status: string,
    extra: { controlId: string; key: string; criticality?: string; status: string; line: number }[] = [],
  ) => ({
    source: 'security/manual-assessment.md',
    controls: [
      { controlId: 'authentication', key: 'authentication', criticality: 'critical', status: 'Verified', line: 5 },
      { controlId: 'authorization', key: 'authorization', criticality: 'critical', status, line: 6 },
      { controlId: 'data-protection', key: 'data-protection', criticality: 'critical', status: 'Verified', line: 7 },
      {
        controlId: 'secrets-management',
        key: 'secrets-management',
        criticality: 'critical',
        status: 'Verified',
        line: 8,
      },
      ...extra,
    ],
  });

  it('passes when every critical control is Verified', () => {
    expect(controlVerification.evaluate(context({ assessment: controls('Verified') })).status).toBe('pass');
  });

  it.each(['Not applicable', 'Partially verified', 'Pending', 'Not verified'])(
    'fails for a critical control that is %s',
    (status) => {
      const result = controlVerification.evaluate(context({ assessment: controls(status) }));
      expect(result.status).toBe('fail');
      expect(result.reasons).toEqual([
        `critical control 'authorization' is '${status}', not 'Verified' (security/manual-assessment.md: line 6).`,
      ]);
    },
  );

  it('does not require a non-critical control to be verified', () => {
    const extra = [{ controlId: 'logging', key: 'logging', criticality: 'high', status: 'Pending', line: 9 }];
    const result = controlVerification.evaluate(context({ assessment: controls('Verified', extra) }));
    expect(result.status).toBe('pass');
    expect(result.conditions).toEqual([]);
  });

  it('lists a required control the assessment ranks below critical as a condition unless it is Verified', () => {
    const assessment = controls('Not verified');
    const authorization = assessment.controls[1] as { criticality?: string };
    authorization.criticality = 'low';
    const result = controlVerification.evaluate(context({ assessment }));
    expect(result.status).toBe('pass');
    expect(result.conditions).toEqual([
      "required control 'authorization' is 'Not verified', not 'Verified'; the assessment ranks it low, so the gate does not require it verified (security/manual-assessment.md: line 6).",
    ]);
    const verified = controls('Verified');
    (verified.controls[1] as { criticality?: string }).criticality = 'low';
    expect(controlVerification.evaluate(context({ assessment: verified })).conditions).toEqual([]);
  });

  it('fails for a missing required control', () => {
    const assessment = controls('Verified');
    assessment.controls = assessment.controls.filter((c) => c.key !== 'data-protection');
    const result = controlVerification.evaluate(context({ assessment }));
    expect(result.reasons).toEqual([
      "required control 'data-protection' is missing from security/manual-assessment.md; add a row for it.",
    ]);
  });

  it('fails without an assessment', () => {
    const result = controlVerification.evaluate(context());
    expect(result.status).toBe('fail');
    expect(result.reasons[0]).toMatch(/security\/manual-assessment\.md was not found/);
  });
});

describe('gates/disposition-integrity', () => {
  it('passes for a finding with an owner, a plan and a due date not past', () => {
    const f = makeFinding();
    const rows = new Map([plan(f.id, 2)]);
    expect(dispositionIntegrity.evaluate(context({ findings: [f], register: { source: 'r.csv', rows } })).status).toBe(
      'pass',
    );
  });

  it('fails for a finding without a register row, naming the finding and the register', () => {
    const f = makeFinding({ title: 'SQL injection' });
    const result = dispositionIntegrity.evaluate(
      context({ findings: [f], register: { source: 'r.csv', rows: new Map() } }),
    );
    expect(result.reasons).toEqual([
      expect.stringMatching(
        new RegExp(`^${f.id} \\(high\\) 'SQL injection' at src/a.ts:\\d+ has no resolution path: add it to r.csv`),
      ),
    ]);
  });

  it('accepts a valid exception instead of a row', () => {
    const f = makeFinding({ excepted: true, exceptionId: 'EXC-1' });
    expect(
      dispositionIntegrity.evaluate(context({ findings: [f], validExceptionIds: new Set(['EXC-1']) })).status,
    ).toBe('pass');
  });

  it('requires risk-accepted rows to name a valid exception that covers the finding', () => {
    const f = makeFinding();
    const accepted = (exceptionId: string) =>
      new Map([plan(f.id, 3, { status: 'risk-accepted', exceptionId, remediationPlan: '' })]);
    const covered = makeFinding({ id: f.id, excepted: true, exceptionId: 'EXC-1' });
    expect(
      dispositionIntegrity.evaluate(
        context({
          findings: [covered],
          register: { source: 'r', rows: accepted('EXC-1') },
          validExceptionIds: new Set(['EXC-1']),
        }),
      ).status,
    ).toBe('pass');
    // EXC-1 is valid, but its match selects other findings: naming it in the register is no path.
    const elsewhere = dispositionIntegrity.evaluate(
      context({
        findings: [f],
        register: { source: 'r', rows: accepted('EXC-1') },
        validExceptionIds: new Set(['EXC-1']),
      }),
    );
    expect(elsewhere.status).toBe('fail');
    expect(elsewhere.reasons[0]).toMatch(
      /register row 3 names exception 'EXC-1', which does not cover this finding \(its match selects other findings\)/,
    );
    for (const status of ['false-positive', 'risk-accepted'])
      expect(
        dispositionIntegrity.evaluate(
          context({
            findings: [f],
            register: {
              source: 'r',
              rows: new Map([plan(f.id, 3, { status, exceptionId: 'in-file-suppression', remediationPlan: '' })]),
            },
            validExceptionIds: new Set(['in-file-suppression']),
          }),
        ).status,
      ).toBe('fail');
    const invalid = dispositionIntegrity.evaluate(
      context({
        findings: [f],
        register: { source: 'r', rows: accepted('EXC-9') },
        validExceptionIds: new Set(['EXC-1']),
      }),
    );
    // Defined nowhere (a typo): said so, with where exceptions are read from.
    expect(invalid.reasons[0]).toMatch(
      /register row 3 names exception 'EXC-9', which no exception file in force defines \(expected the id of an exception in \.shipgate\/exceptions\/\*\.yml\)\.$/,
    );
    const withPending = dispositionIntegrity.evaluate(
      context({
        findings: [f],
        register: { source: 'r', rows: accepted('EXC-9') },
        validExceptionIds: new Set(['EXC-1']),
        pendingExceptionFiles: 2,
      }),
    );
    expect(withPending.reasons[0]).toMatch(
      /which no exception file in force defines \(expected the id of an exception in \.shipgate\/exceptions\/\*\.yml; the 2 exception file\(s\) the pull request adds or changes apply once merged\)\.$/,
    );
    // Read, and not valid today: where it is and why.
    const expired = dispositionIntegrity.evaluate(
      context({
        findings: [f],
        register: { source: 'r', rows: accepted('EXC-9') },
        validExceptionIds: new Set(['EXC-1']),
        rejectedExceptions: new Map([
          ['EXC-9', { file: '.shipgate/exceptions/a.yml', line: 9, reason: 'expired on 2026-11-01 (expected …)' }],
        ]),
      }),
    );
    expect(expired.reasons[0]).toMatch(
      /register row 3 names exception 'EXC-9', which is not valid today \(\.shipgate\/exceptions\/a\.yml: line 9: expired on 2026-11-01 \(expected …\)\)\.$/,
    );
    const none = dispositionIntegrity.evaluate(
      context({ findings: [f], register: { source: 'r', rows: accepted('') } }),
    );
    expect(none.reasons[0]).toMatch(/is 'risk-accepted' without an exception_id/);
  });

  describe('an owner or plan that shows no letter or digit counts as none', () => {
    const f = makeFinding();
    const evaluate = (overrides: Partial<PlanRow>) =>
      dispositionIntegrity.evaluate(
        context({ findings: [f], register: { source: 'r.csv', rows: new Map([plan(f.id, 4, overrides)]) } }),
      );

    it.each(['\u200b', '-', '**', ' \u2060 ', '\ufeff\u200d'])('owner %j: has no owner, showing the cell', (owner) => {
      const result = evaluate({ owner });
      expect(result.status).toBe('fail');
      expect(result.reasons).toEqual([
        expect.stringMatching(
          /: register row 4 has no owner \(its owner cell ".*" has no letter or digit; expected the name of the person who owns the fix\)\.$/,
        ),
      ]);
    });

    it.each(['\u200b', '-', '**', ' \u2060 '])('remediation_plan %j: has no remediation_plan', (remediationPlan) => {
      const result = evaluate({ remediationPlan });
      expect(result.status).toBe('fail');
      expect(result.reasons).toEqual([
        expect.stringMatching(
          /: register row 4 has no remediation_plan \(its remediation_plan cell ".*" has no letter or digit; expected the plan in words\)\.$/,
        ),
      ]);
    });

    it('shows the invisible characters, and keeps the short reason for an empty cell', () => {
      expect(evaluate({ owner: '\u200b' }).reasons[0]).toContain('its owner cell "\\u200B"');
      expect(evaluate({ owner: '' }).reasons[0]).toMatch(/register row 4 has no owner\.$/);
      expect(evaluate({ remediationPlan: '' }).reasons[0]).toMatch(/register row 4 has no remediation_plan\.$/);
    });

    it.each([
      ['owner', 'TBD', 'the name of the person who owns the fix'],
      ['owner', 'N/A', 'the name of the person who owns the fix'],
      ['remediation_plan', 'none', 'the plan in words'],
      ['remediation_plan', ' tbd. ', 'the plan in words'],
    ])('%s %j: a placeholder, no owner or plan', (column, value, expected) => {
      const result = evaluate(column === 'owner' ? { owner: value } : { remediationPlan: value });
      expect(result.status).toBe('fail');
      expect(result.reasons[0]).toMatch(
        new RegExp(
          `: register row 4 has no ${column} \\(its ${column} cell ${JSON.stringify(value.trim()).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} is a placeholder; expected ${expected}\\)\\.$`,
        ),
      );
    });

    it('passes alice with the plan fix in 1.2', () => {
      expect(evaluate({ owner: 'alice', remediationPlan: 'fix in 1.2' }).status).toBe('pass');
      expect(evaluate({ owner: 'alice\u200b', remediationPlan: '2' }).status).toBe('pass');
    });
  });

  it('ignores findings below minSeverity and checks those at it', () => {
    const info = makeFinding({ severity: 'info', countedSeverity: 'info' });
    const low = makeFinding({ severity: 'low', countedSeverity: 'low' });
    const result = dispositionIntegrity.evaluate(context({ findings: [info, low] }));
    expect(result.reasons).toHaveLength(1);
    expect(result.reasons[0]).toContain(low.id);
  });

  it('with maxPlanDays, accepts a plan due exactly that many days ahead and refuses one a day later', () => {
    const f = makeFinding();
    const policy = releasePolicy((p) => {
      p.gates['disposition-integrity'].maxPlanDays = 30;
    });
    const evaluateDue = (dueDate: string) =>
      dispositionIntegrity.evaluate(
        context({ policy, findings: [f], register: { source: 'r', rows: new Map([plan(f.id, 2, { dueDate })]) } }),
      );
    const edge = evaluateDue('2026-12-25');
    expect(edge.status).toBe('pass');
    expect(edge.summary).toBe('1 finding(s) at or above low, 1 with a resolution path; plans due within 30 days');
    const over = evaluateDue('2026-12-26');
    expect(over.status).toBe('fail');
    expect(over.reasons).toEqual([
      `${f.id} (high) '${f.title}' at ${f.location.path}:${f.location.startLine}: register row 2 is due 2026-12-26, 31 days from today (2026-11-25), further ahead than the policy allows (gates.disposition-integrity.maxPlanDays: 30; expected a due date on or before 2026-12-25).`,
    ]);
    // Without the setting the same row is a resolution path.
    expect(
      dispositionIntegrity.evaluate(
        context({
          findings: [f],
          register: { source: 'r', rows: new Map([plan(f.id, 2, { dueDate: '2999-01-01' })]) },
        }),
      ).status,
    ).toBe('pass');
  });

  it('refuses a due date in the past and a row marked resolved while the finding is reported', () => {
    const f = makeFinding();
    const past = dispositionIntegrity.evaluate(
      context({ findings: [f], register: { source: 'r', rows: new Map([plan(f.id, 2, { dueDate: '2026-11-24' })]) } }),
    );
    expect(past.reasons[0]).toMatch(/was due 2026-11-24, which has passed/);
    const resolved = dispositionIntegrity.evaluate(
      context({ findings: [f], register: { source: 'r', rows: new Map([plan(f.id, 2, { status: 'resolved' })]) } }),
    );
    expect(resolved.reasons[0]).toMatch(/says 'resolved', but the scanners still report it/);
  });
});

describe('decision', () => {
  it('rejects when a blocking gate fails, and a gate that throws is an error', () => {
    const broken = context({ inputs: null as unknown as [] });
    const gates = runGates(broken);
    expect(gates.find((g) => g.id === 'evidence-completeness')?.status).toBe('error');
    expect(decide(gates, []).decision).toBe('rejected');
  });

  it('approves with conditions when an advisory gate fails, and approves without conditions otherwise', () => {
    const passing = [
      {
        id: 'scan-cleanliness' as const,
        enforcement: 'blocking' as const,
        status: 'pass' as const,
        reasons: [],
        conditions: [],
        summary: '',
      },
    ];
    expect(decide(passing, [])).toEqual({ decision: 'approved', conditions: [] });
    const advisory = [
      { ...passing[0]!, id: 'control-verification' as const },
      { ...passing[0]!, enforcement: 'advisory' as const, status: 'fail' as const, reasons: ['too many'] },
    ];
    expect(decide(advisory, [])).toEqual({
      decision: 'approved-with-conditions',
      conditions: ['advisory gate scan-cleanliness failed: too many'],
    });
    expect(decide(passing, ['exception EXC-1 expires soon']).decision).toBe('approved-with-conditions');
  });

  it('never approves on a policy with no blocking gate', () => {
    const gate = (
      id: 'evidence-completeness' | 'scan-cleanliness',
      enforcement: 'blocking' | 'advisory' | 'off',
      status: 'pass' | 'fail' | 'error' | 'off',
    ) => ({ id, enforcement, status, reasons: status === 'fail' ? ['why'] : [], conditions: [], summary: '' });
    // Every gate advisory (the advisory preset), or off: nothing is enforced, so nothing is certified.
    for (const none of [
      [gate('evidence-completeness', 'advisory', 'fail'), gate('scan-cleanliness', 'advisory', 'fail')],
      [gate('evidence-completeness', 'advisory', 'pass'), gate('scan-cleanliness', 'advisory', 'pass')],
      [gate('evidence-completeness', 'off', 'off'), gate('scan-cleanliness', 'off', 'off')],
    ]) {
      expect(decide(none, []).decision).toBe('rejected');
      expect(approvalObstacles(none)).toEqual([
        'no gate is blocking (a policy that enforces nothing certifies nothing)',
      ]);
    }
    // One blocking gate that passes is enough; an advisory failure beside it is a condition (DESIGN 5).
    const one = [gate('evidence-completeness', 'advisory', 'fail'), gate('scan-cleanliness', 'blocking', 'pass')];
    expect(approvalObstacles(one)).toEqual([]);
    expect(decide(one, []).decision).toBe('approved-with-conditions');
    const failing = [gate('evidence-completeness', 'blocking', 'error'), gate('scan-cleanliness', 'blocking', 'fail')];
    expect(approvalObstacles(failing)).toEqual(['evidence-completeness (error)', 'scan-cleanliness']);
  });

  it('skips a gate the policy turns off', () => {
    const policy = releasePolicy((p) => {
      p.gates['control-verification'].enforcement = 'off';
    });
    const gates = runGates(context({ policy }));
    expect(gates.find((g) => g.id === 'control-verification')).toMatchObject({ status: 'off', reasons: [] });
  });
});
