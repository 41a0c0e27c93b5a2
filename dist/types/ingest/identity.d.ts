import type { Location, PackageRef } from '../model.js';
export declare function isCve(id: string): boolean;
export declare function isGhsa(id: string): boolean;
/** Upper-cases CVE ids and lower-cases the GHSA body, so aliases compare equal across tools. */
export declare function normalizeVulnerabilityId(id: string): string;
/** Distinct, normalized, sorted ids (CVE, GHSA, OSV...). */
export declare function normalizeAliases(ids: readonly (string | undefined | null)[]): string[];
/**
 * The ids related to an entry that may join it to other findings as aliases. An advisory that lists
 * several CVEs (a distribution advisory such as ALAS-2023-1935, a GHSA or Snyk entry for several CVEs)
 * is none of them: as aliases they would make distinct CVEs one finding and hide one, and an exception
 * naming one CVE would except the others. So while the entry and its related ids name at most one CVE,
 * every related id counts; past that, no CVE or GHSA does, and the entry is a finding of its own
 * (counted once more, and excepted only by its own id or rule: both fail closed).
 */
export declare function joinableAliases(primary: string, related: readonly (string | undefined | null)[]): string[];
/** The primary vulnerability id: a CVE when any alias is one, else a GHSA, else the tool's id. */
export declare function primaryVulnerabilityId(toolId: string, aliases: readonly string[]): string;
/**
 * Maps the many spellings of a package ecosystem (Trivy `node-pkg`, Grype `npm`, OSV `npm`...) to one.
 * When the spelling is not one it knows (or none is given) and the package has a package URL whose
 * type it knows, the ecosystem is the purl's (`pkg:nuget/...`): a type a scanner adds later is still
 * not taken for any ecosystem. Otherwise the spelling is kept, in lower case.
 */
export declare function normalizeEcosystem(ecosystem: string | undefined, purl?: string): string;
/**
 * Whether a normalized ecosystem is one that normalizeEcosystem knows (npm, pypi, maven, nuget, deb...).
 * Packages of two known ecosystems are never one package, whatever their names; an empty ecosystem
 * (SARIF names none) or one it does not know (Trivy's `amazon` without a package URL, which Grype calls
 * `rpm`) says nothing.
 */
export declare function isKnownEcosystem(ecosystem: string): boolean;
/**
 * The package name as tools agree on it, given the normalized ecosystem: PyPI names per PEP 503
 * (`python_dateutil`, `Python.Dateutil` and `python-dateutil` are one project); Maven names as
 * `group:artifact`, taking the group from the package URL when the name is only the artifact (Grype
 * names a jar `log4j-core`, Trivy and OSV `org.apache.logging.log4j:log4j-core`). Other names are kept.
 */
export declare function normalizePackageName(ecosystem: string, name: string, purl?: string): string;
/**
 * The installed version as tools agree on it: Go's standard library is `v1.20.1` (govulncheck, as Go
 * modules are versioned), where Grype writes `go1.20.1` and others `1.20.1`. Other versions are kept.
 */
export declare function normalizePackageVersion(ecosystem: string, name: string, version: string): string;
/**
 * `dep|<primary id>|<ecosystem+name>|<version>`, the ecosystem, name and version normalized so tools
 * agree (see normalizeEcosystem, normalizePackageName, normalizePackageVersion).
 */
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
/** 16 hex digits of the sha256 of `text`: a short stand-in for a message in an identity. */
export declare function shortHash(text: string): string;
/** `code|<tool>|<ruleId>|<path>|<fingerprint, else startLine>` */
export declare function codeIdentity(tool: string, ruleId: string, location: Location, fingerprint?: string): string;
/** Extracts CWE ids ("CWE-79") from strings such as "CWE-79: Improper ...", "79" or "external/cwe/cwe-079". */
export declare function normalizeCwes(values: readonly unknown[]): string[];
/** The first GHSA id in a text (an advisory URL, an id field), normalized. */
export declare function ghsaIn(text: unknown): string | undefined;
/** The npm registry writes `cwe` as an array, a plain "CWE-400", or a JSON-encoded array string '["CWE-79"]'. */
export declare function cwesOf(value: unknown): string[];
