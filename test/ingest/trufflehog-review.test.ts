/**
 * TruffleHog results from a source that gives no line (Elasticsearch, Syslog, Docker, S3...): the identity
 * `secret|<path>|<line>` named no place that told them apart, so distinct secrets became one finding. The
 * identity now adds the detector and the source's other location fields, and different secrets at one
 * place are occurrences `:1`, `:2` (a hash of each secret tells them apart in memory only: it is in no
 * identity or output); results with a file and a line keep DESIGN's identity and their ids. Real results (the fixture's first line),
 * edited in the test.
 */
import { FIXTURES, createHarness } from './harness.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trufflehog } from '../../src/ingest/trufflehog.js';
import { assignIds } from '../../src/normalize.js';
import type { RawFinding } from '../../src/model.js';

const FOLDER = 'trufflehog-json';
const { parseText, parseFixture } = createHarness(trufflehog, FOLDER);

type Result = Record<string, unknown>;

/** The fixture's first result (AWS, Git, keys:4). */
const realResult = (): Result =>
  JSON.parse(
    readFileSync(join(FIXTURES, FOLDER, 'trufflehog-v3-git.jsonl'), 'utf8').split('\n')[0] as string,
  ) as Result;

/** The real result moved to another source (`Data: {<type>: fields}`), with another secret when given. */
function at(type: string, fields: Result, raw?: string): Result {
  const result = realResult();
  result.SourceMetadata = { Data: { [type]: fields } };
  if (raw !== undefined) result.Raw = raw;
  return result;
}

const jsonl = (results: Result[]): string => `${results.map((r) => JSON.stringify(r)).join('\n')}\n`;

/** Identity, title and sources of each finding after the occurrence rule. */
function findingsOf(raw: RawFinding[]) {
  return assignIds(raw).map((f) => ({
    identity: f.identity,
    title: f.title,
    sources: f.sources.map((s) => s.pointer),
  }));
}

/** The secrets of the fixture's first line: never in a finding, an identity or a title. */
const SECRETS = ['AKIAIOSFODNN7EXAMPLE', 'QUtJQUlPU0ZPRE5ON0VYQU1QTEU=', 'other-secret-value', 'third-secret-value'];

function expectNoSecret(value: unknown): void {
  const text = JSON.stringify(value);
  for (const secret of SECRETS) expect(text).not.toContain(secret);
}

it('keeps the hash that tells two secrets at one place apart out of every finding after the occurrence rule', async () => {
  const result = await parseText(
    'hash.jsonl',
    jsonl([at('Stdin', {}, 'other-secret-value'), at('Stdin', {}, 'third-secret-value')]),
  );
  // Before the rule, each raw finding carries it; after, no finding does, and no identity holds a hash.
  const hashes = result.findings.map((f) => f.occurrenceKey as string);
  expect(hashes.map((h) => /^[0-9a-f]{16}$/.test(h))).toEqual([true, true]);
  const findings = assignIds(result.findings);
  expect(findings.map((f) => f.identity)).toEqual(['secret|||AWS:1', 'secret|||AWS:2']);
  for (const f of findings) expect(Object.keys(f)).not.toContain('occurrenceKey');
  const text = JSON.stringify(findings);
  for (const hash of hashes) expect(text).not.toContain(hash);
});

describe('TruffleHog identity of results without a line', () => {
  it('keeps three Elasticsearch documents holding one secret apart (index and document_id), titled by their place', async () => {
    const docs = ['doc-1', 'doc-2', 'doc-3'].map((id, i) =>
      at('Elasticsearch', { index: 'logs', document_id: id, timestamp: `2024-01-0${i + 1}T00:00:00Z` }),
    );
    const result = await parseText('es.jsonl', jsonl(docs));
    const findings = findingsOf(result.findings);
    expect(findings).toEqual([
      {
        identity: 'secret|||AWS|document_id=doc-1&index=logs:1',
        title: 'AWS secret (verified) in Elasticsearch (document_id doc-1, index logs)',
        sources: ['line 1'],
      },
      {
        identity: 'secret|||AWS|document_id=doc-2&index=logs:1',
        title: 'AWS secret (verified) in Elasticsearch (document_id doc-2, index logs)',
        sources: ['line 2'],
      },
      {
        identity: 'secret|||AWS|document_id=doc-3&index=logs:1',
        title: 'AWS secret (verified) in Elasticsearch (document_id doc-3, index logs)',
        sources: ['line 3'],
      },
    ]);
    expectNoSecret(result);
  });

  it('merges the exact repeat of a result (one document, one secret), whatever its timestamp', async () => {
    const result = await parseText(
      'es-repeat.jsonl',
      jsonl([
        at('Elasticsearch', { index: 'logs', document_id: 'doc-1', timestamp: '2024-01-01T00:00:00Z' }),
        at('Elasticsearch', { index: 'logs', document_id: 'doc-1', timestamp: '2024-02-01T00:00:00Z' }),
      ]),
    );
    expect(findingsOf(result.findings)).toEqual([
      {
        identity: 'secret|||AWS|document_id=doc-1&index=logs:1',
        title: 'AWS secret (verified) in Elasticsearch (document_id doc-1, index logs)',
        sources: ['line 1', 'line 2'],
      },
    ]);
  });

  it('keeps Syslog results of three hosts apart, and two secrets of one host', async () => {
    const syslog = (hostname: string, raw?: string) =>
      at('Syslog', { hostname, appname: 'a', procid: '1', timestamp: 't', client: 'c', facility: 'f' }, raw);
    const hosts = await parseText('syslog.jsonl', jsonl([syslog('h0'), syslog('h1'), syslog('h2')]));
    expect(findingsOf(hosts.findings).map((f) => f.identity)).toEqual([
      'secret|||AWS|appname=a&client=c&facility=f&hostname=h0&procid=1:1',
      'secret|||AWS|appname=a&client=c&facility=f&hostname=h1&procid=1:1',
      'secret|||AWS|appname=a&client=c&facility=f&hostname=h2&procid=1:1',
    ]);
    const oneHost = await parseText('syslog-one.jsonl', jsonl([syslog('h0'), syslog('h0', 'other-secret-value')]));
    expect(findingsOf(oneHost.findings).map((f) => f.identity)).toEqual([
      'secret|||AWS|appname=a&client=c&facility=f&hostname=h0&procid=1:1',
      'secret|||AWS|appname=a&client=c&facility=f&hostname=h0&procid=1:2',
    ]);
    expectNoSecret([hosts, oneHost]);
  });

  it('keeps two secrets of one detector in one Docker file apart (no line), and merges a repeat', async () => {
    const docker = (raw: string) =>
      at('Docker', { image: 'app:1', file: '/app/config.env', layer: 'sha256:aa', tag: 'v1' }, raw);
    const result = await parseText(
      'docker.jsonl',
      jsonl([docker('other-secret-value'), docker('third-secret-value'), docker('other-secret-value')]),
    );
    // Numbered in the order of the secrets' keyed hashes, not the report's (README "Identity and de-duplication").
    expect(findingsOf(result.findings)).toEqual([
      {
        identity: 'secret|/app/config.env||AWS|image=app:1&layer=sha256:aa&tag=v1:1',
        title: 'AWS secret (verified)',
        sources: ['line 2'],
      },
      {
        identity: 'secret|/app/config.env||AWS|image=app:1&layer=sha256:aa&tag=v1:2',
        title: 'AWS secret (verified)',
        sources: ['line 1', 'line 3'],
      },
    ]);
    expectNoSecret(result);
  });

  it('keeps one secret in one file of two images or layers apart', async () => {
    const result = await parseText(
      'docker-layers.jsonl',
      jsonl([
        at('Docker', { image: 'app:1', file: '/app/config.env', layer: 'sha256:aa' }),
        at('Docker', { image: 'app:1', file: '/app/config.env', layer: 'sha256:bb' }),
        at('Docker', { image: 'app:2', file: '/app/config.env', layer: 'sha256:aa' }),
      ]),
    );
    expect(findingsOf(result.findings).map((f) => f.identity)).toEqual([
      'secret|/app/config.env||AWS|image=app:1&layer=sha256:aa:1',
      'secret|/app/config.env||AWS|image=app:1&layer=sha256:bb:1',
      'secret|/app/config.env||AWS|image=app:2&layer=sha256:aa:1',
    ]);
  });

  it('names the S3 bucket and the Git commit of a result without a line, but not its link, email or timestamp', async () => {
    const result = await parseText(
      's3-git.jsonl',
      jsonl([
        at('S3', {
          bucket: 'b1',
          file: 'conf/app.env',
          link: 'https://b1.s3.amazonaws.com/conf/app.env',
          email: 'x@example.com',
          timestamp: '2024-01-01',
        }),
        at('S3', { bucket: 'b2', file: 'conf/app.env', link: 'https://b2.s3.amazonaws.com/conf/app.env' }),
        at('Git', {
          commit: 'fbc14303ffbf8fb1c2c1914e8dda7d0121633aca',
          file: 'keys',
          repository: 'https://github.com/trufflesecurity/test_keys',
          repository_local_path: '/tmp/trufflehog-1234',
        }),
      ]),
    );
    expect(findingsOf(result.findings).map((f) => f.identity)).toEqual([
      'secret|conf/app.env||AWS|bucket=b1:1',
      'secret|conf/app.env||AWS|bucket=b2:1',
      'secret|keys||AWS|commit=fbc14303ffbf8fb1c2c1914e8dda7d0121633aca&repository=https://github.com/trufflesecurity/test_keys:1',
    ]);
  });

  it('escapes the characters that separate fields, so a value cannot pass for another field', async () => {
    const result = await parseText(
      'escape.jsonl',
      jsonl([at('Elasticsearch', { index: 'a&document_id=b', document_id: '50%|x' })]),
    );
    expect(result.findings[0]?.identityKey).toBe('secret|||AWS|document_id=50%25%7Cx&index=a%26document_id%3Db');
    expect(result.findings[0]?.title).toBe(
      'AWS secret (verified) in Elasticsearch (document_id 50%|x, index a&document_id=b)',
    );
  });

  it('keeps results that nothing locates apart by their secret (RawV2 before Raw), exact repeats one', async () => {
    const bare = (raw: string, rawV2?: string) => {
      const result = at('Stdin', {}, raw);
      if (rawV2 !== undefined) result.RawV2 = rawV2;
      return result;
    };
    const result = await parseText(
      'stdin.jsonl',
      jsonl([
        bare('other-secret-value'),
        bare('third-secret-value'),
        bare('other-secret-value'),
        // RawV2 decides when present: the same Raw with another RawV2 is another secret.
        bare('other-secret-value', 'third-secret-value'),
      ]),
    );
    // Numbered in the order of the secrets' keyed hashes, not the report's.
    expect(findingsOf(result.findings)).toEqual([
      {
        identity: 'secret|||AWS:1',
        title: 'AWS secret (verified) in Stdin',
        sources: ['line 2', 'line 4'],
      },
      {
        identity: 'secret|||AWS:2',
        title: 'AWS secret (verified) in Stdin',
        sources: ['line 1', 'line 3'],
      },
    ]);
    expectNoSecret(result);
  });

  it('keeps the detector in the identity of results without a line (two detectors, one secret text)', async () => {
    const github = at('Elasticsearch', { index: 'logs', document_id: 'doc-1' });
    github.DetectorName = 'Github';
    const result = await parseText(
      'two-detectors.jsonl',
      jsonl([at('Elasticsearch', { index: 'logs', document_id: 'doc-1' }), github]),
    );
    expect(findingsOf(result.findings).map((f) => f.identity)).toEqual([
      'secret|||AWS|document_id=doc-1&index=logs:1',
      'secret|||Github|document_id=doc-1&index=logs:1',
    ]);
  });

  it('gives a result with a file and a line the identity DESIGN gives it: the fixture keeps its ids', async () => {
    const { findings } = await parseFixture(`${FOLDER}/trufflehog-v3-git.jsonl`);
    expect(findings.map((f) => [f.identityKey, f.title])).toEqual([
      ['secret|keys|4', 'AWS secret (verified)'],
      ['secret|keys|3', 'URI secret (verified)'],
      ['secret|keys|1', 'PrivateKey secret (verified)'],
      ['secret|keys|3', 'URI secret (verified)'],
    ]);
    // Another secret at the same file and line is still the same place (DESIGN: `secret|<path>|<line>`).
    const moved = realResult();
    moved.Raw = 'other-secret-value';
    const result = await parseText('lined.jsonl', jsonl([moved]));
    expect(result.findings[0]?.identityKey).toBe('secret|keys|4');
  });

  it('gives a line without a file (no path) the place and the hash as well', async () => {
    const result = await parseText('line-only.jsonl', jsonl([at('Elasticsearch', { index: 'logs', line: 7 })]));
    expect(result.findings[0]?.identityKey).toBe('secret||7|AWS|index=logs');
    expect(result.findings[0]?.location).toEqual({ startLine: 7 });
  });
});
