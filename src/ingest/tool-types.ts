/** The documented tool-name table: which scan type a tool's run is, unless the policy says otherwise. */
import type { ScanType } from '../model.js';

/** Ordered: the first pattern that matches the tool name wins. */
export const TOOL_SCAN_TYPES: readonly { pattern: RegExp; tool: string; scanType: ScanType }[] = [
  { pattern: /codeql|lgtm|semmle/i, tool: 'CodeQL', scanType: 'sast' },
  { pattern: /semgrep/i, tool: 'Semgrep', scanType: 'sast' },
  { pattern: /eslint/i, tool: 'ESLint', scanType: 'sast' },
  { pattern: /bandit/i, tool: 'Bandit', scanType: 'sast' },
  { pattern: /flawfinder/i, tool: 'Flawfinder', scanType: 'sast' },
  { pattern: /spotbugs|findsecbugs/i, tool: 'SpotBugs', scanType: 'sast' },
  { pattern: /snyk\s*code|snykcode/i, tool: 'Snyk Code', scanType: 'sast' },
  { pattern: /shellcheck/i, tool: 'ShellCheck', scanType: 'sast' },
  { pattern: /mayhem|shiftleft|security analysis|script analysis/i, tool: 'Mayhem, ShiftLeft scan', scanType: 'sast' },
  { pattern: /gitleaks/i, tool: 'Gitleaks', scanType: 'secret' },
  { pattern: /trufflehog/i, tool: 'TruffleHog', scanType: 'secret' },
  { pattern: /secretlint/i, tool: 'secretlint', scanType: 'secret' },
  { pattern: /detect-secrets/i, tool: 'detect-secrets', scanType: 'secret' },
  { pattern: /checkov/i, tool: 'Checkov', scanType: 'iac' },
  { pattern: /kics/i, tool: 'KICS', scanType: 'iac' },
  { pattern: /tfsec/i, tool: 'tfsec', scanType: 'iac' },
  { pattern: /\bzap\b|owasp zap|zaproxy/i, tool: 'ZAP', scanType: 'dast' },
  { pattern: /nuclei/i, tool: 'Nuclei', scanType: 'dast' },
  { pattern: /wapiti/i, tool: 'Wapiti', scanType: 'dast' },
  { pattern: /anchore|container vulnerability/i, tool: 'Anchore', scanType: 'container' },
  { pattern: /trivy/i, tool: 'Trivy', scanType: 'dependency' },
  { pattern: /grype/i, tool: 'Grype', scanType: 'dependency' },
  { pattern: /osv-scanner|osv scanner/i, tool: 'OSV-Scanner', scanType: 'dependency' },
  { pattern: /dependency-check/i, tool: 'Dependency-Check', scanType: 'dependency' },
  { pattern: /snyk\s*iac|snyk\s*infrastructure/i, tool: 'Snyk IaC', scanType: 'iac' },
  { pattern: /snyk\s*container/i, tool: 'Snyk Container', scanType: 'container' },
  { pattern: /snyk/i, tool: 'Snyk Open Source', scanType: 'dependency' },
  { pattern: /govulncheck/i, tool: 'govulncheck', scanType: 'dependency' },
  { pattern: /wizcli/i, tool: 'WizCLI', scanType: 'container' },
];

/** The scan type of a tool by name; `other` when the table does not know it. */
export function scanTypeForTool(tool: string): ScanType {
  return TOOL_SCAN_TYPES.find((entry) => entry.pattern.test(tool))?.scanType ?? 'other';
}

/** Trivy and WizCLI tag each rule with what it is; a misconfiguration or secret rule is not a dependency finding. */
export function scanTypeFromTags(tags: readonly string[]): ScanType | undefined {
  const lower = tags.map((t) => t.toLowerCase());
  if (lower.some((t) => t === 'misconfiguration' || t === 'iac-misconfiguration')) return 'iac';
  if (lower.includes('secret')) return 'secret';
  return undefined;
}

/**
 * Tools that scan several kinds of thing under one name. A SARIF run of one with no rules and no results
 * shows nothing of what it scanned, so its name alone cannot say which scan type it covers (a clean
 * `trivy config` run is not a dependency scan, a clean `checkov --framework secrets` run is not an IaC
 * scan): what it may have scanned, for the message. `never` lists the scan types the tool does not do at
 * all: a policy that declares one of them for the tool's report declares what cannot be (the Trivy JSON
 * reader refuses sast and dast declarations so, trivy.ts). Snyk Code, WizCLI directory scans and
 * Checkov's SAST frameworks are static code analysis, so only dast is never done by those.
 */
const MULTI_PURPOSE: readonly { pattern: RegExp; tool: string; scans: string; never: readonly ScanType[] }[] = [
  {
    pattern: /trivy/i,
    tool: 'Trivy',
    scans: 'dependencies, container images, IaC and secrets',
    never: ['sast', 'dast'],
  },
  { pattern: /wizcli/i, tool: 'WizCLI', scans: 'container images, IaC and secrets', never: ['dast'] },
  {
    pattern: /checkov/i,
    tool: 'Checkov',
    scans: 'IaC, secrets, dependencies and container images',
    never: ['dast'],
  },
  { pattern: /^snyk$/i, tool: 'Snyk', scans: 'dependencies, code, containers and IaC', never: [] },
];

/** What a multi-purpose tool may have scanned; undefined for a tool whose name says its scan type. */
export function multiPurposeScans(tool: string): string | undefined {
  return MULTI_PURPOSE.find((entry) => entry.pattern.test(tool.trim()))?.scans;
}

/**
 * The multi-purpose tool (by the table's name) and what it scans, when it never does a scan of `scanType`
 * (Trivy does no sast or dast scan); undefined when it may, or when the tool is not in the table.
 */
export function neverScans(tool: string, scanType: ScanType): { tool: string; scans: string } | undefined {
  const entry = MULTI_PURPOSE.find((candidate) => candidate.pattern.test(tool.trim()));
  return entry !== undefined && entry.never.includes(scanType) ? { tool: entry.tool, scans: entry.scans } : undefined;
}

const CHECKOV = /checkov/i;

/** Whether a SARIF run's tool is Checkov. */
export function isCheckov(tool: string): boolean {
  return CHECKOV.test(tool);
}

/**
 * Checkov writes the checks of every framework it ran into one SARIF run named `checkov`, without tags
 * (checkov/common/output/sarif.py): the rule id says what kind of check it is. `CKV_SECRET_<n>` is a
 * secrets check; an SCA check's rule is `<vulnerability id>_<package>@<version>` (or
 * `<license>_<package>@<version>`, a license check of the same package scan), and was the check id before
 * that writer (`CKV_CVE_<year>_<n>`, `BC_VUL_<n>`, `BC_LIC_<n>`); `CKV3_SAST_<n>` is a check of its SAST
 * frameworks. Any other id is the tool's type (an IaC check). Undefined for other tools.
 */
export function scanTypeFromRuleId(tool: string, ruleId: string | undefined): ScanType | undefined {
  if (ruleId === undefined || !CHECKOV.test(tool)) return undefined;
  if (/^CKV\d*_SECRET_/i.test(ruleId)) return 'secret';
  // The older `CKV_CVE_*`, `BC_VUL_*` and `BC_LIC_*` ids name no package: such a finding keeps its line
  // in its identity (see the SARIF reader), so two results of one id in one manifest stay two.
  if (/^(?:CKV\d*_CVE_|BC_VUL_|BC_LIC_)/i.test(ruleId) || /^[^\s@]+_\S*@[^\s@]+$/.test(ruleId)) return 'dependency';
  if (/^CKV\d*_SAST_/i.test(ruleId)) return 'sast';
  return undefined;
}

/**
 * The package of a Checkov SCA rule `<vulnerability id>_<package>@<version>` (the vulnerability id a CVE,
 * a GHSA or another `<source>-<year>-<n>` id, e.g. PRISMA-2022-0168): the package and version that tell two
 * packages with one vulnerability apart. Undefined for other rule ids (a license rule's license may hold
 * `_`, so where its package starts cannot be told).
 */
export function checkovPackage(tool: string, ruleId: string): { name: string; version: string } | undefined {
  if (!CHECKOV.test(tool)) return undefined;
  const match = /^(?:GHSA(?:-[0-9a-z]{4}){3}|[A-Z][A-Z0-9]*-\d{4}-\d+)_(\S+)@([^\s@]+)$/i.exec(ruleId);
  return match?.[1] !== undefined && match[2] !== undefined ? { name: match[1], version: match[2] } : undefined;
}
