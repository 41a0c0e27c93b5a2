/**
 * Reports that show their scanner scanned nothing cover no scan type, so evidence-completeness fails
 * closed for a required scan type they alone would cover: Semgrep JSON with an empty `paths.scanned` and
 * no result, Bandit JSON whose `metrics._totals.loc` is 0 with no result. Each boundary is tested on both
 * sides, from the real fixtures edited in the test; Semgrep through both the whole-document and the
 * streaming path, which must agree. Grype JSON shows no such thing (see the last block) and is unchanged.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bandit } from '../../src/ingest/bandit.js';
import { grype } from '../../src/ingest/grype.js';
import { readInputFile } from '../../src/ingest/read.js';
import { semgrep } from '../../src/ingest/semgrep.js';
import type { IngestContext, IngestResult, Ingestor } from '../../src/ingest/types.js';
import { run } from '../../src/index.js';
import { createMemoryLogger, silentLogger } from '../../src/logger.js';
import type { ToolRun } from '../../src/model.js';
import { completenessGate } from '../helpers.js';
import { FIXTURES, settle } from './harness.js';

const tmp = mkdtempSync(join(tmpdir(), 'shipgate-scanned-nothing-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A fresh copy of a real fixture's document, to edit in a test. */
function fixture(rel: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(FIXTURES, rel), 'utf8')) as Record<string, unknown>;
}

/** Writes the text (or the JSON of the value) to a temporary input and parses it whole. */
async function parseWhole(
  ingestor: Ingestor,
  name: string,
  content: unknown,
  extra: Partial<IngestContext> = {},
): Promise<IngestResult> {
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  writeFileSync(join(tmp, name), text);
  return ingestor.parse(readInputFile(tmp, name), { root: tmp, logger: silentLogger, ...extra });
}

/** Parses through the whole-document path and the streaming one (small and large chunks); they must agree. */
async function readBothWays(
  ingestor: Ingestor,
  name: string,
  content: unknown,
  extra: Partial<IngestContext> = {},
): Promise<IngestResult> {
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  writeFileSync(join(tmp, name), text);
  const context: IngestContext = { root: tmp, logger: silentLogger, ...extra };
  const whole = await settle(() => ingestor.parse(readInputFile(tmp, name), context));
  if (whole.value === undefined) throw new Error(`${name} was refused: ${whole.error}`);
  for (const chunkSize of [7, 4096]) {
    const input = { path: name, absPath: join(tmp, name), size: Buffer.byteLength(text) };
    const streamed = await settle(() => ingestor.parseStream!(input, context, { chunkSize }));
    expect(streamed.error).toBeUndefined();
    expect(streamed.value?.findings).toEqual(whole.value.findings);
    expect(streamed.value?.runs).toEqual(whole.value.runs);
    expect(streamed.value?.warnings).toEqual(whole.value.warnings);
  }
  return whole.value;
}

/** The evidence-completeness gate, requiring only sast, over one input holding the run. */
function sastGate(toolRun: ToolRun, format: string) {
  return completenessGate(toolRun, 'sast', format, `report.${format}.json`);
}

const NO_SAST = 'no completed sast scan among the inputs (the policy requires sast).';

const SEMGREP_NOTHING = (file: string) =>
  `${file}: /paths/scanned: the list of scanned files is empty and there are no results: Semgrep scanned no files, so the report covers no scan type. Check the paths given to Semgrep, .semgrepignore, --include and --exclude, and that every --config loaded, then scan again.`;

const BANDIT_NOTHING = (file: string, shown: string) =>
  `${file}: /metrics/_totals/loc: the count of lines of code is 0, ${shown}, and there are no results: Bandit read no code, so the report covers no scan type. Check the paths given to Bandit (bandit -r <folder>), its excludes (-x, --exclude, the config file) and that the target holds Python files, then scan again.`;

describe('ingest/semgrep: a report of no scanned file covers no scan type', () => {
  /** The real Semgrep 1.100.0 report (it lists 7 scanned files and 2 results), with those replaced. */
  const semgrepReport = (scanned: unknown, results: unknown[] = []): Record<string, unknown> => {
    const doc = fixture('semgrep-json/semgrep-1.100.0-fingerprints.json');
    expect((doc.paths as { scanned: unknown[] }).scanned).toHaveLength(7);
    return { ...doc, results, paths: { ...(doc.paths as object), scanned } };
  };

  it('paths.scanned empty and no results: coversNothing, with a warning naming the file and pointer', async () => {
    const result = await readBothWays(semgrep, 'none.json', semgrepReport([]));
    expect(result.findings).toEqual([]);
    expect(result.runs).toEqual([
      {
        tool: 'Semgrep',
        toolVersion: '1.100.0',
        scanType: 'sast',
        coversNothing: true,
        completed: true,
        problems: [],
        resultCount: 0,
      },
    ]);
    expect(result.warnings).toEqual([SEMGREP_NOTHING('none.json')]);
  });

  it('one scanned path and no results: a clean scan that covers sast, without a warning', async () => {
    const result = await readBothWays(semgrep, 'one.json', semgrepReport(['sample/brute.py']));
    expect(result.runs).toEqual([
      { tool: 'Semgrep', toolVersion: '1.100.0', scanType: 'sast', completed: true, problems: [], resultCount: 0 },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('an empty list beside results: the results show a file was scanned (the real Semgrep 1.84.1 report)', async () => {
    const doc = fixture('semgrep-json/semgrep-1.84.1-low-severity.json');
    expect(doc.paths).toEqual({ scanned: [] });
    const result = await readBothWays(semgrep, 'low.json', doc);
    expect(result.findings).toHaveLength(3);
    expect(result.runs[0]).not.toHaveProperty('coversNothing');
    expect(result.runs[0]).toMatchObject({ scanType: 'sast', completed: true, resultCount: 3 });
    expect(result.warnings).toEqual([]);
    // The same report with one result left: still something scanned.
    const one = await readBothWays(semgrep, 'low-one.json', {
      ...doc,
      results: (doc.results as unknown[]).slice(0, 1),
    });
    expect(one.runs[0]).not.toHaveProperty('coversNothing');
  });

  it.each([
    ['no paths at all (older Semgrep: the real empty report)', fixture('semgrep-json/semgrep-empty.json')],
    ['paths without scanned', { results: [], errors: [], paths: { _comment: '<add --verbose for a list>' } }],
    ['paths.scanned not an array', { results: [], errors: [], paths: { scanned: 'none' } }],
    ['paths null', { results: [], errors: [], paths: null }],
  ])('%s: read as before, a clean scan', async (_, doc) => {
    const result = await readBothWays(semgrep, 'unknown.json', doc);
    expect(result.runs).toEqual([{ tool: 'Semgrep', scanType: 'sast', completed: true, problems: [], resultCount: 0 }]);
    expect(result.warnings).toEqual([]);
  });

  it('a scan type the policy declares does not make an empty scan cover it', async () => {
    const result = await readBothWays(semgrep, 'declared.json', semgrepReport([]), { scanType: 'sast' });
    expect(result.runs[0]).toMatchObject({ scanType: 'sast', coversNothing: true });
    expect(result.warnings).toEqual([SEMGREP_NOTHING('declared.json')]);
  });

  it('an empty scan that also failed: not completed, and covers nothing', async () => {
    const doc = {
      ...semgrepReport([]),
      errors: [{ level: 'error', type: 'Rule parse error', message: 'Invalid rule' }],
    };
    const result = await readBothWays(semgrep, 'failed.json', doc);
    expect(result.runs[0]).toMatchObject({ completed: false, coversNothing: true });
    expect(result.warnings).toEqual([
      'failed.json: /errors/0: Semgrep reported an error (Rule parse error): Invalid rule.',
      SEMGREP_NOTHING('failed.json'),
    ]);
  });

  it('streamed with paths after the results: the run is judged at the end, as read whole', async () => {
    // Key order as Semgrep 1.84 writes it is errors, paths, results; here paths comes last, after a
    // results array the streaming path splits off element by element.
    const real = fixture('semgrep-json/semgrep-1.100.0-fingerprints.json');
    const after = (results: unknown[], scanned: unknown[]) =>
      `{"version":"1.100.0","results":${JSON.stringify(results)},"errors":[],"paths":${JSON.stringify({ scanned })}}`;
    const text = after([], []);
    expect(text.indexOf('"paths"')).toBeGreaterThan(text.indexOf('"results"'));
    const none = await readBothWays(semgrep, 'after-none.json', text);
    expect(none.runs[0]).toMatchObject({ coversNothing: true, resultCount: 0 });
    expect(none.warnings).toEqual([SEMGREP_NOTHING('after-none.json')]);
    // Results streamed before the empty list still show something was scanned.
    const some = await readBothWays(semgrep, 'after-some.json', after(real.results as unknown[], []));
    expect(some.findings).toHaveLength(2);
    expect(some.runs[0]).not.toHaveProperty('coversNothing');
    expect(some.warnings).toEqual([]);
  });

  it('fails evidence-completeness for a required sast scan covered only by such a report', async () => {
    const none = await parseWhole(semgrep, 'gate-none.json', semgrepReport([]));
    const failed = sastGate(none.runs[0]!, 'semgrep');
    expect(failed.status).toBe('fail');
    expect(failed.reasons).toEqual([NO_SAST]);
    expect(failed.summary).toContain('covered: nothing; required: sast');
    const one = await parseWhole(semgrep, 'gate-one.json', semgrepReport(['sample/brute.py']));
    expect(sastGate(one.runs[0]!, 'semgrep')).toMatchObject({ status: 'pass', reasons: [] });
  });
});

describe('ingest/bandit: a report of no code read covers no scan type', () => {
  /** The real one-issue report, its loc total and results replaced (and its issue count with the results). */
  const banditReport = (loc: unknown, withResult: boolean): Record<string, unknown> => {
    const doc = fixture('bandit-json/bandit-one.json');
    const metrics = doc.metrics as { _totals: Record<string, unknown> };
    expect(metrics._totals.loc).toBe(2);
    expect(Object.keys(metrics)).toEqual(['_totals', 'one/one.py']);
    const totals = { ...metrics._totals, loc, ...(withResult ? {} : { 'SEVERITY.LOW': 0, 'CONFIDENCE.HIGH': 0 }) };
    return { ...doc, metrics: { ...metrics, _totals: totals }, results: withResult ? doc.results : [] };
  };

  it('the real clean report (loc 0, no file in the metrics, no results) covers nothing', async () => {
    const doc = fixture('bandit-json/bandit-no-vulns.json');
    expect(doc.metrics).toEqual({ _totals: expect.objectContaining({ loc: 0 }) });
    const result = await parseWhole(bandit, 'no-vulns.json', doc);
    expect(result.findings).toEqual([]);
    expect(result.runs).toEqual([
      { tool: 'Bandit', scanType: 'sast', coversNothing: true, completed: true, problems: [], resultCount: 0 },
    ]);
    expect(result.warnings).toEqual([BANDIT_NOTHING('no-vulns.json', 'the metrics list no scanned file')]);
  });

  it('loc 0 over a listed file and no results: covers nothing, naming the files', async () => {
    const result = await parseWhole(bandit, 'empty-file.json', banditReport(0, false));
    expect(result.runs[0]).toMatchObject({ coversNothing: true, completed: true, resultCount: 0 });
    expect(result.warnings).toEqual([
      BANDIT_NOTHING('empty-file.json', 'the metrics list 1 file(s), none with a line of code'),
    ]);
  });

  it('loc 0 written as a float (0.0, as older Bandit writes its totals): covers nothing', async () => {
    const text = JSON.stringify(fixture('bandit-json/bandit-no-vulns.json')).replace('"loc":0', '"loc":0.0');
    expect(text).toContain('"loc":0.0');
    const result = await parseWhole(bandit, 'float.json', text);
    expect(result.runs[0]).toMatchObject({ coversNothing: true });
  });

  it('loc 1 and no results: a clean scan that covers sast, without a warning', async () => {
    const result = await parseWhole(bandit, 'one-line.json', banditReport(1, false));
    expect(result.runs).toEqual([{ tool: 'Bandit', scanType: 'sast', completed: true, problems: [], resultCount: 0 }]);
    expect(result.warnings).toEqual([]);
  });

  it('loc 0 with a result: the result shows code was read', async () => {
    const result = await parseWhole(bandit, 'with-result.json', banditReport(0, true));
    expect(result.findings).toHaveLength(1);
    expect(result.runs[0]).not.toHaveProperty('coversNothing');
    expect(result.runs[0]).toMatchObject({ completed: true, resultCount: 1 });
    expect(result.warnings).toEqual([]);
  });

  it.each([
    ['_totals without loc', { _totals: { nosec: 0 } }],
    ['loc that is not a number', { _totals: { loc: '0' } }],
    ['loc null', { _totals: { loc: null } }],
  ])('%s: read as before, a clean scan', async (_, metrics) => {
    const result = await parseWhole(bandit, 'no-loc.json', {
      errors: [],
      generated_at: '2024-01-01T00:00:00Z',
      metrics,
      results: [],
    });
    expect(result.runs).toEqual([{ tool: 'Bandit', scanType: 'sast', completed: true, problems: [], resultCount: 0 }]);
    expect(result.warnings).toEqual([]);
  });

  it('a scan type the policy declares does not make an empty scan cover it', async () => {
    const result = await parseWhole(bandit, 'declared.json', fixture('bandit-json/bandit-no-vulns.json'), {
      scanType: 'sast',
    });
    expect(result.runs[0]).toMatchObject({ scanType: 'sast', coversNothing: true });
  });

  it('fails evidence-completeness for a required sast scan covered only by such a report', async () => {
    const none = await parseWhole(bandit, 'gate-none.json', fixture('bandit-json/bandit-no-vulns.json'));
    const failed = sastGate(none.runs[0]!, 'bandit');
    expect(failed.status).toBe('fail');
    expect(failed.reasons).toEqual([NO_SAST]);
    const one = await parseWhole(bandit, 'gate-one.json', banditReport(1, false));
    expect(sastGate(one.runs[0]!, 'bandit')).toMatchObject({ status: 'pass', reasons: [] });
  });
});

describe('the library evaluation: evidence-completeness fails closed on a report of nothing scanned', () => {
  /** Runs the evaluation (dry run) over one report under a policy that requires only sast. */
  async function evaluateOne(name: string, content: unknown, options: { format?: string; stream?: boolean } = {}) {
    const root = mkdtempSync(join(tmp, 'run-'));
    mkdirSync(join(root, 'reports'));
    writeFileSync(join(root, 'reports', name), typeof content === 'string' ? content : JSON.stringify(content));
    mkdirSync(join(root, '.shipgate'));
    const input = options.format ? `{ path: reports/${name}, format: ${options.format} }` : `reports/${name}`;
    writeFileSync(
      join(root, '.shipgate/policy.yml'),
      `version: 1\nextends: release\nevidence:\n  required: [sast]\ninputs:\n  - ${input}\n`,
    );
    const logger = createMemoryLogger();
    const { evaluation } = await run({
      root,
      scans: [],
      dryRun: true,
      clock: () => new Date('2026-11-25T12:00:00Z'),
      logger,
      ...(options.stream ? { streamAboveBytes: 1 } : {}),
    });
    const gate = evaluation.gates.find((g) => g.id === 'evidence-completeness');
    const how = logger.messages.find((m) => m.level === 'debug' && m.message.startsWith(`reports/${name}: `));
    return { gate, input: evaluation.inputs[0], how: how?.message ?? '' };
  }

  const semgrepNone = () => ({
    ...fixture('semgrep-json/semgrep-1.100.0-fingerprints.json'),
    results: [],
    paths: { scanned: [] },
  });

  it.each([false, true])('Semgrep, paths.scanned empty, no results (streamed: %s)', async (stream) => {
    const { gate, input, how } = await evaluateOne('semgrep.json', semgrepNone(), { format: 'semgrep', stream });
    expect(how).toContain(stream ? 'streamed' : 'read whole');
    expect(input?.format).toBe('semgrep');
    expect(input?.runs[0]).toMatchObject({ coversNothing: true });
    expect(input?.warnings).toEqual([SEMGREP_NOTHING('reports/semgrep.json')]);
    expect(gate?.status).toBe('fail');
    expect(gate?.reasons).toEqual([NO_SAST]);
  });

  it.each([false, true])('Semgrep, one scanned path, no results (streamed: %s): passes', async (stream) => {
    const doc = { ...semgrepNone(), paths: { scanned: ['sample/brute.py'] } };
    const { gate, how } = await evaluateOne('semgrep.json', doc, { format: 'semgrep', stream });
    expect(how).toContain(stream ? 'streamed' : 'read whole');
    expect(gate?.status).toBe('pass');
  });

  it('Bandit, the real clean report of no code read (detected): fails; the one-issue report passes the gate', async () => {
    const none = await evaluateOne('bandit.json', fixture('bandit-json/bandit-no-vulns.json'));
    expect(none.input?.format).toBe('bandit');
    expect(none.gate?.status).toBe('fail');
    expect(none.gate?.reasons).toEqual([NO_SAST]);
    const one = await evaluateOne('bandit.json', fixture('bandit-json/bandit-one.json'));
    expect(one.gate?.status).toBe('pass');
  });
});

describe('ingest/grype: the report never shows that nothing was scanned, so it is read as before', () => {
  // Grype's `source` describes the input it was given, not what it found in it: it is null when the input
  // carries no source description (an SBOM without one) and { type: unknown, target: unknown } when the
  // description has no metadata, though packages were matched; and the report lists no packages beside
  // the matches. A clean scan of nothing and of a thousand packages look alike.
  const real = () => fixture('grype-json/grype-0.7.0-no-vulns.json');

  it.each([
    ['target an empty string', (d: Record<string, unknown>) => ({ ...d, source: { type: 'directory', target: '' } })],
    ['target an empty object', (d: Record<string, unknown>) => ({ ...d, source: { type: 'image', target: {} } })],
    ['target null', (d: Record<string, unknown>) => ({ ...d, source: { type: 'image', target: null } })],
    ['target missing', (d: Record<string, unknown>) => ({ ...d, source: { type: 'image' } })],
    ['source null', (d: Record<string, unknown>) => ({ ...d, source: null })],
    [
      'no source, only the descriptor',
      (d: Record<string, unknown>) => Object.fromEntries(Object.entries(d).filter(([k]) => k !== 'source')),
    ],
  ])('%s: a completed scan that covers its type', async (_, edit) => {
    const result = await readBothWays(grype, 'grype.json', edit(real()));
    expect(result.runs[0]).not.toHaveProperty('coversNothing');
    expect(result.runs[0]).toMatchObject({ completed: true, resultCount: 0 });
    expect(result.warnings).toEqual([]);
  });
});
