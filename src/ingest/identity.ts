/**
 * Identity keys of DESIGN 3.2: every ingestor builds its findings' identity with these. Each key is
 * returned flat: a template literal is a tree of cons strings (six nodes for a code key) that every
 * raw finding would keep until its id is assigned, about 120 bytes a finding more than the key.
 */
import { flatString } from '../strings.js';
import type { Location, PackageRef } from '../model.js';

const CVE = /^CVE-\d{4}-\d{4,}$/i;
const GHSA = /^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/i;

export function isCve(id: string): boolean {
  return CVE.test(id);
}

export function isGhsa(id: string): boolean {
  return GHSA.test(id);
}

/** Upper-cases CVE ids and lower-cases the GHSA body, so aliases compare equal across tools. */
export function normalizeVulnerabilityId(id: string): string {
  const trimmed = id.trim();
  if (isCve(trimmed)) return trimmed.toUpperCase();
  if (isGhsa(trimmed)) return `GHSA${trimmed.slice(4).toLowerCase()}`;
  return trimmed;
}

/** Distinct, normalized, sorted ids (CVE, GHSA, OSV...). */
export function normalizeAliases(ids: readonly (string | undefined | null)[]): string[] {
  const set = new Set<string>();
  for (const id of ids) if (typeof id === 'string' && id.trim() !== '') set.add(normalizeVulnerabilityId(id));
  return [...set].sort();
}

/** The primary vulnerability id: a CVE when any alias is one, else a GHSA, else the tool's id. */
export function primaryVulnerabilityId(toolId: string, aliases: readonly string[]): string {
  const all = normalizeAliases([toolId, ...aliases]);
  return all.find(isCve) ?? all.find(isGhsa) ?? normalizeVulnerabilityId(toolId);
}

const ECOSYSTEMS: Record<string, string> = {
  'node-pkg': 'npm',
  npm: 'npm',
  yarn: 'npm',
  pnpm: 'npm',
  javascript: 'npm',
  'node.js': 'npm',
  'python-pkg': 'pypi',
  pip: 'pypi',
  pipenv: 'pypi',
  poetry: 'pypi',
  pypi: 'pypi',
  python: 'pypi',
  gomod: 'golang',
  gobinary: 'golang',
  'go-module': 'golang',
  go: 'golang',
  golang: 'golang',
  jar: 'maven',
  pom: 'maven',
  maven: 'maven',
  gradle: 'maven',
  'java-archive': 'maven',
  java: 'maven',
  gem: 'gem',
  bundler: 'gem',
  gemspec: 'gem',
  rubygems: 'gem',
  cargo: 'cargo',
  'rust-crate': 'cargo',
  'crates.io': 'cargo',
  composer: 'composer',
  packagist: 'composer',
  nuget: 'nuget',
  dotnet: 'nuget',
  apk: 'apk',
  alpine: 'apk',
  deb: 'deb',
  debian: 'deb',
  ubuntu: 'deb',
  dpkg: 'deb',
  rpm: 'rpm',
  redhat: 'rpm',
};

/** Maps the many spellings of a package ecosystem (Trivy `node-pkg`, Grype `npm`, OSV `npm`...) to one. */
export function normalizeEcosystem(ecosystem: string | undefined): string {
  const key = (ecosystem ?? '').trim().toLowerCase();
  return ECOSYSTEMS[key] ?? key;
}

/** `dep|<primary id>|<ecosystem+name>|<version>` (ecosystem normalized so tools agree). */
export function dependencyIdentity(toolId: string, aliases: readonly string[], pkg: PackageRef): string {
  const ecosystem = normalizeEcosystem(pkg.ecosystem);
  return flatString(`dep|${primaryVulnerabilityId(toolId, aliases)}|${ecosystem}:${pkg.name}|${pkg.version ?? ''}`);
}

/**
 * `secret|<path>|<startLine>`. When the tool gives no line (gitleaks before v7), the rule is added so
 * that two different secrets in one file do not become one finding.
 */
export function secretIdentity(location: Location, rule?: string): string {
  const base = `secret|${location.path ?? ''}|${location.startLine ?? ''}`;
  return flatString(location.startLine === undefined && rule ? `${base}|${rule}` : base);
}

/**
 * `dast|<cwe or rule>|<method>|<url without query>|<param>|<rule>`. The rule is appended to DESIGN 3.2's
 * key because different alerts share a CWE (ZAP's CSP and Permissions-Policy alerts are both CWE-693)
 * and would otherwise merge into one finding.
 */
export function dastIdentity(cweOrRule: string, location: Location, rule?: string): string {
  const url = (location.url ?? '').replace(/[?#].*$/s, '');
  const base = `dast|${cweOrRule}|${(location.method ?? '').toUpperCase()}|${url}|${location.param ?? ''}`;
  return flatString(rule && rule !== cweOrRule ? `${base}|${rule}` : base);
}

/** `code|<tool>|<ruleId>|<path>|<fingerprint, else startLine>` */
export function codeIdentity(tool: string, ruleId: string, location: Location, fingerprint?: string): string {
  return flatString(`code|${tool}|${ruleId}|${location.path ?? ''}|${fingerprint ?? location.startLine ?? ''}`);
}

/** Extracts CWE ids ("CWE-79") from strings such as "CWE-79: Improper ...", "79" or "external/cwe/cwe-079". */
export function normalizeCwes(values: readonly unknown[]): string[] {
  const set = new Set<string>();
  for (const value of values) {
    if (typeof value === 'number' && Number.isInteger(value) && value > 0) set.add(`CWE-${value}`);
    if (typeof value !== 'string') continue;
    const match = /cwe[-_/: ]*0*(\d+)/i.exec(value) ?? /^0*(\d+)$/.exec(value.trim());
    if (match && Number(match[1]) > 0) set.add(`CWE-${Number(match[1])}`);
  }
  return [...set].sort();
}
