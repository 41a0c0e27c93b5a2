import type { Evaluation } from '../evaluation.js';
/** shipgate.sarif as text chunks: the log with one result per line. */
export declare function renderSarifChunks(evaluation: Evaluation): Generator<string>;
export declare function renderSarif(evaluation: Evaluation): string;
