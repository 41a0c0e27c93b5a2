import { type Evaluation } from '../evaluation.js';
import { type EvaluatedFinding } from '../gates/types.js';
import type { Finding, ToolRun } from '../model.js';
export interface TextOptions {
    color: boolean;
    /** How many findings to list. */
    top?: number;
}
/** `path:line`, `METHOD url [param]`, or `package@version`. */
export declare function formatLocation(f: Pick<Finding, 'location' | 'package'>): string;
/**
 * Removes terminal control sequences and bidirectional controls (see markdown.ts) from untrusted text,
 * and keeps it on its line: a line break or tab in a rule id, a path or a title would start a line of
 * its own, which could pass for one of shipgate's (a "PASS" gate) or a CI workflow command.
 */
export declare function plain(text: string): string;
/**
 * The first `limit` findings in display order: open before excepted, worst severity first, then by id.
 * Linear: the findings arrive sorted by id, so bucketing by (excepted, severity) keeps id order without
 * sorting a list that may hold hundreds of thousands of findings.
 */
export declare function topFindings(findings: readonly EvaluatedFinding[], limit?: number, keep?: (f: EvaluatedFinding) => boolean): EvaluatedFinding[];
/**
 * What the policy's severity overrides did, in one sentence (undefined when they set none): the text
 * output, the job summary and the disposition record say it, not only the certificate, since a rejected
 * release has no certificate and an override may be what let a release through.
 */
export declare function describeOverrides(evaluation: Pick<Evaluation, 'severityOverrides'>): string | undefined;
/**
 * `385 open: critical 18, high 69, unknown 7 (counted as high)`: findings without a severity count as
 * the policy's `severity.unknown` says, which the gates' numbers include, so the line says so.
 */
/**
 * How each run of an input is named in the reports: its tool (and version, with `withVersion`), with
 * the run's scan type when the input has several runs of that tool (a Trivy report with package,
 * config and secret results is `Trivy (dependency), Trivy (iac), Trivy (secret)`).
 */
export declare function runLabels(runs: readonly ToolRun[], withVersion?: boolean): string[];
/**
 * Which of the ids `among` name open findings (no exception or suppression applies); by default the
 * ids the rejected exceptions would cover, which every report words as "stay open" or "covered otherwise".
 */
export declare function openFindingIds(evaluation: Evaluation, among?: Iterable<string>): Set<string>;
/**
 * What a rejected exception leaves open: the findings it matches that nothing else covers (another
 * exception with the same match, or an accepted in-file suppression, may cover them).
 */
export declare function staysOpen(wouldCover: readonly string[], open: ReadonlySet<string>): string;
export declare function renderText(evaluation: Evaluation, options: TextOptions): string;
