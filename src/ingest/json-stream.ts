/**
 * Streaming JSON splitter (DESIGN 8): reads a JSON document in chunks, hashes every byte, and
 * yields the elements of selected arrays (e.g. SARIF `runs[*].results`) one by one, each parsed
 * with `JSON.parse` on its own bytes. Everything outside the selected arrays (the skeleton) is
 * validated byte by byte and parsed at the end. Memory stays bounded by the chunk size, the
 * largest element and the skeleton, so files past V8's 512 MiB string limit can be read.
 *
 * The document must be valid JSON exactly as `JSON.parse` judges it, plus: strict UTF-8, a depth
 * cap, no key twice in an object that holds or leads to a selected array, and no `__proto__` key
 * anywhere. Elsewhere the last of two keys counts, as in `JSON.parse`.
 *
 * For a large file the byte work (reading, sha256, UTF-8 check, scanning) runs in a worker thread
 * while the main thread decodes and parses the elements, so the two overlap. The scanner is one
 * self-contained function (`defineScanner`) so that the same code runs in both threads: the
 * worker gets it as source text, which also survives bundling into one file.
 */
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { constants, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { InputError } from '../errors.js';
import { findProtoKey, mayHoldProtoKey } from './proto-key.js';

/** Which arrays to split. */
export interface StreamSelection {
  /**
   * Path patterns of arrays whose ELEMENTS are yielded one by one, e.g. `[['runs', '*', 'results']]`.
   * A token matches an object key or an array index (as a decimal string); `'*'` matches any.
   * `[]` (the empty pattern) selects the root array. An array inside a selected element is not
   * split again. A selected path that holds something other than an array stays in the skeleton.
   */
  paths: string[][];
  /**
   * A member of each element that the consumer does not need, e.g. SARIF's `codeFlows` (about a third
   * of a CodeQL log): when an element is an object whose `key` holds an array of objects that each
   * have an array `itemsRequire`, the splitter checks that value (valid JSON, that shape, no
   * `__proto__` key) in the scanning thread, and the element is parsed with the value replaced by
   * `[]`. When the check fails, or the element is not laid out plainly (the key escaped, the element
   * across two chunks), the element is parsed whole, so errors stay exactly those of a full parse.
   */
  omit?: { key: string; itemsRequire: string };
}

/** What the splitter yields: the selected elements in document order, then one `end`. */
export type StreamEvent =
  | {
      kind: 'element';
      /** Keys and indices from the root to the element. */
      path: (string | number)[];
      /** RFC 6901 JSON pointer of the element, e.g. `/runs/0/results/17`. */
      pointer: string;
      /** `JSON.parse` of the element's bytes. */
      value: unknown;
      /** Offset of the element's first byte in the input (a BOM counts). */
      byteOffset: number;
      /**
       * The document as far as the scan had read when the element's array opened, outside the
       * selected arrays, with every open container closed: valid JSON holding the members that come
       * before the array (SARIF's `tool` before `results`). Given with the first element of each
       * array only (so that no prefix outlives its use), and not when the skeleton so far was larger
       * than the prefix cap. The `end` skeleton stays the authority: a member may still come after
       * the array.
       */
      prefix?: string;
    }
  | {
      kind: 'end';
      /** The whole document with each selected array replaced by an empty array. */
      skeleton: unknown;
      /** sha256 (hex) of every byte read. */
      sha256: string;
      /** Number of bytes read. */
      bytes: number;
    };

/** Limits and tuning of one stream. */
export interface StreamOptions {
  /** Largest element accepted, in bytes; a larger one is an InputError. Default 64 MiB. */
  maxElementBytes?: number;
  /** Largest skeleton (everything outside the selected arrays) accepted, in bytes. Default 256 MiB. */
  maxSkeletonBytes?: number;
  /** Deepest nesting of arrays and objects accepted. Default 512. */
  maxDepth?: number;
  /** Bytes read (or taken from the source) at once. Default 1 MiB; the worker starts at 32 KiB and doubles. */
  chunkSize?: number;
  /** Called after each chunk with the bytes read and the elements yielded so far. */
  onProgress?: (bytesRead: number, elements: number) => void;
  /**
   * Scan a file in a worker thread: `true` always, `false` never; by default when the file is
   * at least 16 MiB. Byte sources (not a path) are always scanned in the calling thread.
   */
  useWorker?: boolean;
}

export const DEFAULT_MAX_ELEMENT_BYTES = 64 * 1024 * 1024;
export const DEFAULT_MAX_SKELETON_BYTES = 256 * 1024 * 1024;
export const DEFAULT_MAX_DEPTH = 512;
export const DEFAULT_CHUNK_SIZE = 1024 * 1024;
/** Below this size a worker costs more to start than it saves. */
const WORKER_MIN_BYTES = 16 * 1024 * 1024;
/** Chunks the worker may run ahead of the consumer. */
const WORKER_WINDOW = 4;

/**
 * Streams a JSON document from a file path or a byte source and yields the elements of the
 * selected arrays, then the skeleton with the hash. Any problem is an InputError naming
 * `displayName`, the line and the byte offset (and the pointer where one is known); it is thrown
 * after every element that precedes the problem in the document has been yielded.
 *
 * A plain function that returns the event stream: the worker path is a hand-written iterator,
 * and delegating with `yield*` would add a generator step to every element.
 */
export function streamJson(
  source: AsyncIterable<Uint8Array> | string,
  displayName: string,
  selection: StreamSelection,
  options: StreamOptions = {},
): AsyncGenerator<StreamEvent> {
  const job: Job = {
    name: displayName,
    paths: selection.paths.map((p) => [...p]),
    ...(selection.omit ? { omit: { ...selection.omit } } : {}),
    limits: {
      maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
      maxElementBytes: options.maxElementBytes ?? DEFAULT_MAX_ELEMENT_BYTES,
      maxSkeletonBytes: options.maxSkeletonBytes ?? DEFAULT_MAX_SKELETON_BYTES,
    },
    chunkSize: options.chunkSize ?? DEFAULT_CHUNK_SIZE,
  };
  if (!Number.isInteger(job.chunkSize) || job.chunkSize < 1)
    throw new RangeError(`chunkSize must be a positive integer, not ${job.chunkSize}.`);
  return typeof source === 'string' && shouldUseWorker(source, options.useWorker)
    ? streamInWorker(source, job, options.onProgress)
    : streamInProcess(source, job, options.onProgress);
}

function shouldUseWorker(path: string, useWorker: boolean | undefined): boolean {
  if (useWorker !== undefined) return useWorker;
  try {
    return statSync(path).size >= WORKER_MIN_BYTES;
  } catch {
    // The in-process reader reports the problem with the file.
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Both threads: the main thread turns element records into events.

interface Limits {
  maxDepth: number;
  maxElementBytes: number;
  maxSkeletonBytes: number;
}

/** What a scan needs to know, in either thread. */
interface Job {
  name: string;
  paths: string[][];
  omit?: { key: string; itemsRequire: string };
  limits: Limits;
  chunkSize: number;
}

/** A selected array, as element records refer to it. */
interface ArrayInfo {
  id: number;
  /** JSON pointer of the array. */
  pointer: string;
  /** Path of the array. */
  path: (string | number)[];
  /** Nesting depth of the array (the root container is depth 1). */
  depth: number;
  /** The closed skeleton so far when the array opened (see the element event's `prefix`). */
  prefix?: string;
}

/** Node's Buffer method behind `toString('utf8', start, end)`, without the argument checks. */
interface Utf8Sliceable {
  utf8Slice(start: number, end: number): string;
}

/** A selected element found by the scan; its bytes are decoded and parsed when it is yielded. */
interface ElementRecord {
  bytes: Buffer;
  start: number;
  end: number;
  /** `bytes[cutStart, cutEnd)` is the omitted member's value, checked already; -1 when none. */
  cutStart: number;
  cutEnd: number;
  offset: number;
  line: number;
  index: number;
  array: ArrayInfo;
}

const scanner = defineScanner({ isUtf8 });

function parseElement(name: string, limits: Limits, record: ElementRecord): StreamEvent {
  const { array, index } = record;
  const pointer = `${array.pointer}/${index}`;
  // utf8Slice skips toString's argument handling; the bytes were checked as UTF-8 already.
  const bytes = record.bytes as unknown as Utf8Sliceable;
  const text =
    record.cutStart < 0
      ? bytes.utf8Slice(record.start, record.end)
      : `${bytes.utf8Slice(record.start, record.cutStart)}[]${bytes.utf8Slice(record.cutEnd, record.end)}`;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw explainElementError(name, limits, record, pointer, error as Error);
  }
  if (mayHoldProtoKey(text)) {
    const found = findProtoKey(value, pointer);
    if (found !== undefined)
      throw new InputError(`${name}: ${scanner.shown(found)}: the key '__proto__' is refused in input files.`);
  }
  const event: StreamEvent = {
    kind: 'element',
    path: [...array.path, index],
    pointer,
    value,
    byteOffset: record.offset,
  };
  if (array.prefix !== undefined) {
    event.prefix = array.prefix;
    array.prefix = undefined;
  }
  return event;
}

/** Locates the first syntax error of an element that `JSON.parse` refused, with the strict tokenizer. */
function explainElementError(
  name: string,
  limits: Limits,
  record: ElementRecord,
  pointer: string,
  error: Error,
): InputError {
  const origin = { base: record.offset, line: record.line, pointer, depth: record.array.depth };
  const bytes = record.bytes.subarray(record.start, record.end);
  const problem = scanner.firstProblem(name, limits, origin, bytes, record.offset + bytes.length);
  return new InputError(
    problem ??
      `${name}: ${scanner.shown(pointer)}: line ${record.line} (byte ${record.offset}): invalid JSON: ${scanner.shown(error.message)} (expected a JSON value).`,
  );
}

/**
 * Where and why `text` is not one JSON text, found by the strict tokenizer: the UTF-8 byte offset of
 * the first wrong byte (or of the end, when the text ends early) and what was wrong there, e.g.
 * `invalid JSON: unexpected '}' (expected a JSON value)`. `JSON.parse` gives no position for an
 * unexpected token, so the whole-document readers ask here. Undefined when the text is valid JSON.
 */
export function explainJsonText(text: string): { offset: number; detail: string } | undefined {
  const bytes = Buffer.from(text, 'utf8');
  // Caps that nothing reaches: the question is only where the syntax goes wrong.
  const unbounded = bytes.length + 1;
  const limits = { maxDepth: Number.MAX_SAFE_INTEGER, maxElementBytes: unbounded, maxSkeletonBytes: unbounded };
  const message = scanner.firstProblem(EXPLAIN_NAME, limits, undefined, bytes, bytes.length);
  // Without an origin, every message of the tokenizer starts `<name>: line L (byte B): `.
  const match = message === undefined ? null : /^json: line \d+ \(byte (\d+)\): (.*?)\.?$/s.exec(message);
  return match ? { offset: Number(match[1]), detail: match[2] as string } : undefined;
}
const EXPLAIN_NAME = 'json';

/**
 * For a document read whole (and known to parse): the two checks of the streaming reader that
 * `JSON.parse` does not make, with the same messages, so that a report is not accepted below the
 * streaming threshold and refused above it: nesting no deeper than the cap, and no key twice in an
 * object that holds or leads to a selected array (see the splitter's `leadsToSelection`). One pass
 * that follows only strings and brackets; keys are read only in the objects on the way to a
 * selected array. Throws an InputError.
 */
export function checkStreamedShape(bytes: Uint8Array, name: string, selection: StreamSelection): void {
  const patterns = selection.paths;
  const longest = patterns.reduce((max, p) => Math.max(max, p.length), 0);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  // Containers down to the longest pattern, outside selected arrays; deeper ones are only counted.
  const frames: { isObject: boolean; keys: Set<string> | undefined; key: string | number; expectKey: boolean }[] = [];
  let depth = 0;
  let skimFrom = Number.POSITIVE_INFINITY;
  const where = (offset: number): string => {
    let line = 1;
    for (let k = buffer.indexOf(0x0a); k !== -1 && k < offset; k = buffer.indexOf(0x0a, k + 1)) line += 1;
    return `line ${line} (byte ${offset})`;
  };
  const pathMatches = (pattern: string[], length: number): boolean => {
    for (let k = 0; k < length; k++)
      if (pattern[k] !== '*' && pattern[k] !== String((frames[k] as (typeof frames)[number]).key)) return false;
    return true;
  };
  const n = bytes.length;
  let i = n >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < n) {
    const c = bytes[i] as number;
    if (c === 0x22) {
      const start = i;
      // Most of a report's bytes are inside strings: the closing quote is found with indexOf (memchr),
      // not byte by byte. A quote after an odd run of backslashes is escaped and does not close it.
      let close = buffer.indexOf(0x22, start + 1);
      while (close !== -1) {
        let k = close - 1;
        while (bytes[k] === 0x5c) k -= 1;
        if ((close - 1 - k) % 2 === 0) break;
        close = buffer.indexOf(0x22, close + 1);
      }
      i = close === -1 ? n : close + 1;
      const top = depth < skimFrom ? frames[depth - 1] : undefined;
      if (top === undefined || !top.isObject || !top.expectKey) continue;
      let escaped = false;
      for (let k = start + 1; k < i - 1 && !escaped; k++) escaped = bytes[k] === 0x5c;
      const key = escaped
        ? (JSON.parse(buffer.toString('utf8', start, i)) as string)
        : buffer.toString('utf8', start + 1, i - 1);
      top.expectKey = false;
      top.key = key;
      if (top.keys === undefined) continue;
      if (top.keys.has(key)) {
        let parent = '';
        for (let k = 0; k < depth - 1; k++)
          parent += `/${scanner.escapePointer(String((frames[k] as (typeof frames)[number]).key))}`;
        throw new InputError(
          `${name}: ${scanner.shown(`${parent}/${scanner.escapePointer(key)}`)}: ${where(start)}: the key '${scanner.shown(key)}' appears twice in ${scanner.shown(parent) || 'the root object'} (expected each key at most once).`,
        );
      }
      top.keys.add(key);
    } else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      if (depth > DEFAULT_MAX_DEPTH)
        throw new InputError(
          `${name}: ${where(i)}: the JSON nests deeper than ${DEFAULT_MAX_DEPTH} levels (expected at most ${DEFAULT_MAX_DEPTH}).`,
        );
      if (depth <= longest + 1 && depth < skimFrom) {
        const at = depth - 1;
        const isObject = c === 0x7b;
        const selected = !isObject && patterns.some((p) => p.length === at && pathMatches(p, at));
        const leads = isObject && patterns.some((p) => p.length > at && pathMatches(p, at));
        frames[at] = { isObject, keys: leads ? new Set() : undefined, key: isObject ? '' : 0, expectKey: isObject };
        if (selected) skimFrom = depth + 1;
      }
      i++;
    } else if (c === 0x7d || c === 0x5d) {
      if (depth + 1 === skimFrom) skimFrom = Number.POSITIVE_INFINITY;
      depth -= 1;
      i++;
    } else if (c === 0x2c) {
      const top = depth < skimFrom ? frames[depth - 1] : undefined;
      if (top !== undefined && depth <= longest + 1) {
        if (top.isObject) top.expectKey = true;
        else top.key = (top.key as number) + 1;
      }
      i++;
    } else i++;
  }
}

function parseSkeleton(name: string, bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    // The tokenizer accepts exactly what JSON.parse accepts, so this is a bug, not bad input.
    throw new Error(`json-stream: the validated skeleton of ${name} did not parse: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// In the calling thread

async function* streamInProcess(
  source: AsyncIterable<Uint8Array> | string,
  job: Job,
  onProgress: StreamOptions['onProgress'],
): AsyncGenerator<StreamEvent> {
  const splitter = new scanner.JsonSplitter(job.name, job.paths, job.limits, undefined, job.omit);
  const utf8 = new scanner.Utf8Checker();
  const hash = createHash('sha256');
  const chunks =
    typeof source === 'string' ? readFileChunks(source, job.name, job.chunkSize) : splitChunks(source, job.chunkSize);
  let bytes = 0;
  let elements = 0;
  for await (const chunk of chunks) {
    hash.update(chunk);
    bytes += chunk.length;
    scanner.feed(splitter, utf8, chunk);
    const queue = splitter.queue;
    for (let k = 0; k < queue.length; k++) {
      yield parseElement(job.name, job.limits, queue[k] as ElementRecord);
      elements += 1;
    }
    queue.length = 0;
    if (splitter.failure !== undefined) throw new InputError(splitter.failure);
    onProgress?.(bytes, elements);
  }
  const outcome = scanner.finishScan(splitter, utf8, bytes);
  if ('failure' in outcome) throw new InputError(outcome.failure);
  const skeleton = outcome.skeleton;
  yield { kind: 'end', skeleton: parseSkeleton(job.name, skeleton), sha256: hash.digest('hex'), bytes };
}

async function* readFileChunks(path: string, name: string, chunkSize: number): AsyncGenerator<Buffer> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    throw new InputError(scanner.openErrorMessage(name, path, error as NodeJS.ErrnoException));
  }
  let pending: Promise<{ bytesRead: number }> | undefined;
  try {
    if (!(await handle.stat()).isFile()) throw new InputError(`${name}: the input is not a regular file.`);
    // Two buffers: the next read runs while the current chunk is scanned and its elements yielded.
    const buffers = [Buffer.allocUnsafe(chunkSize), Buffer.allocUnsafe(chunkSize)];
    let current = 0;
    pending = handle.read(buffers[0] as Buffer, 0, chunkSize, null);
    for (;;) {
      const { bytesRead } = await pending;
      pending = undefined;
      if (bytesRead === 0) return;
      const chunk = (buffers[current] as Buffer).subarray(0, bytesRead);
      current ^= 1;
      pending = handle.read(buffers[current] as Buffer, 0, chunkSize, null);
      yield chunk;
    }
  } finally {
    await pending?.catch(() => undefined);
    await handle.close();
  }
}

async function* splitChunks(source: AsyncIterable<Uint8Array>, chunkSize: number): AsyncGenerator<Buffer> {
  for await (const piece of source) {
    const bytes = Buffer.isBuffer(piece) ? piece : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    for (let start = 0; start < bytes.length; start += chunkSize) yield bytes.subarray(start, start + chunkSize);
  }
}

// ---------------------------------------------------------------------------------------------
// In a worker thread

/** Messages from the worker. */
type WorkerMessage =
  | {
      t: 'chunk';
      chunk: ArrayBuffer | undefined;
      length: number;
      recs: ArrayBuffer;
      big: ArrayBuffer[];
      arrays: ArrayInfo[];
      bytes: number;
    }
  | { t: 'fail'; message: string }
  | { t: 'end'; skeleton: ArrayBuffer; sha256: string; bytes: number };
type Delivery = WorkerMessage | { t: 'crash'; error: Error } | { t: 'exit'; code: number };

/** Numbers per element record sent by the worker: start, end, offset, line, index, array id. */
const RECORD_FIELDS = 8;

let workerSource: string | undefined;

function streamInWorker(path: string, job: Job, onProgress: StreamOptions['onProgress']): AsyncGenerator<StreamEvent> {
  workerSource ??= [
    "'use strict';",
    'const scanner = (' + defineScanner.toString() + ")({ isUtf8: require('node:buffer').isUtf8 });",
    '(' +
      runScannerWorker.toString() +
      ")(scanner, require('node:worker_threads'), require('node:fs'), require('node:crypto'));",
  ].join('\n');
  try {
    return new WorkerEventStream(workerSource, path, job, onProgress);
  } catch {
    // No worker threads here (e.g. Node's permission model without --allow-worker): same scan, one thread.
    return streamInProcess(path, job, onProgress);
  }
}

/**
 * The events of a scan in a worker thread. A hand-written async iterator rather than an async
 * generator: when an event is ready it answers `next()` with one resolved promise, which costs
 * about half of a generator step (measurable at hundreds of thousands of elements).
 */
class WorkerEventStream implements AsyncGenerator<StreamEvent, undefined> {
  private readonly worker: Worker;
  /** [chunks consumed, cancelled]: the worker waits on the first, stops when the second is set. */
  private readonly control: Int32Array;
  private readonly inbox: Delivery[] = [];
  private arrival: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private readonly arrays = new Map<number, ArrayInfo>();
  private chunk: Buffer | undefined;
  private recs: Float64Array | undefined;
  private big: ArrayBuffer[] = [];
  private nextRecord = 0;
  private chunkBytes = 0;
  private elements = 0;
  /** No more events: the end was given, or the stream failed or was stopped. */
  private closed = false;
  /** The worker sent its end and stops by itself. */
  private finished = false;

  constructor(
    source: string,
    path: string,
    private readonly job: Job,
    private readonly onProgress: StreamOptions['onProgress'],
  ) {
    const shared = new SharedArrayBuffer(8);
    this.control = new Int32Array(shared);
    // No inherited flags: `--input-type=module` or a test runner's loader would break or slow the worker.
    this.worker = new Worker(source, {
      eval: true,
      execArgv: [],
      workerData: { path, job, control: shared, window: WORKER_WINDOW },
    });
    this.worker.on('message', (message: WorkerMessage) => this.deliver(message));
    this.worker.on('error', (error: Error) => this.deliver({ t: 'crash', error }));
    this.worker.on('exit', (code: number) => this.deliver({ t: 'exit', code }));
    // The worker keeps the process alive only while the consumer waits for it.
    this.worker.unref();
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  next(): Promise<IteratorResult<StreamEvent, undefined>> {
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    let event: StreamEvent | undefined;
    try {
      event = this.take();
    } catch (error) {
      this.stop();
      return Promise.reject(error as Error);
    }
    return event === undefined ? this.waitThenNext() : Promise.resolve({ value: event, done: false });
  }

  return(): Promise<IteratorResult<StreamEvent, undefined>> {
    this.stop();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<StreamEvent, undefined>> {
    this.stop();
    return Promise.reject(error as Error);
  }

  private deliver(message: Delivery): void {
    this.inbox.push(message);
    const wake = this.wake;
    this.wake = undefined;
    this.arrival = undefined;
    wake?.();
  }

  private async waitThenNext(): Promise<IteratorResult<StreamEvent, undefined>> {
    this.arrival ??= new Promise<void>((resolve) => (this.wake = resolve));
    this.worker.ref();
    await this.arrival;
    this.worker.unref();
    return this.next();
  }

  /** The next event if one is ready; undefined when the worker must be waited for. */
  private take(): StreamEvent | undefined {
    for (;;) {
      const recs = this.recs;
      if (recs !== undefined) {
        const k = this.nextRecord;
        if (k < recs.length) {
          this.nextRecord = k + RECORD_FIELDS;
          const start = recs[k] as number;
          const record: ElementRecord = {
            bytes: start < 0 ? Buffer.from(this.big[-start - 1] as ArrayBuffer) : (this.chunk as Buffer),
            start: start < 0 ? 0 : start,
            end: recs[k + 1] as number,
            offset: recs[k + 2] as number,
            line: recs[k + 3] as number,
            index: recs[k + 4] as number,
            array: this.arrays.get(recs[k + 5] as number) as ArrayInfo,
            cutStart: recs[k + 6] as number,
            cutEnd: recs[k + 7] as number,
          };
          const event = parseElement(this.job.name, this.job.limits, record);
          this.elements += 1;
          return event;
        }
        this.recs = undefined;
        // The chunk's bytes go back to the worker to be read into again: otherwise each 1 MiB chunk
        // lives until this thread's next major GC, tens of MiB of them in a large file.
        const used = this.chunk?.buffer as ArrayBuffer | undefined;
        this.chunk = undefined;
        if (used !== undefined && used.byteLength > 0) this.worker.postMessage(used, [used]);
        Atomics.add(this.control, 0, 1);
        Atomics.notify(this.control, 0);
        this.onProgress?.(this.chunkBytes, this.elements);
      }
      const message = this.inbox.shift();
      if (message === undefined) return undefined;
      if (message.t === 'chunk') {
        for (const info of message.arrays) this.arrays.set(info.id, info);
        this.chunk = message.chunk === undefined ? undefined : Buffer.from(message.chunk, 0, message.length);
        this.recs = new Float64Array(message.recs);
        this.big = message.big;
        this.nextRecord = 0;
        this.chunkBytes = message.bytes;
      } else if (message.t === 'fail') {
        throw new InputError(message.message);
      } else if (message.t === 'end') {
        this.finished = true;
        this.closed = true;
        const skeleton = parseSkeleton(this.job.name, Buffer.from(message.skeleton));
        return { kind: 'end', skeleton, sha256: message.sha256, bytes: message.bytes };
      } else if (message.t === 'crash') {
        throw message.error;
      } else {
        throw new Error(
          `json-stream: the scanner thread for ${this.job.name} stopped early (exit code ${message.code}).`,
        );
      }
    }
  }

  /** Stops for good; a worker still scanning is told to stop, so that it closes its file. */
  private stop(): void {
    if (this.closed && this.finished) return;
    this.closed = true;
    if (this.finished) return;
    this.finished = true;
    Atomics.store(this.control, 1, 1);
    // Changing the counter too wakes a worker that checked the flag just before it began to wait.
    Atomics.add(this.control, 0, 1);
    Atomics.notify(this.control, 0);
    this.worker.unref();
  }
}

/**
 * The worker's body. Runs from source text: it may use only its parameters and globals.
 * Reads, hashes, checks and scans the file; posts element records with the chunk bytes; waits
 * when it is `window` chunks ahead of the consumer.
 */
function runScannerWorker(
  scan: Scanner,
  threads: typeof import('node:worker_threads'),
  fs: typeof import('node:fs'),
  crypto: typeof import('node:crypto'),
): void {
  const port = threads.parentPort as import('node:worker_threads').MessagePort;
  const { path, job, control, window } = threads.workerData as {
    path: string;
    job: Job;
    control: SharedArrayBuffer;
    window: number;
  };
  const consumed = new Int32Array(control);
  const fail = (message: string): void => port.postMessage({ t: 'fail', message });
  let fd: number;
  try {
    fd = fs.openSync(path, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    fail(scan.openErrorMessage(job.name, path, error as NodeJS.ErrnoException));
    return;
  }
  try {
    if (!fs.fstatSync(fd).isFile()) {
      fail(`${job.name}: the input is not a regular file.`);
      return;
    }
    const splitter = new scan.JsonSplitter(job.name, job.paths, job.limits, undefined, job.omit);
    const utf8 = new scan.Utf8Checker();
    const hash = crypto.createHash('sha256');
    let bytes = 0;
    let sent = 0;
    let lastArray = -1;
    // Chunk buffers the consumer has finished with (it sends each back), and ours that were not sent.
    const pool: ArrayBuffer[] = [];
    const chunkBuffer = (size: number): Buffer => {
      for (let m = threads.receiveMessageOnPort(port); m !== undefined; m = threads.receiveMessageOnPort(port))
        if (m.message instanceof ArrayBuffer) pool.push(m.message);
      while (pool.length > 0) {
        const reused = pool.pop() as ArrayBuffer;
        if (reused.byteLength >= size) return Buffer.from(reused, 0, size);
      }
      return Buffer.allocUnsafeSlow(size);
    };
    for (;;) {
      // Small chunks first: the first elements reach the main thread while the scanner is still cold.
      const size = Math.min(job.chunkSize, 32768 * 2 ** Math.min(sent, 10));
      const chunk = chunkBuffer(size);
      const length = fs.readSync(fd, chunk, 0, size, null);
      if (length === 0) break;
      const view = chunk.subarray(0, length);
      hash.update(view);
      bytes += length;
      const ready = scan.feed(splitter, utf8, view);
      const queue = splitter.queue;
      // RECORD_FIELDS (8) numbers per element; the constant is outside this self-contained function.
      const recs = new Float64Array(queue.length * 8);
      const big: ArrayBuffer[] = [];
      const arrays: ArrayInfo[] = [];
      let usesChunk = false;
      for (let k = 0; k < queue.length; k++) {
        const record = queue[k] as ElementRecord;
        const { id, pointer, path: arrayPath, depth, prefix } = record.array;
        if (id > lastArray) {
          arrays.push(
            prefix === undefined
              ? { id, pointer, path: arrayPath, depth }
              : { id, pointer, path: arrayPath, depth, prefix },
          );
          // Sent once: the scanner need not keep it while the array is open.
          record.array.prefix = undefined;
          lastArray = id;
        }
        const r = k * 8;
        if (record.bytes === ready) {
          usesChunk = true;
          recs[r] = record.start;
          recs[r + 1] = record.end;
          recs[r + 6] = record.cutStart;
          recs[r + 7] = record.cutEnd;
        } else {
          const copy = new Uint8Array(record.end - record.start);
          copy.set(record.bytes.subarray(record.start, record.end));
          big.push(copy.buffer);
          recs[r] = -big.length;
          recs[r + 1] = copy.length;
          recs[r + 6] = record.cutStart < 0 ? -1 : record.cutStart - record.start;
          recs[r + 7] = record.cutStart < 0 ? -1 : record.cutEnd - record.start;
        }
        recs[r + 2] = record.offset;
        recs[r + 3] = record.line;
        recs[r + 4] = record.index;
        recs[r + 5] = id;
      }
      queue.length = 0;
      // Only a whole ArrayBuffer of our own can be transferred; bytes joined with a held-back
      // UTF-8 sequence live in a new buffer (maybe Node's shared pool), so they are copied.
      let transferable = chunk.buffer as ArrayBuffer;
      if (usesChunk && ready.buffer !== chunk.buffer) {
        const copy = new Uint8Array(ready.length);
        copy.set(ready);
        transferable = copy.buffer;
      }
      for (let seen = Atomics.load(consumed, 0); sent - seen >= window; seen = Atomics.load(consumed, 0)) {
        if (Atomics.load(consumed, 1) === 1) return;
        Atomics.wait(consumed, 0, seen);
      }
      if (Atomics.load(consumed, 1) === 1) return;
      const transfer = usesChunk ? [recs.buffer, transferable, ...big] : [recs.buffer, ...big];
      // A chunk that is not sent (no element in it, or its bytes were copied) is read into again.
      if (!usesChunk || transferable !== chunk.buffer) pool.push(chunk.buffer as ArrayBuffer);
      port.postMessage(
        {
          t: 'chunk',
          chunk: usesChunk ? transferable : undefined,
          length: ready.length,
          recs: recs.buffer,
          big,
          arrays,
          bytes,
        },
        transfer,
      );
      sent += 1;
      if (splitter.failure !== undefined) return fail(splitter.failure);
    }
    const outcome = scan.finishScan(splitter, utf8, bytes);
    if ('failure' in outcome) return fail(outcome.failure);
    const skeleton = outcome.skeleton;
    const copy = new Uint8Array(skeleton.length);
    copy.set(skeleton);
    port.postMessage({ t: 'end', skeleton: copy.buffer, sha256: hash.digest('hex'), bytes }, [copy.buffer]);
  } finally {
    fs.closeSync(fd);
  }
}

// ---------------------------------------------------------------------------------------------
// The scanner, shared by both threads. Self-contained: it may use only `deps` and globals.

type Scanner = ReturnType<typeof defineScanner>;

/** An open array or object outside the selected elements. */
interface Frame extends ArrayInfo {
  isObject: boolean;
  /** The elements of this array are yielded. */
  selected: boolean;
  /** Current key (object) or index (array) inside this container. */
  key: string | number;
  /** Keys seen so far, in objects that lead to a selected array (see leadsToSelection), to refuse duplicates. */
  keys: Set<string> | undefined;
}

/** Where a splitter starts when it checks a piece of a larger document (an element). */
interface Origin {
  base: number;
  line: number;
  pointer: string;
  depth: number;
}

function defineScanner(deps: { isUtf8: (bytes: Uint8Array) => boolean }) {
  const QUOTE = 0x22;
  const BACKSLASH = 0x5c;
  const OPEN_BRACE = 0x7b;
  const CLOSE_BRACE = 0x7d;
  const OPEN_BRACKET = 0x5b;
  const CLOSE_BRACKET = 0x5d;
  const COMMA = 0x2c;
  const COLON = 0x3a;
  const NEWLINE = 0x0a;
  const BOM = [0xef, 0xbb, 0xbf];

  // What the grammar expects next, outside tokens.
  const EXPECT_VALUE = 0;
  const EXPECT_VALUE_OR_END = 1;
  const EXPECT_KEY_OR_END = 2;
  const EXPECT_KEY = 3;
  const EXPECT_COLON = 4;
  const EXPECT_COMMA_OR_END = 5;
  const EXPECT_DONE = 6;
  // The token being read, when one spans bytes.
  const TOKEN_NONE = 0;
  const TOKEN_STRING = 1;
  const TOKEN_NUMBER = 2;
  const TOKEN_LITERAL = 3;
  // Number grammar states (RFC 8259 section 6).
  const NUM_MINUS = 1;
  const NUM_ZERO = 2;
  const NUM_INT = 3;
  const NUM_DOT = 4;
  const NUM_FRAC = 5;
  const NUM_EXP = 6;
  const NUM_EXP_SIGN = 7;
  const NUM_EXP_DIGITS = 8;
  // How the end of a selected element is found.
  const KIND_CONTAINER = 0;
  const KIND_STRING = 1;
  const KIND_SCALAR = 2;

  const WHITESPACE = new Uint8Array(256);
  WHITESPACE[0x20] = 1;
  WHITESPACE[0x09] = 1;
  WHITESPACE[0x0a] = 1;
  WHITESPACE[0x0d] = 1;
  // Array prefixes: none past this skeleton size, and at most this many bytes in all.
  const MAX_PREFIX_BYTES = 8 * 1024 * 1024;
  const MAX_PREFIX_TOTAL = 64 * 1024 * 1024;
  // Bytes that end a number or literal element: whitespace, ',', ']' and '}'.
  const SCALAR_END = WHITESPACE.slice();
  SCALAR_END[COMMA] = 1;
  SCALAR_END[CLOSE_BRACKET] = 1;
  SCALAR_END[CLOSE_BRACE] = 1;
  const ESCAPES = new Uint8Array(256);
  for (const c of '"\\/bfnrt') ESCAPES[c.charCodeAt(0)] = 1;
  const HEX = new Uint8Array(256);
  for (const c of '0123456789abcdefABCDEF') HEX[c.charCodeAt(0)] = 1;

  /** A problem with the input; the callers turn its message into an InputError. */
  class ScanError extends Error {}

  function escapePointer(token: string): string {
    return token.includes('~') || token.includes('/') ? token.replace(/~/g, '~0').replace(/\//g, '~1') : token;
  }

  /**
   * Characters that would break a message's line or hide in it besides C0 controls and DEL: C1 controls,
   * white space but the space (U+2028, U+2029, no-break spaces), format characters (bidi controls,
   * zero-width spaces and joiners) and the other ignorable ones, as `showReportText` (report-reader.ts)
   * escapes them; this function runs in the worker too, so it cannot import that one.
   */
  const HIDING = /^(?! )[\s\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]$/u;

  /** Untrusted text (a key, a pointer) as a message shows it: at most 200 characters, control and hiding characters escaped. */
  function shown(text: string): string {
    const clipped = text.length > 200 ? `${text.slice(0, 100)}…${text.slice(-100)}` : text;
    let safe = '';
    for (const ch of clipped) {
      const code = ch.codePointAt(0) as number;
      if (code < 0x20 || (code >= 0x7f && code < 0xa0)) safe += `\\u${code.toString(16).padStart(4, '0')}`;
      else if (HIDING.test(ch)) {
        const hex = code.toString(16).toUpperCase();
        safe += hex.length > 4 ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
      } else safe += ch;
    }
    return safe;
  }

  function describe(c: number): string {
    return c >= 0x21 && c < 0x7f
      ? `unexpected '${String.fromCharCode(c)}'`
      : `unexpected byte 0x${c.toString(16).padStart(2, '0').toUpperCase()}`;
  }

  /** Next number state for byte `c`: > 0 to go on, 0 when `c` ends the number, -1 when `c` is wrong. */
  function stepNumber(state: number, c: number): number {
    const digit = c >= 0x30 && c <= 0x39;
    const exponent = c === 0x65 || c === 0x45;
    switch (state) {
      case NUM_MINUS:
        return digit ? (c === 0x30 ? NUM_ZERO : NUM_INT) : -1;
      case NUM_ZERO:
        return digit ? -1 : c === 0x2e ? NUM_DOT : exponent ? NUM_EXP : 0;
      case NUM_INT:
        return digit ? NUM_INT : c === 0x2e ? NUM_DOT : exponent ? NUM_EXP : 0;
      case NUM_DOT:
        return digit ? NUM_FRAC : -1;
      case NUM_FRAC:
        return digit ? NUM_FRAC : exponent ? NUM_EXP : 0;
      case NUM_EXP:
        return digit ? NUM_EXP_DIGITS : c === 0x2b || c === 0x2d ? NUM_EXP_SIGN : -1;
      case NUM_EXP_SIGN:
        return digit ? NUM_EXP_DIGITS : -1;
      default:
        return digit ? NUM_EXP_DIGITS : 0;
    }
  }

  function isNumberComplete(state: number): boolean {
    return state === NUM_ZERO || state === NUM_INT || state === NUM_FRAC || state === NUM_EXP_DIGITS;
  }

  function numberExpectation(state: number): string {
    if (state === NUM_ZERO) return "'.', 'e' or the end of the number after a leading 0";
    return state === NUM_EXP ? "a digit or a sign after 'e'" : 'a digit';
  }

  /**
   * Push-based splitter. `push` scans a chunk: the skeleton with a validating byte tokenizer, the
   * selected elements with a fast bracket matcher (their validity is left to `JSON.parse`). Found
   * elements go to `queue`; the first problem goes to `failure`, after the elements before it.
   */
  class JsonSplitter {
    readonly name: string;
    readonly limits: Limits;
    /** Absolute offset of the first byte of the current chunk. */
    base: number;
    /** Elements found in the current chunk, in order. */
    readonly queue: ElementRecord[];
    /** Message of the first problem found. */
    failure: string | undefined;

    private readonly patterns: string[][];
    private readonly longestPattern: number;
    private readonly origin: Origin | undefined;
    private line: number;
    private bomIndex: number;
    private started: boolean;
    private expect: number;
    private token: number;
    private stringIsKey: boolean;
    private escape: number;
    private num: number;
    private literal: string;
    private literalIndex: number;
    private readonly frames: Frame[];
    private nextArrayId: number;
    private readonly rootPointer: string;
    private readonly rootDepth: number;
    private currentChunk: Buffer;

    private readonly skeletonParts: Buffer[];
    private skeletonBytes: number;
    /** Bytes given out as array prefixes so far. */
    private prefixBytes: number;
    private segmentStart: number;
    private keyStart: number;
    private keyOffset: number;
    private keyEscaped: boolean;
    private readonly keyParts: Buffer[];

    private inElement: boolean;
    private elementKind: number;
    private elementStart: number;
    private elementOffset: number;
    private elementLine: number;
    private readonly elementParts: Buffer[];
    private elementBytes: number;
    private elementDepth: number;
    private elementInString: boolean;
    private elementEscaped: boolean;
    /** The omitted member's key as written (with its quotes), and what its items must hold. */
    private readonly omitKey: Buffer | undefined;
    private readonly omitItems: string;
    /** Where the omitted member's value starts and ends in the current chunk; -1 when not found. */
    private cutStart: number;
    private cutEnd: number;

    // Fields are assigned here, not declared with initializers, so that no bundler helper is needed.
    constructor(
      name: string,
      patterns: string[][],
      limits: Limits,
      origin?: Origin,
      omit?: { key: string; itemsRequire: string },
    ) {
      this.name = name;
      this.limits = limits;
      this.patterns = patterns;
      this.longestPattern = patterns.reduce((max, p) => Math.max(max, p.length), -1);
      this.origin = origin;
      this.base = origin === undefined ? 0 : origin.base;
      this.line = origin === undefined ? 1 : origin.line;
      this.rootPointer = origin === undefined ? '' : origin.pointer;
      this.rootDepth = origin === undefined ? 0 : origin.depth;
      this.bomIndex = origin === undefined ? 0 : BOM.length;
      this.queue = [];
      this.failure = undefined;
      this.started = false;
      this.expect = EXPECT_VALUE;
      this.token = TOKEN_NONE;
      this.stringIsKey = false;
      this.escape = 0;
      this.num = 0;
      this.literal = '';
      this.literalIndex = 0;
      this.frames = [];
      this.nextArrayId = 0;
      this.currentChunk = Buffer.alloc(0);
      this.skeletonParts = [];
      this.skeletonBytes = 0;
      this.prefixBytes = 0;
      this.segmentStart = -1;
      this.keyStart = -1;
      this.keyOffset = 0;
      this.keyEscaped = false;
      this.keyParts = [];
      this.inElement = false;
      this.elementKind = KIND_CONTAINER;
      this.elementStart = 0;
      this.elementOffset = 0;
      this.elementLine = 0;
      this.elementParts = [];
      this.elementBytes = 0;
      this.elementDepth = 0;
      this.elementInString = false;
      this.elementEscaped = false;
      this.omitKey = omit === undefined ? undefined : Buffer.from(JSON.stringify(omit.key), 'utf8');
      this.omitItems = omit === undefined ? '' : omit.itemsRequire;
      this.cutStart = -1;
      this.cutEnd = -1;
    }

    /** The line the scan has reached. */
    get currentLine(): number {
      return this.line;
    }

    /** Scans `chunk[0, limit)`; `base` moves past the whole chunk. */
    push(chunk: Buffer, limit: number): void {
      if (this.failure !== undefined) return;
      try {
        this.currentChunk = chunk;
        let i = 0;
        while (this.bomIndex < BOM.length && i < limit) {
          if (chunk[i] === BOM[this.bomIndex]) {
            this.bomIndex += 1;
            i += 1;
          } else if (this.bomIndex > 0) {
            throw this.syntaxError(this.base + i - this.bomIndex, 'unexpected byte 0xEF', 'a JSON value');
          } else this.bomIndex = BOM.length;
        }
        if (!this.started && this.origin === undefined) this.segmentStart = i;
        while (i < limit) i = this.inElement ? this.scanElement(chunk, i, limit) : this.scanSkeleton(chunk, i, limit);
        this.endChunk(chunk, limit);
      } catch (error) {
        if (!(error instanceof ScanError)) throw error;
        this.failure = error.message;
      }
      this.base += chunk.length;
    }

    /** Records a problem found outside the scan (invalid UTF-8), unless one came first. */
    fail(message: string): void {
      if (this.failure === undefined) this.failure = message;
    }

    /** At the end of input: checks that the document is complete; returns the skeleton's bytes. */
    finish(total: number): Buffer {
      if (this.token === TOKEN_NUMBER) {
        if (!isNumberComplete(this.num)) throw this.syntaxError(total, 'the number ends early', 'digits');
        this.token = TOKEN_NONE;
        this.valueDone();
      }
      if (!this.started) {
        if (total === 0)
          throw new ScanError(`${this.where(0)}: the file is empty (0 bytes); an empty report is not a clean scan.`);
        throw new ScanError(`${this.where(total)}: the file holds only whitespace (expected a JSON text).`);
      }
      if (this.inElement && this.elementKind === KIND_CONTAINER) this.explainUnfinishedElement(total);
      if (this.expect !== EXPECT_DONE || this.inElement || this.token !== TOKEN_NONE) {
        const array = this.frames[this.frames.length - 1] as Frame;
        const inside = this.inElement
          ? `inside the element ${shown(`${array.pointer}/${array.key}`)} (from byte ${this.elementOffset})`
          : this.token === TOKEN_STRING
            ? 'inside a string'
            : this.token === TOKEN_LITERAL
              ? `inside '${this.literal}'`
              : `inside ${shown(this.pointerTo(this.frames.length)) || 'the root'}`;
        throw new ScanError(
          `${this.where(total)}: the JSON ends early (truncated?) ${inside} (expected the rest of the document).`,
        );
      }
      return Buffer.concat(this.skeletonParts);
    }

    /**
     * An element still open at the end of the input was only skimmed (strings and nesting). A cut
     * or a stray byte inside it is the real problem, and the whole-document reader names that
     * place: so does this one, by checking the element's bytes with the strict tokenizer. Returns
     * when they are only cut short, for the "ends early" error.
     */
    private explainUnfinishedElement(total: number): void {
      const array = this.frames[this.frames.length - 1] as Frame;
      const origin = {
        base: this.elementOffset,
        line: this.elementLine,
        pointer: `${array.pointer}/${array.key}`,
        depth: array.depth,
      };
      const problem = firstProblem(this.name, this.limits, origin, Buffer.concat(this.elementParts), total);
      // Cut short, as the element itself: the caller's error says where the element began.
      if (problem !== undefined && !/: the JSON ends early /.test(problem)) throw new ScanError(problem);
    }

    // -- skeleton ----------------------------------------------------------------------------

    /** Tokenizes skeleton bytes from `i` until `n` or the start of a selected element. */
    private scanSkeleton(b: Buffer, i: number, n: number): number {
      while (i < n) {
        const c = b[i] as number;
        const token = this.token;
        if (token === TOKEN_STRING) {
          if (this.escape === 0) {
            let d = c;
            while (d !== QUOTE && d !== BACKSLASH && d >= 0x20) {
              if (++i === n) return n;
              d = b[i] as number;
            }
            if (d === QUOTE) this.endString(b, i);
            else if (d === BACKSLASH) {
              this.escape = 1;
              this.keyEscaped = true;
            } else
              throw this.syntaxError(
                this.base + i,
                `control character 0x${d.toString(16).padStart(2, '0')} inside a string`,
                'it escaped, e.g. as \\n or \\u00XX',
              );
          } else if (this.escape === 1) {
            if (c === 0x75) this.escape = 2;
            else if (ESCAPES[c] === 1) this.escape = 0;
            else
              throw this.syntaxError(
                this.base + i,
                `bad escape: ${describe(c)} after '\\'`,
                'one of \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX',
              );
          } else {
            if (HEX[c] !== 1)
              throw this.syntaxError(this.base + i, `bad \\u escape: ${describe(c)}`, 'four hex digits');
            this.escape = this.escape === 5 ? 0 : this.escape + 1;
          }
          i++;
          continue;
        }
        if (token === TOKEN_NUMBER) {
          const next = stepNumber(this.num, c);
          if (next > 0) {
            this.num = next;
            i++;
            continue;
          }
          if (next < 0)
            throw this.syntaxError(this.base + i, `bad number: ${describe(c)}`, numberExpectation(this.num));
          this.token = TOKEN_NONE;
          this.valueDone();
          continue;
        }
        if (token === TOKEN_LITERAL) {
          if (c !== this.literal.charCodeAt(this.literalIndex))
            throw this.syntaxError(this.base + i, describe(c), `'${this.literal}'`);
          i++;
          if (++this.literalIndex === this.literal.length) {
            this.token = TOKEN_NONE;
            this.valueDone();
          }
          continue;
        }
        if (WHITESPACE[c] === 1) {
          if (c === NEWLINE) this.line++;
          i++;
          continue;
        }
        const expect = this.expect;
        if (expect === EXPECT_VALUE || expect === EXPECT_VALUE_OR_END) {
          if (expect === EXPECT_VALUE_OR_END && c === CLOSE_BRACKET) {
            this.closeContainer(i);
            i++;
            continue;
          }
          const top = this.frames[this.frames.length - 1];
          if (top !== undefined && top.selected) {
            this.startElement(c, i);
            return i;
          }
          this.startValue(c, i);
          i++;
        } else if (expect === EXPECT_KEY || expect === EXPECT_KEY_OR_END) {
          if (expect === EXPECT_KEY_OR_END && c === CLOSE_BRACE) {
            this.closeContainer(i);
            i++;
            continue;
          }
          if (c !== QUOTE) throw this.syntaxError(this.base + i, describe(c), 'a double-quoted key');
          this.token = TOKEN_STRING;
          this.stringIsKey = true;
          this.keyEscaped = false;
          this.keyStart = i;
          this.keyOffset = this.base + i;
          i++;
        } else if (expect === EXPECT_COLON) {
          if (c !== COLON) throw this.syntaxError(this.base + i, describe(c), "':' after the key");
          this.expect = EXPECT_VALUE;
          i++;
        } else if (expect === EXPECT_COMMA_OR_END) {
          const top = this.frames[this.frames.length - 1] as Frame;
          if (c === COMMA) {
            if (top.isObject) this.expect = EXPECT_KEY;
            else {
              top.key = (top.key as number) + 1;
              this.expect = EXPECT_VALUE;
            }
          } else if (c === (top.isObject ? CLOSE_BRACE : CLOSE_BRACKET)) {
            this.closeContainer(i);
          } else {
            throw this.syntaxError(this.base + i, describe(c), top.isObject ? "',' or '}'" : "',' or ']'");
          }
          i++;
        } else {
          throw this.syntaxError(
            this.base + i,
            describe(c),
            this.origin === undefined ? 'the end of the document' : 'the end of the element',
          );
        }
      }
      return n;
    }

    private startValue(c: number, i: number): void {
      this.started = true;
      if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        this.openContainer(c === OPEN_BRACE, i);
      } else if (c === QUOTE) {
        this.token = TOKEN_STRING;
        this.stringIsKey = false;
      } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
        this.token = TOKEN_NUMBER;
        this.num = c === 0x2d ? NUM_MINUS : c === 0x30 ? NUM_ZERO : NUM_INT;
      } else if (c === 0x74 || c === 0x66 || c === 0x6e) {
        this.token = TOKEN_LITERAL;
        this.literal = c === 0x74 ? 'true' : c === 0x66 ? 'false' : 'null';
        this.literalIndex = 1;
      } else {
        throw this.syntaxError(this.base + i, describe(c), 'a JSON value');
      }
    }

    private openContainer(isObject: boolean, i: number): void {
      const depth = this.rootDepth + this.frames.length + 1;
      if (depth > this.limits.maxDepth) throw this.depthError(this.base + i);
      const selected = !isObject && this.isSelected();
      this.frames.push({
        isObject,
        selected,
        key: isObject ? '' : 0,
        keys: isObject && this.leadsToSelection() ? new Set() : undefined,
        pointer: selected ? this.pointerTo(this.frames.length) : '',
        path: selected ? this.frames.map((f) => f.key) : [],
        id: selected ? this.nextArrayId++ : -1,
        depth,
      });
      this.expect = isObject ? EXPECT_KEY_OR_END : EXPECT_VALUE_OR_END;
      if (selected && this.segmentStart !== -1) {
        // The '[' stays in the skeleton; the elements and separators do not.
        this.addSkeleton(this.currentChunk.subarray(this.segmentStart, i + 1));
        this.segmentStart = -1;
        this.addPrefix(this.frames[this.frames.length - 1] as Frame);
      }
    }

    /**
     * Gives a selected array the skeleton so far, closed: it ends with the array's '[', and every
     * open container is in a state where its closing bracket is valid, so appending one per open
     * frame makes a complete JSON text. Bounded: a large skeleton, or many arrays, get none.
     */
    private addPrefix(frame: Frame): void {
      if (this.origin !== undefined || this.skeletonBytes > MAX_PREFIX_BYTES) return;
      if (this.prefixBytes + this.skeletonBytes > MAX_PREFIX_TOTAL) return;
      this.prefixBytes += this.skeletonBytes;
      let closers = '';
      for (let k = this.frames.length - 1; k >= 0; k--) closers += (this.frames[k] as Frame).isObject ? '}' : ']';
      if (this.skeletonParts.length > 1) {
        const joined = Buffer.concat(this.skeletonParts);
        this.skeletonParts.length = 0;
        this.skeletonParts.push(joined);
      }
      frame.prefix = (this.skeletonParts[0] as Buffer).toString('utf8') + closers;
    }

    private closeContainer(i: number): void {
      const frame = this.frames.pop() as Frame;
      if (frame.selected && this.origin === undefined) this.segmentStart = i;
      this.valueDone();
    }

    private valueDone(): void {
      this.expect = this.frames.length === 0 ? EXPECT_DONE : EXPECT_COMMA_OR_END;
    }

    /**
     * Whether an object opened now holds, or leads to, a selected array (a SARIF log, each of its
     * runs). A key twice in such an object is refused: the elements of a repeated array would already
     * have been yielded, and a repeated `tool` would come after results resolved with the first.
     * Elsewhere the skeleton is parsed by JSON.parse at the end, which keeps the last of two keys.
     */
    private leadsToSelection(): boolean {
      const depth = this.frames.length;
      if (this.origin !== undefined || depth >= this.longestPattern) return false;
      for (const pattern of this.patterns) {
        if (pattern.length <= depth) continue;
        let k = 0;
        while (k < depth && (pattern[k] === '*' || pattern[k] === String((this.frames[k] as Frame).key))) k++;
        if (k === depth) return true;
      }
      return false;
    }

    private isSelected(): boolean {
      const depth = this.frames.length;
      if (depth > this.longestPattern) return false;
      for (const pattern of this.patterns) {
        if (pattern.length !== depth) continue;
        let k = 0;
        while (k < depth && (pattern[k] === '*' || pattern[k] === String((this.frames[k] as Frame).key))) k++;
        if (k === depth) return true;
      }
      return false;
    }

    private endString(b: Buffer, i: number): void {
      this.token = TOKEN_NONE;
      if (!this.stringIsKey) {
        this.valueDone();
        return;
      }
      let key: string;
      if (this.keyParts.length === 0 && !this.keyEscaped) {
        key = (b as unknown as Utf8Sliceable).utf8Slice(this.keyStart + 1, i);
      } else {
        const raw = b.subarray(this.keyStart, i + 1);
        key = JSON.parse(Buffer.concat([...this.keyParts, raw]).toString('utf8')) as string;
        this.keyParts.length = 0;
      }
      this.keyStart = -1;
      const frame = this.frames[this.frames.length - 1] as Frame;
      if (key === '__proto__')
        throw new ScanError(
          `${this.name}: ${shown(this.pointerTo(this.frames.length - 1))}/__proto__: the key '__proto__' is refused in input files.`,
        );
      const keys = frame.keys;
      // Only objects that lead to a selected array keep their keys (see leadsToSelection).
      if (keys?.has(key)) {
        const parent = this.pointerTo(this.frames.length - 1);
        throw new ScanError(
          `${this.name}: ${shown(`${parent}/${escapePointer(key)}`)}: line ${this.line} (byte ${this.keyOffset}): the key '${shown(key)}' appears twice in ${shown(parent) || 'the root object'} (expected each key at most once).`,
        );
      }
      keys?.add(key);
      frame.key = key;
      this.expect = EXPECT_COLON;
    }

    // -- elements ----------------------------------------------------------------------------

    private startElement(c: number, i: number): void {
      if (c === OPEN_BRACE || c === OPEN_BRACKET) this.elementKind = KIND_CONTAINER;
      else if (c === QUOTE) this.elementKind = KIND_STRING;
      else if (c === 0x2d || (c >= 0x30 && c <= 0x39) || c === 0x74 || c === 0x66 || c === 0x6e)
        this.elementKind = KIND_SCALAR;
      else throw this.syntaxError(this.base + i, describe(c), 'a JSON value');
      this.inElement = true;
      this.elementStart = i;
      this.elementOffset = this.base + i;
      this.elementLine = this.line;
      this.elementBytes = 0;
      this.elementDepth = 0;
      this.elementInString = false;
      this.elementEscaped = false;
      this.cutStart = -1;
      this.cutEnd = -1;
    }

    /** Finds the end of the current element from `i`; returns where scanning goes on. */
    private scanElement(b: Buffer, i: number, n: number): number {
      if (this.elementKind === KIND_SCALAR) {
        while (i < n && SCALAR_END[b[i] as number] !== 1) i++;
        return i < n ? this.endElement(b, i) : n;
      }
      let inString = this.elementInString;
      if (this.elementKind === KIND_STRING && !inString && i === this.elementStart) {
        inString = true;
        i++;
      }
      if (inString) {
        if (this.elementEscaped) {
          this.elementEscaped = false;
          i++;
        }
        for (;;) {
          if (i >= n) {
            this.elementInString = true;
            this.elementEscaped = i > n;
            return n;
          }
          const d = b[i++] as number;
          if (d === QUOTE) break;
          if (d === BACKSLASH) i++;
        }
        if (this.elementKind === KIND_STRING) return this.endElement(b, i);
      }
      // The hot loop: strings are skipped byte by byte (faster than indexOf for short strings).
      let depth = this.elementDepth;
      const limit = this.limits.maxDepth - this.rootDepth - this.frames.length;
      const omitKey = depth <= 1 && this.cutStart < 0 ? this.omitKey : undefined;
      while (i < n) {
        const c = b[i++] as number;
        if (c === QUOTE) {
          const opened = i - 1;
          for (;;) {
            if (i >= n) {
              this.elementDepth = depth;
              this.elementInString = true;
              this.elementEscaped = i > n;
              return n;
            }
            const d = b[i++] as number;
            if (d === QUOTE) break;
            if (d === BACKSLASH) i++;
          }
          if (depth === 1 && omitKey !== undefined && i - opened === omitKey.length && this.cutStart < 0)
            this.findCut(b, opened, i, n, omitKey);
        } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
          if (++depth > limit) throw this.depthError(this.base + i - 1);
        } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
          if (--depth === 0) return this.endElement(b, i);
          if (depth === 1 && this.cutStart >= 0 && this.cutEnd < 0) this.cutEnd = i;
        } else if (c === NEWLINE) {
          this.line++;
        }
      }
      this.elementDepth = depth;
      this.elementInString = false;
      return n;
    }

    /**
     * After a depth-1 string at `b[opened, closed)` spelled like the omitted key: when a colon and an
     * array follow in this chunk, the array's first byte is where the cut starts.
     */
    private findCut(b: Buffer, opened: number, closed: number, n: number, key: Buffer): void {
      for (let k = 0; k < key.length; k++) if (b[opened + k] !== key[k]) return;
      let p = closed;
      while (p < n && WHITESPACE[b[p] as number] === 1) p++;
      if (p >= n || b[p] !== COLON) return;
      p++;
      while (p < n && WHITESPACE[b[p] as number] === 1) p++;
      if (p < n && b[p] === OPEN_BRACKET) this.cutStart = p;
    }

    /** The omitted value parses, is an array of objects that each hold an array `omitItems`, and names no `__proto__`. */
    private cutIsSafe(b: Buffer): boolean {
      const text = (b as unknown as Utf8Sliceable).utf8Slice(this.cutStart, this.cutEnd);
      if (text.includes('__proto__') || text.includes('\\u00')) return false;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        return false;
      }
      if (!Array.isArray(value)) return false;
      for (const item of value)
        if (item === null || typeof item !== 'object' || Array.isArray(item) || !Array.isArray(item[this.omitItems]))
          return false;
      return true;
    }

    private endElement(b: Buffer, end: number): number {
      const array = this.frames[this.frames.length - 1] as Frame;
      let record: ElementRecord;
      if (this.elementParts.length === 0) {
        if (end - this.elementStart > this.limits.maxElementBytes) throw this.elementTooLarge(array);
        const cut = this.cutEnd > this.cutStart && this.cutStart >= 0 && this.cutIsSafe(b);
        record = {
          bytes: b,
          start: this.elementStart,
          end,
          cutStart: cut ? this.cutStart : -1,
          cutEnd: cut ? this.cutEnd : -1,
          offset: this.elementOffset,
          line: this.elementLine,
          index: array.key as number,
          array,
        };
      } else {
        this.elementParts.push(b.subarray(0, end));
        const bytes = Buffer.concat(this.elementParts);
        this.elementParts.length = 0;
        if (bytes.length > this.limits.maxElementBytes) throw this.elementTooLarge(array);
        record = {
          bytes,
          start: 0,
          end: bytes.length,
          cutStart: -1,
          cutEnd: -1,
          offset: this.elementOffset,
          line: this.elementLine,
          index: array.key as number,
          array,
        };
      }
      this.queue.push(record);
      this.inElement = false;
      this.expect = EXPECT_COMMA_OR_END;
      return end;
    }

    /** Keeps the pieces of the skeleton, key and element that continue into the next chunk. */
    private endChunk(b: Buffer, n: number): void {
      if (this.segmentStart !== -1) {
        this.addSkeleton(b.subarray(this.segmentStart, n));
        this.segmentStart = 0;
      }
      if (this.keyStart !== -1) {
        this.keyParts.push(Buffer.from(b.subarray(this.keyStart, n)));
        this.keyStart = 0;
      }
      if (this.inElement) {
        const piece = b.subarray(this.elementStart, n);
        this.elementBytes += piece.length;
        if (this.elementBytes > this.limits.maxElementBytes)
          throw this.elementTooLarge(this.frames[this.frames.length - 1] as Frame);
        this.elementParts.push(Buffer.from(piece));
        this.elementStart = 0;
      }
    }

    /** Copies a piece of the skeleton: chunk buffers are reused. */
    private addSkeleton(piece: Buffer): void {
      if (piece.length === 0 || this.origin !== undefined) return;
      this.skeletonBytes += piece.length;
      if (this.skeletonBytes > this.limits.maxSkeletonBytes)
        throw new ScanError(
          `${this.name}: the document outside the streamed arrays is larger than ${this.limits.maxSkeletonBytes} bytes (expected at most ${this.limits.maxSkeletonBytes} outside the results).`,
        );
      this.skeletonParts.push(Buffer.from(piece));
    }

    // -- messages ----------------------------------------------------------------------------

    /** Pointer of the value inside the first `count` open containers (count 0: the root). */
    private pointerTo(count: number): string {
      let pointer = this.rootPointer;
      for (let k = 0; k < count; k++) pointer += `/${escapePointer(String((this.frames[k] as Frame).key))}`;
      return pointer;
    }

    private where(offset: number): string {
      const pointer = this.origin === undefined ? '' : `${shown(this.origin.pointer)}: `;
      return `${this.name}: ${pointer}line ${this.line} (byte ${offset})`;
    }

    private syntaxError(offset: number, what: string, expected: string): ScanError {
      return new ScanError(`${this.where(offset)}: invalid JSON: ${what} (expected ${expected}).`);
    }

    private depthError(offset: number): ScanError {
      return new ScanError(
        `${this.where(offset)}: the JSON nests deeper than ${this.limits.maxDepth} levels (expected at most ${this.limits.maxDepth}).`,
      );
    }

    private elementTooLarge(array: Frame): ScanError {
      return new ScanError(
        `${this.name}: ${shown(`${array.pointer}/${array.key}`)}: line ${this.elementLine} (byte ${this.elementOffset}): the element is larger than ${this.limits.maxElementBytes} bytes (expected at most ${this.limits.maxElementBytes}; raise the cap with --max-result-bytes).`,
      );
    }
  }

  /**
   * Validates UTF-8 chunk by chunk. A sequence cut by a chunk boundary is held back and scanned
   * with the next chunk, so that the scanner sees only checked bytes and the first problem wins
   * whatever the chunk size.
   */
  class Utf8Checker {
    /** The checked bytes of the last chunk (with any held-back bytes before them), to scan next. */
    ready: Buffer;
    private carry: Buffer | undefined;

    constructor() {
      this.ready = Buffer.alloc(0);
      this.carry = undefined;
    }

    /** Checks `chunk`; `base` is the offset of the first byte not yet scanned. Returns the offset of the first invalid byte, or -1. */
    check(chunk: Buffer, base: number): number {
      let bytes = chunk;
      if (this.carry !== undefined) {
        bytes = Buffer.concat([this.carry, chunk]);
        this.carry = undefined;
      }
      const tail = incompleteTail(bytes);
      const body = tail === 0 ? bytes : bytes.subarray(0, bytes.length - tail);
      this.ready = body;
      if (!deps.isUtf8(body)) return base + findInvalidUtf8(body);
      if (tail !== 0) this.carry = Buffer.from(bytes.subarray(bytes.length - tail));
      return -1;
    }

    /** At the end of input: whether a sequence was cut short by the end. */
    get truncated(): boolean {
      return this.carry !== undefined;
    }
  }

  /** Checks one chunk's UTF-8 and scans its checked bytes; returns the bytes scanned (records refer to them). */
  function feed(splitter: JsonSplitter, utf8: Utf8Checker, chunk: Buffer): Buffer {
    const base = splitter.base;
    const invalidAt = utf8.check(chunk, base);
    const ready = utf8.ready;
    splitter.push(ready, invalidAt === -1 ? ready.length : invalidAt - base);
    if (invalidAt !== -1) splitter.fail(invalidUtf8Message(splitter.name, splitter.currentLine, invalidAt));
    return ready;
  }

  /** At the end of input: the problem with the UTF-8 or the document, if any; else the skeleton's bytes. */
  function finishScan(
    splitter: JsonSplitter,
    utf8: Utf8Checker,
    total: number,
  ): { skeleton: Buffer } | { failure: string } {
    if (utf8.truncated) return { failure: invalidUtf8Message(splitter.name, splitter.currentLine, splitter.base) };
    try {
      return { skeleton: splitter.finish(total) };
    } catch (error) {
      if (error instanceof ScanError) return { failure: error.message };
      throw error;
    }
  }

  /** Length of an incomplete multi-byte sequence at the end of `bytes` (0 when none). */
  function incompleteTail(bytes: Buffer): number {
    const n = bytes.length;
    for (let k = 1; k <= 3 && k <= n; k++) {
      const b = bytes[n - k] as number;
      if ((b & 0xc0) === 0x80) continue;
      const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
      return length > k ? k : 0;
    }
    return 0;
  }

  function findInvalidUtf8(bytes: Buffer): number {
    let i = 0;
    while (i < bytes.length) {
      const b = bytes[i] as number;
      const len =
        b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
      if (len === 0 || i + len > bytes.length || !deps.isUtf8(bytes.subarray(i, i + len))) return i;
      i += len;
    }
    return bytes.length;
  }

  function invalidUtf8Message(name: string, line: number, offset: number): string {
    return `${name}: line ${line} (byte ${offset}): the file is not valid UTF-8 (expected a UTF-8 JSON text).`;
  }

  function openErrorMessage(name: string, path: string, error: NodeJS.ErrnoException): string {
    if (error.code === 'ENOENT') return `${name}: the file does not exist (looked in ${path}).`;
    if (error.code === 'ELOOP')
      return `${name}: the input is a symbolic link; inputs must be regular files inside the workspace.`;
    return `${name}: the file cannot be opened: ${error.message}.`;
  }

  /**
   * Checks `bytes` on their own with the strict tokenizer (no selection): the first problem's message,
   * or undefined. `origin` places a piece of a larger document; `total` is the offset of its end.
   */
  function firstProblem(
    name: string,
    limits: Limits,
    origin: Origin | undefined,
    bytes: Buffer,
    total: number,
  ): string | undefined {
    const check = new JsonSplitter(name, [], limits, origin);
    check.push(bytes, bytes.length);
    if (check.failure !== undefined) return check.failure;
    try {
      check.finish(total);
    } catch (error) {
      if (error instanceof ScanError) return error.message;
      throw error;
    }
    return undefined;
  }

  return {
    JsonSplitter,
    Utf8Checker,
    ScanError,
    feed,
    finishScan,
    firstProblem,
    escapePointer,
    shown,
    openErrorMessage,
  };
}
