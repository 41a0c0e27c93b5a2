import type { Finding, RawFinding, ScanType, Severity } from './model.js';
/** "SG-" + 16 hex of sha256(identity). */
export declare function findingId(identity: string): string;
/**
 * Applies the occurrence rule: within one input (across its runs), results that share an identity key but sit
 * at different locations are distinct findings, suffixed `:1`, `:2`... in line order (as GitHub does
 * with primaryLocationLineHash). Results with the same key at the same location are one finding,
 * unless they are secrets of different rules: a secret's key names only its path and line, and most
 * secret scanners give no column, so a GitHub token and a MailChimp key on one line are two findings
 * (numbered in rule order at that place), not one that an exception for either would hide. Secrets of
 * one rule at a place without a line (gitleaks before v7, TruffleHog sources without lines) are told
 * apart by a keyed hash of the secret (RawFinding.occurrenceKey) and numbered in the order of those
 * hashes, never in the order the report lists them. So are SARIF results without a line at two
 * character or byte offsets or two addresses in a binary, and rule-less SARIF results whose messages
 * differ after the first line (RawFinding.occurrenceKey, set by the SARIF reader).
 *
 * `grouped`, when given, runs between the two passes. By then each raw finding holds its first
 * occurrence's identity (`key:1`, the identity of most findings) instead of its key, so the keys are
 * garbage: a collection there keeps them from adding to the peak (see memory.ts).
 *
 * `unknownAs` is the policy's `severity.unknown`: how results without a severity rank when copies of
 * one finding disagree (see mergeFindings).
 */
export declare function assignIds(raw: readonly RawFinding[], grouped?: () => void, unknownAs?: UnknownCountsAs): Finding[];
/**
 * Numbers the findings told apart by an occurrence key (the secrets of gitleaks and TruffleHog by a keyed
 * hash: no line, or one line in two commits; SARIF results without a line by their offset or address)
 * across every input of one format. Each input numbers its own from `:1`, so two different secrets of
 * one rule at one place in two reports, or two results at two offsets, would share an id, one finding,
 * while their identity cannot hold the key. For each identity such findings of two or more inputs
 * share, the places and keys are numbered together, in place, rule and key order, as one input numbers
 * them; the same secret or offset in two reports gets one number, one finding with both sources once
 * merged. Changes `id` and `identity` in place; call it with every input's findings before mergeFindings.
 */
export declare function numberOccurrencesAcrossInputs(findings: readonly Finding[]): void;
/**
 * The severity an `unknown` finding counts as (the policy's `severity.unknown`), for choosing the
 * severity of merged findings. Default `high`, as the policy's default.
 */
export type UnknownCountsAs = Exclude<Severity, 'unknown'>;
/** The default of UnknownCountsAs: the policy's default `severity.unknown`. */
export declare const DEFAULT_UNKNOWN_COUNTS_AS: UnknownCountsAs;
/** One copy of a merged finding as a severity override judges it: the copy's scan type, tool and rule id. */
export interface FindingCopy {
    readonly scanType: ScanType;
    readonly tool: string;
    readonly ruleId: string;
}
/**
 * The copies of a merged finding whose copies differ in scan type, tool or rule id: each distinct one,
 * in no particular order. Undefined for every other finding, whose every copy (source) has the
 * finding's scan type and rule id. Kept only for such merged findings (a few objects each, the strings
 * shared with the copies): the finding's own scanType and ruleId are its first copy's (compareMembers),
 * and a severity override by scan type or rule must judge every copy (evaluation.ts overrideApplies).
 */
export declare function copiesOf(finding: Finding): readonly FindingCopy[] | undefined;
/** The rule ids of a finding's copies: each copy's of a merged finding whose copies differ, else its own. */
export declare function ruleIdsOf(finding: Finding): string[];
/**
 * Whether a finding's copies were joined as one vulnerability (dependency and container findings join
 * by a shared CVE, GHSA or other id, README "Identity and de-duplication"), so that its rule id and
 * aliases name each copy's vulnerability, whichever rule id each tool gave it. Secrets of two tools
 * at one line, or DAST results at one URL, are joined by place: each copy's rule is its own claim.
 */
export declare function joinedByVulnerability(finding: Finding): boolean;
/**
 * Merges findings across inputs and scanners: the same id is one finding; dependency and container
 * findings that share an alias, the package name and version are one (transitively), unless they are of
 * two different known ecosystems; when one report omits the installed version, the alias and package
 * name suffice if the findings it would join are all of one version. Never two CVEs made one: findings
 * of different CVEs stay apart, and findings without a CVE join the findings of a CVE only when every
 * CVE they would join is that one (see unionSamePackage). Merged findings keep the highest severity, every alias and every source, and take
 * the rest from their first member in a fixed order, never from the order of inputs or entries.
 * Output is sorted by id.
 *
 * `unknownAs` is the policy's `severity.unknown` (default `high`, the policy's default): `unknown`
 * counts as that severity when members disagree, so a copy that rates a finding lower than an unknown
 * copy would count never lowers it; the merged finding stays `unknown` (for the policy to count) and
 * its severitySource says which severity it was kept over. On a tie the known severity is kept.
 */
export declare function mergeFindings(findings: readonly Finding[], unknownAs?: UnknownCountsAs): Finding[];
/**
 * Sorts findings by id (compareText order). Ids are `SG-` and 16 lowercase hex digits, whose text order
 * is the order of their two 32-bit halves: sorting indices by those numbers in typed arrays avoids
 * following a pointer to each id string at every comparison, which dominated with 500,000+ findings.
 * Any other id falls back to comparing the text.
 */
export declare function sortById<T extends {
    id: string;
}>(findings: T[]): T[];
