/** String helpers: locale-independent comparisons (the same order on every machine, and far faster than localeCompare), and flat copies. */
/** Orders by UTF-16 code units. */
export declare function compareText(a: string, b: string): number;
/** Orders text with embedded numbers numerically: `/results/9` before `/results/10`. */
export declare function compareNatural(a: string, b: string): number;
/**
 * Returns a flat copy of a string built by concatenation. A template literal makes a tree of cons
 * strings (32 bytes a node) that keeps every part alive; an identity kept for each of 100,000 findings
 * is then several times its length. Joining two slices builds one sequential string.
 */
export declare function flatString(text: string): string;
/**
 * `encode`, remembered per distinct string, for the strings many records share (rule ids, titles,
 * paths, severities): each is encoded once, and equal strings get the same instance back. Bounded:
 * past `max` distinct strings, new ones are encoded each time and not kept, so a report of unique
 * strings cannot grow it without limit.
 */
export declare class TextMemo {
    private readonly encode;
    private readonly max;
    private readonly known;
    constructor(encode: (text: string) => string, max?: number);
    /** How many strings are remembered. */
    get size(): number;
    get(text: string): string;
}
