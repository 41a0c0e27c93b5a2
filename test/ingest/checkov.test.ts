import { FIXTURES, createHarness } from './harness.js';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { checkov } from '../../src/ingest/checkov.js';
import { readInputFile } from '../../src/ingest/read.js';
import { countBySeverity, emptyCounts } from '../../src/model.js';

const FOLDER = 'checkov-json';
const harness = createHarness(checkov, FOLDER);
const { parseText, parseFolderFixture, sampleAt, otherFormatFiles } = harness;
const fixtures = FIXTURES;
const context = harness.context();
const tmp = harness.tempDir();

const check = (overrides: Record<string, unknown> = {}) => ({
  check_id: 'CKV_AWS_20',
  check_name: 'S3 Bucket has an ACL defined which allows public READ access.',
  check_result: { result: 'FAILED' },
  code_block: [[1, 'resource "aws_s3_bucket" "data" {\n']],
  file_path: '/s3.tf',
  file_line_range: [1, 13],
  resource: 'aws_s3_bucket.data',
  severity: null,
  ...overrides,
});

const framework = (checkType: string, failed: unknown[], extra: Record<string, unknown> = {}) => ({
  check_type: checkType,
  results: { passed_checks: [], failed_checks: failed, skipped_checks: [], parsing_errors: [], ...extra },
  summary: { passed: 0, failed: failed.length, skipped: 0, parsing_errors: 0, checkov_version: '3.2.0' },
});

describe('ingest/checkov', () => {
  it.each([
    // Without a platform API key Checkov writes severity null (or none at all in 1.x): unknown.
    ['checkov-1.0.467-many.json', { unknown: 3 }, 1],
    ['checkov-2.0.209-multiple-check-types-list.json', { unknown: 13 }, 2],
    ['checkov-2.1.269-summary-only-no-vulns.json', {}, 1],
    ['checkov-2.2.34-with-severity.json', { high: 1, medium: 2, low: 1 }, 1],
  ])('counts %s per severity as the manifest does', async (name, counts, runs) => {
    const result = await parseFolderFixture(name);
    expect(countBySeverity(result.findings)).toEqual({ ...emptyCounts(), ...counts });
    expect(result.runs).toHaveLength(runs);
    expect(result.runs.every((r) => r.tool === 'Checkov' && r.scanType === 'iac' && r.completed)).toBe(true);
  });

  it('reads a failed check with every field, and not the code block', async () => {
    const result = await parseFolderFixture('checkov-2.2.34-with-severity.json');
    expect(result.findings[0]).toEqual({
      identityKey: 'code|Checkov|CKV_GCP_29|gcs.tf|google_storage_bucket.terragoat_website',
      run: 0,
      scanType: 'iac',
      ruleId: 'CKV_GCP_29',
      title: 'Ensure that Cloud Storage buckets have uniform bucket-level access enabled',
      severity: 'medium',
      severitySource: 'checkov MEDIUM',
      aliases: [],
      cwe: [],
      location: { path: 'gcs.tf', startLine: 1, endLine: 15 },
      sources: [
        {
          input: 'checkov-json/checkov-2.2.34-with-severity.json',
          format: 'checkov',
          tool: 'Checkov',
          toolVersion: '2.2.34',
          pointer: '/results/failed_checks/0',
        },
      ],
    });
    expect(result.runs).toEqual([
      { tool: 'Checkov', toolVersion: '2.2.34', scanType: 'iac', completed: true, problems: [], resultCount: 4 },
    ]);
    expect(JSON.stringify(result)).not.toContain('git_commit');
  });

  it('makes one run per framework of a list, with pointers into each', async () => {
    const result = await parseFolderFixture('checkov-2.0.209-multiple-check-types-list.json');
    expect(result.runs.map((r) => [r.toolVersion, r.resultCount])).toEqual([
      ['2.0.209', 11],
      ['2.0.209', 2],
    ]);
    const dockerfile = result.findings[11];
    expect(dockerfile).toMatchObject({
      run: 1,
      ruleId: 'CKV_DOCKER_3',
      severity: 'unknown',
      severitySource: 'no severity in checkov',
      sources: [{ pointer: '/1/results/failed_checks/0' }],
      identityKey: 'code|Checkov|CKV_DOCKER_3|aws/resources/Dockerfile|/aws/resources/Dockerfile.',
    });
    // [0, 0] is Checkov's "whole file": no line.
    expect(dockerfile?.location).toEqual({ path: 'aws/resources/Dockerfile' });
    expect(result.findings[0]?.location).toEqual({ path: 'aws/db-app.tf', startLine: 1, endLine: 41 });
  });

  it('counts a bare summary as a completed scan that saw nothing, with a warning', async () => {
    const result = await parseFolderFixture('checkov-2.1.269-summary-only-no-vulns.json');
    expect(result.findings).toEqual([]);
    expect(result.runs).toEqual([
      { tool: 'Checkov', toolVersion: '2.1.269', scanType: 'iac', completed: true, problems: [], resultCount: 0 },
    ]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/checkov-2\.1\.269-summary-only-no-vulns\.json: .*nothing was scanned/);
  });

  it('prefers file_abs_path when it lies under the root', async () => {
    const result = await parseText(
      'abs.json',
      framework('terraform', [check({ file_path: '/s3.tf', file_abs_path: join(tmp, 'infra', 's3.tf') })]),
    );
    expect(result.findings[0]?.location.path).toBe('infra/s3.tf');
  });

  it('classifies the secrets framework as secret findings', async () => {
    const result = await parseText(
      'secrets.json',
      framework('secrets', [
        check({ check_id: 'CKV_SECRET_2', check_name: 'AWS Access Key', file_path: '/.env', file_line_range: [3, 4] }),
      ]),
    );
    expect(result.findings[0]).toMatchObject({
      scanType: 'secret',
      identityKey: 'secret|.env|3',
      location: { path: '.env', startLine: 3, endLine: 4 },
    });
    expect(result.runs[0]?.scanType).toBe('secret');
  });

  it('adds the check to the identity of a secret without a line, so two in one file stay two', async () => {
    const result = await parseText(
      'secrets-no-line.json',
      framework('secrets', [
        check({ check_id: 'CKV_SECRET_2', check_name: 'AWS Access Key', file_path: '/.env', file_line_range: [0, 0] }),
        check({
          check_id: 'CKV_SECRET_6',
          check_name: 'Base64 High Entropy',
          file_path: '/.env',
          file_line_range: [0, 0],
        }),
      ]),
    );
    expect(result.findings.map((f) => f.identityKey)).toEqual([
      'secret|.env||CKV_SECRET_2',
      'secret|.env||CKV_SECRET_6',
    ]);
  });

  it('reads the vulnerable package of an SCA check as a dependency finding', async () => {
    const result = await parseText(
      'sca.json',
      framework('sca_package', [
        check({
          check_id: 'CKV_CVE_2020_29652',
          check_name: 'Nil pointer dereference',
          file_path: '/go.sum',
          resource: 'go.sum.golang.org/x/crypto',
          severity: 'HIGH',
          vulnerability_details: {
            id: 'CVE-2020-29652',
            package_name: 'golang.org/x/crypto',
            package_version: 'v0.0.1',
          },
        }),
      ]),
    );
    expect(result.findings[0]).toMatchObject({
      scanType: 'dependency',
      ruleId: 'CVE-2020-29652',
      aliases: ['CVE-2020-29652'],
      package: { name: 'golang.org/x/crypto', version: 'v0.0.1' },
      severity: 'high',
      identityKey: 'dep|CVE-2020-29652|:golang.org/x/crypto|v0.0.1',
    });
  });

  it('turns parsing errors into warnings naming their pointer', async () => {
    const result = await parseText('parse.json', framework('terraform', [check()], { parsing_errors: ['/broken.tf'] }));
    expect(result.warnings).toEqual([
      'parse.json: /results/parsing_errors/0: Checkov (terraform) could not parse /broken.tf; its checks did not run.',
    ]);
  });

  it('lets the policy set the scan type', async () => {
    const input = readInputFile(fixtures, `${FOLDER}/checkov-1.0.467-many.json`);
    const result = await checkov.parse(input, { ...context, scanType: 'other' });
    expect(new Set(result.findings.map((f) => f.scanType))).toEqual(new Set(['other']));
    expect(result.runs[0]?.scanType).toBe('other');
  });

  describe('detection', () => {
    it.each(readdirSync(join(fixtures, FOLDER)).filter((f) => f.endsWith('.json')))('is certain of %s', (name) => {
      expect(checkov.detect(sampleAt(`${FOLDER}/${name}`))).toBe('certain');
    });

    it('is not certain of any other format, Checkov SARIF included', () => {
      const others = otherFormatFiles();
      expect(others).toContain('malformed/checkov-sarif-missing-tool.sarif');
      for (const rel of others) expect([rel, checkov.detect(sampleAt(rel))]).not.toEqual([rel, 'certain']);
    });
  });

  describe('malformed input', () => {
    it('names the file and position of truncated JSON', async () => {
      const error = await parseText(
        'truncated.json',
        JSON.stringify(framework('terraform', [check()])).slice(0, 70),
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toMatch(/^truncated\.json: line 1, column \d+ \(byte \d+\): invalid JSON/);
    });

    it('refuses a bare summary that counts failed checks it does not list', async () => {
      await expect(
        parseText('summary.json', { passed: 3, failed: 2, skipped: 0, checkov_version: '2.1.269' }),
      ).rejects.toThrow(/^summary\.json: \/failed: the report is a bare summary that counts 2 failed check/);
    });

    it('refuses a framework whose summary counts failures it does not list', async () => {
      const report = framework('terraform', []);
      report.summary.failed = 4;
      await expect(parseText('cut.json', [framework('terraform', [check()]), report])).rejects.toThrow(
        /^cut\.json: \/1\/results\/failed_checks: the summary counts 4 failed check/,
      );
    });

    it('refuses a severity Checkov does not write and names its pointer', async () => {
      await expect(parseText('sev.json', framework('terraform', [check({ severity: 'SEVERE' })]))).rejects.toThrow(
        /^sev\.json: \/results\/failed_checks\/0\/severity: 'SEVERE' is not a Checkov severity/,
      );
    });

    it('refuses a list entry that is not a framework report', async () => {
      await expect(parseText('list.json', [framework('terraform', [check()]), { results: [] }])).rejects.toThrow(
        /^list\.json: \/1: found an object without 'check_type'/,
      );
    });

    it('refuses an empty list', async () => {
      await expect(parseText('empty.json', [])).rejects.toThrow(/^empty\.json: the document is an empty array/);
    });

    it('refuses a failed check without a check id', async () => {
      await expect(
        parseText('noid.json', framework('terraform', [check(), check({ check_id: undefined })])),
      ).rejects.toThrow(/^noid\.json: \/results\/failed_checks\/1\/check_id: the key is missing/);
    });
  });
});
