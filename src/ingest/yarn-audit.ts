/**
 * yarn audit JSON lines, both generations:
 * - yarn 1 (`yarn audit --json`): one JSON object per line, `{"type": ..., "data": ...}`; `auditAdvisory`
 *   lines carry the registry's v1 advisory (the npm audit v1 shape), and a closing `auditSummary` line
 *   says the audit ran. https://classic.yarnpkg.com/en/docs/cli/audit
 * - yarn berry (`yarn npm audit --json`): one line per vulnerable package,
 *   `{"value": <package>, "children": {ID, Issue, URL, Severity, "Vulnerable Versions", "Tree Versions", Dependents}}`.
 *   https://yarnpkg.com/cli/npm/audit
 *
 * yarn 1's `auditSummary` must count exactly the advisory lines, one per advisory and resolution path (else
 * `--level`, `--summary` or a cut file left some out: an input error). yarn berry writes no summary, so its
 * `--severity` filter leaves no trace to check.
 *
 * Identity (DESIGN 3.2): `dep|<CVE, else GHSA, else NPM-<advisory id>>|npm:<package>|<installed version>`; an
 * advisory whose `cves` name several CVEs keeps its own id (see joinableAliases).
 * Pointers are `line N` (1-based), since the input is not one JSON text.
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
import type { RawFinding, Severity } from '../model.js';
import { cwesOf, dependencyIdentity, ghsaIn, joinableAliases, normalizeAliases } from './identity.js';
import { parseJsonLine } from './json.js';
import { decodeUtf8 } from './read.js';
import { severityFromWord } from './severity.js';
import type { DetectSample, Detection, IngestContext, IngestResult, InputFile, Ingestor } from './types.js';

const FORMAT = 'yarn-audit';
const TOOL = 'yarn audit';
const ECOSYSTEM = 'npm';

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v !== '') : [];
}

/** Yarn 1 line types that are progress or chatter, not audit results. */
const YARN1_NOISE = new Set([
  'info',
  'warning',
  'auditAction',
  'activityStart',
  'activityTick',
  'activityEnd',
  'progressStart',
  'progressTick',
  'progressFinish',
  'step',
  'tree',
  'table',
  'list',
  'inspect',
  'success',
]);

interface JsonLine {
  value: unknown;
  line: number;
}

/** Splits JSON lines; a line that is not JSON is an InputError naming the line and column. */
function readLines(input: InputFile, text: string): JsonLine[] {
  const lines: JsonLine[] = [];
  const raw = text.split('\n');
  raw.forEach((content, index) => {
    const lineText = content.endsWith('\r') ? content.slice(0, -1) : content;
    if (lineText.trim() === '') return;
    const line = index + 1;
    const value = parseJsonLine(
      lineText,
      { path: input.path, line, last: false },
      'one yarn audit JSON object per line',
    );
    lines.push({ value, line });
  });
  return lines;
}

interface Accumulator {
  input: InputFile;
  scanType: RawFinding['scanType'];
  findings: RawFinding[];
  /** Index into findings by `<rule>|<package>|<version>`: yarn 1 repeats an advisory once per resolution path. */
  byKey: Map<string, number>;
}

function addFinding(
  acc: Accumulator,
  fields: {
    ruleId: string;
    title: string;
    severity: Severity;
    severitySource: string;
    aliases: string[];
    cwe: string[];
    name: string;
    version?: string;
    fixedVersions?: string[];
    line: number;
  },
): void {
  const key = `${fields.ruleId}|${fields.name}|${fields.version ?? ''}`;
  if (acc.byKey.has(key)) return;
  const pkg: RawFinding['package'] = { name: fields.name, ecosystem: ECOSYSTEM };
  if (fields.version !== undefined) pkg.version = fields.version;
  if (fields.fixedVersions && fields.fixedVersions.length > 0) pkg.fixedVersions = fields.fixedVersions;
  acc.byKey.set(key, acc.findings.length);
  acc.findings.push({
    scanType: acc.scanType,
    ruleId: fields.ruleId,
    title: capTitle(fields.title),
    severity: fields.severity,
    severitySource: fields.severitySource,
    aliases: fields.aliases,
    cwe: fields.cwe,
    location: {},
    package: pkg,
    sources: [{ input: acc.input.path, format: FORMAT, tool: TOOL, pointer: `line ${fields.line}` }],
    identityKey: dependencyIdentity(fields.ruleId, fields.aliases, pkg),
    run: 0,
  });
}

/**
 * The severity words yarn writes: the npm registry's (yarn 1 passes its advisories through, yarn berry its
 * `severity`), in any case. Not the shared vendor table: `none`, `note`, `negligible` or `unknown` from
 * yarn is no severity yarn knows, and would read lower (or unknown) than the report may mean.
 */
const YARN_SEVERITIES = new Set(['info', 'low', 'moderate', 'high', 'critical']);

function readSeverity(input: InputFile, where: string, word: unknown): { severity: Severity; severitySource: string } {
  if (word === undefined || word === null) return { severity: 'unknown', severitySource: 'no severity in yarn audit' };
  const severity =
    typeof word === 'string' && YARN_SEVERITIES.has(word.trim().toLowerCase()) ? severityFromWord(word) : undefined;
  if (severity === undefined)
    throw new InputError(
      `${input.path}: ${where}: ${typeof word === 'string' ? quoteReportText(word) : describeFound(word)} is not a yarn audit severity (expected info, low, moderate, high or critical).`,
    );
  return { severity, severitySource: `yarn audit ${String(word).trim()}` };
}

function ruleIdOf(ghsa: string | undefined, id: unknown): string | undefined {
  if (ghsa) return ghsa;
  if (typeof id === 'number') return `NPM-${id}`;
  if (typeof id === 'string' && id.trim() !== '') return /^\d+$/.test(id.trim()) ? `NPM-${id.trim()}` : id.trim();
  return undefined;
}

/** What the auditSummary counts of one auditAdvisory line: its severity word, advisory and resolution path. */
interface CountedLine {
  /** The advisory's severity word as the auditSummary counts it (lower case). */
  severity: string;
  ruleId: string;
  path: string;
}

/**
 * yarn 1 `auditAdvisory`: one finding per advisory, module and installed version (`findings[].version`).
 * Returns what the auditSummary counts of the line.
 */
function readYarn1Advisory(acc: Accumulator, data: unknown, line: number): CountedLine {
  const { input } = acc;
  const where = `line ${line}`;
  const advisory = isObject(data) ? data.advisory : undefined;
  if (!isObject(advisory))
    throw new InputError(
      `${input.path}: ${where}: data.advisory is ${describeFound(advisory)} (expected the advisory object).`,
    );
  const name = advisory.module_name;
  if (typeof name !== 'string' || name === '')
    throw new InputError(
      `${input.path}: ${where}: data.advisory.module_name is ${describeFound(name)} (expected the vulnerable package name).`,
    );
  const ghsa = ghsaIn(advisory.github_advisory_id) ?? ghsaIn(advisory.url);
  const ruleId = ruleIdOf(ghsa, advisory.id);
  if (ruleId === undefined)
    throw new InputError(
      `${input.path}: ${where}: data.advisory.id is ${describeFound(advisory.id)} (expected the advisory id).`,
    );
  // An advisory for several CVEs joins none of them (see joinableAliases); its GHSA stays its own id.
  const aliases = normalizeAliases([ghsa, ...joinableAliases(ruleId, strings(advisory.cves))]);
  const { severity, severitySource } = readSeverity(input, `${where}: data.advisory.severity`, advisory.severity);
  const title = typeof advisory.title === 'string' && advisory.title.trim() !== '' ? advisory.title : ruleId;
  const patched = typeof advisory.patched_versions === 'string' ? advisory.patched_versions.trim() : '';
  // The registry writes "<0.0.0" when no version is patched.
  const fixedVersions = patched !== '' && patched !== '<0.0.0' ? [patched] : [];
  const common = {
    ruleId,
    title,
    severity,
    severitySource,
    aliases,
    cwe: cwesOf(advisory.cwe),
    name,
    fixedVersions,
    line,
  };
  const entries = advisory.findings;
  if (entries !== undefined && !Array.isArray(entries))
    throw new InputError(
      `${input.path}: ${where}: data.advisory.findings is ${describeFound(entries)} (expected an array of {version, paths}).`,
    );
  const versions = (entries ?? []).map((entry, index) => {
    if (!isObject(entry) || typeof entry.version !== 'string' || entry.version === '')
      throw new InputError(
        `${input.path}: ${where}: data.advisory.findings[${index}].version is ${describeFound(isObject(entry) ? entry.version : entry)} (expected the installed version).`,
      );
    return entry.version;
  });
  // The resolution path is what tells one line of an advisory from another: the summary counts the advisory
  // once per path. yarn 1 writes it on every auditAdvisory line (its reporter's auditAdvisory(resolution,
  // advisory)); without it the line cannot be counted against the summary.
  const resolution = isObject(data) ? data.resolution : undefined;
  const path = isObject(resolution) ? resolution.path : undefined;
  if (typeof path !== 'string' || path === '')
    throw new InputError(
      `${input.path}: ${where}: data.resolution.path is ${isObject(resolution) ? describeFound(path) : `missing (data.resolution is ${describeFound(resolution)})`} (expected the dependency path the advisory was found on, such as "handlebars>optimist>minimist", which yarn 1 writes on every auditAdvisory line).`,
    );
  if (versions.length === 0) addFinding(acc, common);
  for (const version of versions) addFinding(acc, { ...common, version });
  const word = typeof advisory.severity === 'string' ? advisory.severity.trim().toLowerCase() : 'unknown';
  return { severity: word, ruleId, path };
}

/** `high 2, low 1`: the non-zero counts, most severe first. */
function describeCounts(counts: ReadonlyMap<string, number>): string {
  const order = ['critical', 'high', 'moderate', 'low', 'info'];
  const keys = [...counts.keys()].sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    return (ia === -1 ? order.length : ia) - (ib === -1 ? order.length : ib) || a.localeCompare(b);
  });
  return keys
    .filter((key) => (counts.get(key) ?? 0) > 0)
    .map((key) => `${key} ${counts.get(key)}`)
    .join(', ');
}

/** yarn berry line: one finding per installed version in "Tree Versions". */
function readBerryLine(acc: Accumulator, value: Json, line: number): void {
  const { input } = acc;
  const where = `line ${line}`;
  const name = value.value;
  const children = value.children as Json;
  if (typeof name !== 'string' || name === '')
    throw new InputError(
      `${input.path}: ${where}: value is ${describeFound(name)} (expected the vulnerable package name).`,
    );
  const ghsa = ghsaIn(children.URL);
  const ruleId = ruleIdOf(ghsa, children.ID);
  if (ruleId === undefined)
    throw new InputError(
      `${input.path}: ${where}: children.ID is ${describeFound(children.ID)} (expected the advisory id).`,
    );
  // yarn berry writes every advisory's severity, and writes no summary that would catch one gone missing:
  // null or no Severity is an input error, as npm audit's null severity is, never a severity of unknown.
  if (children.Severity === undefined || children.Severity === null)
    throw new InputError(
      `${input.path}: ${where}: children.Severity is ${children.Severity === null ? 'null' : 'missing'} (expected the advisory's severity: info, low, moderate, high or critical; yarn npm audit writes one on every line).`,
    );
  const { severity, severitySource } = readSeverity(input, `${where}: children.Severity`, children.Severity);
  const title = typeof children.Issue === 'string' && children.Issue.trim() !== '' ? children.Issue : ruleId;
  const treeVersions = children['Tree Versions'];
  if (treeVersions !== undefined && !Array.isArray(treeVersions))
    throw new InputError(
      `${input.path}: ${where}: children["Tree Versions"] is ${describeFound(treeVersions)} (expected an array of installed versions).`,
    );
  const common = { ruleId, title, severity, severitySource, aliases: normalizeAliases([ghsa]), cwe: [], name, line };
  const versions = strings(treeVersions);
  if (versions.length === 0) addFinding(acc, common);
  for (const version of versions) addFinding(acc, { ...common, version });
}

function isBerryLine(value: Json): boolean {
  const children = value.children;
  return (
    typeof value.value === 'string' &&
    isObject(children) &&
    ('Vulnerable Versions' in children || ('ID' in children && 'Severity' in children))
  );
}

function isYarn1Line(value: Json): boolean {
  return typeof value.type === 'string' && 'data' in value;
}

function detect(sample: DetectSample): Detection {
  try {
    const doc = sample.document;
    if (doc !== undefined && !isObject(doc)) return 'no';
    let generic = false;
    const lines = sample.head.split('\n').slice(0, 50);
    for (const text of lines) {
      const trimmed = text.trim();
      if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) continue;
      let value: unknown;
      try {
        value = JSON.parse(trimmed);
      } catch {
        continue;
      }
      if (!isObject(value)) continue;
      if (isBerryLine(value)) return 'certain';
      if (isYarn1Line(value)) {
        if (value.type === 'auditAdvisory' || value.type === 'auditSummary') return 'certain';
        if (Object.keys(value).every((k) => k === 'type' || k === 'data')) generic = true;
      }
    }
    return generic ? 'possible' : 'no';
  } catch {
    return 'no';
  }
}

async function parse(input: InputFile, context: IngestContext): Promise<IngestResult> {
  // A JSON-lines stream is read line by line even when its single line parsed as a document.
  const lines = readLines(input, decodeUtf8(input));
  if (lines.length === 0)
    throw new InputError(`${input.path}: the file holds no JSON lines (expected yarn audit --json output).`);
  const scanType = context.scanType ?? 'dependency';
  const acc: Accumulator = { input, scanType, findings: [], byKey: new Map() };
  const errors: JsonLine[] = [];
  const warnings: string[] = [];
  let summary: JsonLine | undefined;
  /** The auditSummary's `totalDependencies`, when it has one, and its line. */
  let audited: { total: number; line: number } | undefined;
  let advisoryLines = 0;
  /** Distinct advisory and resolution path pairs per severity word, as the auditSummary counts them. */
  const listed = new Map<string, number>();
  /** The first line of each advisory and resolution path pair. */
  const firstLineOf = new Map<string, number>();
  /** Lines that repeat an advisory and resolution path of an earlier line (counted once). */
  const repeats: { line: number; first: number; ruleId: string; path: string }[] = [];
  let berryLines = 0;
  let yarn1Lines = 0;

  for (const { value, line } of lines) {
    if (!isObject(value))
      throw new InputError(
        `${input.path}: line ${line}: found ${describeFound(value)} (expected a yarn audit JSON object).`,
      );
    if (isBerryLine(value)) {
      berryLines += 1;
      readBerryLine(acc, value, line);
      continue;
    }
    if (!isYarn1Line(value))
      throw new InputError(
        `${input.path}: line ${line}: the object is neither a yarn 1 line ({type, data}) nor a yarn berry line ({value, children}) (expected yarn audit --json output).`,
      );
    yarn1Lines += 1;
    const type = value.type as string;
    if (type === 'auditAdvisory') {
      advisoryLines += 1;
      const counted = readYarn1Advisory(acc, value.data, line);
      // As npm audit v1's paths (listedPathsV1): a pair written twice counts once, so a copy of one line
      // cannot stand in for another that was removed; the summary check below then refuses the stream.
      const pair = `${counted.ruleId}\u0000${counted.path}`;
      const first = firstLineOf.get(pair);
      if (first !== undefined) repeats.push({ line, first, ruleId: counted.ruleId, path: counted.path });
      else {
        firstLineOf.set(pair, line);
        listed.set(counted.severity, (listed.get(counted.severity) ?? 0) + 1);
      }
    } else if (type === 'auditSummary') {
      const counts = isObject(value.data) ? value.data.vulnerabilities : undefined;
      if (!isObject(counts) || !Object.values(counts).every((n) => typeof n === 'number'))
        throw new InputError(
          `${input.path}: line ${line}: data.vulnerabilities is ${describeFound(counts)} (expected counts per severity).`,
        );
      summary = { value: counts, line };
      // The registry's count of the dependencies yarn sent it: 0 means nothing was audited. yarn 1 writes
      // it in every summary; one that is not a whole number cannot be checked.
      const total = isObject(value.data) ? value.data.totalDependencies : undefined;
      if (total !== undefined) {
        const counted = wholeNumber(total);
        if (counted === undefined)
          throw new InputError(
            `${input.path}: line ${line}: data.totalDependencies is ${describeFound(total)} (expected the number of dependencies audited, a whole number of at least 0).`,
          );
        audited = { total: counted, line };
      }
    } else if (type === 'error') {
      errors.push({ value: value.data, line });
    } else if (!YARN1_NOISE.has(type)) {
      warnings.push(
        `${input.path}: line ${line}: the yarn line type ${quoteReportText(type, 200)} is not known; it was ignored.`,
      );
    }
  }

  const describeError = (entry: JsonLine): string =>
    typeof entry.value === 'string' ? quoteText(entry.value) : quoteText(JSON.stringify(entry.value) ?? '');
  const problems: string[] = [];
  if (yarn1Lines > 0 && summary === undefined) {
    const firstError = errors[0];
    if (firstError)
      throw new InputError(
        `${input.path}: line ${firstError.line}: yarn audit failed with ${describeError(firstError)} (expected an auditSummary line; an audit that did not finish is not a clean scan).`,
      );
    if (advisoryLines === 0 && berryLines === 0)
      throw new InputError(
        `${input.path}: the stream has no auditAdvisory and no auditSummary line (expected yarn audit --json output; an audit that did not run is not a clean scan).`,
      );
    problems.push('the yarn audit stream has no auditSummary line; the output may be truncated');
    warnings.push(`${input.path}: the stream ends without an auditSummary line; the audit may not have finished.`);
  }
  // An error beside a summary: yarn finished, but said something went wrong on the way (a registry
  // request that failed, a package it could not resolve), so the audit may have left packages out.
  for (const entry of errors) {
    warnings.push(`${input.path}: line ${entry.line}: yarn reported an error: ${describeError(entry)}.`);
    problems.push(
      `line ${entry.line}: yarn reported an error: ${describeError(entry)}; the audit may have left packages out, so it is not a complete scan (run yarn audit again and check its output).`,
    );
  }
  // Like pip-audit's report that lists no dependencies: an audit of nothing is not a completed scan.
  if (audited !== undefined && audited.total === 0)
    problems.push(
      `line ${audited.line}: the auditSummary counts 0 dependencies (totalDependencies 0): yarn audit audited nothing, so it is not a completed scan (check that yarn audit ran in the project's folder, next to its package.json and yarn.lock, and that the project has dependencies to audit).`,
    );
  if (summary !== undefined) {
    // yarn 1 prints one auditAdvisory line per advisory and resolution path, and its auditSummary counts the
    // registry's vulnerabilities the same way (one per advisory and path), so in a full report they agree,
    // severity by severity. A summary that counts other numbers is a filtered report (--level prints only the
    // advisories at or above its level, --summary none; the summary still counts every one) or a cut file:
    // never a complete scan. The lines are counted as the summary counts, by distinct advisory and path: a
    // line that repeats another's pair counts once, so a copy cannot make up for a line cut out.
    const counted = new Map(
      Object.entries(summary.value as Record<string, number>).filter(([, n]) => n !== 0) as [string, number][],
    );
    const total = [...counted.values()].reduce((a, b) => a + b, 0);
    const agree =
      [...counted].every(([key, n]) => listed.get(key) === n) &&
      [...listed].every(([key, n]) => counted.get(key) === n);
    const summarised = `${input.path}: line ${summary.line}: the auditSummary counts ${total} vulnerabilit${total === 1 ? 'y' : 'ies'}${total > 0 ? ` (${describeCounts(counted)})` : ''}`;
    if (!agree && repeats.length === 0)
      throw new InputError(
        `${summarised} but the stream has ${advisoryLines} auditAdvisory line${advisoryLines === 1 ? '' : 's'}${advisoryLines > 0 ? ` (${describeCounts(listed)})` : ''} (expected one auditAdvisory line per vulnerability the summary counts; yarn audit --level and --summary leave advisories out, and so does a cut file: run yarn audit --json without them for the gate).`,
      );
    if (!agree) {
      const distinct = advisoryLines - repeats.length;
      const shown = repeats
        .slice(0, 3)
        .map(
          (r) =>
            `line ${r.line} repeats line ${r.first} (${showReportText(r.ruleId)} on the path ${quoteReportText(r.path, 120)})`,
        );
      const more = repeats.length - shown.length;
      if (more > 0) shown.push(`${more} more line${more === 1 ? '' : 's'} repeating an earlier one`);
      throw new InputError(
        `${summarised} but the stream's ${advisoryLines} auditAdvisory lines list ${distinct} distinct advisory and resolution path pair${distinct === 1 ? '' : 's'}${distinct > 0 ? ` (${describeCounts(listed)})` : ''}: ${shown.join(', ')}, and a repeated line counts once (expected one auditAdvisory line per vulnerability the summary counts, each a different advisory or resolution path; a repeated line cannot stand in for one left out: the stream was cut or edited, so run yarn audit --json again for the gate).`,
      );
    }
  }
  return {
    findings: acc.findings,
    runs: [
      {
        tool: TOOL,
        scanType,
        completed: problems.length === 0,
        problems,
        resultCount: advisoryLines + berryLines,
      },
    ],
    warnings,
  };
}

export const yarnAudit: Ingestor = {
  id: FORMAT,
  title: 'yarn audit JSON lines (yarn 1 and yarn berry)',
  detection:
    "JSON lines with type 'auditAdvisory' or 'auditSummary' (yarn 1), or {value, children: {ID, Severity, 'Vulnerable Versions'}} (yarn berry)",
  scanTypes: ['dependency'],
  detect,
  parse,
};
