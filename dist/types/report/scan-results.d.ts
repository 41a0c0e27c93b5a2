/**
 * scan-results.json: decision, totals, open counts, inputs, gates, and every finding (DESIGN 6).
 * Rendered as chunks (one finding per line) so a large evaluation is written without one huge string.
 */
import type { Evaluation } from '../evaluation.js';
import type { EvaluatedFinding } from '../gates/types.js';
import { TextMemo } from '../strings.js';
export declare const SCAN_RESULTS_SCHEMA = "https://shipgate.dev/schemas/scan-results.schema.json";
/** A finding as every output shows it: a fixed field order, nothing internal. */
export declare function findingForOutput(f: EvaluatedFinding): Record<string, unknown>;
/**
 * JSON encodings of the strings findings share (scan types, severities, rule ids, titles, severity
 * sources, CWE and alias ids): each distinct string is escaped once, not once per finding (bounded:
 * see TextMemo).
 */
export declare class JsonStrings extends TextMemo {
    constructor(max?: number);
    array(values: readonly string[]): string;
}
/**
 * `JSON.stringify(findingForOutput(f))`, written out by hand: the same text (a test holds them
 * equal on every fixture), in about half the time, because the strings findings share are encoded
 * once and no intermediate object is built. The hot path of writing scan-results.json.
 */
export declare function findingJson(f: EvaluatedFinding, strings?: JsonStrings): string;
/**
 * The scan results as text chunks: the header pretty-printed, then one finding per line.
 * `onFinding` sees each finding's JSON as it is made (the SARIF thread is fed from it).
 */
export declare function renderScanResultsChunks(evaluation: Evaluation, onFinding?: (json: string, finding: EvaluatedFinding) => void): Generator<string>;
export declare function renderScanResults(evaluation: Evaluation): string;
