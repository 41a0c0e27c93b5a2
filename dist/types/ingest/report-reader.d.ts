export type Json = Record<string, unknown>;
/** At most this many problems are listed; the rest are counted. */
export declare const MAX_PROBLEMS = 20;
export declare function isObject(value: unknown): value is Json;
/** A SARIF log (written by Trivy, Grype, OSV-Scanner...) is never read as the tool's native format. */
export declare function isSarifLog(doc: Json): boolean;
/**
 * A string taken from a report (a tool name, a version, a rule id, a level, a path, a key), as a message
 * shows it: every character that would break or hide the line written as an escape, so that a value
 * holding a line break cannot print a line of its own in a CI log (`x\nAPPROVED...` would look like
 * shipgate's verdict), nor a bidi control reorder the message around it. The CLI's sink keeps line
 * breaks (messages list problems one per line), so they are made visible where a value is quoted. Cut
 * after `max` characters as shown, with `...`, never inside an escape; a long value is read only as far as
 * it is shown.
 */
export declare function showReportText(value: string, max?: number): string;
/** A string taken from a report, quoted for a message as `showReportText` shows it: `'x\nAPPROVED'`. */
export declare function quoteReportText(value: string, max?: number): string;
/** A report's text for a message: its first line as `capFirstLine` cuts it, shown as `showReportText` shows it. */
export declare function reportLine(text: string): string;
/** JSON text for a message, with what JSON.stringify leaves raw and would hide (U+2028, bidi controls) escaped. */
export declare function showJsonText(json: string): string;
/** How a value is named in a message: its kind, and a clipped string. */
export declare function describeValue(value: unknown): string;
/** How a value found where another was expected is named in a message: its kind, or a clipped JSON text. */
export declare function describeFound(value: unknown): string;
/**
 * A text quoted in a message: one line, whitespace folded, at most `max` characters; what would still
 * hide in it (bidi and other format characters, controls) is written as an escape.
 */
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
