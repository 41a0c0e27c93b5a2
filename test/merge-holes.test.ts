/**
 * Two ways merging findings across scanners let a release through (DESIGN 3.2, README "Identity and
 * de-duplication"): two CVEs of one package version that share a GHSA were joined into one finding,
 * so an exception for one CVE excepted the other; and a copy without severity (pip-audit, counted as
 * the policy's `severity.unknown`) merged with a copy rating it low became low. Findings are read from
 * reports by the real readers, as a run reads them.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { grype } from '../src/ingest/grype.js';
import { npmAudit } from '../src/ingest/npm-audit.js';
import { osvScanner } from '../src/ingest/osv-scanner.js';
import { pipAudit } from '../src/ingest/pip-audit.js';
import { trivy } from '../src/ingest/trivy.js';
import type { Ingestor } from '../src/ingest/types.js';
import { silentLogger } from '../src/logger.js';
import type { Finding, RawFinding } from '../src/model.js';
import { assignIds, mergeFindings, type UnknownCountsAs } from '../src/normalize.js';
import { run } from '../src/run.js';
import { createHarness } from './ingest/harness.js';

const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));

const TOMCAT = 'org.apache.tomcat:tomcat-catalina';
const SHARED_GHSA = 'GHSA-fpj8-gq4v-p354';
const EXCEPTED = 'CVE-2025-66614';
const SECOND = 'CVE-2026-99999';

type Report = [ingestor: Ingestor, name: string, content: unknown];

/** Every report read by its reader and given ids (each input on its own), then merged across inputs. */
async function merge(reports: readonly Report[], unknownAs?: UnknownCountsAs): Promise<Finding[]> {
  const all: Finding[] = [];
  for (const [ingestor, name, content] of reports) {
    const { findings } = await createHarness(ingestor, 'unused').parseText(name, content);
    all.push(...assignIds(findings as RawFinding[], undefined, unknownAs));
  }
  return unknownAs === undefined ? mergeFindings(all) : mergeFindings(all, unknownAs);
}

/** The merged findings of the reports in the given order and reversed: the same ids either way. */
async function mergeBothWays(reports: readonly Report[], unknownAs?: UnknownCountsAs): Promise<Finding[]> {
  const forward = await merge(reports, unknownAs);
  const backward = await merge([...reports].reverse(), unknownAs);
  expect(backward.map((f) => [f.id, f.severity, f.aliases])).toEqual(forward.map((f) => [f.id, f.severity, f.aliases]));
  return forward;
}

function trivyVulnerability(id: string, severity: string, vendorIds: string[], extra: Record<string, unknown> = {}) {
  return {
    VulnerabilityID: id,
    VendorIDs: vendorIds,
    PkgName: TOMCAT,
    InstalledVersion: '9.0.109',
    Severity: severity,
    Title: `${id} in tomcat`,
    ...extra,
  };
}

function trivyReport(vulnerabilities: unknown[], type = 'jar', target = 'Java') {
  return {
    SchemaVersion: 2,
    ArtifactName: 'app',
    ArtifactType: 'filesystem',
    Results: [{ Target: target, Class: 'lang-pkgs', Type: type, Vulnerabilities: vulnerabilities }],
  };
}

function grypeReport(matches: { id: string; related: string[]; severity?: string }[]) {
  return {
    matches: matches.map(({ id, related, severity = 'High' }) => ({
      vulnerability: { id, severity },
      relatedVulnerabilities: related.map((rel) => ({ id: rel })),
      matchDetails: [],
      artifact: {
        name: 'tomcat-catalina',
        version: '9.0.109',
        type: 'java-archive',
        purl: 'pkg:maven/org.apache.tomcat/tomcat-catalina@9.0.109',
        locations: [{ path: '/app/lib/tomcat-catalina.jar' }],
      },
    })),
    source: { type: 'directory', target: '/app' },
    descriptor: { name: 'grype', version: '0.96.0' },
  };
}

/** An OSV-Scanner report of one advisory with the given aliases (none: the GHSA alone). */
function osvReport(id: string, aliases: string[]) {
  return {
    results: [
      {
        source: { path: '/app/pom.xml', type: 'lockfile' },
        packages: [
          {
            package: { name: TOMCAT, version: '9.0.109', ecosystem: 'Maven' },
            vulnerabilities: [{ id, aliases, database_specific: { severity: 'MODERATE' } }],
            groups: [{ ids: [id] }],
          },
        ],
      },
    ],
  };
}

/** The two Tomcat CVEs of the defect: the excepted one and a critical one Trivy lists under its GHSA. */
const bothCves = () => [
  trivyVulnerability(EXCEPTED, 'MEDIUM', [SHARED_GHSA]),
  trivyVulnerability(SECOND, 'CRITICAL', [SHARED_GHSA]),
];

const cvesOf = (f: Finding) => f.aliases.filter((a) => a.startsWith('CVE-'));

describe('merging never makes two CVEs one', () => {
  it('joins one CVE that other scanners report under its GHSA (Trivy, Grype, OSV-Scanner without the CVE)', async () => {
    const findings = await mergeBothWays([
      [trivy, 'trivy.json', trivyReport([trivyVulnerability(EXCEPTED, 'MEDIUM', [SHARED_GHSA])])],
      [grype, 'grype.json', grypeReport([{ id: SHARED_GHSA, related: [EXCEPTED] }])],
      [osvScanner, 'osv.json', osvReport(SHARED_GHSA, [])],
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      identity: `dep|${EXCEPTED}|maven:${TOMCAT}|9.0.109:1`,
      ruleId: EXCEPTED,
      aliases: [EXCEPTED, SHARED_GHSA],
      severity: 'high',
    });
    expect(findings[0]?.sources.map((s) => s.format).sort()).toEqual(['grype', 'osv-scanner', 'trivy']);
  });

  it('keeps two CVEs of one package version that share a GHSA two findings, in one report and across two', async () => {
    const alone = await merge([[trivy, 'trivy.json', trivyReport([bothCves()[0]])]]);
    for (const reports of [
      [[trivy, 'trivy.json', trivyReport(bothCves())]],
      [[trivy, 'trivy.json', trivyReport([...bothCves()].reverse())]],
      [
        [trivy, 'a.json', trivyReport([bothCves()[0]])],
        [trivy, 'b.json', trivyReport([bothCves()[1]])],
      ],
      // Grype's GHSA related to the second CVE only, and Trivy's two CVEs.
      [
        [trivy, 'trivy.json', trivyReport(bothCves())],
        [grype, 'grype.json', grypeReport([{ id: SHARED_GHSA, related: [SECOND], severity: 'Critical' }])],
      ],
    ] as Report[][]) {
      const findings = await mergeBothWays(reports);
      expect(findings.map(cvesOf).sort()).toEqual([[EXCEPTED], [SECOND]]);
      const excepted = findings.find((f) => f.ruleId === EXCEPTED);
      const second = findings.find((f) => f.ruleId === SECOND);
      // The excepted CVE keeps the id it has alone, so an exception by id still means it and only it.
      expect(excepted).toMatchObject({ id: alone[0]?.id, severity: 'medium' });
      expect(second).toMatchObject({ identity: `dep|${SECOND}|maven:${TOMCAT}|9.0.109:1`, severity: 'critical' });
    }
  });

  it('keeps a finding of only the GHSA that two CVEs share a finding of its own, joined to neither (same version or none)', async () => {
    for (const bridge of [
      [osvScanner, 'osv.json', osvReport(SHARED_GHSA, [])],
      [grype, 'grype.json', grypeReport([{ id: SHARED_GHSA, related: [] }])],
    ] as Report[]) {
      const reports: Report[] = [[trivy, 'trivy.json', trivyReport(bothCves())], bridge];
      const findings = await mergeBothWays(reports);
      expect(findings.map((f) => [f.ruleId, cvesOf(f), f.sources.length]).sort()).toEqual([
        [EXCEPTED, [EXCEPTED], 1],
        [SECOND, [SECOND], 1],
        [SHARED_GHSA, [], 1],
      ]);
      // With one CVE only, the same finding joins it.
      const one = await mergeBothWays([[trivy, 'trivy.json', trivyReport([bothCves()[1]])], bridge]);
      expect(one.map((f) => [f.ruleId, f.sources.length])).toEqual([[SECOND, 2]]);
    }
  });

  it('keeps an npm audit v2 advisory (no installed version) of a GHSA two CVEs share apart from both', async () => {
    const ghsa = 'GHSA-9vvw-cc9w-f27h';
    const debug = (id: string, severity: string) => ({
      VulnerabilityID: id,
      VendorIDs: [ghsa],
      PkgName: 'debug',
      InstalledVersion: '3.0.1',
      Severity: severity,
      Title: `${id} in debug`,
    });
    const npm = JSON.parse(readFileSync(join(FIXTURES, 'npm-audit-json/npm-audit-v2-one.json'), 'utf8')) as unknown;
    const two = await mergeBothWays([
      [
        trivy,
        'trivy.json',
        trivyReport([debug('CVE-2017-20165', 'LOW'), debug(SECOND, 'CRITICAL')], 'npm', 'package-lock.json'),
      ],
      [npmAudit, 'npm.json', npm],
    ]);
    const debugFindings = two.filter((f) => f.aliases.includes(ghsa));
    expect(debugFindings.map((f) => [f.ruleId, f.sources.map((s) => s.format)]).sort()).toEqual([
      ['CVE-2017-20165', ['trivy']],
      [SECOND, ['trivy']],
      [ghsa, ['npm-audit']],
    ]);
    const one = await mergeBothWays([
      [trivy, 'trivy.json', trivyReport([debug('CVE-2017-20165', 'LOW')], 'npm', 'package-lock.json')],
      [npmAudit, 'npm.json', npm],
    ]);
    const joined = one.filter((f) => f.aliases.includes(ghsa));
    expect(joined.map((f) => [f.ruleId, f.sources.map((s) => s.format).sort()])).toEqual([
      ['CVE-2017-20165', ['npm-audit', 'trivy']],
    ]);
  });

  it('rejects the demo release when Trivy reports a critical CVE under the GHSA of the excepted one', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sg-merge-holes-'));
    cpSync(join(FIXTURES, 'demo/release'), root, { recursive: true });
    const evaluate = async () =>
      (
        await run({
          root,
          scans: [],
          dryRun: true,
          clock: () => new Date('2026-11-25T12:00:00Z'),
          logger: silentLogger,
        })
      ).evaluation;
    expect((await evaluate()).decision).toBe('approved-with-conditions');

    const path = join(root, 'reports/trivy.json');
    const report = JSON.parse(readFileSync(path, 'utf8')) as {
      Results: { Vulnerabilities?: { VulnerabilityID: string }[] }[];
    };
    const vulnerabilities = report.Results.find((r) => r.Vulnerabilities?.some((v) => v.VulnerabilityID === EXCEPTED))
      ?.Vulnerabilities as Record<string, unknown>[];
    const excepted = vulnerabilities.find((v) => v.VulnerabilityID === EXCEPTED) as Record<string, unknown>;
    vulnerabilities.push({ ...excepted, VulnerabilityID: SECOND, Severity: 'CRITICAL', Title: 'a critical one' });
    writeFileSync(path, JSON.stringify(report));

    const evaluation = await evaluate();
    const tomcat = evaluation.findings.filter((f) => f.package?.name === TOMCAT && cvesOf(f).length > 0);
    expect(tomcat.find((f) => f.ruleId === EXCEPTED)).toMatchObject({ excepted: true, exceptionId: 'EXC-0001' });
    expect(tomcat.find((f) => f.ruleId === SECOND)).toMatchObject({ excepted: false, severity: 'critical' });
    expect(evaluation.decision).toBe('rejected');
  });
});

describe('a merged finding is never counted lower than a copy without severity', () => {
  /** pip-audit (no severity) and Trivy (the given severity) reporting one PyYAML CVE. */
  const reports = (severity: string): Report[] => [
    [
      pipAudit,
      'pip-audit.json',
      {
        dependencies: [
          {
            name: 'pyyaml',
            version: '5.3.1',
            vulns: [{ id: 'PYSEC-2021-142', aliases: ['CVE-2020-14343'], fix_versions: ['5.4'], description: 'x' }],
          },
        ],
        fixes: [],
      },
    ],
    [
      trivy,
      'trivy.json',
      trivyReport(
        [{ VulnerabilityID: 'CVE-2020-14343', PkgName: 'PyYAML', InstalledVersion: '5.3.1', Severity: severity }],
        'pip',
        'requirements.txt',
      ),
    ],
  ];

  it('keeps unknown over a lower severity (unknown counts as high by default), saying so in severitySource', async () => {
    for (const severity of ['LOW', 'MEDIUM']) {
      const findings = await mergeBothWays(reports(severity));
      expect(findings).toHaveLength(1);
      expect(findings[0]?.sources.map((s) => s.format).sort()).toEqual(['pip-audit', 'trivy']);
      expect(findings[0]?.severity).toBe('unknown');
      expect(findings[0]?.severitySource).toBe(
        `no severity in pip-audit; unknown counts as high, above trivy ${severity}`,
      );
    }
  });

  it('keeps a known severity that counts as high as unknown or higher', async () => {
    for (const [severity, expected] of [
      ['HIGH', 'high'],
      ['CRITICAL', 'critical'],
    ]) {
      const [finding] = await mergeBothWays(reports(severity as string));
      expect(finding).toMatchObject({ severity: expected, severitySource: `trivy ${severity}` });
    }
  });

  it("ranks unknown as the policy's severity.unknown when given", async () => {
    const low = await mergeBothWays(reports('MEDIUM'), 'low');
    expect(low[0]).toMatchObject({ severity: 'medium', severitySource: 'trivy MEDIUM' });
    const tie = await mergeBothWays(reports('LOW'), 'low');
    expect(tie[0]).toMatchObject({ severity: 'low', severitySource: 'trivy LOW' });
    const critical = await mergeBothWays(reports('HIGH'), 'critical');
    expect(critical[0]).toMatchObject({
      severity: 'unknown',
      severitySource: 'no severity in pip-audit; unknown counts as critical, above trivy HIGH',
    });
  });

  it('keeps unknown over a lower severity within one input too (assignIds)', () => {
    const raw = (severity: RawFinding['severity'], severitySource: string, pointer: string): RawFinding => ({
      identityKey: 'dep|CVE-2020-14343|pypi:pyyaml|5.3.1',
      run: 0,
      scanType: 'dependency',
      ruleId: 'CVE-2020-14343',
      title: 'title',
      severity,
      severitySource,
      aliases: ['CVE-2020-14343'],
      cwe: [],
      location: {},
      package: { name: 'pyyaml', version: '5.3.1', ecosystem: 'pypi' },
      sources: [{ input: 'scan.json', format: 'test', tool: 'test', pointer }],
    });
    const inOrder = (unknownFirst: boolean): RawFinding[] =>
      unknownFirst
        ? [raw('unknown', 'none', '/0'), raw('low', 'trivy LOW', '/1')]
        : [raw('low', 'trivy LOW', '/0'), raw('unknown', 'none', '/1')];
    for (const unknownFirst of [true, false]) {
      expect(assignIds(inOrder(unknownFirst))).toMatchObject([
        { severity: 'unknown', severitySource: 'none; unknown counts as high, above trivy LOW' },
      ]);
      expect(assignIds(inOrder(unknownFirst), undefined, 'low')).toMatchObject([
        { severity: 'low', severitySource: 'trivy LOW' },
      ]);
    }
  });

  it('counts a pip-audit finding that Trivy rates low as high in a run of the release preset', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sg-merge-holes-'));
    for (const [, name, content] of reports('LOW')) writeFileSync(join(root, name), JSON.stringify(content));
    const { evaluation } = await run({
      root,
      scans: ['pip-audit.json', 'trivy.json'],
      dryRun: true,
      clock: () => new Date('2026-11-25T12:00:00Z'),
      logger: silentLogger,
      policy: 'release',
    });
    expect(evaluation.findings).toHaveLength(1);
    expect(evaluation.findings[0]).toMatchObject({ severity: 'unknown', countedSeverity: 'high' });
  });
});
