import { FIXTURES, createHarness } from './harness.js';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readInputFile } from '../../src/ingest/read.js';
import { trufflehog } from '../../src/ingest/trufflehog.js';
import { countBySeverity, emptyCounts } from '../../src/model.js';

const FOLDER = 'trufflehog-json';
const FIXTURE = `${FOLDER}/trufflehog-v3-git.jsonl`;
const harness = createHarness(trufflehog, FOLDER);
const { parseText, sampleAt, otherFormatFiles } = harness;
const fixtures = FIXTURES;
const context = harness.context();
const tmp = harness.tempDir();

const filesystemResult = (file: string, line: number, verified: boolean) =>
  JSON.stringify({
    SourceMetadata: { Data: { Filesystem: { file, line } } },
    SourceID: 1,
    SourceType: 15,
    SourceName: 'trufflehog - filesystem',
    DetectorType: 8,
    DetectorName: 'Github',
    Verified: verified,
    Raw: 'ghp_rawsecretvalue000000000000000000000',
    Redacted: 'ghp_redactedvalue',
  });

describe('ingest/trufflehog', () => {
  it('counts the fixture as the manifest does: 4 findings, no severity, all verified', async () => {
    const result = await trufflehog.parse(readInputFile(fixtures, FIXTURE), context);
    expect(countBySeverity(result.findings)).toEqual({ ...emptyCounts(), unknown: 4 });
    expect(result.findings.every((f) => f.title.endsWith('(verified)'))).toBe(true);
    expect(result.runs).toEqual([
      { tool: 'TruffleHog', scanType: 'secret', completed: true, problems: [], resultCount: 4 },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('reads a Git result with every field, and never Raw or Redacted', async () => {
    const result = await trufflehog.parse(readInputFile(fixtures, FIXTURE), context);
    expect(result.findings[0]).toEqual({
      identityKey: 'secret|keys|4',
      // A keyed hash of the secret, in memory only: two secrets at one line are two occurrences.
      occurrenceKey: expect.stringMatching(/^[0-9a-f]{16}$/),
      run: 0,
      scanType: 'secret',
      ruleId: 'AWS',
      title: 'AWS secret (verified)',
      severity: 'unknown',
      severitySource: 'no severity in trufflehog',
      aliases: [],
      cwe: [],
      location: { path: 'keys', startLine: 4 },
      sources: [{ input: FIXTURE, format: 'trufflehog', tool: 'TruffleHog', pointer: 'line 1' }],
    });
    const text = JSON.stringify(result);
    for (const secret of [
      'AKIAIOSFODNN7EXAMPLE',
      'QUtJQUlPU0ZPRE5ON0VYQU1QTEU=',
      'admin:admin',
      'OPENSSH',
      '000000000000',
    ])
      expect(text).not.toContain(secret);
  });

  it('gives the same identity to the same secret reported twice (the fixture repeats the URI result)', async () => {
    const { findings } = await trufflehog.parse(readInputFile(fixtures, FIXTURE), context);
    expect(findings.map((f) => [f.ruleId, f.identityKey, f.sources[0]?.pointer])).toEqual([
      ['AWS', 'secret|keys|4', 'line 1'],
      ['URI', 'secret|keys|3', 'line 2'],
      ['PrivateKey', 'secret|keys|1', 'line 3'],
      ['URI', 'secret|keys|3', 'line 4'],
    ]);
  });

  it('reads other sources (Filesystem) and says when a secret is unverified', async () => {
    const text = `${filesystemResult(join(tmp, 'config', 'prod.env'), 7, false)}\n`;
    const result = await parseText('fs.jsonl', text);
    expect(result.findings[0]).toMatchObject({
      title: 'Github secret (unverified)',
      location: { path: 'config/prod.env', startLine: 7 },
      identityKey: 'secret|config/prod.env|7',
    });
    expect(JSON.stringify(result)).not.toContain('rawsecretvalue');
  });

  it('keeps the secrets of two detectors in one file apart when the source gives no line (Docker)', async () => {
    const docker = (detector: string, type: number) =>
      JSON.stringify({
        SourceMetadata: { Data: { Docker: { image: 'app:1', file: '/app/config.env', layer: 'sha256:aa' } } },
        SourceID: 0,
        SourceType: 5,
        SourceName: 'trufflehog - docker',
        DetectorType: type,
        DetectorName: detector,
        Verified: false,
        Raw: 'rawsecretvalue',
      });
    const result = await parseText(
      'docker.jsonl',
      `${docker('AWS', 2)}\n${docker('Github', 8)}\n${docker('AWS', 2)}\n`,
    );
    // Without a line the identity also names the image and layer and a hash of the secret (trufflehog-review.test.ts).
    expect(result.findings.map((f) => f.identityKey)).toEqual([
      'secret|/app/config.env||AWS|image=app:1&layer=sha256:aa',
      'secret|/app/config.env||Github|image=app:1&layer=sha256:aa',
      'secret|/app/config.env||AWS|image=app:1&layer=sha256:aa',
    ]);
    expect(JSON.stringify(result)).not.toContain('rawsecretvalue');
    // With a line, the detector is not part of the identity (the fixture's Git results, above).
    const lined = await parseText('lined.jsonl', `${filesystemResult('a.txt', 2, true)}\n`);
    expect(lined.findings[0]?.identityKey).toBe('secret|a.txt|2');
  });

  it('skips TruffleHog log lines, takes the version from the finished-scanning line', async () => {
    const lines = [
      '{"level":"info-0","ts":"2024-10-13T19:38:07+02:00","logger":"trufflehog","msg":"running source"}',
      filesystemResult('a.txt', 2, true),
      '{"level":"info-0","ts":"2024-10-13T19:38:07+02:00","logger":"trufflehog","msg":"finished scanning","chunks":3,"verified_secrets":1,"trufflehog_version":"3.81.9"}',
    ];
    const result = await parseText('logs.jsonl', `${lines.join('\n')}\n`);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]?.sources[0]).toEqual({
      input: 'logs.jsonl',
      format: 'trufflehog',
      tool: 'TruffleHog',
      toolVersion: '3.81.9',
      pointer: 'line 2',
    });
    expect(result.runs[0]).toMatchObject({ toolVersion: '3.81.9', completed: true });
    expect(result.warnings).toEqual(['logs.jsonl: 2 TruffleHog log line(s) were skipped; they are not results.']);
  });

  it('counts a log of a finished scan of some chunks with no results as a clean scan', async () => {
    // A finished scan of 0 chunks is a warning (more in trufflehog-log.test.ts).
    const result = await parseText(
      'clean.jsonl',
      '{"level":"info-0","logger":"trufflehog","msg":"finished scanning","chunks":3,"verified_secrets":0,"trufflehog_version":"3.81.9"}\n',
    );
    expect(result.findings).toEqual([]);
    expect(result.runs[0]).toEqual({
      tool: 'TruffleHog',
      toolVersion: '3.81.9',
      scanType: 'secret',
      completed: true,
      problems: [],
      resultCount: 0,
    });
    const none = await parseText(
      'none.jsonl',
      '{"level":"info-0","logger":"trufflehog","msg":"finished scanning","chunks":0,"verified_secrets":0,"trufflehog_version":"3.81.9"}\n',
    );
    expect(none.runs[0]).toEqual({ ...result.runs[0], toolVersion: '3.81.9' });
    expect(
      none.warnings.some((w) => w.includes('counts 0 chunks and there are no results: TruffleHog read nothing')),
    ).toBe(true);
  });

  it('marks the run incomplete when its log never says the scan finished', async () => {
    const text = `{"level":"info-0","logger":"trufflehog","msg":"running source"}\n${filesystemResult('a.txt', 1, true)}\n`;
    const result = await parseText('cut.jsonl', text);
    expect(result.runs[0]?.completed).toBe(false);
    expect(result.runs[0]?.problems[0]).toContain('finished scanning');
  });

  it('lets the policy set the scan type', async () => {
    const result = await trufflehog.parse(readInputFile(fixtures, FIXTURE), { ...context, scanType: 'other' });
    expect(new Set(result.findings.map((f) => f.scanType))).toEqual(new Set(['other']));
    expect(result.runs[0]?.scanType).toBe('other');
  });

  describe('detection', () => {
    it('is certain of the fixture', () => {
      expect(trufflehog.detect(sampleAt(FIXTURE))).toBe('certain');
    });

    it('is certain of a one-line report that parsed as a single document', () => {
      const line = filesystemResult('a.txt', 1, true);
      expect(trufflehog.detect({ path: 'x.json', head: line, document: JSON.parse(line) })).toBe('certain');
    });

    it('is not certain of any other format', () => {
      const others = otherFormatFiles();
      expect(others).toContain('sarif/gitleaks-7.4.0.sarif');
      for (const rel of others) expect([rel, trufflehog.detect(sampleAt(rel))]).not.toEqual([rel, 'certain']);
    });
  });

  describe('malformed input', () => {
    it('names the line of a truncated last line', async () => {
      const text = `${filesystemResult('a.txt', 1, true)}\n{"SourceMetadata":{"Data":{"Git":{"file":"b"`;
      const error = await parseText('truncated.jsonl', text).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toMatch(/^truncated\.jsonl: line 2, column \d+: invalid JSON: .*truncated/);
    });

    it('names the line of an object that is not a result', async () => {
      const text = `${filesystemResult('a.txt', 1, true)}\n\n{"branch":"main","stringsFound":[]}\n`;
      await expect(parseText('v2.jsonl', text)).rejects.toThrow(/^v2\.jsonl: line 3: the line is an object without/);
    });

    it('names the line of a result without a detector name', async () => {
      const text = '{"SourceMetadata":{"Data":{"Git":{"file":"a","line":1}}},"DetectorName":"","Raw":"s3cr3t"}\n';
      const error = await parseText('nodetector.jsonl', text).catch((e: unknown) => e);
      expect((error as Error).message).toMatch(/^nodetector\.jsonl: line 1: DetectorName/);
      expect((error as Error).message).not.toContain('s3cr3t');
    });

    it('refuses log lines of a scan that never finished, with no results', async () => {
      await expect(parseText('logonly.jsonl', '{"level":"error","msg":"failed to scan"}\n')).rejects.toThrow(
        /^logonly\.jsonl: the file holds only TruffleHog log lines/,
      );
    });

    it('refuses a __proto__ key and names the line, also when the key is spelled with escapes', async () => {
      const text = '{"SourceMetadata":{"Data":{"__proto__":{"file":"a"}}},"DetectorName":"AWS"}\n';
      await expect(parseText('proto.jsonl', text)).rejects.toThrow(
        /proto\.jsonl: line 1: \/SourceMetadata\/Data\/__proto__/,
      );
      const escaped = '{"SourceMetadata":{"Data":{"\\u005f_pro\\u0074o__":{"file":"a"}}},"DetectorName":"AWS"}\n';
      await expect(parseText('escaped.jsonl', escaped)).rejects.toThrow(
        /escaped\.jsonl: line 1: \/SourceMetadata\/Data\/__proto__/,
      );
    });
  });
});
