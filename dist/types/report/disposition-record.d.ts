/** disposition-record.md: the decision, each gate with its reasons, conditions, exceptions and every finding's disposition. */
import type { Evaluation } from '../evaluation.js';
export declare function renderExceptionSections(evaluation: Evaluation): string[];
/** The record lists the worst findings first, at most this many; the rest are in scan-results.json. */
export declare const MAX_RECORD_FINDINGS = 5000;
/** The record as text chunks; the findings table is yielded row by row. */
export declare function renderDispositionRecordChunks(evaluation: Evaluation): Generator<string>;
export declare function renderDispositionRecord(evaluation: Evaluation): string;
