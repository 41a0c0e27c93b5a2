/** Exception files (.shipgate/exceptions/*.yml, DESIGN 4.2): loading, the validity rules, matching. */
import { join } from 'node:path';
import { addDays, daysBetween, isIsoDate } from '../dates.js';
import { BoundedProblems, ConfigError, isShipgateError } from '../errors.js';
import { evidenceText, type EvidenceReader } from './source.js';
import { checkGlobPattern, isGlob, matchGlob } from '../glob.js';
import { escapeThroughLink, normalizePattern } from '../ingest/read.js';
import { NO_RULE_ID, type Finding, type PackageRef } from '../model.js';
import { parsePurl } from '../ingest/dependency-check.js';
import { normalizeEcosystem, normalizePackageName, normalizePackageVersion } from '../ingest/identity.js';
import { joinedByVulnerability, ruleIdsOf } from '../normalize.js';
import type { Policy } from '../policy/types.js';
import { validateWithSchema } from '../schema.js';
import {
  meaningfulText,
  namesSomething,
  placeholderText,
  samePersonBy,
  showCodePoints,
  showInvisible,
  pushAll,
} from '../strings.js';
import { loadYaml, YamlError, type YamlDocument } from '../yaml.js';

export const EXCEPTION_TYPES = ['risk-acceptance', 'false-positive', 'compensating-control'] as const;
export type ExceptionType = (typeof EXCEPTION_TYPES)[number];

/** The selectors an exception's match may hold. */
export const EXCEPTION_SELECTORS = ['finding', 'vulnerability', 'rule', 'package', 'path', 'tool'] as const;

/** Not a rule: a `rule` or `vulnerability` selector of it would select every rule-less result of every tool. */
export { NO_RULE_ID };

/** The keys of an entry whose line is kept: a rejection names the line of the key at fault. */
const KEYS_WITH_LINES = ['id', 'owner', 'approvedBy', 'approvedOn', 'expires', 'reason', 'control'] as const;
export type ExceptionKey = (typeof KEYS_WITH_LINES)[number];

/** The selectors of an exception: every selector given must match. */
export interface ExceptionMatch {
  finding?: string;
  vulnerability?: string;
  rule?: string;
  package?: string;
  path?: string;
  tool?: string;
}

/** One exception entry, with where it was written. */
export interface Exception {
  id: string;
  type: ExceptionType;
  match: ExceptionMatch;
  reason: string;
  control?: string;
  owner: string;
  approvedBy: string;
  approvedOn: string;
  expires: string;
  ticket?: string;
  /** File and line the entry starts on. */
  file: string;
  line: number;
  /** The line of each key, as the file gives it; a rejection names the line of the key at fault. */
  keyLines?: Partial<Record<ExceptionKey, number>>;
}

/** An exception that was not applied, and why. */
export interface RejectedException {
  id: string;
  file: string;
  /** The line of the key at fault (`expires:` for an expired exception), else of the entry. */
  line: number;
  expires: string;
  /** expired | not-yet-approved | horizon | approver | invalid */
  status: 'expired' | 'not-yet-valid' | 'invalid';
  reason: string;
  /** Findings it would have covered; they count as open. */
  wouldCover: string[];
}

/** What happened to every exception, for every output. */
export interface ExceptionReport {
  applied: {
    id: string;
    type: ExceptionType;
    file: string;
    line: number;
    expires: string;
    owner: string;
    approvedBy: string;
    ticket?: string;
    reason: string;
    findings: string[];
  }[];
  rejected: RejectedException[];
  unused: { id: string; file: string; line: number; expires: string }[];
  expiringSoon: { id: string; expires: string; daysLeft: number }[];
  /** Exception files added or changed by the pull request: listed, never applied. */
  pending: { file: string; reason: string }[];
  /** Findings excepted by an in-file suppression (only when the policy honors them). */
  inFile: string[];
}

export function emptyExceptionReport(): ExceptionReport {
  return { applied: [], rejected: [], unused: [], expiringSoon: [], pending: [], inFile: [] };
}

function lineOf(doc: YamlDocument, pointer: string, key = false): number {
  return Number(/line (\d+)/.exec(doc.positionOf(pointer, key))?.[1] ?? 1);
}

/** The line of an exception's key, or of the entry when it was not read from a file. */
export function exceptionKeyLine(exception: Pick<Exception, 'line' | 'keyLines'>, key: ExceptionKey): number {
  return exception.keyLines?.[key] ?? exception.line;
}

/** Whether a rule or vulnerability selector names only the placeholder of a result without a rule. */
function isNoRuleId(value: unknown): boolean {
  return typeof value === 'string' && value.trim().toLowerCase() === NO_RULE_ID;
}

/** The keys that must say something, and what each is expected to hold. */
const TEXT_KEYS = {
  owner: 'the name of the owner; white space, punctuation and invisible characters alone name nobody',
  approvedBy: 'the name of the approver; white space, punctuation and invisible characters alone name nobody',
  reason: 'a reason in words; white space, punctuation and invisible characters alone say nothing',
  control:
    'the control that mitigates the finding, in words; white space, punctuation and invisible characters alone say nothing',
} as const;

/** What a text field holding only a placeholder (`TBD`, `N/A`) should hold instead. */
const PLACEHOLDER_EXPECTED = {
  owner: 'the name of the owner',
  approvedBy: 'the name of the approver',
  reason: 'a reason in words',
  control: 'the control that mitigates the finding, in words',
} as const;

/** Most exceptions one file may list: far past any team's, and a bound on the work of reading one. */
const MAX_EXCEPTIONS_PER_FILE = 10_000;

/**
 * Parses one exception file. Schema problems, a match with no named selector (finding, vulnerability
 * or rule), a bad date, a refused glob and duplicate ids are ConfigErrors naming the file and line.
 */
export function parseExceptionFile(text: string, file: string): Exception[] {
  let doc: YamlDocument;
  try {
    doc = loadYaml(text);
  } catch (error) {
    if (error instanceof YamlError)
      throw new ConfigError(`${file}: ${error.where}: ${error.reason} (expected an exception file in YAML).`);
    throw error;
  }
  if (doc.value === null || typeof doc.value !== 'object' || Array.isArray(doc.value))
    throw new ConfigError(`${file}: line 1, column 1: an exception file must be a mapping with an 'exceptions' list.`);
  const listedEntries = (doc.value as { exceptions?: unknown }).exceptions;
  if (Array.isArray(listedEntries) && listedEntries.length > MAX_EXCEPTIONS_PER_FILE)
    throw new ConfigError(
      `${file}: the file lists ${listedEntries.length} exceptions (expected at most ${MAX_EXCEPTIONS_PER_FILE} in one file: split them, or except by rule or vulnerability instead of one finding at a time).`,
    );
  // The schema's (at most 100, then a count) and the checks' below, at most 200 in all.
  const problems = new BoundedProblems(200);
  problems.push(...validateWithSchema('exception', doc, file));
  // The checks below run even when the schema found problems, on every entry shaped well enough for
  // them, so that one wrong key does not hide the rest of the file's problems.
  const listed = (doc.value as { exceptions?: unknown }).exceptions;
  const entries = (Array.isArray(listed) ? listed : []) as Omit<Exception, 'file' | 'line'>[];
  const result: Exception[] = [];
  entries.forEach((entry, i) => {
    if (!isRecord(entry) || !isRecord(entry.match)) return;
    const pointer = `/exceptions/${i}`;
    const at = (sub: string): string => `${file}: ${doc.positionOf(`${pointer}${sub}`)}`;
    const m = entry.match;
    const selectors = Object.keys(m);
    // An empty match or an unknown key is the schema's problem, reported once above: a misspelt
    // selector is no proof that the entry meant to select only by the others.
    const known =
      selectors.length > 0 && selectors.every((k) => (EXCEPTION_SELECTORS as readonly string[]).includes(k));
    const placeholder = (['rule', 'vulnerability'] as const).find((k) => isNoRuleId(m[k]));
    const named =
      m.finding !== undefined ||
      (m.vulnerability !== undefined && !isNoRuleId(m.vulnerability)) ||
      (m.rule !== undefined && !isNoRuleId(m.rule));
    if (known && !named && placeholder !== undefined)
      problems.push(
        `${at(`/match/${placeholder}`)}: exception '${entry.id}' selects by ${placeholder} '${String(m[placeholder])}', which names no rule: shipgate gives that rule id to every SARIF result without one, of every tool, which is too broad (expected the finding's SG- id in 'finding' instead).`,
      );
    else if (known && !named)
      problems.push(
        `${at('/match')}: exception '${entry.id}' selects only by ${selectors.join(' and ')}, which is too broad (expected a finding, vulnerability or rule selector).`,
      );
    for (const key of ['approvedOn', 'expires'] as const)
      // A value that is not YYYY-MM-DD at all is the schema's problem, reported once above.
      if (typeof entry[key] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(entry[key]) && !isIsoDate(entry[key]))
        problems.push(`${at(`/${key}`)}: '${entry[key]}' is not a calendar date (expected YYYY-MM-DD).`);
    // The schema refuses a value of only white space (`\S`); a zero-width space (U+200B), a word
    // joiner (U+2060), `-` or `**` passes it, yet names nobody and says nothing, and an owner
    // `security-lead\u200B` would pass for a second person next to the approver `security-lead`.
    for (const key of Object.keys(TEXT_KEYS) as (keyof typeof TEXT_KEYS)[]) {
      const value: unknown = entry[key];
      if (typeof value === 'string' && /\S/.test(value) && !meaningfulText(value))
        problems.push(
          `${at(`/${key}`)}: ${pointer}/${key}: ${showInvisible(value)} has no letter or digit (expected ${TEXT_KEYS[key]}).`,
        );
      else if (typeof value === 'string' && placeholderText(value))
        problems.push(
          `${at(`/${key}`)}: ${pointer}/${key}: ${showInvisible(value)} is a placeholder (expected ${PLACEHOLDER_EXPECTED[key]}).`,
        );
    }
    if (entry.type === 'compensating-control' && !entry.control)
      problems.push(
        `${at('')}: exception '${entry.id}' is a compensating-control without 'control' (expected the control that mitigates the finding).`,
      );
    if (typeof m.path === 'string') {
      const refused = checkGlobPattern(m.path);
      if (refused) problems.push(`${at('/match/path')}: the path glob '${m.path}' is refused: ${refused}.`);
    }
    const earlier = result.find((e) => e.id === entry.id);
    if (earlier)
      problems.push(
        `${at('/id')}: exception id '${entry.id}' is used twice in this file (first at line ${earlier.line}).`,
      );
    const keyLines: Partial<Record<ExceptionKey, number>> = {};
    for (const key of KEYS_WITH_LINES)
      if (entry[key] !== undefined) keyLines[key] = lineOf(doc, `${pointer}/${key}`, true);
    result.push({ ...entry, file, line: lineOf(doc, pointer), keyLines });
  });
  if (problems.length > 0)
    throw new ConfigError(`${file}: the exception file is invalid.`, inFileOrder(problems.lines()));
  return result;
}

/** Problems in the order of their place in the file (schema and selector problems come apart). */
function inFileOrder(problems: string[]): string[] {
  const place = (p: string): number => {
    const m = /: line (\d+), column (\d+): /.exec(p);
    return m ? Number(m[1]) * 100_000 + Number(m[2]) : Number.MAX_SAFE_INTEGER;
  };
  return problems
    .map((p, i) => ({ p, i, at: place(p) }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map((x) => x.p);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads and parses every exception file the policy's patterns name, each once, through the evidence
 * reader (so the Action reads them from the trusted commit). Returns the entries and the files read.
 */
export function readExceptionFiles(
  reader: EvidenceReader,
  patterns: readonly string[],
): { exceptions: Exception[]; files: { path: string; sha256: string; origin: string; count: number }[] } {
  const exceptions: Exception[] = [];
  const files: { path: string; sha256: string; origin: string; count: number }[] = [];
  const seen = new Set<string>();
  for (const pattern of patterns)
    for (const path of reader.list(pattern)) {
      if (seen.has(path)) continue;
      seen.add(path);
      const file = reader.read(path);
      if (!file) continue;
      const entries = parseExceptionFile(evidenceText(file, 'exception file', ConfigError), file.path);
      files.push({ path: file.path, sha256: file.sha256, origin: file.origin, count: entries.length });
      pushAll(exceptions, entries);
    }
  return { exceptions, files };
}

/** A package as identity compares it (DESIGN 3.2): normalized ecosystem, name in lower case, version. */
interface PackageKey {
  ecosystem: string;
  name: string;
  version?: string;
}

/** The package key of an ecosystem, name and version, normalized as identity.ts and the merge normalize them. */
function packageKey(ecosystem: string, name: string, version: string | undefined, purl?: string): PackageKey {
  const key: PackageKey = { ecosystem, name: normalizePackageName(ecosystem, name, purl).toLowerCase() };
  if (version !== undefined && version !== '') key.version = normalizePackageVersion(ecosystem, name, version);
  return key;
}

/** The key of a package URL (`pkg:pypi/PyYAML@5.3.1`), its type read as an ecosystem; undefined when it is not one. */
function purlKey(purl: string): PackageKey | undefined {
  const parsed = parsePurl(purl);
  return parsed && packageKey(normalizeEcosystem(parsed.ecosystem), parsed.name, parsed.version);
}

/**
 * Whether a `package` selector names the finding's package, compared as identity compares packages:
 * a name in the finding's ecosystem's normal form (PEP 503 for PyPI: `pyyaml` is Trivy's `PyYAML`;
 * Maven `group:artifact`) and without case, as findings join across tools; a package URL by its type
 * (as an ecosystem) and name so normalized, and by its version when it gives one, against the finding's
 * ecosystem, name and version and against the finding's own package URL. The exact name or package URL
 * a tool wrote matches too (a purl without a version matches it at any version). Never a part of a name.
 */
function packageMatches(wanted: string, pkg: PackageRef | undefined): boolean {
  if (!pkg) return false;
  if (pkg.name === wanted) return true;
  if (pkg.purl !== undefined && (pkg.purl === wanted || pkg.purl.startsWith(`${wanted}@`))) return true;
  const ecosystem = normalizeEcosystem(pkg.ecosystem, pkg.purl);
  const own = packageKey(ecosystem, pkg.name, pkg.version, pkg.purl);
  if (!wanted.startsWith('pkg:')) return own.name === packageKey(ecosystem, wanted, undefined).name;
  const selector = purlKey(wanted);
  if (selector === undefined) return false;
  const same = (key: PackageKey | undefined): boolean =>
    key !== undefined &&
    key.ecosystem !== '' &&
    key.ecosystem === selector.ecosystem &&
    key.name === selector.name &&
    (selector.version === undefined || key.version === selector.version);
  return same(own) || (pkg.purl !== undefined && same(purlKey(pkg.purl)));
}

/** Most files unreadExceptionFiles names one by one; past it, it counts the rest. */
const MAX_UNREAD_NAMED = 10;

/**
 * Warnings for the files under the folder of an `exceptions.paths` glob that look like exception files
 * (`.yml` or `.yaml`, at any depth) but that no pattern reads: `.shipgate/exceptions/a.yaml`, or
 * `.shipgate/exceptions/team/b.yml` beside `.shipgate/exceptions/*.yml`, whose exceptions would
 * otherwise not apply without a word. Each names the file, the patterns and what to do. One listing
 * (through the reader, so the trusted commit's files when it reads one) of each glob's fixed folder;
 * a glob with no fixed folder (`*.yml`, or one that starts with `**`) would list the whole root, and a
 * literal path names one file, so neither is looked around. `notExceptions` are files that are no
 * exception files (the policy chain). A folder the reader cannot list is skipped: this is a hint, and
 * reading the patterns themselves reports what cannot be read.
 */
export function unreadExceptionFiles(
  reader: EvidenceReader,
  patterns: readonly string[],
  notExceptions: readonly string[] = [],
  /** The workspace root: a folder reached through a link leading out of it is not looked around. */
  root?: string,
): string[] {
  const normalized = patterns.map((pattern) => normalizePattern(pattern));
  const reads = (path: string): boolean =>
    normalized.some((pattern) => (isGlob(pattern) ? matchGlob(pattern, path) : pattern === path));
  const folders = new Map<string, string[]>();
  patterns.forEach((pattern, i) => {
    const clean = normalized[i] as string;
    if (!isGlob(clean)) return;
    const segments = clean.split('/');
    const folder = segments
      .slice(
        0,
        segments.findIndex((s) => isGlob(s)),
      )
      .join('/');
    if (folder === '' || folder.startsWith('/') || segments.includes('..')) return;
    folders.set(folder, [...(folders.get(folder) ?? []), pattern]);
  });
  const under = (path: string, folder: string): boolean => path.startsWith(`${folder}/`);
  const skip = new Set(notExceptions.map((path) => normalizePattern(path)));
  const unread = new Set<string>();
  for (const folder of folders.keys()) {
    // A folder inside another listed one is listed with it.
    if ([...folders.keys()].some((other) => other !== folder && under(folder, other))) continue;
    // Evidence is read inside the root only (the readers refuse the rest): no hint points outside it,
    // and no walk follows a link to /usr.
    if (root !== undefined && escapeThroughLink(root, join(root, folder, 'probe')) !== undefined) continue;
    let paths: string[];
    try {
      paths = reader.list(`${folder}/**`);
    } catch (error) {
      if (isShipgateError(error)) continue;
      throw error;
    }
    for (const path of paths) if (/\.ya?ml$/i.test(path) && !reads(path) && !skip.has(path)) unread.add(path);
  }
  const sorted = [...unread].sort();
  const warnings = sorted.slice(0, MAX_UNREAD_NAMED).map((path) => {
    const owners = [...folders].filter(([folder]) => under(path, folder)).flatMap(([, p]) => p);
    const slash = path.lastIndexOf('/');
    const renamed = path.replace(/\.ya?ml$/i, '.yml');
    const moved = [...folders.keys()]
      .filter((folder) => under(path, folder))
      .map((folder) => `${folder}/${renamed.slice(slash + 1)}`)
      .find(reads);
    const fix =
      renamed !== path && reads(renamed)
        ? `rename it to ${renamed}`
        : moved !== undefined
          ? `move it to ${moved}`
          : undefined;
    const pattern = `${path.slice(0, slash)}/*${path.slice(path.lastIndexOf('.'))}`;
    return `${path}: looks like an exception file, but no exceptions.paths pattern reads it (${owners.join(', ')}), so none of its exceptions apply (expected ${fix ? `${fix}, or ` : ''}a pattern that matches it, such as ${pattern}, added to exceptions.paths).`;
  });
  if (sorted.length > MAX_UNREAD_NAMED)
    warnings.push(
      `${sorted.length - MAX_UNREAD_NAMED} more file(s) under ${[...folders.keys()].join(', ')} look like exception files, but no exceptions.paths pattern reads them (expected them renamed to .yml or moved where a pattern reads them, or a pattern that matches them added to exceptions.paths).`,
    );
  return warnings;
}

/** Whether every selector of the exception matches the finding. */
export function exceptionMatches(exception: Pick<Exception, 'match'>, finding: Finding): boolean {
  const m = exception.match;
  if (m.finding !== undefined && m.finding !== finding.id) return false;
  if (m.vulnerability !== undefined) {
    const wanted = m.vulnerability.toUpperCase();
    if (
      !finding.aliases.some((a) => a.toUpperCase() === wanted) &&
      !(joinedByVulnerability(finding)
        ? finding.ruleId.toUpperCase() === wanted
        : ruleIdsOf(finding).every((rule) => rule.toUpperCase() === wanted))
    )
      return false;
  }
  // A rule selector, like a tool or a path, covers a merged finding only when every copy has that rule:
  // secrets of two tools at one line are one finding under the first copy's rule, and an exception for
  // Gitleaks' generic-api-key does not waive the GitHub token Trivy reported there. Copies joined as one
  // vulnerability are one vulnerability whatever id each tool gave it: the rule the finding shows (the
  // CVE, when a copy names one) covers it, as before, when a second scanner reports it under its GHSA.
  if (
    m.rule !== undefined &&
    !(joinedByVulnerability(finding) ? finding.ruleId === m.rule : ruleIdsOf(finding).every((rule) => rule === m.rule))
  )
    return false;
  if (m.package !== undefined && !packageMatches(m.package, finding.package)) return false;
  // Paths are relative to the root, as in the policy's inputs: a leading './' says the same. A finding
  // reported at several paths (one package version in two lock files) is covered only when all are;
  // '' in alsoAt is a copy reported at no path (pip-audit names none), which no path glob covers.
  if (m.path !== undefined) {
    const pattern = m.path.replace(/^(\.\/)+/, '');
    if (!finding.location.path || !matchGlob(pattern, finding.location.path)) return false;
    if (finding.alsoAt?.some((path) => path === '' || !matchGlob(pattern, path))) return false;
  }
  // A tool selector, like a path, covers a merged finding only when every copy matches: an exception
  // for what Grype reported does not waive the same vulnerability in the copy Trivy reported.
  if (m.tool !== undefined && !finding.sources.every((s) => s.tool.toLowerCase() === m.tool?.toLowerCase()))
    return false;
  return true;
}

/** Why an exception can never apply, whatever the date: a rule of the policy it breaks as written. */
export interface StandingProblem {
  /** The key at fault. */
  key: ExceptionKey;
  /** As evaluate lists it among the exceptions not applied. */
  reason: string;
  /** As validate reports it: what is wrong and what was expected. */
  problem: string;
}

/** What names that look alike count as, in a message. */
const SAME_PERSON =
  'names that differ only in look-alike letters, accents, punctuation, white space, invisible characters or case are one person';

/** What an email address or a handle counts as, in a message. */
const SAME_ADDRESS =
  "an email address is the person its local part (before '@') names, and an @handle or a GitHub address the person it names";

/** What a name among others counts as, in a message. */
const SAME_PART =
  "a name of the owner's list, brackets or quotes, or a handle spelt by whole words of it, is that person";

/**
 * The rules an exception breaks whatever the date (DESIGN 4.2): a horizon beyond maxDays, an approver
 * who is the owner (compared by samePersonBy), an approver not on the policy's list. Undefined when it
 * breaks none. These do not change with the clock, so validate reports them as configuration errors.
 */
export function exceptionStandingProblem(
  exception: Pick<Exception, 'owner' | 'approvedBy' | 'approvedOn' | 'expires'>,
  policy: Policy,
): StandingProblem | undefined {
  const settings = policy.exceptions;
  const horizon = daysBetween(exception.approvedOn, exception.expires);
  // An exception expires at the start of its `expires` day: one that expires on or before the day it
  // was approved applies on no day at all.
  if (horizon <= 0)
    return {
      key: 'expires',
      reason: `expires ${exception.expires}, not after its approval on ${exception.approvedOn}, so it applies on no day (expected expires after approvedOn)`,
      problem: `it expires ${exception.expires}, not after approvedOn ${exception.approvedOn}, so it applies on no day (expected expires after approvedOn)`,
    };
  if (horizon > settings.maxDays) {
    const latest = addDays(exception.approvedOn, settings.maxDays);
    return {
      key: 'expires',
      reason: `runs ${horizon} days from approval to expiry, more than the policy's maxDays ${settings.maxDays} (expected expires on or before ${latest})`,
      problem: `it runs ${horizon} days from approvedOn ${exception.approvedOn} to expires ${exception.expires}, more than the policy's maxDays ${settings.maxDays} (expected expires on or before ${latest})`,
    };
  }
  // Look-alike letters, accents, punctuation, invisible characters and case do not make another
  // person: `security‐lead` (U+2010), `security-lеad` (Cyrillic е) and `security_lead` are `security-lead`.
  // Nor does writing one as an email address or a handle: `security-lead@example.com` is `security-lead`.
  const samePersonAs = samePersonBy(exception.approvedBy, exception.owner);
  if (samePersonAs !== undefined) {
    const same = exception.owner === exception.approvedBy;
    const owner = same ? `'${exception.owner}'` : showCodePoints(exception.owner);
    const why = samePersonAs === 'name' ? SAME_PERSON : samePersonAs === 'address' ? SAME_ADDRESS : SAME_PART;
    return {
      key: 'approvedBy',
      reason: `approved by its own owner ${
        same ? owner : `${owner} (approver ${showCodePoints(exception.approvedBy)}: ${why})`
      }; an exception needs a second person`,
      problem: `it is approved by its own owner ${owner}${
        same ? '' : ` (approver ${showCodePoints(exception.approvedBy)})`
      } (expected an approvedBy other than the owner; ${why})`,
    };
  }
  if (settings.approvers.length > 0 && !settings.approvers.includes(exception.approvedBy))
    return {
      key: 'approvedBy',
      reason: `approver '${exception.approvedBy}' is not on the policy's approver list (${settings.approvers.join(', ')})`,
      problem: `its approver '${exception.approvedBy}' is not on the policy's approver list (expected approvedBy one of exceptions.approvers: ${settings.approvers.join(', ')})`,
    };
  return undefined;
}

/**
 * Why an exception does not apply today, or undefined when it does (DESIGN 4.2), with the key at
 * fault. Each reason says what was expected.
 */
export function exceptionProblem(
  exception: Exception,
  policy: Policy,
  today: string,
): { status: RejectedException['status']; reason: string; key: ExceptionKey } | undefined {
  // parseExceptionFile refuses these; an exception built in code (the library, waive) is checked here.
  const texts: ExceptionKey[] = ['owner', 'approvedBy', 'reason'];
  if (exception.type === 'compensating-control') texts.push('control');
  const empty = texts.filter((key) => !meaningfulText(exception[key] as string | undefined));
  const [firstEmpty] = empty;
  if (firstEmpty !== undefined)
    return {
      status: 'invalid',
      key: firstEmpty,
      reason: `its ${empty.join(', ')} ${empty.length > 1 ? 'have' : 'has'} no letter or digit (expected names and words, not only white space, punctuation or invisible characters)`,
    };
  const placeholders = texts.filter((key) => !namesSomething(exception[key] as string | undefined));
  const [firstPlaceholder] = placeholders;
  if (firstPlaceholder !== undefined)
    return {
      status: 'invalid',
      key: firstPlaceholder,
      reason: `its ${placeholders.map((key) => `${key} ${showInvisible(String(exception[key]).trim())}`).join(', ')} ${placeholders.length > 1 ? 'are placeholders' : 'is a placeholder'} (expected names and words)`,
    };
  if (exception.approvedOn > today)
    return {
      status: 'not-yet-valid',
      key: 'approvedOn',
      reason: `approved on ${exception.approvedOn}, which is after today, ${today} (expected approvedOn today or earlier: an exception applies from its approval date)`,
    };
  if (exception.expires <= today)
    return {
      status: 'expired',
      key: 'expires',
      reason: `expired on ${exception.expires} (expected expires after today, ${today}: renew it with a new approval, or fix the finding)`,
    };
  const standing = exceptionStandingProblem(exception, policy);
  if (standing) return { status: 'invalid', key: standing.key, reason: standing.reason };
  return undefined;
}

/**
 * Applies exceptions to findings: each finding takes the first valid exception that matches it (in
 * file, then entry order). Returns which exception covers which finding, and the report.
 */
export function applyExceptions(
  findings: readonly Finding[],
  exceptions: readonly Exception[],
  policy: Policy,
  today: string,
): { coveredBy: Map<string, string>; report: ExceptionReport; validIds: Set<string> } {
  const report = emptyExceptionReport();
  const coveredBy = new Map<string, string>();
  const validIds = new Set<string>();
  const seen = new Map<string, Exception>();
  for (const exception of exceptions) {
    const matched = findings.filter((f) => exceptionMatches(exception, f)).map((f) => f.id);
    const duplicate = seen.get(exception.id);
    const problem = duplicate
      ? {
          status: 'invalid' as const,
          key: 'id' as const,
          reason: `its id is also used in ${duplicate.file}: line ${exceptionKeyLine(duplicate, 'id')} (expected each id once across the exception files; only the first entry with an id is considered)`,
        }
      : exceptionProblem(exception, policy, today);
    if (!duplicate) seen.set(exception.id, exception);
    if (problem) {
      report.rejected.push({
        id: exception.id,
        file: exception.file,
        line: exceptionKeyLine(exception, problem.key),
        expires: exception.expires,
        status: problem.status,
        reason: problem.reason,
        wouldCover: matched,
      });
      continue;
    }
    validIds.add(exception.id);
    const newlyCovered = matched.filter((id) => !coveredBy.has(id));
    for (const id of newlyCovered) coveredBy.set(id, exception.id);
    if (matched.length === 0)
      report.unused.push({ id: exception.id, file: exception.file, line: exception.line, expires: exception.expires });
    else
      report.applied.push({
        id: exception.id,
        type: exception.type,
        file: exception.file,
        line: exception.line,
        expires: exception.expires,
        owner: exception.owner,
        approvedBy: exception.approvedBy,
        ...(exception.ticket ? { ticket: exception.ticket } : {}),
        reason: exception.reason,
        findings: matched,
      });
    const daysLeft = daysBetween(today, exception.expires);
    if (daysLeft <= policy.exceptions.warnDays)
      report.expiringSoon.push({ id: exception.id, expires: exception.expires, daysLeft });
  }
  return { coveredBy, report, validIds };
}
