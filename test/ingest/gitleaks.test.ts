import { FIXTURES, createHarness } from './harness.js';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { gitleaks } from '../../src/ingest/gitleaks.js';
import { readInputFile } from '../../src/ingest/read.js';
import { silentLogger } from '../../src/logger.js';
import { countBySeverity, emptyCounts } from '../../src/model.js';

const FOLDER = 'gitleaks-json';
const harness = createHarness(gitleaks, FOLDER);
const { parseText, parseFolderFixture, sampleAt, otherFormatFiles } = harness;
const fixtures = FIXTURES;
const context = harness.context();
const tmp = harness.tempDir();

describe('ingest/gitleaks', () => {
  it.each([
    // The manifest counts findings; gitleaks has no severity, so every one is unknown.
    ['gitleaks-7.5.0.json', 8],
    ['gitleaks-8-many.json', 4],
    ['gitleaks-8-testdata-simple.json', 1],
    ['gitleaks-legacy-many.json', 2],
    ['gitleaks-no-findings-null.json', 0],
  ])('counts %s as the manifest does (%i findings, all unknown)', async (name, total) => {
    const result = await parseFolderFixture(name);
    expect(countBySeverity(result.findings)).toEqual({ ...emptyCounts(), unknown: total });
    expect(result.runs).toEqual([
      { tool: 'Gitleaks', scanType: 'secret', completed: true, problems: [], resultCount: total },
    ]);
  });

  it('reads a v8 finding with every field, and never the secret', async () => {
    const result = await parseFolderFixture('gitleaks-8-many.json');
    expect(result.findings[3]).toEqual({
      identityKey: 'secret|tests/api.py|21',
      // A keyed hash of the secret, in memory only: two secrets at one line are two occurrences.
      occurrenceKey: expect.stringMatching(/^[0-9a-f]{16}$/),
      run: 0,
      scanType: 'secret',
      ruleId: 'generic-api-key',
      title: 'Generic API Key',
      severity: 'unknown',
      severitySource: 'no severity in gitleaks',
      aliases: [],
      cwe: [],
      location: { path: 'tests/api.py', startLine: 21, endLine: 21, startColumn: 10 },
      sources: [{ input: 'gitleaks-json/gitleaks-8-many.json', format: 'gitleaks', tool: 'Gitleaks', pointer: '/3' }],
    });
    const text = JSON.stringify(result);
    for (const secret of ['dfjksdjfs3294dfjlsdaf213', 'secretAWSsecret', 'BEGIN RSA PRIVATE KEY'])
      expect(text).not.toContain(secret);
    expect(result.warnings).toEqual([]);
  });

  it('keeps the same secret in two commits at one identity, as DESIGN 3.2 defines it', async () => {
    const { findings } = await parseFolderFixture('gitleaks-8-many.json');
    expect(findings[0]?.identityKey).toBe('secret|conf/aws.tf|2');
    expect(findings[1]?.identityKey).toBe(findings[0]?.identityKey);
    expect(findings[1]?.sources[0]?.pointer).toBe('/1');
  });

  it('uses the rule id as the title when the v8 description is empty', async () => {
    const { findings } = await parseFolderFixture('gitleaks-8-testdata-simple.json');
    expect(findings[0]).toMatchObject({
      ruleId: 'test-rule',
      title: 'test-rule',
      location: { path: 'auth.py', startLine: 1, endLine: 2, startColumn: 1 },
      identityKey: 'secret|auth.py|1',
    });
  });

  it('reads v7 (rule, file, lineNumber) without copying offender or line', async () => {
    const result = await parseFolderFixture('gitleaks-7.5.0.json');
    expect(result.findings[0]).toMatchObject({
      ruleId: 'AWS Access Key',
      title: 'AWS Access Key',
      location: {
        path: 'dojo/unittests/scans/gitlab_secret_detection_report/gitlab_secret_detection_report_1_vuln.json',
        startLine: 13,
      },
      identityKey:
        'secret|dojo/unittests/scans/gitlab_secret_detection_report/gitlab_secret_detection_report_1_vuln.json|13',
      sources: [{ pointer: '/0' }],
    });
    const text = JSON.stringify(result);
    expect(text).not.toContain('AKIAIOSFODNN7EXAMPLE');
    expect(text).not.toContain('OPENSSH');
  });

  it('locates pre-v7 findings by file only and keeps two rules in one file apart, since that format has no line', async () => {
    const { findings } = await parseFolderFixture('gitleaks-legacy-many.json');
    expect(findings.map((f) => [f.ruleId, f.location, f.identityKey])).toEqual([
      ['Github', { path: '.bashrc' }, 'secret|.bashrc||Github'],
      ['MailChimp API key', { path: '.bashrc' }, 'secret|.bashrc||MailChimp API key'],
    ]);
    expect(JSON.stringify(findings)).not.toContain('c77e01c1e89682e4d4b94a059a7fd2b37ab326ed');
  });

  it('accepts the literal null (a declared gitleaks report with no leaks) with a warning', async () => {
    const result = await parseFolderFixture('gitleaks-no-findings-null.json');
    expect(result.findings).toEqual([]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain('gitleaks-json/gitleaks-no-findings-null.json');
    expect(result.warnings[0]).toContain('null');
  });

  it('reuses a document the caller already parsed', async () => {
    const input = readInputFile(fixtures, `${FOLDER}/gitleaks-8-many.json`);
    const result = await gitleaks.parse(input, {
      ...context,
      document: [{ RuleID: 'x', File: 'a.txt', StartLine: 3 }],
    });
    expect(result.findings.map((f) => f.identityKey)).toEqual(['secret|a.txt|3']);
  });

  it('makes absolute paths under the root relative, and lets the policy set the scan type', async () => {
    const report = JSON.stringify([{ RuleID: 'aws', File: join(tmp, 'src', 'app.env'), StartLine: 4, Secret: 'zzz' }]);
    writeFileSync(join(tmp, 'abs.json'), report);
    const result = await gitleaks.parse(readInputFile(tmp, 'abs.json'), {
      root: tmp,
      logger: silentLogger,
      scanType: 'other',
    });
    expect(result.findings[0]?.location.path).toBe('src/app.env');
    expect(result.findings[0]?.scanType).toBe('other');
    expect(result.runs[0]?.scanType).toBe('other');
  });

  describe('detection', () => {
    it.each(readdirSync(join(fixtures, FOLDER)).filter((f) => f.endsWith('.json') && !f.includes('null')))(
      'is certain of %s',
      (name) => {
        expect(gitleaks.detect(sampleAt(`${FOLDER}/${name}`))).toBe('certain');
      },
    );

    it('answers no for the literal null, which only a declared format may accept', () => {
      expect(gitleaks.detect(sampleAt(`${FOLDER}/gitleaks-no-findings-null.json`))).toBe('no');
      expect(gitleaks.detect(sampleAt('malformed/trivy-legacy-null.json'))).toBe('no');
    });

    it('is only possibly sure of an empty array', () => {
      expect(gitleaks.detect({ path: 'x.json', head: '[]', document: [] })).toBe('possible');
    });

    it('is certain from the head when the document was not parsed', () => {
      const head = '[\n {\n  "Description": "AWS",\n  "StartLine": 2,\n  "RuleID": "aws-access-token"';
      expect(gitleaks.detect({ path: 'big.json', head })).toBe('certain');
    });

    it('is not certain of any other format, gitleaks SARIF included', () => {
      const others = otherFormatFiles();
      expect(others).toContain('sarif/gitleaks-8-testdata-simple.sarif');
      for (const rel of others) expect([rel, gitleaks.detect(sampleAt(rel))]).not.toEqual([rel, 'certain']);
    });
  });

  describe('malformed input', () => {
    it('names the file and position of truncated JSON', async () => {
      await expect(parseText('truncated.json', '[{"RuleID": "aws", "File": "a.tf"')).rejects.toThrow(
        /truncated\.json: line 1, column \d+/,
      );
    });

    it('refuses an object at the top level', async () => {
      const error = await parseText('object.json', '{"findings": []}').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toMatch(/^object\.json: the document is an object, not a gitleaks report/);
    });

    it('names the pointer of an entry that is not a finding', async () => {
      const text = JSON.stringify([{ RuleID: 'a', File: 'x' }, 'oops']);
      await expect(parseText('entry.json', text)).rejects.toThrow(/^entry\.json: \/1: the entry is a string/);
    });

    it('names the pointer of a v8 finding without a File', async () => {
      const text = JSON.stringify([
        { RuleID: 'a', File: 'x' },
        { RuleID: 'b', StartLine: 3 },
      ]);
      const error = await parseText('nofile.json', text).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toMatch(/^nofile\.json: \/1\/File: /);
    });

    it('refuses an entry of neither v8 nor v7 shape', async () => {
      await expect(parseText('shape.json', '[{"id": 1}]')).rejects.toThrow(/^shape\.json: \/0: .*neither 'RuleID'/);
    });
  });
});
