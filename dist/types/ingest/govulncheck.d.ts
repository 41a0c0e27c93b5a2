import type { InputFile, Ingestor } from './types.js';
/** One top-level value of the stream and where it is: `line N` in a stream, a JSON pointer in an array. */
export interface StreamValue {
    value: unknown;
    pointer: string;
}
/**
 * Splits concatenated top-level JSON objects or arrays (`{...}{...}` with any whitespace between),
 * tracking string, escape and nesting state. A stream that ends inside a value is an InputError giving
 * the byte offset and line where the text ended and where the unfinished value began.
 */
export declare function splitJsonStream(text: string, input: Pick<InputFile, 'path'>): StreamValue[];
export declare const govulncheck: Ingestor;
