/** disposition-integrity's reason for a register owner or plan cell without a letter or digit: shown, and cut when long. */
import { describe, expect, it } from 'vitest';
import { dispositionIntegrity } from '../../src/gates/disposition-integrity.js';
import type { GateContext, PlanRow } from '../../src/gates/types.js';
import { makeFinding, releasePolicy } from '../helpers.js';

const TODAY = '2026-11-25';
const OWNER = 'expected the name of the person who owns the fix';

function reasonsFor(overrides: Partial<PlanRow>, findings = [makeFinding()]): string[] {
  const rows = new Map(
    findings.map((f, i): [string, PlanRow] => [
      f.id,
      {
        row: 4 + i,
        findingId: f.id,
        owner: 'alice',
        status: 'open',
        remediationPlan: 'upgrade',
        dueDate: TODAY,
        exceptionId: '',
        ...overrides,
      },
    ]),
  );
  const context: GateContext = {
    policy: releasePolicy(),
    findings,
    inputs: [],
    today: TODAY,
    register: { source: 'security/findings-register.csv', rows },
  };
  return dispositionIntegrity.evaluate(context).reasons;
}

describe('gates/disposition-integrity unreadable cells', () => {
  it('shows a cell whose shown text is 80 characters whole (13 zero-width spaces and 2 letters are 80)', () => {
    const owner = `${'\u200b'.repeat(13)}__`;
    expect(reasonsFor({ owner })[0]).toMatch(
      new RegExp(
        `register row 4 has no owner \\(its owner cell "${'\\\\u200B'.repeat(13)}__" has no letter or digit; ${OWNER}\\)\\.$`,
      ),
    );
  });

  it('cuts a cell shown longer than 80 characters to about 80, never inside an escape, and says how long it is', () => {
    const owner = `${'\u200b'.repeat(13)}___`;
    expect(reasonsFor({ owner })[0]).toMatch(
      new RegExp(
        `register row 4 has no owner \\(its owner cell "${'\\\\u200B'.repeat(12)}\\.\\.\\." \\(the first 12 of 16 characters\\) has no letter or digit; ${OWNER}\\)\\.$`,
      ),
    );
  });

  it('keeps two owners of 2.6 million zero-width spaces to short reasons (was 15.6 MB)', () => {
    const owner = '\u200b'.repeat(2_600_000);
    const remediationPlan = '-'.repeat(2_600_000);
    const reasons = reasonsFor({ owner, remediationPlan }, [makeFinding(), makeFinding()]);
    expect(reasons).toHaveLength(2);
    for (const reason of reasons) {
      expect(reason.length).toBeLessThan(500);
      expect(reason).toContain(
        `has no owner (its owner cell "${'\\u200B'.repeat(12)}..." (the first 12 of 2600000 characters) has no letter or digit; ${OWNER})`,
      );
    }
  });

  it('cuts a plan of 81 hyphens and counts a character outside the BMP once', () => {
    expect(reasonsFor({ remediationPlan: '-'.repeat(81) })[0]).toContain(
      `has no remediation_plan (its remediation_plan cell "${'-'.repeat(77)}..." (the first 77 of 81 characters) has no letter or digit; expected the plan in words)`,
    );
    expect(reasonsFor({ remediationPlan: `${'\u{E0020}'.repeat(20)}` })[0]).toContain(
      `its remediation_plan cell "${'\\u{E0020}'.repeat(8)}..." (the first 8 of 20 characters)`,
    );
  });
});
