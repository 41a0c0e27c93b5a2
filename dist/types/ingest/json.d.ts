import type { InputFile } from './types.js';
/** Line and column (1-based) of a character offset in a text. */
export declare function lineColumnAt(text: string, index: number): {
    line: number;
    column: number;
};
/** Parses JSON text; a syntax error becomes an InputError with line, column and byte offset. */
export declare function parseJsonText(text: string, input: Pick<InputFile, 'path'>, what?: string): unknown;
/**
 * Whether JSON text may hold a `__proto__` key: spelled out, or with any of its characters escaped
 * (`"\u005f_proto__"` is the same key to JSON.parse). False means it certainly holds none.
 */
export declare function mayHoldProtoKey(text: string): boolean;
/** The JSON pointer of the first `__proto__` key in a parsed value, below `pointer`; undefined when none. */
export declare function findProtoKey(value: unknown, pointer?: string): string | undefined;
/** Escapes one JSON pointer reference token (RFC 6901). */
export declare function escapePointer(token: string): string;
