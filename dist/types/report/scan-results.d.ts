/**
 * scan-results.json: decision, totals, open counts, inputs, gates, and every finding (DESIGN 6).
 * Rendered as chunks (one finding per line) so a large evaluation is written without one huge string.
 */
import type { Evaluation } from '../evaluation.js';
import type { EvaluatedFinding } from '../gates/types.js';
export declare const SCAN_RESULTS_SCHEMA = "https://shipgate.dev/schemas/scan-results.schema.json";
/** A finding as every output shows it: a fixed field order, nothing internal. */
export declare function findingForOutput(f: EvaluatedFinding): Record<string, unknown>;
/**
 * The scan results as text chunks: the header pretty-printed, then one finding per line.
 * `onFinding` sees each finding's JSON as it is made (the SARIF thread is fed from it).
 */
export declare function renderScanResultsChunks(evaluation: Evaluation, onFinding?: (json: string, finding: EvaluatedFinding) => void): Generator<string>;
export declare function renderScanResults(evaluation: Evaluation): string;
