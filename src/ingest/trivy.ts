/**
 * Trivy JSON report (`trivy image|fs|repo|config|k8s --format json`).
 * Reporting docs: https://trivy.dev/latest/docs/configuration/reporting/#json
 * Report and result types: https://github.com/aquasecurity/trivy/blob/main/pkg/types/report.go
 * Kubernetes report: https://github.com/aquasecurity/trivy/blob/main/pkg/k8s/report/report.go
 *
 * Shapes read: SchemaVersion 2 (image, filesystem, repository, config), the legacy top-level list of
 * results (trivy < 0.20, which writes the literal `null` for an empty report), and the Kubernetes
 * cluster report (`ClusterName` with `Vulnerabilities[]`/`Misconfigurations[]` of resources, or
 * `Resources[]`, each resource holding `Results[]`).
 *
 * Identity (DESIGN 3.2): vulnerabilities `dep|<CVE, else GHSA, else VulnerabilityID>|<Type>:<PkgName>|<InstalledVersion>`;
 * misconfigurations `code|Trivy|<ID or AVDID>|<Target>|<CauseMetadata.StartLine>`, without a line
 * `...|resource:<CauseMetadata.Resource>`, else `...|message:<16 hex of the Message's sha256>`; secrets `secret|<Target>|<StartLine>` (plus the rule when there is no line).
 * Secret `Match` and `Code` hold the secret itself and are never read.
 *
 * Findings the user's configuration set aside are read as findings too, with the same identity, marked as
 * suppressed: the policy (`exceptions.inFileSuppressions`), not the scanner's configuration, decides whether
 * they count. They are `Results[].ExperimentalModifiedFindings` (written with `--show-suppressed`: VEX
 * statements and `.trivyignore` entries, each `{Type, Status, Statement, Source, Finding}`; see
 * https://github.com/aquasecurity/trivy/blob/main/pkg/types/finding.go) and misconfigurations with
 * `Status: EXCEPTION` (an inline `trivy:ignore` comment or an exception policy; written with
 * `--include-non-failures`, otherwise only counted in `MisconfSummary.Exceptions`).
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
import { parseWholeDocument, streamWholeDocument } from './stream-document.js';
import { compareText } from '../strings.js';
import { InputError } from '../errors.js';
import type { Location, PackageRef, RawFinding, ScanType, Severity, Suppression, ToolRun } from '../model.js';
import {
  codeIdentity,
  dependencyIdentity,
  isCve,
  isGhsa,
  joinableAliases,
  normalizeAliases,
  normalizeCwes,
  secretIdentity,
  shortHash,
} from './identity.js';
import { escapePointer, parseJsonText } from './json.js';
import { normalizePath } from './paths.js';
import { decodeUtf8 } from './read.js';
import { severityFromScore, severityFromWord } from './severity.js';
import type { DetectSample, Detection, IngestContext, IngestResult, Ingestor, InputFile } from './types.js';
import { lookupTable } from '../lookup.js';

const FORMAT = 'trivy';
const TOOL = 'Trivy';
const EXPECTED = 'a Trivy JSON report (SchemaVersion 2, a legacy list of results, or a Kubernetes cluster report)';
const SEVERITY_WORDS = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'];
const MISCONFIG_STATUSES = ['FAIL', 'PASS', 'EXCEPTION'];
/** Trivy's VendorSeverity numbers (trivy-db `types.Severity`): 0 is unknown. */
const VENDOR_SEVERITIES: readonly (Severity | undefined)[] = [undefined, 'low', 'medium', 'high', 'critical'];
/** The base scores of a Trivy CVSS entry, by CVSS version. */
const CVSS_SCORES = ['V40Score', 'V3Score', 'V2Score'];
/** The k8s report sections that hold resources; `Findings` is the consolidated (`--report all`) form. */
const K8S_SECTIONS = ['Vulnerabilities', 'Misconfigurations', 'Resources', 'Findings'];
/** Every key of a Trivy result (trivy `pkg/types` Result); a list under any other key is not read. */
const RESULT_KEYS = new Set([
  'Target',
  'Class',
  'Type',
  'Packages',
  'Vulnerabilities',
  'MisconfSummary',
  'Misconfigurations',
  'Secrets',
  'Licenses',
  'CustomResources',
  'ExperimentalModifiedFindings',
  'ModifiedFindings',
]);
/** The keys under which Trivy lists the findings the user's configuration set aside (see the top of this file). */
const MODIFIED_KEYS = ['ExperimentalModifiedFindings', 'ModifiedFindings'];
/** The finding types of a modified finding (trivy `pkg/types` FindingType). */
const MODIFIED_TYPES = ['vulnerability', 'misconfiguration', 'secret', 'license'];
/**
 * SARIF's suppression status for a modified finding's status: a VEX statement that the product is
 * affected, or still under investigation, does not accept the finding, whatever else set it aside.
 */
const MODIFIED_STATUS = lookupTable<string>({ affected: 'rejected', under_investigation: 'underReview' });
/**
 * A misconfiguration with Status EXCEPTION: Trivy gives no reason for it, nor says whether an inline
 * trivy:ignore comment (in source) or an exception policy (external) excepted it; read as external.
 */
const MISCONFIG_EXCEPTION: Suppression = { kind: 'external', status: 'accepted' };
/** Every key of a Kubernetes resource (trivy `pkg/k8s/report` Resource); any other one is not Trivy's. */
const K8S_RESOURCE_KEYS = new Set(['Namespace', 'Kind', 'Name', 'Metadata', 'Results', 'Error']);
/**
 * Artifact types (`ArtifactType`) whose packages are those of an image: their package results are a
 * container scan, and a filesystem's or repository's a dependency scan (trivy `pkg/fanal/artifact` Type).
 */
const IMAGE_ARTIFACTS = new Set(['container_image', 'vm']);
/**
 * What a result shows was scanned for, by its Class (trivy `pkg/types` ResultClass): packages (OS or
 * language), misconfigurations, secrets or licenses. Trivy writes a package or config result for every
 * target it scanned, with or without findings, so the Class alone shows the scan. A license scan is no
 * security scan, and a `custom` result, or a Class Trivy does not write, shows none.
 */
type Scanned = 'os-pkgs' | 'lang-pkgs' | 'config' | 'secret' | 'license';
const SCANNED_BY_CLASS = lookupTable<Scanned>({
  'os-pkgs': 'os-pkgs',
  'lang-pkgs': 'lang-pkgs',
  config: 'config',
  secret: 'secret',
  license: 'license',
  'license-file': 'license',
});
/** Why a report that shows no scanned target is refused, even though Trivy writes one when it finds nothing to scan. */
const NOTHING_SCANNED = 'a report of nothing scanned is not a clean scan';
/**
 * OS package families (Trivy `Result.Type` of os-pkgs results). The legacy list has no `Class`,
 * so an OS family type is what marks its results as container findings.
 */
const OS_FAMILIES = new Set([
  'alma',
  'alpine',
  'amazon',
  'azurelinux',
  'bottlerocket',
  'cbl-mariner',
  'centos',
  'chainguard',
  'coreos',
  'debian',
  'echo',
  'fedora',
  'minimos',
  'opensuse',
  'opensuse.leap',
  'opensuse.tumbleweed',
  'oracle',
  'photon',
  'redhat',
  'rocky',
  'sles',
  'suse linux enterprise micro',
  'suse linux enterprise server',
  'ubuntu',
  'wolfi',
]);

function detect(sample: DetectSample): Detection {
  const doc = sample.document;
  if (doc === undefined) {
    const head = sample.head.slice(0, 4096);
    if (/^\s*\{\s*"SchemaVersion"\s*:\s*\d+/.test(head) && /"Artifact(Name|Type)"\s*:/.test(head)) return 'possible';
    if (/^\s*\{\s*"ClusterName"\s*:/.test(head)) return 'possible';
    // The legacy report (trivy < 0.20) is a list of {Target, Type, Vulnerabilities}.
    if (/^\s*\[\s*\{\s*"Target"\s*:/.test(head) && /"VulnerabilityID"\s*:/.test(sample.head)) return 'certain';
    return 'no';
  }
  if (Array.isArray(doc)) {
    if (doc.length === 0) return 'possible';
    const first: unknown = doc[0];
    if (!isObject(first) || typeof first.Target !== 'string') return 'no';
    return 'Vulnerabilities' in first || 'Misconfigurations' in first || 'Secrets' in first ? 'certain' : 'possible';
  }
  // `null` is a clean legacy Trivy report only when the user declared the format (DESIGN 7).
  if (!isObject(doc) || isSarifLog(doc)) return 'no';
  if (typeof doc.SchemaVersion === 'number' && ('ArtifactName' in doc || 'ArtifactType' in doc || 'Results' in doc))
    return 'certain';
  if (typeof doc.ClusterName === 'string' && K8S_SECTIONS.some((key) => Array.isArray(doc[key]))) return 'certain';
  if (typeof doc.ClusterName === 'string') return 'possible';
  if (Array.isArray(doc.Results) && 'ArtifactName' in doc) return 'possible';
  return 'no';
}

/** Where a result sits: what the enclosing report or Kubernetes resource says about it. */
interface ResultScope {
  artifactType?: string;
  /** Kubernetes namespace of the resource the result belongs to. */
  namespace?: string;
  /** Whether the result is in a Kubernetes cluster report's resource. */
  k8s?: boolean;
}

/** Walks one Trivy document, gathering findings and every structural problem. */
class TrivyReader extends ReportReader {
  readonly findings: RawFinding[] = [];
  readonly resourceErrors: string[] = [];
  /** Kubernetes resources with neither Results nor Error: listed by Trivy, but nothing in them was scanned. */
  readonly unscannedResources: string[] = [];
  /** Pointers of non-empty lists in results under keys Trivy does not write (a renamed findings key shows here). */
  readonly unknownLists: string[] = [];
  readonly classes = new Set<string>();
  /** What the results show was scanned for (see SCANNED_BY_CLASS). */
  readonly scanned = new Set<Scanned>();
  resultCount = 0;
  /** The raw results read, by the scan type of the findings they give (see runsOf). */
  readonly resultsByType = new Map<ScanType, number>();
  /** The result objects (scanned targets) read, with or without findings. */
  targetCount = 0;
  /** The Kubernetes resources read. */
  resourceCount = 0;
  /** Modified findings read, by their Status. */
  readonly modified = new Map<string, number>();
  excepted = 0;
  licenses = 0;
  /** Misconfigurations read from modified findings. */
  modifiedMisconfigurations = 0;
  /** Misconfigurations `MisconfSummary.Exceptions` counts beyond the ones listed (EXCEPTION or modified). */
  unlistedExceptions = 0;
  /** Misconfigurations listed as failed: FAIL (or no Status), and every one under the modified findings. */
  failed = 0;
  /** Kubernetes results whose MisconfSummary counts more failures than they list (see checkFailures). */
  readonly k8sUnlistedFailures: string[] = [];

  constructor(
    private readonly input: InputFile,
    private readonly context: IngestContext,
    readonly toolVersion: string | undefined,
  ) {
    super(input.path, 'Trivy JSON report');
  }

  line(obj: Json, key: string, pointer: string): number | undefined {
    const value = obj[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value >= 1 ? value : undefined;
    this.problem(`${pointer}/${escapePointer(key)}`, `got ${describeValue(value)}`, 'a line number');
    return undefined;
  }

  strings(obj: Json, key: string, pointer: string): string[] {
    const out: string[] = [];
    this.array(obj, key, pointer).forEach((value, index) => {
      if (typeof value === 'string') out.push(value);
      else this.problem(`${pointer}/${escapePointer(key)}/${index}`, `got ${describeValue(value)}`, 'a string');
    });
    return out;
  }

  severity(obj: Json, pointer: string): { severity: Severity; severitySource: string } | undefined {
    const word = this.string(obj, 'Severity', pointer);
    if (word === undefined) return { severity: 'unknown', severitySource: 'no severity in trivy' };
    const upper = word.trim().toUpperCase();
    const severity = SEVERITY_WORDS.includes(upper) ? severityFromWord(upper) : undefined;
    if (severity === undefined) {
      this.problem(
        `${pointer}/Severity`,
        `${quoteReportText(word)} is not a Trivy severity`,
        'CRITICAL, HIGH, MEDIUM, LOW or UNKNOWN',
      );
      return undefined;
    }
    return { severity, severitySource: `trivy ${word.trim()}` };
  }

  /**
   * A vulnerability's severity: its Severity word (Trivy's choice among the vendors, SeveritySource) when
   * it is a known rating. When it is UNKNOWN or missing, the vendors may still rate it: the highest
   * VendorSeverity above 0 (0 unknown, 1 low, 2 medium, 3 high, 4 critical), else the highest CVSS base
   * score above 0 (V40Score, V3Score, V2Score of every source) banded as every score is (README, Severity).
   */
  vulnerabilitySeverity(vuln: Json, pointer: string): { severity: Severity; severitySource: string } | undefined {
    const own = this.severity(vuln, pointer);
    if (own === undefined || own.severity !== 'unknown') return own;
    const vendor = this.ratingObject(vuln, 'VendorSeverity', pointer);
    let best: { severity: Severity; rank: number; severitySource: string } | undefined;
    for (const source of Object.keys(vendor).sort(compareText)) {
      const value = vendor[source];
      const at = `${pointer}/VendorSeverity/${escapePointer(source)}`;
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 4) {
        this.problem(
          at,
          `got ${describeValue(value)}`,
          'a Trivy vendor severity: 0 (unknown), 1 (low), 2 (medium), 3 (high) or 4 (critical)',
        );
        continue;
      }
      const severity = VENDOR_SEVERITIES[value];
      if (value > 0 && severity !== undefined && (best === undefined || value > best.rank))
        best = {
          severity,
          rank: value,
          severitySource: `trivy VendorSeverity ${source} ${value} (${severity}; Severity ${own.severitySource === 'no severity in trivy' ? 'missing' : 'UNKNOWN'})`,
        };
    }
    const cvss = this.ratingObject(vuln, 'CVSS', pointer);
    let bestScore: { severity: Severity; score: number; severitySource: string } | undefined;
    for (const source of Object.keys(cvss).sort(compareText)) {
      const at = `${pointer}/CVSS/${escapePointer(source)}`;
      const entry = this.object(cvss[source], at, 'an object with V3Score, V40Score or V2Score');
      if (entry === undefined) continue;
      for (const key of CVSS_SCORES) {
        const value = entry[key];
        if (value === undefined || value === null) continue;
        if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 10) {
          this.problem(`${at}/${key}`, `got ${describeValue(value)}`, 'a CVSS base score from 0 to 10');
          continue;
        }
        // Trivy leaves a score it does not have out; a 0 rates nothing and must not make the finding info.
        const severity = value > 0 ? severityFromScore(value) : undefined;
        if (severity !== undefined && (bestScore === undefined || value > bestScore.score))
          bestScore = {
            severity,
            score: value,
            severitySource: `trivy CVSS ${source} ${key} ${value.toFixed(1)} (Severity ${own.severitySource === 'no severity in trivy' ? 'missing' : 'UNKNOWN'})`,
          };
      }
    }
    const chosen = best ?? bestScore;
    return chosen !== undefined ? { severity: chosen.severity, severitySource: chosen.severitySource } : own;
  }

  /** VendorSeverity or CVSS of a vulnerability: an object by source, or nothing. */
  ratingObject(vuln: Json, key: string, pointer: string): Json {
    const value = vuln[key];
    if (value === undefined || value === null) return {};
    return this.object(value, `${pointer}/${key}`, `an object by data source (nvd, ghsa, ...)`) ?? {};
  }

  source(pointer: string): RawFinding['sources'][number] {
    return {
      input: this.input.path,
      format: FORMAT,
      tool: TOOL,
      ...(this.toolVersion !== undefined ? { toolVersion: this.toolVersion } : {}),
      pointer,
    };
  }

  /** Counts raw results under the scan type of the findings they give. */
  countResults(scanType: ScanType, count: number): void {
    if (count > 0) this.resultsByType.set(scanType, (this.resultsByType.get(scanType) ?? 0) + count);
  }

  /** Adds a finding, marked as suppressed when the user's configuration set it aside. */
  push(finding: RawFinding, suppressions: Suppression[]): void {
    if (suppressions.length > 0) finding.suppressions = suppressions;
    this.findings.push(finding);
  }

  results(values: unknown[], pointer: string, scope: ResultScope): void {
    values.forEach((value, index) => this.result(value, `${pointer}/${index}`, scope));
  }

  result(value: unknown, pointer: string, scope: ResultScope): void {
    const result = this.object(value, pointer, 'a Trivy result object with Target');
    if (result === undefined) return;
    this.targetCount += 1;
    for (const [key, entries] of Object.entries(result))
      if (!RESULT_KEYS.has(key) && Array.isArray(entries) && entries.length > 0)
        this.unknownLists.push(`${pointer}/${escapePointer(key)}`);
    const target = this.string(result, 'Target', pointer, true) ?? '';
    const type = this.string(result, 'Type', pointer);
    // The legacy list has no Class: an OS family Type is an OS package result.
    const cls =
      this.string(result, 'Class', pointer) ??
      (type !== undefined && OS_FAMILIES.has(type.toLowerCase()) ? 'os-pkgs' : undefined);
    if (cls !== undefined) this.classes.add(cls);
    for (const scanned of resultScanned(result, cls)) this.scanned.add(scanned);

    const vulnerabilities = this.array(result, 'Vulnerabilities', pointer);
    const misconfigurations = this.array(result, 'Misconfigurations', pointer);
    const secrets = this.array(result, 'Secrets', pointer);
    this.resultCount += vulnerabilities.length + misconfigurations.length + secrets.length;
    const listedExceptions = this.excepted + this.modifiedMisconfigurations;
    const listedFailures = this.failed;

    const vulnScanType: ScanType =
      (scope.artifactType !== undefined && IMAGE_ARTIFACTS.has(scope.artifactType)) || cls === 'os-pkgs'
        ? 'container'
        : 'dependency';
    this.countResults(vulnScanType, vulnerabilities.length);
    this.countResults('iac', misconfigurations.length);
    this.countResults('secret', secrets.length);
    vulnerabilities.forEach((entry, index) =>
      this.vulnerability(entry, `${pointer}/Vulnerabilities/${index}`, target, type, vulnScanType),
    );
    misconfigurations.forEach((entry, index) =>
      this.misconfiguration(entry, `${pointer}/Misconfigurations/${index}`, target, scope),
    );
    secrets.forEach((entry, index) => this.secret(entry, `${pointer}/Secrets/${index}`, target));

    this.licenses += this.array(result, 'Licenses', pointer).length;
    // Findings the user suppressed (VEX statements, .trivyignore) are moved here by Trivy.
    for (const key of MODIFIED_KEYS)
      this.array(result, key, pointer).forEach((entry, index) =>
        this.modifiedFinding(entry, `${pointer}/${key}/${index}`, target, type, vulnScanType, scope),
      );

    // Exceptions MisconfSummary counts beyond those listed (Trivy lists them only with --include-non-failures,
    // and the ignore file's only with --show-suppressed) were set aside without a trace to read as a finding.
    const summary =
      result.MisconfSummary === undefined
        ? {}
        : (this.object(
            result.MisconfSummary,
            `${pointer}/MisconfSummary`,
            'an object with the Successes, Failures and Exceptions counts',
          ) ?? {});
    this.checkFailures(summary, pointer, this.failed - listedFailures, scope);
    const exceptions = summary.Exceptions;
    const listed = this.excepted + this.modifiedMisconfigurations - listedExceptions;
    if (typeof exceptions === 'number' && Number.isInteger(exceptions) && exceptions > listed)
      this.unlistedExceptions += exceptions - listed;
  }

  /**
   * `MisconfSummary.Failures` against the failed misconfigurations the result lists (FAIL, and those under
   * the modified findings): more counted than listed is a cut or edited report, an input error as every other
   * summary that counts findings its report does not list. A Kubernetes cluster report counts its summaries
   * apart from the misconfigurations it lists (a real one counts 8 failures with 5 listed), so there it is a
   * warning.
   */
  checkFailures(summary: Json, pointer: string, listed: number, scope: ResultScope): void {
    const failures = summary.Failures;
    if (failures === undefined) return;
    const at = `${pointer}/MisconfSummary/Failures`;
    if (typeof failures !== 'number' || !Number.isInteger(failures) || failures < 0) {
      this.problem(at, `got ${describeValue(failures)}`, 'the number of failed misconfigurations, a whole number');
      return;
    }
    if (failures <= listed) return;
    if (scope.k8s === true) {
      this.k8sUnlistedFailures.push(`${at} (${failures} counted, ${listed} listed)`);
      return;
    }
    this.problem(
      at,
      `the summary counts ${failures} failed misconfiguration${failures === 1 ? '' : 's'} but ${listed === 0 ? 'none is' : `only ${listed} ${listed === 1 ? 'is' : 'are'}`} listed (${pointer}/Misconfigurations with Status FAIL, and misconfigurations under ExperimentalModifiedFindings)`,
      'every failed misconfiguration; was the report cut?',
    );
  }

  /** One of `ExperimentalModifiedFindings`: the finding under `Finding`, read as its type, marked as suppressed. */
  modifiedFinding(
    value: unknown,
    pointer: string,
    target: string,
    type: string | undefined,
    vulnScanType: ScanType,
    scope: ResultScope,
  ): void {
    const modified = this.object(value, pointer, 'a modified finding object with Type, Status and Finding');
    if (modified === undefined) return;
    const findingType = this.string(modified, 'Type', pointer, true);
    const status = this.string(modified, 'Status', pointer)?.trim() || 'unknown';
    const statement = this.string(modified, 'Statement', pointer)?.trim() ?? '';
    const source = this.string(modified, 'Source', pointer)?.trim() ?? '';
    if (findingType === undefined) return;
    if (!MODIFIED_TYPES.includes(findingType)) {
      this.problem(
        `${pointer}/Type`,
        `${quoteReportText(findingType)} is not a Trivy finding type`,
        'vulnerability, misconfiguration, secret or license',
      );
      return;
    }
    const at = `${pointer}/Finding`;
    if (findingType === 'license') {
      this.object(modified.Finding, at, 'the license finding');
      this.licenses += 1;
      return;
    }
    this.modified.set(status, (this.modified.get(status) ?? 0) + 1);
    if (findingType === 'misconfiguration') this.modifiedMisconfigurations += 1;
    this.resultCount += 1;
    this.countResults(
      findingType === 'vulnerability' ? vulnScanType : findingType === 'misconfiguration' ? 'iac' : 'secret',
      1,
    );
    const suppression: Suppression = { kind: 'external', status: MODIFIED_STATUS[status] ?? 'accepted' };
    const justification = `${status}${statement !== '' ? `: ${statement}` : ''}${source !== '' ? ` (${source})` : ''}`;
    suppression.justification = capTitle(justification);
    if (findingType === 'vulnerability')
      this.vulnerability(modified.Finding, at, target, type, vulnScanType, suppression);
    else if (findingType === 'misconfiguration')
      this.misconfiguration(modified.Finding, at, target, scope, suppression);
    else this.secret(modified.Finding, at, target, suppression);
  }

  vulnerability(
    value: unknown,
    pointer: string,
    target: string,
    type: string | undefined,
    scanType: ScanType,
    suppression?: Suppression,
  ): void {
    const vuln = this.object(value, pointer, 'a Trivy vulnerability object');
    if (vuln === undefined) return;
    const id = this.string(vuln, 'VulnerabilityID', pointer, true);
    const pkgName = this.string(vuln, 'PkgName', pointer, true);
    const version = this.string(vuln, 'InstalledVersion', pointer);
    const fixed = this.string(vuln, 'FixedVersion', pointer);
    const pkgPath = this.string(vuln, 'PkgPath', pointer);
    const title = this.string(vuln, 'Title', pointer);
    const description = this.string(vuln, 'Description', pointer);
    const vendorIds = this.strings(vuln, 'VendorIDs', pointer);
    const cwes = this.strings(vuln, 'CweIDs', pointer);
    let purl: string | undefined;
    if (vuln.PkgIdentifier !== undefined && vuln.PkgIdentifier !== null) {
      const identifier = this.object(vuln.PkgIdentifier, `${pointer}/PkgIdentifier`, 'an object with PURL');
      if (identifier !== undefined) purl = this.string(identifier, 'PURL', `${pointer}/PkgIdentifier`);
    }
    if (id !== undefined && id.trim() === '')
      this.problem(
        `${pointer}/VulnerabilityID`,
        `got ${describeValue(id)}, a blank id`,
        'the vulnerability id, such as a CVE or GHSA id',
      );
    const severity = this.vulnerabilitySeverity(vuln, pointer);
    if (id === undefined || pkgName === undefined || severity === undefined || id.trim() === '') return;

    // VendorIDs also hold distribution advisories (DSA-4808-1) that cover several CVEs; only CVE and
    // GHSA ids name this one vulnerability, so only they become aliases, and only while they name no
    // CVE but this one (joinableAliases): a VendorIDs CVE beside another VulnerabilityID would let an
    // exception or override for either apply to both, and join the finding to the other CVE's.
    const aliases = normalizeAliases([
      id,
      ...joinableAliases(
        id,
        vendorIds.filter((v) => isCve(v.trim()) || isGhsa(v.trim())),
      ),
    ]);
    const pkg: PackageRef = { name: pkgName };
    if (version !== undefined && version !== '') pkg.version = version;
    if (type !== undefined && type !== '') pkg.ecosystem = type;
    if (purl !== undefined && purl !== '') pkg.purl = purl;
    const fixedVersions = (fixed ?? '')
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v !== '');
    if (fixedVersions.length > 0) pkg.fixedVersions = fixedVersions;

    const rawPath = pkgPath !== undefined && pkgPath !== '' ? pkgPath : target;
    const location: Location = {};
    if (rawPath.trim() !== '') location.path = normalizePath(this.context.root, rawPath);

    this.push(
      {
        identityKey: dependencyIdentity(id.trim(), aliases, pkg),
        run: 0,
        scanType: this.context.scanType ?? scanType,
        ruleId: id.trim(),
        title: capTitle(title ?? description ?? '') || `${id.trim()} in ${pkgName}`,
        severity: severity.severity,
        severitySource: severity.severitySource,
        aliases,
        cwe: normalizeCwes(cwes),
        location,
        package: pkg,
        sources: [this.source(pointer)],
        // The fields added later, as slots of this object (see RawFinding).
        id: undefined,
        identity: undefined,
        countedSeverity: undefined,
        excepted: undefined,
      },
      suppression !== undefined ? [suppression] : [],
    );
  }

  misconfiguration(
    value: unknown,
    pointer: string,
    target: string,
    scope: ResultScope,
    suppression?: Suppression,
  ): void {
    const misconfig = this.object(value, pointer, 'a Trivy misconfiguration object');
    if (misconfig === undefined) return;
    const id = this.string(misconfig, 'ID', pointer);
    const avdId = this.string(misconfig, 'AVDID', pointer);
    const title = this.string(misconfig, 'Title', pointer);
    const message = this.string(misconfig, 'Message', pointer);
    const status = this.string(misconfig, 'Status', pointer);
    let startLine: number | undefined;
    let endLine: number | undefined;
    let resource: string | undefined;
    if (misconfig.CauseMetadata !== undefined && misconfig.CauseMetadata !== null) {
      const cause = this.object(misconfig.CauseMetadata, `${pointer}/CauseMetadata`, 'an object');
      if (cause !== undefined) {
        startLine = this.line(cause, 'StartLine', `${pointer}/CauseMetadata`);
        endLine = this.line(cause, 'EndLine', `${pointer}/CauseMetadata`);
        resource = this.string(cause, 'Resource', `${pointer}/CauseMetadata`)?.trim();
      }
    }
    const severity = this.severity(misconfig, pointer);
    const ruleId = (id !== undefined && id.trim() !== '' ? id : (avdId ?? '')).trim();
    if (ruleId === '') this.problem(pointer, 'the misconfiguration has neither ID nor AVDID', 'a check id');
    if (status !== undefined && !MISCONFIG_STATUSES.includes(status)) {
      this.problem(
        `${pointer}/Status`,
        `${quoteReportText(status)} is not a Trivy misconfiguration status`,
        'FAIL, PASS or EXCEPTION',
      );
      return;
    }
    if (ruleId === '' || severity === undefined) return;
    // PASS results appear with --include-non-failures, and so do EXCEPTION ones: set aside by an inline
    // trivy:ignore comment or an exception policy, they are findings marked as suppressed.
    if (status === 'PASS') return;
    if (status !== 'EXCEPTION' || suppression !== undefined) this.failed += 1;
    const suppressions = suppression !== undefined ? [suppression] : [];
    if (status === 'EXCEPTION') {
      this.excepted += 1;
      suppressions.push({ ...MISCONFIG_EXCEPTION });
    }

    const location: Location = {};
    // A Kubernetes Target is only `Kind/Name`; the namespace keeps resources of two namespaces apart.
    const rawPath = scope.namespace !== undefined && scope.namespace !== '' ? `${scope.namespace}/${target}` : target;
    if (rawPath.trim() !== '') location.path = normalizePath(this.context.root, rawPath);
    if (startLine !== undefined) location.startLine = startLine;
    if (startLine !== undefined && endLine !== undefined && endLine >= startLine) location.endLine = endLine;

    this.push(
      {
        identityKey: codeIdentity(TOOL, ruleId, location, lineless(location, resource, message)),
        run: 0,
        scanType: this.context.scanType ?? 'iac',
        ruleId,
        title: capTitle(title ?? message ?? '') || ruleId,
        severity: severity.severity,
        severitySource: severity.severitySource,
        aliases: [],
        cwe: [],
        location,
        sources: [this.source(pointer)],
        // The fields added later, as slots of this object (see RawFinding).
        id: undefined,
        identity: undefined,
        countedSeverity: undefined,
        excepted: undefined,
      },
      suppressions,
    );
  }

  secret(value: unknown, pointer: string, target: string, suppression?: Suppression): void {
    const secret = this.object(value, pointer, 'a Trivy secret object');
    if (secret === undefined) return;
    const ruleId = this.string(secret, 'RuleID', pointer, true);
    const title = this.string(secret, 'Title', pointer);
    const category = this.string(secret, 'Category', pointer);
    const startLine = this.line(secret, 'StartLine', pointer);
    const endLine = this.line(secret, 'EndLine', pointer);
    if (ruleId !== undefined && ruleId.trim() === '')
      this.problem(
        `${pointer}/RuleID`,
        `got ${describeValue(ruleId)}, a blank id`,
        'the id of the secret rule that matched',
      );
    const severity = this.severity(secret, pointer);
    if (ruleId === undefined || severity === undefined || ruleId.trim() === '') return;

    const location: Location = {};
    if (target.trim() !== '') location.path = normalizePath(this.context.root, target);
    if (startLine !== undefined) location.startLine = startLine;
    if (startLine !== undefined && endLine !== undefined && endLine >= startLine) location.endLine = endLine;

    this.push(
      {
        identityKey: secretIdentity(location, ruleId.trim()),
        run: 0,
        scanType: this.context.scanType ?? 'secret',
        ruleId: ruleId.trim(),
        title: capTitle(title ?? category ?? '') || ruleId.trim(),
        severity: severity.severity,
        severitySource: severity.severitySource,
        aliases: [],
        cwe: [],
        location,
        sources: [this.source(pointer)],
        // The fields added later, as slots of this object (see RawFinding).
        id: undefined,
        identity: undefined,
        countedSeverity: undefined,
        excepted: undefined,
      },
      suppression !== undefined ? [suppression] : [],
    );
  }

  /** Resources of a Kubernetes report: `{Namespace, Kind, Name, Results[], Error}`. */
  resources(values: unknown[], pointer: string): void {
    values.forEach((value, index) => {
      const at = `${pointer}/${index}`;
      const resource = this.object(value, at, 'a Kubernetes resource object with Kind, Name and Results');
      if (resource === undefined) return;
      this.resourceCount += 1;
      const namespace = this.string(resource, 'Namespace', at);
      const kind = this.string(resource, 'Kind', at) ?? '';
      const name = this.string(resource, 'Name', at) ?? '';
      const error = this.string(resource, 'Error', at);
      // Only messages show the label and the error: report text, with what would break their line escaped.
      const label = `${showReportText([namespace, kind, name].filter((s) => s).join('/'))} (${at})`;
      if (error !== undefined && error.trim() !== '')
        this.resourceErrors.push(`${label}: ${showReportText(error.trim())}`);
      const results = this.array(resource, 'Results', at);
      if (results.length === 0 && (error === undefined || error.trim() === '')) {
        // Trivy leaves Results out of a resource it found nothing to scan in; any other key means the
        // resource is not what Trivy writes (a renamed Results), and its findings would be lost unseen.
        const unknown = Object.keys(resource).filter((key) => !K8S_RESOURCE_KEYS.has(key));
        if (unknown.length > 0)
          this.problem(
            at,
            `the resource has no Results and no Error, but ${quoteKeys(unknown, 'the unknown key', 'the unknown keys')}`,
            'Results[] with the targets Trivy scanned in the resource, or Error when it could not scan it',
          );
        else this.unscannedResources.push(label);
      }
      // Every vulnerability in a cluster report was found in a workload's container image.
      this.results(results, `${at}/Results`, {
        artifactType: 'container_image',
        k8s: true,
        ...(namespace !== undefined ? { namespace } : {}),
      });
    });
  }
}

/**
 * What tells apart misconfigurations of one check in one target that have no line (Terraform checks on
 * resources, Dockerfile checks on the whole file): the resource (`CauseMetadata.Resource`), else a hash of the
 * message, as SARIF results without a line. A misconfiguration with a line keeps the line as its identity.
 */
function lineless(location: Location, resource: string | undefined, message: string | undefined): string | undefined {
  if (location.startLine !== undefined) return undefined;
  if (resource !== undefined && resource !== '') return `resource:${resource}`;
  const text = message?.trim() ?? '';
  return text !== '' ? `message:${shortHash(text)}` : undefined;
}

/**
 * The warning for an image whose OS is past its end of service life (`Metadata.OS.EOSL`): its distribution no
 * longer publishes advisories for it, so Trivy warns that vulnerability detection may be insufficient.
 */
function endOfLifeWarning(path: string, document: Json): string | undefined {
  const metadata = isObject(document.Metadata) ? document.Metadata : undefined;
  const os = isObject(metadata?.OS) ? metadata.OS : undefined;
  if (os?.EOSL !== true) return undefined;
  const named = [os.Family, os.Name]
    .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    .map((part) => part.trim())
    .join(' ');
  return `${path}: /Metadata/OS/EOSL: the OS Trivy detected${named !== '' ? ` (${showReportText(capTitle(named))})` : ''} is past its end of service life: its distribution no longer publishes security advisories for it, so Trivy's vulnerability detection may be insufficient and zero findings does not mean its packages are clean. Move to a supported OS release, and run Trivy with --exit-on-eol 1 to fail the scan on such an image.`;
}

/** `'Vulns'` or `'Misconfigs', 'Vulns'`, sorted, at most 5, for a message. */
function quoteKeys(keys: string[], one: string, many: string): string {
  const sorted = [...keys].sort(compareText);
  const shown = sorted
    .slice(0, 5)
    .map((key) => quoteReportText(key))
    .join(', ');
  return `${sorted.length === 1 ? one : many} ${shown}${sorted.length > 5 ? ` and ${sorted.length - 5} more` : ''}`;
}

/** The keys of a document that hold a list but are none of the expected ones: a renamed findings key shows here. */
function otherLists(document: Json, expected: readonly string[]): string[] {
  return Object.keys(document).filter((key) => !expected.includes(key) && Array.isArray(document[key]));
}

/**
 * A SchemaVersion 2 report must name at least one scanned target in `Results`. Trivy leaves the key out
 * when it found nothing to scan, and never writes null or an empty list; all three show no scan.
 */
function readResults(reader: TrivyReader, document: Json, scope: ResultScope): void {
  const value = document.Results;
  if (value !== undefined && value !== null && !Array.isArray(value)) {
    reader.array(document, 'Results', '');
    return;
  }
  if (Array.isArray(value) && value.length > 0) {
    reader.results(value, '/Results', scope);
    return;
  }
  const others = otherLists(document, ['Results']);
  const wrong =
    value === undefined ? 'the key is missing' : value === null ? 'got null' : 'the list of scanned targets is empty';
  reader.problem(
    '/Results',
    `${wrong}${others.length > 0 ? ` and the report has ${quoteKeys(others, 'the unknown list', 'the unknown lists')} instead` : ''}, so the report shows no scanned target`,
    `Results[] with at least one scanned target; Trivy leaves Results out when it finds nothing to scan, such as no OS, lock file or config file, and ${NOTHING_SCANNED}`,
  );
}

/** A cluster report must list resources in one of its sections, and some resource must show a scanned target. */
function readClusterReport(reader: TrivyReader, document: Json): void {
  for (const key of K8S_SECTIONS) {
    // Trivy leaves an empty section out; null is not something it writes.
    if (document[key] === null)
      reader.problem(`/${key}`, 'got null', 'an array of resources, or no key when the section is empty');
    else reader.resources(reader.array(document, key, ''), `/${key}`);
  }
  if (reader.resourceCount === 0) {
    const others = otherLists(document, K8S_SECTIONS);
    reader.problem(
      '',
      `the cluster report lists no resource under Vulnerabilities, Misconfigurations, Resources or Findings${others.length > 0 ? `, and has ${quoteKeys(others, 'the unknown list', 'the unknown lists')} instead` : ''}`,
      `at least one scanned Kubernetes resource; ${NOTHING_SCANNED}`,
    );
  } else if (reader.targetCount === 0 && reader.resourceErrors.length === 0 && reader.unscannedResources.length > 0) {
    reader.problem(
      '',
      `none of the ${reader.resourceCount} resources lists a scanned target (no resource has Results)`,
      `Results[] in at least one resource; ${NOTHING_SCANNED}`,
    );
  }
}

/**
 * What one result shows was scanned for. A result without a Class is from a Trivy that wrote none
 * (the legacy list of vulnerability results, `Vulnerabilities: null` when clean): its keys show it.
 */
function resultScanned(result: Json, cls: string | undefined): Scanned[] {
  if (cls !== undefined) {
    const scanned = SCANNED_BY_CLASS[cls];
    return scanned !== undefined ? [scanned] : [];
  }
  const out: Scanned[] = [];
  if ('Vulnerabilities' in result || 'Packages' in result) out.push('lang-pkgs');
  if ('Misconfigurations' in result || 'MisconfSummary' in result) out.push('config');
  if ('Secrets' in result) out.push('secret');
  if ('Licenses' in result) out.push('license');
  return out;
}

/**
 * The scan types the report's results show it scanned for, in the order container, dependency, iac, secret
 * (README, "Scan types of SARIF runs"). Packages are a container scan when they are an image's (or OS
 * packages), else a dependency scan; config results are an iac scan and secret results a secret scan.
 * Results of no security Class (only license results, or a Class Trivy does not scan for security) show none.
 */
function shownScanTypes(scanned: ReadonlySet<Scanned>, image: boolean): ScanType[] {
  const scanTypes: ScanType[] = [];
  if (scanned.has('os-pkgs') || (image && scanned.has('lang-pkgs'))) scanTypes.push('container');
  if (!image && scanned.has('lang-pkgs')) scanTypes.push('dependency');
  if (scanned.has('config')) scanTypes.push('iac');
  if (scanned.has('secret')) scanTypes.push('secret');
  return scanTypes;
}

/**
 * What the results must show for a declared scan type to count: a declared type says what kind of scan the
 * report was, not that it looked at anything (README, as for Semgrep and Bandit). Trivy writes a package
 * result (lang-pkgs, os-pkgs) for every lock file or OS whose packages it scanned and a config result for
 * every configuration file it scanned, each with or without findings; a secret result only for a file in
 * which it found a secret. It does no SAST or DAST scan, so no report shows one; `other` takes any
 * security scan.
 */
const DECLARED_SHOWN_BY: Readonly<Record<ScanType, readonly Scanned[]>> = {
  dependency: ['lang-pkgs', 'os-pkgs'],
  container: ['lang-pkgs', 'os-pkgs'],
  iac: ['config'],
  secret: ['secret'],
  other: ['os-pkgs', 'lang-pkgs', 'config', 'secret'],
  sast: [],
  dast: [],
};

/**
 * The scan types the report covers: each one its results show (shownScanTypes). A report whose results show
 * none covers no scan type: a license scan must not pass for the dependency scan. A scan type the policy
 * declares for the input is the only one, and covers nothing when the results do not show a scan of that
 * kind (DECLARED_SHOWN_BY): declaring dependency for a license or config scan must not pass for it either.
 */
function reportScanTypes(
  scanned: ReadonlySet<Scanned>,
  image: boolean,
  context: IngestContext,
): { scanTypes: ScanType[]; coversNothing: boolean } {
  const declared = context.scanType;
  if (declared !== undefined)
    return { scanTypes: [declared], coversNothing: !DECLARED_SHOWN_BY[declared].some((s) => scanned.has(s)) };
  const scanTypes = shownScanTypes(scanned, image);
  return scanTypes.length > 0 ? { scanTypes, coversNothing: false } : { scanTypes: ['other'], coversNothing: true };
}

/** What a declared scan type needs the results to show, and how to get a report that shows it. */
const DECLARED_NEEDS: Readonly<Record<ScanType, { shows: string; fix: string }>> = {
  dependency: {
    shows:
      'a package scan (a result of Class lang-pkgs or os-pkgs, which Trivy writes for every lock file or OS whose packages it scanned, with or without vulnerabilities)',
    fix: 'Scan with --scanners vuln a target that holds the lock files to check (trivy fs or trivy repo on the project), then give that report.',
  },
  container: {
    shows:
      'a package scan (a result of Class os-pkgs or lang-pkgs, which Trivy writes for every OS or lock file whose packages it scanned, with or without vulnerabilities)',
    fix: 'Scan the image with trivy image --scanners vuln, then give that report.',
  },
  iac: {
    shows:
      'a misconfiguration scan (a result of Class config, which Trivy writes for every configuration file it scanned, with or without failures)',
    fix: 'Scan with --scanners misconfig (or trivy config) a target that holds the configuration files to check (Dockerfile, Terraform, Kubernetes manifests, ...), then give that report.',
  },
  secret: {
    shows: 'a secret scan (a result of Class secret)',
    fix: 'Trivy writes a secret result only for a file in which it found a secret, so its report cannot show a clean secret scan: give the secret evidence from a secret scanner whose report shows a clean scan, such as Gitleaks.',
  },
  other: {
    shows: 'a security scan (a result of Class os-pkgs, lang-pkgs, config or secret)',
    fix: 'Scan with --scanners vuln (or misconfig, secret) for that evidence.',
  },
  sast: {
    shows: 'a sast scan, which Trivy does not do (it scans packages, configuration files and secrets)',
    fix: 'Give the sast evidence from a SAST tool.',
  },
  dast: {
    shows: 'a dast scan, which Trivy does not do (it scans packages, configuration files and secrets)',
    fix: 'Give the dast evidence from a DAST tool.',
  },
};

/** The Classes of the results, sorted, for a message (each one the report's text: see `showReportText`). */
function shownClasses(reader: TrivyReader): string {
  return [...reader.classes]
    .sort(compareText)
    .map((cls) => showReportText(cls))
    .join(', ');
}

/** The warning for a report that does not show a scan of the type the policy declares for it. */
function declaredWarning(path: string, declared: ScanType, reader: TrivyReader, image: boolean): string {
  const classes = shownClasses(reader);
  const seen = classes !== '' ? `the results are of Class ${classes}` : 'the results have no Class';
  const shown = shownScanTypes(reader.scanned, image);
  const listed = shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : (shown[0] ?? '');
  const instead =
    shown.length === 0
      ? ''
      : ` The report shows ${shown.length === 1 ? `${shown[0] === 'iac' ? 'an' : 'a'} ${listed} scan` : `${listed} scans`}: leave scanType out for this input to count ${shown.length === 1 ? 'it' : 'them'}${shown.length === 1 ? `, or declare ${listed}` : ''}.`;
  const { shows, fix } = DECLARED_NEEDS[declared];
  return `${path}: the policy declares scanType ${declared} for this input, but no result shows ${shows}; ${seen}. So the report covers no scan type: declaring a type says what kind of scan it was, not that it looked at anything. ${fix}${instead}`;
}

/**
 * The report's runs: one per scan type it covers, since a run counts as one scan type (evidence-completeness)
 * and one `trivy fs` or `trivy k8s` report can hold a package, a config and a secret scan. Every run has the
 * report's completed verdict and problems. Each counts the raw results that give findings of its type; those
 * of a type the report does not cover (a finding list under a Class that shows another scan) count in the
 * first run, so that the runs together count every raw result once.
 */
function runsOf(reader: TrivyReader, scanTypes: readonly ScanType[], coversNothing: boolean): ToolRun[] {
  const counts = scanTypes.map((scanType) => reader.resultsByType.get(scanType) ?? 0);
  const counted = counts.reduce((sum, n) => sum + n, 0);
  if (counts.length > 0) counts[0] = (counts[0] ?? 0) + reader.resultCount - counted;
  const problems = reader.resourceErrors.map((error) => `Trivy could not scan the Kubernetes resource ${error}`);
  return scanTypes.map((scanType, index) => ({
    tool: TOOL,
    ...(reader.toolVersion !== undefined ? { toolVersion: reader.toolVersion } : {}),
    scanType,
    ...(coversNothing ? { coversNothing: true } : {}),
    completed: reader.resourceErrors.length === 0,
    problems: [...problems],
    resultCount: counts[index] ?? 0,
  }));
}

/** The arrays the streaming path splits (a large report's findings). */
const STREAMED: string[][] = [
  ['Results', '*', 'Vulnerabilities'],
  ['Results', '*', 'Misconfigurations'],
  ['Results', '*', 'Secrets'],
  ['Results', '*', 'ExperimentalModifiedFindings'],
  ['*', 'Vulnerabilities'],
];

/** Reads the report from its document (parsed whole, or put back together by the streaming path). */
async function readDocument(input: InputFile, context: IngestContext): Promise<IngestResult> {
  const document =
    context.document !== undefined ? context.document : parseJsonText(decodeUtf8(input), input, EXPECTED);
  const warnings: string[] = [];

  if (document === null) {
    // Trivy before 0.20 writes the literal null for an empty report (DESIGN 7: accepted only when declared).
    warnings.push(
      `${input.path}: the report is the literal null, which Trivy before 0.20 writes when it finds nothing; counted as a completed scan with 0 findings.`,
    );
    const run: ToolRun = {
      tool: TOOL,
      scanType: context.scanType ?? 'container',
      completed: true,
      problems: [],
      resultCount: 0,
    };
    return { findings: [], runs: [run], warnings };
  }

  let reader: TrivyReader;
  /** Whether the packages scanned are an image's (a container scan) rather than a project's. */
  let image = false;
  if (Array.isArray(document)) {
    // A legacy report lists the targets scanned; an empty list shows no scan ran (Trivy wrote null then).
    if (document.length === 0)
      throw new InputError(
        `${input.path}: (root): the legacy report lists no targets (expected at least one {Target, Vulnerabilities}; a report of nothing scanned is not a clean scan).`,
      );
    reader = new TrivyReader(input, context, undefined);
    reader.results(document, '', {});
  } else if (isObject(document) && !isSarifLog(document) && typeof document.ClusterName === 'string') {
    reader = new TrivyReader(input, context, undefined);
    readClusterReport(reader, document);
    // Every package in a cluster report is in a workload's container image.
    image = true;
  } else if (
    isObject(document) &&
    !isSarifLog(document) &&
    ('SchemaVersion' in document || 'Results' in document || 'ArtifactName' in document)
  ) {
    const trivy = isObject(document.Trivy) ? document.Trivy : undefined;
    const version = typeof trivy?.Version === 'string' && trivy.Version !== '' ? trivy.Version : undefined;
    reader = new TrivyReader(input, context, version);
    if (document.SchemaVersion !== undefined && document.SchemaVersion !== 2) {
      if (typeof document.SchemaVersion !== 'number')
        reader.problem('/SchemaVersion', `got ${describeValue(document.SchemaVersion)}`, 'the number 2');
      else
        warnings.push(
          `${input.path}: /SchemaVersion: Trivy report schema ${document.SchemaVersion} is not the version this reader knows (2); read as version 2.`,
        );
    }
    // Trivy always names what it scanned: a report without ArtifactName is not a whole Trivy report.
    if (document.SchemaVersion !== undefined) reader.string(document, 'ArtifactName', '', true);
    const artifactType = reader.string(document, 'ArtifactType', '');
    image = artifactType !== undefined && IMAGE_ARTIFACTS.has(artifactType);
    readResults(reader, document, artifactType !== undefined ? { artifactType } : {});
    const eosl = endOfLifeWarning(input.path, document);
    if (eosl !== undefined) warnings.push(eosl);
  } else {
    const what = isObject(document)
      ? isSarifLog(document)
        ? 'a SARIF log'
        : 'an object with none of SchemaVersion, Results or ClusterName'
      : describeValue(document);
    throw new InputError(`${input.path}: (root): got ${what} (expected ${EXPECTED}).`);
  }
  reader.throwIfProblems();

  const suppressed = [...reader.modified.values()].reduce((sum, n) => sum + n, 0);
  if (suppressed > 0) {
    const statuses = [...reader.modified.entries()]
      .sort(([a], [b]) => compareText(a, b))
      .map(([status, n]) => `${showReportText(status)}: ${n}`)
      .join(', ');
    warnings.push(
      `${input.path}: ${suppressed} finding${suppressed === 1 ? ' was' : 's were'} suppressed by the user (Results[].ExperimentalModifiedFindings, ${statuses}); ${suppressed === 1 ? 'it is read as a suppressed finding' : 'they are read as suppressed findings'} and counted unless the policy sets exceptions.inFileSuppressions: honor (a VEX status affected or under_investigation never excepts).`,
    );
  }
  if (reader.excepted > 0)
    warnings.push(
      `${input.path}: ${reader.excepted} misconfiguration${reader.excepted === 1 ? ' has' : 's have'} Status EXCEPTION (excepted by a trivy:ignore comment or a Trivy exception policy); ${reader.excepted === 1 ? 'it is read as a suppressed finding' : 'they are read as suppressed findings'} and counted unless the policy sets exceptions.inFileSuppressions: honor.`,
    );
  if (reader.unlistedExceptions > 0)
    warnings.push(
      `${input.path}: MisconfSummary counts ${reader.unlistedExceptions} excepted misconfiguration${reader.unlistedExceptions === 1 ? '' : 's'} the report does not list, so ${reader.unlistedExceptions === 1 ? 'it' : 'they'} cannot be counted (scan with --include-non-failures and --show-suppressed to list them).`,
    );
  if (reader.k8sUnlistedFailures.length > 0) {
    const n = reader.k8sUnlistedFailures.length;
    const shown = reader.k8sUnlistedFailures.slice(0, 10).join(', ');
    warnings.push(
      `${input.path}: the MisconfSummary of ${n} Kubernetes result${n === 1 ? '' : 's'} counts more failed misconfigurations than ${n === 1 ? 'it lists' : 'they list'}: ${shown}${n > 10 ? ` and ${n - 10} more` : ''}. Trivy's cluster report counts its summaries apart from the misconfigurations it lists, so this is not read as a cut report, but failures that are not listed cannot be counted.`,
    );
  }
  if (reader.unknownLists.length > 0) {
    const n = reader.unknownLists.length;
    const shown = reader.unknownLists
      .slice(0, 10)
      .map((pointer) => showReportText(pointer))
      .join(', ');
    warnings.push(
      `${input.path}: ${n} list${n === 1 ? '' : 's'} in the results ${n === 1 ? 'is' : 'are'} under a key Trivy does not write and ${n === 1 ? 'was' : 'were'} not read: ${shown}${n > 10 ? ` and ${n - 10} more` : ''} (Trivy lists findings under Vulnerabilities, Misconfigurations and Secrets).`,
    );
  }
  if (reader.unscannedResources.length > 0) {
    const n = reader.unscannedResources.length;
    const shown = reader.unscannedResources.slice(0, 10).join(', ');
    warnings.push(
      `${input.path}: ${n} Kubernetes resource${n === 1 ? ' lists' : 's list'} no scanned target (no Results and no Error), so Trivy found nothing it could scan in ${n === 1 ? 'it' : 'them'} and ${n === 1 ? 'it adds' : 'they add'} no findings: ${shown}${n > 10 ? ` and ${n - 10} more` : ''}.`,
    );
  }
  if (reader.licenses > 0)
    warnings.push(
      `${input.path}: ${reader.licenses} license finding${reader.licenses === 1 ? '' : 's'} (Results[].Licenses) ${reader.licenses === 1 ? 'is' : 'are'} not a security finding and ${reader.licenses === 1 ? 'was' : 'were'} not counted.`,
    );

  const { scanTypes, coversNothing } = reportScanTypes(reader.scanned, image, context);
  if (coversNothing && context.scanType !== undefined)
    warnings.push(declaredWarning(input.path, context.scanType, reader, image));
  else if (coversNothing) {
    const classes = shownClasses(reader);
    const onlyLicenses =
      reader.scanned.has('license') && [...reader.classes].every((c) => SCANNED_BY_CLASS[c] === 'license');
    const shown = onlyLicenses
      ? 'the results are only license results (Class license or license-file), and a license scan is no security scan'
      : `no result shows a security scan (Class os-pkgs, lang-pkgs, config or secret; ${classes !== '' ? `the results are of Class ${classes}` : 'the results have no Class and no findings keys'})`;
    warnings.push(
      `${input.path}: ${shown}, so the report covers no scan type. Scan with --scanners vuln (or misconfig, secret) for that evidence.`,
    );
  }
  return { findings: reader.findings, runs: runsOf(reader, scanTypes, coversNothing), warnings };
}

const parse = parseWholeDocument(readDocument, STREAMED, EXPECTED);

export const trivy: Ingestor = {
  id: FORMAT,
  title: 'Trivy JSON (SchemaVersion 2, legacy list, Kubernetes cluster report)',
  detection:
    "a JSON object with a numeric 'SchemaVersion' and 'ArtifactName'/'ArtifactType'/'Results', an object with 'ClusterName' and resource lists, or a legacy array of objects with 'Target' and 'Vulnerabilities'",
  scanTypes: ['container', 'dependency', 'iac', 'secret'],
  detect,
  parse,
  parseStream: streamWholeDocument(readDocument, STREAMED),
};
