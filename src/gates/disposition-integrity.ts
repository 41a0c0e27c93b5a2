/** disposition-integrity: every finding at or above minSeverity has a resolution path. */
import { SEVERITY_RANK } from '../model.js';
import { namesSomething, placeholderText, showInvisible, shownCut } from '../strings.js';
import { PlanConditions } from './scan-cleanliness.js';
import { describeFinding, dueDateProblem, FindingProblems, type Gate, type GateContext } from './types.js';

export const dispositionIntegrity: Gate = {
  id: 'disposition-integrity',
  title: 'Risk disposition integrity',
  evaluate(context) {
    const settings = context.policy.gates['disposition-integrity'];
    const minimum = settings.minSeverity === 'unknown' ? 0 : SEVERITY_RANK[settings.minSeverity];
    const valid = context.validExceptionIds ?? new Set<string>();
    const problems = new FindingProblems();
    // An open finding let through on a plan is a condition of the release (DESIGN 5). scan-cleanliness
    // lists those whenever it runs (blocking or advisory); with it off, no other gate would, and a
    // release with open highs was "Approved" with no conditions. Listed here then, in its words, so
    // that no finding is listed twice.
    const planned =
      context.policy.gates['scan-cleanliness'].enforcement === 'off' ? new PlanConditions(context) : undefined;
    let considered = 0;
    for (const finding of context.findings) {
      if (SEVERITY_RANK[finding.countedSeverity] < minimum) continue;
      considered += 1;
      if (finding.excepted && finding.exceptionId && valid.has(finding.exceptionId)) continue;
      const row = context.register?.rows.get(finding.id);
      const registerName = context.register?.source ?? settings.register;
      if (!row) {
        problems.add(
          () =>
            `${describeFinding(finding)} has no resolution path: add it to ${registerName} with an owner and a remediation plan, or add an exception.`,
        );
        continue;
      }
      const where = `register row ${row.row}`;
      // An owner or plan that shows nothing (a zero-width space, a word joiner, `-`, `**`) names nobody
      // and plans nothing: it counts as an empty cell, and the reason shows what the cell holds.
      if (!namesSomething(row.owner)) {
        problems.add(() => `${describeFinding(finding)}: ${where} has no owner${unreadable('owner', row.owner)}.`);
        continue;
      }
      if (row.status === 'resolved') {
        problems.add(() => `${describeFinding(finding)}: ${where} says 'resolved', but the scanners still report it.`);
        continue;
      }
      if (row.status === 'risk-accepted' || row.status === 'false-positive') {
        // A valid exception that covered this finding would have excepted it (above): the row's
        // exception is no resolution path, whatever it is, and the message says why.
        if (!row.exceptionId)
          problems.add(() => `${describeFinding(finding)}: ${where} is '${row.status}' without an exception_id.`);
        else if (!valid.has(row.exceptionId))
          problems.add(
            () =>
              `${describeFinding(finding)}: ${where} names exception '${row.exceptionId}', ${notInForce(row.exceptionId as string, context)}.`,
          );
        else
          problems.add(
            () =>
              `${describeFinding(finding)}: ${where} names exception '${row.exceptionId}', which does not cover this finding (its match selects other findings): widen its match to this finding, or name the exception that covers it.`,
          );
        continue;
      }
      if (!namesSomething(row.remediationPlan))
        problems.add(
          () =>
            `${describeFinding(finding)}: ${where} has no remediation_plan${unreadable('remediation_plan', row.remediationPlan)}.`,
        );
      else if (!row.dueDate) problems.add(() => `${describeFinding(finding)}: ${where} has no due_date.`);
      else {
        const late = dueDateProblem(row.dueDate, context.today, settings.maxPlanDays);
        if (late) problems.add(() => `${describeFinding(finding)}: ${where} ${late}.`);
        // An excepted finding here is one a suppression in the reports excepted (a valid exception
        // passed it above): not open, and listed as a suppression honored, not as a plan.
        else if (!finding.excepted) planned?.add(finding, row);
      }
    }
    return {
      status: problems.total === 0 ? 'pass' : 'fail',
      reasons: problems.reasons('finding(s) without a resolution path'),
      conditions: planned?.list() ?? [],
      summary: `${considered} finding(s) at or above ${settings.minSeverity}, ${considered - problems.total} with a resolution path${settings.maxPlanDays === undefined ? '' : `; plans due within ${settings.maxPlanDays} days`}`,
    };
  },
};

/**
 * Why an exception a register row names is no resolution path: it was read and is not valid today (its
 * file, line and reason), or no exception file in force defines it (a typo, a file not committed, or
 * one the pull request adds, which is applied once merged).
 */
function notInForce(id: string, context: GateContext): string {
  const rejected = context.rejectedExceptions?.get(id);
  if (rejected) return `which is not valid today (${rejected.file}: line ${rejected.line}: ${rejected.reason})`;
  const pending = context.pendingExceptionFiles
    ? `; the ${context.pendingExceptionFiles} exception file(s) the pull request adds or changes apply once merged`
    : '';
  return `which no exception file in force defines (expected the id of an exception in ${context.policy.exceptions.paths.join(', ')}${pending})`;
}

/**
 * For a cell that holds text without a letter or digit: what it holds, and what was expected. A long
 * cell is cut as quoteForMessage cuts text (about 80 characters shown, an escape never cut in two), with
 * its length: a cell of millions of zero-width spaces, each shown as `\u200B`, made one reason of megabytes.
 */
function unreadable(column: string, value: string): string {
  if (value.trim() === '') return '';
  const expected = column === 'owner' ? 'the name of the person who owns the fix' : 'the plan in words';
  if (placeholderText(value))
    return ` (its ${column} cell ${showInvisible(value.trim())} is a placeholder; expected ${expected})`;
  // Each character as showInvisible writes it inside its quotes.
  const { text, count, cut } = shownCut(value, (c) => showInvisible(c).slice(1, -1));
  if (!cut) return ` (its ${column} cell "${text}" has no letter or digit; expected ${expected})`;
  const characters = value.length - (value.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);
  return ` (its ${column} cell "${text}" (the first ${count} of ${characters} characters) has no letter or digit; expected ${expected})`;
}
