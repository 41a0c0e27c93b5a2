/** The pure middle of the data path: findings -> exceptions -> gates -> decision (DESIGN 1 and 5). */
import type { Decision, Finding, InputRecord, SeverityCounts } from './model.js';
import type { Policy, SeverityOverride } from './policy/types.js';
import type { EvaluatedFinding, GateContext, GateResult } from './gates/types.js';
import type { ExceptionReport } from './evidence/exceptions.js';
/** Everything the outputs render. */
export interface Evaluation {
    shipgateVersion: string;
    /** Declared timestamp field: when the evaluation ran (ISO 8601, UTC). */
    evaluatedAt: string;
    /** YYYY-MM-DD (UTC) used for date rules. */
    today: string;
    root: string;
    commit?: string;
    repository?: string;
    mode: Policy['mode'];
    policy: {
        source: string;
        digest: string;
        chain: {
            source: string;
            sha256: string;
            origin: string;
        }[];
    };
    inputs: InputRecord[];
    findings: EvaluatedFinding[];
    /** De-duplicated findings per severity, before exceptions. */
    totals: SeverityCounts;
    /** Open findings per severity, after valid exceptions. */
    open: SeverityCounts;
    gates: GateResult[];
    conditions: string[];
    decision: Decision;
    warnings: string[];
    exceptions: ExceptionReport;
    /** Evidence files read (policy chain, exceptions, register, assessment) with their digests. */
    evidence: {
        path: string;
        sha256: string;
        origin: string;
        kind: string;
    }[];
}
/** Policy severity overrides apply last; the last matching override wins and is recorded. */
export declare function applySeverityOverrides(findings: readonly Finding[], overrides: readonly SeverityOverride[]): Finding[];
/** Runs every gate; a gate that throws is `error`, which rejects. */
export declare function runGates(context: GateContext): GateResult[];
/**
 * What stands between the evaluation and an approval, one phrase each; empty when nothing does: a
 * blocking gate that failed or errored (DESIGN 5), or no blocking gate at all. DESIGN's "every blocking
 * gate passes" holds for a policy without one (the advisory preset), which would then certify a
 * release on gates that all failed; see README "Where shipgate departs from DESIGN.md".
 */
export declare function approvalObstacles(gates: readonly GateResult[]): string[];
/**
 * DESIGN 5: rejected if a blocking gate fails or errors (or another obstacle stands: approvalObstacles);
 * with conditions if anything must be listed.
 */
export declare function decide(gates: readonly GateResult[], extraConditions: readonly string[]): {
    decision: Decision;
    conditions: string[];
};
export declare function countOpen(findings: readonly EvaluatedFinding[]): SeverityCounts;
