/** scope-register.json: what was evaluated, with digests: inputs, commit, repository, policy, evidence, time. */
import type { Evaluation } from '../evaluation.js';
export declare function renderScopeRegister(evaluation: Evaluation): string;
