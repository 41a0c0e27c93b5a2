/**
 * Differential on damaged reports: the corpus files of every streamed format, truncated, with a byte
 * replaced, with text inserted, or with a span cut out (seeded, so every run tries the same files).
 * Both paths must agree: each refuses, or each gives the same findings, runs and warnings; a copy
 * refused for a syntax error is refused at the same byte.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { silentLogger } from '../../src/logger.js';
import { readInputFile } from '../../src/ingest/read.js';
import { grype } from '../../src/ingest/grype.js';
import { sarif } from '../../src/ingest/sarif.js';
import { semgrep } from '../../src/ingest/semgrep.js';
import { trivy } from '../../src/ingest/trivy.js';
import type { IngestResult, Ingestor } from '../../src/ingest/types.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'shipgate-stream-mutations-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Files up to this size are damaged (the larger ones take seconds each and add no new shapes). */
const MAX_BYTES = 64 * 1024;
const MUTANTS_PER_FILE = 8;

const FORMATS: [string, string, Ingestor][] = [
  ['sarif', '.sarif', sarif],
  ['trivy-json', '.json', trivy],
  ['grype-json', '.json', grype],
  ['semgrep-json', '.json', semgrep],
];

const CASES: [string, Ingestor][] = FORMATS.flatMap(([folder, extension, ingestor]) =>
  readdirSync(join(FIXTURES, folder))
    .filter((f) => f.endsWith(extension))
    .map((f) => `${folder}/${f}`)
    .filter((f) => {
      const size = statSync(join(FIXTURES, f)).size;
      return size > 0 && size <= MAX_BYTES;
    })
    .map((f): [string, Ingestor] => [f, ingestor]),
);

/** A small deterministic generator (a linear congruential one), so a failure can be replayed. */
function generator(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state % below;
  };
}

/** Text that changes what a JSON text means: structure, strings, escapes, a forbidden key, bad UTF-8. */
const INSERTS: Buffer[] = [
  '"',
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '\\',
  'x',
  '0',
  ' ',
  '\n',
  'null',
  '"__proto__"',
  'é',
].map((s) => Buffer.from(s, 'utf8'));
INSERTS.push(Buffer.from([0xff]));

interface Mutant {
  kind: 'truncate' | 'replace' | 'insert' | 'cut';
  describe: string;
  bytes: Buffer;
}

function mutants(bytes: Buffer, seed: number): Mutant[] {
  const next = generator(seed);
  const made: Mutant[] = [];
  for (let k = 0; k < MUTANTS_PER_FILE; k += 1) {
    const at = next(bytes.length);
    const text = INSERTS[next(INSERTS.length)] as Buffer;
    switch (k % 4) {
      case 0:
        made.push({ kind: 'truncate', describe: `cut off at byte ${at}`, bytes: bytes.subarray(0, at) });
        break;
      case 1:
        made.push({
          kind: 'replace',
          describe: `byte ${at} replaced by ${JSON.stringify(text.toString('latin1'))}`,
          bytes: Buffer.concat([bytes.subarray(0, at), text, bytes.subarray(at + 1)]),
        });
        break;
      case 2:
        made.push({
          kind: 'insert',
          describe: `${JSON.stringify(text.toString('latin1'))} inserted at byte ${at}`,
          bytes: Buffer.concat([bytes.subarray(0, at), text, bytes.subarray(at)]),
        });
        break;
      default: {
        const length = 1 + next(200);
        made.push({
          kind: 'cut',
          describe: `bytes ${at} to ${at + length} cut out`,
          bytes: Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + length)]),
        });
      }
    }
  }
  return made.filter((m) => m.bytes.length > 0);
}

type Outcome = { parsed: IngestResult; error?: undefined } | { error: string };

async function outcome(fn: () => Promise<IngestResult>): Promise<Outcome> {
  try {
    return { parsed: await fn() };
  } catch (error) {
    // Anything but an InputError (a crash) fails the test with its own stack.
    if (!(error instanceof InputError)) throw error;
    return { error: error.message };
  }
}

const tally = { refused: 0, accepted: 0, samePlace: 0, truncationsAccepted: [] as string[] };

/** Why the two outcomes disagree, or undefined. */
function disagreement(whole: Outcome, streamed: Outcome): string | undefined {
  if (whole.error !== undefined && streamed.error !== undefined) {
    // Both name the same place: the byte where the text goes wrong (or ends). A copy with two
    // problems may be refused for different ones: a `__proto__` key (named by its pointer) before a
    // syntax error is found first by the streaming reader, after it by JSON.parse.
    const wholeByte = /byte (\d+)/.exec(whole.error)?.[1];
    const streamedByte = /byte (\d+)/.exec(streamed.error)?.[1];
    if (wholeByte === undefined || streamedByte === undefined) return undefined;
    if (wholeByte === streamedByte) {
      tally.samePlace += 1;
      return undefined;
    }
    return `they refuse it at different places: ${whole.error} / ${streamed.error}`;
  }
  if (whole.error !== undefined) return `only the whole-document path refuses it: ${whole.error}`;
  if (streamed.error !== undefined) return `only the streaming path refuses it: ${streamed.error}`;
  for (const key of ['findings', 'runs', 'warnings'] as const)
    if (!isDeepStrictEqual(whole.parsed[key], streamed.parsed[key])) return `the ${key} differ`;
  return undefined;
}

describe('ingest streaming (differential on damaged reports)', () => {
  it.each(CASES.map(([path, ingestor], index): [string, Ingestor, number] => [path, ingestor, index + 1]))(
    '%s: both paths agree on every damaged copy',
    async (path, ingestor, seed) => {
      const original = readFileSync(join(FIXTURES, path));
      const context = { root: tmp, logger: silentLogger };
      const problems: string[] = [];
      let n = 0;
      for (const mutant of mutants(original, seed)) {
        const name = `${path.replace(/\W/g, '_')}-${(n += 1)}${path.slice(path.lastIndexOf('.'))}`;
        writeFileSync(join(tmp, name), mutant.bytes);
        const whole = await outcome(async () => ingestor.parse(readInputFile(tmp, name), context));
        for (const chunkSize of [7, 4096]) {
          const streamed = await outcome(() =>
            ingestor.parseStream!({ path: name, absPath: join(tmp, name), size: mutant.bytes.length }, context, {
              chunkSize,
            }),
          );
          const problem = disagreement(whole, streamed);
          if (problem) problems.push(`${mutant.describe} (chunks of ${chunkSize}): ${problem}`);
        }
        if (whole.error !== undefined) tally.refused += 1;
        else {
          tally.accepted += 1;
          // A cut that leaves more than trailing whitespace cannot be a complete JSON text.
          if (mutant.kind === 'truncate' && original.subarray(mutant.bytes.length).toString('utf8').trim() !== '')
            tally.truncationsAccepted.push(`${path}: ${mutant.describe}`);
        }
      }
      expect(problems).toEqual([]);
    },
  );

  it('damaged a fair number of reports, and both outcomes occurred', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    // Most damage breaks the JSON; a replaced space or a cut inside a string often does not.
    expect(tally.refused).toBeGreaterThan(100);
    expect(tally.accepted).toBeGreaterThan(40);
    expect(tally.truncationsAccepted).toEqual([]);
    // Every refusal counted twice (two chunk sizes); nearly all name a byte.
    expect(tally.samePlace).toBeGreaterThan(tally.refused);
  });
});
