import { FIXTURES, counts, createHarness, fixtureFiles, sampleOf } from './harness.js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeIdentity, dependencyIdentity, secretIdentity } from '../../src/ingest/identity.js';
import { readInputFile } from '../../src/ingest/read.js';
import { trivy } from '../../src/ingest/trivy.js';
import { countBySeverity, type ScanType, type SeverityCounts } from '../../src/model.js';

const FOLDER = 'trivy-json';
const OWN_MALFORMED = ['malformed/trivy-legacy-null.json'];
const { context, parseFixture, otherFormatFiles, parseText, parseError } = createHarness(trivy, FOLDER, OWN_MALFORMED);

function scanTypeCounts(findings: readonly { scanType: ScanType }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of findings) out[f.scanType] = (out[f.scanType] ?? 0) + 1;
  return out;
}

/** A fresh copy of a real fixture's document, to damage in a test. */
function fixtureDocument(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(FIXTURES, FOLDER, name), 'utf8')) as Record<string, unknown>;
}

/** The same object with one key renamed, keeping the key order. */
function renameKey(obj: Record<string, unknown>, from: string, to: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(obj).map(([key, value]) => [key === from ? to : key, value]));
}

const NOTHING_SCANNED_EXPECTED =
  '(expected Results[] with at least one scanned target; Trivy leaves Results out when it finds nothing to scan, such as no OS, lock file or config file, and a report of nothing scanned is not a clean scan).';

/** A SchemaVersion 2 report around the given results. */
function report(results: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    SchemaVersion: 2,
    ArtifactName: '.',
    ArtifactType: 'filesystem',
    Results: results,
    ...extra,
  });
}

describe('ingest/trivy', () => {
  it('has a fixture set to test against', () => {
    expect(fixtureFiles(FOLDER)).toHaveLength(7);
  });

  // Manifest column "Findings by severity (computed)" next to what shipgate counts. Where they differ the
  // reason is in `why`.
  const table: {
    file: string;
    manifest: string;
    expected: Partial<SeverityCounts>;
    scanTypes: Record<string, number>;
    /** The report's runs, one per scan type its results' classes show (container, dependency, iac, secret). */
    runScanTypes: ScanType[];
    why?: string;
  }[] = [
    {
      file: 'trivy-0.69.1-fs-cvssv4.json',
      manifest: 'Severity {LOW: 2, MEDIUM: 1}',
      expected: { low: 2, medium: 1 },
      scanTypes: { dependency: 3 },
      runScanTypes: ['dependency'],
    },
    {
      file: 'trivy-dev-npm-with-suppressed.json',
      manifest: 'Severity {HIGH: 1}; ExperimentalModifiedFindings (suppressed) 1',
      expected: { high: 1, low: 1 },
      scanTypes: { dependency: 2 },
      runScanTypes: ['dependency'],
      why: 'the suppressed LOW finding (VEX not_affected) is read too, marked as suppressed; the manifest leaves it out',
    },
    {
      file: 'trivy-fs-vulns-misconfig-secrets.json',
      manifest: 'Severity {CRITICAL: 2, HIGH: 2, MEDIUM: 1}',
      expected: { critical: 2, high: 2, medium: 1 },
      scanTypes: { dependency: 2, iac: 1, secret: 2 },
      runScanTypes: ['dependency', 'iac', 'secret'],
    },
    {
      file: 'trivy-image-schema2-many.json',
      manifest: 'Severity {CRITICAL: 1, HIGH: 1, MEDIUM: 3}',
      expected: { critical: 1, high: 1, medium: 3 },
      scanTypes: { container: 5 },
      runScanTypes: ['container'],
    },
    {
      file: 'trivy-image-schema2-no-vulns.json',
      manifest: 'Severity {0}',
      expected: {},
      scanTypes: {},
      runScanTypes: ['container'],
    },
    {
      file: 'trivy-k8s-cluster-report.json',
      manifest: 'Severity {LOW: 14, MEDIUM: 6} (Misconfigurations: 10, Vulnerabilities: 10)',
      expected: { low: 14, medium: 6 },
      scanTypes: { container: 10, iac: 10 },
      runScanTypes: ['container', 'iac'],
    },
    {
      file: 'trivy-legacy-list-many.json',
      manifest: 'Severity {HIGH: 18, LOW: 65, MEDIUM: 9, UNKNOWN: 1}',
      expected: { high: 18, low: 65, medium: 9, unknown: 1 },
      scanTypes: { container: 93 },
      runScanTypes: ['container'],
    },
  ];

  it('covers every fixture in the table', () => {
    expect(table.map((row) => `${FOLDER}/${row.file}`).sort()).toEqual(fixtureFiles(FOLDER));
  });

  it.each(table)(
    'counts $file as the manifest does ($manifest)',
    async ({ file, expected, scanTypes, runScanTypes }) => {
      const result = await parseFixture(`${FOLDER}/${file}`);
      expect(countBySeverity(result.findings)).toEqual(counts(expected));
      expect(scanTypeCounts(result.findings)).toEqual(scanTypes);
      expect(result.runs.map((run) => run.scanType)).toEqual(runScanTypes);
      for (const run of result.runs) expect(run).toMatchObject({ tool: 'Trivy', completed: true, problems: [] });
      // Each run counts the raw results of its scan type (every raw result of these reports is a finding).
      expect(result.runs.map((run) => run.resultCount)).toEqual(runScanTypes.map((type) => scanTypes[type] ?? 0));
      expect(result.runs.reduce((sum, run) => sum + run.resultCount, 0)).toBe(result.findings.length);
      for (const finding of result.findings) {
        expect(finding.sources[0]?.input).toBe(`${FOLDER}/${file}`);
        expect(finding.run).toBe(0);
      }
    },
  );

  it('reads every field of a vulnerability with a purl and several fixed versions', async () => {
    const result = await parseFixture(`${FOLDER}/trivy-0.69.1-fs-cvssv4.json`);
    const pkg = {
      name: 'org.apache.tomcat:tomcat-catalina',
      version: '9.0.109',
      ecosystem: 'jar',
      purl: 'pkg:maven/org.apache.tomcat/tomcat-catalina@9.0.109',
      fixedVersions: ['11.0.14', '10.1.49', '9.0.112'],
    };
    expect(result.findings[0]).toEqual({
      identityKey: dependencyIdentity('CVE-2025-66614', ['CVE-2025-66614', 'GHSA-fpj8-gq4v-p354'], pkg),
      run: 0,
      scanType: 'dependency',
      ruleId: 'CVE-2025-66614',
      title: 'tomcat: Client certificate verification bypass due to virtual host mapping',
      severity: 'medium',
      severitySource: 'trivy MEDIUM',
      aliases: ['CVE-2025-66614', 'GHSA-fpj8-gq4v-p354'],
      cwe: ['CWE-20'],
      location: { path: 'catalina.jar' },
      package: pkg,
      sources: [
        {
          input: `${FOLDER}/trivy-0.69.1-fs-cvssv4.json`,
          format: 'trivy',
          tool: 'Trivy',
          toolVersion: '0.69.1',
          pointer: '/Results/0/Vulnerabilities/0',
        },
      ],
    });
    expect(result.findings[0]?.identityKey).toBe('dep|CVE-2025-66614|maven:org.apache.tomcat:tomcat-catalina|9.0.109');
    expect(result.runs[0]?.toolVersion).toBe('0.69.1');
  });

  it('reads every field of a vulnerability, a misconfiguration and a secret from one filesystem report', async () => {
    const rel = `${FOLDER}/trivy-fs-vulns-misconfig-secrets.json`;
    const { findings } = await parseFixture(rel);
    const pkg = { name: 'urllib3', version: '1.26.3', ecosystem: 'pip', fixedVersions: ['1.26.5'] };
    expect(findings[0]).toEqual({
      identityKey: dependencyIdentity('CVE-2021-33503', ['CVE-2021-33503'], pkg),
      run: 0,
      scanType: 'dependency',
      ruleId: 'CVE-2021-33503',
      title: 'python-urllib3: ReDoS in the parsing of authority part of URL',
      severity: 'high',
      severitySource: 'trivy HIGH',
      aliases: ['CVE-2021-33503'],
      cwe: ['CWE-400'],
      location: { path: 'requirements.txt' },
      package: pkg,
      sources: [{ input: rel, format: 'trivy', tool: 'Trivy', pointer: '/Results/0/Vulnerabilities/0' }],
    });
    const misconfig = findings.find((f) => f.scanType === 'iac');
    expect(misconfig).toEqual({
      // DS002 has no StartLine: its message tells it from another DS002 failure in the Dockerfile.
      identityKey: codeIdentity(
        'Trivy',
        'DS002',
        { path: 'Dockerfile' },
        `message:${createHash('sha256').update('Specify at least 1 USER command in Dockerfile with non-root user as argument').digest('hex').slice(0, 16)}`,
      ),
      run: 0,
      scanType: 'iac',
      ruleId: 'DS002',
      title: "Image user should not be 'root'",
      severity: 'high',
      severitySource: 'trivy HIGH',
      aliases: [],
      cwe: [],
      location: { path: 'Dockerfile' },
      sources: [{ input: rel, format: 'trivy', tool: 'Trivy', pointer: '/Results/1/Misconfigurations/0' }],
    });
    const secret = findings.find((f) => f.scanType === 'secret');
    expect(secret).toEqual({
      identityKey: secretIdentity({ path: 'Dockerfile', startLine: 24 }),
      run: 0,
      scanType: 'secret',
      ruleId: 'github-pat',
      title: 'GitHub Personal Access Token',
      severity: 'critical',
      severitySource: 'trivy CRITICAL',
      aliases: [],
      cwe: [],
      location: { path: 'Dockerfile', startLine: 24, endLine: 24 },
      sources: [{ input: rel, format: 'trivy', tool: 'Trivy', pointer: '/Results/2/Secrets/0' }],
    });
    expect(secret?.identityKey).toBe('secret|Dockerfile|24');
  });

  it('never copies a secret Match or Code into a finding', async () => {
    const secretValue = 'ghp_0123456789abcdefghijklmnopqrstuvwxyzAB';
    const result = await parseText(
      'secret.json',
      report([
        {
          Target: 'config/.env',
          Class: 'secret',
          Secrets: [
            {
              RuleID: 'github-pat',
              Category: 'GitHub',
              Severity: 'CRITICAL',
              Title: 'GitHub Personal Access Token',
              StartLine: 3,
              EndLine: 3,
              Match: `GITHUB_TOKEN=${secretValue}`,
              Code: { Lines: [{ Number: 3, Content: `GITHUB_TOKEN=${secretValue}`, IsCause: true }] },
            },
          ],
        },
      ]),
    );
    expect(result.findings).toHaveLength(1);
    expect(JSON.stringify(result)).not.toContain(secretValue);
    expect(JSON.stringify(result)).not.toContain('GITHUB_TOKEN');
    expect(result.findings[0]?.location).toEqual({ path: 'config/.env', startLine: 3, endLine: 3 });
  });

  it('adds the rule to the identity of a secret without a line, so two in one file stay two', async () => {
    const secret = (ruleId: string, line?: number) => ({
      RuleID: ruleId,
      Category: 'x',
      Severity: 'CRITICAL',
      Title: ruleId,
      ...(line !== undefined ? { StartLine: line, EndLine: line } : {}),
    });
    const result = await parseText(
      'secrets-no-line.json',
      report([
        {
          Target: 'config/.env',
          Class: 'secret',
          Secrets: [secret('aws-access-key-id'), secret('github-pat'), secret('github-pat', 4)],
        },
      ]),
    );
    expect(result.findings.map((f) => f.identityKey)).toEqual([
      'secret|config/.env||aws-access-key-id',
      'secret|config/.env||github-pat',
      'secret|config/.env|4',
    ]);
  });

  it('reads ExperimentalModifiedFindings as suppressed findings with the identity they have unsuppressed', async () => {
    const rel = `${FOLDER}/trivy-dev-npm-with-suppressed.json`;
    const result = await parseFixture(rel);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['CVE-2017-20165', 'CVE-2017-16137']);
    expect(result.findings[0]?.suppressions).toBeUndefined();
    const pkg = {
      name: 'debug',
      version: '3.0.1',
      ecosystem: 'npm',
      purl: 'pkg:npm/debug@3.0.1',
      fixedVersions: ['2.6.9', '3.1.0', '3.2.7', '4.3.1'],
    };
    expect(result.findings[1]).toMatchObject({
      identityKey: dependencyIdentity('CVE-2017-16137', ['CVE-2017-16137'], pkg),
      scanType: 'dependency',
      severity: 'low',
      severitySource: 'trivy LOW',
      aliases: ['CVE-2017-16137'],
      cwe: ['CWE-400'],
      location: { path: 'package-lock.json' },
      package: pkg,
      sources: [{ input: rel, pointer: '/Results/0/ExperimentalModifiedFindings/0/Finding' }],
      suppressions: [
        {
          kind: 'external',
          status: 'accepted',
          justification: 'not_affected: vulnerable_code_not_in_execute_path (./vex.json)',
        },
      ],
    });
    // The same entry under Vulnerabilities: the same finding, without the suppression.
    const doc = fixtureDocument('trivy-dev-npm-with-suppressed.json') as { Results: Record<string, unknown>[] };
    const target = doc.Results[0] as {
      Vulnerabilities: unknown[];
      ExperimentalModifiedFindings: { Finding: unknown }[];
    };
    target.Vulnerabilities.push(target.ExperimentalModifiedFindings[0]?.Finding);
    delete (target as Record<string, unknown>).ExperimentalModifiedFindings;
    const unsuppressed = (await parseText('unsuppressed.json', JSON.stringify(doc))).findings[1];
    expect(unsuppressed?.identityKey).toBe(result.findings[1]?.identityKey);
    expect(unsuppressed?.suppressions).toBeUndefined();
    expect(result.warnings).toEqual([
      `${rel}: 1 finding was suppressed by the user (Results[].ExperimentalModifiedFindings, not_affected: 1); it is read as a suppressed finding and counted unless the policy sets exceptions.inFileSuppressions: honor (a VEX status affected or under_investigation never excepts).`,
    ]);
  });

  it('reads modified misconfigurations and secrets, and accepts only the statuses that set a finding aside', async () => {
    const modified = (type: string, status: string, finding: unknown, extra: Record<string, unknown> = {}) => ({
      Type: type,
      Status: status,
      Finding: finding,
      ...extra,
    });
    const result = await parseText(
      'modified.json',
      report([
        {
          Target: 'main.tf',
          Class: 'config',
          Type: 'terraform',
          ExperimentalModifiedFindings: [
            modified(
              'misconfiguration',
              'ignored',
              {
                ID: 'AVD-AWS-0086',
                Title: 'ignored',
                Severity: 'CRITICAL',
                Status: 'FAIL',
                CauseMetadata: { StartLine: 3 },
              },
              { Source: '.trivyignore.yaml', Statement: 'accepted until the migration' },
            ),
            modified(
              'secret',
              'ignored',
              { RuleID: 'aws-access-key-id', Title: 'AWS', Severity: 'CRITICAL', StartLine: 7 },
              { Source: '.trivyignore' },
            ),
          ],
        },
        {
          Target: 'package-lock.json',
          Class: 'lang-pkgs',
          Type: 'npm',
          ExperimentalModifiedFindings: [
            modified('vulnerability', 'affected', {
              VulnerabilityID: 'CVE-2024-1',
              PkgName: 'a',
              InstalledVersion: '1',
              Severity: 'HIGH',
            }),
            modified('vulnerability', 'under_investigation', {
              VulnerabilityID: 'CVE-2024-2',
              PkgName: 'b',
              InstalledVersion: '1',
              Severity: 'HIGH',
            }),
            modified(
              'vulnerability',
              'fixed',
              { VulnerabilityID: 'CVE-2024-3', PkgName: 'c', InstalledVersion: '1', Severity: 'HIGH' },
              { Source: 'CycloneDX VEX' },
            ),
            modified('license', 'ignored', { Name: 'GPL-3.0', Severity: 'HIGH' }),
          ],
        },
      ]),
    );
    expect(result.findings.map((f) => [f.ruleId, f.scanType, f.severity, f.suppressions])).toEqual([
      [
        'AVD-AWS-0086',
        'iac',
        'critical',
        [
          {
            kind: 'external',
            status: 'accepted',
            justification: 'ignored: accepted until the migration (.trivyignore.yaml)',
          },
        ],
      ],
      [
        'aws-access-key-id',
        'secret',
        'critical',
        [{ kind: 'external', status: 'accepted', justification: 'ignored (.trivyignore)' }],
      ],
      ['CVE-2024-1', 'dependency', 'high', [{ kind: 'external', status: 'rejected', justification: 'affected' }]],
      [
        'CVE-2024-2',
        'dependency',
        'high',
        [{ kind: 'external', status: 'underReview', justification: 'under_investigation' }],
      ],
      [
        'CVE-2024-3',
        'dependency',
        'high',
        [{ kind: 'external', status: 'accepted', justification: 'fixed (CycloneDX VEX)' }],
      ],
    ]);
    expect(result.findings[0]?.identityKey).toBe(
      codeIdentity('Trivy', 'AVD-AWS-0086', { path: 'main.tf', startLine: 3 }),
    );
    expect(result.findings[1]?.identityKey).toBe(
      secretIdentity({ path: 'main.tf', startLine: 7 }, 'aws-access-key-id'),
    );
    // A package result and a config result: a dependency and an iac run. The secret set aside in the config
    // result is a finding, but no secret result shows a secret scan: the first run counts it.
    expect(result.runs.map((run) => [run.scanType, run.resultCount])).toEqual([
      ['dependency', 4],
      ['iac', 1],
    ]);
    expect(result.warnings).toEqual([
      'modified.json: 5 findings were suppressed by the user (Results[].ExperimentalModifiedFindings, affected: 1, fixed: 1, ignored: 2, under_investigation: 1); they are read as suppressed findings and counted unless the policy sets exceptions.inFileSuppressions: honor (a VEX status affected or under_investigation never excepts).',
      'modified.json: 1 license finding (Results[].Licenses) is not a security finding and was not counted.',
    ]);
  });

  it('refuses a modified finding of a type Trivy does not write, or without its finding', async () => {
    const error = await parseError(
      'modified-bad.json',
      report([
        {
          Target: 'package-lock.json',
          Class: 'lang-pkgs',
          Type: 'npm',
          ExperimentalModifiedFindings: [
            { Type: 'vuln', Status: 'ignored', Finding: {} },
            { Type: 'vulnerability', Status: 'ignored' },
          ],
        },
      ]),
    );
    expect(error.problems).toEqual([
      "modified-bad.json: /Results/0/ExperimentalModifiedFindings/0/Type: 'vuln' is not a Trivy finding type (expected vulnerability, misconfiguration, secret or license).",
      'modified-bad.json: /Results/0/ExperimentalModifiedFindings/1/Finding: the key is missing (expected a Trivy vulnerability object).',
    ]);
  });

  it('reads the Kubernetes cluster report with namespaced misconfiguration locations', async () => {
    const rel = `${FOLDER}/trivy-k8s-cluster-report.json`;
    const { findings } = await parseFixture(rel);
    const vuln = findings[0];
    expect(vuln).toMatchObject({
      scanType: 'container',
      ruleId: 'CVE-2020-27350',
      location: { path: 'gcr.io/google_samples/gb-redis-follower:v2 (debian 10.4)' },
      package: { name: 'apt', version: '1.8.2.1', ecosystem: 'debian', fixedVersions: ['1.8.2.2'] },
      sources: [{ pointer: '/Vulnerabilities/0/Results/0/Vulnerabilities/0' }],
    });
    const misconfig = findings.find((f) => f.scanType === 'iac');
    expect(misconfig).toMatchObject({
      ruleId: 'KSV001',
      severity: 'medium',
      location: { path: 'default/Deployment/redis-follower', startLine: 132, endLine: 143 },
      identityKey: 'code|Trivy|KSV001|default/Deployment/redis-follower|132',
      sources: [{ pointer: '/Misconfigurations/0/Results/0/Misconfigurations/0' }],
    });
    // The same check on the same Kind/Name in another namespace is another finding.
    const paths = new Set(findings.filter((f) => f.scanType === 'iac').map((f) => f.location.path));
    expect([...paths].sort()).toEqual(['default/Deployment/redis-follower', 'default/Deployment/redis-leader']);
  });

  it('reads the Resources[] form of the Kubernetes report and marks resources Trivy could not scan', async () => {
    const result = await parseText(
      'k8s-resources.json',
      JSON.stringify({
        ClusterName: 'kind-kind',
        Resources: [
          {
            Namespace: 'prod',
            Kind: 'Deployment',
            Name: 'api',
            Results: [
              {
                Target: 'Deployment/api',
                Class: 'config',
                Type: 'kubernetes',
                Misconfigurations: [
                  {
                    ID: 'KSV012',
                    Title: 'Runs as root',
                    Severity: 'MEDIUM',
                    Status: 'FAIL',
                    CauseMetadata: { StartLine: 9 },
                  },
                  { ID: 'KSV013', Title: 'Image tag', Severity: 'LOW', Status: 'PASS' },
                ],
              },
            ],
          },
          { Namespace: 'prod', Kind: 'Deployment', Name: 'worker', Error: 'unable to pull image' },
        ],
      }),
    );
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      ruleId: 'KSV012',
      scanType: 'iac',
      location: { path: 'prod/Deployment/api', startLine: 9 },
      sources: [{ pointer: '/Resources/0/Results/0/Misconfigurations/0' }],
    });
    expect(result.runs[0]?.completed).toBe(false);
    expect(result.runs[0]?.problems).toEqual([
      'Trivy could not scan the Kubernetes resource prod/Deployment/worker (/Resources/1): unable to pull image',
    ]);
  });

  it('reads failing misconfigurations (Status FAIL or missing) and excepted ones, marked as suppressed', async () => {
    const result = await parseText(
      'misconfig.json',
      report([
        {
          Target: 'main.tf',
          Class: 'config',
          Type: 'terraform',
          Misconfigurations: [
            { ID: 'AVD-AWS-0086', Title: 'fail', Severity: 'HIGH', Status: 'FAIL' },
            { AVDID: 'AVD-AWS-0087', Title: 'no status, AVDID only', Severity: 'LOW' },
            { ID: 'AVD-AWS-0088', Title: 'pass', Severity: 'HIGH', Status: 'PASS' },
            { ID: 'AVD-AWS-0089', Title: 'excepted', Severity: 'HIGH', Status: 'EXCEPTION' },
          ],
        },
      ]),
    );
    expect(result.findings.map((f) => [f.ruleId, f.severity, f.suppressions])).toEqual([
      ['AVD-AWS-0086', 'high', undefined],
      ['AVD-AWS-0087', 'low', undefined],
      ['AVD-AWS-0089', 'high', [{ kind: 'external', status: 'accepted' }]],
    ]);
    expect(result.findings[2]?.identityKey).toBe(codeIdentity('Trivy', 'AVD-AWS-0089', { path: 'main.tf' }));
    expect(result.runs[0]?.scanType).toBe('iac');
    expect(result.warnings).toEqual([
      'misconfig.json: 1 misconfiguration has Status EXCEPTION (excepted by a trivy:ignore comment or a Trivy exception policy); it is read as a suppressed finding and counted unless the policy sets exceptions.inFileSuppressions: honor.',
    ]);
  });

  it('warns when MisconfSummary counts exceptions the report does not list, and not when it lists them', async () => {
    const misconfig = (id: string, status: string) => ({ ID: id, Title: id, Severity: 'HIGH', Status: status });
    const result = await parseText(
      'summary.json',
      report([
        {
          Target: 'a.tf',
          Class: 'config',
          Type: 'terraform',
          MisconfSummary: { Successes: 0, Failures: 1, Exceptions: 2 },
          Misconfigurations: [misconfig('AVD-AWS-0001', 'FAIL')],
        },
        {
          Target: 'b.tf',
          Class: 'config',
          Type: 'terraform',
          MisconfSummary: { Successes: 0, Failures: 0, Exceptions: 2 },
          Misconfigurations: [misconfig('AVD-AWS-0002', 'EXCEPTION')],
          ExperimentalModifiedFindings: [
            { Type: 'misconfiguration', Status: 'ignored', Finding: misconfig('AVD-AWS-0003', 'FAIL') },
          ],
        },
      ]),
    );
    expect(result.findings.map((f) => f.ruleId)).toEqual(['AVD-AWS-0001', 'AVD-AWS-0002', 'AVD-AWS-0003']);
    expect(result.warnings).toContain(
      'summary.json: MisconfSummary counts 2 excepted misconfigurations the report does not list, so they cannot be counted (scan with --include-non-failures and --show-suppressed to list them).',
    );
  });

  it('reads the legacy list: OS family results are container findings and UNKNOWN is unknown', async () => {
    const { findings } = await parseFixture(`${FOLDER}/trivy-legacy-list-many.json`);
    expect(findings[0]).toMatchObject({
      scanType: 'container',
      ruleId: 'CVE-2011-3374',
      severity: 'low',
      location: { path: 'debian (debian 10.8)' },
      package: { name: 'apt', version: '1.8.2.2', ecosystem: 'debian' },
      sources: [{ pointer: '/0/Vulnerabilities/0' }],
    });
    expect(findings[0]?.package?.fixedVersions).toBeUndefined();
    expect(findings[0]?.sources[0]?.toolVersion).toBeUndefined();
    const unknown = findings.filter((f) => f.severity === 'unknown');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]?.severitySource).toBe('trivy UNKNOWN');
  });

  it('keeps only CVE and GHSA vendor ids as aliases (a DSA covers several CVEs)', async () => {
    const { findings } = await parseFixture(`${FOLDER}/trivy-k8s-cluster-report.json`);
    expect(findings[0]?.aliases).toEqual(['CVE-2020-27350']);
  });

  it('accepts the literal null of legacy Trivy as an empty report, with a warning', async () => {
    const result = await parseFixture('malformed/trivy-legacy-null.json');
    expect(result.findings).toEqual([]);
    expect(result.runs).toEqual([
      { tool: 'Trivy', scanType: 'container', completed: true, problems: [], resultCount: 0 },
    ]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain('malformed/trivy-legacy-null.json');
    expect(result.warnings[0]).toContain('null');
  });

  it('lets the declared scan type override every finding and the run', async () => {
    const result = await parseFixture(`${FOLDER}/trivy-fs-vulns-misconfig-secrets.json`, { scanType: 'container' });
    expect(new Set(result.findings.map((f) => f.scanType))).toEqual(new Set(['container']));
    expect(result.runs[0]?.scanType).toBe('container');
  });

  it('reuses the document the caller already parsed', async () => {
    const input = readInputFile(FIXTURES, `${FOLDER}/trivy-image-schema2-no-vulns.json`);
    const document = JSON.parse(readFileSync(join(FIXTURES, FOLDER, 'trivy-image-schema2-many.json'), 'utf8'));
    const result = await trivy.parse(input, context({ document }));
    expect(result.findings).toHaveLength(5);
  });

  it('caps long titles at 300 characters', async () => {
    const result = await parseText(
      'long.json',
      report([
        {
          Target: 'package-lock.json',
          Class: 'lang-pkgs',
          Type: 'npm',
          Vulnerabilities: [
            {
              VulnerabilityID: 'CVE-2024-0001',
              PkgName: 'x',
              InstalledVersion: '1.0.0',
              Severity: 'LOW',
              Title: 'A'.repeat(500),
            },
          ],
        },
      ]),
    );
    expect(result.findings[0]?.title).toHaveLength(300);
    expect(result.findings[0]?.title.endsWith('…')).toBe(true);
  });

  it('reports a missing severity as unknown, saying so', async () => {
    const result = await parseText(
      'nosev.json',
      report([
        {
          Target: 'go.sum',
          Class: 'lang-pkgs',
          Type: 'gomod',
          Vulnerabilities: [{ VulnerabilityID: 'GO-2024-1', PkgName: 'x' }],
        },
      ]),
    );
    expect(result.findings[0]).toMatchObject({ severity: 'unknown', severitySource: 'no severity in trivy' });
  });

  describe('reports that show no scanned target', () => {
    it('reads a target without findings keys as a clean scanned target', async () => {
      // The real report of an image with no vulnerabilities: one Results entry, no Vulnerabilities key.
      const clean = await parseFixture(`${FOLDER}/trivy-image-schema2-no-vulns.json`);
      expect(clean.findings).toEqual([]);
      expect(clean.runs[0]).toMatchObject({ completed: true, problems: [], resultCount: 0 });
      expect(clean.warnings).toEqual([]);
      // The many-vulnerabilities image with every target's findings key left out: the same clean targets.
      const doc = fixtureDocument('trivy-image-schema2-many.json');
      doc.Results = (doc.Results as Record<string, unknown>[]).map(({ Vulnerabilities: _, ...rest }) => rest);
      const stripped = await parseText('no-findings-keys.json', JSON.stringify(doc));
      expect(stripped.findings).toEqual([]);
      expect(stripped.runs[0]).toMatchObject({ completed: true, resultCount: 0 });
    });

    it.each([
      ['missing', (doc: Record<string, unknown>) => ({ ...doc, Results: undefined }), '/Results: the key is missing'],
      ['null', (doc: Record<string, unknown>) => ({ ...doc, Results: null }), '/Results: got null'],
      [
        'empty',
        (doc: Record<string, unknown>) => ({ ...doc, Results: [] }),
        '/Results: the list of scanned targets is empty',
      ],
      [
        'renamed',
        (doc: Record<string, unknown>) => renameKey(doc, 'Results', 'Result'),
        "/Results: the key is missing and the report has the unknown list 'Result' instead",
      ],
    ])('refuses the real image report with Results %s', async (label, damage, wrong) => {
      const doc = damage(fixtureDocument('trivy-image-schema2-many.json'));
      const error = await parseError(`results-${label}.json`, JSON.stringify(doc));
      expect(error.message).toBe(
        `results-${label}.json: ${wrong}, so the report shows no scanned target ${NOTHING_SCANNED_EXPECTED}`,
      );
    });

    it('refuses the report Trivy writes when it found nothing to scan', async () => {
      const error = await parseError('nothing.json', {
        SchemaVersion: 2,
        ArtifactName: '.',
        ArtifactType: 'filesystem',
      });
      expect(error.message).toBe(
        `nothing.json: /Results: the key is missing, so the report shows no scanned target ${NOTHING_SCANNED_EXPECTED}`,
      );
    });

    it('warns about a list in a result under a key Trivy does not write', async () => {
      const doc = fixtureDocument('trivy-image-schema2-many.json');
      const results = doc.Results as Record<string, unknown>[];
      results[0] = renameKey(results[0] as Record<string, unknown>, 'Vulnerabilities', 'Vulns');
      const result = await parseText('vulns-renamed.json', JSON.stringify(doc));
      // The target is still a scanned target; the renamed list is not read, but it is not silent either.
      expect(result.warnings).toEqual([
        'vulns-renamed.json: 1 list in the results is under a key Trivy does not write and was not read: /Results/0/Vulns (Trivy lists findings under Vulnerabilities, Misconfigurations and Secrets).',
      ]);
      // The real fixture has no such key, so it gets no such warning.
      expect((await parseFixture(`${FOLDER}/trivy-image-schema2-many.json`)).warnings).toEqual([]);
    });

    it('refuses the real cluster report with its resource sections renamed', async () => {
      const doc = renameKey(
        renameKey(fixtureDocument('trivy-k8s-cluster-report.json'), 'Vulnerabilities', 'Vulns'),
        'Misconfigurations',
        'Misconfigs',
      );
      const error = await parseError('k8s-renamed.json', JSON.stringify(doc));
      expect(error.message).toBe(
        "k8s-renamed.json: (root): the cluster report lists no resource under Vulnerabilities, Misconfigurations, Resources or Findings, and has the unknown lists 'Misconfigs', 'Vulns' instead (expected at least one scanned Kubernetes resource; a report of nothing scanned is not a clean scan).",
      );
    });

    it.each([
      ['with no section', { ClusterName: 'kind-kind' }],
      ['with empty sections', { ClusterName: 'kind-kind', Vulnerabilities: [], Misconfigurations: [] }],
    ])('refuses a cluster report %s', async (_label, doc) => {
      const error = await parseError('k8s-empty.json', doc);
      expect(error.message).toBe(
        'k8s-empty.json: (root): the cluster report lists no resource under Vulnerabilities, Misconfigurations, Resources or Findings (expected at least one scanned Kubernetes resource; a report of nothing scanned is not a clean scan).',
      );
    });

    it('refuses a null resource section, which Trivy never writes', async () => {
      const doc = { ...fixtureDocument('trivy-k8s-cluster-report.json'), Vulnerabilities: null };
      const error = await parseError('k8s-null.json', JSON.stringify(doc));
      expect(error.message).toBe(
        'k8s-null.json: /Vulnerabilities: got null (expected an array of resources, or no key when the section is empty).',
      );
    });

    it('refuses a cluster resource whose Results key was renamed', async () => {
      const doc = fixtureDocument('trivy-k8s-cluster-report.json');
      const resources = doc.Vulnerabilities as Record<string, unknown>[];
      resources[1] = renameKey(resources[1] as Record<string, unknown>, 'Results', 'Result');
      const error = await parseError('k8s-resource-renamed.json', JSON.stringify(doc));
      expect(error.message).toBe(
        "k8s-resource-renamed.json: /Vulnerabilities/1: the resource has no Results and no Error, but the unknown key 'Result' (expected Results[] with the targets Trivy scanned in the resource, or Error when it could not scan it).",
      );
    });

    it('warns about, and does not count as scanned, a cluster resource with neither Results nor Error', async () => {
      const doc = fixtureDocument('trivy-k8s-cluster-report.json');
      const resources = doc.Vulnerabilities as Record<string, unknown>[];
      resources.push({ Namespace: 'default', Kind: 'Deployment', Name: 'distroless' });
      const result = await parseText('k8s-bare-resource.json', JSON.stringify(doc));
      // The findings of the other resources are all still read.
      expect(countBySeverity(result.findings)).toEqual(counts({ low: 14, medium: 6 }));
      expect(result.runs[0]).toMatchObject({ completed: true, problems: [] });
      expect(result.warnings).toEqual([
        "k8s-bare-resource.json: the MisconfSummary of 2 Kubernetes results counts more failed misconfigurations than they list: /Misconfigurations/0/Results/0/MisconfSummary/Failures (8 counted, 5 listed), /Misconfigurations/1/Results/0/MisconfSummary/Failures (8 counted, 5 listed). Trivy's cluster report counts its summaries apart from the misconfigurations it lists, so this is not read as a cut report, but failures that are not listed cannot be counted.",
        'k8s-bare-resource.json: 1 Kubernetes resource lists no scanned target (no Results and no Error), so Trivy found nothing it could scan in it and it adds no findings: default/Deployment/distroless (/Vulnerabilities/2).',
      ]);
    });

    it('refuses a cluster report in which no resource lists a scanned target', async () => {
      const error = await parseError('k8s-bare.json', {
        ClusterName: 'kind-kind',
        Resources: [
          { Namespace: 'prod', Kind: 'Deployment', Name: 'api' },
          { Namespace: 'prod', Kind: 'Deployment', Name: 'worker' },
        ],
      });
      expect(error.message).toBe(
        'k8s-bare.json: (root): none of the 2 resources lists a scanned target (no resource has Results) (expected Results[] in at least one resource; a report of nothing scanned is not a clean scan).',
      );
    });
  });

  describe('detection', () => {
    it.each(fixtureFiles(FOLDER))('detects %s as certain', (rel) => {
      expect(trivy.detect(sampleOf(FIXTURES, rel))).toBe('certain');
    });

    it.each(otherFormatFiles())('does not claim %s', (rel) => {
      expect(trivy.detect(sampleOf(FIXTURES, rel))).not.toBe('certain');
    });

    it('says no to the literal null, which only a declared format may accept', () => {
      expect(trivy.detect(sampleOf(FIXTURES, 'malformed/trivy-legacy-null.json'))).toBe('no');
    });

    it('says no to SARIF written by Trivy', () => {
      for (const rel of fixtureFiles('sarif').filter((r) => /trivy/.test(r)))
        expect(trivy.detect(sampleOf(FIXTURES, rel))).toBe('no');
    });

    it('never throws, whatever the sample', () => {
      for (const document of [undefined, null, 1, 'x', [], [1], [null], {}, { ClusterName: 1 }, { SchemaVersion: 2 }])
        expect(() => trivy.detect({ path: 'x.json', head: '', document })).not.toThrow();
    });
  });

  describe('malformed input', () => {
    it('names the file, line and column of truncated JSON', async () => {
      const error = await parseError('truncated.json', '{"SchemaVersion": 2, "Results": [{"Target": "a",');
      expect(error.message).toMatch(/^truncated\.json: line 1, column \d+/);
    });

    it('refuses a document that is not a Trivy report', async () => {
      const error = await parseError('other.json', '{"omg": "lol"}');
      expect(error.message).toBe(
        'other.json: (root): got an object with none of SchemaVersion, Results or ClusterName (expected a Trivy JSON report (SchemaVersion 2, a legacy list of results, or a Kubernetes cluster report)).',
      );
    });

    it('refuses a SARIF log', async () => {
      const error = await parseError('trivy.sarif', '{"version": "2.1.0", "runs": []}');
      expect(error.message).toContain('trivy.sarif: (root): got a SARIF log');
    });

    it('names the pointer of Results that is not an array', async () => {
      const error = await parseError('results.json', '{"SchemaVersion": 2, "ArtifactName": ".", "Results": "none"}');
      expect(error.message).toBe("results.json: /Results: got the string 'none' (expected an array).");
    });

    it('names the pointer of a vulnerability without PkgName', async () => {
      const error = await parseError(
        'nopkg.json',
        report([
          { Target: 'a', Class: 'lang-pkgs', Vulnerabilities: [{ VulnerabilityID: 'CVE-2020-1', Severity: 'LOW' }] },
        ]),
      );
      expect(error.message).toBe(
        'nopkg.json: /Results/0/Vulnerabilities/0/PkgName: the key is missing (expected a string).',
      );
    });

    it('refuses a severity word Trivy does not write', async () => {
      const error = await parseError(
        'severe.json',
        report([
          { Target: 'a', Vulnerabilities: [] },
          { Target: 'b', Vulnerabilities: [{ VulnerabilityID: 'CVE-2020-1', PkgName: 'p', Severity: 'SEVERE' }] },
        ]),
      );
      expect(error.message).toBe(
        "severe.json: /Results/1/Vulnerabilities/0/Severity: 'SEVERE' is not a Trivy severity (expected CRITICAL, HIGH, MEDIUM, LOW or UNKNOWN).",
      );
    });

    it('refuses a misconfiguration status it does not know', async () => {
      const error = await parseError(
        'status.json',
        report([{ Target: 'a', Misconfigurations: [{ ID: 'X1', Severity: 'LOW', Status: 'MAYBE' }] }]),
      );
      expect(error.message).toContain("status.json: /Results/0/Misconfigurations/0/Status: 'MAYBE'");
    });

    it('gathers every problem into one error', async () => {
      const error = await parseError(
        'many.json',
        report([
          { Target: 1, Vulnerabilities: [{ VulnerabilityID: 'CVE-2020-1', PkgName: 'p', Severity: 'LOW' }] },
          { Target: 'b', Secrets: [{ Severity: 'HIGH' }], Misconfigurations: 'x' },
        ]),
      );
      expect(error.problems).toEqual([
        'many.json: /Results/0/Target: got the number 1 (expected a string).',
        "many.json: /Results/1/Misconfigurations: got the string 'x' (expected an array).",
        'many.json: /Results/1/Secrets/0/RuleID: the key is missing (expected a string).',
      ]);
      expect(error.message).toMatch(/^many\.json: 3 problems make this an invalid Trivy JSON report\./);
    });

    it('refuses a legacy list whose entries are not results', async () => {
      const error = await parseError('list.json', '[1]');
      expect(error.message).toBe('list.json: /0: got the number 1 (expected a Trivy result object with Target).');
    });
  });
});
