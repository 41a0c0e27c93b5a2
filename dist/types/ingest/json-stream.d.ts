/** Which arrays to split. */
export interface StreamSelection {
    /**
     * Path patterns of arrays whose ELEMENTS are yielded one by one, e.g. `[['runs', '*', 'results']]`.
     * A token matches an object key or an array index (as a decimal string); `'*'` matches any.
     * `[]` (the empty pattern) selects the root array. An array inside a selected element is not
     * split again. A selected path that holds something other than an array stays in the skeleton.
     */
    paths: string[][];
    /**
     * A member of each element that the consumer does not need, e.g. SARIF's `codeFlows` (about a third
     * of a CodeQL log): when an element is an object whose `key` holds an array of objects that each
     * have an array `itemsRequire`, the splitter checks that value (valid JSON, that shape, no
     * `__proto__` key) in the scanning thread, and the element is parsed with the value replaced by
     * `[]`. When the check fails, or the element is not laid out plainly (the key escaped, the element
     * across two chunks), the element is parsed whole, so errors stay exactly those of a full parse.
     */
    omit?: {
        key: string;
        itemsRequire: string;
    };
}
/** What the splitter yields: the selected elements in document order, then one `end`. */
export type StreamEvent = {
    kind: 'element';
    /** Keys and indices from the root to the element. */
    path: (string | number)[];
    /** RFC 6901 JSON pointer of the element, e.g. `/runs/0/results/17`. */
    pointer: string;
    /** `JSON.parse` of the element's bytes. */
    value: unknown;
    /** Offset of the element's first byte in the input (a BOM counts). */
    byteOffset: number;
    /**
     * The document as far as the scan had read when the element's array opened, outside the
     * selected arrays, with every open container closed: valid JSON holding the members that come
     * before the array (SARIF's `tool` before `results`). Given with the first element of each
     * array only (so that no prefix outlives its use), and not when the skeleton so far was larger
     * than the prefix cap. The `end` skeleton stays the authority: a member may still come after
     * the array.
     */
    prefix?: string;
} | {
    kind: 'end';
    /** The whole document with each selected array replaced by an empty array. */
    skeleton: unknown;
    /** sha256 (hex) of every byte read. */
    sha256: string;
    /** Number of bytes read. */
    bytes: number;
};
/** Limits and tuning of one stream. */
export interface StreamOptions {
    /** Largest element accepted, in bytes; a larger one is an InputError. Default 64 MiB. */
    maxElementBytes?: number;
    /** Largest skeleton (everything outside the selected arrays) accepted, in bytes. Default 256 MiB. */
    maxSkeletonBytes?: number;
    /** Deepest nesting of arrays and objects accepted. Default 512. */
    maxDepth?: number;
    /** Bytes read (or taken from the source) at once. Default 1 MiB; the worker starts at 32 KiB and doubles. */
    chunkSize?: number;
    /** Called after each chunk with the bytes read and the elements yielded so far. */
    onProgress?: (bytesRead: number, elements: number) => void;
    /**
     * Scan a file in a worker thread: `true` always, `false` never; by default when the file is
     * at least 16 MiB. Byte sources (not a path) are always scanned in the calling thread.
     */
    useWorker?: boolean;
}
export declare const DEFAULT_MAX_ELEMENT_BYTES: number;
export declare const DEFAULT_MAX_SKELETON_BYTES: number;
export declare const DEFAULT_MAX_DEPTH = 512;
export declare const DEFAULT_CHUNK_SIZE: number;
/**
 * Streams a JSON document from a file path or a byte source and yields the elements of the
 * selected arrays, then the skeleton with the hash. Any problem is an InputError naming
 * `displayName`, the line and the byte offset (and the pointer where one is known); it is thrown
 * after every element that precedes the problem in the document has been yielded.
 *
 * A plain function that returns the event stream: the worker path is a hand-written iterator,
 * and delegating with `yield*` would add a generator step to every element.
 */
export declare function streamJson(source: AsyncIterable<Uint8Array> | string, displayName: string, selection: StreamSelection, options?: StreamOptions): AsyncGenerator<StreamEvent>;
/**
 * Where and why `text` is not one JSON text, found by the strict tokenizer: the UTF-8 byte offset of
 * the first wrong byte (or of the end, when the text ends early) and what was wrong there, e.g.
 * `invalid JSON: unexpected '}' (expected a JSON value)`. `JSON.parse` gives no position for an
 * unexpected token, so the whole-document readers ask here. Undefined when the text is valid JSON.
 */
export declare function explainJsonText(text: string): {
    offset: number;
    detail: string;
} | undefined;
/**
 * For a document read whole (and known to parse): the two checks of the streaming reader that
 * `JSON.parse` does not make, with the same messages, so that a report is not accepted below the
 * streaming threshold and refused above it: nesting no deeper than the cap, and no key twice in an
 * object that holds or leads to a selected array (see the splitter's `leadsToSelection`). One pass
 * that follows only strings and brackets; keys are read only in the objects on the way to a
 * selected array. Throws an InputError.
 */
export declare function checkStreamedShape(bytes: Uint8Array, name: string, selection: StreamSelection): void;
