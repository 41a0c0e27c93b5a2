/**
 * OSV-Scanner JSON report (`osv-scanner --format json`).
 * Output docs: https://google.github.io/osv-scanner/output/#json
 * Result model: https://github.com/google/osv-scanner/blob/main/pkg/models/results.go
 * OSV records (`vulnerabilities[]`): https://ossf.github.io/osv-schema/
 * CVSS base scores of `severity[]` vectors (v2, v3, v4.0): severity.ts. A record may rate severity per
 * package instead (`affected[].severity`): the scanned package's entry is read the same way.
 *
 * One finding per group (`results[].packages[].groups[]`): osv-scanner groups the records that describe
 * the same issue (a GHSA and a PYSEC for one bug), so counting records would count that bug twice.
 * Identity (DESIGN 3.2): `dep|<CVE among the group's ids and aliases, else GHSA, else the first id>|<ecosystem>:<name>|<version>`.
 */
import {
  ReportReader,
  describeValue,
  capTitle,
  isObject,
  type Json,
  isSarifLog,
  quoteReportText,
  showReportText,
} from './report-reader.js';
import { InputError } from '../errors.js';
import type { Location, PackageRef, RawFinding, ScanType, Severity, ToolRun } from '../model.js';
import { dependencyIdentity, joinableAliases, normalizeAliases, normalizeCwes } from './identity.js';
import { escapePointer, parseJsonText } from './json.js';
import { normalizePath } from './paths.js';
import { decodeUtf8 } from './read.js';
import { cvss2BaseScore, cvss3BaseScore, cvss4BaseScore, severityFromScore, severityFromWord } from './severity.js';
import type { DetectSample, Detection, IngestContext, IngestResult, Ingestor, InputFile } from './types.js';

const FORMAT = 'osv-scanner';
const TOOL = 'osv-scanner';
const EXPECTED = "an OSV-Scanner JSON report (an object with 'results')";
/** The top-level keys OSV-Scanner writes (pkg/models/results.go, VulnerabilityResults). */
const OSV_TOP_LEVEL_KEYS = new Set([
  'results',
  'experimental_config',
  'experimental_generic_findings',
  'image_metadata',
  'license_summary',
]);

export { cvss3BaseScore, roundUpCvss31 } from './severity.js';

/** The CVSS `severity[].type`s of an OSV record that shipgate scores, with their calculators. */
const CVSS_TYPES = {
  CVSS_V2: { label: 'CVSS v2', score: cvss2BaseScore },
  CVSS_V3: { label: 'CVSS v3', score: cvss3BaseScore },
  CVSS_V4: { label: 'CVSS v4.0', score: cvss4BaseScore },
} as const;
type CvssType = keyof typeof CVSS_TYPES;

function isCvssType(type: string | undefined): type is CvssType {
  return type !== undefined && Object.hasOwn(CVSS_TYPES, type);
}

/**
 * The `severity[].type` whose score is an Ubuntu priority word (OSV schema 1.6.5 and later: "a lowercased
 * string representing the Ubuntu priority"), and the priorities that rate a severity; negligible is low,
 * as everywhere in shipgate (severity.ts). Ubuntu's `untriaged` rates nothing.
 */
const UBUNTU_TYPE = 'Ubuntu';
const UBUNTU_PRIORITIES = new Set(['negligible', 'low', 'medium', 'high', 'critical']);

function rank(severity: Severity): number {
  return ['unknown', 'info', 'low', 'medium', 'high', 'critical'].indexOf(severity);
}

function detect(sample: DetectSample): Detection {
  const doc = sample.document;
  if (doc === undefined) {
    const head = sample.head.slice(0, 4096);
    return /^\s*\{\s*"results"\s*:\s*\[\s*\{\s*"source"\s*:/.test(head) ? 'possible' : 'no';
  }
  if (!isObject(doc) || isSarifLog(doc) || !Array.isArray(doc.results)) return 'no';
  const [first] = doc.results as unknown[];
  if (isObject(first) && isObject(first.source) && typeof first.source.path === 'string' && 'packages' in first)
    return 'certain';
  if (first === undefined && 'experimental_config' in doc) return 'certain';
  // `{"results": []}` is also how Semgrep, Bandit and tfsec start a clean report: possible only when no
  // key says otherwise.
  if (first === undefined && Object.keys(doc).every((key) => OSV_TOP_LEVEL_KEYS.has(key))) return 'possible';
  return 'no';
}

/** One OSV record as far as this reader needs it. */
interface OsvRecord {
  id: string;
  aliases: string[];
  summary?: string;
  details?: string;
  databaseSeverity?: string;
  /**
   * CVSS vectors of `severity[]` and of the package's `affected[].severity[]`, with the pointer of each;
   * `scope` names the affected entry (`affected[0]`) a per-package one comes from.
   */
  vectors: { type: CvssType; vector: string; pointer: string; scope?: string }[];
  /** Ubuntu priority words of the same lists (type `Ubuntu`), with the pointer of each. */
  priorities: { priority: string; pointer: string; scope?: string }[];
  cwes: string[];
  fixed: string[];
}

/** Walks one OSV-Scanner document, gathering findings and every structural problem. */
class OsvReader extends ReportReader {
  readonly findings: RawFinding[] = [];
  readonly warnings: string[] = [];
  records = 0;
  /** Package entries that list neither vulnerabilities nor groups: pointer and package, for one warning. */
  readonly packagesWithoutVulnerabilities: string[] = [];

  constructor(
    private readonly input: InputFile,
    private readonly context: IngestContext,
    private readonly scanType: ScanType,
  ) {
    super(input.path, 'OSV-Scanner JSON report');
  }

  strings(obj: Json, key: string, pointer: string): string[] {
    const out: string[] = [];
    this.array(obj, key, pointer).forEach((value, index) => {
      if (typeof value === 'string') out.push(value);
      else this.problem(`${pointer}/${escapePointer(key)}/${index}`, `got ${describeValue(value)}`, 'a string');
    });
    return out;
  }

  result(value: unknown, pointer: string): void {
    const result = this.object(value, pointer, 'a result object with source and packages');
    if (result === undefined) return;
    const source = this.object(result.source, `${pointer}/source`, 'an object with the scanned path');
    const sourcePath = source !== undefined ? this.string(source, 'path', `${pointer}/source`, true) : undefined;
    this.array(result, 'packages', pointer).forEach((entry, index) =>
      this.package(entry, `${pointer}/packages/${index}`, sourcePath ?? ''),
    );
  }

  package(value: unknown, pointer: string, sourcePath: string): void {
    const entry = this.object(value, pointer, 'a package object with package, vulnerabilities and groups');
    if (entry === undefined) return;
    const info = this.object(entry.package, `${pointer}/package`, 'an object with name, version and ecosystem');
    if (info === undefined) return;
    const name = this.string(info, 'name', `${pointer}/package`) ?? '';
    const version = this.string(info, 'version', `${pointer}/package`) ?? '';
    const ecosystem = this.string(info, 'ecosystem', `${pointer}/package`) ?? '';
    const commit = this.string(info, 'commit', `${pointer}/package`) ?? '';

    const records = new Map<string, { record: OsvRecord; pointer: string }>();
    const order: string[] = [];
    this.array(entry, 'vulnerabilities', pointer).forEach((raw, index) => {
      const at = `${pointer}/vulnerabilities/${index}`;
      const record = this.record(raw, at, name, ecosystem);
      if (record === undefined) return;
      this.records += 1;
      if (!records.has(record.id)) order.push(record.id);
      records.set(record.id, { record, pointer: at });
    });

    let pkg: PackageRef;
    if (name !== '') {
      pkg = { name };
      if (version !== '') pkg.version = version;
      if (ecosystem !== '') pkg.ecosystem = ecosystem;
    } else if (commit !== '') {
      // A git source scan (osv-scanner --recursive on a repository) reports the repository by commit only.
      pkg = {
        name: sourcePath !== '' ? normalizePath(this.context.root, sourcePath) : 'git repository',
        version: commit,
      };
      pkg.ecosystem = 'GIT';
    } else {
      this.problem(
        `${pointer}/package`,
        'the package has neither a name nor a commit',
        'package.name or package.commit',
      );
      return;
    }
    const location: Location = {};
    if (sourcePath.trim() !== '') location.path = normalizePath(this.context.root, sourcePath);

    const groupsListed = Array.isArray(entry.groups) && entry.groups.length > 0;
    // License scanning (--licenses) writes entries with only licenses or license_violations: not vulnerability
    // data, and shipgate does not gate licenses. Any other entry without vulnerabilities or groups is a package
    // osv-scanner found nothing for (--all-packages lists them), or a report cut or edited: worth a warning.
    if (records.size === 0 && !groupsListed && !('licenses' in entry) && !('license_violations' in entry))
      this.packagesWithoutVulnerabilities.push(
        `${pointer} (${[pkg.name, pkg.version]
          .filter((part): part is string => part !== undefined && part !== '')
          .map((part) => showReportText(part, 80))
          .join(' ')})`,
      );

    const grouped = new Set<string>();
    if (entry.groups !== undefined && entry.groups !== null) {
      this.array(entry, 'groups', pointer).forEach((raw, index) => {
        const at = `${pointer}/groups/${index}`;
        const group = this.object(raw, at, 'a group object with ids');
        if (group === undefined) return;
        const ids = this.strings(group, 'ids', at)
          .map((id) => id.trim())
          .filter((id) => id !== '');
        const groupAliases = this.strings(group, 'aliases', at);
        const maxSeverity = this.string(group, 'max_severity', at);
        if (ids.length === 0) {
          this.problem(`${at}/ids`, 'the group names no vulnerability ids', 'a non-empty array of ids');
          return;
        }
        ids.forEach((id) => grouped.add(id));
        // osv-scanner lists the record of every id it groups: a group naming a record the package does not
        // hold was cut or edited, and its severity cannot be read (it would be unknown, or lower).
        const missing = ids.filter((id) => !records.has(id));
        for (const id of missing) {
          const index = (group.ids as unknown[]).findIndex((value) => typeof value === 'string' && value.trim() === id);
          this.problem(
            `${at}/ids/${index}`,
            `the group names ${showReportText(id)}, but the package's vulnerabilities hold no record with that id`,
            `a record in ${pointer}/vulnerabilities for every id of the group, as osv-scanner writes`,
          );
        }
        if (missing.length > 0) return;
        const members = ids.map((id) => records.get(id) as { record: OsvRecord; pointer: string });
        this.emit(ids, groupAliases, maxSeverity, members, at, pkg, location);
      });
    }
    // Without groups (osv-scanner before 1.3) every record is its own finding; a record no group names
    // still counts rather than disappearing.
    for (const id of order) {
      if (grouped.has(id)) continue;
      const member = records.get(id);
      if (member === undefined) continue;
      if (entry.groups !== undefined && entry.groups !== null)
        this.warnings.push(
          `${this.input.path}: ${member.pointer}: the vulnerability ${showReportText(id)} is in no group; counted as a finding of its own.`,
        );
      this.emit([id], [], undefined, [member], member.pointer, pkg, location);
    }
  }

  record(value: unknown, pointer: string, pkgName: string, pkgEcosystem: string): OsvRecord | undefined {
    const raw = this.object(value, pointer, 'an OSV vulnerability record with id');
    if (raw === undefined) return undefined;
    const id = this.string(raw, 'id', pointer, true)?.trim();
    const aliases = this.strings(raw, 'aliases', pointer);
    const summary = this.string(raw, 'summary', pointer);
    const details = this.string(raw, 'details', pointer);
    const vectors: OsvRecord['vectors'] = [];
    const priorities: OsvRecord['priorities'] = [];
    /** Entries of `severity[]` that rate nothing shipgate reads: warnings, once the record's id is known. */
    const unread: { pointer: string; what: string; expected: string }[] = [];
    const TYPES = 'CVSS_V2, CVSS_V3, CVSS_V4 or Ubuntu';
    const readSeverities = (holder: Json, at: string, scope?: string): void =>
      this.array(holder, 'severity', at).forEach((entry, index) => {
        const here = `${at}/severity/${index}`;
        const severity = this.object(entry, here, 'an object with type and score');
        if (severity === undefined) return;
        const type = this.string(severity, 'type', here);
        const score = this.string(severity, 'score', here);
        const where = scope === undefined ? {} : { scope };
        if (type === undefined) unread.push({ pointer: `${here}/type`, what: 'the key is missing', expected: TYPES });
        else if (!isCvssType(type) && type !== UBUNTU_TYPE)
          unread.push({
            pointer: `${here}/type`,
            what: `${quoteReportText(type, 300)} is not a severity type shipgate reads`,
            expected: TYPES,
          });
        else if (score === undefined)
          unread.push({
            pointer: `${here}/score`,
            what: 'the key is missing',
            expected: type === UBUNTU_TYPE ? 'an Ubuntu priority' : `a ${CVSS_TYPES[type].label} vector`,
          });
        else if (type === UBUNTU_TYPE) priorities.push({ priority: score, pointer: here, ...where });
        else vectors.push({ type, vector: score, pointer: here, ...where });
      });
    readSeverities(raw, pointer);
    // OSV schema: severity may be set per package (`affected[].severity`) instead of on the record ("If any
    // package level severity fields are set, the top level severity must not be set"). Read the entries
    // of the scanned package, or every entry when none names it.
    for (const { affected, index } of affectedEntries(raw, pkgName, pkgEcosystem))
      readSeverities(affected, `${pointer}/affected/${index}`, `affected[${index}]`);
    let databaseSeverity: string | undefined;
    let cwes: string[] = [];
    if (isObject(raw.database_specific)) {
      const specific = raw.database_specific;
      if (typeof specific.severity === 'string' && specific.severity.trim() !== '')
        databaseSeverity = specific.severity;
      if (Array.isArray(specific.cwe_ids)) cwes = specific.cwe_ids.filter((v): v is string => typeof v === 'string');
    }
    if (id === undefined || id === '') {
      if (id === '') this.problem(`${pointer}/id`, 'the id is empty', 'a vulnerability id');
      return undefined;
    }
    for (const { pointer: at, what, expected } of unread)
      this.warnings.push(
        `${this.input.path}: ${at}: ${what} (${showReportText(id)}; expected ${expected}); the severity entry is ignored.`,
      );
    return {
      id,
      aliases,
      ...(summary !== undefined ? { summary } : {}),
      ...(details !== undefined ? { details } : {}),
      ...(databaseSeverity !== undefined ? { databaseSeverity } : {}),
      vectors,
      priorities,
      cwes,
      fixed: fixedVersions(raw, pkgName, pkgEcosystem),
    };
  }

  severity(
    maxSeverity: string | undefined,
    members: readonly { record: OsvRecord; pointer: string }[],
    pointer: string,
  ): { severity: Severity; severitySource: string } | undefined {
    // The group's max_severity is osv-scanner's own reading of the records' scores; it is one candidate,
    // not the answer: a record whose vector or database severity osv-scanner did not score (a CVSS v4.0
    // vector before osv-scanner read them, a severity word alone) must not be lowered by it (DESIGN 3.2:
    // the highest severity). On a tie it names the source, as before.
    let fromMax: { severity: Severity; severitySource: string } | undefined;
    if (maxSeverity !== undefined && maxSeverity.trim() !== '') {
      const text = maxSeverity.trim();
      const severity = /^\d+(\.\d+)?$/.test(text) ? severityFromScore(Number(text)) : undefined;
      if (severity === undefined) {
        this.problem(
          `${pointer}/max_severity`,
          `${quoteReportText(maxSeverity)} is not a CVSS score`,
          'a number from 0 to 10',
        );
        return undefined;
      }
      fromMax = { severity, severitySource: `osv-scanner max_severity ${text}` };
    }
    let best: { severity: Severity; source: string } | undefined;
    for (const { record, pointer: at } of members) {
      if (record.databaseSeverity === undefined) continue;
      const severity = severityFromWord(record.databaseSeverity);
      if (severity === undefined || severity === 'unknown') {
        this.warnings.push(
          `${this.input.path}: ${at}/database_specific/severity: ${quoteReportText(record.databaseSeverity)} is not a severity word; ignored.`,
        );
        continue;
      }
      if (best === undefined || rank(severity) > rank(best.severity))
        best = {
          severity,
          source: `osv-scanner ${record.databaseSeverity.trim()} (database_specific of ${record.id})`,
        };
    }
    // And the highest base score of any CVSS vector of the group's records (v2, v3 or v4.0), banded as
    // DESIGN 3.1 bands every score: a record scored only in v4.0 or v2 is not left unknown. The group
    // keeps the higher of the two (DESIGN 3.2: the highest severity), so one record's LOW word does not
    // hide another record's 9.8 vector.
    let bestScore: { score: number; id: string; type: CvssType; scope?: string } | undefined;
    for (const { record } of members) {
      for (const { type, vector, pointer: at, scope } of record.vectors) {
        const score = CVSS_TYPES[type].score(vector);
        if (score === undefined) {
          this.warnings.push(
            `${this.input.path}: ${at}/score: ${quoteReportText(vector, Infinity)} is not a valid ${CVSS_TYPES[type].label} vector (${showReportText(record.id)}); ignored.`,
          );
          continue;
        }
        if (bestScore === undefined || score > bestScore.score)
          bestScore = { score, id: record.id, type, ...(scope === undefined ? {} : { scope }) };
      }
    }
    // And the highest Ubuntu priority of the group's records (OSV `severity[]` type `Ubuntu`): a record
    // rated only by Ubuntu (critical) is not left unknown.
    let bestPriority: { severity: Severity; source: string } | undefined;
    for (const { record } of members) {
      for (const { priority, pointer: at, scope } of record.priorities) {
        const word = priority.trim().toLowerCase();
        const severity = UBUNTU_PRIORITIES.has(word) ? severityFromWord(word) : undefined;
        if (severity === undefined) {
          this.warnings.push(
            `${this.input.path}: ${at}/score: ${quoteReportText(priority, 300)} is not an Ubuntu priority that rates a severity (${showReportText(record.id)}; expected negligible, low, medium, high or critical); ignored.`,
          );
          continue;
        }
        if (bestPriority === undefined || rank(severity) > rank(bestPriority.severity))
          bestPriority = {
            severity,
            source: `osv-scanner Ubuntu priority ${word} (${scope === undefined ? '' : `${scope}.`}severity of ${record.id})`,
          };
      }
    }
    // Highest first; on a tie the earlier candidate names the source: max_severity, the word, the vector,
    // the Ubuntu priority.
    const candidates: { severity: Severity; severitySource: string }[] = [];
    if (fromMax !== undefined) candidates.push(fromMax);
    if (best !== undefined) candidates.push({ severity: best.severity, severitySource: best.source });
    if (bestScore !== undefined)
      candidates.push({
        severity: severityFromScore(bestScore.score) ?? 'unknown',
        severitySource: `osv-scanner ${bestScore.type} ${bestScore.score.toFixed(1)} (computed from the ${bestScore.scope === undefined ? '' : `${bestScore.scope}.severity `}vector of ${bestScore.id})`,
      });
    if (bestPriority !== undefined)
      candidates.push({ severity: bestPriority.severity, severitySource: bestPriority.source });
    let highest: { severity: Severity; severitySource: string } | undefined;
    for (const candidate of candidates)
      if (highest === undefined || rank(candidate.severity) > rank(highest.severity)) highest = candidate;
    return highest ?? { severity: 'unknown', severitySource: 'no severity in osv-scanner' };
  }

  emit(
    ids: readonly string[],
    groupAliases: readonly string[],
    maxSeverity: string | undefined,
    members: readonly { record: OsvRecord; pointer: string }[],
    pointer: string,
    pkg: PackageRef,
    location: Location,
  ): void {
    const severity = this.severity(maxSeverity, members, pointer);
    const ruleId = ids[0];
    if (severity === undefined || ruleId === undefined) return;
    // A group whose ids and aliases name several CVEs joins none of them (see joinableAliases).
    const aliases = normalizeAliases([
      ruleId,
      ...joinableAliases(ruleId, [...ids.slice(1), ...groupAliases, ...members.flatMap((m) => m.record.aliases)]),
    ]);
    const fixed = [...new Set(members.flatMap((m) => m.record.fixed))];
    const findingPkg: PackageRef = fixed.length > 0 ? { ...pkg, fixedVersions: fixed } : { ...pkg };
    const text =
      members.map((m) => m.record.summary).find((s) => s !== undefined && s.trim() !== '') ??
      members.map((m) => m.record.details).find((s) => s !== undefined && s.trim() !== '') ??
      '';
    this.findings.push({
      identityKey: dependencyIdentity(ruleId, aliases, findingPkg),
      run: 0,
      scanType: this.scanType,
      ruleId,
      title: capTitle(text) || `${ruleId} in ${pkg.name}`,
      ...severity,
      aliases,
      cwe: normalizeCwes(members.flatMap((m) => m.record.cwes)),
      location: { ...location },
      package: findingPkg,
      sources: [{ input: this.input.path, format: FORMAT, tool: TOOL, pointer }],
    });
  }
}

/** Whether an `affected[]` entry names this package: its name, and its ecosystem up to any ':' suffix. */
function namesPackage(affected: Json, pkgName: string, pkgEcosystem: string): boolean {
  if (!isObject(affected.package) || affected.package.name !== pkgName) return false;
  const ecosystem = typeof affected.package.ecosystem === 'string' ? affected.package.ecosystem : '';
  return ecosystem.split(':')[0]?.toLowerCase() === pkgEcosystem.split(':')[0]?.toLowerCase();
}

/** The record's `affected[]` entries for this package, with their indices; every entry when none names it. */
function affectedEntries(record: Json, pkgName: string, pkgEcosystem: string): { affected: Json; index: number }[] {
  if (!Array.isArray(record.affected)) return [];
  const all = record.affected.flatMap((affected: unknown, index) => (isObject(affected) ? [{ affected, index }] : []));
  const named = all.filter(({ affected }) => namesPackage(affected, pkgName, pkgEcosystem));
  return named.length > 0 ? named : all;
}

/** `fixed` events of the record's ranges for this package; commit ranges (GIT) are not versions. */
function fixedVersions(record: Json, pkgName: string, pkgEcosystem: string): string[] {
  const out: string[] = [];
  if (!Array.isArray(record.affected)) return out;
  for (const affected of record.affected) {
    if (!isObject(affected) || !Array.isArray(affected.ranges)) continue;
    if (!namesPackage(affected, pkgName, pkgEcosystem)) continue;
    for (const range of affected.ranges) {
      if (!isObject(range) || range.type === 'GIT' || !Array.isArray(range.events)) continue;
      for (const event of range.events)
        if (isObject(event) && typeof event.fixed === 'string' && !out.includes(event.fixed)) out.push(event.fixed);
    }
  }
  return out;
}

async function parse(input: InputFile, context: IngestContext): Promise<IngestResult> {
  const document =
    context.document !== undefined ? context.document : parseJsonText(decodeUtf8(input), input, EXPECTED);
  if (!isObject(document) || isSarifLog(document) || !('results' in document)) {
    const what = isObject(document)
      ? isSarifLog(document)
        ? 'a SARIF log'
        : "an object without 'results'"
      : describeValue(document);
    throw new InputError(`${input.path}: (root): got ${what} (expected ${EXPECTED}).`);
  }
  // Semgrep, Bandit and tfsec reports also hold 'results' (a clean one is `{"results": [], "errors": []}`):
  // read as OSV-Scanner they would be clean dependency scans. A key OSV-Scanner does not write says they are not.
  const foreign = Object.keys(document).filter((key) => !OSV_TOP_LEVEL_KEYS.has(key));
  if (foreign.length > 0) {
    const named = foreign.slice(0, 10).map((key) => quoteReportText(key));
    if (foreign.length > 10) named.push(`${foreign.length - 10} more`);
    throw new InputError(
      `${input.path}: (root): the top-level key${foreign.length === 1 ? ' ' : 's '}${named.join(', ')} ${foreign.length === 1 ? 'is' : 'are'} not written by OSV-Scanner (expected only ${[...OSV_TOP_LEVEL_KEYS].join(', ')}; Semgrep, Bandit and tfsec reports also have 'results': declare the input's own format).`,
    );
  }
  const scanType: ScanType = context.scanType ?? 'dependency';
  const reader = new OsvReader(input, context, scanType);
  if (!Array.isArray(document.results))
    reader.problem('/results', `got ${describeValue(document.results)}`, 'an array');
  else document.results.forEach((result, index) => reader.result(result, `/results/${index}`));
  reader.throwIfProblems();
  const empty = reader.packagesWithoutVulnerabilities;
  if (empty.length > 0)
    reader.warnings.push(
      `${input.path}: ${empty.length} package entr${empty.length === 1 ? 'y lists' : 'ies list'} neither vulnerabilities nor groups, so ${empty.length === 1 ? 'it adds' : 'they add'} no finding: ${empty.slice(0, 5).join(', ')}${empty.length > 5 ? ` and ${empty.length - 5} more` : ''} (osv-scanner --all-packages lists packages without known vulnerabilities; otherwise check that the report was not cut or edited).`,
    );
  const generic = document.experimental_generic_findings;
  if (Array.isArray(generic) && generic.length > 0)
    reader.warnings.push(
      `${input.path}: /experimental_generic_findings: ${generic.length} finding${generic.length === 1 ? '' : 's'} of OSV-Scanner's experimental detectors ${generic.length === 1 ? 'is' : 'are'} not read; shipgate reads the vulnerabilities of results[].packages[] only.`,
    );
  const run: ToolRun = { tool: TOOL, scanType, completed: true, problems: [], resultCount: reader.records };
  return { findings: reader.findings, runs: [run], warnings: reader.warnings };
}

export const osvScanner: Ingestor = {
  id: FORMAT,
  title: 'OSV-Scanner JSON',
  detection: "a JSON object whose 'results' entries have a 'source' with a path and 'packages'",
  scanTypes: ['dependency'],
  detect,
  parse,
};
