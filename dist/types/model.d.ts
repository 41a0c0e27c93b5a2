/** The vocabulary of shipgate: findings, severities, scan types, tools and decisions. */
/** Severity of a finding, after normalization. `unknown` means the source gave none. */
export declare const SEVERITIES: readonly ["critical", "high", "medium", "low", "info", "unknown"];
export type Severity = (typeof SEVERITIES)[number];
/** Rank used to compare severities: higher is worse; `unknown` ranks by how the policy counts it. */
export declare const SEVERITY_RANK: Record<Exclude<Severity, 'unknown'>, number>;
/** The kind of scan a finding came from. */
export declare const SCAN_TYPES: readonly ["sast", "dast", "dependency", "container", "secret", "iac", "other"];
export type ScanType = (typeof SCAN_TYPES)[number];
export declare function isSeverity(value: unknown): value is Severity;
export declare function isScanType(value: unknown): value is ScanType;
/** Where a finding is: a file region, a URL (DAST), or both. */
export interface Location {
    /** Relative POSIX path under the workspace root, or the tool's own path when it is not a file here. */
    path?: string;
    startLine?: number;
    endLine?: number;
    startColumn?: number;
    /** DAST: the URL tested. */
    url?: string;
    /** DAST: the HTTP method. */
    method?: string;
    /** DAST: the parameter. */
    param?: string;
}
/** The package a dependency or container finding is in. */
export interface PackageRef {
    name: string;
    version?: string;
    ecosystem?: string;
    purl?: string;
    fixedVersions?: string[];
}
/** Where one report of a finding came from: the input file, its format and tool, and a pointer to the bytes. */
export interface FindingSource {
    /** Input path, relative to the root. */
    input: string;
    /** Ingestor id (format). */
    format: string;
    tool: string;
    toolVersion?: string;
    /** JSON pointer (or `line N`) into the input. */
    pointer: string;
}
/** An in-file suppression the tool recorded (SARIF `suppressions`). */
export interface Suppression {
    kind: string;
    status?: string;
    justification?: string;
}
/** One normalized finding. */
export interface Finding {
    /** Stable id: "SG-" + 16 hex of sha256(identity). */
    id: string;
    /** The identity the id was hashed from (kept for traceability). */
    identity: string;
    scanType: ScanType;
    /** Tool rule id, or the vulnerability id for dependency findings. */
    ruleId: string;
    title: string;
    severity: Severity;
    /** Why the severity is what it is, e.g. "security-severity 9.8", "level error", "policy override". */
    severitySource: string;
    /** CVE, GHSA, OSV ids. */
    aliases: string[];
    cwe: string[];
    location: Location;
    package?: PackageRef;
    sources: FindingSource[];
    /** In-file suppressions recorded by the tool. They do not except a finding unless the policy allows it. */
    suppressions?: Suppression[];
    /** SARIF baselineState, when given. */
    baselineState?: string;
    /**
     * Other paths the merged copies of this finding were reported at (one vulnerability in one package
     * version is one finding wherever the package sits): a `path` exception must cover them all.
     */
    alsoAt?: string[];
}
/** The rule id shipgate gives a SARIF result that names no rule (src/ingest/sarif.ts). */
export declare const NO_RULE_ID = "(no rule id)";
/**
 * A finding as an ingestor produces it: everything but the id, plus the identity key
 * from which the id is derived after the occurrence rule (DESIGN 3.2) is applied.
 */
export interface RawFinding extends Omit<Finding, 'id' | 'identity'> {
    /** Identity before the occurrence suffix, e.g. `code|CodeQL|js/xss|src/a.js|abc123`. */
    identityKey: string;
    /** Run (or report section) index in its input (the occurrence rule counts within the input, across runs). */
    run: number;
    /**
     * Tells results at one place apart for the occurrence rule when nothing else does (a keyed hash of a
     * secret a TruffleHog source or a gitleaks finding without lines reports; a SARIF result's offset or
     * address without a line, or a rule-less result's whole message): different keys are different
     * occurrences, equal keys one finding. Internal: the occurrence rule drops it, and no identity, id or output holds it.
     */
    occurrenceKey?: string;
    id?: undefined;
    identity?: undefined;
    countedSeverity?: undefined;
    excepted?: undefined;
}
/** Information about one tool run inside an input. */
export interface ToolRun {
    tool: string;
    toolVersion?: string;
    scanType: ScanType;
    /** Whether the report shows a completed scan. */
    completed: boolean;
    /** Why the scan does not count as completed (empty when completed). */
    problems: string[];
    /** The commit the report says it scanned, when it says. */
    commit?: string;
    /** Number of raw results the run reported (before normalization). */
    resultCount: number;
    /**
     * The run shows nothing of what it scanned, or shows that it scanned nothing, so it covers no scan
     * type, not even `other` (a SARIF run of a multi-purpose tool such as Trivy with neither rules nor
     * results; Semgrep JSON with an empty `paths.scanned`, Bandit JSON with 0 lines of code, each
     * without results).
     */
    coversNothing?: boolean;
    /**
     * What the tool's own in-file ignore mechanism left out of the report without listing it (Bandit's
     * `# nosec`), as a sentence. Internal: the run turns it into a problem (the scan is not complete)
     * under `exceptions.inFileSuppressions: ignore`, a warning under `honor`, and drops it.
     */
    setAside?: string;
}
/** One input as evaluated: where it is, what it was, what it held. */
export interface InputRecord {
    path: string;
    sha256: string;
    size: number;
    format: string;
    scanType?: string;
    runs: ToolRun[];
    /** Findings from this input after the occurrence rule, per severity (before de-duplication across inputs). */
    counts: SeverityCounts;
    warnings: string[];
}
/** The three possible release decisions. */
export declare const DECISIONS: readonly ["approved", "approved-with-conditions", "rejected"];
export type Decision = (typeof DECISIONS)[number];
/** Counts of findings per severity. */
export type SeverityCounts = Record<Severity, number>;
export declare function emptyCounts(): SeverityCounts;
export declare function countBySeverity(findings: readonly {
    severity: Severity;
}[]): SeverityCounts;
