/**
 * Grype JSON report (`grype <target> -o json`).
 * Output docs: https://github.com/anchore/grype#supported-output-formats
 * Document model: https://github.com/anchore/grype/blob/main/grype/presenter/models/document.go
 * (`matches[]` of `{vulnerability, relatedVulnerabilities, matchDetails, artifact}`, plus `source`,
 * `distro` and `descriptor`).
 *
 * Identity (DESIGN 3.2): `dep|<CVE among vulnerability.id and relatedVulnerabilities[].id, else GHSA, else
 * vulnerability.id>|<artifact.type>:<artifact.name>|<artifact.version>`; related ids count only when the
 * match names at most one CVE (see relatedAliases), and a Java artifact's name is its Maven
 * `group:artifact` taken from the purl (see normalizePackageName).
 *
 * `ignoredMatches[]` (matches an ignore rule of `.grype.yaml`, a VEX document or a default rule set aside,
 * each with its `appliedIgnoreRules`) are read as findings too, with the same identity, marked as suppressed:
 * the policy (`exceptions.inFileSuppressions`), not the scanner's configuration, decides whether they count.
 * Ignore rules: https://github.com/anchore/grype#specifying-matches-to-ignore
 */
import {
  ReportReader,
  describeValue,
  capTitle,
  isObject,
  isSarifLog,
  quoteReportText,
  showReportText,
  trimmedString,
  type Json,
} from './report-reader.js';
import { parseWholeDocument, streamWholeDocument } from './stream-document.js';
import { InputError } from '../errors.js';
import type { Location, PackageRef, RawFinding, ScanType, Severity, Suppression, ToolRun } from '../model.js';
import { dependencyIdentity, isCve, isGhsa, joinableAliases, normalizeAliases } from './identity.js';
import { parseJsonText } from './json.js';
import { normalizePath } from './paths.js';
import { decodeUtf8 } from './read.js';
import { severityFromWord } from './severity.js';
import type { DetectSample, Detection, IngestContext, IngestResult, Ingestor, InputFile } from './types.js';

const FORMAT = 'grype';
const TOOL = 'grype';
const EXPECTED = "a Grype JSON report (an object with 'matches')";
const SEVERITY_WORDS = ['critical', 'high', 'medium', 'low', 'negligible', 'unknown'];

function detect(sample: DetectSample): Detection {
  const doc = sample.document;
  if (doc === undefined) {
    // A report too large to parse whole: judge by its first bytes. Grype writes either the matches or
    // (newer versions, pretty-printed) the descriptor naming grype first.
    const head = sample.head;
    if (!/^\s*\{/.test(head) || /"runs"\s*:\s*\[/.test(head.slice(0, 4096))) return 'no';
    if (/"descriptor"\s*:\s*\{[^{}]*?("db"\s*:\s*\{[^{}]*\}[^{}]*?)?"name"\s*:\s*"grype"/.test(head)) return 'certain';
    if (/^\s*\{\s*"matches"\s*:\s*\[/.test(head) && /"vulnerability"\s*:/.test(head) && /"artifact"\s*:/.test(head))
      return 'certain';
    return /^\s*\{\s*"matches"\s*:/.test(head) ? 'possible' : 'no';
  }
  if (!isObject(doc) || isSarifLog(doc) || !Array.isArray(doc.matches)) return 'no';
  const descriptor = isObject(doc.descriptor) ? doc.descriptor : undefined;
  if (typeof descriptor?.name === 'string' && /grype/i.test(descriptor.name)) return 'certain';
  if (isObject(doc.source) && typeof doc.source.type === 'string') return 'certain';
  return 'possible';
}

/**
 * Keys of a Grype ignore rule that select matches by what they are, not which: a rule of these alone is
 * a filter (`--only-fixed` adds `{fix-state: not-fixed}`, `{fix-state: wont-fix}`, `{fix-state: unknown}`),
 * not a decision about a vulnerability or a package.
 */
const FILTER_KEYS = new Set(['fix-state', 'match-type', 'namespace', 'include-aliases']);

/** Whether an ignore rule's value names something: a word, or an object (a `package`) that holds one. */
function selects(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (isObject(value)) return Object.values(value).some(selects);
  return false;
}

/** Walks one Grype document, gathering findings and every structural problem. */
class GrypeReader extends ReportReader {
  readonly findings: RawFinding[] = [];

  constructor(
    private readonly input: InputFile,
    private readonly context: IngestContext,
    private readonly tool: string,
    private readonly toolVersion: string | undefined,
    private readonly scanType: ScanType,
  ) {
    super(input.path, 'Grype JSON report');
  }

  /** A Grype severity word; `undefined` with a problem recorded when it is not one. */
  severityWord(word: string, pointer: string): Severity | undefined {
    const lower = word.trim().toLowerCase();
    if (SEVERITY_WORDS.includes(lower)) return severityFromWord(lower);
    this.problem(
      pointer,
      `${quoteReportText(word)} is not a Grype severity`,
      'Critical, High, Medium, Low, Negligible or Unknown',
    );
    return undefined;
  }

  /** Ignored matches that only a filter set aside (see `ignoreRules`). */
  filtered = 0;

  /**
   * The suppression of an ignored match: what its applied ignore rules say. A rule's `reason` is the
   * justification; a VEX rule without one gives its status and justification. A match that only rules
   * of a filter set aside (`--only-fixed` and `--only-notfixed` add rules that name nothing but a
   * `fix-state`), or that lists no rule, was chosen by no one: it gets no suppression and counts as a
   * match, whatever the policy.
   */
  ignoreRules(match: Json, pointer: string): Suppression | undefined {
    const reasons: string[] = [];
    let decided = false;
    this.array(match, 'appliedIgnoreRules', pointer).forEach((entry, index) => {
      const at = `${pointer}/appliedIgnoreRules/${index}`;
      const rule = this.object(entry, at, 'an ignore rule object');
      if (rule === undefined) return;
      if (Object.keys(rule).some((key) => !FILTER_KEYS.has(key) && selects(rule[key]))) decided = true;
      const reason = trimmedString(rule.reason);
      const vexStatus = trimmedString(rule['vex-status']);
      const vexJustification = trimmedString(rule['vex-justification']);
      const text =
        reason ??
        (vexStatus !== undefined ? `VEX ${vexStatus}${vexJustification ? `: ${vexJustification}` : ''}` : undefined);
      if (text !== undefined && !reasons.includes(text)) reasons.push(text);
    });
    if (!decided) {
      this.filtered += 1;
      return undefined;
    }
    const suppression: Suppression = { kind: 'external', status: 'accepted' };
    if (reasons.length > 0) suppression.justification = capTitle(reasons.join('; '));
    return suppression;
  }

  /** One match; an ignored one (from `ignoredMatches`) is a finding marked as suppressed. */
  match(value: unknown, pointer: string, ignored = false): void {
    const match = this.object(value, pointer, 'a Grype match object');
    if (match === undefined) return;
    const suppression = ignored ? this.ignoreRules(match, pointer) : undefined;
    const vuln = this.object(match.vulnerability, `${pointer}/vulnerability`, 'a vulnerability object');
    const artifact = this.object(match.artifact, `${pointer}/artifact`, 'an artifact object');
    if (vuln === undefined || artifact === undefined) return;
    const vulnPointer = `${pointer}/vulnerability`;
    const artifactPointer = `${pointer}/artifact`;

    const id = this.string(vuln, 'id', vulnPointer, true)?.trim();
    const description = this.string(vuln, 'description', vulnPointer);

    const related: { id?: string; severity?: string; description?: string; pointer: string }[] = [];
    this.array(match, 'relatedVulnerabilities', pointer).forEach((entry, index) => {
      const at = `${pointer}/relatedVulnerabilities/${index}`;
      const rel = this.object(entry, at, 'a related vulnerability object');
      if (rel === undefined) return;
      const relId = this.string(rel, 'id', at);
      const relSeverity = this.string(rel, 'severity', at);
      const relDescription = this.string(rel, 'description', at);
      related.push({
        ...(relId !== undefined ? { id: relId.trim() } : {}),
        ...(relSeverity !== undefined ? { severity: relSeverity } : {}),
        ...(relDescription !== undefined ? { description: relDescription } : {}),
        pointer: at,
      });
    });

    let severity: Severity | undefined;
    let severitySource: string;
    const word = this.string(vuln, 'severity', vulnPointer)?.trim() ?? '';
    // A word Grype does not write is a problem (severity stays undefined); Negligible is a rating (low).
    const own = word !== '' ? this.severityWord(word, `${vulnPointer}/severity`) : undefined;
    if (word !== '' && own !== 'unknown') {
      severity = own;
      severitySource = `grype ${word}`;
    } else {
      // Some matches carry no vulnerability.severity, or Unknown (an NVD record not yet scored); the related
      // records (often the GHSA) still rate it. Take the highest so nothing is understated.
      const rated = related
        .filter((rel) => rel.severity !== undefined && rel.severity.trim() !== '')
        .map((rel) => ({ rel, severity: this.severityWord(rel.severity ?? '', `${rel.pointer}/severity`) }))
        .filter((entry): entry is { rel: (typeof related)[number]; severity: Severity } => entry.severity !== undefined)
        .sort((a, b) => rank(b.severity) - rank(a.severity));
      const best = rated[0];
      if (best !== undefined && (own === undefined || best.severity !== 'unknown')) {
        severity = best.severity;
        severitySource = `grype ${(best.rel.severity ?? '').trim()} (from related ${best.rel.id ?? 'vulnerability'})`;
      } else {
        severity = 'unknown';
        severitySource = own === 'unknown' ? `grype ${word}` : 'no severity in grype';
      }
    }

    const name = this.string(artifact, 'name', artifactPointer, true);
    const version = this.string(artifact, 'version', artifactPointer);
    const type = this.string(artifact, 'type', artifactPointer);
    const purl = this.string(artifact, 'purl', artifactPointer);
    let path: string | undefined;
    const [firstLocation] = this.array(artifact, 'locations', artifactPointer);
    if (firstLocation !== undefined) {
      const location = this.object(firstLocation, `${artifactPointer}/locations/0`, 'a location object with path');
      if (location !== undefined) path = this.string(location, 'path', `${artifactPointer}/locations/0`);
    }

    const fixedVersions: string[] = [];
    if (vuln.fix !== undefined && vuln.fix !== null) {
      const fix = this.object(vuln.fix, `${vulnPointer}/fix`, 'a fix object');
      if (fix !== undefined)
        this.array(fix, 'versions', `${vulnPointer}/fix`).forEach((v, index) => {
          if (typeof v === 'string') fixedVersions.push(v);
          else this.problem(`${vulnPointer}/fix/versions/${index}`, `got ${describeValue(v)}`, 'a version string');
        });
    }
    // Grype before the `fix` object (0.7.0 here) wrote a single `fixedInVersion`.
    const fixedIn = this.string(vuln, 'fixedInVersion', vulnPointer);
    if (fixedIn !== undefined && fixedIn.trim() !== '' && !fixedVersions.includes(fixedIn.trim()))
      fixedVersions.push(fixedIn.trim());

    if (id === undefined || id === '' || name === undefined || severity === undefined) {
      if (id === '') this.problem(`${vulnPointer}/id`, 'the id is empty', 'a vulnerability id');
      return;
    }

    const aliases = normalizeAliases([id, ...relatedAliases(id, related)]);
    const pkg: PackageRef = { name };
    if (version !== undefined && version !== '') pkg.version = version;
    if (type !== undefined && type !== '') pkg.ecosystem = type;
    if (purl !== undefined && purl !== '') pkg.purl = purl;
    if (fixedVersions.length > 0) pkg.fixedVersions = fixedVersions;
    const location: Location = {};
    if (path !== undefined && path.trim() !== '') location.path = normalizePath(this.context.root, path);
    const text = description ?? related.find((rel) => rel.description !== undefined)?.description ?? '';

    const finding: RawFinding = {
      identityKey: dependencyIdentity(id, aliases, pkg),
      run: 0,
      scanType: this.scanType,
      ruleId: id,
      title: capTitle(text) || `${id} in ${name}${pkg.version !== undefined ? ` ${pkg.version}` : ''}`,
      severity,
      severitySource,
      aliases,
      cwe: [],
      location,
      package: pkg,
      sources: [
        {
          input: this.input.path,
          format: FORMAT,
          tool: this.tool,
          ...(this.toolVersion !== undefined ? { toolVersion: this.toolVersion } : {}),
          pointer,
        },
      ],
      // The fields added later, as slots of this object (see RawFinding).
      id: undefined,
      identity: undefined,
      countedSeverity: undefined,
      excepted: undefined,
    };
    if (suppression !== undefined) finding.suppressions = [suppression];
    this.findings.push(finding);
  }
}

/**
 * The related ids that name the same vulnerability as the match: Grype relates a match to the NVD record
 * of its CVE or to its GHSA, but also a distribution advisory to every CVE it fixes, and some matches to
 * another CVE (see joinableAliases). Only CVE and GHSA ids are ever aliases here.
 */
function relatedAliases(id: string, related: readonly { id?: string }[]): string[] {
  const ids = related.map((rel) => rel.id?.trim() ?? '').filter((rel) => isCve(rel) || isGhsa(rel));
  return joinableAliases(id, ids);
}

function rank(severity: Severity): number {
  return ['unknown', 'info', 'low', 'medium', 'high', 'critical'].indexOf(severity);
}

/** The arrays the streaming path splits. */
const STREAMED: string[][] = [['matches'], ['ignoredMatches']];

/** Reads the report from its document (parsed whole, or put back together by the streaming path). */
async function readDocument(input: InputFile, context: IngestContext): Promise<IngestResult> {
  const document =
    context.document !== undefined ? context.document : parseJsonText(decodeUtf8(input), input, EXPECTED);
  if (!isObject(document) || isSarifLog(document) || !('matches' in document)) {
    const what = isObject(document)
      ? isSarifLog(document)
        ? 'a SARIF log'
        : "an object without 'matches'"
      : describeValue(document);
    throw new InputError(`${input.path}: (root): got ${what} (expected ${EXPECTED}).`);
  }
  const descriptor = isObject(document.descriptor) ? document.descriptor : {};
  const tool = typeof descriptor.name === 'string' && descriptor.name.trim() !== '' ? descriptor.name.trim() : TOOL;
  const toolVersion =
    typeof descriptor.version === 'string' && descriptor.version.trim() !== '' ? descriptor.version.trim() : undefined;
  const sourceType = isObject(document.source) && typeof document.source.type === 'string' ? document.source.type : '';
  const scanType: ScanType = context.scanType ?? (sourceType === 'image' ? 'container' : 'dependency');

  const reader = new GrypeReader(input, context, tool, toolVersion, scanType);
  // Grype always writes the descriptor and the source it scanned: without both there is no sign a scan ran.
  if (!isObject(document.descriptor) && !isObject(document.source))
    reader.problem(
      '/descriptor',
      'the report has neither a descriptor nor a source',
      "Grype's descriptor (name, version) and source",
    );
  if (document.descriptor !== undefined && document.descriptor !== null && !isObject(document.descriptor))
    reader.problem('/descriptor', `got ${describeValue(document.descriptor)}`, 'an object with name and version');
  if (document.source !== undefined && document.source !== null && !isObject(document.source))
    reader.problem('/source', `got ${describeValue(document.source)}`, 'an object with type and target');
  // Grype writes `"matches": null` (0.7.0) or `[]` for a clean scan.
  const matches = reader.array(document, 'matches', '');
  matches.forEach((match, index) => reader.match(match, `/matches/${index}`));
  // Matches set aside by ignore rules: still findings, marked as suppressed (see the top of this file).
  const ignored = reader.array(document, 'ignoredMatches', '');
  ignored.forEach((match, index) => reader.match(match, `/ignoredMatches/${index}`, true));
  // Grype 0.88 and later (database schema v6) write the database status under `db.status`, whose
  // `error` is the error's message (a string), or absent when the database loaded.
  const db = isObject(document.descriptor) ? document.descriptor.db : undefined;
  const dbStatus = isObject(db) && isObject(db.status) ? db.status : undefined;
  const statusError = dbStatus !== undefined ? reader.string(dbStatus, 'error', '/descriptor/db/status') : undefined;
  reader.throwIfProblems();

  const warnings: string[] = [];
  const decided = ignored.length - reader.filtered;
  if (decided > 0)
    warnings.push(
      `${input.path}: ${decided} match${decided === 1 ? ' was' : 'es were'} ignored by Grype ignore rules (ignoredMatches); ${decided === 1 ? 'it is read as a suppressed finding' : 'they are read as suppressed findings'} and counted unless the policy sets exceptions.inFileSuppressions: honor.`,
    );
  if (reader.filtered > 0)
    warnings.push(
      `${input.path}: ${reader.filtered} ignored match${reader.filtered === 1 ? ' was' : 'es were'} set aside by no rule that names a vulnerability, a package or a VEX status (only rules of a fix state, as Grype's --only-fixed and --only-notfixed add, or no rule at all): ${reader.filtered === 1 ? 'it is read as a match' : 'they are read as matches'}, with no suppression, since a filter is not a decision about a vulnerability; run the gate's scan without those options.`,
    );
  // Grype records whether its vulnerability database loaded: an error there means the matches were made
  // against no database, or a broken one (Grype itself refuses to scan then; a report that says so anyway
  // was not written by a scan that worked).
  const problems: string[] = [];
  const dbProblem = (pointer: string, message: string): void => {
    problems.push(
      `${pointer}: Grype's vulnerability database reported an error (${showReportText(message)}), so the matches may be missing; the scan is not complete (update the database with grype db update and scan again).`,
    );
  };
  // Before 0.88 the status is `db` itself, and its `error` a Go error, which older versions write as `{}`.
  const dbError = isObject(db) ? db.error : undefined;
  if (dbError !== undefined && dbError !== null && dbError !== '')
    dbProblem(
      '/descriptor/db/error',
      typeof dbError === 'string'
        ? dbError
        : isObject(dbError) && Object.keys(dbError).length === 0
          ? 'no message'
          : JSON.stringify(dbError),
    );
  if (statusError !== undefined && statusError !== '')
    dbProblem('/descriptor/db/status/error', capTitle(statusError) || 'no message');
  const run: ToolRun = {
    tool,
    ...(toolVersion !== undefined ? { toolVersion } : {}),
    scanType,
    completed: problems.length === 0,
    problems,
    resultCount: matches.length + ignored.length,
  };
  return { findings: reader.findings, runs: [run], warnings };
}

const parse = parseWholeDocument(readDocument, STREAMED, EXPECTED);

export const grype: Ingestor = {
  id: FORMAT,
  title: 'Grype JSON',
  detection: "a JSON object with a 'matches' array and a 'descriptor' naming grype, or a 'source' with a type",
  scanTypes: ['container', 'dependency'],
  detect,
  parse,
  parseStream: streamWholeDocument(readDocument, STREAMED),
};
