/** scan-cleanliness: open findings per severity within `max`; every open finding of a requirePlan severity has a plan. */
import type { CountedSeverity } from '../policy/types.js';
import { describeFinding, dueDateProblem, FindingProblems, type Gate, type PlanRow } from './types.js';
import { namesSomething, placeholderText, pushAll, showInvisible } from '../strings.js';

const ORDER: CountedSeverity[] = ['critical', 'high', 'medium', 'low', 'info'];
const LISTED = 10;

export const scanCleanliness: Gate = {
  id: 'scan-cleanliness',
  title: 'Scan cleanliness',
  evaluate(context) {
    const settings = context.policy.gates['scan-cleanliness'];
    const open = context.findings.filter((f) => !f.excepted);
    // Open findings per counted severity, in id order: one pass, however many findings there are.
    const bySeverity = new Map<string, typeof open>(ORDER.map((s) => [s, []]));
    for (const f of open) bySeverity.get(f.countedSeverity)?.push(f);
    const reasons: string[] = [];
    const conditions: string[] = [];
    // A severity with more open findings than its max: none of them is allowed open, plan or no plan,
    // so none is listed as open with a plan (a condition of the release) beside the reason that fails it.
    const overMax = new Set<CountedSeverity>();
    for (const severity of ORDER) {
      const max = settings.max[severity];
      if (max === undefined) continue;
      const found = bySeverity.get(severity) ?? [];
      if (found.length > max) {
        overMax.add(severity);
        const listed = found.slice(0, LISTED).map(describeFinding).join('; ');
        const more = found.length > LISTED ? `; and ${found.length - LISTED} more` : '';
        reasons.push(`${found.length} open ${severity} finding(s), at most ${max} allowed: ${listed}${more}.`);
      }
    }
    const planned = new Set(settings.requirePlan);
    const maxPlanDays = context.policy.gates['disposition-integrity'].maxPlanDays;
    const planProblems = new FindingProblems();
    // Open findings of other severities that the register gives a current plan: allowed open with a
    // plan, which is a condition of the release (DESIGN 5), counted per severity.
    const withPlan = new Map<CountedSeverity, string[]>();
    for (const finding of open) {
      if (!planned.has(finding.countedSeverity) && !planned.has(finding.severity)) {
        const row = context.register?.rows.get(finding.id);
        if (row && !overMax.has(finding.countedSeverity) && isCurrentPlan(row, context.today, maxPlanDays)) {
          const ids = withPlan.get(finding.countedSeverity);
          if (ids) ids.push(finding.id);
          else withPlan.set(finding.countedSeverity, [finding.id]);
        }
        continue;
      }
      const row = context.register?.rows.get(finding.id);
      if (!row) {
        const registerName = context.register?.source ?? context.policy.gates['disposition-integrity'].register;
        planProblems.add(
          () =>
            `${describeFinding(finding)} is open with no mitigation plan: add a row for ${finding.id} to ${registerName} with owner, remediation_plan and due_date.`,
        );
        continue;
      }
      // A row that says the finding is resolved, accepted or a false positive is not a plan to fix an open
      // finding: the finding is still reported, so the row is wrong or the exception it names is missing.
      if (row.status !== 'open' && row.status !== 'in-remediation') {
        planProblems.add(
          () =>
            `${describeFinding(finding)}: register row ${row.row} says '${row.status}', but the finding is open (expected status open or in-remediation with owner, remediation_plan and due_date, or a valid exception).`,
        );
        continue;
      }
      // A cell with no letter or digit (a zero-width space, `-`, `**`), or only a placeholder (`TBD`,
      // `N/A`), names no owner and no plan.
      const missing = [
        !namesSomething(row.owner) && `owner${placeholderNote(row.owner)}`,
        !namesSomething(row.remediationPlan) && `remediation_plan${placeholderNote(row.remediationPlan)}`,
        !row.dueDate && 'due_date',
      ].filter(Boolean);
      const late = missing.length > 0 ? undefined : dueDateProblem(row.dueDate as string, context.today, maxPlanDays);
      if (missing.length > 0)
        planProblems.add(() => `${describeFinding(finding)}: register row ${row.row} has no ${missing.join(', ')}.`);
      else if (late) planProblems.add(() => `${describeFinding(finding)}: register row ${row.row} plan ${late}.`);
      else if (!overMax.has(finding.countedSeverity))
        conditions.push(
          `${describeFinding(finding)} is open with a plan: owner ${row.owner}, due ${row.dueDate} (register row ${row.row}).`,
        );
    }
    pushAll(reasons, planProblems.reasons('open finding(s) without a valid mitigation plan'));
    for (const severity of ORDER) {
      const ids = withPlan.get(severity);
      if (!ids) continue;
      const more = ids.length > LISTED ? `, and ${ids.length - LISTED} more` : '';
      conditions.push(
        `${ids.length} open ${severity} finding(s) allowed open with a plan in ${context.register?.source}: ${ids.slice(0, LISTED).join(', ')}${more}.`,
      );
    }
    const counts = ORDER.map(
      (s) => `${s} ${bySeverity.get(s)?.length ?? 0}${settings.max[s] !== undefined ? `/${settings.max[s]}` : ''}`,
    );
    return {
      status: reasons.length === 0 ? 'pass' : 'fail',
      reasons,
      conditions,
      summary: `open findings (count/max): ${counts.join(', ')}${settings.requirePlan.length ? `; plan required for ${settings.requirePlan.join(', ')}` : ''}`,
    };
  },
};

/**
 * A register row that keeps a finding open on purpose: an owner, a plan and a due date not past (and,
 * with `maxPlanDays`, not further ahead than it allows).
 */
function isCurrentPlan(row: PlanRow, today: string, maxPlanDays: number | undefined): boolean {
  return (
    (row.status === 'open' || row.status === 'in-remediation') &&
    namesSomething(row.owner) &&
    namesSomething(row.remediationPlan) &&
    row.dueDate !== undefined &&
    dueDateProblem(row.dueDate, today, maxPlanDays) === undefined
  );
}

/** What a cell holding only a placeholder says, for a message: ` ('TBD' is a placeholder)`, else ''. */
export function placeholderNote(value: string | undefined): string {
  return placeholderText(value) ? ` (${showInvisible((value as string).trim())} is a placeholder)` : '';
}
