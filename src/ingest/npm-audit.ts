/**
 * npm audit JSON (`npm audit --json`), both shapes:
 * - v1 (npm <= 6, also pnpm): top-level `advisories` keyed by advisory id.
 * - v2 (npm >= 7): `auditReportVersion: 2` with `vulnerabilities` keyed by package name.
 *
 * Format docs: https://docs.npmjs.com/cli/commands/npm-audit (v2 shape: npm/cli `lib/commands/audit.js`,
 * the report is built by @npmcli/arborist's `audit-report.js`; v1 is the registry's legacy
 * `/-/npm/v1/security/audits` response).
 *
 * Identity (DESIGN 3.2): `dep|<CVE, else GHSA, else NPM-<advisory id>>|npm:<package>|<installed version>`; a v1
 * advisory whose `cves` name several CVEs keeps its own id (see joinableAliases).
 * v2 gives only the vulnerable range, never the installed version, so the version part stays empty.
 */
import {
  capTitle,
  describeFound,
  isObject,
  type Json,
  quoteReportText,
  quoteText,
  showReportText,
  wholeNumber,
} from './report-reader.js';
import { InputError } from '../errors.js';
import type { RawFinding, ScanType, Severity } from '../model.js';
import { cwesOf, dependencyIdentity, ghsaIn, joinableAliases, normalizeAliases } from './identity.js';
import { escapePointer, parseJsonText } from './json.js';
import { decodeUtf8 } from './read.js';
import { severityFromWord } from './severity.js';
import type { DetectSample, Detection, IngestContext, IngestResult, InputFile, Ingestor } from './types.js';

const FORMAT = 'npm-audit';
const TOOL = 'npm audit';
const ECOSYSTEM = 'npm';

interface SeverityReading {
  severity: Severity;
  severitySource: string;
}

/** npm's severity words, the keys of `metadata.vulnerabilities` beside v2's `total`, most severe first. */
const SEVERITY_WORDS = ['critical', 'high', 'moderate', 'low', 'info'] as const;

/** The rank of an npm severity word (critical 4 ... info 0), in any case; undefined for any other word. */
function severityRank(word: unknown): number | undefined {
  if (typeof word !== 'string') return undefined;
  const at = (SEVERITY_WORDS as readonly string[]).indexOf(word.trim().toLowerCase());
  return at === -1 ? undefined : SEVERITY_WORDS.length - 1 - at;
}

/**
 * Reads the first severity word present. Only npm's five words (the registry's advisory severities), in
 * any case: not the shared vendor table, where `none`, `note`, `negligible` or `unknown` would read lower
 * (or unknown) than the report may mean, and npm writes none of them.
 */
function readSeverity(input: InputFile, pointer: string, ...words: unknown[]): SeverityReading {
  const word = words.find((w) => w !== undefined && w !== null);
  if (word === undefined) return { severity: 'unknown', severitySource: 'no severity in npm audit' };
  const severity = severityRank(word) === undefined ? undefined : severityFromWord(word);
  if (severity === undefined)
    throw new InputError(
      `${input.path}: ${showReportText(pointer)}: ${typeof word === 'string' ? quoteReportText(word) : describeFound(word)} is not an npm audit severity (expected info, low, moderate, high or critical).`,
    );
  return { severity, severitySource: `npm audit ${String(word)}` };
}

function advisoryRuleId(ghsa: string | undefined, advisoryId: unknown): string | undefined {
  if (ghsa) return ghsa;
  if (typeof advisoryId === 'number' || (typeof advisoryId === 'string' && advisoryId.trim() !== ''))
    return `NPM-${String(advisoryId).trim()}`;
  return undefined;
}

/** A failed audit prints `{"error": {code, summary, detail}}` (npm >= 7) or `{"message": ...}`: never a clean scan. */
function throwIfFailedAudit(input: InputFile, doc: Json): void {
  const hasReport = 'advisories' in doc || 'vulnerabilities' in doc;
  if (doc.error !== undefined && doc.error !== null) {
    const error = doc.error;
    const code = isObject(error) && typeof error.code === 'string' ? error.code : undefined;
    const summary = isObject(error) && typeof error.summary === 'string' ? error.summary : undefined;
    const text = typeof error === 'string' ? error : [code, summary].filter(Boolean).join(': ');
    throw new InputError(
      `${input.path}: /error: npm audit failed${text ? ` with ${quoteText(text)}` : ''} (expected an audit report; an audit that did not run is not a clean scan).`,
    );
  }
  if (!hasReport && doc.message !== undefined) {
    const text = typeof doc.message === 'string' ? doc.message : JSON.stringify(doc.message);
    throw new InputError(
      `${input.path}: /message: npm audit failed with ${quoteText(text)} (expected an audit report; an audit that did not run is not a clean scan).`,
    );
  }
}

/** Vulnerabilities per npm severity word, plus `total`, as a summary counts them or as the report lists them. */
type VulnerabilityCounts = Map<string, number>;

/** The count under `total`: v2's summary writes it (the number of entries); v1's does not, and counts 0 there. */
const TOTAL = 'total';

/** `/metadata`, when the report has it (npm writes it in both shapes); anything but an object is refused. */
function readMetadata(input: InputFile, doc: Json): Json | undefined {
  if (doc.metadata === undefined) return undefined;
  if (!isObject(doc.metadata))
    throw new InputError(
      `${input.path}: /metadata: found ${describeFound(doc.metadata)} (expected npm audit's metadata object, with the summary counts).`,
    );
  return doc.metadata;
}

/**
 * What the report's own summary (`metadata.vulnerabilities`) counts per severity word and in all; undefined
 * when there is no summary. A word it does not count counts 0 (v1 writes no `total`). A count that is there
 * but is not a whole number of at least 0 (the string "3", -1, 2.5) is refused: read as 0, it would switch
 * the check against the summary off.
 */
function readSummaryCounts(input: InputFile, doc: Json): VulnerabilityCounts | undefined {
  const metadata = readMetadata(input, doc);
  if (metadata === undefined || metadata.vulnerabilities === undefined) return undefined;
  const summary = metadata.vulnerabilities;
  if (!isObject(summary))
    throw new InputError(
      `${input.path}: /metadata/vulnerabilities: found ${describeFound(summary)} (expected the summary counts per severity, an object).`,
    );
  const counted: VulnerabilityCounts = new Map();
  for (const word of [...SEVERITY_WORDS, TOTAL]) {
    const value = summary[word];
    const count = value === undefined ? 0 : wholeNumber(value);
    if (count === undefined)
      throw new InputError(
        `${input.path}: /metadata/vulnerabilities/${word}: found ${describeFound(value)} (expected the number of vulnerabilities npm audit counted${word === TOTAL ? ' in all' : ` at severity ${word}`}, a whole number of at least 0; the report is checked against these counts).`,
      );
    counted.set(word, count);
  }
  return counted;
}

/**
 * How many dependencies npm audit says it audited, and where: v1's `metadata.totalDependencies` (the
 * registry's count; pnpm writes it too), v2's `metadata.dependencies.total` (arborist's count of the tree's
 * packages). Undefined when the report does not say. A count that is there but is not a whole number of at
 * least 0 is refused.
 */
function readAuditedCount(input: InputFile, doc: Json, version: 1 | 2): { total: number; pointer: string } | undefined {
  const metadata = readMetadata(input, doc);
  if (metadata === undefined) return undefined;
  let value: unknown;
  let pointer: string;
  if (version === 1) {
    value = metadata.totalDependencies;
    pointer = '/metadata/totalDependencies';
  } else {
    const dependencies = metadata.dependencies;
    if (dependencies === undefined) return undefined;
    if (!isObject(dependencies))
      throw new InputError(
        `${input.path}: /metadata/dependencies: found ${describeFound(dependencies)} (expected the counts of the dependencies npm audit audited, an object with 'total').`,
      );
    value = dependencies.total;
    pointer = '/metadata/dependencies/total';
  }
  if (value === undefined) return undefined;
  const total = wholeNumber(value);
  if (total === undefined)
    throw new InputError(
      `${input.path}: ${showReportText(pointer)}: found ${describeFound(value)} (expected the number of dependencies audited, a whole number of at least 0).`,
    );
  return { total, pointer };
}

/** Adds `n` under the severity word (npm writes it in lower case) and under `total`. */
function addListed(listed: VulnerabilityCounts, word: unknown, n: number): void {
  const key = typeof word === 'string' ? word.trim().toLowerCase() : '';
  if (key !== TOTAL) listed.set(key, (listed.get(key) ?? 0) + n);
  listed.set(TOTAL, (listed.get(TOTAL) ?? 0) + n);
}

/**
 * v1 counts as npm does: the registry's summary counts one vulnerability per advisory and vulnerable path
 * (each `actions[].resolves[]` entry, `{id, path}`), i.e. the `findings[].paths` of each advisory under its
 * severity. pnpm, which writes the same shape, builds its summary the same way. A path written twice in one
 * advisory counts once, so a duplicated path cannot stand in for a removed one.
 */
function listedPathsV1(advisories: Json): VulnerabilityCounts {
  const listed: VulnerabilityCounts = new Map();
  for (const advisory of Object.values(advisories)) {
    if (!isObject(advisory)) continue;
    const paths = new Set<string>();
    if (Array.isArray(advisory.findings))
      for (const entry of advisory.findings)
        if (isObject(entry) && Array.isArray(entry.paths))
          for (const path of entry.paths) if (typeof path === 'string') paths.add(path);
    addListed(listed, advisory.severity, paths.size);
  }
  return listed;
}

/**
 * v2 counts as npm (@npmcli/arborist's AuditReport.toJSON) does: one per entry of `vulnerabilities`, carriers
 * included, under the package's own `severity`; its `total` is the number of entries.
 */
function listedPackagesV2(vulnerabilities: Json): VulnerabilityCounts {
  const listed: VulnerabilityCounts = new Map();
  for (const vulnerability of Object.values(vulnerabilities))
    addListed(listed, isObject(vulnerability) ? vulnerability.severity : undefined, 1);
  return listed;
}

/**
 * A summary that counts more vulnerabilities of some severity than the report lists means that entries were
 * removed or their severity lowered (by a filter, a cut or an edit): never a clean scan. Compared severity by
 * severity and in all. A report that lists more than its summary counts is read as it is: nothing it shows is
 * hidden.
 */
function throwIfSummaryDisagrees(input: InputFile, doc: Json, version: 1 | 2, listed: VulnerabilityCounts): void {
  const counted = readSummaryCounts(input, doc);
  if (counted === undefined) return;
  const short = [...SEVERITY_WORDS, TOTAL]
    .map((word) => ({ word, counted: counted.get(word) ?? 0, listed: listed.get(word) ?? 0 }))
    .filter((entry) => entry.counted > entry.listed);
  if (short.length === 0) return;
  const detail = short.map((entry) => `${entry.word}: ${entry.counted} counted, ${entry.listed} listed`).join('; ');
  const message =
    version === 2
      ? `/vulnerabilities: the summary (/metadata/vulnerabilities) counts more vulnerable packages than the report lists (${detail}), so vulnerabilities npm found would pass unseen or at a lower severity (expected an unfiltered, unedited npm audit --json report, which lists each package its summary counts, under the severity counted; was the report cut, filtered or edited?).`
      : `/advisories: the summary (/metadata/vulnerabilities) counts more vulnerable paths than the advisories list in findings[].paths (${detail}), so vulnerabilities npm found would pass unseen or at a lower severity (expected an unfiltered, unedited npm audit --json report, whose advisories list each path its summary counts, under the severity counted; pnpm audit --json needs --audit-level info and no auditConfig ignores; was the report cut, filtered or edited?).`;
  throw new InputError(`${input.path}: ${message}`);
}

interface ParseState {
  input: InputFile;
  scanType: ScanType;
  findings: RawFinding[];
}

function pushFinding(
  state: ParseState,
  fields: {
    ruleId: string;
    title: string;
    reading: SeverityReading;
    aliases: string[];
    cwe: string[];
    name: string;
    version?: string;
    fixedVersions?: string[];
    pointer: string;
  },
): void {
  const pkg: RawFinding['package'] = { name: fields.name, ecosystem: ECOSYSTEM };
  if (fields.version !== undefined) pkg.version = fields.version;
  if (fields.fixedVersions && fields.fixedVersions.length > 0) pkg.fixedVersions = fields.fixedVersions;
  state.findings.push({
    scanType: state.scanType,
    ruleId: fields.ruleId,
    title: capTitle(fields.title),
    severity: fields.reading.severity,
    severitySource: fields.reading.severitySource,
    aliases: fields.aliases,
    cwe: fields.cwe,
    location: {},
    package: pkg,
    sources: [{ input: state.input.path, format: FORMAT, tool: TOOL, pointer: fields.pointer }],
    identityKey: dependencyIdentity(fields.ruleId, fields.aliases, pkg),
    run: 0,
  });
}

/** v1: one finding per advisory and installed version (`findings[].version`); `findings[].paths` are only routes to it. */
function parseV1(state: ParseState, advisories: Json): number {
  const { input } = state;
  for (const [key, advisory] of Object.entries(advisories)) {
    const base = `/advisories/${escapePointer(key)}`;
    if (!isObject(advisory))
      throw new InputError(
        `${input.path}: ${showReportText(base)}: found ${describeFound(advisory)} (expected an advisory object).`,
      );
    const name = advisory.module_name;
    if (typeof name !== 'string' || name === '')
      throw new InputError(
        `${input.path}: ${showReportText(base)}/module_name: found ${describeFound(name)} (expected the name of the vulnerable package).`,
      );
    const ghsa = ghsaIn(advisory.url) ?? ghsaIn(advisory.github_advisory_id);
    const ruleId = advisoryRuleId(ghsa, advisory.id ?? key);
    if (ruleId === undefined)
      throw new InputError(
        `${input.path}: ${showReportText(base)}/id: found ${describeFound(advisory.id)} (expected the advisory id).`,
      );
    const cves = Array.isArray(advisory.cves) ? advisory.cves.filter((c): c is string => typeof c === 'string') : [];
    // An advisory for several CVEs joins none of them (see joinableAliases); its GHSA stays its own id.
    const aliases = normalizeAliases([ghsa, ...joinableAliases(ruleId, cves)]);
    const reading = readSeverity(input, `${base}/severity`, advisory.severity);
    const title = typeof advisory.title === 'string' && advisory.title.trim() !== '' ? advisory.title : ruleId;
    const patched = advisory.patched_versions;
    // The registry writes "<0.0.0" when no version is patched.
    const fixedVersions =
      typeof patched === 'string' && patched.trim() !== '' && patched.trim() !== '<0.0.0' ? [patched.trim()] : [];
    const common = { ruleId, title, reading, aliases, cwe: cwesOf(advisory.cwe), name, fixedVersions };

    if (advisory.findings === undefined || (Array.isArray(advisory.findings) && advisory.findings.length === 0)) {
      pushFinding(state, { ...common, pointer: base });
      continue;
    }
    if (!Array.isArray(advisory.findings))
      throw new InputError(
        `${input.path}: ${showReportText(base)}/findings: found ${describeFound(advisory.findings)} (expected an array of {version, paths}).`,
      );
    const seen = new Set<string>();
    advisory.findings.forEach((entry, index) => {
      const pointer = `${base}/findings/${index}`;
      if (!isObject(entry) || typeof entry.version !== 'string' || entry.version === '')
        throw new InputError(
          `${input.path}: ${showReportText(pointer)}: found ${describeFound(isObject(entry) ? entry.version : entry)} (expected {version, paths} with the installed version).`,
        );
      if (seen.has(entry.version)) return;
      seen.add(entry.version);
      pushFinding(state, { ...common, version: entry.version, pointer });
    });
  }
  return Object.keys(advisories).length;
}

/**
 * v2: one finding per advisory object in `via[]`. String entries name other vulnerable packages (the
 * package is only a carrier through them), so a package whose `via` holds only strings adds no finding;
 * throwIfViaReachesNoAdvisory checks that such a package does reach an advisory through them.
 */
function parseV2(state: ParseState, vulnerabilities: Json): number {
  const { input } = state;
  for (const [key, vulnerability] of Object.entries(vulnerabilities)) {
    const base = `/vulnerabilities/${escapePointer(key)}`;
    if (!isObject(vulnerability))
      throw new InputError(
        `${input.path}: ${showReportText(base)}: found ${describeFound(vulnerability)} (expected a vulnerable package).`,
      );
    const name = typeof vulnerability.name === 'string' && vulnerability.name !== '' ? vulnerability.name : key;
    // The package's own severity (the one the summary counts) is checked where it is written, also for a
    // carrier, which adds no finding; an advisory without a severity of its own takes it.
    readSeverity(input, `${base}/severity`, vulnerability.severity);
    const via = vulnerability.via;
    if (!Array.isArray(via))
      throw new InputError(
        `${input.path}: ${showReportText(base)}/via: found ${describeFound(via)} (expected an array of advisories and package names).`,
      );
    // fixAvailable may name the package to upgrade (often a parent); only its own version is a fix of this package.
    const fix = vulnerability.fixAvailable;
    const fixedVersions = isObject(fix) && fix.name === name && typeof fix.version === 'string' ? [fix.version] : [];
    const seen = new Set<string>();
    via.forEach((entry, index) => {
      const pointer = `${base}/via/${index}`;
      if (typeof entry === 'string') return;
      if (!isObject(entry))
        throw new InputError(
          `${input.path}: ${showReportText(pointer)}: found ${describeFound(entry)} (expected an advisory object or a package name).`,
        );
      const source = entry.source;
      const url = typeof entry.url === 'string' && entry.url !== '' ? entry.url : undefined;
      const dedupeKey = typeof source === 'number' || typeof source === 'string' ? `source:${source}` : url;
      if (dedupeKey === undefined)
        throw new InputError(
          `${input.path}: ${showReportText(pointer)}: the advisory has neither 'source' nor 'url' (expected the advisory id or its URL).`,
        );
      if (seen.has(dedupeKey)) return;
      seen.add(dedupeKey);
      const ghsa = ghsaIn(url);
      const ruleId = advisoryRuleId(ghsa, source) ?? (url as string);
      const reading =
        entry.severity === undefined || entry.severity === null
          ? readSeverity(input, `${base}/severity`, vulnerability.severity)
          : readSeverity(input, `${pointer}/severity`, entry.severity);
      const title = typeof entry.title === 'string' && entry.title.trim() !== '' ? entry.title : ruleId;
      pushFinding(state, {
        ruleId,
        title,
        reading,
        aliases: normalizeAliases([ghsa]),
        cwe: cwesOf(entry.cwe),
        name,
        fixedVersions,
        pointer,
      });
    });
  }
  return Object.keys(vulnerabilities).length;
}

/** The package names in a v2 `via` array (string entries), each with its index. */
function viaNames(via: unknown[]): { name: string; index: number }[] {
  const names: { name: string; index: number }[] = [];
  via.forEach((entry, index) => {
    if (typeof entry === 'string') names.push({ name: entry, index });
  });
  return names;
}

/** Names for a message: quoted, the first `max` of them, then a count of the rest. */
function nameList(names: readonly string[], max = 5): string {
  const shown = names.slice(0, max).map((name) => quoteReportText(name, 80));
  return names.length > max ? `${shown.join(', ')} and ${names.length - max} more` : shown.join(', ');
}

const NO_ADVISORY = 'a package with no advisory anywhere down its via chain cannot be a vulnerable package';

/**
 * v2: every vulnerable package must reach an advisory object down its `via` chain, in itself or through the
 * packages its string entries name (npm's carriers). A package that reaches none (an empty `via`, names of
 * packages the report does not list, or names that only lead to one another) is vulnerable through nothing
 * the report shows: its advisories were cut or edited out, and reading it as a carrier would let them pass
 * unseen. A name the report does not list beside an advisory, or beside a name that reaches one, is read as
 * before: the package is a finding or a carrier all the same (the DefectDojo report npm-audit-v2-one.json
 * names "ms" beside debug's two advisories). Run after parseV2, which checked the shape of each entry.
 */
function throwIfViaReachesNoAdvisory(input: InputFile, vulnerabilities: Json): void {
  const listed = new Set(Object.keys(vulnerabilities));
  const viaOf = (key: string): unknown[] => {
    const vulnerability = vulnerabilities[key];
    return isObject(vulnerability) && Array.isArray(vulnerability.via) ? vulnerability.via : [];
  };
  // The packages that reach an advisory: those that hold one, then, backwards, each package naming one of them.
  const namedBy = new Map<string, string[]>();
  const reached = new Set<string>();
  const queue: string[] = [];
  for (const key of listed) {
    const via = viaOf(key);
    if (via.some((entry) => isObject(entry))) {
      reached.add(key);
      queue.push(key);
    }
    for (const { name } of viaNames(via)) {
      if (!listed.has(name)) continue;
      const carriers = namedBy.get(name);
      if (carriers) carriers.push(key);
      else namedBy.set(name, [key]);
    }
  }
  for (let at = 0; at < queue.length; at += 1)
    for (const carrier of namedBy.get(queue[at] as string) ?? [])
      if (!reached.has(carrier)) {
        reached.add(carrier);
        queue.push(carrier);
      }
  if (reached.size === listed.size) return;

  const unreached = [...listed].filter((key) => !reached.has(key));
  // First a package whose own via shows the break: empty, or naming a package the report does not list.
  for (const key of unreached) {
    const base = `/vulnerabilities/${escapePointer(key)}`;
    const via = viaOf(key);
    if (via.length === 0)
      throw new InputError(
        `${input.path}: ${showReportText(base)}/via: found an empty array, so the package is vulnerable through nothing the report shows (expected an advisory object, or the name of a package the report lists whose via chain reaches one; ${NO_ADVISORY}).`,
      );
    const missing = viaNames(via).find(({ name }) => !listed.has(name));
    if (missing)
      throw new InputError(
        `${input.path}: ${showReportText(base)}/via/${missing.index}: found ${describeFound(missing.name)}, which names no package of /vulnerabilities, and no advisory is reached down ${showReportText(base)}/via (expected the name of a package the report lists, or an advisory object; ${NO_ADVISORY}).`,
      );
  }
  // Else the names lead only to one another: the chain of the first such package, as far as it goes.
  const key = unreached[0] as string;
  const chain: string[] = [];
  const seen = new Set<string>();
  const pending = [key];
  for (let at = 0; at < pending.length; at += 1)
    for (const { name } of viaNames(viaOf(pending[at] as string)))
      if (listed.has(name) && !seen.has(name)) {
        seen.add(name);
        chain.push(name);
        pending.push(name);
      }
  throw new InputError(
    `${input.path}: /vulnerabilities/${showReportText(escapePointer(key))}/via: no advisory is reached down its via chain, which leads only to ${nameList(chain)}, packages that hold no advisory object and name no package outside this chain (expected an advisory object, or the name of a package the report lists whose via chain reaches one; ${NO_ADVISORY}).`,
  );
}

/**
 * v2: npm (@npmcli/arborist's Vuln) gives a package the highest severity of its advisories, those of the
 * packages its `via` names included, down the chain. The summary counts the package under that severity,
 * but its findings take the severities of the advisory objects: a package above every advisory it reaches
 * (critical, with its advisories edited down to info) would pass the summary check and read lower than
 * npm found. A package at or below the highest is read as it is. Run after throwIfViaReachesNoAdvisory, so
 * every package reaches an advisory; names of packages the report does not list add nothing.
 */
function throwIfSeverityAboveAdvisories(input: InputFile, vulnerabilities: Json): void {
  interface Highest {
    rank: number;
    word: string;
    pointer: string;
  }
  const keys = Object.keys(vulnerabilities);
  const packageOf = (key: string): Json => vulnerabilities[key] as Json; // parseV2 checked each is an object
  const highest = new Map<string, Highest>();
  /** Package -> the packages whose via names it (its carriers), to raise them when it is raised. */
  const namedBy = new Map<string, string[]>();
  for (const key of keys) {
    const vulnerability = packageOf(key);
    (vulnerability.via as unknown[]).forEach((entry, index) => {
      if (typeof entry === 'string') {
        if (entry === key || !Object.hasOwn(vulnerabilities, entry)) return;
        const carriers = namedBy.get(entry);
        if (carriers) carriers.push(key);
        else namedBy.set(entry, [key]);
        return;
      }
      if (!isObject(entry)) return;
      // An advisory without a severity of its own is read at the package's (see parseV2).
      const own = entry.severity !== undefined && entry.severity !== null;
      const word = own ? entry.severity : vulnerability.severity;
      const rank = severityRank(word);
      if (rank === undefined) return;
      const best = highest.get(key);
      if (best === undefined || rank > best.rank)
        highest.set(key, {
          rank,
          word: String(word).trim().toLowerCase(),
          pointer: `/vulnerabilities/${escapePointer(key)}${own ? `/via/${index}` : ''}/severity`,
        });
    });
  }
  // Backwards from each package that holds an advisory to the packages naming it, raising each as far as
  // what it reaches: a package is queued again only when raised (at most once per severity), so a cycle
  // of names ends.
  const queue = [...highest.keys()];
  for (let at = 0; at < queue.length; at += 1) {
    const theirs = highest.get(queue[at] as string) as Highest;
    for (const carrier of namedBy.get(queue[at] as string) ?? []) {
      const mine = highest.get(carrier);
      if (mine === undefined || theirs.rank > mine.rank) {
        highest.set(carrier, theirs);
        queue.push(carrier);
      }
    }
  }
  for (const key of keys) {
    const own = packageOf(key).severity;
    const rank = severityRank(own);
    const best = highest.get(key);
    if (rank === undefined || best === undefined || rank <= best.rank) continue;
    throw new InputError(
      `${input.path}: /vulnerabilities/${showReportText(escapePointer(key))}/severity: the package is ${quoteReportText(String(own))}, above every advisory down its via chain, the highest of which is ${quoteReportText(best.word)} (${showReportText(best.pointer)}) (expected at most ${quoteReportText(best.word)}: npm gives a package the highest severity of the advisories it reaches, in its own via and through the packages it names; its findings take the advisories' severities, so they would read lower than npm found; was the report edited?).`,
    );
  }
}

/**
 * npm >= 7 prints a failed audit request under --json as `{message, method, uri, headers, statusCode, body}`
 * (npm/cli's audit-error.js; a member npm has no value for is left out). Recognized by the uri: certain on
 * npm's audit endpoints (`/-/npm/v1/security/...`), possible on any other `/-/npm/` path or a uri naming
 * audit, so that the user gets npm's message rather than "format was not recognized".
 */
function detectFailedRequest(doc: Json): Detection {
  if (typeof doc.message !== 'string' || typeof doc.uri !== 'string') return 'no';
  if ('advisories' in doc || 'vulnerabilities' in doc) return 'no';
  if (doc.uri.includes('/-/npm/v1/security/')) return 'certain';
  return doc.uri.includes('/-/npm/') || /audit/i.test(doc.uri) ? 'possible' : 'no';
}

function detect(sample: DetectSample): Detection {
  try {
    const doc = sample.document;
    if (doc !== undefined) {
      if (!isObject(doc) || 'runs' in doc) return 'no';
      if (doc.auditReportVersion === 2 && isObject(doc.vulnerabilities)) return 'certain';
      if (isObject(doc.advisories) && (Array.isArray(doc.actions) || isObject(doc.metadata))) return 'certain';
      if (isObject(doc.error) && doc.error.code === 'ENOAUDIT') return 'certain';
      if ('auditReportVersion' in doc || isObject(doc.advisories)) return 'possible';
      if (isObject(doc.error) && typeof doc.error.code === 'string' && typeof doc.error.summary === 'string')
        return 'possible';
      return detectFailedRequest(doc);
    }
    const head = sample.head;
    if (!/^\s*\{/.test(head) || /"runs"\s*:\s*\[/.test(head)) return 'no';
    if (/"auditReportVersion"\s*:\s*2\b/.test(head) && /"vulnerabilities"\s*:\s*\{/.test(head)) return 'possible';
    if (/"advisories"\s*:\s*\{/.test(head) && /"(actions|muted)"\s*:\s*\[/.test(head)) return 'possible';
    return 'no';
  } catch {
    return 'no';
  }
}

async function parse(input: InputFile, context: IngestContext): Promise<IngestResult> {
  const doc =
    context.document !== undefined
      ? context.document
      : parseJsonText(decodeUtf8(input), input, 'an npm audit JSON report');
  if (!isObject(doc))
    throw new InputError(
      `${input.path}: the document is ${describeFound(doc)} (expected an npm audit JSON object with 'advisories' or 'vulnerabilities').`,
    );
  throwIfFailedAudit(input, doc);
  const scanType = context.scanType ?? 'dependency';
  const state: ParseState = { input, scanType, findings: [] };
  let resultCount: number;
  let version: 1 | 2;
  if (doc.auditReportVersion !== undefined || doc.vulnerabilities !== undefined) {
    if (doc.auditReportVersion !== 2)
      throw new InputError(
        `${input.path}: /auditReportVersion: found ${describeFound(doc.auditReportVersion)} (expected 2; npm audit v1 reports have 'advisories' instead).`,
      );
    if (!isObject(doc.vulnerabilities))
      throw new InputError(
        `${input.path}: /vulnerabilities: found ${describeFound(doc.vulnerabilities)} (expected an object keyed by package name).`,
      );
    resultCount = parseV2(state, doc.vulnerabilities);
    throwIfSummaryDisagrees(input, doc, 2, listedPackagesV2(doc.vulnerabilities));
    // After the summary: a package cut from the report leaves its carriers naming nothing, and the summary
    // says more precisely what is missing.
    throwIfViaReachesNoAdvisory(input, doc.vulnerabilities);
    throwIfSeverityAboveAdvisories(input, doc.vulnerabilities);
    version = 2;
  } else if (doc.advisories !== undefined) {
    if (!isObject(doc.advisories))
      throw new InputError(
        `${input.path}: /advisories: found ${describeFound(doc.advisories)} (expected an object keyed by advisory id).`,
      );
    resultCount = parseV1(state, doc.advisories);
    throwIfSummaryDisagrees(input, doc, 1, listedPathsV1(doc.advisories));
    version = 1;
  } else {
    throw new InputError(
      `${input.path}: the document has neither 'advisories' (npm audit v1) nor 'vulnerabilities' (auditReportVersion 2) (expected an npm audit JSON report).`,
    );
  }
  const problems: string[] = [];
  // Like yarn audit's summary that counts 0 dependencies: an audit of nothing is not a completed scan (a
  // report without the count is read as before).
  const audited = readAuditedCount(input, doc, version);
  if (audited !== undefined && audited.total === 0)
    problems.push(
      `${audited.pointer}: the report counts 0 dependencies: npm audit audited no dependency, so it is not a completed scan (check that npm audit ran in the project's folder, next to its package.json and package-lock.json, and that the project has dependencies to audit).`,
    );
  return {
    findings: state.findings,
    runs: [{ tool: TOOL, scanType, completed: problems.length === 0, problems, resultCount }],
    warnings: [],
  };
}

export const npmAudit: Ingestor = {
  id: FORMAT,
  title: 'npm audit JSON (v1 advisories and auditReportVersion 2)',
  detection:
    "a JSON object with 'auditReportVersion': 2 and a 'vulnerabilities' object, or an 'advisories' object beside 'actions' or 'metadata'; npm's failed-audit JSON ('error', or a 'message' with an npm registry or audit 'uri') is read to report the failure",
  scanTypes: ['dependency'],
  detect,
  parse,
};
