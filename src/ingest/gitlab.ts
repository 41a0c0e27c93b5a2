/**
 * GitLab security report JSON (`gl-sast-report.json`, `gl-dependency-scanning-report.json`,
 * `gl-secret-detection-report.json`, `gl-container-scanning-report.json`).
 * Schemas: https://gitlab.com/gitlab-org/security-products/security-report-schemas
 * Integration guide: https://docs.gitlab.com/development/integrations/secure/
 *
 * `id` and `cve` are report-local keys, not vulnerability ids: the first entry of `identifiers` is the
 * primary id, and CVE, GHSA and CWE entries may follow. Schemas before 15.0.0 leave the `scan` object
 * optional, and such reports may mix several analyzers (each vulnerability names its scanner); without it a
 * report shows no completed scan. Schema 15.0.0 and later require it.
 */
import {
  isObject,
  kindOf,
  found,
  trimmedString as str,
  describeFound,
  capFirstLine as cap,
  MAX_PROBLEMS,
  quoteReportText,
  reportLine,
  showReportText,
  type Json,
} from './report-reader.js';
import { InputError } from '../errors.js';
import type { Location, PackageRef, RawFinding, ScanType, Severity, ToolRun } from '../model.js';
import {
  codeIdentity,
  dependencyIdentity,
  isCve,
  isGhsa,
  joinableAliases,
  normalizeAliases,
  normalizeCwes,
  primaryVulnerabilityId,
  secretIdentity,
  shortHash,
} from './identity.js';
import { parseJsonText } from './json.js';
import { normalizePath } from './paths.js';
import { decodeUtf8 } from './read.js';
import { severityFromWord } from './severity.js';
import type { DetectSample, Detection, IngestContext, IngestResult, Ingestor, InputFile } from './types.js';
import { lookupTable } from '../lookup.js';
import { PASSWORD_TITLE, quotesPassword } from './bandit.js';

const FORMAT = 'gitlab';
const UNNAMED_TOOL = 'GitLab security report';
const EXPECTED = "a GitLab security report: an object with 'version' and a 'vulnerabilities' array";
const REPORT_TYPES = lookupTable<ScanType>({
  sast: 'sast',
  secret_detection: 'secret',
  dependency_scanning: 'dependency',
  container_scanning: 'container',
});
/** The levels of `scan.messages[]` the report schema allows (read in any case, as `FATAL` has been). */
const MESSAGE_LEVELS = new Set(['info', 'warn', 'fatal']);
// "Undefined" is the pre-14 schemas' word for what later schemas call "Unknown".
const SEVERITY_WORDS = ['critical', 'high', 'medium', 'low', 'info', 'unknown', 'undefined'];

function detect(sample: DetectSample): Detection {
  const doc = sample.document;
  if (doc !== undefined) {
    if (!isObject(doc) || typeof doc.version !== 'string' || !Array.isArray(doc.vulnerabilities)) return 'no';
    if (isObject(doc.scan) && typeof doc.scan.type === 'string') return 'certain';
    const first: unknown = doc.vulnerabilities[0];
    if (isObject(first)) return Array.isArray(first.identifiers) && isObject(first.location) ? 'certain' : 'no';
    return Array.isArray(doc.remediations) ? 'certain' : 'possible';
  }
  const head = sample.head.slice(0, 8192);
  return /^\s*\{/.test(head) && /"vulnerabilities"\s*:\s*\[/.test(head) && /"identifiers"\s*:\s*\[/.test(head)
    ? 'certain'
    : 'no';
}

/** The report type of one vulnerability: the scan's type, else its category, else the shape of its location. */
function reportTypeOf(vulnerability: Json, scanType: string | undefined): string {
  if (scanType !== undefined) return scanType;
  const category = str(vulnerability.category);
  if (category !== undefined) return category;
  const location = isObject(vulnerability.location) ? vulnerability.location : {};
  const dependency = isObject(location.dependency) ? location.dependency : {};
  const pkg = isObject(dependency.package) ? dependency.package : {};
  if (str(pkg.name) === undefined) return 'sast';
  return str(location.image) !== undefined ? 'container_scanning' : 'dependency_scanning';
}

interface Identifier {
  type: string;
  name?: string;
  value: string;
}

function readIdentifiers(value: unknown, pointer: string, file: string): Identifier[] {
  if (!Array.isArray(value) || value.length === 0)
    throw new InputError(
      `${file}: ${pointer}/identifiers: ${Array.isArray(value) ? 'found an empty array' : found(value)} (expected at least one identifier; the first is the primary id).`,
    );
  return value.map((entry, i) => {
    const value = isObject(entry) ? str(entry.value) : undefined;
    if (!isObject(entry) || value === undefined)
      throw new InputError(
        `${file}: ${pointer}/identifiers/${i}: ${found(entry)}${isObject(entry) ? ' without a value' : ''} (expected an identifier with type, name and value).`,
      );
    const name = str(entry.name);
    return { type: (str(entry.type) ?? '').toLowerCase(), ...(name ? { name } : {}), value };
  });
}

interface ReportContext {
  input: InputFile;
  context: IngestContext;
  scanReportType: string | undefined;
  ecosystems: Map<string, string>;
}

/** The analyzer a report's `scan.scanner` names: the scanner of the vulnerabilities that name none. */
interface ScanTool {
  id?: string;
  name?: string;
  version?: string;
}

/**
 * Whether a vulnerability is an issue of Bandit's hardcoded-password tests (B105, B106, B107) found by
 * GitLab's Bandit analyzer: its scanner (its own, else the scan's) is Bandit, and an identifier of type
 * `bandit_test_id` names one of those tests. The analyzer copies Bandit's issue text, and with it the
 * password (`Possible hardcoded password: 'hunter2'`), into the vulnerability's message (and name).
 */
function quotesBanditPassword(vulnerability: Json, identifiers: readonly Identifier[], scanTool: ScanTool): boolean {
  const own = isObject(vulnerability.scanner) ? vulnerability.scanner : {};
  const scanner = str(own.id) ?? str(own.name) ?? scanTool.id ?? scanTool.name;
  return (
    scanner?.toLowerCase() === 'bandit' &&
    identifiers.some((i) => i.type === 'bandit_test_id' && quotesPassword(i.value))
  );
}

interface ReadVulnerability {
  finding: RawFinding;
  tool: string;
  toolVersion: string | undefined;
}

/**
 * A `location.start_line` or `end_line`: the schema's integer. 0, null or no key say no line. Anything else
 * (the string "246", a fraction, -1) is an input error: read as no line, it would drop the line from the
 * identity and merge two findings of one rule in one file on different lines.
 */
function readLine(value: unknown, pointer: string, file: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value >= 1 ? value : undefined;
  throw new InputError(
    `${file}: ${pointer}: found ${describeFound(value)} (expected a line number, a whole number of at least 0).`,
  );
}

function readVulnerability(
  vulnerability: unknown,
  pointer: string,
  rc: ReportContext,
  scanTool: ScanTool,
): ReadVulnerability {
  const file = rc.input.path;
  if (!isObject(vulnerability))
    throw new InputError(`${file}: ${pointer}: the vulnerability is ${kindOf(vulnerability)} (expected an object).`);
  const reportType = reportTypeOf(vulnerability, rc.scanReportType);
  const typeScan = REPORT_TYPES[reportType];
  if (typeScan === undefined)
    throw new InputError(
      `${file}: ${pointer}: the report type ${quoteReportText(reportType)} is not supported (expected sast, secret_detection, dependency_scanning or container_scanning).`,
    );
  const identifiers = readIdentifiers(vulnerability.identifiers, pointer, file);
  const primary = identifiers[0] as Identifier;
  const vulnerabilityIds = identifiers
    .filter((i) => i.type === 'cve' || i.type === 'ghsa' || isCve(i.value) || isGhsa(i.value))
    .map((i) => i.value);
  // Identifiers that name several CVEs join none of them (see joinableAliases); a CVE or GHSA primary
  // identifier stays the finding's own id.
  const aliases = normalizeAliases([
    ...(vulnerabilityIds.includes(primary.value) ? [primary.value] : []),
    ...joinableAliases(primary.value, vulnerabilityIds),
  ]);
  // njsscan writes {type: cwe, name: "CWE-798", value: <its rule name>}: read both.
  const cwe = normalizeCwes(identifiers.filter((i) => i.type === 'cwe').flatMap((i) => [i.name, i.value]));

  let severity: Severity = 'unknown';
  let severitySource = 'no severity in gitlab report';
  if (vulnerability.severity !== undefined && vulnerability.severity !== null) {
    const word = typeof vulnerability.severity === 'string' ? vulnerability.severity.trim() : undefined;
    const lower = word?.toLowerCase();
    const mapped =
      lower === 'undefined' ? 'unknown' : lower && SEVERITY_WORDS.includes(lower) ? severityFromWord(lower) : undefined;
    if (word === undefined || mapped === undefined)
      throw new InputError(
        `${file}: ${pointer}/severity: ${word === undefined ? found(vulnerability.severity) : `${quoteReportText(word)} is not a GitLab severity`} (expected Critical, High, Medium, Low, Info or Unknown).`,
      );
    severity = mapped;
    severitySource = `gitlab ${word}`;
  }

  if (!isObject(vulnerability.location))
    throw new InputError(
      `${file}: ${pointer}/location: ${found(vulnerability.location)} (expected the location object).`,
    );
  const loc = vulnerability.location;
  const location: Location = {};
  const scanType = rc.context.scanType ?? typeScan;
  let ruleId = primary.value;
  let pkg: PackageRef | undefined;
  let identityKey: string;
  const scanner = isObject(vulnerability.scanner) ? vulnerability.scanner : {};
  const tool = str(scanner.name) ?? str(scanner.id) ?? scanTool.name ?? UNNAMED_TOOL;
  const toolVersion = str(scanner.version) ?? (tool === scanTool.name ? scanTool.version : undefined);

  if (typeScan === 'dependency' || typeScan === 'container') {
    const dependency = isObject(loc.dependency) ? loc.dependency : {};
    const rawName = isObject(dependency.package) ? dependency.package.name : undefined;
    const name = str(rawName);
    if (name === undefined)
      throw new InputError(
        `${file}: ${pointer}/location/dependency/package/name: the ${reportType} finding names no package: found ${describeFound(rawName)} (expected the name of the vulnerable package, a string).`,
      );
    const rawPath = typeScan === 'container' ? str(loc.image) : str(loc.file);
    if (rawPath !== undefined)
      location.path = typeScan === 'container' ? rawPath : normalizePath(rc.context.root, rawPath);
    // A version that is there but is not a string (1, 2.0) is refused: dropped, it would merge the findings
    // of two versions of the package into one. null or no key say no version.
    if (dependency.version !== undefined && dependency.version !== null && typeof dependency.version !== 'string')
      throw new InputError(
        `${file}: ${pointer}/location/dependency/version: found ${describeFound(dependency.version)} (expected the version of the package, a string).`,
      );
    const version = str(dependency.version);
    const ecosystem = typeScan === 'dependency' && rawPath !== undefined ? rc.ecosystems.get(rawPath) : undefined;
    pkg = { name, ...(version ? { version } : {}), ...(ecosystem ? { ecosystem } : {}) };
    ruleId = primaryVulnerabilityId(primary.value, aliases);
    identityKey = dependencyIdentity(primary.value, aliases, pkg);
  } else {
    const rawPath = str(loc.file);
    if (rawPath !== undefined) location.path = normalizePath(rc.context.root, rawPath);
    const startLine = readLine(loc.start_line, `${pointer}/location/start_line`, file);
    const endLine = readLine(loc.end_line, `${pointer}/location/end_line`, file);
    if (startLine !== undefined) location.startLine = startLine;
    if (startLine !== undefined && endLine !== undefined && endLine >= startLine) location.endLine = endLine;
    // A result without a line has only its text to tell it from another of its rule in the file
    // (start_line is optional in every schema version), as a SARIF result without one.
    const text = [str(vulnerability.name), str(vulnerability.message), str(vulnerability.description)]
      .filter((part) => part !== undefined)
      .join('\n');
    identityKey =
      typeScan === 'secret'
        ? secretIdentity(location, primary.value)
        : codeIdentity(
            tool,
            primary.value,
            location,
            startLine === undefined && text !== '' ? `message:${shortHash(text)}` : undefined,
          );
  }

  const title = str(vulnerability.name) ?? str(vulnerability.message) ?? primary.name ?? ruleId;
  const finding: RawFinding = {
    identityKey,
    run: 0,
    scanType,
    ruleId,
    // A secret value is never copied into a finding (DESIGN): the title is Bandit's wording with the password masked.
    title: quotesBanditPassword(vulnerability, identifiers, scanTool) ? PASSWORD_TITLE : cap(title) || ruleId,
    severity,
    severitySource,
    aliases,
    cwe,
    location,
    sources: [{ input: file, format: FORMAT, tool, ...(toolVersion ? { toolVersion } : {}), pointer }],
  };
  if (pkg) finding.package = pkg;
  return { finding, tool, toolVersion };
}

/** Maps each dependency file to its package manager, the closest thing to an ecosystem the report gives. */
function readEcosystems(value: unknown): Map<string, string> {
  const map = new Map<string, string>();
  if (!Array.isArray(value)) return map;
  for (const entry of value)
    if (isObject(entry) && str(entry.path) && str(entry.package_manager))
      map.set(str(entry.path) as string, str(entry.package_manager) as string);
  return map;
}

async function parse(input: InputFile, context: IngestContext): Promise<IngestResult> {
  const file = input.path;
  const document =
    context.document !== undefined ? context.document : parseJsonText(decodeUtf8(input), input, EXPECTED);
  if (!isObject(document))
    throw new InputError(
      `${file}: the document is ${kindOf(document)}, not a GitLab security report (expected ${EXPECTED}).`,
    );
  if (typeof document.version !== 'string')
    throw new InputError(
      `${file}: /version: ${found(document.version)} (expected the report schema version, e.g. "15.0.0").`,
    );
  if (!Array.isArray(document.vulnerabilities))
    throw new InputError(
      `${file}: /vulnerabilities: ${found(document.vulnerabilities)} (expected an array of vulnerabilities).`,
    );
  const warnings: string[] = [];
  if (document.scan !== undefined && !isObject(document.scan))
    throw new InputError(
      `${file}: /scan: ${found(document.scan)} (expected the scan object with its type and status).`,
    );
  const scan = isObject(document.scan) ? document.scan : undefined;
  const schemaMajor = /^(\d+)\./.exec(document.version)?.[1];
  const shownVersion = quoteReportText(document.version);
  // Schema 15.0.0 requires `scan` (14.x and earlier leave it optional): a report that claims 15 or later
  // and has none is not what an analyzer writes (cut, edited, or another tool's output).
  if (scan === undefined && schemaMajor !== undefined && Number(schemaMajor) >= 15)
    throw new InputError(
      `${file}: /scan: the key is missing (expected the scan object with type and status 'success', which report schema ${shownVersion} requires; without it the report does not show a completed scan or its type).`,
    );
  const scanner = scan && isObject(scan.scanner) ? scan.scanner : {};
  const scanTool: ScanTool = { id: str(scanner.id), name: str(scanner.name), version: str(scanner.version) };
  const scanReportType = scan ? str(scan.type) : undefined;
  if (scan && scanReportType === undefined)
    throw new InputError(
      `${file}: /scan/type: ${typeof scan.type === 'string' ? 'found an empty string' : found(scan.type)} (expected sast, secret_detection, dependency_scanning or container_scanning, which the report schema requires in every scan object).`,
    );
  if (scanReportType !== undefined && REPORT_TYPES[scanReportType] === undefined)
    throw new InputError(
      `${file}: /scan/type: the report type ${quoteReportText(scanReportType)} is not supported (expected sast, secret_detection, dependency_scanning or container_scanning).`,
    );
  // The report schema allows only `success` and `failure`, and requires a status in every `scan`: a report
  // that does not say `success` exactly does not show a completed scan, whatever else it lists.
  if (scan && scan.status === 'failure')
    throw new InputError(
      `${file}: /scan/status: the report says the ${scanTool.name !== undefined ? showReportText(scanTool.name) : 'GitLab'} scan failed (expected status 'success'; a failed scan is not a clean one).`,
    );
  if (scan && scan.status !== 'success')
    throw new InputError(
      `${file}: /scan/status: ${typeof scan.status === 'string' ? `${quoteReportText(scan.status)} is not a GitLab scan status` : found(scan.status)} (expected 'success' or 'failure', which the report schema requires; a scan that does not say 'success' is not a completed scan).`,
    );
  // The schema's levels: `fatal` "to communicate an issue that causes the scan to halt", `warn` for an issue
  // that does not, `info` for anything else. An analyzer may write `fatal` and still say `success`: the
  // halted scan is not complete whatever the status says. `warn` is a warning; `info` is not shown. The
  // schema requires a level in every message and allows no other: a message that is not one, or whose level
  // is missing or another word (`error`), is an input error, since it could be the issue that halted the scan.
  const fatal: string[] = [];
  let fatalLeftOut = 0;
  if (scan && scan.messages !== undefined && !Array.isArray(scan.messages))
    throw new InputError(
      `${file}: /scan/messages: ${found(scan.messages)} (expected an array of messages, each with a level and a value).`,
    );
  if (scan && Array.isArray(scan.messages))
    scan.messages.forEach((message, i) => {
      if (!isObject(message))
        throw new InputError(
          `${file}: /scan/messages/${i}: ${found(message)} (expected a message object with a level and a value).`,
        );
      const level = typeof message.level === 'string' ? message.level.trim().toLowerCase() : undefined;
      if (level === undefined || !MESSAGE_LEVELS.has(level))
        throw new InputError(
          `${file}: /scan/messages/${i}/level: ${typeof message.level === 'string' ? `${quoteReportText(message.level)} is not a GitLab message level` : found(message.level)} (expected info, warn or fatal, the levels the report schema allows).`,
        );
      const value = str(message.value);
      if (level === 'fatal' && fatal.length >= MAX_PROBLEMS) fatalLeftOut += 1;
      else if (level === 'fatal')
        fatal.push(
          `/scan/messages/${i}: the ${scanTool.name !== undefined ? showReportText(scanTool.name) : 'GitLab'} analyzer reported a fatal error${value !== undefined ? `: ${reportLine(value)}` : ' (with no text)'}; the schema's level fatal is an issue that halts the scan, so the scan is not complete though /scan/status says success (fix the cause the message names and run the analyzer again).`,
        );
      else if (level === 'warn' && value !== undefined)
        warnings.push(`${file}: /scan/messages/${i}: the analyzer reported (warn): ${reportLine(value)}.`);
    });

  const rc: ReportContext = { input, context, scanReportType, ecosystems: readEcosystems(document.dependency_files) };
  const findings: RawFinding[] = [];
  const runs: ToolRun[] = [];
  const runIndex = new Map<string, number>();
  const addRun = (tool: string, toolVersion: string | undefined, scanType: ScanType): number => {
    const known = runIndex.get(tool);
    if (known !== undefined) return known;
    runIndex.set(tool, runs.length);
    runs.push({
      tool,
      ...(toolVersion ? { toolVersion } : {}),
      scanType,
      completed: true,
      problems: [],
      resultCount: 0,
    });
    return runs.length - 1;
  };
  // With a scan object the report is one analyzer's run; without one, each named scanner is a run of its own.
  const reportScanType = scanReportType !== undefined ? REPORT_TYPES[scanReportType] : undefined;
  if (scan) {
    const run =
      runs[addRun(scanTool.name ?? UNNAMED_TOOL, scanTool.version, context.scanType ?? reportScanType ?? 'sast')];
    if (run !== undefined && fatal.length > 0) {
      run.completed = false;
      run.problems.push(...fatal);
      if (fatalLeftOut > 0) run.problems.push(`... and ${fatalLeftOut} more fatal message(s) in /scan/messages.`);
    }
  }
  document.vulnerabilities.forEach((vulnerability, i) => {
    const read = readVulnerability(vulnerability, `/vulnerabilities/${i}`, rc, scanTool);
    const run = scan ? 0 : addRun(read.tool, read.toolVersion, read.finding.scanType);
    read.finding.run = run;
    (runs[run] as ToolRun).resultCount += 1;
    findings.push(read.finding);
  });
  if (runs.length === 0) addRun(UNNAMED_TOOL, undefined, context.scanType ?? 'sast');
  // Without a scan object (schemas before 15) the report says neither that a scan succeeded nor which type it
  // was: its findings count, but it covers no scan type (see README, "Supported formats").
  if (!scan)
    for (const run of runs) {
      run.completed = false;
      run.problems.push(
        `the report (schema ${shownVersion}) has no 'scan' object, so it does not show a completed scan or its type; its findings count, but it covers no scan type (use a report whose analyzer writes 'scan' with its type and status)`,
      );
    }
  return { findings, runs, warnings };
}

export const gitlab: Ingestor = {
  id: FORMAT,
  title: 'GitLab security report (SAST, secret detection, dependency and container scanning)',
  detection:
    "an object with a 'version' string and a 'vulnerabilities' array whose entries have 'identifiers' and 'location' (or a 'scan' object with a type)",
  scanTypes: ['sast', 'secret', 'dependency', 'container'],
  detect,
  parse,
};
