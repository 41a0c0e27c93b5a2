/** control-verification: every required control is present; every critical control is Verified. */
import { controlKey, countsAsVerified, verifiedLater } from '../evidence/assessment.js';
import type { Gate } from './types.js';

export const controlVerification: Gate = {
  id: 'control-verification',
  title: 'Manual control verification',
  evaluate(context) {
    const settings = context.policy.gates['control-verification'];
    if (!context.assessment)
      return {
        status: 'fail',
        reasons: [
          context.assessmentProblem ??
            `the manual assessment ${settings.assessment} was not found; create it (shipgate init writes a template) and verify the controls.`,
        ],
        conditions: [],
        summary: 'no manual assessment',
      };
    const { source, controls } = context.assessment;
    const reasons: string[] = [];
    const byKey = new Map(controls.map((c) => [c.key, c]));
    const required = new Set(settings.requiredControls.map(controlKey));
    for (const id of settings.requiredControls)
      if (!byKey.has(controlKey(id)))
        reasons.push(`required control '${id}' is missing from ${source}; add a row for it.`);
    const conditions: string[] = [];
    const rows = controls;
    const { today } = context;
    for (const control of rows) {
      if (countsAsVerified(control, today)) continue;
      // A row Verified on a later day than the evaluation's is not verified yet (as an exception approved
      // later does not apply yet): it is reported as any other control that is not Verified.
      const state = verifiedLater(control, today)
        ? `is '${control.status}' on ${control.date}, which is after today, ${today}, so it does not count as verified`
        : `is '${control.status}', not 'Verified'`;
      const expected = verifiedLater(control, today) ? '; expected the Date it was verified, today or earlier' : '';
      // A required control without a criticality column counts as critical: fail closed.
      if (control.criticality === 'critical' || (control.criticality === undefined && required.has(control.key)))
        reasons.push(`critical control '${control.controlId}' ${state} (${source}: line ${control.line}${expected}).`);
      // One the assessment ranks lower need not be Verified (DESIGN 5), but the policy named it: its state
      // is a condition, so that editing one cell cannot drop it unseen.
      else if (required.has(control.key) && control.criticality !== undefined)
        conditions.push(
          `required control '${control.controlId}' ${state}; the assessment ranks it ${control.criticality}, so the gate does not require it verified (${source}: line ${control.line}${expected}).`,
        );
    }
    const verified = rows.filter((c) => countsAsVerified(c, today)).length;
    return {
      status: reasons.length === 0 ? 'pass' : 'fail',
      reasons,
      conditions,
      summary: `${controls.length} control(s) in ${source}, ${verified} verified; required: ${settings.requiredControls.join(', ') || 'none'}`,
    };
  },
};
