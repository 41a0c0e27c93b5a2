import type { Result } from 'sarif';
import type { Evaluation } from '../evaluation.js';
import type { EvaluatedFinding } from '../gates/types.js';
/** What a SARIF result is made from: a finding, or its line in scan-results.json parsed back. */
export type SarifFinding = Pick<EvaluatedFinding, 'id' | 'ruleId' | 'title' | 'severity' | 'countedSeverity' | 'severitySource' | 'scanType' | 'aliases' | 'sources' | 'location' | 'package' | 'excepted' | 'exceptionId' | 'suppressions'>;
/**
 * Returns the function that makes one SARIF result per finding. Self-contained (no outside names):
 * the output thread runs it from its source text, so both threads write the same bytes.
 */
export declare function defineSarifResult(folder?: string, base?: string): (finding: SarifFinding) => Result;
/** Text before the first result line and after the last one. */
export interface SarifFrame {
    head: string;
    /** After the last result line. */
    tail: string;
    /** In place of any result line and `tail`, when there are no results. */
    emptyTail: string;
    /** The base id of the repository's top, that relative URIs name: when the run has versionControlProvenance. */
    uriBaseId?: string;
}
/**
 * The base id of the repository's top, as versionControlProvenance maps it (SARIF 2.1.0 3.23.9) and
 * as CodeQL names it in every log GitHub code scanning reads (code scanning reads a relative URI from
 * the repository's top whatever its base id).
 */
export declare const SARIF_REPOSITORY_BASE = "%SRCROOT%";
/** The separator before result line `index` (0-based). */
export declare const SARIF_RESULT_INDENT = "\n        ";
/** GitHub code scanning refuses a whole upload with a run of more results than this. */
export declare const SARIF_MAX_RESULTS = 25000;
/** Which findings shipgate.sarif holds, and how many it leaves out. */
export interface SarifSelection {
    /** Whether the log holds this finding (one of the findings the selection was made from). */
    holds(f: EvaluatedFinding): boolean;
    total: number;
    omitted: number;
    max: number;
}
/**
 * Every finding, or, past `max`, the first `max` in display order (open before excepted, worst first,
 * then by id): the order of every other list of findings shipgate writes.
 */
export declare function sarifSelection(findings: readonly EvaluatedFinding[], max?: number): SarifSelection;
/** The log around its results: the tool with the rules the findings use, the commit. */
export declare function sarifFrame(evaluation: Evaluation, selection?: SarifSelection): SarifFrame;
/** shipgate.sarif as text chunks: the log with one result per line. */
export declare function renderSarifChunks(evaluation: Evaluation, selection?: SarifSelection): Generator<string>;
export declare function renderSarif(evaluation: Evaluation): string;
