import type { Ingestor } from './types.js';
/** Whether a Semgrep error type means a file was not scanned, or not fully (see NOT_PARSED). */
export declare function semgrepSkipType(type: string | undefined): boolean;
/** The most skipped files a run names one by one; the rest are counted in one more problem. */
export declare const MAX_SKIP_PROBLEMS = 20;
/**
 * The run problem for a Semgrep error of a `semgrepSkipType` type, in the native JSON and in SARIF:
 * the pointer, the file, the type and Semgrep's message, and what to do.
 */
export declare function semgrepSkipProblem(pointer: string, type: string, path: string | undefined, message: string | undefined): string;
/** The problem that counts the skipped files past the first MAX_SKIP_PROBLEMS. */
export declare function semgrepSkipOverflow(pointer: string, more: number): string;
export declare const semgrep: Ingestor;
