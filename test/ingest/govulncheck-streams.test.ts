/**
 * A govulncheck file may hold several streams: a monorepo job that loops over its modules appends one
 * `govulncheck -json` run per module, each starting with its own `config` message. Each stream is judged
 * on its own, with the rules of govulncheck-matching.test.ts: a first good scan must not hide a later one
 * that stopped (a second config followed by nothing, or only by the fetch message). Findings of every
 * stream are read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { govulncheck } from '../../src/ingest/govulncheck.js';
import { completenessGate } from '../helpers.js';
import { FIXTURES, createHarness } from './harness.js';

const FOLDER = 'govulncheck-json';
const STREAM = `${FOLDER}/govulncheck-1.1.4-stream.json`;
const WRAPPED = `${FOLDER}/govulncheck-1.0.0-array-wrapped.json`;
const { parseText, parseFixture } = createHarness(govulncheck, FOLDER);

/** The real v1.1.4 stream: 23329 lines, ending with a newline. */
const stream = (): string => readFileSync(join(FIXTURES, STREAM), 'utf8');
const STREAM_LINES = 23329;
const wrapped = (): unknown[] => JSON.parse(readFileSync(join(FIXTURES, WRAPPED), 'utf8')) as unknown[];

const CONFIG = '{"config":{"protocol_version":"v1.0.0","scanner_name":"govulncheck","scanner_version":"v1.1.4"}}';
const progress = (message: string) => JSON.stringify({ progress: { message } });
const FETCHING = progress('Fetching vulnerabilities from the database...');
const CHECKING = progress('Checking the code against the vulnerabilities...');
const osv = (id: string) => JSON.stringify({ osv: { id, summary: `Bad thing ${id}` } });
const finding = (id: string, module: string) =>
  JSON.stringify({ finding: { osv: id, trace: [{ module, version: 'v1.0.0' }] } });

const TAIL =
  'govulncheck writes no error into its JSON, it stops when it cannot load the packages or reach the vulnerability database, so this is not a clean scan (run govulncheck again and check its stderr and exit code: package loading or the vulnerability database failed)';

/** The problem for scan `position` of `total`, which starts at `start`. */
const problem = (start: string, position: number, total: number, last: string, fetched = false) =>
  `the stream that starts with the config message at ${start} (scan ${position} of the ${total} this file holds: each config message starts a new govulncheck run) shows no sign that govulncheck checked anything against the vulnerability database: ${fetched ? 'it shows the database fetch but no finding' : 'no finding or osv message'}, and no progress message saying the code or binary was checked against the vulnerabilities (${last}). ${TAIL}`;

describe('ingest/govulncheck: each config message starts a scan judged on its own', () => {
  it('the real stream followed by a second config and nothing else: incomplete, naming the line of that config', async () => {
    const result = await parseText('concat-config.json', `${stream()}${CONFIG}\n`);
    // The first stream's findings are still read.
    expect(result.findings).toHaveLength(40);
    expect(result.runs).toEqual([
      {
        tool: 'govulncheck',
        toolVersion: 'v1.1.4',
        scanType: 'dependency',
        completed: false,
        problems: [problem(`line ${STREAM_LINES + 1}`, 2, 2, `its last message: line ${STREAM_LINES + 1} config`)],
        resultCount: 116,
      },
    ]);
  });

  it('the real stream followed by a second config and only its fetch message: incomplete, saying the fetch was seen', async () => {
    const result = await parseText('concat-fetch.json', `${stream()}${CONFIG}\n${FETCHING}\n`);
    expect(result.runs[0]).toMatchObject({
      completed: false,
      problems: [
        problem(
          `line ${STREAM_LINES + 1}`,
          2,
          2,
          `its last messages: line ${STREAM_LINES + 1} config, line ${STREAM_LINES + 2} progress "Fetching vulnerabilities from the database..."`,
          true,
        ),
      ],
    });
  });

  it("the other side: the second stream's check message completes it, and the real stream twice is complete", async () => {
    const checked = await parseText('concat-checked.json', `${stream()}${CONFIG}\n${FETCHING}\n${CHECKING}\n`);
    expect(checked.runs[0]).toMatchObject({ completed: true, problems: [], resultCount: 116 });
    const twice = await parseText('twice.json', `${stream()}${stream()}`);
    expect(twice.findings).toHaveLength(40);
    expect(twice.runs[0]).toMatchObject({ completed: true, problems: [], resultCount: 232 });
  });

  it('a first stream that stopped is not hidden by a good second one, and each failing stream is named', async () => {
    const result = await parseText('first-failed.json', `${CONFIG}\n${FETCHING}\n${stream()}${CONFIG}\n`);
    expect(result.findings).toHaveLength(40);
    expect(result.runs[0]).toMatchObject({
      completed: false,
      problems: [
        problem(
          'line 1',
          1,
          3,
          'its last messages: line 1 config, line 2 progress "Fetching vulnerabilities from the database..."',
          true,
        ),
        problem(`line ${STREAM_LINES + 3}`, 3, 3, `its last message: line ${STREAM_LINES + 3} config`),
      ],
    });
  });

  it('the first stream fetched and its osv entry came, the second one ran no check: an osv entry of the first does not count for the second', async () => {
    const first = [CONFIG, FETCHING, osv('GO-2024-0001'), CHECKING, finding('GO-2024-0001', 'example.com/a')];
    const second = [CONFIG, FETCHING, osv('GO-2024-0001')];
    const result = await parseText('osv-second.json', [...first, ...second].join('\n'));
    expect(result.findings.map((f) => f.ruleId)).toEqual(['GO-2024-0001']);
    expect(result.runs[0]).toMatchObject({ completed: false });
    expect(result.runs[0]?.problems).toHaveLength(1);
    expect(result.runs[0]?.problems[0]).toMatch(
      /^the stream that starts with the config message at line 6 \(scan 2 of the 2 this file holds: .*: it shows the database fetch but no finding, .*\(its last messages: line 6 config, line 7 progress "Fetching vulnerabilities from the database\.\.\.", line 8 osv\)/,
    );
  });

  it('reads the findings of every stream, each at its most reachable level', async () => {
    const first = [CONFIG, FETCHING, osv('GO-2024-0001'), CHECKING, finding('GO-2024-0001', 'example.com/a')];
    const second = [CONFIG, FETCHING, osv('GO-2024-0002'), CHECKING, finding('GO-2024-0002', 'example.com/b')];
    const result = await parseText('two-modules.json', [...first, ...second].join('\n'));
    expect(result.findings.map((f) => [f.ruleId, f.package?.name, f.sources[0]?.pointer])).toEqual([
      ['GO-2024-0001', 'example.com/a', 'line 5'],
      ['GO-2024-0002', 'example.com/b', 'line 10'],
    ]);
    expect(result.runs[0]).toMatchObject({ completed: true, problems: [], resultCount: 2 });
    expect(result.warnings).toEqual([]);
  });

  it('the array-wrapped variant: a second config names its JSON pointer; with its scanning message it is complete', async () => {
    const messages = wrapped();
    const [config, scanning] = messages;
    const cut = await parseText('wrapped-concat.json', [...messages, config]);
    expect(cut.findings).toHaveLength(1);
    expect(cut.runs[0]).toMatchObject({
      completed: false,
      problems: [problem('/4', 2, 2, 'its last message: /4 config')],
    });
    const whole = await parseText('wrapped-whole.json', [...messages, config, scanning]);
    expect(whole.runs[0]).toMatchObject({ completed: true, problems: [] });
  });

  it('messages before the first config are a scan of their own: judged the same way', async () => {
    const result = await parseText('before-config.json', [FETCHING, CONFIG, FETCHING, CHECKING].join('\n'));
    expect(result.runs[0]).toMatchObject({ completed: false });
    expect(result.runs[0]?.problems).toEqual([
      `the stream that starts at line 1, before the first config message (scan 1 of the 2 this file holds: each config message starts a new govulncheck run) shows no sign that govulncheck checked anything against the vulnerability database: it shows the database fetch but no finding, and no progress message saying the code or binary was checked against the vulnerabilities (its last message: line 1 progress "Fetching vulnerabilities from the database..."). ${TAIL}`,
    ]);
    const checked = await parseText('before-config-checked.json', [CHECKING, CONFIG, FETCHING, CHECKING].join('\n'));
    expect(checked.runs[0]).toMatchObject({ completed: true, problems: [] });
  });

  it('a single stream keeps its message unchanged (no scan numbering)', async () => {
    const result = await parseText('single.json', `${CONFIG}\n`);
    expect(result.runs[0]?.problems).toEqual([
      `the stream shows no sign that govulncheck checked anything against the vulnerability database: no finding or osv message, and no progress message saying the code or binary was checked against the vulnerabilities (its last message: line 1 config). ${TAIL}`,
    ]);
    const real = await parseFixture(STREAM);
    expect(real.runs[0]).toMatchObject({ completed: true, problems: [] });
  });

  it('evidence-completeness fails for a required dependency scan covered only by the appended stream that stopped', async () => {
    const cut = await parseText('gate-cut.json', `${stream()}${CONFIG}\n${FETCHING}\n`);
    const failed = completenessGate(cut.runs[0]!, 'dependency', 'govulncheck', 'govulncheck.json');
    const whole = await parseText('gate-whole.json', `${stream()}${CONFIG}\n${FETCHING}\n${CHECKING}\n`);
    const passed = completenessGate(whole.runs[0]!, 'dependency', 'govulncheck', 'govulncheck.json');
    expect(failed.status).toBe('fail');
    expect(passed.status).toBe('pass');
  });
});
