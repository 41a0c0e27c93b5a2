import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { checkStreamedShape, streamJson, type StreamEvent, type StreamOptions } from '../../src/ingest/json-stream.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(repo, 'fixtures');
const suite = join(fixtures, 'suites/json-test-suite/test_parsing');
const tmp = mkdtempSync(join(tmpdir(), 'shipgate-json-stream-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const RESULTS = [['runs', '*', 'results']];
/** Selections every JSON text is streamed with: SARIF results, nothing, the root array, arrays one level down. */
const SELECTIONS: string[][][] = [RESULTS, [], [[]], [['*']]];

type ElementEvent = Extract<StreamEvent, { kind: 'element' }>;
type EndEvent = Extract<StreamEvent, { kind: 'end' }>;

async function collect(source: string | AsyncIterable<Uint8Array>, paths: string[][], options: StreamOptions = {}) {
  const events: StreamEvent[] = [];
  for await (const event of streamJson(source, 'input.json', { paths }, { useWorker: false, ...options }))
    events.push(event);
  return events;
}

/** The outcome as comparable data: the events, or the error's class and message. */
async function outcome(source: string, paths: string[][], options: StreamOptions = {}): Promise<unknown> {
  try {
    return await collect(source, paths, options);
  } catch (error) {
    return { error: (error as Error).name, message: (error as Error).message };
  }
}

function writeTemp(name: string, content: string | Buffer): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

/** Puts every element back into the skeleton, checking that they come in order. */
function reassemble(events: StreamEvent[]): unknown {
  const end = events[events.length - 1] as EndEvent;
  expect(end.kind).toBe('end');
  const root = end.skeleton;
  for (const event of events.slice(0, -1) as ElementEvent[]) {
    let parent = root as Record<string | number, unknown>;
    for (const key of event.path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    expect(Array.isArray(parent)).toBe(true);
    expect((parent as unknown as unknown[]).length).toBe(event.path[event.path.length - 1]);
    (parent as unknown as unknown[]).push(event.value);
  }
  return root;
}

function pointerOf(path: (string | number)[]): string {
  return path.map((k) => `/${String(k).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

function resolvePointer(document: unknown, pointer: string): unknown {
  let value = document;
  for (const token of pointer.split('/').slice(1))
    value = (value as Record<string, unknown>)[token.replace(/~1/g, '/').replace(/~0/g, '~')];
  return value;
}

/** JSON.parse as the reference: strict UTF-8, a leading BOM dropped; undefined when it refuses. */
function referenceParse(bytes: Buffer): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)) };
  } catch {
    return undefined;
  }
}

async function expectInputError(promise: Promise<unknown>, pattern: RegExp): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  expect((error as Error).message).toMatch(pattern);
  return (error as Error).message;
}

function fixtureFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (path !== join(fixtures, 'suites/json-test-suite')) walk(path);
      } else if (/\.(sarif|json)$/.test(entry.name)) found.push(path);
    }
  };
  walk(fixtures);
  return found.sort();
}

/**
 * Why `prefix` is not the document as it stood when the array at `path` opened, judged against the
 * final skeleton: along the path, the same keys in the same order up to the path's key, the same
 * earlier elements, earlier values deep-equal; the array itself empty. Undefined when it is.
 */
function prefixProblem(prefix: unknown, skeleton: unknown, path: (string | number)[]): string | undefined {
  if (path.length === 0)
    return Array.isArray(prefix) && prefix.length === 0
      ? undefined
      : `expected [] at the array, got ${JSON.stringify(prefix)}`;
  const [key, ...rest] = path;
  if (Array.isArray(skeleton)) {
    if (!Array.isArray(prefix) || prefix.length !== (key as number) + 1)
      return `expected ${String(key)} earlier elements`;
    for (let i = 0; i < (key as number); i++)
      if (!isDeepStrictEqual(prefix[i], skeleton[i])) return `element ${i} differs`;
    return prefixProblem(prefix[key as number], skeleton[key as number], rest);
  }
  const full = skeleton as Record<string, unknown>;
  const mine = prefix as Record<string, unknown>;
  const keys = Object.keys(mine);
  const order = Object.keys(full);
  if (keys[keys.length - 1] !== key) return `the last key is ${keys[keys.length - 1]}, expected ${String(key)}`;
  if (!isDeepStrictEqual(keys, order.slice(0, order.indexOf(key as string) + 1)))
    return `keys ${keys.join(',')} are not the skeleton's first keys`;
  for (const k of keys.slice(0, -1)) if (!isDeepStrictEqual(mine[k], full[k])) return `member ${k} differs`;
  return prefixProblem(mine[key as string], full[key as string], rest);
}

describe('ingest/json-stream', () => {
  describe('differential against JSON.parse on every fixture', () => {
    const files = fixtureFiles();
    const parsed = files.filter((f) => readFileSync(f).length > 0 && referenceParse(readFileSync(f)) !== undefined);
    const refused = files.filter((f) => readFileSync(f).length > 0 && referenceParse(readFileSync(f)) === undefined);

    it('finds the fixtures', () => {
      expect(parsed.length).toBeGreaterThan(200);
      // JSONL streams, a truncated SARIF and the SARIF SDK's syntax-error sample.
      expect(refused.map((f) => relative(fixtures, f))).toEqual([
        'govulncheck-json/govulncheck-1.1.4-stream.json',
        'malformed/sarif-truncated-json.sarif',
        'suites/sarif-sdk-validate/inputs/JSON1001.SyntaxError.sarif',
        'yarn-audit-json/yarn-berry-audit.json',
      ]);
    });

    it('reassembles every fixture to what JSON.parse gives, with matching pointers, for every selection', async () => {
      let elements = 0;
      for (const file of parsed) {
        const expected = (referenceParse(readFileSync(file)) as { value: unknown }).value;
        for (const paths of SELECTIONS) {
          const events = await collect(file, paths);
          for (const event of events.slice(0, -1) as ElementEvent[]) {
            expect(event.pointer).toBe(pointerOf(event.path));
            if (!isDeepStrictEqual(resolvePointer(expected, event.pointer), event.value))
              throw new Error(`${relative(fixtures, file)}: ${event.pointer} does not match JSON.parse`);
          }
          elements += events.length - 1;
          if (!isDeepStrictEqual(reassemble(events), expected))
            throw new Error(
              `${relative(fixtures, file)} with ${JSON.stringify(paths)} does not reassemble to JSON.parse`,
            );
        }
      }
      expect(elements).toBeGreaterThan(5000);
    });

    it("gives each array's first element the document before the array: keys in order, values as in the skeleton, open containers closed", async () => {
      let prefixes = 0;
      for (const file of parsed)
        for (const paths of SELECTIONS) {
          const events = await collect(file, paths);
          const end = events[events.length - 1] as EndEvent;
          const seen = new Set<string>();
          for (const event of events.slice(0, -1) as ElementEvent[]) {
            const array = JSON.stringify(event.path.slice(0, -1));
            const first = !seen.has(array);
            seen.add(array);
            if (!first) {
              if (event.prefix !== undefined)
                throw new Error(`${relative(fixtures, file)}: ${event.pointer} repeats its array's prefix`);
              continue;
            }
            if (event.prefix === undefined)
              throw new Error(`${relative(fixtures, file)}: ${event.pointer} has no prefix`);
            const problem = prefixProblem(JSON.parse(event.prefix), end.skeleton, event.path.slice(0, -1));
            if (problem) throw new Error(`${relative(fixtures, file)}: ${event.pointer}: ${problem}`);
            prefixes += 1;
          }
        }
      expect(prefixes).toBeGreaterThan(250);
    });

    it('streams SARIF results one by one and leaves empty results arrays in the skeleton', async () => {
      const file = join(fixtures, 'sarif/codeql-2.5.4-java-partialfingerprints.sarif');
      const events = await collect(file, RESULTS);
      const end = events[events.length - 1] as EndEvent;
      const skeleton = end.skeleton as { runs: { results: unknown[]; tool: { driver: { name: string } } }[] };
      expect(skeleton.runs[0]?.results).toEqual([]);
      expect(skeleton.runs[0]?.tool.driver.name).toBe('CodeQL');
      const first = events[0] as ElementEvent;
      expect(first.pointer).toBe('/runs/0/results/0');
      expect(first.path).toEqual(['runs', 0, 'results', 0]);
      const bytes = readFileSync(file);
      // The element's bytes start where byteOffset says and parse to the value.
      expect(bytes[first.byteOffset]).toBe(0x7b);
      expect(end.bytes).toBe(bytes.length);
      expect(end.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(events.length - 1).toBe((JSON.parse(bytes.toString('utf8')) as typeof skeleton).runs[0]?.results.length);
    });

    it('refuses every fixture that JSON.parse refuses', async () => {
      for (const file of refused)
        for (const paths of SELECTIONS)
          await expectInputError(collect(file, paths), /^input\.json: .*line \d+ \(byte \d+\)/);
    });

    it('refuses the zero-byte fixtures as empty', async () => {
      for (const name of ['sarif-zero-bytes.sarif', 'osv-scanner-zero-bytes.json', 'govulncheck-zero-bytes.json'])
        await expectInputError(collect(join(fixtures, 'malformed', name), RESULTS), /the file is empty \(0 bytes\)/);
    });
  });

  describe('JSONTestSuite', () => {
    const names = readdirSync(suite).sort();
    /** Valid JSON with a key twice in the root object: refused when the root leads to a selected array. */
    const DUPLICATE_KEYS = ['y_object_duplicated_key.json', 'y_object_duplicated_key_and_value.json'];
    /** Implementation-defined cases: what the splitter does, for every selection and chunk size. */
    const IMPLEMENTATION_DEFINED: Record<string, 'accept' | 'reject'> = {
      'i_number_double_huge_neg_exp.json': 'accept',
      'i_number_huge_exp.json': 'accept',
      'i_number_neg_int_huge_exp.json': 'accept',
      'i_number_pos_double_huge_exp.json': 'accept',
      'i_number_real_neg_overflow.json': 'accept',
      'i_number_real_pos_overflow.json': 'accept',
      'i_number_real_underflow.json': 'accept',
      'i_number_too_big_neg_int.json': 'accept',
      'i_number_too_big_pos_int.json': 'accept',
      'i_number_very_big_negative_int.json': 'accept',
      'i_object_key_lone_2nd_surrogate.json': 'accept',
      'i_string_1st_surrogate_but_2nd_missing.json': 'accept',
      'i_string_1st_valid_surrogate_2nd_invalid.json': 'accept',
      'i_string_UTF-16LE_with_BOM.json': 'reject',
      'i_string_UTF-8_invalid_sequence.json': 'reject',
      'i_string_UTF8_surrogate_U+D800.json': 'reject',
      'i_string_incomplete_surrogate_and_escape_valid.json': 'accept',
      'i_string_incomplete_surrogate_pair.json': 'accept',
      'i_string_incomplete_surrogates_escape_valid.json': 'accept',
      'i_string_invalid_lonely_surrogate.json': 'accept',
      'i_string_invalid_surrogate.json': 'accept',
      'i_string_invalid_utf-8.json': 'reject',
      'i_string_inverted_surrogates_U+1D11E.json': 'accept',
      'i_string_iso_latin_1.json': 'reject',
      'i_string_lone_second_surrogate.json': 'accept',
      'i_string_lone_utf8_continuation_byte.json': 'reject',
      'i_string_not_in_unicode_range.json': 'reject',
      'i_string_overlong_sequence_2_bytes.json': 'reject',
      'i_string_overlong_sequence_6_bytes.json': 'reject',
      'i_string_overlong_sequence_6_bytes_null.json': 'reject',
      'i_string_truncated-utf-8.json': 'reject',
      'i_string_utf16BE_no_BOM.json': 'reject',
      'i_string_utf16LE_no_BOM.json': 'reject',
      'i_structure_500_nested_arrays.json': 'accept',
      'i_structure_UTF-8_BOM_empty_object.json': 'accept',
    };

    it('has the 95 y_, 188 n_ and 35 i_ files', () => {
      expect(names.filter((n) => n.startsWith('y_'))).toHaveLength(95);
      expect(names.filter((n) => n.startsWith('n_'))).toHaveLength(188);
      expect(names.filter((n) => n.startsWith('i_')).sort()).toEqual(Object.keys(IMPLEMENTATION_DEFINED).sort());
    });

    it('parses every y_ file to the value JSON.parse gives', async () => {
      for (const name of names.filter((n) => n.startsWith('y_'))) {
        const expected = (referenceParse(readFileSync(join(suite, name))) as { value: unknown }).value;
        // A key twice in an object on the way to a selected array is refused (the next test).
        const selections = DUPLICATE_KEYS.includes(name) ? [[], [[]]] : SELECTIONS;
        for (const paths of selections) {
          const got = reassemble(await collect(join(suite, name), paths));
          if (!isDeepStrictEqual(got, expected))
            throw new Error(`${name} with ${JSON.stringify(paths)}: ${JSON.stringify(got)}`);
        }
      }
    });

    it('refuses the y_ files with duplicate keys when the root object leads to a selected array', async () => {
      for (const name of DUPLICATE_KEYS)
        for (const paths of [RESULTS, [['*']]])
          await expectInputError(
            collect(join(suite, name), paths),
            /^input\.json: \/a: line 1 \(byte 9\): the key 'a' appears twice in the root object/,
          );
    });

    it('refuses every n_ file with an InputError naming the file, line and byte', async () => {
      for (const name of names.filter((n) => n.startsWith('n_')))
        for (const paths of SELECTIONS)
          await expectInputError(
            collect(join(suite, name), paths),
            /^input\.json: (\/[^:]*: )?line \d+ \(byte \d+\): /,
          );
    });

    it('handles 100000 nested arrays with the depth cap', async () => {
      for (const paths of [[], [[]]])
        await expectInputError(
          collect(join(suite, 'n_structure_100000_opening_arrays.json'), paths),
          /line 1 \(byte 512\): the JSON nests deeper than 512 levels/,
        );
    });

    it('decides the i_ files as recorded', async () => {
      for (const [name, expected] of Object.entries(IMPLEMENTATION_DEFINED))
        for (const paths of SELECTIONS) {
          const result = await outcome(join(suite, name), paths);
          expect([name, Array.isArray(result) ? 'accept' : 'reject']).toEqual([name, expected]);
        }
    });

    it('gives identical events or errors for chunk sizes 1, 7 and 64', async () => {
      for (const name of names)
        for (const paths of [[], [[]]]) {
          const reference = await outcome(join(suite, name), paths);
          for (const chunkSize of [1, 7, 64])
            expect([name, chunkSize, await outcome(join(suite, name), paths, { chunkSize })]).toEqual([
              name,
              chunkSize,
              reference,
            ]);
        }
    });
  });

  describe('chunk boundaries and the worker thread', () => {
    const samples = [
      'sarif/codeql-2.19.0-ruby-security-severity.sarif',
      'sarif/codeql-2.19.0-typescript-one-result.sarif',
      'sarif/lgtm-1.26-multiple-runs.sarif',
      'suites/naughty-strings/blns.json',
    ];

    it('gives identical events for chunk sizes 1, 7 and 64', async () => {
      // Byte by byte only on the smaller files, to keep the test quick.
      const sizes: [string, number[]][] = [
        [samples[0] as string, [1, 7, 64]],
        [samples[3] as string, [1, 7, 64]],
        [samples[1] as string, [7, 64]],
      ];
      for (const [sample, chunkSizes] of sizes) {
        const file = join(fixtures, sample);
        const reference = await collect(file, RESULTS.concat([[]]));
        for (const chunkSize of chunkSizes)
          expect(await collect(file, RESULTS.concat([[]]), { chunkSize })).toEqual(reference);
      }
    });

    it('gives the same events in a worker thread as in the calling thread', async () => {
      for (const sample of samples) {
        const file = join(fixtures, sample);
        for (const chunkSize of [4096, 1 << 20]) {
          const inProcess = await collect(file, RESULTS.concat([[]]), { chunkSize });
          expect(await collect(file, RESULTS.concat([[]]), { chunkSize, useWorker: true })).toEqual(inProcess);
        }
      }
    });

    it('reports the same error from the worker thread', async () => {
      const bytes = readFileSync(join(fixtures, samples[0] as string));
      const file = writeTemp('cut.sarif', bytes.subarray(0, 20000));
      const inProcess = await expectInputError(collect(file, RESULTS), /ends early/);
      const inWorker = await expectInputError(
        collect(file, RESULTS, { useWorker: true, chunkSize: 4096 }),
        /ends early/,
      );
      expect(inWorker).toBe(inProcess);
      await expectInputError(
        collect(join(tmp, 'missing.sarif'), RESULTS, { useWorker: true }),
        /the file does not exist/,
      );
    });

    it('stops the worker when the consumer stops early', async () => {
      const file = join(fixtures, 'sarif/semgrep-0.17.0-owasp-benchmark-many-results.sarif');
      const seen: string[] = [];
      for await (const event of streamJson(file, 'x.sarif', { paths: RESULTS }, { useWorker: true, chunkSize: 4096 })) {
        seen.push(event.kind === 'element' ? event.pointer : 'end');
        if (seen.length === 3) break;
      }
      expect(seen).toEqual(['/runs/0/results/0', '/runs/0/results/1', '/runs/0/results/2']);
    });

    it('reads a byte source of Uint8Array pieces', async () => {
      const bytes = readFileSync(join(fixtures, samples[0] as string));
      async function* pieces(): AsyncGenerator<Uint8Array> {
        for (let i = 0; i < bytes.length; i += 1000) yield new Uint8Array(bytes.subarray(i, i + 1000));
      }
      expect(await collect(pieces(), RESULTS)).toEqual(await collect(join(fixtures, samples[0] as string), RESULTS));
    });

    it('reports progress up to the whole file', async () => {
      const file = join(fixtures, samples[0] as string);
      const calls: [number, number][] = [];
      const events = await collect(file, RESULTS, { chunkSize: 4096, onProgress: (b, e) => calls.push([b, e]) });
      const size = readFileSync(file).length;
      expect(calls.length).toBe(Math.ceil(size / 4096));
      expect(calls[calls.length - 1]).toEqual([size, events.length - 1]);
      for (let k = 1; k < calls.length; k++)
        expect((calls[k] as number[])[0]).toBeGreaterThan((calls[k - 1] as number[])[0] as number);
    });
  });

  describe('refusals', () => {
    it('refuses truncated input, naming the offset where it ends', async () => {
      const bytes = readFileSync(join(fixtures, 'sarif/codeql-2.19.0-ruby-security-severity.sarif'));
      for (const cut of [1, 100, 2000, 15000, 30000, bytes.lastIndexOf('}')]) {
        const file = writeTemp(`cut-${cut}.sarif`, bytes.subarray(0, cut));
        await expectInputError(
          collect(file, RESULTS),
          new RegExp(`\\(byte ${cut}\\): the JSON ends early \\(truncated\\?\\) inside `),
        );
        await expectInputError(collect(file, RESULTS, { chunkSize: 7 }), new RegExp(`\\(byte ${cut}\\)`));
      }
    });

    it('names the element, line and byte of a syntax error inside an element', async () => {
      const text = '{"runs":[{"results":[\n{"a":1},\n{"a":tru}\n]}]}';
      const file = writeTemp('bad-element.sarif', text);
      for (const chunkSize of [1, 7, 1 << 20])
        await expectInputError(
          collect(file, RESULTS, { chunkSize }),
          new RegExp(
            `^input\\.json: /runs/0/results/1: line 3 \\(byte ${text.indexOf('}\n]')}\\): invalid JSON: unexpected '}' \\(expected 'true'\\)\\.$`,
          ),
        );
    });

    it('names the syntax error inside an element that never closes, not the end of the file', async () => {
      // A span cut out of a result leaves it open to the end: the wrong byte is the problem, as the
      // whole-document reader says; an element only cut short still ends early.
      const text = '{"runs":[{"results":[\n{"a":1},\n{"a":1 "b":{"c":[1,2\n';
      const file = writeTemp('open-element.sarif', text);
      for (const chunkSize of [1, 7, 1 << 20])
        await expectInputError(
          collect(file, RESULTS, { chunkSize }),
          new RegExp(
            `^input\\.json: /runs/0/results/1: line 3 \\(byte ${text.indexOf('"b"')}\\): invalid JSON: unexpected '"' \\(expected ',' or '}'\\)\\.$`,
          ),
        );
      const short = writeTemp('short-element.sarif', '{"runs":[{"results":[\n{"a":1},\n{"a":{"b":[1,2]');
      await expectInputError(
        collect(short, RESULTS),
        /^input\.json: line 3 \(byte 46\): the JSON ends early \(truncated\?\) inside the element \/runs\/0\/results\/1 \(from byte 31\)/,
      );
    });

    it('refuses invalid UTF-8 in an element, in the skeleton and at the end, naming the byte', async () => {
      const prefix = '{"runs":[{"results":[{"m":"a';
      const inElement = Buffer.concat([Buffer.from(prefix), Buffer.from([0xff]), Buffer.from('b"}]}]}')]);
      const inKey = Buffer.concat([Buffer.from('{"ru'), Buffer.from([0xc3, 0x28]), Buffer.from('ns":[]}')]);
      const cutShort = Buffer.concat([Buffer.from('["\u00e9'), Buffer.from([0xe2, 0x82])]);
      const cases: [string, Buffer, number][] = [
        ['element', inElement, prefix.length],
        ['key', inKey, 4],
        ['end', cutShort, 4],
      ];
      for (const [name, bytes, offset] of cases) {
        const file = writeTemp(`utf8-${name}.json`, bytes);
        for (const chunkSize of [1, 7, 1 << 20])
          await expectInputError(
            collect(file, RESULTS.concat([[]]), { chunkSize }),
            new RegExp(`\\(byte ${offset}\\): the file is not valid UTF-8`),
          );
      }
    });

    it('refuses a key twice in the log or a run, and keeps the last of two elsewhere in the skeleton', async () => {
      await expectInputError(
        collect(writeTemp('dup-results.sarif', '{"runs":[{"results":[{"a":1}],"tool":{},"results":[]}]}'), RESULTS),
        /^input\.json: \/runs\/0\/results: line 1 \(byte 40\): the key 'results' appears twice in \/runs\/0 /,
      );
      await expectInputError(
        collect(writeTemp('dup-runs.sarif', '{"runs":[],"version":"2.1.0","runs":[]}'), RESULTS),
        /^input\.json: \/runs: .*the key 'runs' appears twice in the root object/,
      );
      // Off the way to the results, JSON.parse's rule: the last of two keys counts, as in a report read whole.
      const events = await collect(
        writeTemp('dup-tool.sarif', '{"runs":[{"tool":{"driver":{"name":"a","name":"b"}},"results":[]}]}'),
        RESULTS,
      );
      expect((events[events.length - 1] as EndEvent).skeleton).toEqual({
        runs: [{ tool: { driver: { name: 'b' } }, results: [] }],
      });
    });

    it('checkStreamedShape (reports read whole) refuses exactly what the splitter refuses, in the same words', async () => {
      const deep = (levels: number): string => `${'['.repeat(levels)}${']'.repeat(levels)}`;
      const TRIVY = [
        ['Results', '*', 'Vulnerabilities'],
        ['Results', '*', 'Secrets'],
        ['*', 'Vulnerabilities'],
      ];
      const cases: [string, string[][]][] = [
        ['{"runs":[],"version":"2.1.0","runs":[]}', RESULTS],
        ['{"runs":[{"results":[{"a":1}],"tool":{},"results":[]}]}', RESULTS],
        ['{"runs":[{"tool":{},"results":[]},{"tool":{},"tool":{}}]}', RESULTS],
        ['{"runs":[{"tool":{"driver":{"name":"a","name":"b"}},"results":[]}]}', RESULTS],
        ['{"runs":[{"results":[{"a":1,"a":2}]}]}', RESULTS],
        ['{"runs":[{"results":[],"a\\u0062":1,"ab":2}]}', RESULTS],
        ['\ufeff{"runs":[],\n\n  "runs":[]}', RESULTS],
        ['{"x":{"y":1,"y":2},"runs":[]}', RESULTS],
        [`{"runs":[{"results":[${deep(508)}]}]}`, RESULTS],
        [`{"runs":[{"results":[${deep(509)}]}]}`, RESULTS],
        [`{"runs":[],"properties":${deep(511)}}`, RESULTS],
        [`{"runs":[],"properties":${deep(512)}}`, RESULTS],
        ['{"Results":[{"Target":"a","Vulnerabilities":[],"Target":"b"}]}', TRIVY],
        ['{"Results":[{"Vulnerabilities":[{"x":1,"x":1}]}],"SchemaVersion":2}', TRIVY],
        ['[{"Target":"a","Vulnerabilities":[]},{"Vulnerabilities":[],"Vulnerabilities":[]}]', TRIVY],
        ['{"a":1,"a":2}', []],
        ['{"a":1,"a":2}', [[]]],
        ['{"matches":[],"source":{"type":"dir","type":"image"},"matches":[]}', [['matches']]],
        // Strings are skipped to their closing quote: a quote after an odd run of backslashes is
        // escaped, one after an even run closes the string (its backslashes are escaped themselves).
        ['{"v":"x\\"\\\\","runs":[],"runs":[]}', RESULTS],
        ['{"v":"x\\\\","runs":[],"w":"\\\\\\"runs\\":[]"}', RESULTS],
        ['{"a\\\\":1,"a\\u005c":2,"runs":[]}', RESULTS],
        ['{"a\\"b":1,"a\\"b":2,"runs":[]}', RESULTS],
        ['{"a\\\\":{"runs\\\\":[]},"a\\\\\\\\":1,"runs":[]}', RESULTS],
      ];
      let refused = 0;
      for (const [text, paths] of cases) {
        JSON.parse(text.replace(/^\ufeff/, '')); // every case is valid JSON: only the two checks can fail
        const file = writeTemp(`shape-${refused}-${text.length}.json`, text);
        const streamed = await outcome(file, paths);
        let whole: unknown;
        try {
          checkStreamedShape(readFileSync(file), 'input.json', { paths });
          whole = 'accepted';
        } catch (error) {
          expect(error, text).toBeInstanceOf(InputError);
          whole = (error as Error).message;
          refused += 1;
        }
        if (whole === 'accepted') expect(streamed, text).toBeInstanceOf(Array);
        else expect(streamed, text).toEqual({ error: 'InputError', message: whole });
      }
      // Eight keys twice on the way to a selected array, three more among strings with escaped quotes
      // and backslashes; nesting of 513 inside a result and outside.
      expect(refused).toBe(13);
    });

    it('shows untrusted keys in messages escaped and clipped', async () => {
      const message = await expectInputError(
        collect(writeTemp('dup-newline.json', '{"runs":[],"a\\nb":1,"a\\nb":2}'), RESULTS),
        /the key 'a\\u000ab' appears twice/,
      );
      expect(message).not.toContain('\n');
      const long = 'k'.repeat(5000);
      const clipped = await expectInputError(
        collect(writeTemp('dup-long.json', `{"${long}":1,"${long}":2}`), RESULTS),
        /appears twice in the root object/,
      );
      expect(clipped.length).toBeLessThan(700);
    });

    it('leaves duplicate keys inside an element to JSON.parse (the last one wins)', async () => {
      const events = await collect(writeTemp('dup-inside.sarif', '{"runs":[{"results":[{"a":1,"a":2}]}]}'), RESULTS);
      expect((events[0] as ElementEvent).value).toEqual({ a: 2 });
    });

    it('refuses __proto__ keys in the skeleton and in elements, also when escaped', async () => {
      await expectInputError(
        collect(writeTemp('proto-skeleton.json', '{"runs":[],"__proto__":{"x":1}}'), RESULTS),
        /^input\.json: \/__proto__: the key '__proto__' is refused/,
      );
      await expectInputError(
        collect(writeTemp('proto-element.json', '{"runs":[{"results":[{"x":{"__proto__":{}}}]}]}'), RESULTS),
        /^input\.json: \/runs\/0\/results\/0\/x\/__proto__: the key '__proto__' is refused/,
      );
      await expectInputError(
        collect(writeTemp('proto-escaped.json', '{"runs":[{"results":[{"\\u005f_proto__":1}]}]}'), RESULTS),
        /\/runs\/0\/results\/0\/__proto__: the key '__proto__' is refused/,
      );
      const events = await collect(
        writeTemp('proto-value.json', '{"runs":[{"results":[{"k":"__proto__","e":"\\u00e9"}]}]}'),
        RESULTS,
      );
      expect((events[0] as ElementEvent).value).toEqual({ k: '__proto__', e: '\u00e9' });
    });

    it('applies maxDepth in the skeleton and inside elements', async () => {
      const file = writeTemp('deep.sarif', '{"runs":[{"results":[[[1]]]}]}');
      // root, runs, run, results, element, inner array: 6 levels.
      expect(reassemble(await collect(file, RESULTS, { maxDepth: 6 }))).toEqual({ runs: [{ results: [[[1]]] }] });
      await expectInputError(
        collect(file, RESULTS, { maxDepth: 5 }),
        /line 1 \(byte 22\): the JSON nests deeper than 5 levels/,
      );
      await expectInputError(
        collect(file, RESULTS, { maxDepth: 3 }),
        /\(byte 20\): the JSON nests deeper than 3 levels/,
      );
      await expectInputError(collect(file, [], { maxDepth: 5 }), /\(byte 22\): the JSON nests deeper than 5 levels/);
    });

    it('applies maxElementBytes, also to elements that span chunks', async () => {
      const file = writeTemp('big-element.sarif', `{"runs":[{"results":[{"a":1},{"text":"${'x'.repeat(5000)}"}]}]}`);
      for (const chunkSize of [64, 1 << 20])
        await expectInputError(
          collect(file, RESULTS, { chunkSize, maxElementBytes: 1000 }),
          /^input\.json: \/runs\/0\/results\/1: line 1 \(byte 29\): the element is larger than 1000 bytes/,
        );
      expect(await collect(file, RESULTS, { maxElementBytes: 6000 })).toHaveLength(3);
    });

    it('applies maxSkeletonBytes', async () => {
      const file = writeTemp('big-skeleton.sarif', `{"runs":[{"results":[],"tool":{"x":"${'y'.repeat(5000)}"}}]}`);
      await expectInputError(
        collect(file, RESULTS, { maxSkeletonBytes: 1000 }),
        /outside the streamed arrays is larger than 1000 bytes/,
      );
      expect(await collect(file, RESULTS, { maxSkeletonBytes: 6000 })).toHaveLength(1);
    });

    it('refuses empty and whitespace-only input', async () => {
      await expectInputError(
        collect(writeTemp('empty.json', ''), RESULTS),
        /^input\.json: line 1 \(byte 0\): the file is empty/,
      );
      await expectInputError(
        collect(writeTemp('blank.json', ' \n\t\r\n'), RESULTS),
        /^input\.json: line 3 \(byte 5\): the file holds only whitespace/,
      );
      await expectInputError(collect(writeTemp('bom-only.json', '\ufeff'), RESULTS), /holds only whitespace/);
    });
  });

  describe('shapes', () => {
    it('tolerates a leading BOM and counts it in offsets and bytes', async () => {
      const file = writeTemp('bom.sarif', '\ufeff{"runs":[{"results":[{"a":1}]}]}');
      const events = await collect(file, RESULTS);
      expect((events[0] as ElementEvent).byteOffset).toBe(3 + '{"runs":[{"results":['.length);
      expect((events[1] as EndEvent).bytes).toBe(3 + 32);
      await expectInputError(collect(writeTemp('bom-in-text.json', '{}\ufeff'), RESULTS), /unexpected byte 0xEF/);
    });

    it('keeps a selected path that is not an array in the skeleton', async () => {
      const file = writeTemp('results-number.sarif', '{"runs":[{"results":5},{"results":null},{}]}');
      const events = await collect(file, RESULTS);
      expect(events).toHaveLength(1);
      expect((events[0] as EndEvent).skeleton).toEqual({ runs: [{ results: 5 }, { results: null }, {}] });
    });

    it('matches object keys with * and escapes pointers', async () => {
      const file = writeTemp('keys.json', '{"runs":{"r0":{"results":[true]}},"a/b":{"c~d":[1,[2]]}}');
      const events = (await collect(file, [
        ['runs', '*', 'results'],
        ['a/b', 'c~d'],
      ])) as ElementEvent[];
      expect(events.slice(0, -1).map((e) => [e.pointer, e.path, e.value])).toEqual([
        ['/runs/r0/results/0', ['runs', 'r0', 'results', 0], true],
        ['/a~1b/c~0d/0', ['a/b', 'c~d', 0], 1],
        ['/a~1b/c~0d/1', ['a/b', 'c~d', 1], [2]],
      ]);
    });

    it('streams scalar, string and nested elements of the root array', async () => {
      const text = ' [ 1 , -2.5e3,"a\\"]" , true,null ,{"b":[]} ,[[]] ] ';
      const events = (await collect(writeTemp('root.json', text), [[]])) as ElementEvent[];
      expect(events.slice(0, -1).map((e) => [e.pointer, e.value, e.byteOffset])).toEqual([
        ['/0', 1, text.indexOf('1')],
        ['/1', -2500, text.indexOf('-2.5e3')],
        ['/2', 'a"]', text.indexOf('"a')],
        ['/3', true, text.indexOf('true')],
        ['/4', null, text.indexOf('null')],
        ['/5', { b: [] }, text.indexOf('{')],
        ['/6', [[]], text.indexOf('[[')],
      ]);
      expect((events[7] as unknown as EndEvent).skeleton).toEqual([]);
    });
  });

  describe('scripts/gen-sarif.mjs', () => {
    const generate = (out: string, ...args: string[]): void => {
      const run = spawnSync(process.execPath, ['scripts/gen-sarif.mjs', '--out', out, ...args], {
        cwd: repo,
        encoding: 'utf8',
      });
      expect(run.status, run.stderr).toBe(0);
    };

    it('writes the same bytes for the same seed and size, other bytes for another seed', () => {
      generate(join(tmp, 'a.sarif'), '--size', '1MB', '--seed', '3', '--runs', '2');
      generate(join(tmp, 'b.sarif'), '--size', '1MB', '--seed', '3', '--runs', '2');
      generate(join(tmp, 'c.sarif'), '--size', '1MB', '--seed', '4', '--runs', '2');
      const a = readFileSync(join(tmp, 'a.sarif'));
      expect(a.equals(readFileSync(join(tmp, 'b.sarif')))).toBe(true);
      expect(a.equals(readFileSync(join(tmp, 'c.sarif')))).toBe(false);
      expect(Math.abs(a.length - 1e6)).toBeLessThan(20000);
    });

    it('writes CodeQL-shaped SARIF that streams to what JSON.parse gives', async () => {
      const file = join(tmp, 'gen.sarif');
      generate(file, '--size', '3MB', '--seed', '1');
      const expected = JSON.parse(readFileSync(file, 'utf8')) as {
        runs: {
          tool: {
            driver: {
              name: string;
              rules: { id: string; properties: Record<string, string>; defaultConfiguration: { level: string } }[];
            };
          };
          results: {
            ruleId: string;
            ruleIndex: number;
            message: { text: string };
            codeFlows?: unknown[];
            partialFingerprints: { primaryLocationLineHash: string };
            locations: { physicalLocation: { region: { startLine: number; snippet: { text: string } } } }[];
          }[];
        }[];
      };
      const run = expected.runs[0] as (typeof expected.runs)[number];
      expect(run.tool.driver.name).toBe('CodeQL');
      expect(run.tool.driver.rules).toHaveLength(300);
      const bands = new Set(
        run.tool.driver.rules.map((r) => {
          const s = r.properties['security-severity'];
          if (s === undefined) return r.defaultConfiguration.level === 'none' ? 'none' : 'unscored';
          const n = Number(s);
          return n >= 9 ? 'critical' : n >= 7 ? 'high' : n >= 4 ? 'medium' : n >= 0.1 ? 'low' : 'below 0.1';
        }),
      );
      // Every band, and informational rules of level none (no score below 0.1, which falls back to the level).
      expect([...bands].sort()).toEqual(['critical', 'high', 'low', 'medium', 'none', 'unscored']);
      const flows = run.results.filter((r) => r.codeFlows !== undefined).length / run.results.length;
      expect(flows).toBeGreaterThan(0.07);
      expect(flows).toBeLessThan(0.13);
      for (const result of run.results.slice(0, 50)) {
        expect(result.ruleId).toBe(run.tool.driver.rules[result.ruleIndex]?.id);
        expect(result.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]{16}:\d$/);
        expect(result.locations[0]?.physicalLocation.region.startLine).toBeGreaterThan(0);
        expect(typeof result.locations[0]?.physicalLocation.region.snippet.text).toBe('string');
        expect(result.message.text.length).toBeGreaterThan(0);
      }
      for (const useWorker of [false, true]) {
        const events = await collect(file, RESULTS, { useWorker, chunkSize: 65536 });
        expect(events.length - 1).toBe(run.results.length);
        expect(isDeepStrictEqual(reassemble(events), expected)).toBe(true);
      }
    });
  });

  describe('array prefixes', () => {
    const text =
      '{"version":"2.1.0", "runs":[{"tool":{"driver":{"name":"x"}}, "results":[{"a":1},{"a":2}], "artifacts":[]},\n {"tool":{"driver":{"name":"y"}},"results":[{"a":3}]}]}';

    it('closes the skeleton so far, once per array: members after the array are not in it, earlier runs are whole', async () => {
      const file = writeTemp('prefix.sarif', text);
      const first = '{"version":"2.1.0", "runs":[{"tool":{"driver":{"name":"x"}}, "results":[]}]}';
      const second =
        '{"version":"2.1.0", "runs":[{"tool":{"driver":{"name":"x"}}, "results":[], "artifacts":[]},\n {"tool":{"driver":{"name":"y"}},"results":[]}]}';
      for (const useWorker of [false, true])
        for (const chunkSize of [1, 7, 4096]) {
          const events = (await collect(file, RESULTS, { useWorker, chunkSize })).slice(0, -1) as ElementEvent[];
          expect(events.map((e) => e.prefix)).toEqual([first, undefined, second]);
        }
    });

    it('closes a root array and nested objects', async () => {
      const events = await collect(writeTemp('root.json', '[1, {"b":[2]}]'), [[]]);
      expect((events.slice(0, -1) as ElementEvent[]).map((e) => e.prefix)).toEqual(['[]', undefined]);
      const nested = await collect(writeTemp('nested.json', '{"a":{"b":{"c":[true]}}}'), [['a', 'b', 'c']]);
      expect((nested[0] as ElementEvent).prefix).toBe('{"a":{"b":{"c":[]}}}');
    });

    it('gives none when the skeleton before the array is larger than 8 MiB', async () => {
      const big = 'y'.repeat(8 * 1024 * 1024);
      const file = writeTemp('big-prefix.sarif', `{"pad":"${big}","runs":[{"results":[1]}]}`);
      for (const useWorker of [false, true]) {
        const events = await collect(file, RESULTS, { useWorker });
        expect((events[0] as ElementEvent).prefix).toBeUndefined();
        expect((events[0] as ElementEvent).value).toBe(1);
      }
      const small = writeTemp('small-prefix.sarif', `{"pad":"${big.slice(0, 1000)}","runs":[{"results":[1]}]}`);
      expect(((await collect(small, RESULTS))[0] as ElementEvent).prefix).toBe(
        `{"pad":"${big.slice(0, 1000)}","runs":[{"results":[]}]}`,
      );
    });
  });

  describe('an omitted member (SARIF codeFlows)', () => {
    const OMIT = { key: 'codeFlows', itemsRequire: 'threadFlows' };
    const flow = '{"threadFlows":[{"locations":[{"location":{"message":{"text":"step"}}}]}]}';
    const result = (codeFlows: string, extra = '') =>
      `{"ruleId":"r","message":{"text":"m"},"codeFlows":${codeFlows}${extra},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"a.js"}}}]}`;
    const log = (...results: string[]) =>
      `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"t"}},"results":[${results.join(',')}]}]}`;

    async function withOmit(text: string, options: StreamOptions = {}) {
      const events: StreamEvent[] = [];
      try {
        for await (const event of streamJson(
          text === '' ? '' : writeTemp('omit.json', text),
          'input.json',
          { paths: RESULTS, omit: OMIT },
          { useWorker: false, ...options },
        ))
          events.push(event);
      } catch (error) {
        return { error: (error as Error).name, message: (error as Error).message };
      }
      return events;
    }
    const values = (events: unknown) =>
      (events as ElementEvent[]).filter((e) => e.kind === 'element').map((e) => e.value);

    it('parses each element with a plain, well-formed codeFlows value replaced by []; everything else as JSON.parse gives it', async () => {
      const text = log(
        result(`[${flow},${flow}]`),
        result('[]'),
        `{"message":{"text":"no flows"}}`,
        result(`[${flow}]`, ',"extra":{"codeFlows":[1]}'),
      );
      const expected = (JSON.parse(text) as { runs: { results: Record<string, unknown>[] }[] }).runs[0]?.results.map(
        (r) => ('codeFlows' in r ? { ...r, codeFlows: [] } : r),
      );
      for (const useWorker of [false, true]) expect(values(await withOmit(text, { useWorker }))).toEqual(expected);
    });

    it('parses the whole element when the value is not plainly a list of flows, so checks and errors are those of a full parse', async () => {
      const cases = [
        result('{"threadFlows":[]}'), // not an array
        result('[{"locations":[]}]'), // a flow without threadFlows
        result('[1]'), // not an object
        result(`[${flow}]`).replace('"codeFlows"', '"code\\u0046lows"'), // the key escaped
        result(' \n [ ' + flow + ' ] '), // whitespace around the value is fine: cut
      ];
      for (const element of cases) {
        const text = log(element);
        const whole = (JSON.parse(text) as { runs: { results: unknown[] }[] }).runs[0]?.results;
        const got = values(await withOmit(text)) as Record<string, unknown>[];
        if (element.includes(' \n [ ')) expect(got).toEqual([{ ...(whole?.[0] as object), codeFlows: [] }]);
        else expect(got).toEqual(whole);
      }
    });

    it('gives the same error as without the omission for bad JSON and __proto__ keys inside codeFlows', async () => {
      for (const bad of [
        '[{"threadFlows":[1,]}]',
        '[{"threadFlows":[], "__proto__": 1}]',
        '[{"threadFlows":[],"\\u005f_proto__":1}]',
        '[{"threadFlows":[tru]}]',
      ]) {
        const text = log(result('[]'), result(bad));
        const omitted = await withOmit(text);
        const plain = await outcome(writeTemp('plain.json', text), RESULTS);
        expect(omitted).toHaveProperty('error', 'InputError');
        expect(omitted).toEqual(plain);
      }
    });

    it('keeps the last of two codeFlows keys, as JSON.parse does, and cuts nothing across chunk boundaries', async () => {
      const twice = log(result(`[${flow}]`, `,"codeFlows":[${flow},${flow}]`));
      // Only the first is cut; the last, parsed whole, wins as in JSON.parse.
      expect(values(await withOmit(twice))).toEqual(JSON.parse(twice).runs[0].results);
      const text = log(result(`[${flow},${flow}]`), result(`[${flow}]`));
      const whole = (JSON.parse(text) as { runs: { results: Record<string, unknown>[] }[] }).runs[0]?.results;
      // With 7-byte chunks every element spans chunks: nothing is cut, every value is whole.
      expect(values(await withOmit(text, { chunkSize: 7 }))).toEqual(whole);
    });
  });
});
