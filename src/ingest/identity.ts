/**
 * Identity keys of DESIGN 3.2: every ingestor builds its findings' identity with these. Each key is
 * returned flat: a template literal is a tree of cons strings (six nodes for a code key) that every
 * raw finding would keep until its id is assigned, about 120 bytes a finding more than the key.
 */
import { createHash } from 'node:crypto';
import { flatString } from '../strings.js';
import type { Location, PackageRef } from '../model.js';
import { safeDecode } from './paths.js';
import { lookupTable } from '../lookup.js';

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

/**
 * The ids related to an entry that may join it to other findings as aliases. An advisory that lists
 * several CVEs (a distribution advisory such as ALAS-2023-1935, a GHSA or Snyk entry for several CVEs)
 * is none of them: as aliases they would make distinct CVEs one finding and hide one, and an exception
 * naming one CVE would except the others. So while the entry and its related ids name at most one CVE,
 * every related id counts; past that, no CVE or GHSA does, and the entry is a finding of its own
 * (counted once more, and excepted only by its own id or rule: both fail closed).
 */
export function joinableAliases(primary: string, related: readonly (string | undefined | null)[]): string[] {
  const ids = related.filter((id): id is string => typeof id === 'string' && id.trim() !== '').map((id) => id.trim());
  const cves = new Set([primary, ...ids].filter(isCve).map((id) => id.toUpperCase()));
  return cves.size <= 1 ? ids : ids.filter((id) => !isCve(id) && !isGhsa(id));
}

/** The primary vulnerability id: a CVE when any alias is one, else a GHSA, else the tool's id. */
export function primaryVulnerabilityId(toolId: string, aliases: readonly string[]): string {
  const all = normalizeAliases([toolId, ...aliases]);
  return all.find(isCve) ?? all.find(isGhsa) ?? normalizeVulnerabilityId(toolId);
}

const ECOSYSTEMS = lookupTable<string>({
  'node-pkg': 'npm',
  npm: 'npm',
  yarn: 'npm',
  pnpm: 'npm',
  javascript: 'npm',
  'node.js': 'npm',
  bun: 'npm',
  'python-pkg': 'pypi',
  pip: 'pypi',
  pipenv: 'pypi',
  poetry: 'pypi',
  pypi: 'pypi',
  python: 'pypi',
  uv: 'pypi',
  pylock: 'pypi',
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
  sbt: 'maven',
  gem: 'gem',
  bundler: 'gem',
  gemspec: 'gem',
  rubygems: 'gem',
  cargo: 'cargo',
  'rust-crate': 'cargo',
  'crates.io': 'cargo',
  rustbinary: 'cargo',
  composer: 'composer',
  'composer-vendor': 'composer',
  'php-composer': 'composer',
  packagist: 'composer',
  nuget: 'nuget',
  dotnet: 'nuget',
  // Trivy's .NET types: a `*.deps.json` (dotnet-core) and `Directory.Packages.props` (packages-props).
  'dotnet-core': 'nuget',
  'packages-props': 'nuget',
  apk: 'apk',
  alpine: 'apk',
  deb: 'deb',
  debian: 'deb',
  ubuntu: 'deb',
  dpkg: 'deb',
  rpm: 'rpm',
  redhat: 'rpm',
  // Trivy's other language types (and the package URL types they write), Grype's and OSV's names for them.
  conan: 'conan',
  conancenter: 'conan',
  cocoapods: 'cocoapods',
  pod: 'cocoapods',
  swift: 'swift',
  swifturl: 'swift',
  pub: 'pub',
  'dart-pub': 'pub',
  hex: 'hex',
  'conda-pkg': 'conda',
  'conda-environment': 'conda',
  conda: 'conda',
  julia: 'julia',
  bitnami: 'bitnami',
});

/** The type of a package URL (`pkg:nuget/jQuery@3.4.1` is `nuget`), in lower case; undefined when it is none. */
function purlType(purl: string | undefined): string | undefined {
  const match = purl === undefined ? null : /^\s*pkg:\/*([A-Za-z.+-][A-Za-z0-9.+-]*)\//.exec(purl);
  return match === null ? undefined : (match[1] as string).toLowerCase();
}

/**
 * Maps the many spellings of a package ecosystem (Trivy `node-pkg`, Grype `npm`, OSV `npm`...) to one.
 * When the spelling is not one it knows (or none is given) and the package has a package URL whose
 * type it knows, the ecosystem is the purl's (`pkg:nuget/...`): a type a scanner adds later is still
 * not taken for any ecosystem. Otherwise the spelling is kept, in lower case.
 */
export function normalizeEcosystem(ecosystem: string | undefined, purl?: string): string {
  const key = (ecosystem ?? '').trim().toLowerCase();
  const known = ECOSYSTEMS[key];
  if (known !== undefined) return known;
  const type = purlType(purl);
  return (type === undefined ? undefined : ECOSYSTEMS[type]) ?? key;
}

const KNOWN_ECOSYSTEMS: ReadonlySet<string> = new Set(
  Object.values(ECOSYSTEMS).filter((value): value is string => value !== undefined),
);

/**
 * Whether a normalized ecosystem is one that normalizeEcosystem knows (npm, pypi, maven, nuget, deb...).
 * Packages of two known ecosystems are never one package, whatever their names; an empty ecosystem
 * (SARIF names none) or one it does not know (Trivy's `amazon` without a package URL, which Grype calls
 * `rpm`) says nothing.
 */
export function isKnownEcosystem(ecosystem: string): boolean {
  return KNOWN_ECOSYSTEMS.has(ecosystem);
}

/** The `group/artifact` of a `pkg:maven/group/artifact@version` package URL, as `group:artifact`. */
function mavenCoordinates(purl: string | undefined): string | undefined {
  if (purl === undefined || !purl.startsWith('pkg:maven/')) return undefined;
  const rest = purl.slice('pkg:maven/'.length);
  const end = rest.search(/[@?#]/);
  const path = end === -1 ? rest : rest.slice(0, end);
  const slash = path.lastIndexOf('/');
  if (slash <= 0 || slash === path.length - 1) return undefined;
  return `${safeDecode(path.slice(0, slash))}:${safeDecode(path.slice(slash + 1))}`;
}

/**
 * The package name as tools agree on it, given the normalized ecosystem: PyPI names per PEP 503
 * (`python_dateutil`, `Python.Dateutil` and `python-dateutil` are one project); Maven names as
 * `group:artifact`, taking the group from the package URL when the name is only the artifact (Grype
 * names a jar `log4j-core`, Trivy and OSV `org.apache.logging.log4j:log4j-core`). Other names are kept.
 */
export function normalizePackageName(ecosystem: string, name: string, purl?: string): string {
  if (ecosystem === 'pypi') return name.toLowerCase().replace(/[-_.]+/g, '-');
  if (ecosystem === 'maven' && !name.includes(':')) {
    const coordinates = mavenCoordinates(purl);
    if (coordinates !== undefined && coordinates.slice(coordinates.lastIndexOf(':') + 1) === name) return coordinates;
  }
  return name;
}

/**
 * The installed version as tools agree on it: Go's standard library is `v1.20.1` (govulncheck, as Go
 * modules are versioned), where Grype writes `go1.20.1` and others `1.20.1`. Other versions are kept.
 */
export function normalizePackageVersion(ecosystem: string, name: string, version: string): string {
  if (ecosystem !== 'golang' || name !== 'stdlib') return version;
  const bare = version.startsWith('go') ? version.slice(2) : version.startsWith('v') ? version.slice(1) : version;
  return /^\d/.test(bare) ? `v${bare}` : version;
}

/**
 * `dep|<primary id>|<ecosystem+name>|<version>`, the ecosystem, name and version normalized so tools
 * agree (see normalizeEcosystem, normalizePackageName, normalizePackageVersion).
 */
export function dependencyIdentity(toolId: string, aliases: readonly string[], pkg: PackageRef): string {
  const ecosystem = normalizeEcosystem(pkg.ecosystem, pkg.purl);
  const name = normalizePackageName(ecosystem, pkg.name, pkg.purl);
  const version = pkg.version === undefined ? '' : normalizePackageVersion(ecosystem, pkg.name, pkg.version);
  return flatString(`dep|${primaryVulnerabilityId(toolId, aliases)}|${ecosystem}:${name}|${version}`);
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

/** 16 hex digits of the sha256 of `text`: a short stand-in for a message in an identity. */
export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
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

/** The first GHSA id in a text (an advisory URL, an id field), normalized. */
export function ghsaIn(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const match = /GHSA(-[0-9a-z]{4}){3}/i.exec(text);
  return match && isGhsa(match[0]) ? normalizeVulnerabilityId(match[0]) : undefined;
}

/** The npm registry writes `cwe` as an array, a plain "CWE-400", or a JSON-encoded array string '["CWE-79"]'. */
export function cwesOf(value: unknown): string[] {
  if (Array.isArray(value)) return normalizeCwes(value);
  if (typeof value === 'string') return normalizeCwes(value.match(/cwe-?\d+/gi) ?? []);
  return [];
}
