/** scan-cleanliness: open findings per severity within `max`; every open finding of a requirePlan severity has a plan. */
import type { CountedSeverity } from '../policy/types.js';
import { describeFinding, FindingProblems, type Gate } from './types.js';

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
    for (const severity of ORDER) {
      const max = settings.max[severity];
      if (max === undefined) continue;
      const found = bySeverity.get(severity) ?? [];
      if (found.length > max) {
        const listed = found.slice(0, LISTED).map(describeFinding).join('; ');
        const more = found.length > LISTED ? `; and ${found.length - LISTED} more` : '';
        reasons.push(`${found.length} open ${severity} finding(s), at most ${max} allowed: ${listed}${more}.`);
      }
    }
    const planned = new Set(settings.requirePlan);
    const planProblems = new FindingProblems();
    for (const finding of open) {
      if (!planned.has(finding.countedSeverity) && !planned.has(finding.severity)) continue;
      const row = context.register?.rows.get(finding.id);
      if (!row) {
        const registerName = context.register?.source ?? context.policy.gates['disposition-integrity'].register;
        planProblems.add(
          () =>
            `${describeFinding(finding)} is open with no mitigation plan: add a row for ${finding.id} to ${registerName} with owner, remediation_plan and due_date.`,
        );
        continue;
      }
      const missing = [
        !row.owner && 'owner',
        !row.remediationPlan && 'remediation_plan',
        !row.dueDate && 'due_date',
      ].filter(Boolean);
      if (missing.length > 0)
        planProblems.add(() => `${describeFinding(finding)}: register row ${row.row} has no ${missing.join(', ')}.`);
      else if ((row.dueDate as string) < context.today)
        planProblems.add(
          () =>
            `${describeFinding(finding)}: register row ${row.row} plan was due ${row.dueDate}, which has passed (today is ${context.today}).`,
        );
      else
        conditions.push(
          `${describeFinding(finding)} is open with a plan: owner ${row.owner}, due ${row.dueDate} (register row ${row.row}).`,
        );
    }
    reasons.push(...planProblems.reasons('open finding(s) without a valid mitigation plan'));
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
