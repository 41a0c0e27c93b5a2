export type Json = Record<string, unknown>;
/** At most this many problems are listed; the rest are counted. */
export declare const MAX_PROBLEMS = 20;
export declare function isObject(value: unknown): value is Json;
/** A SARIF log (written by Trivy, Grype, OSV-Scanner...) is never read as the tool's native format. */
export declare function isSarifLog(doc: Json): boolean;
/** How a value is named in a message: its kind, and a clipped string. */
export declare function describeValue(value: unknown): string;
/** How a value found where another was expected is named in a message: its kind, or a clipped JSON text. */
export declare function describeFound(value: unknown): string;
/** A text quoted in a message: one line, whitespace folded, at most `max` characters. */
export declare function quoteText(text: string, max?: number): string;
/** One line, whitespace folded, at most 300 characters. */
export declare function capTitle(text: string): string;
/** Collects problems while a report is walked; `throwIfProblems` raises them as one InputError. */
export declare class ReportReader {
    /** The input path, for messages. */
    protected readonly file: string;
    /** The format, e.g. "Grype JSON report". */
    private readonly formatName;
    private readonly problems;
    private droppedProblems;
    constructor(
    /** The input path, for messages. */
    file: string, 
    /** The format, e.g. "Grype JSON report". */
    formatName: string);
    problem(pointer: string, wrong: string, expected: string): void;
    throwIfProblems(): void;
    object(value: unknown, pointer: string, expected: string): Json | undefined;
    array(obj: Json, key: string, pointer: string): unknown[];
    string(obj: Json, key: string, pointer: string, required?: boolean): string | undefined;
}
/** A value's kind for messages: 'missing', 'null', 'an array', 'an object', 'a string', 'a number'... */
export declare function kindOf(value: unknown): string;
/** What was found where something else was expected: 'the key is missing' or 'found an array'. */
export declare function found(value: unknown): string;
/** A string with something in it, trimmed; undefined for anything else. */
export declare function trimmedString(value: unknown): string | undefined;
/** A whole number of at least 0 (a count, an index); undefined for anything else. */
export declare function wholeNumber(value: unknown): number | undefined;
/** A whole number of at least 1 (a line or a column); undefined for anything else. */
export declare function positiveInt(value: unknown): number | undefined;
/** The first line, trimmed, at most 300 characters (a title from a multi-line message). */
export declare function capFirstLine(text: string): string;
