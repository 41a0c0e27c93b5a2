/** The pure middle of the data path: findings -> exceptions -> gates -> decision (DESIGN 1 and 5). */
import type { Decision, Finding, InputRecord, Severity, SeverityCounts } from './model.js';
import type { CountedSeverity, Policy, SeverityOverride } from './policy/types.js';
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
    /** The root's real path, when it is given through a symbolic link (scanners write real paths). */
    rootReal?: string;
    /**
     * The folder the outputs go to, relative to the root (POSIX), when it is inside the root and not the
     * root itself: the folder the inputs' globs skipped, which `verify` skips in turn.
     */
    outputs?: string;
    commit?: string;
    repository?: string;
    /** The GitHub server the repository is on, when it is not https://github.com (GitHub Enterprise Server). */
    serverUrl?: string;
    /**
     * The root's folder in its git repository (`services/api/`), absent at the repository's top or outside
     * one: shipgate.sarif names files from the repository's top, where GitHub code scanning places them.
     */
    repositoryFolder?: string;
    mode: Policy['mode'];
    policy: {
        source: string;
        digest: string;
        chain: {
            source: string;
            sha256: string;
            origin: string;
        }[];
        /** The run named the policy (`--policy`, the Action's `policy`) rather than finding the default. */
        named?: boolean;
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
    /** What the policy's severity overrides decided (absent or empty when none matched). */
    severityOverrides?: OverrideSummary[];
}
/** What one severity override of the policy decided: the findings whose severity it set, and from what. */
export interface OverrideSummary {
    /** 1-based place of the override in `severity.overrides`. */
    override: number;
    /** Its selectors, as `key=value` joined by ', '. */
    match: string;
    severity: Severity;
    /** How many findings it decided (the last matching override decides). */
    findings: number;
    /** How many of them had each severity before. */
    from: Partial<Record<Severity, number>>;
    /** The ids of the first of them, at most OVERRIDE_IDS_LISTED. */
    ids: string[];
}
export declare const OVERRIDE_IDS_LISTED = 20;
/**
 * What the overrides decided, from the findings before and after `applySeverityOverrides` (same order):
 * a certificate says when a policy set a finding's severity, not only the scan results do. `unknownAs`
 * is the policy's `severity.unknown`, as given to applySeverityOverrides.
 */
export declare function summarizeOverrides(before: readonly Finding[], after: readonly Finding[], overrides: readonly SeverityOverride[], unknownAs?: CountedSeverity): OverrideSummary[];
/**
 * Policy severity overrides apply last; the last that applies wins and is recorded. `unknownAs` is the
 * policy's `severity.unknown`, which says whether an override of an `unknown` finding (or to `unknown`)
 * lowers it; without it such an override counts as lowering (see overrideApplies).
 */
export declare function applySeverityOverrides(findings: readonly Finding[], overrides: readonly SeverityOverride[], unknownAs?: CountedSeverity): Finding[];
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
