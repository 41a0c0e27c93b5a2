/**
 * Trivy reports .NET packages of a `*.deps.json` as `Type: dotnet-core` (and of
 * `Directory.Packages.props` as `packages-props`), with a `pkg:nuget/...` package URL. Neither type was
 * in the ecosystem table, so the unknown ecosystem joined the npm package of the same name and alias:
 * NuGet jQuery and npm jquery 3.4.1 became one finding, which README "Identity and de-duplication" says
 * never happens. Both are NuGet now, as are Trivy's other language types that name an ecosystem, and a
 * type the table does not know takes the ecosystem of the package URL's type. Real reports
 * (trivy-dev-npm-with-suppressed.json, grype-0.24.0-directory.json), edited in the test.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dependencyIdentity, isKnownEcosystem, normalizeEcosystem } from '../src/ingest/identity.js';
import { silentLogger } from '../src/logger.js';
import { run } from '../src/run.js';

const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));
const CVE = 'CVE-2020-11022';
const GHSA = 'GHSA-gxr4-xjj5-5px2';

type Json = Record<string, unknown>;

function fixture(rel: string): Json {
  return JSON.parse(readFileSync(join(FIXTURES, rel), 'utf8')) as Json;
}

/** Trivy's report with its one result made jQuery 3.4.1's CVE-2020-11022, of `type`, with `purl` when given. */
function trivy(type: string, target: string, purl?: string): Json {
  const report = fixture('trivy-json/trivy-dev-npm-with-suppressed.json');
  const [result] = report.Results as [Json];
  const [vulnerability] = result.Vulnerabilities as [Json];
  result.Target = target;
  result.Type = type;
  delete result.Packages;
  delete vulnerability.PkgIdentifier;
  Object.assign(vulnerability, {
    VulnerabilityID: CVE,
    VendorIDs: [GHSA],
    PkgID: 'jQuery@3.4.1',
    PkgName: 'jQuery',
    InstalledVersion: '3.4.1',
    FixedVersion: '3.5.0',
    Severity: 'MEDIUM',
    Title: 'jquery: XSS',
    ...(purl !== undefined ? { PkgIdentifier: { PURL: purl } } : {}),
  });
  return report;
}

/** Grype's directory report with its first npm match made jquery's GHSA-gxr4-xjj5-5px2 (CVE-2020-11022 related). */
function grype(type: string, name: string, purl: string): Json {
  const report = fixture('grype-json/grype-0.24.0-directory.json');
  const match = (report.matches as Json[]).find((m) => (m.artifact as Json).type === 'npm') as Json;
  match.vulnerability = { ...(match.vulnerability as Json), id: GHSA, severity: 'Medium' };
  match.relatedVulnerabilities = [{ id: CVE, severity: 'Medium' }];
  match.artifact = {
    ...(match.artifact as Json),
    name,
    version: '3.4.1',
    type,
    purl,
    cpes: [],
    locations: [{ path: 'frontend/package-lock.json' }],
  };
  report.matches = [match];
  return report;
}

const DEPS_JSON = 'src/Web/bin/Release/net8.0/Web.deps.json';
const NUGET = 'pkg:nuget/jQuery@3.4.1';
const NPM_JQUERY = () => grype('npm', 'jquery', 'pkg:npm/jquery@3.4.1');

async function identities(reports: Record<string, Json>) {
  const root = mkdtempSync(join(tmpdir(), 'sg-idn-dotnet-'));
  for (const [name, report] of Object.entries(reports)) writeFileSync(join(root, name), JSON.stringify(report));
  const { evaluation } = await run({
    root,
    scans: Object.keys(reports),
    dryRun: true,
    clock: () => new Date('2026-11-25T12:00:00Z'),
    logger: silentLogger,
    policy: 'release',
  });
  // The fixture's other finding (debug's CVE-2017-16137, suppressed in the report) is not jQuery's.
  return evaluation.findings
    .filter((f) => f.aliases.includes(CVE))
    .map((f) => [f.identity, f.sources.map((s) => s.tool).sort()] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

describe("Trivy's .NET packages", () => {
  it.each([
    ['dotnet-core', DEPS_JSON],
    ['packages-props', 'Directory.Packages.props'],
  ])('keeps a NuGet package of Type %s apart from the npm package of the same name and alias', async (type, target) => {
    for (const purl of [NUGET, undefined])
      expect(await identities({ 'trivy.json': trivy(type, target, purl), 'grype.json': NPM_JQUERY() })).toEqual([
        [`dep|${CVE}|npm:jquery|3.4.1:1`, ['grype']],
        [`dep|${CVE}|nuget:jQuery|3.4.1:1`, ['Trivy']],
      ]);
  });

  it('joins it with the NuGet package another scanner reports (Grype dotnet)', async () => {
    const nuget = grype('dotnet', 'jQuery', NUGET);
    expect(await identities({ 'trivy.json': trivy('dotnet-core', DEPS_JSON, NUGET), 'grype.json': nuget })).toEqual([
      [`dep|${CVE}|nuget:jQuery|3.4.1:1`, ['Trivy', 'grype']],
    ]);
  });

  it('still joins an npm package of Trivy and Grype', async () => {
    const npm = trivy('npm', 'frontend/package-lock.json', 'pkg:npm/jquery@3.4.1');
    const [result] = npm.Results as [Json];
    ((result.Vulnerabilities as Json[])[0] as Json).PkgName = 'jquery';
    expect(await identities({ 'trivy.json': npm, 'grype.json': NPM_JQUERY() })).toEqual([
      [`dep|${CVE}|npm:jquery|3.4.1:1`, ['Trivy', 'grype']],
    ]);
  });
});

describe('a package type the ecosystem table does not know', () => {
  it("takes the ecosystem of the package URL's type", async () => {
    const later = trivy('dotnet-future', DEPS_JSON, NUGET);
    expect(await identities({ 'trivy.json': later, 'grype.json': NPM_JQUERY() })).toEqual([
      [`dep|${CVE}|npm:jquery|3.4.1:1`, ['grype']],
      [`dep|${CVE}|nuget:jQuery|3.4.1:1`, ['Trivy']],
    ]);
  });

  it('keeps its own name without a package URL, or with one of a type it does not know either', async () => {
    for (const purl of [undefined, 'pkg:generic/jQuery@3.4.1'])
      expect(await identities({ 'trivy.json': trivy('dotnet-future', DEPS_JSON, purl) })).toEqual([
        [`dep|${CVE}|dotnet-future:jQuery|3.4.1:1`, ['Trivy']],
      ]);
  });
});

describe('normalizeEcosystem', () => {
  it.each([
    ['nuget', 'nuget'],
    ['dotnet-core', 'nuget'],
    ['packages-props', 'nuget'],
    ['bun', 'npm'],
    ['uv', 'pypi'],
    ['pylock', 'pypi'],
    ['sbt', 'maven'],
    ['rustbinary', 'cargo'],
    ['composer-vendor', 'composer'],
    ['conan', 'conan'],
    ['cocoapods', 'cocoapods'],
    ['swift', 'swift'],
    ['pub', 'pub'],
    ['hex', 'hex'],
    ['conda-pkg', 'conda'],
    ['conda-environment', 'conda'],
    ['julia', 'julia'],
    ['bitnami', 'bitnami'],
  ])("maps Trivy's %s to %s, a known ecosystem", (type, ecosystem) => {
    expect(normalizeEcosystem(type)).toBe(ecosystem);
    expect(isKnownEcosystem(ecosystem)).toBe(true);
  });

  it('takes the package URL only when the reported type is unknown', () => {
    expect(normalizeEcosystem('npm', NUGET)).toBe('npm');
    expect(normalizeEcosystem('dotnet-future', NUGET)).toBe('nuget');
    expect(normalizeEcosystem(undefined, 'pkg:pypi/pyyaml@5.3.1')).toBe('pypi');
    expect(normalizeEcosystem('Amazon', 'pkg:rpm/amazon/curl@7.76.1-14.amzn2?distro=amazon-2')).toBe('rpm');
    expect(normalizeEcosystem('amazon')).toBe('amazon');
    expect(normalizeEcosystem('amazon', 'pkg:generic/curl@7.76.1')).toBe('amazon');
    expect(normalizeEcosystem('amazon', 'not a purl')).toBe('amazon');
    expect(isKnownEcosystem('amazon')).toBe(false);
  });

  it('names the same package in the identity whichever of the spellings a report uses', () => {
    const id = (ecosystem: string | undefined, purl?: string) =>
      dependencyIdentity(CVE, [GHSA], { name: 'jQuery', version: '3.4.1', ecosystem, purl });
    const nuget = `dep|${CVE}|nuget:jQuery|3.4.1`;
    expect([id('nuget'), id('dotnet'), id('dotnet-core'), id('packages-props'), id(undefined, NUGET)]).toEqual(
      Array(5).fill(nuget),
    );
  });
});
