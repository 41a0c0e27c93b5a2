/**
 * A scan type the policy declares for a Trivy JSON input says what kind of scan the report was, not that it
 * looked at anything: the report must still show a scan of that kind (a lang-pkgs or os-pkgs result for
 * dependency and container, a config result for iac, a secret result for secret), or it covers no scan type,
 * with a warning saying so and what to do. Every case goes through both the whole-document and the streaming
 * path, which must agree.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evidenceCompleteness } from '../../src/gates/evidence-completeness.js';
import { readInputFile } from '../../src/ingest/read.js';
import { trivy } from '../../src/ingest/trivy.js';
import type { IngestContext, IngestResult } from '../../src/ingest/types.js';
import { silentLogger } from '../../src/logger.js';
import { emptyCounts, type ScanType, type ToolRun } from '../../src/model.js';
import { releasePolicy } from '../helpers.js';
import { FIXTURES, createHarness, settle } from './harness.js';

const { writeTemp } = createHarness(trivy, 'trivy-json');

async function read(name: string, content: string, scanType?: ScanType): Promise<IngestResult> {
  const { root, rel } = writeTemp(name, content);
  const context: IngestContext = { root, logger: silentLogger, ...(scanType !== undefined ? { scanType } : {}) };
  const input = readInputFile(root, rel);
  const whole = await settle(() => trivy.parse(input, context));
  for (const chunkSize of [7, 4096]) {
    const streamed = await settle(() =>
      trivy.parseStream!({ path: rel, absPath: join(root, rel), size: input.size }, context, { chunkSize }),
    );
    expect(streamed.error).toBe(whole.error);
    expect(streamed.value?.findings).toEqual(whole.value?.findings);
    expect(streamed.value?.runs).toEqual(whole.value?.runs);
    expect(streamed.value?.warnings).toEqual(whole.value?.warnings);
  }
  if (whole.value === undefined) throw new Error(`${name} was refused: ${whole.error}`);
  return whole.value;
}

const fixture = (name: string): string => readFileSync(join(FIXTURES, 'trivy-json', name), 'utf8');

/** evidence-completeness of the release preset, requiring the given scan types, over the Trivy runs alone. */
function gate(runs: ToolRun[], required: ScanType[]) {
  const policy = releasePolicy((p) => {
    p.evidence.required = required;
  });
  return evidenceCompleteness.evaluate({
    policy,
    findings: [],
    today: '2026-11-25',
    inputs: [
      {
        path: 'reports/trivy.json',
        sha256: '0'.repeat(64),
        size: 1,
        format: 'trivy',
        runs,
        counts: emptyCounts(),
        warnings: [],
      },
    ],
  });
}

/** The report of the defect: `trivy fs --scanners license`, one license result. */
const LICENSE_ONLY =
  '{"SchemaVersion":2,"ArtifactType":"filesystem","ArtifactName":".","Results":[{"Target":"package-lock.json","Class":"license","Licenses":[{"Severity":"LOW","PkgName":"ms","Name":"MIT"}]}]}';
/** `trivy config` of a clean Dockerfile: one config result, no failures. */
const CONFIG_ONLY = JSON.stringify({
  SchemaVersion: 2,
  ArtifactType: 'filesystem',
  ArtifactName: '.',
  Results: [
    { Target: 'Dockerfile', Class: 'config', Type: 'dockerfile', MisconfSummary: { Successes: 20, Failures: 0 } },
  ],
});

const COVERS_NOTHING =
  'So the report covers no scan type: declaring a type says what kind of scan it was, not that it looked at anything.';
const NO_PACKAGE_SCAN =
  'no result shows a package scan (a result of Class lang-pkgs or os-pkgs, which Trivy writes for every lock file or OS whose packages it scanned, with or without vulnerabilities)';
const SCAN_LOCK_FILES =
  'Scan with --scanners vuln a target that holds the lock files to check (trivy fs or trivy repo on the project), then give that report.';
const NO_CONFIG_SCAN =
  'no result shows a misconfiguration scan (a result of Class config, which Trivy writes for every configuration file it scanned, with or without failures)';
const SCAN_CONFIG =
  'Scan with --scanners misconfig (or trivy config) a target that holds the configuration files to check (Dockerfile, Terraform, Kubernetes manifests, ...), then give that report.';
const NO_SECRET_SCAN = 'no result shows a secret scan (a result of Class secret)';
const SECRET_ELSEWHERE =
  'Trivy writes a secret result only for a file in which it found a secret, so its report cannot show a clean secret scan: give the secret evidence from a secret scanner whose report shows a clean scan, such as Gitleaks.';

describe('ingest/trivy: a declared scan type counts only when the report shows a scan of that kind', () => {
  it('a license-only report declared dependency covers nothing, and evidence-completeness fails', async () => {
    const result = await read('license.json', LICENSE_ONLY, 'dependency');
    expect(result.findings).toEqual([]);
    expect(result.runs).toEqual([
      { tool: 'Trivy', scanType: 'dependency', coversNothing: true, completed: true, problems: [], resultCount: 0 },
    ]);
    expect(result.warnings).toEqual([
      'license.json: 1 license finding (Results[].Licenses) is not a security finding and was not counted.',
      `license.json: the policy declares scanType dependency for this input, but ${NO_PACKAGE_SCAN}; the results are of Class license. ${COVERS_NOTHING} ${SCAN_LOCK_FILES}`,
    ]);
    const verdict = gate(result.runs, ['dependency']);
    expect(verdict.status).toBe('fail');
    expect(verdict.reasons).toEqual([
      'no completed dependency scan among the inputs (the policy requires dependency).',
    ]);
    // Without the declaration it covers nothing as well (unchanged).
    const undeclared = await read('license-undeclared.json', LICENSE_ONLY);
    expect(undeclared.runs).toEqual([
      { tool: 'Trivy', scanType: 'other', coversNothing: true, completed: true, problems: [], resultCount: 0 },
    ]);
    expect(gate(undeclared.runs, ['dependency']).status).toBe('fail');
  });

  it('a config-only report declared dependency or container covers nothing, and says it shows an iac scan', async () => {
    const dependency = await read('config.json', CONFIG_ONLY, 'dependency');
    expect(dependency.runs).toEqual([
      { tool: 'Trivy', scanType: 'dependency', coversNothing: true, completed: true, problems: [], resultCount: 0 },
    ]);
    expect(dependency.warnings).toEqual([
      `config.json: the policy declares scanType dependency for this input, but ${NO_PACKAGE_SCAN}; the results are of Class config. ${COVERS_NOTHING} ${SCAN_LOCK_FILES} The report shows an iac scan: leave scanType out for this input to count it, or declare iac.`,
    ]);
    expect(gate(dependency.runs, ['dependency']).reasons).toEqual([
      'no completed dependency scan among the inputs (the policy requires dependency).',
    ]);
    const container = await read('config-container.json', CONFIG_ONLY, 'container');
    expect(container.runs[0]).toMatchObject({ scanType: 'container', coversNothing: true });
    expect(container.warnings).toEqual([
      'config-container.json: the policy declares scanType container for this input, but no result shows a package scan (a result of Class os-pkgs or lang-pkgs, which Trivy writes for every OS or lock file whose packages it scanned, with or without vulnerabilities); the results are of Class config. ' +
        `${COVERS_NOTHING} Scan the image with trivy image --scanners vuln, then give that report. The report shows an iac scan: leave scanType out for this input to count it, or declare iac.`,
    ]);
    // Declared as what it shows, it counts, without a warning.
    const iac = await read('config-iac.json', CONFIG_ONLY, 'iac');
    expect(iac.runs).toEqual([{ tool: 'Trivy', scanType: 'iac', completed: true, problems: [], resultCount: 0 }]);
    expect(iac.warnings).toEqual([]);
    expect(gate(iac.runs, ['iac']).status).toBe('pass');
  });

  it('a clean package scan declared dependency or container counts: a lang-pkgs or os-pkgs target shows it', async () => {
    // The real clean image report lists its OS target with no Vulnerabilities key.
    for (const scanType of ['container', 'dependency'] as const) {
      const result = await read(`clean-image-${scanType}.json`, fixture('trivy-image-schema2-no-vulns.json'), scanType);
      expect(result.runs).toEqual([{ tool: 'Trivy', scanType, completed: true, problems: [], resultCount: 0 }]);
      expect(result.warnings).toEqual([]);
      expect(gate(result.runs, [scanType]).status).toBe('pass');
    }
    // A lock file's packages: the real Trivy 0.69.1 filesystem report.
    const fs = await read('fs-dependency.json', fixture('trivy-0.69.1-fs-cvssv4.json'), 'dependency');
    expect(fs.runs).toEqual([
      { tool: 'Trivy', toolVersion: '0.69.1', scanType: 'dependency', completed: true, problems: [], resultCount: 3 },
    ]);
    expect(fs.warnings).toEqual([]);
  });

  it('a report with no config result declared iac covers nothing, naming the scan it does show', async () => {
    const result = await read('image-iac.json', fixture('trivy-image-schema2-no-vulns.json'), 'iac');
    expect(result.runs).toEqual([
      { tool: 'Trivy', scanType: 'iac', coversNothing: true, completed: true, problems: [], resultCount: 0 },
    ]);
    expect(result.warnings).toEqual([
      `image-iac.json: the policy declares scanType iac for this input, but ${NO_CONFIG_SCAN}; the results are of Class os-pkgs. ${COVERS_NOTHING} ${SCAN_CONFIG} The report shows a container scan: leave scanType out for this input to count it, or declare container.`,
    ]);
    expect(gate(result.runs, ['iac']).status).toBe('fail');
  });

  it('a report with no secret result declared secret covers nothing; one with a secret result counts', async () => {
    const cluster = await read('k8s-secret.json', fixture('trivy-k8s-cluster-report.json'), 'secret');
    expect(cluster.runs).toEqual([
      { tool: 'Trivy', scanType: 'secret', coversNothing: true, completed: true, problems: [], resultCount: 20 },
    ]);
    // Its findings still count, under the declared type.
    expect(cluster.findings).toHaveLength(20);
    expect(cluster.warnings).toEqual([
      "k8s-secret.json: the MisconfSummary of 2 Kubernetes results counts more failed misconfigurations than they list: /Misconfigurations/0/Results/0/MisconfSummary/Failures (8 counted, 5 listed), /Misconfigurations/1/Results/0/MisconfSummary/Failures (8 counted, 5 listed). Trivy's cluster report counts its summaries apart from the misconfigurations it lists, so this is not read as a cut report, but failures that are not listed cannot be counted.",
      `k8s-secret.json: the policy declares scanType secret for this input, but ${NO_SECRET_SCAN}; the results are of Class config, os-pkgs. ${COVERS_NOTHING} ${SECRET_ELSEWHERE} The report shows container and iac scans: leave scanType out for this input to count them.`,
    ]);
    expect(gate(cluster.runs, ['secret']).reasons).toEqual([
      'no completed secret scan among the inputs (the policy requires secret).',
    ]);
    const secrets = await read('fs-secret.json', fixture('trivy-fs-vulns-misconfig-secrets.json'), 'secret');
    expect(secrets.runs).toEqual([
      { tool: 'Trivy', scanType: 'secret', completed: true, problems: [], resultCount: 5 },
    ]);
    expect(secrets.warnings).toEqual([]);
    expect(gate(secrets.runs, ['secret']).status).toBe('pass');
  });

  it('sast and dast declared for a Trivy report cover nothing (Trivy does neither); other needs a security scan', async () => {
    for (const scanType of ['sast', 'dast'] as const) {
      const result = await read(`${scanType}.json`, fixture('trivy-fs-vulns-misconfig-secrets.json'), scanType);
      expect(result.runs).toEqual([
        { tool: 'Trivy', scanType, coversNothing: true, completed: true, problems: [], resultCount: 5 },
      ]);
      expect(result.warnings).toEqual([
        `${scanType}.json: the policy declares scanType ${scanType} for this input, but no result shows a ${scanType} scan, which Trivy does not do (it scans packages, configuration files and secrets); the results are of Class config, lang-pkgs, secret. ${COVERS_NOTHING} Give the ${scanType} evidence from a ${scanType.toUpperCase()} tool. The report shows dependency, iac and secret scans: leave scanType out for this input to count them.`,
      ]);
    }
    const other = await read('other.json', CONFIG_ONLY, 'other');
    expect(other.runs).toEqual([{ tool: 'Trivy', scanType: 'other', completed: true, problems: [], resultCount: 0 }]);
    expect(other.warnings).toEqual([]);
    const otherLicense = await read('other-license.json', LICENSE_ONLY, 'other');
    expect(otherLicense.runs[0]).toMatchObject({ scanType: 'other', coversNothing: true });
    expect(otherLicense.warnings.at(-1)).toBe(
      `other-license.json: the policy declares scanType other for this input, but no result shows a security scan (a result of Class os-pkgs, lang-pkgs, config or secret); the results are of Class license. ${COVERS_NOTHING} Scan with --scanners vuln (or misconfig, secret) for that evidence.`,
    );
  });

  it('every real report keeps its coverage when declared as a type it shows', async () => {
    const shown: [string, ScanType[]][] = [
      ['trivy-0.69.1-fs-cvssv4.json', ['dependency']],
      ['trivy-dev-npm-with-suppressed.json', ['dependency']],
      ['trivy-fs-vulns-misconfig-secrets.json', ['dependency', 'iac', 'secret']],
      ['trivy-image-schema2-many.json', ['container']],
      ['trivy-image-schema2-no-vulns.json', ['container']],
      ['trivy-k8s-cluster-report.json', ['container', 'iac']],
      ['trivy-legacy-list-many.json', ['container']],
    ];
    for (const [name, scanTypes] of shown) {
      const undeclared = await read(name, fixture(name));
      expect([name, undeclared.runs.map((run) => [run.scanType, run.coversNothing ?? false])]).toEqual([
        name,
        scanTypes.map((scanType) => [scanType, false]),
      ]);
      for (const scanType of scanTypes) {
        const declared = await read(name, fixture(name), scanType);
        expect([name, scanType, declared.runs.map((run) => [run.scanType, run.coversNothing ?? false])]).toEqual([
          name,
          scanType,
          [[scanType, false]],
        ]);
        expect(declared.warnings).toEqual(undeclared.warnings);
      }
    }
  });

  it('the legacy list shows its scan by its keys: declared dependency needs Vulnerabilities', async () => {
    // The real legacy report: an OS target with Vulnerabilities, a package scan.
    const legacy = await read('legacy.json', fixture('trivy-legacy-list-many.json'), 'dependency');
    expect(legacy.runs).toEqual([
      { tool: 'Trivy', scanType: 'dependency', completed: true, problems: [], resultCount: 93 },
    ]);
    // A legacy list of only a config target (Misconfigurations, no Class) is no package scan.
    const config = await read(
      'legacy-config.json',
      JSON.stringify([{ Target: 'Dockerfile', Type: 'dockerfile', Misconfigurations: [] }]),
      'dependency',
    );
    expect(config.runs[0]).toMatchObject({ scanType: 'dependency', coversNothing: true });
    expect(config.warnings).toEqual([
      `legacy-config.json: the policy declares scanType dependency for this input, but ${NO_PACKAGE_SCAN}; the results have no Class. ${COVERS_NOTHING} ${SCAN_LOCK_FILES} The report shows an iac scan: leave scanType out for this input to count it, or declare iac.`,
    ]);
  });
});
