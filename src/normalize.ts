/** Turning raw findings into stable, de-duplicated findings (DESIGN 3.2). */
import { compareNatural, compareText, flatString } from './strings.js';
import * as crypto from 'node:crypto';
import type { Finding, RawFinding, ScanType, Severity } from './model.js';
import { NO_RULE_ID, SEVERITY_RANK } from './model.js';
import {
  dependencyIdentity,
  isCve,
  isGhsa,
  isKnownEcosystem,
  normalizeEcosystem,
  normalizePackageName,
  normalizePackageVersion,
} from './ingest/identity.js';

/** Node's one-shot `crypto.hash` (Node >= 20.12), several times faster than a Hash object per call. */
const oneShotHash = (crypto as { hash?: (algorithm: string, data: string) => string }).hash;

/** "SG-" + 16 hex of sha256(identity). */
export function findingId(identity: string): string {
  // Flattened: a slice of the full hex digest would keep all 64 characters alive.
  if (oneShotHash) return flatString(`SG-${oneShotHash('sha256', identity).slice(0, 16)}`);
  return flatString(`SG-${crypto.createHash('sha256').update(identity).digest().toString('hex', 0, 8)}`);
}

function locationKey(f: Pick<Finding, 'location' | 'package'>): string {
  const l = f.location;
  return `${l.path ?? ''}\0${l.startLine ?? 0}\0${l.startColumn ?? 0}\0${l.url ?? ''}\0${l.method ?? ''}\0${l.param ?? ''}\0${f.package?.version ?? ''}`;
}

function compareLocation(a: Pick<Finding, 'location' | 'package'>, b: Pick<Finding, 'location' | 'package'>): number {
  return (
    (a.location.startLine ?? 0) - (b.location.startLine ?? 0) ||
    (a.location.startColumn ?? 0) - (b.location.startColumn ?? 0) ||
    compareText(locationKey(a), locationKey(b))
  );
}

/** The fields of a finding that decide which member of a merged finding comes first. */
type MemberFields = Pick<
  Finding,
  'ruleId' | 'scanType' | 'title' | 'severity' | 'severitySource' | 'location' | 'package' | 'sources'
> & { identity?: string | undefined };

function vulnerabilityRank(id: string): number {
  return isCve(id) ? 0 : isGhsa(id) ? 1 : 2;
}

function severityRank(severity: Severity): number {
  return severity === 'unknown' ? -1 : SEVERITY_RANK[severity];
}

/**
 * The canonical order of the members of one finding. The first member gives the merged finding its
 * identity, rule, title, scan type, package and location, and wins ties of severity: CVE rule ids
 * first, then GHSA, then others, then the fields themselves. Never where a member came from (input
 * order, file names, entry order), so the merged finding does not depend on it. Called only for
 * findings that merge.
 */
function compareMembers(a: MemberFields, b: MemberFields, byIdentity = true): number {
  const pa = a.package;
  const pb = b.package;
  const la = a.location;
  const lb = b.location;
  return (
    vulnerabilityRank(a.ruleId) - vulnerabilityRank(b.ruleId) ||
    compareText(a.ruleId, b.ruleId) ||
    (byIdentity ? compareText(a.identity ?? '', b.identity ?? '') : 0) ||
    compareText(a.sources[0]?.format ?? '', b.sources[0]?.format ?? '') ||
    compareText(a.sources[0]?.tool ?? '', b.sources[0]?.tool ?? '') ||
    compareText(a.scanType, b.scanType) ||
    compareText(a.title, b.title) ||
    compareText(pa?.name ?? '', pb?.name ?? '') ||
    compareText(pa?.ecosystem ?? '', pb?.ecosystem ?? '') ||
    compareText(pa?.version ?? '', pb?.version ?? '') ||
    compareText(pa?.purl ?? '', pb?.purl ?? '') ||
    compareText(la.path ?? '', lb.path ?? '') ||
    (la.startLine ?? 0) - (lb.startLine ?? 0) ||
    (la.endLine ?? 0) - (lb.endLine ?? 0) ||
    (la.startColumn ?? 0) - (lb.startColumn ?? 0) ||
    compareText(la.url ?? '', lb.url ?? '') ||
    compareText(la.method ?? '', lb.method ?? '') ||
    compareText(la.param ?? '', lb.param ?? '') ||
    severityRank(b.severity) - severityRank(a.severity) ||
    compareText(a.severitySource, b.severitySource)
  );
}

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
export function assignIds(
  raw: readonly RawFinding[],
  grouped?: () => void,
  unknownAs: UnknownCountsAs = DEFAULT_UNKNOWN_COUNTS_AS,
): Finding[] {
  // Groups by input, then by identity. Most identities are met once: a group is the finding itself until
  // a second one joins it, and no key string is built per finding but the identity. By input, not by
  // run: two runs of one tool in one log (two CodeQL categories) that report one rule and fingerprint at
  // two places would otherwise both be `:1`, one finding.
  const scopes = new Map<string, Map<string, RawFinding | RawFinding[]>>();
  let lastInput: string | undefined;
  let scope: Map<string, RawFinding | RawFinding[]> | undefined;
  const scopeOf = (f: RawFinding): Map<string, RawFinding | RawFinding[]> => {
    const input = f.sources[0]?.input ?? '';
    if (scope === undefined || input !== lastInput) {
      scope = scopes.get(input);
      if (scope === undefined) {
        scope = new Map();
        scopes.set(input, scope);
      }
      lastInput = input;
    }
    return scope;
  };
  for (const f of raw) {
    const first = flatString(`${f.identityKey}:1`);
    f.identityKey = first;
    const within = scopeOf(f);
    const group = within.get(first);
    if (group === undefined) within.set(first, f);
    else if (Array.isArray(group)) group.push(f);
    else within.set(first, [group, f]);
  }
  grouped?.();
  // In document order of each group's first member.
  const findings: Finding[] = [];
  scope = undefined;
  for (const f of raw) {
    const group = scopeOf(f).get(f.identityKey) as RawFinding | RawFinding[];
    if (group === f) {
      const identity = f.identityKey;
      f.identityKey = '';
      // Internal to the occurrence rule: a finding does not carry it (a TruffleHog secret's hash).
      const key = f.occurrenceKey;
      if (key !== undefined) delete f.occurrenceKey;
      const finding: Finding = Object.assign(f, { id: findingId(identity), identity });
      // Every secret (its place and rule tell it from another), and a finding with a key.
      if (key !== undefined || finding.scanType === 'secret') occurrenceKeys.set(finding, key ?? '');
      findings.push(finding);
      continue;
    }
    if (!Array.isArray(group) || group[0] !== f) continue;
    const base = f.identityKey.slice(0, -':1'.length);
    // The occurrence rule is for code and secrets: a dependency identity names no place, and a DAST
    // identity drops the query and fragment on purpose (`/search?q=1` and `/search?q=2` are one).
    const dast = base.startsWith('dast|');
    const secret = base.startsWith('secret|');
    const byLocation = new Map<string, RawFinding[]>();
    // Numbered across inputs later (numberOccurrencesAcrossInputs): every secret, and every member of a
    // group one of whose members has a key, keyed or not, so that the numbers given there to the keyed
    // ones never meet the number of an unkeyed one of the same input (a result at a line and column).
    const acrossInputs = secret || (!dast && group.some((member) => member.occurrenceKey !== undefined));
    // The keyed hash of a secret without a line orders two secrets at one place when nothing else does:
    // their ids never depend on the order of the report's entries (its key is fixed, so is the order).
    const ordered = [...group].sort(
      (a, b) =>
        compareLocation(a, b) || compareMembers(a, b) || compareText(a.occurrenceKey ?? '', b.occurrenceKey ?? ''),
    );
    for (const member of ordered) {
      const key =
        dast || member.scanType === 'dependency' || member.scanType === 'container'
          ? ''
          : secret || member.ruleId === NO_RULE_ID
            ? occurrencePlace(member, member.occurrenceKey)
            : `${locationKey(member)}\0${member.occurrenceKey ?? ''}`;
      const same = byLocation.get(key);
      if (same) same.push(member);
      else byLocation.set(key, [member]);
    }
    let occurrence = 0;
    for (const same of byLocation.values()) {
      occurrence += 1;
      const [head, ...rest] = same as [RawFinding, ...RawFinding[]];
      const identity = flatString(`${base}:${occurrence}`);
      const { identityKey: _key, run: _run, occurrenceKey: key, ...fields } = head;
      let finding: Finding = { ...fields, id: findingId(identity), identity, sources: [...head.sources] };
      for (const other of rest) finding = mergeInto(finding, other, unknownAs);
      if (acrossInputs && finding.scanType !== 'dependency' && finding.scanType !== 'container')
        occurrenceKeys.set(finding, key ?? '');
      findings.push(finding);
    }
  }
  return findings;
}

/**
 * What tells a secret, or a result that names no rule, from another at one place: the place, the rule
 * (a result that names none, Gitleaks 7's SARIF, has its message, the title, in the rule's place: two
 * different secrets or issues at one place stay two findings, exact repeats one), and the keyed hash
 * (RawFinding.occurrenceKey). Shared by assignIds and numberOccurrencesAcrossInputs, so that several reports
 * number their secrets as one report holding them all does.
 */
function occurrencePlace(member: MemberFields, key: string | undefined): string {
  const ruleless = member.ruleId === NO_RULE_ID;
  return `${locationKey(member)}\0${member.ruleId}${ruleless ? `\0${member.title}` : ''}\0${key ?? ''}`;
}

/**
 * What told a finding from another at one place (RawFinding.occurrenceKey: a secret's keyed hash, a
 * SARIF result's offset or address without a line), kept beside the finding, never on it (no output
 * holds it): numberOccurrencesAcrossInputs needs it once every input is read.
 */
const occurrenceKeys = new WeakMap<Finding, string>();

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
export function numberOccurrencesAcrossInputs(findings: readonly Finding[]): void {
  const byBase = new Map<string, { base: string; group: Finding[] }>();
  // Per format and tool (its versions alike): each tool hashes its own field (Gitleaks' Secret,
  // TruffleHog's RawV2) and names its own rules, so two tools' findings do not compare; their copies of
  // one place stay one finding, as README documents.
  const groupKey = (f: Finding, base: string): string =>
    `${f.sources[0]?.format ?? ''}\0${(f.sources[0]?.tool ?? '').toLowerCase()}\0${base}`;
  const baseOf = (f: Finding): string => f.identity.slice(0, f.identity.lastIndexOf(':'));
  let codeKeyed = false;
  for (const f of findings) {
    if (!occurrenceKeys.has(f)) continue;
    const base = baseOf(f);
    const key = groupKey(f, base);
    const entry = byBase.get(key);
    if (entry) entry.group.push(f);
    else byBase.set(key, { base, group: [f] });
    if (f.scanType !== 'secret') codeKeyed = true;
  }
  // A code result at a line and column that is the only one of its identity in its report has no key
  // and was not kept beside the others; where another report placed one of that identity by an offset or
  // address, it is numbered with them (else both would be `:1`, one finding). Looked for only then: the
  // identity of every finding is cut once more only in an evaluation with such results.
  if (codeKeyed)
    for (const f of findings) {
      if (occurrenceKeys.has(f) || f.scanType === 'secret' || f.scanType === 'dependency' || f.scanType === 'container')
        continue;
      if (f.scanType === 'dast') continue;
      const base = baseOf(f);
      const entry = byBase.get(groupKey(f, base));
      if (entry === undefined) continue;
      occurrenceKeys.set(f, '');
      entry.group.push(f);
    }
  for (const { base, group } of byBase.values()) {
    if (new Set(group.map((f) => f.sources[0]?.input)).size < 2) continue;
    // As assignIds keys and orders them in one input: by place, then rule (and the other fields of a
    // member, not the identity being renumbered), then hash.
    const placeOf = (f: Finding): string => occurrencePlace(f, occurrenceKeys.get(f));
    const ordered = [...group].sort(
      (a, b) =>
        compareLocation(a, b) ||
        compareMembers(a, b, false) ||
        compareText(occurrenceKeys.get(a) ?? '', occurrenceKeys.get(b) ?? ''),
    );
    const numbers = new Map<string, number>();
    for (const f of ordered) if (!numbers.has(placeOf(f))) numbers.set(placeOf(f), numbers.size + 1);
    for (const f of group) {
      const identity = flatString(`${base}:${numbers.get(placeOf(f)) as number}`);
      if (identity === f.identity) continue;
      f.identity = identity;
      f.id = findingId(identity);
    }
  }
}

/**
 * The severity an `unknown` finding counts as (the policy's `severity.unknown`), for choosing the
 * severity of merged findings. Default `high`, as the policy's default.
 */
export type UnknownCountsAs = Exclude<Severity, 'unknown'>;

/** The default of UnknownCountsAs: the policy's default `severity.unknown`. */
export const DEFAULT_UNKNOWN_COUNTS_AS: UnknownCountsAs = 'high';

/**
 * Whether severity `a` replaces `b` as a merged finding's severity: it counts higher, `unknown` counted
 * as `unknownAs` (the policy's `severity.unknown`), so a copy without severity (pip-audit) is never
 * lowered by a copy that rates it below what the policy counts unknown as. On a tie a known severity
 * beats `unknown`; otherwise the first member (compareMembers) keeps its own.
 */
function worse(a: Severity, b: Severity, unknownAs: UnknownCountsAs): boolean {
  if (a === b) return false;
  const ra = SEVERITY_RANK[a === 'unknown' ? unknownAs : a];
  const rb = SEVERITY_RANK[b === 'unknown' ? unknownAs : b];
  return ra > rb || (ra === rb && b === 'unknown');
}

/** Marks a merged finding's severitySource when `unknown` counted higher than a member's known severity. */
const UNKNOWN_KEPT = '; unknown counts as ';

/** One copy of a merged finding as a severity override judges it: the copy's scan type, tool and rule id. */
export interface FindingCopy {
  readonly scanType: ScanType;
  readonly tool: string;
  readonly ruleId: string;
}

/**
 * The key of what a merged finding keeps of its copies (copiesOf). A symbol: JSON.stringify,
 * Object.keys and the hand-written serializers skip it, so it reaches no output (scan-results.json,
 * shipgate.sarif, the certificate, nor a library caller's JSON of the findings); a spread keeps it.
 */
const COPIES: unique symbol = Symbol('shipgate.copies');

/** A finding as mergeInto makes it: with its copies, when they differ (copiesOf). */
type WithCopies = Finding & { [COPIES]?: readonly FindingCopy[] };

/**
 * The copies of a merged finding whose copies differ in scan type, tool or rule id: each distinct one,
 * in no particular order. Undefined for every other finding, whose every copy (source) has the
 * finding's scan type and rule id. Kept only for such merged findings (a few objects each, the strings
 * shared with the copies): the finding's own scanType and ruleId are its first copy's (compareMembers),
 * and a severity override by scan type or rule must judge every copy (evaluation.ts overrideApplies).
 */
export function copiesOf(finding: Finding): readonly FindingCopy[] | undefined {
  return (finding as WithCopies)[COPIES];
}

/** The rule ids of a finding's copies: each copy's of a merged finding whose copies differ, else its own. */
export function ruleIdsOf(finding: Finding): string[] {
  return copiesOf(finding)?.map((copy) => copy.ruleId) ?? [finding.ruleId];
}

/**
 * Whether a finding's copies were joined as one vulnerability (dependency and container findings join
 * by a shared CVE, GHSA or other id, README "Identity and de-duplication"), so that its rule id and
 * aliases name each copy's vulnerability, whichever rule id each tool gave it. Secrets of two tools
 * at one line, or DAST results at one URL, are joined by place: each copy's rule is its own claim.
 */
export function joinedByVulnerability(finding: Finding): boolean {
  const byVulnerability = (scanType: string): boolean => scanType === 'dependency' || scanType === 'container';
  return byVulnerability(finding.scanType) && (copiesOf(finding)?.every((c) => byVulnerability(c.scanType)) ?? true);
}

/** Adds the copies of `f` to `into`, each distinct (scan type, tool, rule id) once. */
function addCopies(into: FindingCopy[], f: Pick<Finding, 'scanType' | 'ruleId' | 'sources'>): void {
  const stored = (f as WithCopies)[COPIES];
  if (stored !== undefined) for (const copy of stored) addCopy(into, copy.scanType, copy.tool, copy.ruleId);
  else for (const source of f.sources) addCopy(into, f.scanType, source.tool, f.ruleId);
}

function addCopy(into: FindingCopy[], scanType: ScanType, tool: string, ruleId: string): void {
  for (const copy of into) if (copy.scanType === scanType && copy.tool === tool && copy.ruleId === ruleId) return;
  into.push({ scanType, tool, ruleId });
}

function mergeInto(
  target: Finding,
  other: Pick<
    Finding,
    | 'scanType'
    | 'ruleId'
    | 'severity'
    | 'severitySource'
    | 'aliases'
    | 'cwe'
    | 'sources'
    | 'package'
    | 'suppressions'
    | 'location'
    | 'alsoAt'
  >,
  unknownAs: UnknownCountsAs,
): Finding {
  const copies: FindingCopy[] = [];
  addCopies(copies, target);
  addCopies(copies, other);
  const merged: WithCopies = {
    ...target,
    aliases: [...new Set([...target.aliases, ...other.aliases])].sort(),
    cwe: [...new Set([...target.cwe, ...other.cwe])].sort(),
    sources: [...target.sources, ...other.sources],
    // Declared in the literal (no property added afterwards), and only when the copies differ.
    ...(copies.length > 1 ? { [COPIES]: copies } : {}),
  };
  // Every path a copy was reported at, beside the one the finding shows, and '' for a copy reported at
  // no path (pip-audit names none) beside one at a path: a `path` exception must match every copy, and
  // no glob matches a copy without a path (exceptionMatches). A finding that shows no path is matched
  // by no path glob already. alsoAt is in no output.
  const paths = new Set([...(target.alsoAt ?? []), ...(other.alsoAt ?? [])]);
  if (other.location.path !== undefined) paths.add(other.location.path);
  else if (target.location.path) paths.add('');
  if (target.location.path) paths.delete(target.location.path);
  if (paths.size > 0) merged.alsoAt = [...paths].sort();
  if (worse(other.severity, target.severity, unknownAs)) {
    merged.severity = other.severity;
    merged.severitySource = other.severitySource;
  }
  if (merged.severity === 'unknown') {
    // `unknown` counted above a member's known severity: the policy's severity.unknown decides, and
    // the source says so (once, naming the first lower member in the canonical order).
    const known = target.severity === 'unknown' ? other : target;
    if (known.severity !== 'unknown' && !merged.severitySource.includes(UNKNOWN_KEPT))
      merged.severitySource = `${merged.severitySource}${UNKNOWN_KEPT}${unknownAs}, above ${known.severitySource}`;
  }
  if (other.package && merged.package) {
    const fixed = [...new Set([...(merged.package.fixedVersions ?? []), ...(other.package.fixedVersions ?? [])])];
    merged.package = {
      ...merged.package,
      version: merged.package.version ?? other.package.version,
      ecosystem: merged.package.ecosystem ?? other.package.ecosystem,
      purl: merged.package.purl ?? other.package.purl,
      ...(fixed.length > 0 ? { fixedVersions: fixed.sort() } : {}),
    };
  } else if (other.package) merged.package = other.package;
  // A finding is suppressed only while every copy of it is: one scanner's ignore rule, or one
  // suppressed copy of a repeated result, must not except the copies reported without one.
  if (merged.suppressions && other.suppressions) merged.suppressions = [...merged.suppressions, ...other.suppressions];
  else delete merged.suppressions;
  return merged;
}

class UnionFind {
  private readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = new Int32Array(size);
    for (let i = 0; i < size; i += 1) this.parent[i] = i;
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] as number;
    while (this.parent[i] !== root) {
      const next = this.parent[i] as number;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Merges the members of one group into one finding, whatever order they come in. */
function mergeGroup(items: Finding[], unknownAs: UnknownCountsAs): Finding {
  const members = [...items].sort(compareMembers);
  let result = members[0] as Finding;
  for (const other of members.slice(1)) result = mergeInto(result, other, unknownAs);
  if (new Set(items.map((f) => f.id)).size > 1 && result.package) {
    // Several scanners' findings joined: the id is recomputed from the merged aliases and package
    // (the first member's, completed by the others'), so it does not depend on which scanner was first.
    const identity = `${dependencyIdentity(result.ruleId, result.aliases, result.package)}:1`;
    result = { ...result, id: findingId(identity), identity };
  }
  if (result.sources.length > 1)
    result.sources = [...result.sources].sort(
      (a, b) => compareText(a.input, b.input) || compareNatural(a.pointer, b.pointer),
    );
  return result;
}

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
export function mergeFindings(
  findings: readonly Finding[],
  unknownAs: UnknownCountsAs = DEFAULT_UNKNOWN_COUNTS_AS,
): Finding[] {
  const uf = new UnionFind(findings.length);
  const order = unionEqualIds(findings, uf);
  unionSamePackage(findings, uf);
  // Most findings merge with nothing: only roots with more than one member get a group array.
  const n = findings.length;
  const roots = new Int32Array(n);
  const size = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) {
    const root = uf.find(i);
    roots[i] = root;
    size[root] = (size[root] ?? 0) + 1;
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i += 1) {
    const root = roots[i] as number;
    if ((size[root] ?? 0) < 2) continue;
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  }
  // Nothing merged (the usual case): the id order found above is the answer.
  if (groups.size === 0 && order !== undefined) return Array.from(order, (i) => findings[i] as Finding);
  const merged: Finding[] = [];
  for (let i = 0; i < n; i += 1) {
    const root = roots[i] as number;
    if ((size[root] ?? 0) < 2) merged.push(findings[i] as Finding);
    else if (root === i)
      merged.push(
        mergeGroup(
          (groups.get(root) ?? []).map((j) => findings[j] as Finding),
          unknownAs,
        ),
      );
  }
  return sortById(merged);
}

/**
 * What a dependency finding names as its vulnerability, for joining: its one CVE (rule id or alias),
 * NO_CVE, or SEVERAL_CVES. Readers keep an entry that names several CVEs from naming them as aliases
 * (joinableAliases), so SEVERAL_CVES is for findings made otherwise; such a finding joins nothing by
 * alias, as joining it to one of its CVEs would make two CVEs one.
 */
const NO_CVE = '';
const SEVERAL_CVES = '*';

function cveOf(f: Finding): string {
  let cve: string = isCve(f.ruleId) ? f.ruleId.toUpperCase() : NO_CVE;
  for (const alias of f.aliases) {
    if (!isCve(alias)) continue;
    const upper = alias.toUpperCase();
    if (cve === NO_CVE) cve = upper;
    else if (cve !== upper) return SEVERAL_CVES;
  }
  return cve;
}

/**
 * What a dependency finding joins on: its ecosystem when normalizeEcosystem knows it (isKnownEcosystem),
 * else ''; its package name as tools agree on it, in lower case; its installed version; and its ids
 * (aliases and rule id).
 */
interface JoinFacts {
  ecosystem: string;
  name: string;
  version: string | undefined;
  ids: string[];
}

/** The normalized ecosystem of a dependency finding's package; undefined for other findings. */
function ecosystemOf(f: Finding): string | undefined {
  if ((f.scanType !== 'dependency' && f.scanType !== 'container') || !f.package) return undefined;
  return normalizeEcosystem(f.package.ecosystem, f.package.purl);
}

function joinFacts(f: Finding): JoinFacts | undefined {
  const ecosystem = ecosystemOf(f);
  if (ecosystem === undefined || !f.package) return undefined;
  const name = normalizePackageName(ecosystem, f.package.name, f.package.purl).toLowerCase();
  const raw = f.package.version;
  const version = raw === undefined || raw === '' ? undefined : normalizePackageVersion(ecosystem, f.package.name, raw);
  return {
    ecosystem: isKnownEcosystem(ecosystem) ? ecosystem : '',
    name,
    version,
    ids: [...new Set([...f.aliases, f.ruleId])],
  };
}

/** The alias keys (`alias\0ecosystem\0name`) of a finding, as of the given ecosystem. */
function aliasKeys(facts: JoinFacts, ecosystem: string): string[] {
  return facts.ids.map((id) => `${id}\0${ecosystem}\0${facts.name}`);
}

/**
 * For the findings without a known ecosystem to join as one: by alias key without ecosystem
 * (`alias\0\0name`), the `ecosystem\0version` of each finding of a known ecosystem (version '' when it
 * has none). Undefined when no dependency finding lacks a known ecosystem, or none has one.
 */
function knownEcosystemsByKey(findings: readonly Finding[]): Map<string, Set<string>> | undefined {
  let unknown = false;
  let known = false;
  for (const f of findings) {
    const ecosystem = ecosystemOf(f);
    if (ecosystem === undefined) continue;
    if (isKnownEcosystem(ecosystem)) known = true;
    else unknown = true;
    if (unknown && known) break;
  }
  if (!unknown || !known) return undefined;
  const byKey = new Map<string, Set<string>>();
  for (const f of findings) {
    const facts = joinFacts(f);
    if (facts === undefined || facts.ecosystem === '') continue;
    const entry = `${facts.ecosystem}\0${facts.version ?? ''}`;
    for (const key of aliasKeys(facts, '')) {
      const entries = byKey.get(key);
      if (entries === undefined) byKey.set(key, new Set([entry]));
      else entries.add(entry);
    }
  }
  return byKey;
}

/**
 * The ecosystem a finding joins as. Its own when known. A finding without one (SARIF names none) takes
 * the one known ecosystem of the findings it shares an alias and package name with (of its version, or
 * either without one), else '' (it joins findings without a known ecosystem only): with several (npm
 * `jquery` and NuGet `jQuery`) it cannot say which package it means, and joining it to both would make
 * them one, so it stays apart from both.
 */
function resolveEcosystem(facts: JoinFacts, known: Map<string, Set<string>> | undefined): string {
  if (facts.ecosystem !== '' || known === undefined) return facts.ecosystem;
  let found: string | undefined;
  for (const key of aliasKeys(facts, ''))
    for (const entry of known.get(key) ?? []) {
      const cut = entry.indexOf('\0');
      const version = entry.slice(cut + 1);
      if (facts.version !== undefined && version !== '' && version !== facts.version) continue;
      const ecosystem = entry.slice(0, cut);
      if (found === undefined) found = ecosystem;
      else if (found !== ecosystem) return '';
    }
  return found ?? '';
}

/**
 * The installed version and alias keys (`alias\0ecosystem\0name`) a dependency finding joins on, the
 * ecosystem as resolveEcosystem gives it: findings of two known ecosystems never share a key.
 */
function joinKeys(
  f: Finding,
  known: Map<string, Set<string>> | undefined,
): { version: string | undefined; keys: string[] } | undefined {
  const facts = joinFacts(f);
  if (facts === undefined) return undefined;
  return { version: facts.version, keys: aliasKeys(facts, resolveEcosystem(facts, known)) };
}

/**
 * The findings that share one alias key (and version): the first of each CVE (cveOf) among them. A
 * number while they all name the same (the usual case), a map once they differ.
 */
type Slot = number | Map<string, number>;

function firstOf(slot: Slot | undefined, cve: string, cves: readonly string[]): number | undefined {
  if (slot === undefined) return undefined;
  if (typeof slot === 'number') return cves[slot] === cve ? slot : undefined;
  return slot.get(cve);
}

/** The slot with finding `i` (of `cve`) added; the same slot object when it only changes inside. */
function withFinding(slot: Slot | undefined, i: number, cve: string, cves: readonly string[]): Slot {
  if (slot === undefined) return i;
  if (typeof slot === 'number') {
    const own = cves[slot] as string;
    return own === cve
      ? slot
      : new Map([
          [own, slot],
          [cve, i],
        ]);
  }
  if (!slot.has(cve)) slot.set(cve, i);
  return slot;
}

/**
 * Joins the dependency and container findings that share an alias, the package name and the installed
 * version, names and versions compared as tools agree on them (normalizePackageName,
 * normalizePackageVersion; names case-insensitively), and never two of different known ecosystems (npm
 * `jquery` and NuGet `jQuery` 3.4.1 are two packages). A finding without a known ecosystem joins as the
 * one known ecosystem it shares an alias and name with (resolveEcosystem), and with several, none.
 *
 * A finding without the installed version (npm audit v2 gives only the vulnerable range) joins on alias
 * and name, but only when the findings it would join are all of one version. When they are of several
 * (debug 2.6.8 and 3.0.1), it cannot say which it means, and joining would make two vulnerable versions
 * one finding: it stays a finding of its own, counted once more rather than hiding one. Findings without
 * a version that share an alias and name are judged together, so no order of the inputs or entries
 * changes what joins.
 *
 * Never two CVEs made one: findings that share an alias join directly only when they name the same CVE
 * or both name none (cveOf). Findings without a CVE, so joined, then join the findings of a CVE they
 * share an alias with only when every CVE they would join is that one: a GHSA that two CVEs of one
 * package both name (a second CVE reported under the first one's GHSA) keeps them two findings, and a
 * finding of only that GHSA joins neither of them, a finding of its own (counted once more). Every step
 * depends on the sets of findings, never on their order.
 */
function unionSamePackage(findings: readonly Finding[], uf: UnionFind): void {
  const n = findings.length;
  /** cveOf of every dependency finding with a package (NO_CVE for the others: never read). */
  const cves = new Array<string>(n).fill(NO_CVE);
  /** alias + ecosystem + name -> version -> the first finding of each CVE of that version. */
  const versioned = new Map<string, Map<string, Slot>>();
  /** alias + ecosystem + name -> the first finding of each CVE without a version. */
  const versionless = new Map<string, Slot>();
  const withoutVersion: { index: number; keys: string[] }[] = [];
  /** The slots of an alias shared by findings of different CVEs (or of a CVE and none). */
  const mixed: Map<string, number>[] = [];
  const known = knownEcosystemsByKey(findings);
  const add = (slot: Slot | undefined, i: number, cve: string): Slot => {
    const first = firstOf(slot, cve, cves);
    if (first !== undefined && cve !== SEVERAL_CVES) uf.union(first, i);
    const next = withFinding(slot, i, cve, cves);
    if (typeof next !== 'number' && typeof slot === 'number') mixed.push(next);
    return next;
  };
  findings.forEach((f, i) => {
    const join = joinKeys(f, known);
    if (join === undefined) return;
    const cve = cveOf(f);
    cves[i] = cve;
    const { version, keys } = join;
    if (version === undefined) {
      withoutVersion.push({ index: i, keys });
      for (const key of keys) {
        const slot = versionless.get(key);
        const next = add(slot, i, cve);
        if (next !== slot) versionless.set(key, next);
      }
      return;
    }
    for (const key of keys) {
      let versions = versioned.get(key);
      if (versions === undefined) {
        versions = new Map();
        versioned.set(key, versions);
      }
      const slot = versions.get(version);
      const next = add(slot, i, cve);
      if (next !== slot) versions.set(version, next);
    }
  });
  if (mixed.length === 0 && withoutVersion.length === 0) return;

  // The findings without a version that share an alias, as clusters whatever they name; then the
  // versions each cluster would join. A cluster of one version joins the findings of that version.
  /** alias + ecosystem + name -> the one version the findings without a version of that alias would join. */
  const versionOf = new Map<string, string>();
  if (withoutVersion.length > 0) {
    const clusters = new UnionFind(withoutVersion.length);
    const firstWith = new Map<string, number>();
    withoutVersion.forEach(({ keys }, k) => {
      for (const key of keys) {
        const other = firstWith.get(key);
        if (other !== undefined) clusters.union(other, k);
        else firstWith.set(key, k);
      }
    });
    const versionsOf = new Map<number, Set<string>>();
    withoutVersion.forEach(({ keys }, k) => {
      const root = clusters.find(k);
      let versions = versionsOf.get(root);
      if (versions === undefined) {
        versions = new Set();
        versionsOf.set(root, versions);
      }
      for (const key of keys) for (const version of versioned.get(key)?.keys() ?? []) versions.add(version);
    });
    withoutVersion.forEach(({ index, keys }, k) => {
      const versions = versionsOf.get(clusters.find(k)) as Set<string>;
      const [version] = versions;
      if (versions.size !== 1 || version === undefined) return;
      const cve = cves[index] as string;
      for (const key of keys) {
        versionOf.set(key, version);
        const first = firstOf(versioned.get(key)?.get(version), cve, cves);
        if (first !== undefined && cve !== SEVERAL_CVES) uf.union(first, index);
      }
    });
  }

  // The findings without a CVE, joined above among themselves: each such group joins the findings of a
  // CVE it shares an alias with (in one slot, or a slot without a version and the one version it would
  // join) when they all name that one CVE, and none of them when they name several. Every group is
  // judged before any joins, so no order of the findings changes what joins.
  const groups = new Map<number, { named: string; several: boolean; joined: number[] }>();
  const touch = (none: number | undefined, slot: Slot | undefined): void => {
    if (none === undefined || slot === undefined) return;
    for (const first of typeof slot === 'number' ? [slot] : slot.values()) {
      const cve = cves[first] as string;
      if (cve === NO_CVE) continue;
      const root = uf.find(none);
      const group = groups.get(root);
      if (group === undefined) groups.set(root, { named: cve, several: cve === SEVERAL_CVES, joined: [first] });
      else {
        if (cve === SEVERAL_CVES || cve !== group.named) group.several = true;
        group.joined.push(first);
      }
    }
  };
  for (const slot of mixed) touch(slot.get(NO_CVE), slot);
  for (const [key, version] of versionOf) {
    const loose = versionless.get(key);
    const fixed = versioned.get(key)?.get(version);
    touch(firstOf(loose, NO_CVE, cves), fixed);
    touch(firstOf(fixed, NO_CVE, cves), loose);
  }
  for (const [root, { several, joined }] of groups) if (!several) for (const first of joined) uf.union(root, first);
}

/**
 * Joins findings with equal ids. Sorted ids put equal ones side by side: no map of every id is needed.
 * Returns that order (indices in id order, stable), or undefined when an id is not a shipgate id.
 */
function unionEqualIds(findings: readonly Finding[], uf: UnionFind): Uint32Array | undefined {
  const order = idOrder(findings);
  if (order === undefined) {
    const firstById = new Map<string, number>();
    findings.forEach((f, i) => {
      const seen = firstById.get(f.id);
      if (seen !== undefined) uf.union(seen, i);
      else firstById.set(f.id, i);
    });
    return undefined;
  }
  for (let k = 1; k < order.length; k += 1) {
    const a = order[k - 1] as number;
    const b = order[k] as number;
    if ((findings[a] as Finding).id === (findings[b] as Finding).id) uf.union(a, b);
  }
  return order;
}

const FINDING_ID = /^SG-[0-9a-f]{16}$/;

/** Indices of `findings` in id order (stable); undefined when an id is not `SG-` and 16 hex digits. */
function idOrder(findings: readonly { id: string }[]): Uint32Array | undefined {
  const n = findings.length;
  const high = new Uint32Array(n);
  const low = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) {
    const id = (findings[i] as { id: string }).id;
    if (!FINDING_ID.test(id)) return undefined;
    high[i] = Number.parseInt(id.slice(3, 11), 16);
    low[i] = Number.parseInt(id.slice(11, 19), 16);
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) order[i] = i;
  // Typed-array sort with a comparator is stable since ES2019 (TimSort in V8), as Array#sort is.
  order.sort((a, b) => (high[a] as number) - (high[b] as number) || (low[a] as number) - (low[b] as number));
  return order;
}

/**
 * Sorts findings by id (compareText order). Ids are `SG-` and 16 lowercase hex digits, whose text order
 * is the order of their two 32-bit halves: sorting indices by those numbers in typed arrays avoids
 * following a pointer to each id string at every comparison, which dominated with 500,000+ findings.
 * Any other id falls back to comparing the text.
 */
export function sortById<T extends { id: string }>(findings: T[]): T[] {
  const n = findings.length;
  const order = idOrder(findings);
  if (order === undefined) return findings.sort((a, b) => compareText(a.id, b.id));
  const sorted = Array.from(order, (i) => findings[i] as T);
  for (let i = 0; i < n; i += 1) findings[i] = sorted[i] as T;
  return findings;
}
