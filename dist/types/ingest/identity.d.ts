import type { Location, PackageRef } from '../model.js';
export declare function isCve(id: string): boolean;
export declare function isGhsa(id: string): boolean;
/** Upper-cases CVE ids and lower-cases the GHSA body, so aliases compare equal across tools. */
export declare function normalizeVulnerabilityId(id: string): string;
/** Distinct, normalized, sorted ids (CVE, GHSA, OSV...). */
export declare function normalizeAliases(ids: readonly (string | undefined | null)[]): string[];
/** The primary vulnerability id: a CVE when any alias is one, else a GHSA, else the tool's id. */
export declare function primaryVulnerabilityId(toolId: string, aliases: readonly string[]): string;
/** Maps the many spellings of a package ecosystem (Trivy `node-pkg`, Grype `npm`, OSV `npm`...) to one. */
export declare function normalizeEcosystem(ecosystem: string | undefined): string;
/** `dep|<primary id>|<ecosystem+name>|<version>` (ecosystem normalized so tools agree). */
export declare function dependencyIdentity(toolId: string, aliases: readonly string[], pkg: PackageRef): string;
/**
 * `secret|<path>|<startLine>`. When the tool gives no line (gitleaks before v7), the rule is added so
 * that two different secrets in one file do not become one finding.
 */
export declare function secretIdentity(location: Location, rule?: string): string;
/**
 * `dast|<cwe or rule>|<method>|<url without query>|<param>|<rule>`. The rule is appended to DESIGN 3.2's
 * key because different alerts share a CWE (ZAP's CSP and Permissions-Policy alerts are both CWE-693)
 * and would otherwise merge into one finding.
 */
export declare function dastIdentity(cweOrRule: string, location: Location, rule?: string): string;
/** `code|<tool>|<ruleId>|<path>|<fingerprint, else startLine>` */
export declare function codeIdentity(tool: string, ruleId: string, location: Location, fingerprint?: string): string;
/** Extracts CWE ids ("CWE-79") from strings such as "CWE-79: Improper ...", "79" or "external/cwe/cwe-079". */
export declare function normalizeCwes(values: readonly unknown[]): string[];
