/** An object key that appears twice in one object. */
export interface DuplicateKey {
    /** JSON pointer of the object that holds the key twice (`''` for the top-level object). */
    pointer: string;
    /** The key, with its escapes decoded: what both occurrences mean. */
    key: string;
    /** The second occurrence, where the object is refused. */
    second: KeyPlace;
    /** The first occurrence. */
    first: KeyPlace;
}
/** Where a key is in the text, and how the text writes it. */
export interface KeyPlace {
    /** Line, 1-based. */
    line: number;
    /** Column of the opening quote, 1-based, in UTF-16 code units. */
    column: number;
    /** The key as the text writes it, quotes and escapes included (`"verification\u0052esult"`). */
    written: string;
}
/**
 * The first key an object holds twice, in text order (the second occurrence), or undefined when every
 * key is unique in its object. Keys are compared after their escapes are decoded (`"a\u0062"` is `"ab"`).
 * For text `JSON.parse` accepted (parseStrictJson scans only such text); on other text the answer means
 * nothing, though a string that does not end still ends the scan. Iterative, so a deeply nested
 * document cannot exhaust the call stack.
 */
export declare function findDuplicateKey(text: string): DuplicateKey | undefined;
/**
 * Parses JSON text as `parseJsonText` does (a syntax error names its line, column and byte; a
 * `__proto__` key, escaped or not, is refused), and refuses an object that holds a key twice: an
 * InputError naming the object's JSON pointer, the key and the lines of both occurrences.
 */
export declare function parseStrictJson(text: string, path: string, what: string): unknown;
