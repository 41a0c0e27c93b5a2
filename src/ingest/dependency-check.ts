/**
 * OWASP Dependency-Check JSON report (`dependency-check --format JSON`, `reportSchema` 1.1).
 * Report docs: https://jeremylong.github.io/DependencyCheck/general/reports.html
 * Template and fields: https://github.com/jeremylong/DependencyCheck/blob/main/core/src/main/resources/templates/jsonReport.vsl
 * Package URL: https://github.com/package-url/purl-spec/blob/main/PURL-SPECIFICATION.rst
 *
 * Identity (DESIGN 3.2): `dep|<vulnerabilities[].name>|<purl type>:<purl name>|<purl version>`, from the
 * dependency's first package id; a dependency without one is named by its fileName.
 *
 * `suppressedVulnerabilities[]` (matched by a suppression file, with the rule's `<notes>` in `notes`) are
 * read as findings too, with the same identity, marked as suppressed: the policy
 * (`exceptions.inFileSuppressions`), not the suppression file, decides whether they count.
 * Suppression files: https://jeremylong.github.io/DependencyCheck/general/suppression.html
 */
import {
  ReportReader,
  describeValue,
  capTitle,
  isObject,
  type Json,
  isSarifLog,
  quoteReportText,
  showJsonText,
  showReportText,
} from './report-reader.js';
import { InputError } from '../errors.js';
import type { Location, PackageRef, RawFinding, ScanType, Severity, Suppression, ToolRun } from '../model.js';
import { dependencyIdentity, isCve, isGhsa, normalizeAliases, normalizeCwes } from './identity.js';
import { parseJsonText } from './json.js';
import { normalizePath, safeDecode } from './paths.js';
import { decodeUtf8 } from './read.js';
import { severityFromScore, severityFromWord } from './severity.js';
import type { DetectSample, Detection, IngestContext, IngestResult, Ingestor, InputFile } from './types.js';

const FORMAT = 'dependency-check';
const TOOL = 'dependency-check';
const EXPECTED = "an OWASP Dependency-Check JSON report (an object with 'dependencies' and 'scanInfo')";
/** An advisory id such as CVE-2021-1234, GHSA-..., PYSEC-2023-1 or sonatype-2019-0115; RETIREJS names can be prose. */
const ADVISORY_ID = /^[A-Za-z][A-Za-z0-9]*-[A-Za-z0-9][A-Za-z0-9._:-]*$/;

/** A whole-string decimal number (no exponent, no sign but a leading minus): a score written as text. */
const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * A CVSS score banded (severityFromScore), or undefined when it is not a number from 0 to 10. CVSS v2 scores
 * come as single-precision floats (5.900000095367432), and OSS Index scores are floats written as doubles:
 * one decimal is the score. Only that noise is rounded away: 8.95 is banded as it is (high), as a SARIF
 * security-severity is, not rounded up into another band.
 */
function readScore(number: number): { score: number; severity: Severity; text: string } | undefined {
  const tenths = number * 10;
  const noise = Math.abs(tenths - Math.round(tenths)) < 1e-4;
  const score = noise ? Math.round(tenths) / 10 : number;
  const severity = Number.isFinite(score) ? severityFromScore(score) : undefined;
  return severity === undefined ? undefined : { score, severity, text: noise ? score.toFixed(1) : String(score) };
}

/** The parts of a package URL (`pkg:type/namespace/name@version?qualifiers#subpath`) a finding needs. */
export function parsePurl(purl: string): { ecosystem: string; name: string; version?: string } | undefined {
  const match = /^pkg:\/*([A-Za-z.+-][A-Za-z0-9.+-]*)\/(.+)$/.exec(purl.trim());
  if (match === null) return undefined;
  const ecosystem = (match[1] ?? '').toLowerCase();
  let rest = (match[2] ?? '').replace(/#.*$/s, '').replace(/\?.*$/s, '');
  let version: string | undefined;
  const at = rest.lastIndexOf('@');
  if (at > rest.lastIndexOf('/') && at > 0) {
    version = safeDecode(rest.slice(at + 1));
    rest = rest.slice(0, at);
  }
  const segments = rest
    .split('/')
    .filter((s) => s !== '')
    .map(safeDecode);
  const name = segments.pop();
  if (name === undefined || name === '') return undefined;
  // Maven coordinates are written group:artifact everywhere else (Trivy, OSV), so join them that way.
  const full = segments.length === 0 ? name : `${segments.join('/')}${ecosystem === 'maven' ? ':' : '/'}${name}`;
  return { ecosystem, name: full, ...(version !== undefined && version !== '' ? { version } : {}) };
}

function detect(sample: DetectSample): Detection {
  const doc = sample.document;
  if (doc === undefined) {
    const head = sample.head.slice(0, 4096);
    return /^\s*\{\s*"reportSchema"\s*:/.test(head) && /"scanInfo"\s*:/.test(head) ? 'possible' : 'no';
  }
  if (!isObject(doc) || isSarifLog(doc) || !Array.isArray(doc.dependencies)) return 'no';
  const scanInfo = isObject(doc.scanInfo) ? doc.scanInfo : undefined;
  if (typeof doc.reportSchema === 'string' && scanInfo !== undefined) return 'certain';
  if (typeof scanInfo?.engineVersion === 'string') return 'certain';
  return isObject(doc.projectInfo) ? 'possible' : 'no';
}

/** Walks one Dependency-Check document, gathering findings and every structural problem. */
class DependencyCheckReader extends ReportReader {
  readonly findings: RawFinding[] = [];
  readonly warnings: string[] = [];
  vulnerabilities = 0;
  suppressed = 0;
  /** Dependencies with CPE identifiers a suppression file removed (`suppressedVulnerabilityIds`). */
  suppressedIdentifiers = 0;

  constructor(
    private readonly input: InputFile,
    private readonly context: IngestContext,
    private readonly toolVersion: string | undefined,
    private readonly scanType: ScanType,
  ) {
    super(input.path, 'Dependency-Check JSON report');
  }

  dependency(value: unknown, pointer: string): void {
    const dependency = this.object(value, pointer, 'a dependency object with fileName');
    if (dependency === undefined) return;
    const fileName = this.string(dependency, 'fileName', pointer, true);
    const filePath = this.string(dependency, 'filePath', pointer);
    let purl: string | undefined;
    const [firstPackage] = this.array(dependency, 'packages', pointer);
    if (firstPackage !== undefined) {
      const entry = this.object(firstPackage, `${pointer}/packages/0`, 'a package object with id');
      if (entry !== undefined) purl = this.string(entry, 'id', `${pointer}/packages/0`, true);
    }
    const vulnerabilities = this.findingList(dependency, 'vulnerabilities', pointer);
    const suppressed = this.findingList(dependency, 'suppressedVulnerabilities', pointer);
    this.vulnerabilities += vulnerabilities.length;
    this.suppressed += suppressed.length;
    if (this.array(dependency, 'suppressedVulnerabilityIds', pointer).length > 0) this.suppressedIdentifiers += 1;
    if (vulnerabilities.length === 0 && suppressed.length === 0) return;

    const parsed = purl !== undefined ? parsePurl(purl) : undefined;
    let pkg: PackageRef;
    if (parsed !== undefined && purl !== undefined) {
      pkg = { name: parsed.name, ecosystem: parsed.ecosystem, purl: purl.trim() };
      if (parsed.version !== undefined) pkg.version = parsed.version;
    } else {
      // No package URL (an unidentified file, or a CPE-only match): the file name is all there is.
      pkg = { name: fileName ?? '' };
    }
    const location: Location = {};
    const rawPath = filePath !== undefined && filePath.trim() !== '' ? filePath : (fileName ?? '');
    if (rawPath.trim() !== '') location.path = normalizePath(this.context.root, rawPath);

    vulnerabilities.forEach((entry, index) =>
      this.vulnerability(entry, `${pointer}/vulnerabilities/${index}`, pkg, location),
    );
    suppressed.forEach((entry, index) =>
      this.vulnerability(entry, `${pointer}/suppressedVulnerabilities/${index}`, pkg, location, true),
    );
  }

  /**
   * A dependency's list of vulnerabilities (or suppressed ones). Dependency-Check leaves the key out when there
   * are none (jsonReport.vsl), so only a missing key reads as none: null, like any other value that is not an
   * array, is a problem, never read as no vulnerabilities (`array` reads null as empty).
   */
  findingList(dependency: Json, key: string, pointer: string): unknown[] {
    const value = dependency[key];
    if (value === undefined) return [];
    if (Array.isArray(value)) return value;
    this.problem(`${pointer}/${key}`, `got ${describeValue(value)}`, 'an array');
    return [];
  }

  severity(vuln: Json, pointer: string): { severity: Severity; severitySource: string } {
    const word = this.string(vuln, 'severity', pointer);
    const cvss3 = isObject(vuln.cvssv3) ? vuln.cvssv3 : undefined;
    const cvss4 = isObject(vuln.cvssv4) ? vuln.cvssv4 : undefined;
    const cvss2 = isObject(vuln.cvssv2) ? vuln.cvssv2 : undefined;
    // An OSS Index vulnerability whose CVSS vector Dependency-Check cannot read (or that has none) is written
    // `"unscored": "true"` with its CVSS score as the severity text (OssIndexAnalyzer: Double.toString of the
    // score, "9.8", or "-1.0" when OSS Index gave none): banded as a score, so that a 9.8 counts as critical,
    // not as a severity of unknown. "0.0" is read as no score too (unknown, as severity.unknown says), never
    // as info. A number outside 0 to 10 is unusable, as an unknown word is: a warning, then the next field.
    let unscored: string | undefined;
    const numeric = word !== undefined && DECIMAL.test(word.trim());
    if (word !== undefined && numeric) {
      const text = word.trim();
      const reading = readScore(Number(text));
      if (reading !== undefined && reading.score > 0)
        return { severity: reading.severity, severitySource: `dependency-check score ${reading.text}` };
      if (reading !== undefined || Number(text) === -1) unscored = text;
      else
        this.warnings.push(
          `${this.input.path}: ${pointer}/severity: ${quoteReportText(text)} is not a CVSS score from 0 to 10 nor a severity word; the next severity field was used.`,
        );
    }
    // Each data source writes its own case (NVD `HIGH`, RETIREJS `medium`, DC 4.x `High`).
    const words: [unknown, string, string][] = [
      [numeric ? undefined : word, 'dependency-check', '/severity'],
      [cvss3?.baseSeverity, 'dependency-check cvssv3', '/cvssv3/baseSeverity'],
      [cvss4?.baseSeverity, 'dependency-check cvssv4', '/cvssv4/baseSeverity'],
      [cvss2?.severity, 'dependency-check cvssv2', '/cvssv2/severity'],
    ];
    for (const [value, label, suffix] of words) {
      if (typeof value !== 'string' || value.trim() === '') continue;
      const severity = severityFromWord(value);
      if (severity !== undefined && severity !== 'unknown')
        return { severity, severitySource: `${label} ${value.trim()}` };
      if (severity === undefined)
        this.warnings.push(
          `${this.input.path}: ${pointer}${suffix}: ${quoteReportText(value)} is not a severity word; the next severity field was used.`,
        );
    }
    // No severity word: the base scores, as numbers or numeric strings (some writers quote them).
    const scores: [unknown, string, string][] = [
      [cvss3?.baseScore, 'dependency-check cvssv3', '/cvssv3/baseScore'],
      [cvss4?.baseScore, 'dependency-check cvssv4', '/cvssv4/baseScore'],
      [cvss2?.score, 'dependency-check cvssv2', '/cvssv2/score'],
    ];
    for (const [value, label, suffix] of scores) {
      if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) continue;
      const number =
        typeof value === 'number'
          ? value
          : typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value)
            ? Number(value)
            : Number.NaN;
      const reading = readScore(number);
      if (reading !== undefined) return { severity: reading.severity, severitySource: `${label} ${reading.text}` };
      this.warnings.push(
        `${this.input.path}: ${pointer}${suffix}: ${typeof value === 'string' ? quoteReportText(value) : describeValue(value)} is not a CVSS score from 0 to 10; the next severity field was used.`,
      );
    }
    if (unscored !== undefined)
      return { severity: 'unknown', severitySource: `dependency-check unscored ${unscored} (no CVSS score)` };
    return { severity: 'unknown', severitySource: 'no severity in dependency-check' };
  }

  /** One vulnerability; a suppressed one (from `suppressedVulnerabilities`) is a finding marked as suppressed. */
  vulnerability(value: unknown, pointer: string, pkg: PackageRef, location: Location, suppressed = false): void {
    const vuln = this.object(value, pointer, 'a vulnerability object with name');
    if (vuln === undefined) return;
    const name = this.string(vuln, 'name', pointer, true)?.trim();
    const description = this.string(vuln, 'description', pointer);
    const cwes: string[] = [];
    this.array(vuln, 'cwes', pointer).forEach((cwe, index) => {
      if (typeof cwe === 'string') cwes.push(cwe);
      else this.problem(`${pointer}/cwes/${index}`, `got ${describeValue(cwe)}`, 'a string');
    });
    if (vuln.cvssv3 !== undefined && vuln.cvssv3 !== null && !isObject(vuln.cvssv3))
      this.problem(`${pointer}/cvssv3`, `got ${describeValue(vuln.cvssv3)}`, 'an object');
    if (vuln.cvssv2 !== undefined && vuln.cvssv2 !== null && !isObject(vuln.cvssv2))
      this.problem(`${pointer}/cvssv2`, `got ${describeValue(vuln.cvssv2)}`, 'an object');
    if (vuln.cvssv4 !== undefined && vuln.cvssv4 !== null && !isObject(vuln.cvssv4))
      this.problem(`${pointer}/cvssv4`, `got ${describeValue(vuln.cvssv4)}`, 'an object');
    const severity = this.severity(vuln, pointer);
    if (name === undefined || name === '') {
      if (name === '') this.problem(`${pointer}/name`, 'the name is empty', 'a vulnerability id');
      return;
    }
    const aliases = normalizeAliases(isCve(name) || isGhsa(name) || ADVISORY_ID.test(name) ? [name] : []);
    const finding: RawFinding = {
      identityKey: dependencyIdentity(name, aliases, pkg),
      run: 0,
      scanType: this.scanType,
      ruleId: name,
      // NVD descriptions open with a one-line summary paragraph; the rest is detail.
      title: capTitle((description ?? '').trim().split(/\n\s*\n/)[0] ?? '') || capTitle(name),
      ...severity,
      aliases,
      cwe: normalizeCwes(cwes),
      location: { ...location },
      package: { ...pkg },
      sources: [
        {
          input: this.input.path,
          format: FORMAT,
          tool: TOOL,
          ...(this.toolVersion !== undefined ? { toolVersion: this.toolVersion } : {}),
          pointer,
        },
      ],
    };
    if (suppressed) {
      // The suppression rule's <notes> are copied onto the vulnerability it suppressed.
      const suppression: Suppression = { kind: 'external', status: 'accepted' };
      const notes = typeof vuln.notes === 'string' ? capTitle(vuln.notes) : '';
      if (notes !== '') suppression.justification = notes;
      finding.suppressions = [suppression];
    }
    this.findings.push(finding);
  }
}

async function parse(input: InputFile, context: IngestContext): Promise<IngestResult> {
  const document =
    context.document !== undefined ? context.document : parseJsonText(decodeUtf8(input), input, EXPECTED);
  if (!isObject(document) || isSarifLog(document) || !('dependencies' in document)) {
    const what = isObject(document)
      ? isSarifLog(document)
        ? 'a SARIF log'
        : "an object without 'dependencies'"
      : describeValue(document);
    throw new InputError(`${input.path}: (root): got ${what} (expected ${EXPECTED}).`);
  }
  const scanInfo = isObject(document.scanInfo) ? document.scanInfo : undefined;
  const toolVersion =
    typeof scanInfo?.engineVersion === 'string' && scanInfo.engineVersion.trim() !== ''
      ? scanInfo.engineVersion.trim()
      : undefined;
  const scanType: ScanType = context.scanType ?? 'dependency';
  const reader = new DependencyCheckReader(input, context, toolVersion, scanType);
  if (scanInfo === undefined)
    reader.problem(
      '/scanInfo',
      document.scanInfo === undefined ? 'the key is missing' : `got ${describeValue(document.scanInfo)}`,
      'an object with engineVersion',
    );
  if (document.reportSchema !== undefined && document.reportSchema !== '1.1')
    reader.warnings.push(
      `${input.path}: /reportSchema: Dependency-Check report schema ${showJsonText(JSON.stringify(document.reportSchema))} is not the version this reader knows (1.1); read as 1.1.`,
    );
  if (!Array.isArray(document.dependencies))
    reader.problem('/dependencies', `got ${describeValue(document.dependencies)}`, 'an array');
  else document.dependencies.forEach((dependency, index) => reader.dependency(dependency, `/dependencies/${index}`));

  // An analyzer that threw left part of the project unanalysed: the scan is incomplete.
  const problems: string[] = [];
  if (scanInfo !== undefined)
    reader.array(scanInfo, 'analysisExceptions', '/scanInfo').forEach((entry, index) => {
      const exception = isObject(entry) && isObject(entry.exception) ? entry.exception : isObject(entry) ? entry : {};
      const message = typeof exception.message === 'string' ? exception.message.trim() : '';
      problems.push(
        `Dependency-Check reported an analysis exception (/scanInfo/analysisExceptions/${index})${message !== '' ? `: ${showReportText(capTitle(message))}` : ''}`,
      );
    });
  reader.throwIfProblems();
  // As pip-audit's report with no dependencies: Dependency-Check found no file to analyse, so the report does
  // not show a completed scan of anything.
  if (Array.isArray(document.dependencies) && document.dependencies.length === 0)
    problems.push(
      'Dependency-Check listed no dependencies (/dependencies is empty): it found no file it could analyse, so the report does not show a completed scan (check the paths given to --scan, the --exclude patterns and the enabled analyzers, then scan again)',
    );

  if (reader.suppressed > 0)
    reader.warnings.push(
      `${input.path}: ${reader.suppressed} vulnerabilit${reader.suppressed === 1 ? 'y was' : 'ies were'} suppressed by a Dependency-Check suppression file (suppressedVulnerabilities); ${reader.suppressed === 1 ? 'it is read as a suppressed finding' : 'they are read as suppressed findings'} and counted unless the policy sets exceptions.inFileSuppressions: honor.`,
    );
  // A CPE suppression can take an identifier away before its vulnerabilities are looked up: the report then
  // names the identifier but none of the vulnerabilities it would have matched, and nothing can count them.
  if (reader.suppressedIdentifiers > 0)
    reader.warnings.push(
      `${input.path}: ${reader.suppressedIdentifiers} ${reader.suppressedIdentifiers === 1 ? 'dependency has' : 'dependencies have'} CPE identifiers removed by a Dependency-Check suppression file (suppressedVulnerabilityIds); vulnerabilities of a removed identifier that the report does not list under suppressedVulnerabilities cannot be counted.`,
    );
  const run: ToolRun = {
    tool: TOOL,
    ...(toolVersion !== undefined ? { toolVersion } : {}),
    scanType,
    completed: problems.length === 0,
    problems,
    resultCount: reader.vulnerabilities + reader.suppressed,
  };
  return { findings: reader.findings, runs: [run], warnings: reader.warnings };
}

export const dependencyCheck: Ingestor = {
  id: FORMAT,
  title: 'OWASP Dependency-Check JSON',
  detection: "a JSON object with a 'dependencies' array and a 'scanInfo' object ('reportSchema' or 'engineVersion')",
  scanTypes: ['dependency'],
  detect,
  parse,
};
