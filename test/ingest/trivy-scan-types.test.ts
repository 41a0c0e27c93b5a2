/**
 * The scan type a Trivy JSON report covers: only what its results show was scanned for (Class os-pkgs or
 * lang-pkgs: a package scan, container for an image or VM; config: iac; secret: secret). A license
 * scan, or results of no security Class, cover no scan type, so they cannot pass evidence-completeness.
 * Every case goes through both the whole-document and the streaming path, which must agree.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evidenceCompleteness } from '../../src/gates/evidence-completeness.js';
import { readInputFile } from '../../src/ingest/read.js';
import { trivy } from '../../src/ingest/trivy.js';
import type { IngestContext, IngestResult } from '../../src/ingest/types.js';
import { silentLogger } from '../../src/logger.js';
import { emptyCounts, type InputRecord, type ToolRun } from '../../src/model.js';
import { releasePolicy } from '../helpers.js';
import { FIXTURES, createHarness, settle } from './harness.js';

const { writeTemp } = createHarness(trivy, 'trivy-json');

/** Parses the text through both paths (streamed in small and large chunks); they must agree. */
async function readBothWays(name: string, content: unknown, extra: Partial<IngestContext> = {}) {
  const { root, rel } = writeTemp(name, typeof content === 'string' ? content : JSON.stringify(content));
  const context: IngestContext = { root, logger: silentLogger, ...extra };
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
  return whole;
}

async function read(name: string, content: unknown, extra: Partial<IngestContext> = {}): Promise<IngestResult> {
  const { value, error } = await readBothWays(name, content, extra);
  if (value === undefined) throw new Error(`${name} was refused: ${error}`);
  return value;
}

function report(artifactType: string, results: unknown[]): Record<string, unknown> {
  return { SchemaVersion: 2, ArtifactName: 'app', ArtifactType: artifactType, Results: results };
}

const LICENSE = {
  Target: 'OS Packages',
  Class: 'license',
  Licenses: [{ Severity: 'HIGH', Category: 'restricted', PkgName: 'musl', Name: 'GPL-2.0', Confidence: 1 }],
};
const LICENSE_FILE = {
  Target: 'Loose File License(s)',
  Class: 'license-file',
  Licenses: [{ Severity: 'LOW', Category: 'notice', FilePath: 'LICENSE', Name: 'MIT', Confidence: 1 }],
};
const CONFIG = {
  Target: 'Dockerfile',
  Class: 'config',
  Type: 'dockerfile',
  MisconfSummary: { Successes: 20, Failures: 0 },
};
const OS_PKGS = { Target: 'app (alpine 3.19.1)', Class: 'os-pkgs', Type: 'alpine' };
const LANG_PKGS = { Target: 'package-lock.json', Class: 'lang-pkgs', Type: 'npm' };
const VULNERABILITY = {
  VulnerabilityID: 'CVE-2024-0001',
  PkgName: 'lodash',
  InstalledVersion: '4.17.20',
  Severity: 'HIGH',
};

const NO_SECURITY_SCAN =
  'the results are only license results (Class license or license-file), and a license scan is no security scan, so the report covers no scan type. Scan with --scanners vuln (or misconfig, secret) for that evidence.';

/** The release policy's evidence-completeness gate over one Trivy run plus the other required scans. */
function gateWith(run: ToolRun) {
  const record = (path: string, runs: ToolRun[]): InputRecord => ({
    path,
    sha256: '0'.repeat(64),
    size: 1,
    format: 'trivy',
    runs,
    counts: emptyCounts(),
    warnings: [],
  });
  const others: ToolRun = { tool: 'X', scanType: 'sast', completed: true, problems: [], resultCount: 0 };
  const policy = releasePolicy((p) => {
    p.evidence.required = ['sast', 'dependency', 'secret'];
  });
  return evidenceCompleteness.evaluate({
    policy,
    findings: [],
    today: '2026-11-25',
    inputs: [
      record('codeql.sarif', [others]),
      record('gitleaks.json', [{ ...others, tool: 'Gitleaks', scanType: 'secret' }]),
      record('trivy.json', [run]),
    ],
  });
}

describe('ingest/trivy: the scan type a report covers', () => {
  it('a filesystem license scan (trivy fs --scanners license) covers no dependency scan, nor any other', async () => {
    const result = await read('fs-license.json', report('filesystem', [LICENSE, LICENSE_FILE]));
    expect(result.findings).toEqual([]);
    expect(result.runs).toEqual([
      { tool: 'Trivy', scanType: 'other', coversNothing: true, completed: true, problems: [], resultCount: 0 },
    ]);
    expect(result.warnings).toEqual([
      'fs-license.json: 2 license findings (Results[].Licenses) are not a security finding and were not counted.',
      `fs-license.json: ${NO_SECURITY_SCAN}`,
    ]);
    // The defect: this report let a release that requires a dependency scan pass evidence-completeness.
    const gate = gateWith(result.runs[0]!);
    expect(gate.status).toBe('fail');
    expect(gate.reasons).toEqual([
      'no completed dependency scan among the inputs (the policy requires sast, dependency, secret).',
    ]);
  });

  it('a filesystem scan with a lang-pkgs result covers dependency, with or without vulnerabilities', async () => {
    const clean = await read('fs-clean.json', report('filesystem', [LANG_PKGS, LICENSE]));
    expect(clean.runs[0]).toMatchObject({ scanType: 'dependency', completed: true, resultCount: 0 });
    expect(clean.runs[0]).not.toHaveProperty('coversNothing');
    expect(gateWith(clean.runs[0]!).status).toBe('pass');
    const vulnerable = await read(
      'fs-vulnerable.json',
      report('filesystem', [{ ...LANG_PKGS, Vulnerabilities: [VULNERABILITY] }]),
    );
    expect(vulnerable.runs[0]).toMatchObject({ scanType: 'dependency', resultCount: 1 });
    expect(vulnerable.findings.map((f) => f.scanType)).toEqual(['dependency']);
    // Packages and misconfigurations in one report: a run of each, in the order container, dependency, iac, secret.
    const mixed = await read('fs-mixed.json', report('repository', [CONFIG, LANG_PKGS]));
    expect(mixed.runs.map((run) => run.scanType)).toEqual(['dependency', 'iac']);
  });

  it('an image report with only a config result covers iac, not container', async () => {
    const result = await read('image-config.json', report('container_image', [CONFIG]));
    expect(result.runs).toEqual([{ tool: 'Trivy', scanType: 'iac', completed: true, problems: [], resultCount: 0 }]);
    expect(result.warnings).toEqual([]);
  });

  it('an image report with only license results covers nothing', async () => {
    const result = await read('image-license.json', report('container_image', [LICENSE]));
    expect(result.runs[0]).toMatchObject({ scanType: 'other', coversNothing: true, completed: true });
    expect(result.warnings.at(-1)).toBe(`image-license.json: ${NO_SECURITY_SCAN}`);
  });

  it('an image report with an os-pkgs result covers container, with or without vulnerabilities', async () => {
    const clean = await read('image-clean.json', report('container_image', [OS_PKGS, LICENSE]));
    expect(clean.runs[0]).toMatchObject({ scanType: 'container', completed: true, resultCount: 0 });
    expect(clean.runs[0]).not.toHaveProperty('coversNothing');
    // An image's language packages are a container scan too, and so are a VM's.
    for (const artifactType of ['container_image', 'vm']) {
      const lang = await read(
        `${artifactType}-lang.json`,
        report(artifactType, [CONFIG, { ...LANG_PKGS, Vulnerabilities: [VULNERABILITY] }]),
      );
      expect(lang.runs[0]?.scanType).toBe('container');
      expect(lang.findings.map((f) => f.scanType)).toEqual(['container']);
    }
  });

  it('results of a Class that shows no security scan cover nothing, saying which', async () => {
    const result = await read('custom.json', report('filesystem', [{ Target: 'custom', Class: 'custom' }]));
    expect(result.runs[0]).toMatchObject({ scanType: 'other', coversNothing: true, completed: true });
    expect(result.warnings).toEqual([
      'custom.json: no result shows a security scan (Class os-pkgs, lang-pkgs, config or secret; the results are of Class custom), so the report covers no scan type. Scan with --scanners vuln (or misconfig, secret) for that evidence.',
    ]);
  });

  it('a result without a Class (the legacy list) shows its scan by its keys', async () => {
    // Trivy before Class wrote `Vulnerabilities: null` for a clean target: a package scan.
    const legacy = await read('legacy.json', [{ Target: 'package-lock.json', Type: 'npm', Vulnerabilities: null }]);
    expect(legacy.runs[0]).toMatchObject({ scanType: 'dependency', completed: true });
    expect(legacy.runs[0]).not.toHaveProperty('coversNothing');
    const os = await read('legacy-os.json', [{ Target: 'app (debian 10.4)', Type: 'debian', Vulnerabilities: null }]);
    expect(os.runs[0]?.scanType).toBe('container');
    const bare = await read('bare.json', report('filesystem', [{ Target: 'a' }]));
    expect(bare.runs[0]).toMatchObject({ scanType: 'other', coversNothing: true });
    expect(bare.warnings).toEqual([
      'bare.json: no result shows a security scan (Class os-pkgs, lang-pkgs, config or secret; the results have no Class and no findings keys), so the report covers no scan type. Scan with --scanners vuln (or misconfig, secret) for that evidence.',
    ]);
  });

  it('a declared scan type the results do not show covers nothing (see trivy-declared.test.ts)', async () => {
    const result = await read('declared.json', report('filesystem', [LICENSE]), { scanType: 'dependency' });
    expect(result.runs[0]).toEqual({
      tool: 'Trivy',
      scanType: 'dependency',
      coversNothing: true,
      completed: true,
      problems: [],
      resultCount: 0,
    });
    expect(result.warnings).toEqual([
      'declared.json: 1 license finding (Results[].Licenses) is not a security finding and was not counted.',
      'declared.json: the policy declares scanType dependency for this input, but no result shows a package scan (a result of Class lang-pkgs or os-pkgs, which Trivy writes for every lock file or OS whose packages it scanned, with or without vulnerabilities); the results are of Class license. So the report covers no scan type: declaring a type says what kind of scan it was, not that it looked at anything. Scan with --scanners vuln a target that holds the lock files to check (trivy fs or trivy repo on the project), then give that report.',
    ]);
  });

  it('a report with no results is still an input error, through both paths', async () => {
    for (const [name, results] of [
      ['empty.json', []],
      ['missing.json', undefined],
    ] as const) {
      const { error } = await readBothWays(name, {
        SchemaVersion: 2,
        ArtifactName: '.',
        ArtifactType: 'filesystem',
        Results: results,
      });
      expect(error).toMatch(new RegExp(`^${name}: /Results: .*, so the report shows no scanned target`));
    }
  });

  it('the real clean image report still covers container', async () => {
    const text = readFileSync(join(FIXTURES, 'trivy-json/trivy-image-schema2-no-vulns.json'), 'utf8');
    const result = await read('no-vulns.json', text);
    expect(result.runs).toEqual([
      { tool: 'Trivy', scanType: 'container', completed: true, problems: [], resultCount: 0 },
    ]);
  });
});

describe('ingest/trivy: a report of several scans has a run of each', () => {
  const corpusText = (name: string): string => readFileSync(join(FIXTURES, 'trivy-json', name), 'utf8');

  /** evidence-completeness over the Trivy report's runs plus a SAST run, requiring the given scan types. */
  function gateOver(runs: ToolRun[], required: InputRecord['runs'][number]['scanType'][]) {
    const record = (path: string, runsOfInput: ToolRun[]): InputRecord => ({
      path,
      sha256: '0'.repeat(64),
      size: 1,
      format: 'trivy',
      runs: runsOfInput,
      counts: emptyCounts(),
      warnings: [],
    });
    const sast: ToolRun = { tool: 'CodeQL', scanType: 'sast', completed: true, problems: [], resultCount: 0 };
    const policy = releasePolicy((p) => {
      p.evidence.required = required;
    });
    return evidenceCompleteness.evaluate({
      policy,
      findings: [],
      today: '2026-11-25',
      inputs: [record('codeql.sarif', [sast]), record('trivy.json', runs)],
    });
  }

  // The defect: the report was one dependency run, so a policy requiring secret or iac failed on it.
  it('the real filesystem report of vulnerabilities, a misconfiguration and secrets covers dependency, iac and secret', async () => {
    const result = await read('fs-vulns-misconfig-secrets.json', corpusText('trivy-fs-vulns-misconfig-secrets.json'));
    expect(result.runs).toEqual([
      { tool: 'Trivy', scanType: 'dependency', completed: true, problems: [], resultCount: 2 },
      { tool: 'Trivy', scanType: 'iac', completed: true, problems: [], resultCount: 1 },
      { tool: 'Trivy', scanType: 'secret', completed: true, problems: [], resultCount: 2 },
    ]);
    // Its secret findings are typed secret, and the runs count each finding once.
    expect(result.findings.map((f) => f.scanType)).toEqual(['dependency', 'dependency', 'iac', 'secret', 'secret']);
    for (const required of [['secret'], ['iac'], ['sast', 'dependency', 'secret', 'iac']] as const) {
      const gate = gateOver(result.runs, [...required]);
      expect([required, gate.status, gate.reasons]).toEqual([required, 'pass', []]);
    }
    expect(gateOver(result.runs, ['container']).reasons).toEqual([
      'no completed container scan among the inputs (the policy requires container).',
    ]);
  });

  it('the real Kubernetes cluster report covers container and iac', async () => {
    const result = await read('k8s.json', corpusText('trivy-k8s-cluster-report.json'));
    expect(result.runs.map((run) => [run.scanType, run.completed, run.resultCount])).toEqual([
      ['container', true, 10],
      ['iac', true, 10],
    ]);
    expect(gateOver(result.runs, ['container', 'iac']).status).toBe('pass');
  });

  it('a filesystem report of OS and language packages covers container and dependency', async () => {
    const result = await read(
      'fs-os-lang.json',
      report('filesystem', [OS_PKGS, { ...LANG_PKGS, Vulnerabilities: [VULNERABILITY] }, LICENSE]),
    );
    expect(result.runs.map((run) => [run.scanType, run.resultCount])).toEqual([
      ['container', 0],
      ['dependency', 1],
    ]);
  });

  it('a declared scan type is the one run, counting every result', async () => {
    const result = await read('declared-mixed.json', corpusText('trivy-fs-vulns-misconfig-secrets.json'), {
      scanType: 'dependency',
    });
    expect(result.runs).toEqual([
      { tool: 'Trivy', scanType: 'dependency', completed: true, problems: [], resultCount: 5 },
    ]);
  });

  it('gives every run the verdict of the report: a resource Trivy could not scan leaves each one incomplete', async () => {
    const cluster = JSON.parse(corpusText('trivy-k8s-cluster-report.json')) as Record<string, unknown[]>;
    const resources = cluster.Misconfigurations as Record<string, unknown>[];
    resources.push({ Namespace: 'prod', Kind: 'Deployment', Name: 'worker', Error: 'unable to pull image' });
    const result = await read('k8s-error.json', cluster);
    const problem = `Trivy could not scan the Kubernetes resource prod/Deployment/worker (/Misconfigurations/${resources.length - 1}): unable to pull image`;
    expect(result.runs.map((run) => [run.scanType, run.completed, run.problems])).toEqual([
      ['container', false, [problem]],
      ['iac', false, [problem]],
    ]);
    const gate = gateOver(result.runs, ['container']);
    expect(gate.reasons).toEqual([
      `trivy.json: ${problem}`,
      'no completed container scan among the inputs (the policy requires container).',
    ]);
  });
});
