import type { Finding, RawFinding } from './model.js';
/** "SG-" + 16 hex of sha256(identity). */
export declare function findingId(identity: string): string;
/**
 * Applies the occurrence rule: within one input and run, results that share an identity key but sit
 * at different locations are distinct findings, suffixed `:1`, `:2`... in line order (as GitHub does
 * with primaryLocationLineHash). Results with the same key at the same location are one finding.
 *
 * `grouped`, when given, runs between the two passes. By then each raw finding holds its first
 * occurrence's identity (`key:1`, the identity of most findings) instead of its key, so the keys are
 * garbage: a collection there keeps them from adding to the peak (see memory.ts).
 */
export declare function assignIds(raw: readonly RawFinding[], grouped?: () => void): Finding[];
/**
 * Merges findings across inputs and scanners: the same id is one finding; dependency and container
 * findings that share an alias, the package name and version are one (transitively); when one report
 * omits the installed version, the alias and package name suffice if the findings it would join are all
 * of one version. Merged findings keep the highest severity, every alias and every source, and take
 * the rest from their first member in a fixed order, never from the order of inputs or entries.
 * Output is sorted by id.
 */
export declare function mergeFindings(findings: readonly Finding[]): Finding[];
/**
 * Sorts findings by id (compareText order). Ids are `SG-` and 16 lowercase hex digits, whose text order
 * is the order of their two 32-bit halves: sorting indices by those numbers in typed arrays avoids
 * following a pointer to each id string at every comparison, which dominated with 500,000+ findings.
 * Any other id falls back to comparing the text.
 */
export declare function sortById<T extends {
    id: string;
}>(findings: T[]): T[];
