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
 * `trivy config` run is not a dependency scan): what it may have scanned, for the message.
 */
const MULTI_PURPOSE: readonly { pattern: RegExp; scans: string }[] = [
  { pattern: /trivy/i, scans: 'dependencies, container images, IaC and secrets' },
  { pattern: /wizcli/i, scans: 'container images, IaC and secrets' },
  { pattern: /^snyk$/i, scans: 'dependencies, code, containers and IaC' },
];

/** What a multi-purpose tool may have scanned; undefined for a tool whose name says its scan type. */
export function multiPurposeScans(tool: string): string | undefined {
  return MULTI_PURPOSE.find((entry) => entry.pattern.test(tool.trim()))?.scans;
}
