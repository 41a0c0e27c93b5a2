/** Parsing a whole JSON input with errors that name the file, line, column and byte offset. */
import { InputError } from '../errors.js';
import { escapePointer, findProtoKey, mayHoldProtoKey } from './proto-key.js';
import type { InputFile } from './types.js';
export { escapePointer, findProtoKey, mayHoldProtoKey };
/**
 * Line and column (1-based) of a character offset in a text. JSON lines end at LF, as the streaming
 * reader counts them; YAML's (`yaml`) also at a lone CR, and a byte order mark is not a column.
 */
export declare function lineColumnAt(text: string, index: number, yaml?: boolean): {
    line: number;
    column: number;
};
/**
 * Why `JSON.parse` refused `text`: the index of the first wrong character (the end, when the text
 * ends early) and what was wrong, e.g. `unexpected '}' (expected a JSON value)`, in the words of the
 * streaming reader. V8 gives a position for some errors only ("Unexpected token '}', ...
 * is not valid JSON" has none, and quotes the text around it), so the strict tokenizer finds it.
 */
export declare function jsonSyntaxError(text: string, error: Error): {
    index: number;
    reason: string;
};
/** Parses JSON text; a syntax error becomes an InputError with line, column and byte offset. */
export declare function parseJsonText(text: string, input: Pick<InputFile, 'path'> & Partial<Pick<InputFile, 'bytes'>>, what?: string): unknown;
/**
 * Valid JSON that holds a `__proto__` key: refused whatever the format, so format detection reports
 * it as it is instead of "not recognized".
 */
export declare class RefusedKeyError extends InputError {
}
/**
 * Parses one line of a JSON-lines report: a syntax error names the line and column (`indent`: the
 * characters trimmed from the line's start, so that columns count from it), a `__proto__` key its
 * pointer; on the last line (`last`) it says the file may have been cut off.
 */
export declare function parseJsonLine(text: string, at: {
    path: string;
    line: number;
    indent?: number;
    last: boolean;
}, expected: string): unknown;
