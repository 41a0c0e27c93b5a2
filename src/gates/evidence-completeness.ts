/** evidence-completeness: every input was read and shows a completed scan; required scan types are covered. */
import type { Gate } from './types.js';

export const evidenceCompleteness: Gate = {
  id: 'evidence-completeness',
  title: 'Evidence completeness',
  evaluate(context) {
    const reasons: string[] = [];
    const covered = new Set<string>();
    for (const input of context.inputs) {
      if (input.runs.length === 0) reasons.push(`${input.path}: the report holds no tool run.`);
      for (const run of input.runs) {
        for (const problem of run.problems) reasons.push(`${input.path}: ${problem}`);
        if (run.completed && !run.coversNothing) covered.add(run.scanType);
        if (context.policy.evidence.requireCommit) {
          if (!context.commit)
            reasons.push(
              `${input.path}: the policy requires every input to name the commit under test, but no commit was given (--commit, or GITHUB_SHA).`,
            );
          else if (!run.commit)
            reasons.push(
              `${input.path}: ${run.tool} does not name the commit it scanned (expected ${context.commit}).`,
            );
          else if (!sameCommit(run.commit, context.commit))
            reasons.push(
              `${input.path}: ${run.tool} scanned commit ${run.commit}, not the commit under test ${context.commit}.`,
            );
        }
      }
    }
    for (const required of context.policy.evidence.required)
      if (!covered.has(required))
        reasons.push(
          `no completed ${required} scan among the inputs (the policy requires ${context.policy.evidence.required.join(', ')}).`,
        );
    const runs = context.inputs.reduce((n, i) => n + i.runs.length, 0);
    return {
      status: reasons.length === 0 ? 'pass' : 'fail',
      reasons: [...new Set(reasons)],
      conditions: [],
      // What was required is part of what the gate checked: a certificate must not leave it to be guessed.
      summary: `${context.inputs.length} input(s), ${runs} tool run(s); covered: ${[...covered].sort().join(', ') || 'nothing'}; required: ${context.policy.evidence.required.join(', ') || 'none'}${context.policy.evidence.requireCommit ? '; commit required' : ''}`,
    };
  },
};

function sameCommit(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || (Math.min(x.length, y.length) >= 7 && (x.startsWith(y) || y.startsWith(x)));
}
