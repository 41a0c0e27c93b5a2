import { FIXTURES, createHarness } from './harness.js';
import { readFileSync, readdirSync } from 'node:fs';
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

  it('reads a bare summary that counts nothing as a completed run that covers no scan type, with a warning', async () => {
    // Both sides of each count: checkov-scanned-nothing.test.ts.
    const result = await parseFolderFixture('checkov-2.1.269-summary-only-no-vulns.json');
    expect(result.findings).toEqual([]);
    expect(result.runs).toEqual([
      {
        tool: 'Checkov',
        toolVersion: '2.1.269',
        scanType: 'iac',
        coversNothing: true,
        completed: true,
        problems: [],
        resultCount: 0,
      },
    ]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(
      /checkov-2\.1\.269-summary-only-no-vulns\.json: .*scanned nothing, so the report covers no scan type/,
    );
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

  describe('files Checkov could not parse', () => {
    it('makes a framework with parsing errors a scan that did not complete, naming the files', async () => {
      const result = await parseText(
        'parse.json',
        framework('terraform', [check()], { parsing_errors: ['/broken.tf'] }),
      );
      expect(result.findings).toHaveLength(1);
      expect(result.runs[0]).toMatchObject({
        completed: false,
        problems: [
          'Checkov (terraform) could not parse 1 file(s) (/results/parsing_errors): /broken.tf; their checks did not run, so the terraform scan is not complete (fix or exclude those files and scan again)',
        ],
      });
      expect(result.warnings).toEqual([]);
    });

    it('does so with no failed check at all (the review report: /main.tf unparsed, summary parsing_errors 1)', async () => {
      const report = {
        check_type: 'terraform',
        results: { passed_checks: [], failed_checks: [], skipped_checks: [], parsing_errors: ['/main.tf'] },
        summary: { passed: 0, failed: 0, skipped: 0, parsing_errors: 1, resource_count: 0, checkov_version: '2.3.0' },
      };
      const result = await parseText('checkov.json', report);
      expect(result.findings).toEqual([]);
      expect(result.runs).toEqual([
        {
          tool: 'Checkov',
          toolVersion: '2.3.0',
          scanType: 'iac',
          completed: false,
          problems: [
            'Checkov (terraform) could not parse 1 file(s) (/results/parsing_errors): /main.tf; their checks did not run, so the terraform scan is not complete (fix or exclude those files and scan again)',
          ],
          resultCount: 0,
        },
      ]);
    });

    it('names the framework of a list entry, and leaves the other frameworks complete', async () => {
      const result = await parseText('list.json', [
        framework('terraform', [check()]),
        framework('kubernetes', [], { parsing_errors: ['/a.yaml', '/b.yaml'] }),
      ]);
      expect(result.runs.map((r) => r.completed)).toEqual([true, false]);
      expect(result.runs[1]?.problems).toEqual([
        'Checkov (kubernetes) could not parse 2 file(s) (/1/results/parsing_errors): /a.yaml, /b.yaml; their checks did not run, so the kubernetes scan is not complete (fix or exclude those files and scan again)',
      ]);
    });

    it('takes the summary count when the list of files is missing', async () => {
      const report = framework('terraform', []);
      delete (report.results as Record<string, unknown>).parsing_errors;
      (report.summary as Record<string, unknown>).parsing_errors = 2;
      const result = await parseText('count.json', report);
      expect(result.runs[0]).toMatchObject({
        completed: false,
        problems: [
          'Checkov (terraform) could not parse 2 file(s) (/results/parsing_errors); their checks did not run, so the terraform scan is not complete (fix or exclude those files and scan again)',
        ],
      });
    });

    it('keeps a framework whose parsing_errors list and count are empty a completed scan', async () => {
      const result = await parseText('clean.json', framework('terraform', []));
      expect(result.runs[0]).toMatchObject({ completed: true, problems: [] });
    });

    it('makes a bare summary that counts unparsed files a scan that did not complete', async () => {
      const result = await parseText('checkov-summary.json', {
        passed: 0,
        failed: 0,
        skipped: 0,
        parsing_errors: 3,
        resource_count: 0,
        checkov_version: '2.3.0',
      });
      expect(result.runs).toEqual([
        {
          tool: 'Checkov',
          toolVersion: '2.3.0',
          scanType: 'iac',
          completed: false,
          problems: [
            'Checkov could not parse 3 file(s) (/parsing_errors); the bare summary does not name them, and their checks did not run, so the scan is not complete (the Checkov log names them: fix or exclude them and scan again)',
          ],
          resultCount: 0,
        },
      ]);
      expect(result.warnings).toEqual([]);
    });

    it('reads the spelling parsingerrors of the real 2.1.269 bare summary: 0 there, 1 in a variant', async () => {
      const real = JSON.parse(
        readFileSync(join(fixtures, FOLDER, 'checkov-2.1.269-summary-only-no-vulns.json'), 'utf8'),
      ) as Record<string, unknown>;
      expect(real.parsingerrors).toBe(0);
      const variant = await parseText('variant.json', { ...real, parsingerrors: 1 });
      expect(variant.runs[0]).toMatchObject({
        completed: false,
        problems: [
          'Checkov could not parse 1 file(s) (/parsingerrors); the bare summary does not name them, and their checks did not run, so the scan is not complete (the Checkov log names them: fix or exclude them and scan again)',
        ],
      });
    });

    it.each([
      [
        'a parsing_errors list that is not an array',
        { results: { failed_checks: [], parsing_errors: '/x.tf' } },
        /^bad\.json: \/results\/parsing_errors: found a string \(expected an array of the files Checkov could not parse\)\.$/,
      ],
      [
        'a summary count that is not a count',
        { summary: { failed: 0, parsing_errors: -1 } },
        /^bad\.json: \/summary\/parsing_errors: the number -1 \(expected the number of files Checkov could not parse\)\.$/,
      ],
    ])('refuses %s, naming its pointer', async (_what, override, pattern) => {
      const base = framework('terraform', []);
      const report = {
        ...base,
        ...('results' in override ? { results: { ...base.results, ...override.results } } : {}),
        ...('summary' in override ? { summary: { ...base.summary, ...override.summary } } : {}),
      };
      await expect(parseText('bad.json', report)).rejects.toThrow(pattern);
    });
  });

  describe('skipped checks (checkov:skip comments)', () => {
    const skipped = (overrides: Record<string, unknown> = {}, comment?: string) =>
      check({
        check_result: { result: 'SKIPPED', ...(comment !== undefined ? { suppress_comment: comment } : {}) },
        ...overrides,
      });
    const withSkipped = (failed: unknown[], skippedChecks: unknown[]) => {
      const report = framework('terraform', failed, { skipped_checks: skippedChecks });
      report.summary.skipped = skippedChecks.length;
      return report;
    };

    it('reads them as findings suppressed in source, with the reason of the comment', async () => {
      const result = await parseText(
        'skipped.json',
        withSkipped(
          [check()],
          [
            skipped({ check_id: 'CKV_AWS_19', severity: 'CRITICAL' }, 'Encrypted by the bucket policy'),
            skipped({ check_id: 'CKV_AWS_21' }),
          ],
        ),
      );
      expect(result.findings.map((f) => [f.ruleId, f.severity, f.sources[0]?.pointer, f.suppressions])).toEqual([
        ['CKV_AWS_20', 'unknown', '/results/failed_checks/0', undefined],
        [
          'CKV_AWS_19',
          'critical',
          '/results/skipped_checks/0',
          [{ kind: 'inSource', status: 'accepted', justification: 'Encrypted by the bucket policy' }],
        ],
        ['CKV_AWS_21', 'unknown', '/results/skipped_checks/1', [{ kind: 'inSource', status: 'accepted' }]],
      ]);
      expect(result.runs[0]?.resultCount).toBe(3);
      expect(result.warnings).toEqual([
        'skipped.json: 2 check(s) were skipped by Checkov (results.skipped_checks, a checkov:skip comment); they are read as suppressed findings and counted unless the policy sets exceptions.inFileSuppressions: honor.',
      ]);
    });

    it('gives a skipped check the identity it has when it fails', async () => {
      const asSkipped = await parseText('as-skipped.json', withSkipped([], [skipped({}, 'reason')]));
      const asFailed = await parseText('as-failed.json', framework('terraform', [check()]));
      const { suppressions, sources, ...rest } = asSkipped.findings[0] ?? {};
      expect(suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'reason' }]);
      expect(sources?.[0]?.pointer).toBe('/results/skipped_checks/0');
      expect({ ...asFailed.findings[0], sources: undefined }).toEqual({ ...rest, sources: undefined });
    });

    it('refuses a summary that counts more skipped checks than are listed, and reads one that lists as many', async () => {
      const report = withSkipped([], [skipped()]);
      report.summary.skipped = 2;
      await expect(parseText('cut-skipped.json', report)).rejects.toThrow(
        new InputError(
          'cut-skipped.json: /results/skipped_checks: the summary (/summary/skipped) counts 2 skipped check(s) but only 1 is listed (expected every skipped check; was the report cut?).',
        ),
      );
      report.summary.skipped = 1;
      expect((await parseText('whole-skipped.json', report)).findings).toHaveLength(1);
    });

    it('refuses skipped_checks that is not a list, or a skipped check that is not an object', async () => {
      await expect(
        parseText('skipped-object.json', framework('terraform', [], { skipped_checks: {} })),
      ).rejects.toThrow(
        new InputError(
          'skipped-object.json: /results/skipped_checks: found an object (expected an array of skipped checks).',
        ),
      );
      await expect(parseText('skipped-string.json', withSkipped([], ['CKV_AWS_20']))).rejects.toThrow(
        new InputError(
          'skipped-string.json: /results/skipped_checks/0: the skipped check is a string (expected a Checkov check result).',
        ),
      );
    });
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
        new InputError(
          'cut.json: /1/results/failed_checks: the summary (/1/summary/failed) counts 4 failed check(s) but none is listed (expected every failed check; was the report cut?).',
        ),
      );
    });

    it('refuses a framework whose summary counts more failures than it lists, and reads one that lists as many or more', async () => {
      const short = framework('terraform', [check(), check({ check_id: 'CKV_AWS_21' })]);
      short.summary.failed = 3;
      await expect(parseText('short.json', short)).rejects.toThrow(
        new InputError(
          'short.json: /results/failed_checks: the summary (/summary/failed) counts 3 failed check(s) but only 2 are listed (expected every failed check; was the report cut?).',
        ),
      );
      short.summary.failed = 2;
      expect((await parseText('equal.json', short)).findings).toHaveLength(2);
      // The real 1.0.467 report lists 3 failed checks under a summary of 2: more listed is read.
      const real = await parseFolderFixture('checkov-1.0.467-many.json');
      expect(real.findings).toHaveLength(3);
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
