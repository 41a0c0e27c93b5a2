/** scan-cleanliness: open findings per severity within `max`; every open finding of a requirePlan severity has a plan. */
import type { CountedSeverity } from '../policy/types.js';
import {
  describeFinding,
  dueDateProblem,
  FindingProblems,
  type EvaluatedFinding,
  type Gate,
  type GateContext,
  type PlanRow,
} from './types.js';
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
    const conditions = new PlanConditions(context);
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
    for (const finding of open) {
      if (!planned.has(finding.countedSeverity) && !planned.has(finding.severity)) {
        // Open findings of other severities that the register gives a current plan: allowed open with a
        // plan, which is a condition of the release (DESIGN 5), counted per severity.
        const row = context.register?.rows.get(finding.id);
        if (row && !overMax.has(finding.countedSeverity) && isCurrentPlan(row, context.today, maxPlanDays))
          conditions.add(finding, row);
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
      else if (!overMax.has(finding.countedSeverity)) conditions.add(finding, row);
    }
    pushAll(reasons, planProblems.reasons('open finding(s) without a valid mitigation plan'));
    const counts = ORDER.map(
      (s) => `${s} ${bySeverity.get(s)?.length ?? 0}${settings.max[s] !== undefined ? `/${settings.max[s]}` : ''}`,
    );
    return {
      status: reasons.length === 0 ? 'pass' : 'fail',
      reasons,
      conditions: conditions.list(),
      summary: `open findings (count/max): ${counts.join(', ')}${settings.requirePlan.length ? `; plan required for ${settings.requirePlan.join(', ')}` : ''}`,
    };
  },
};

/**
 * Open findings allowed open with a plan, as the conditions of the release that list them (DESIGN 5):
 * each finding of a `requirePlan` severity by itself, with its owner, due date and register row, and the
 * others counted per severity with their first ids. scan-cleanliness lists them; with scan-cleanliness
 * off, disposition-integrity lists the findings it lets through on a plan here too, in the same words,
 * so that an approval says what it relied on whichever gate looked. Findings listed by themselves are
 * at most MAX_NAMED_FINDINGS, the rest counted: with scan-cleanliness off, no `max` bounds how many
 * highs a register may keep open.
 */
export class PlanConditions {
  private readonly named = new FindingProblems();
  private readonly counted = new Map<CountedSeverity, string[]>();
  private readonly requirePlan: ReadonlySet<string>;
  private readonly source: string;

  constructor(context: GateContext) {
    this.requirePlan = new Set(context.policy.gates['scan-cleanliness'].requirePlan);
    this.source = context.register?.source ?? context.policy.gates['disposition-integrity'].register;
  }

  /** An open finding that `row` gives a current plan (the caller has checked that it does). */
  add(finding: EvaluatedFinding, row: PlanRow): void {
    if (this.requirePlan.has(finding.countedSeverity) || this.requirePlan.has(finding.severity)) {
      this.named.add(
        () =>
          `${describeFinding(finding)} is open with a plan: owner ${row.owner}, due ${row.dueDate} (register row ${row.row}).`,
      );
      return;
    }
    const ids = this.counted.get(finding.countedSeverity);
    if (ids) ids.push(finding.id);
    else this.counted.set(finding.countedSeverity, [finding.id]);
  }

  /** The conditions: the findings named one by one, then a line per severity counted. */
  list(): string[] {
    const conditions = this.named.reasons('open finding(s) allowed open with a plan');
    for (const severity of ORDER) {
      const ids = this.counted.get(severity);
      if (!ids) continue;
      const more = ids.length > LISTED ? `, and ${ids.length - LISTED} more` : '';
      conditions.push(
        `${ids.length} open ${severity} finding(s) allowed open with a plan in ${this.source}: ${ids.slice(0, LISTED).join(', ')}${more}.`,
      );
    }
    return conditions;
  }
}

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
