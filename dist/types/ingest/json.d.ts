import type { InputFile } from './types.js';
/** Line and column (1-based) of a character offset in a text. */
export declare function lineColumnAt(text: string, index: number): {
    line: number;
    column: number;
};
/** Parses JSON text; a syntax error becomes an InputError with line, column and byte offset. */
export declare function parseJsonText(text: string, input: Pick<InputFile, 'path'>, what?: string): unknown;
/** Escapes one JSON pointer reference token (RFC 6901). */
export declare function escapePointer(token: string): string;
