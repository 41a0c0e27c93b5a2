/**
 * Nuclei v3 fuzzing (DAST template) results name the parameter and method they fuzzed
 * (`fuzzing_parameter`, `fuzzing_method`): the DAST identity keeps them, so `?id` and `?name` of one URL
 * are two findings, as ZAP's are, and an exception for one does not hide the other. Results without
 * those fields keep the identity they had. The results are the fixture's first line, edited.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nuclei } from '../../src/ingest/nuclei.js';
import { silentLogger } from '../../src/logger.js';
import { run } from '../../src/run.js';
import { FIXTURES, createHarness } from './harness.js';

const { parseText, parseFolderFixture } = createHarness(nuclei, 'nuclei-json');

/** The fixture's first result (DVWA's default login, `POST /login.php`), with the given fields changed. */
function fixtureResult(changes: Record<string, unknown> = {}): Record<string, unknown> {
  const first = readFileSync(join(FIXTURES, 'nuclei-json/nuclei-jsonl-critical.jsonl'), 'utf8').split('\n')[0];
  return { ...(JSON.parse(first as string) as Record<string, unknown>), ...changes };
}

/** A fuzzing result of Nuclei's `sqli-error-based` DAST template for one query parameter. */
function sqli(param: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return fixtureResult({
    'template-id': 'sqli-error-based',
    'matched-at': `http://dvwa_dvwa_1/vulnerabilities/sqli/?${param}=1'%22&Submit=Submit`,
    is_fuzzing_result: true,
    fuzzing_method: 'GET',
    fuzzing_parameter: param,
    fuzzing_position: 'query',
    ...extra,
  });
}

const lines = (...results: Record<string, unknown>[]): string =>
  `${results.map((r) => JSON.stringify(r)).join('\n')}\n`;

describe('ingest/nuclei fuzzing results', () => {
  it('puts the fuzzed parameter and method in the location and the identity', async () => {
    const { findings } = await parseText('fuzz.jsonl', lines(sqli('id')));
    expect(findings[0]).toMatchObject({
      identityKey: 'dast|sqli-error-based|GET|http://dvwa_dvwa_1/vulnerabilities/sqli/|id',
      location: {
        url: "http://dvwa_dvwa_1/vulnerabilities/sqli/?id=1'%22&Submit=Submit",
        method: 'GET',
        param: 'id',
      },
    });
  });

  it('takes the method from the request line when the result names a parameter but no fuzzing_method', async () => {
    const { findings } = await parseText('fuzz.jsonl', lines(sqli('id', { fuzzing_method: undefined })));
    expect(findings[0]?.location).toMatchObject({ method: 'POST', param: 'id' });
    expect(findings[0]?.identityKey).toBe('dast|sqli-error-based|POST|http://dvwa_dvwa_1/vulnerabilities/sqli/|id');
    expect(JSON.stringify(findings)).not.toContain('HTTP/1.1');
  });

  it('leaves the method and parameter out of results that name no fuzzed parameter, as before', async () => {
    const { findings } = await parseFolderFixture('nuclei-jsonl-critical.jsonl');
    for (const finding of findings) {
      expect(finding.location.method).toBeUndefined();
      expect(finding.location.param).toBeUndefined();
    }
    expect(findings[0]?.identityKey).toBe('dast|dvwa-default-login||http://dvwa_dvwa_1/index.php|');
  });

  it('gives ?id and ?name of one URL two ids in a run, whatever the order, and keeps the ids of other results', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sg-idn-nuclei-'));
    const evaluate = async (...results: Record<string, unknown>[]) => {
      writeFileSync(join(root, 'nuclei.jsonl'), lines(...results));
      const { evaluation } = await run({
        root,
        scans: ['nuclei.jsonl'],
        dryRun: true,
        clock: () => new Date('2026-11-25T12:00:00Z'),
        logger: silentLogger,
        policy: 'release',
      });
      return evaluation.findings.map((f) => [f.id, f.identity, f.sources.length]);
    };
    const expected = [
      ['SG-052cd29cbc187ef6', 'dast|sqli-error-based|GET|http://dvwa_dvwa_1/vulnerabilities/sqli/|name:1', 1],
      // The fixture's own result, without fuzzing fields: the id it always had.
      ['SG-2c51c239e76f7a82', 'dast|dvwa-default-login||http://dvwa_dvwa_1/index.php|:1', 1],
      ['SG-99f6fc076d212b0a', 'dast|sqli-error-based|GET|http://dvwa_dvwa_1/vulnerabilities/sqli/|id:1', 1],
    ];
    expect(await evaluate(sqli('id'), sqli('name'), fixtureResult())).toEqual(expected);
    expect(await evaluate(fixtureResult(), sqli('name'), sqli('id'))).toEqual(expected);
    // The same parameter fuzzed with another payload (another query) is still one finding.
    const again = sqli('id', { 'matched-at': 'http://dvwa_dvwa_1/vulnerabilities/sqli/?id=1%27&Submit=Submit' });
    expect(await evaluate(sqli('id'), again)).toEqual([
      ['SG-99f6fc076d212b0a', 'dast|sqli-error-based|GET|http://dvwa_dvwa_1/vulnerabilities/sqli/|id:1', 2],
    ]);
  });
});
