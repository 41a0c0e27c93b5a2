import type { Gate } from './types.js';
export declare const evidenceCompleteness: Gate;
/** A full commit id: 40 hex digits (SHA-1), or 64 in a SHA-256 repository. */
export declare const FULL_COMMIT: RegExp;
/**
 * Whether a report's commit is the commit under test: the same id ignoring case, or an abbreviation (7 or
 * more hex digits) of the full commit under test. A longer id that starts with the commit under test is
 * another commit, and an abbreviated commit under test matches only itself: a report's full id cannot
 * be checked against it.
 */
export declare function compareCommits(reported: string, underTest: string): 'same' | 'abbreviated-under-test' | 'too-short' | 'different';
/** A commit a report names, for a reason: as it is when it is hex, else quoted with what does not show escaped. */
export declare function showCommit(commit: string): string;
