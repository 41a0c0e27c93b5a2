/**
 * Dependency findings of two known ecosystems are never one finding (README "Identity and
 * de-duplication"): npm `cookie` and NuGet `Cookie` 0.4.0 with one CVE joined, as alias, name (in any
 * case) and version matched, and an exception for the npm package excepted the NuGet one with it. A
 * finding without a known ecosystem (SARIF names none) joins as before, but only when the findings it
 * would join are of one ecosystem. Real reports (Trivy JSON, OSV-Scanner SARIF), edited in the test.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/model.js';
import { silentLogger } from '../src/logger.js';
import { findingId, mergeFindings } from '../src/normalize.js';
import { run } from '../src/run.js';
import { makeFinding } from './helpers.js';

const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));
const CVE = 'CVE-2024-47764';
/** OSV-Scanner's SARIF finding of CVE-2024-47764 in cookie 0.4.0, which names no ecosystem. */
const SARIF_COOKIE = 'SG-0cfb303adeefc8af';
const NPM_IDENTITY = `dep|${CVE}|npm:cookie|0.4.0:1`;
const NUGET_IDENTITY = `dep|${CVE}|nuget:Cookie|0.4.0:1`;

/**
 * Trivy's npm report (trivy-dev-npm-with-suppressed.json), its one result copied per package: Trivy
 * reporting CVE-2024-47764 in each `[Type, PkgName]` at 0.4.0.
 */
function trivyReport(packages: [type: string, name: string][]): unknown {
  const report = JSON.parse(readFileSync(join(FIXTURES, 'trivy-json/trivy-dev-npm-with-suppressed.json'), 'utf8')) as {
    Results: Record<string, unknown>[];
  };
  const [template] = report.Results as [Record<string, unknown>];
  const [vulnerability] = template.Vulnerabilities as [Record<string, unknown>];
  report.Results = packages.map(([type, name]) => ({
    Target: type === 'npm' ? 'package-lock.json' : 'src/Web/packages.lock.json',
    Class: template.Class,
    Type: type,
    Vulnerabilities: [
      {
        ...vulnerability,
        VulnerabilityID: CVE,
        PkgID: `${name}@0.4.0`,
        PkgName: name,
        PkgIdentifier: { PURL: `pkg:${type}/${name}@0.4.0` },
        InstalledVersion: '0.4.0',
        FixedVersion: '0.7.0',
        Severity: 'MEDIUM',
      },
    ],
  }));
  return report;
}

async function evaluate(files: Record<string, unknown>, exception?: string) {
  const root = mkdtempSync(join(tmpdir(), 'sg-idn-eco-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(root, name), JSON.stringify(content));
  if (exception !== undefined) {
    mkdirSync(join(root, '.shipgate/exceptions'), { recursive: true });
    writeFileSync(join(root, '.shipgate/exceptions/cookie.yml'), exception);
    writeFileSync(
      join(root, '.shipgate/policy.yml'),
      'version: 1\nextends: release\nexceptions:\n  approvers: [security-lead]\n',
    );
  }
  return (
    await run({
      root,
      scans: Object.keys(files),
      dryRun: true,
      clock: () => new Date('2026-11-25T12:00:00Z'),
      logger: silentLogger,
      ...(exception === undefined ? { policy: 'release' } : {}),
    })
  ).evaluation;
}

function sarifCookie(): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, 'sarif/osv-scanner-2.2.0-npm.sarif'), 'utf8'));
}

const cookieFindings = (findings: readonly Finding[]) =>
  findings
    .filter((f) => f.aliases.includes(CVE) || f.ruleId === CVE)
    .map((f) => [f.identity, f.sources.map((s) => s.format).sort()])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe('dependency findings of different ecosystems', () => {
  it('keeps npm cookie and NuGet Cookie 0.4.0 of one CVE two findings, the npm one with its own id', async () => {
    const npmOnly = await evaluate({ 'trivy.json': trivyReport([['npm', 'cookie']]) });
    const both = await evaluate({
      'trivy.json': trivyReport([
        ['npm', 'cookie'],
        ['nuget', 'Cookie'],
      ]),
    });
    expect(cookieFindings(both.findings)).toEqual([
      [NPM_IDENTITY, ['trivy']],
      [NUGET_IDENTITY, ['trivy']],
    ]);
    expect(both.findings.find((f) => f.identity === NPM_IDENTITY)?.id).toBe(npmOnly.findings[0]?.id);
    expect(both.findings.find((f) => f.identity === NUGET_IDENTITY)?.id).toBe(findingId(NUGET_IDENTITY));
  });

  it('excepts only the npm package when the exception names it by its package URL; a bare name names it in every ecosystem', async () => {
    const exception = (pkg: string) =>
      [
        'exceptions:',
        '  - id: EXC-0002',
        '    type: risk-acceptance',
        '    match:',
        `      vulnerability: ${CVE}`,
        `      package: ${pkg}`,
        '    reason: The npm cookie package only parses cookies the service itself sets.',
        '    owner: carol',
        '    approvedBy: security-lead',
        '    approvedOn: 2026-11-20',
        '    expires: 2027-02-15',
        '    ticket: SEC-2',
        '',
      ].join('\n');
    const excepted = async (pkg: string) =>
      (
        await evaluate(
          {
            'trivy.json': trivyReport([
              ['nuget', 'Cookie'],
              ['npm', 'cookie'],
            ]),
          },
          exception(pkg),
        )
      ).findings
        .map((f) => [f.identity, f.excepted])
        .sort();
    expect(await excepted('pkg:npm/cookie')).toEqual([
      [NPM_IDENTITY, true],
      [NUGET_IDENTITY, false],
    ]);
    expect(await excepted('pkg:nuget/Cookie')).toEqual([
      [NPM_IDENTITY, false],
      [NUGET_IDENTITY, true],
    ]);
    // NuGet ids are case-insensitive, and findings join names without case: 'cookie' names both.
    expect(await excepted('cookie')).toEqual([
      [NPM_IDENTITY, true],
      [NUGET_IDENTITY, true],
    ]);
  });

  it('joins a SARIF finding without ecosystem to the one known ecosystem it matches, as before', async () => {
    const { findings } = await evaluate({
      'osv.sarif': sarifCookie(),
      'trivy.json': trivyReport([['npm', 'cookie']]),
    });
    expect(cookieFindings(findings)).toEqual([[NPM_IDENTITY, ['sarif', 'trivy']]]);
  });

  it('joins a SARIF finding without ecosystem to neither of two ecosystems it matches, in any order', async () => {
    const files = {
      'osv.sarif': sarifCookie(),
      'trivy.json': trivyReport([
        ['npm', 'cookie'],
        ['nuget', 'Cookie'],
      ]),
    };
    const { findings } = await evaluate(files);
    expect(cookieFindings(findings)).toEqual([
      [`dep|${CVE}|:cookie|0.4.0:1`, ['sarif']],
      [NPM_IDENTITY, ['trivy']],
      [NUGET_IDENTITY, ['trivy']],
    ]);
    expect(findings.find((f) => f.ruleId === CVE && f.sources[0]?.format === 'sarif')?.id).toBe(SARIF_COOKIE);
    const reversed = await evaluate({ 'trivy.json': files['trivy.json'], 'osv.sarif': files['osv.sarif'] });
    expect(reversed.findings.map((f) => f.id)).toEqual(findings.map((f) => f.id));
  });
});

describe('mergeFindings and ecosystems', () => {
  /** A dependency finding of CVE-2024-47764 in `name` 0.4.0 of `ecosystem`. */
  const dep = (ecosystem: string | undefined, name = 'cookie') =>
    makeFinding({
      scanType: 'dependency',
      ruleId: CVE,
      aliases: [CVE],
      package: { name, version: '0.4.0', ...(ecosystem === undefined ? {} : { ecosystem }) },
    });
  const groups = (findings: readonly Finding[]) => findings.map((f) => f.sources.length).sort((a, b) => a - b);

  it.each([
    ['npm and nuget', ['npm', 'nuget'], [1, 1]],
    ['node-pkg and npm (one ecosystem spelled twice)', ['node-pkg', 'npm'], [2]],
    ['none and npm', [undefined, 'npm'], [2]],
    ['none and two ecosystems', [undefined, 'npm', 'nuget'], [1, 1, 1]],
    ['none, none and one ecosystem', [undefined, undefined, 'npm'], [3]],
    ['one the table does not know (amazon) and rpm', ['amazon', 'rpm'], [2]],
  ])('%s', (_name, ecosystems, sizes) => {
    const findings = ecosystems.map((e) => dep(e, e === 'nuget' ? 'Cookie' : 'cookie'));
    expect(groups(mergeFindings(findings))).toEqual(sizes);
    expect(groups(mergeFindings([...findings].reverse()))).toEqual(sizes);
  });
});
