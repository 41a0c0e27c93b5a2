/**
 * Review fix of the Semgrep JSON reader: an `errors[]` entry's `level` is one of Semgrep's three,
 * `error`, `warn` and `info` (semgrep_output_v1.atd, error_severity, written exactly so). Any other value
 * (`fatal`, `ERROR`, `WARN`, `critical`, null) is an input error naming `/errors/N/level`, where it was a
 * warning and the run counted as complete. `info` stays a warning that leaves the run complete, `error` makes
 * it incomplete, and a missing level is still read as `error`. Tested on the real Semgrep 1.100.0 report with
 * errors added, through the whole-document and the streaming path, which must agree.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readInputFile } from '../../src/ingest/read.js';
import { semgrep } from '../../src/ingest/semgrep.js';
import type { IngestContext, IngestResult } from '../../src/ingest/types.js';
import { silentLogger } from '../../src/logger.js';
import { countBySeverity } from '../../src/model.js';
import { completenessGate } from '../helpers.js';
import { FIXTURES, counts, settle } from './harness.js';

const tmp = mkdtempSync(join(tmpdir(), 'shipgate-semgrep-review-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const REAL = 'semgrep-json/semgrep-1.100.0-fingerprints.json';

/** The real 1.100.0 report (2 results, no errors) with these errors. */
function withErrors(errors: unknown[]): Record<string, unknown> {
  const doc = JSON.parse(readFileSync(join(FIXTURES, REAL), 'utf8')) as Record<string, unknown>;
  expect(doc.errors).toEqual([]);
  return { ...doc, errors };
}

/** A Semgrep error as Semgrep writes one, at this level. */
const error = (level: unknown, type = 'Rule parse error', extra: Record<string, unknown> = {}) => ({
  code: 2,
  level,
  type,
  message: 'Invalid rule schema',
  ...extra,
});

/**
 * Reads Semgrep JSON through the whole-document path and the streaming one (small and large chunks), which
 * must agree on the result or on the InputError's message; gives the whole-document outcome.
 */
async function readBothWays(name: string, document: unknown): Promise<{ value?: IngestResult; error?: string }> {
  const text = JSON.stringify(document);
  writeFileSync(join(tmp, name), text);
  const context: IngestContext = { root: tmp, logger: silentLogger };
  const whole = await settle(() => semgrep.parse(readInputFile(tmp, name), context));
  for (const chunkSize of [7, 65_536]) {
    const input = { path: name, absPath: join(tmp, name), size: Buffer.byteLength(text) };
    const streamed = await settle(() => semgrep.parseStream!(input, context, { chunkSize }));
    expect(streamed.error).toBe(whole.error);
    expect(streamed.value?.findings).toEqual(whole.value?.findings);
    expect(streamed.value?.runs).toEqual(whole.value?.runs);
    expect(streamed.value?.warnings).toEqual(whole.value?.warnings);
  }
  return whole;
}

const EXPECTED = '(expected error, warn or info, the levels Semgrep writes).';

describe('ingest/semgrep (review): an errors[] level that is not Semgrep’s', () => {
  it.each([
    ['fatal', "'fatal' is not a Semgrep error level"],
    ['ERROR', "'ERROR' is not a Semgrep error level"],
    ['WARN', "'WARN' is not a Semgrep error level"],
    ['critical', "'critical' is not a Semgrep error level"],
    ['Info', "'Info' is not a Semgrep error level"],
    [' warn', "' warn' is not a Semgrep error level"],
    ['', "'' is not a Semgrep error level"],
    [null, 'found null'],
    [3, 'found a number'],
  ])('level %j: refused by both paths, naming /errors/0/level and the levels expected', async (level, wrong) => {
    const result = await readBothWays('level.json', withErrors([error(level)]));
    expect(result.value).toBeUndefined();
    expect(result.error).toBe(`level.json: /errors/0/level: ${wrong} ${EXPECTED}`);
  });

  it('names the entry: a fatal after a warn is /errors/1/level', async () => {
    const result = await readBothWays(
      'second.json',
      withErrors([error('warn', 'PartialParsing'), error('fatal', 'Fatal error')]),
    );
    expect(result.error).toBe(`second.json: /errors/1/level: 'fatal' is not a Semgrep error level ${EXPECTED}`);
  });

  it('cuts a long level to 40 characters', async () => {
    const result = await readBothWays('long.json', withErrors([error('x'.repeat(60))]));
    expect(result.error).toBe(
      `long.json: /errors/0/level: '${'x'.repeat(40)}...' is not a Semgrep error level ${EXPECTED}`,
    );
  });
});

describe('ingest/semgrep (review): Semgrep’s own levels, read as before', () => {
  it('the real 1.100.0 report as it is: 2 findings, a completed scan', async () => {
    const { value } = await readBothWays('real.json', withErrors([]));
    expect(countBySeverity(value!.findings)).toEqual(counts({ high: 1, medium: 1 }));
    expect(value!.runs).toEqual([
      { tool: 'Semgrep', toolVersion: '1.100.0', scanType: 'sast', completed: true, problems: [], resultCount: 2 },
    ]);
    expect(value!.warnings).toEqual([]);
  });

  it('error: a warning, and the run is not complete', async () => {
    const { value } = await readBothWays('error.json', withErrors([error('error')]));
    expect(value!.findings).toHaveLength(2);
    expect(value!.runs[0]).toMatchObject({
      completed: false,
      problems: ['/errors/0: Semgrep reported an error (Rule parse error): Invalid rule schema.'],
    });
    expect(value!.warnings).toEqual([
      'error.json: /errors/0: Semgrep reported an error (Rule parse error): Invalid rule schema.',
    ]);
    expect(completenessGate(value!.runs[0]!, 'sast', 'semgrep', 'semgrep.json').status).toBe('fail');
  });

  it('warn of a type that does not skip a file: a warning, the run complete', async () => {
    const { value } = await readBothWays('warn.json', withErrors([error('warn', 'Too many matches')]));
    expect(value!.runs[0]).toMatchObject({ completed: true, problems: [] });
    expect(value!.warnings).toEqual([
      'warn.json: /errors/0: Semgrep reported a warning (Too many matches): Invalid rule schema.',
    ]);
  });

  it('info keeps what it did: a warning, the run complete, even of a type that skips a file at warn', async () => {
    const { value } = await readBothWays(
      'info.json',
      withErrors([error('info', 'Syntax error', { path: 'src/a.js', message: 'Syntax error at line src/a.js:3' })]),
    );
    expect(value!.runs[0]).toMatchObject({ completed: true, problems: [] });
    expect(value!.warnings).toEqual([
      'info.json: /errors/0: Semgrep reported an info (Syntax error) in src/a.js: Syntax error at line src/a.js:3.',
    ]);
    expect(completenessGate(value!.runs[0]!, 'sast', 'semgrep', 'semgrep.json')).toMatchObject({
      status: 'pass',
      reasons: [],
    });
  });

  it('a missing level is read as error, as before: the run is not complete', async () => {
    // JSON.stringify leaves the undefined level out.
    const { value } = await readBothWays('missing.json', withErrors([error(undefined)]));
    expect(value!.runs[0]).toMatchObject({
      completed: false,
      problems: ['/errors/0: Semgrep reported an error (Rule parse error): Invalid rule schema.'],
    });
  });
});

describe('ingest/semgrep (review): an errors[] entry that is not an object', () => {
  it.each([
    ['a string', 'Timeout on app.py', 'found a string'],
    ['null', null, 'found null'],
    ['an array', [], 'found an array'],
  ])(
    '%s: refused by both paths, naming /errors/1 (it could be the error that stopped the scan)',
    async (_, entry, wrong) => {
      const result = await readBothWays('entry.json', withErrors([error('info'), entry]));
      expect(result.value).toBeUndefined();
      expect(result.error).toBe(
        `entry.json: /errors/1: ${wrong} (expected an error object with a level, a type and a message, as Semgrep writes them).`,
      );
    },
  );
});
