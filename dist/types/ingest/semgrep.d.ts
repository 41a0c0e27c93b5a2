import type { Ingestor } from './types.js';
/**
 * Whether a Semgrep error means a file was not scanned, or not fully (see NOT_PARSED). Not when it is
 * about a snippet a rule's metavariable-pattern re-parses in another language (the bash of a workflow's
 * `run:`), which Semgrep writes to a temporary `.mvar-pattern` file or names with "metavariable-pattern"
 * (semgrep/semgrep#7145): the file itself was scanned, and no one can fix or exclude the temporary one.
 */
export declare function semgrepSkipType(type: string | undefined, path?: string, message?: string): boolean;
/**
 * The run problem for a Semgrep error of a `semgrepSkipType` type, in the native JSON and in SARIF:
 * the pointer, the file, the type and Semgrep's message, and what to do.
 */
export declare function semgrepSkipProblem(pointer: string, type: string, path: string | undefined, message: string | undefined): string;
/** The problem that counts the skipped files past the first MAX_PROBLEMS. */
export declare function semgrepSkipOverflow(pointer: string, more: number): string;
export declare const semgrep: Ingestor;
