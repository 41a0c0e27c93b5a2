/**
 * govulncheck's JSON stream carries no error: when govulncheck cannot load the packages or reach the
 * vulnerability database it stops, leaving `config` (and `SBOM`, and progress) messages that read like a
 * clean scan. A stream counts as a completed scan only when it shows the code was matched against the
 * database: a `finding` or `osv` message, or the progress message of the check (v1.1 and later: "Checking
 * the code|binary against the vulnerabilities..."; v1.0.x, which writes no fetch message: "Scanning your
 * code and N packages across M dependent modules for known vulnerabilities..."). The real v1.1.4 stream
 * writes "Fetching vulnerabilities from the database..." at line 262, its osv entries, then "Checking the
 * code against the vulnerabilities..." at line 17957; the real v1.0.0 one writes the scanning message.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { govulncheck } from '../../src/ingest/govulncheck.js';
import type { ToolRun } from '../../src/model.js';
import { completenessGate } from '../helpers.js';
import { FIXTURES, createHarness } from './harness.js';

const FOLDER = 'govulncheck-json';
const STREAM = `${FOLDER}/govulncheck-1.1.4-stream.json`;
const WRAPPED = `${FOLDER}/govulncheck-1.0.0-array-wrapped.json`;
const { parseText, parseFixture } = createHarness(govulncheck, FOLDER);

const streamLines = (): string[] => readFileSync(join(FIXTURES, STREAM), 'utf8').split('\n');
/** The real v1.1.4 stream's first `count` lines, each message whole. */
const streamHead = (count: number): string => `${streamLines().slice(0, count).join('\n')}\n`;
const wrapped = (): unknown[] => JSON.parse(readFileSync(join(FIXTURES, WRAPPED), 'utf8')) as unknown[];

const CONFIG = '{"config":{"protocol_version":"v1.0.0","scanner_name":"govulncheck","scanner_version":"v1.1.4"}}';
const progress = (message: string) => JSON.stringify({ progress: { message } });
const FETCHING = progress('Fetching vulnerabilities from the database...');
const CHECKING_CODE = progress('Checking the code against the vulnerabilities...');
const CHECKING_BINARY = progress('Checking the binary against the vulnerabilities...');
const SCANNING_BINARY = progress('Scanning your binary for known vulnerabilities...');
const OSV = '{"osv":{"id":"GO-2024-0001","aliases":["CVE-2024-0001"],"summary":"Bad thing"}}';
const FINDING =
  '{"finding":{"osv":"GO-2024-0001","fixed_version":"v1.2.0","trace":[{"module":"m","version":"v1.0.0"}]}}';

/** The problem; after a fetch message it says the fetch was seen. */
const NO_MATCHING = (last: string, fetched = last.includes('Fetching vulnerabilities')) =>
  `the stream shows no sign that govulncheck checked anything against the vulnerability database: ${fetched ? 'it shows the database fetch but no finding' : 'no finding or osv message'}, and no progress message saying the code or binary was checked against the vulnerabilities (${last}). govulncheck writes no error into its JSON, it stops when it cannot load the packages or reach the vulnerability database, so this is not a clean scan (run govulncheck again and check its stderr and exit code: package loading or the vulnerability database failed)`;

/** evidence-completeness over one input holding the run, under a policy that requires only dependency. */
function dependencyGate(run: ToolRun) {
  return completenessGate(run, 'dependency', 'govulncheck', 'govulncheck.json');
}

describe('ingest/govulncheck: a stream counts as a completed scan only when it shows matching ran', () => {
  it('the real streams stay completed scans; each one cut to its config message is not', async () => {
    for (const file of [STREAM, WRAPPED]) {
      const result = await parseFixture(file);
      expect(result.runs[0]).toMatchObject({ completed: true, problems: [] });
    }
    const v114 = await parseText('v114-config.json', streamHead(12));
    expect(v114.runs[0]).toMatchObject({ completed: false });
    const v100 = await parseText('v100-config.json', wrapped().slice(0, 1));
    expect(v100.runs[0]).toMatchObject({ completed: false });
  });

  it('the real v1.1.4 stream cut after its fetch message (the database did not answer): incomplete, naming the last messages', async () => {
    const lines = streamLines();
    expect(lines[262]).toBe('  "progress": {');
    expect(lines[263]).toBe('    "message": "Fetching vulnerabilities from the database..."');
    const result = await parseText('fetch-failed.json', streamHead(266));
    expect(result.findings).toEqual([]);
    expect(result.runs).toEqual([
      {
        tool: 'govulncheck',
        toolVersion: 'v1.1.4',
        scanType: 'dependency',
        completed: false,
        problems: [
          NO_MATCHING(
            'its last messages: line 1 config, line 13 SBOM, line 262 progress "Fetching vulnerabilities from the database..."',
          ),
        ],
        resultCount: 0,
      },
    ]);
  });

  it('the same cut with the check message added is a completed clean scan; cut after its osv entries (before the check message) it is not', async () => {
    const checked = await parseText('checked.json', `${streamHead(266)}${CHECKING_CODE}\n`);
    expect(checked.runs[0]).toMatchObject({ completed: true, problems: [], resultCount: 0 });
    const lines = streamLines();
    expect(lines[17957]).toBe('  "progress": {');
    expect(lines[17958]).toBe('    "message": "Checking the code against the vulnerabilities..."');
    // The osv entries come after the fetch and before the matching: a stream cut there was not matched.
    const osvOnly = await parseText('osv-only.json', streamHead(17956));
    expect(osvOnly.findings).toEqual([]);
    expect(osvOnly.runs[0]).toMatchObject({ completed: false });
    expect(osvOnly.runs[0]?.problems[0]).toMatch(
      /^the stream shows no sign that govulncheck checked anything against the vulnerability database: it shows the database fetch but no finding, and no progress message saying /,
    );
    // Nor is one cut before them.
    const cut = await parseText('fetch-cut.json', streamHead(266));
    expect(cut.runs[0]).toMatchObject({ completed: false });
  });

  it('the real v1.1.4 config alone (package loading failed): incomplete', async () => {
    const result = await parseText('config-only.json', streamHead(12));
    expect(result.runs[0]).toMatchObject({
      completed: false,
      problems: [NO_MATCHING('its last message: line 1 config')],
    });
  });

  it('the real v1.0.0 messages: config alone is incomplete, config and its scanning message complete', async () => {
    const [config, scanning] = wrapped();
    expect(scanning).toEqual({
      progress: {
        message: 'Scanning your code and 554 packages across 80 dependent modules for known vulnerabilities...',
      },
    });
    const alone = await parseText('v100-config.json', [config]);
    expect(alone.runs[0]).toMatchObject({ completed: false, problems: [NO_MATCHING('its last message: /0 config')] });
    const both = await parseText('v100-scanning.json', [config, scanning]);
    expect(both.runs[0]).toMatchObject({ completed: true, problems: [] });
  });

  it('binary mode: the scanning message with no fetch message (v1.0.x) or the check message complete it; scanning and fetch alone do not', async () => {
    const v10 = await parseText('bin-v10.json', `${CONFIG}\n${SCANNING_BINARY}\n`);
    expect(v10.runs[0]).toMatchObject({ completed: true });
    const fetched = await parseText('bin-fetch.json', `${CONFIG}\n${SCANNING_BINARY}\n${FETCHING}\n`);
    expect(fetched.runs[0]).toMatchObject({
      completed: false,
      problems: [
        NO_MATCHING(
          'its last messages: line 1 config, line 2 progress "Scanning your binary for known vulnerabilities...", line 3 progress "Fetching vulnerabilities from the database..."',
        ),
      ],
    });
    const checked = await parseText(
      'bin-checked.json',
      `${CONFIG}\n${SCANNING_BINARY}\n${FETCHING}\n${CHECKING_BINARY}\n`,
    );
    expect(checked.runs[0]).toMatchObject({ completed: true, problems: [] });
  });

  it('a progress message of other text does not count (and is matched in any case)', async () => {
    const other = await parseText('other.json', `${CONFIG}\n${progress('Scanning...')}\n`);
    expect(other.runs[0]).toMatchObject({ completed: false });
    const upper = await parseText(
      'upper.json',
      `${CONFIG}\n${progress('CHECKING THE CODE AGAINST THE VULNERABILITIES')}\n`,
    );
    expect(upper.runs[0]).toMatchObject({ completed: true });
  });

  it('a finding, or an osv entry, with no progress message: matching ran; neither, with no progress message: not', async () => {
    const finding = await parseText('finding.json', `${CONFIG}\n${OSV}\n${FINDING}\n`);
    expect(finding.findings).toHaveLength(1);
    expect(finding.runs[0]).toMatchObject({ completed: true, problems: [], resultCount: 1 });
    const findingOnly = await parseText('finding-only.json', `${CONFIG}\n${FINDING}\n`);
    expect(findingOnly.runs[0]).toMatchObject({ completed: true });
    const osv = await parseText('osv.json', `${CONFIG}\n${OSV}\n`);
    expect(osv.runs[0]).toMatchObject({ completed: true, problems: [] });
    const neither = await parseText('neither.json', `${CONFIG}\n`);
    expect(neither.runs[0]).toMatchObject({
      completed: false,
      problems: [NO_MATCHING('its last message: line 1 config')],
    });
  });

  it('evidence-completeness fails for a required dependency scan covered only by the cut stream, and passes with the check', async () => {
    const cut = await parseText('gate-cut.json', streamHead(266));
    const failed = dependencyGate(cut.runs[0]!);
    expect(failed.status).toBe('fail');
    expect(failed.reasons).toContain('no completed dependency scan among the inputs (the policy requires dependency).');
    const checked = await parseText('gate-checked.json', `${streamHead(266)}${CHECKING_CODE}\n`);
    expect(dependencyGate(checked.runs[0]!)).toMatchObject({ status: 'pass', reasons: [] });
  });
});
