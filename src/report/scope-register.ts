/** scope-register.json: what was evaluated, with digests: inputs, commit, repository, policy, evidence, time. */
import type { Evaluation } from '../evaluation.js';
import { runLabels } from './text.js';

export function renderScopeRegister(evaluation: Evaluation): string {
  const scope = {
    shipgateVersion: evaluation.shipgateVersion,
    evaluatedAt: evaluation.evaluatedAt,
    ...(evaluation.repository ? { repository: evaluation.repository } : {}),
    ...(evaluation.commit ? { commit: evaluation.commit } : {}),
    policy: evaluation.policy,
    inputs: evaluation.inputs.map((input) => ({
      path: input.path,
      sha256: input.sha256,
      size: input.size,
      format: input.format,
      tools: runLabels(input.runs, true),
      commits: [...new Set(input.runs.map((r) => r.commit).filter((c): c is string => c !== undefined))],
    })),
    evidence: evaluation.evidence,
  };
  return `${JSON.stringify(scope, null, 2)}\n`;
}
