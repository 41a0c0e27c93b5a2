/**
 * Bounded glob matching over relative POSIX paths. Supports `*`, `?`, `**` and
 * character-free literal segments; no braces, no character classes, no user regex,
 * so a pattern cannot blow up (matching is O(pattern * path) with memoization).
 */
export declare const MAX_PATTERN_LENGTH = 512;
/** Why a pattern is refused, or undefined when it is acceptable. */
export declare function checkGlobPattern(pattern: string): string | undefined;
export declare function isGlob(pattern: string): boolean;
/** Matches a whole path against a glob; `**` spans any number of segments, `*` and `?` stay within one. */
export declare function matchGlob(pattern: string, path: string): boolean;
