/** The documented tool-name table: which scan type a tool's run is, unless the policy says otherwise. */
import type { ScanType } from '../model.js';
/** Ordered: the first pattern that matches the tool name wins. */
export declare const TOOL_SCAN_TYPES: readonly {
    pattern: RegExp;
    tool: string;
    scanType: ScanType;
}[];
/** The scan type of a tool by name; `other` when the table does not know it. */
export declare function scanTypeForTool(tool: string): ScanType;
/** Trivy and WizCLI tag each rule with what it is; a misconfiguration or secret rule is not a dependency finding. */
export declare function scanTypeFromTags(tags: readonly string[]): ScanType | undefined;
/** What a multi-purpose tool may have scanned; undefined for a tool whose name says its scan type. */
export declare function multiPurposeScans(tool: string): string | undefined;
/**
 * The multi-purpose tool (by the table's name) and what it scans, when it never does a scan of `scanType`
 * (Trivy does no sast or dast scan); undefined when it may, or when the tool is not in the table.
 */
export declare function neverScans(tool: string, scanType: ScanType): {
    tool: string;
    scans: string;
} | undefined;
/** Whether a SARIF run's tool is Checkov. */
export declare function isCheckov(tool: string): boolean;
/**
 * Checkov writes the checks of every framework it ran into one SARIF run named `checkov`, without tags
 * (checkov/common/output/sarif.py): the rule id says what kind of check it is. `CKV_SECRET_<n>` is a
 * secrets check; an SCA check's rule is `<vulnerability id>_<package>@<version>` (or
 * `<license>_<package>@<version>`, a license check of the same package scan), and was the check id before
 * that writer (`CKV_CVE_<year>_<n>`, `BC_VUL_<n>`, `BC_LIC_<n>`); `CKV3_SAST_<n>` is a check of its SAST
 * frameworks. Any other id is the tool's type (an IaC check). Undefined for other tools.
 */
export declare function scanTypeFromRuleId(tool: string, ruleId: string | undefined): ScanType | undefined;
/**
 * The package of a Checkov SCA rule `<vulnerability id>_<package>@<version>` (the vulnerability id a CVE,
 * a GHSA or another `<source>-<year>-<n>` id, e.g. PRISMA-2022-0168): the package and version that tell two
 * packages with one vulnerability apart. Undefined for other rule ids (a license rule's license may hold
 * `_`, so where its package starts cannot be told).
 */
export declare function checkovPackage(tool: string, ruleId: string): {
    name: string;
    version: string;
} | undefined;
