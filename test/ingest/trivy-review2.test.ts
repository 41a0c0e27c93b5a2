/**
 * Trivy JSON review fixes: blank vulnerability and secret ids are input errors; an UNKNOWN or missing
 * Severity takes VendorSeverity, else the CVSS scores; misconfigurations without a line are told apart by
 * their resource or message; MisconfSummary.Failures above the failures listed is a cut report (a warning in a
 * Kubernetes cluster report); an end-of-life OS is a warning. Every case goes through both the whole-document
 * and the streaming path, which must agree.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeIdentity } from '../../src/ingest/identity.js';
import { readInputFile } from '../../src/ingest/read.js';
import { trivy } from '../../src/ingest/trivy.js';
import type { IngestContext, IngestResult } from '../../src/ingest/types.js';
import { silentLogger } from '../../src/logger.js';
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

async function read(name: string, content: unknown): Promise<IngestResult> {
  const { value, error } = await readBothWays(name, content);
  if (value === undefined) throw new Error(`${name} was refused: ${error}`);
  return value;
}

async function refused(name: string, content: unknown): Promise<string> {
  const { value, error } = await readBothWays(name, content);
  expect(value).toBeUndefined();
  return error ?? '';
}

function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(FIXTURES, 'trivy-json', name), 'utf8')) as Record<string, unknown>;
}

function image(results: unknown[], os: Record<string, unknown> = { Family: 'debian', Name: '10.13' }) {
  return {
    SchemaVersion: 2,
    ArtifactName: 'app:1',
    ArtifactType: 'container_image',
    Metadata: { OS: os },
    Results: results,
  };
}

function osResult(vulnerabilities: unknown[]) {
  return { Target: 'app:1 (debian 10.13)', Class: 'os-pkgs', Type: 'debian', Vulnerabilities: vulnerabilities };
}

function vuln(extra: Record<string, unknown>) {
  return { VulnerabilityID: 'CVE-2023-1111', PkgName: 'libfoo', InstalledVersion: '1.0', Title: 'libfoo', ...extra };
}

function config(extra: Record<string, unknown>) {
  return {
    SchemaVersion: 2,
    ArtifactName: '.',
    ArtifactType: 'filesystem',
    Results: [{ Target: 'main.tf', Class: 'config', Type: 'terraform', ...extra }],
  };
}

function bucketCheck(resource: string | undefined, extra: Record<string, unknown> = {}) {
  return {
    Type: 'Terraform Security Check',
    ID: 'AVD-AWS-0086',
    Title: 'S3 public access block',
    Message: 'No public access block so not blocking public acls',
    Severity: 'HIGH',
    Status: 'FAIL',
    CauseMetadata: { ...(resource !== undefined ? { Resource: resource } : {}), Provider: 'AWS', Service: 's3' },
    ...extra,
  };
}

describe('trivy: blank ids are input errors', () => {
  it('refuses a vulnerability whose VulnerabilityID is blank, naming its pointer', async () => {
    const error = await refused(
      'blank-vuln.json',
      image([osResult([vuln({ VulnerabilityID: '  ', Severity: 'CRITICAL' })])]),
    );
    expect(error).toBe(
      `blank-vuln.json: /Results/0/Vulnerabilities/0/VulnerabilityID: got the string '  ', a blank id (expected the vulnerability id, such as a CVE or GHSA id).`,
    );
  });

  it('refuses a blank VulnerabilityID under ExperimentalModifiedFindings too', async () => {
    const result = {
      ...osResult([]),
      ExperimentalModifiedFindings: [
        { Type: 'vulnerability', Status: 'not_affected', Finding: vuln({ VulnerabilityID: '', Severity: 'LOW' }) },
      ],
    };
    const error = await refused('blank-modified.json', image([result]));
    expect(error).toContain(
      "/Results/0/ExperimentalModifiedFindings/0/Finding/VulnerabilityID: got the string '', a blank id",
    );
  });

  it('refuses a secret whose RuleID is blank, and reads one with a rule', async () => {
    const secret = (RuleID: string) => ({ RuleID, Severity: 'CRITICAL', Title: 'AWS', StartLine: 1, EndLine: 1 });
    const doc = (id: string) => image([osResult([]), { Target: 'app/.env', Class: 'secret', Secrets: [secret(id)] }]);
    const error = await refused('blank-secret.json', doc(''));
    expect(error).toBe(
      `blank-secret.json: /Results/1/Secrets/0/RuleID: got the string '', a blank id (expected the id of the secret rule that matched).`,
    );
    const ok = await read('secret.json', doc('aws-access-key-id'));
    expect(ok.findings.map((f) => f.ruleId)).toEqual(['aws-access-key-id']);
  });

  it('still reads a vulnerability with an id', async () => {
    const ok = await read('vuln.json', image([osResult([vuln({ Severity: 'CRITICAL' })])]));
    expect(ok.findings.map((f) => [f.ruleId, f.severity])).toEqual([['CVE-2023-1111', 'critical']]);
  });
});

describe('trivy: an UNKNOWN or missing Severity takes the vendors ratings', () => {
  const rated = { VendorSeverity: { debian: 0, nvd: 4 }, CVSS: { nvd: { V3Vector: 'CVSS:3.1/AV:N', V3Score: 9.8 } } };

  it('takes the highest VendorSeverity above 0 for UNKNOWN', async () => {
    const { findings } = await read('unknown-nvd.json', image([osResult([vuln({ Severity: 'UNKNOWN', ...rated })])]));
    expect(findings.map((f) => [f.severity, f.severitySource])).toEqual([
      ['critical', 'trivy VendorSeverity nvd 4 (critical; Severity UNKNOWN)'],
    ]);
  });

  it('takes the highest VendorSeverity for a missing Severity, and 1 is low', async () => {
    const { findings } = await read(
      'missing.json',
      image([osResult([vuln({ VendorSeverity: { ghsa: 1, redhat: 2 } })])]),
    );
    expect(findings.map((f) => [f.severity, f.severitySource])).toEqual([
      ['medium', 'trivy VendorSeverity redhat 2 (medium; Severity missing)'],
    ]);
  });

  it('falls back to the highest CVSS score, banded, when every VendorSeverity is 0', async () => {
    const cvss = { nvd: { V2Score: 5, V3Score: 7.5 }, ghsa: { V40Score: 6.9 } };
    const { findings } = await read(
      'cvss.json',
      image([osResult([vuln({ Severity: 'UNKNOWN', VendorSeverity: { debian: 0 }, CVSS: cvss })])]),
    );
    expect(findings.map((f) => [f.severity, f.severitySource])).toEqual([
      ['high', 'trivy CVSS nvd V3Score 7.5 (Severity UNKNOWN)'],
    ]);
  });

  it('bands a score on both sides of the critical boundary', async () => {
    const at = async (score: number) =>
      (await read(`score-${score}.json`, image([osResult([vuln({ CVSS: { nvd: { V3Score: score } } })])]))).findings[0]
        ?.severity;
    expect(await at(9)).toBe('critical');
    expect(await at(8.9)).toBe('high');
    expect(await at(0.1)).toBe('low');
  });

  it('stays unknown with no rating above 0 (a score of 0 never makes it info)', async () => {
    const { findings } = await read(
      'zero.json',
      image([osResult([vuln({ Severity: 'UNKNOWN', VendorSeverity: { nvd: 0 }, CVSS: { nvd: { V3Score: 0 } } })])]),
    );
    expect(findings.map((f) => [f.severity, f.severitySource])).toEqual([['unknown', 'trivy UNKNOWN']]);
  });

  it('keeps a known Severity word, whatever the vendors say', async () => {
    const { findings } = await read('low.json', image([osResult([vuln({ Severity: 'LOW', ...rated })])]));
    expect(findings.map((f) => [f.severity, f.severitySource])).toEqual([['low', 'trivy LOW']]);
  });

  it('refuses a VendorSeverity or CVSS score it cannot read when it decides', async () => {
    const badVendor = await refused(
      'bad-vendor.json',
      image([osResult([vuln({ Severity: 'UNKNOWN', VendorSeverity: { nvd: 'HIGH' } })])]),
    );
    expect(badVendor).toContain(
      "/Results/0/Vulnerabilities/0/VendorSeverity/nvd: got the string 'HIGH' (expected a Trivy vendor severity: 0 (unknown), 1 (low), 2 (medium), 3 (high) or 4 (critical)).",
    );
    const badScore = await refused(
      'bad-score.json',
      image([osResult([vuln({ Severity: 'UNKNOWN', CVSS: { nvd: { V3Score: 11 } } })])]),
    );
    expect(badScore).toContain('/Results/0/Vulnerabilities/0/CVSS/nvd/V3Score: got');
    expect(badScore).toContain('(expected a CVSS base score from 0 to 10)');
  });
});

describe('trivy: misconfigurations without a line', () => {
  it('keeps four failures of one check on four resources apart', async () => {
    const checks = ['a', 'b', 'c', 'd'].map((r) => bucketCheck(`aws_s3_bucket.${r}`));
    const { findings } = await read(
      'nolines.json',
      config({ MisconfSummary: { Successes: 1, Failures: 4, Exceptions: 0 }, Misconfigurations: checks }),
    );
    expect(findings.map((f) => f.identityKey)).toEqual(
      ['a', 'b', 'c', 'd'].map((r) => `code|Trivy|AVD-AWS-0086|main.tf|resource:aws_s3_bucket.${r}`),
    );
  });

  it('tells apart failures without a resource by their message, and keeps same-message ones one identity', async () => {
    const checks = [
      bucketCheck(undefined, { Message: 'bucket a' }),
      bucketCheck(undefined, { Message: 'bucket b' }),
      bucketCheck(undefined, { Message: 'bucket a' }),
    ];
    const { findings } = await read('messages.json', config({ Misconfigurations: checks }));
    const keys = findings.map((f) => f.identityKey);
    expect(keys[0]).toMatch(/^code\|Trivy\|AVD-AWS-0086\|main\.tf\|message:[0-9a-f]{16}$/);
    expect(keys[1]).not.toBe(keys[0]);
    expect(keys[2]).toBe(keys[0]);
  });

  it('keeps the line as the identity of a misconfiguration that has one, resource or not', async () => {
    const checks = ['a', 'b'].map((r, i) =>
      bucketCheck(`aws_s3_bucket.${r}`, {
        CauseMetadata: { Resource: `aws_s3_bucket.${r}`, StartLine: 10 * (i + 1), EndLine: 10 * (i + 1) + 3 },
      }),
    );
    const { findings } = await read('lines.json', config({ Misconfigurations: checks }));
    expect(findings.map((f) => f.identityKey)).toEqual([
      codeIdentity('Trivy', 'AVD-AWS-0086', { path: 'main.tf', startLine: 10 }),
      codeIdentity('Trivy', 'AVD-AWS-0086', { path: 'main.tf', startLine: 20 }),
    ]);
  });

  it('gives the fixture DS002 (no StartLine) its message as identity', async () => {
    const { findings } = await read('fs.json', fixture('trivy-fs-vulns-misconfig-secrets.json'));
    const ds002 = findings.filter((f) => f.ruleId === 'DS002');
    expect(ds002).toHaveLength(1);
    expect(ds002[0]?.identityKey).toMatch(/^code\|Trivy\|DS002\|Dockerfile\|message:[0-9a-f]{16}$/);
  });
});

describe('trivy: MisconfSummary.Failures', () => {
  it('refuses a cut report that counts failures and lists none', async () => {
    const error = await refused('cut.json', config({ MisconfSummary: { Successes: 20, Failures: 3, Exceptions: 0 } }));
    expect(error).toBe(
      'cut.json: /Results/0/MisconfSummary/Failures: the summary counts 3 failed misconfigurations but none is listed (/Results/0/Misconfigurations with Status FAIL, and misconfigurations under ExperimentalModifiedFindings) (expected every failed misconfiguration; was the report cut?).',
    );
  });

  it('refuses one counted failure more than listed, and reads as many as listed', async () => {
    const checks = ['a', 'b'].map((r) => bucketCheck(`aws_s3_bucket.${r}`));
    const error = await refused('cut-one.json', config({ MisconfSummary: { Failures: 3 }, Misconfigurations: checks }));
    expect(error).toContain('counts 3 failed misconfigurations but only 2 are listed');
    const ok = await read('whole.json', config({ MisconfSummary: { Failures: 2 }, Misconfigurations: checks }));
    expect(ok.findings).toHaveLength(2);
  });

  it('counts misconfigurations under ExperimentalModifiedFindings as listed, and not PASS ones', async () => {
    const modified = [
      { Type: 'misconfiguration', Status: 'ignored', Source: '.trivyignore', Finding: bucketCheck('aws_s3_bucket.b') },
    ];
    const pass = bucketCheck('aws_s3_bucket.c', { Status: 'PASS' });
    const ok = await read(
      'modified.json',
      config({
        MisconfSummary: { Failures: 2 },
        Misconfigurations: [bucketCheck('aws_s3_bucket.a'), pass],
        ExperimentalModifiedFindings: modified,
      }),
    );
    expect(ok.findings).toHaveLength(2);
    const error = await refused(
      'modified-cut.json',
      config({ MisconfSummary: { Failures: 2 }, Misconfigurations: [bucketCheck('aws_s3_bucket.a'), pass] }),
    );
    expect(error).toContain('counts 2 failed misconfigurations but only 1 is listed');
  });

  it('refuses a MisconfSummary that is not an object, and a Failures that is not a whole number', async () => {
    const notObject = await refused('summary-list.json', config({ MisconfSummary: [3] }));
    expect(notObject).toBe(
      'summary-list.json: /Results/0/MisconfSummary: got an array (expected an object with the Successes, Failures and Exceptions counts).',
    );
    const notCount = await refused('failures-string.json', config({ MisconfSummary: { Failures: '3' } }));
    expect(notCount).toContain(
      "/Results/0/MisconfSummary/Failures: got the string '3' (expected the number of failed misconfigurations, a whole number).",
    );
  });

  it('warns, and does not refuse, a Kubernetes cluster report that counts more failures than it lists', async () => {
    const { findings, warnings } = await read('k8s.json', fixture('trivy-k8s-cluster-report.json'));
    expect(findings.length).toBeGreaterThan(0);
    const warning = warnings.find((w) => w.includes('MisconfSummary'));
    expect(warning).toContain(
      'the MisconfSummary of 2 Kubernetes results counts more failed misconfigurations than they list: /Misconfigurations/0/Results/0/MisconfSummary/Failures (8 counted, 5 listed)',
    );
  });
});

describe('trivy: an end-of-life OS', () => {
  const doc = (os: Record<string, unknown>) => image([osResult([])], os);

  it('warns when Metadata.OS.EOSL is true, naming the OS', async () => {
    const { warnings } = await read('eosl.json', doc({ Family: 'debian', Name: '10.13', EOSL: true }));
    expect(warnings).toEqual([
      "eosl.json: /Metadata/OS/EOSL: the OS Trivy detected (debian 10.13) is past its end of service life: its distribution no longer publishes security advisories for it, so Trivy's vulnerability detection may be insufficient and zero findings does not mean its packages are clean. Move to a supported OS release, and run Trivy with --exit-on-eol 1 to fail the scan on such an image.",
    ]);
  });

  it('does not warn for a supported OS', async () => {
    expect((await read('supported.json', doc({ Family: 'debian', Name: '12.5', EOSL: false }))).warnings).toEqual([]);
    expect((await read('no-eosl.json', doc({ Family: 'debian', Name: '12.5' }))).warnings).toEqual([]);
  });
});
