/**
 * shipgate.sarif written by a second thread while the main thread writes scan-results.json, the
 * registers and the record. The main thread hands over each finding's line of scan-results.json
 * (JSON it makes anyway); the thread parses it back, makes the SARIF result with the same function
 * the main thread uses (`defineSarifResult`, run from its source text) and writes the file. For a
 * large evaluation this takes about a third of the output work off the main thread.
 */
import { Worker } from 'node:worker_threads';
import { defineSarifResult, SARIF_RESULT_INDENT, type SarifFrame } from './sarif.js';

/** Lines are sent in batches of about this many characters. */
const BATCH_CHARS = 64 * 1024;
/** Batches the thread may be behind before the main thread waits. */
const WINDOW = 16;

/** Messages to the thread. */
type ToThread = { t: 'lines'; text: string } | { t: 'end'; tail: string; emptyTail: string };
/** Messages from the thread. */
type FromThread = { t: 'ack' } | { t: 'done' } | { t: 'error'; message: string };

/** A SARIF output being written by the second thread. */
export interface SarifThread {
  /** Takes the next finding's scan-results.json line (JSON of `findingForOutput`), in output order. */
  line(json: string): void;
  /** A promise while the thread is more than a few batches behind: wait on it before making more lines. */
  pace(): Promise<void> | undefined;
  /** No more lines: the thread writes the end of the log and closes the file. */
  end(): void;
  /** Resolves when the file is written and closed; rejects with the thread's error, naming the file. */
  readonly done: Promise<void>;
  /** Stops the thread (after a failure elsewhere); `done` rejects if it had not settled. Resolves once it has exited. */
  stop(): Promise<void>;
}

let source: string | undefined;

/**
 * Starts a thread that writes the SARIF log to `path`. Undefined when no thread can be started
 * (Node's permission model without --allow-worker): the caller then renders in its own thread.
 */
export function startSarifThread(path: string, frame: SarifFrame, folder = ''): SarifThread | undefined {
  source ??= [
    "'use strict';",
    `const toResult = (${defineSarifResult.toString()})(require('node:worker_threads').workerData.folder, require('node:worker_threads').workerData.base);`,
    `(${runSarifThread.toString()})(toResult, require('node:worker_threads'), require('node:fs'), ${JSON.stringify(SARIF_RESULT_INDENT)});`,
  ].join('\n');
  let worker: Worker;
  try {
    // No inherited flags: a test runner's loader or `--input-type=module` would break the thread.
    worker = new Worker(source, {
      eval: true,
      execArgv: [],
      // The frame's base id: relative URIs name it when the run maps the repository's top to it.
      workerData: { path, head: frame.head, folder, base: frame.uriBaseId },
      resourceLimits: { maxYoungGenerationSizeMb: 2 },
    });
  } catch {
    return undefined;
  }
  let batch: string[] = [];
  let chars = 0;
  let sent = 0;
  let acknowledged = 0;
  let wake: (() => void) | undefined;
  let finished = false;
  const post = (message: ToThread): void => worker.postMessage(message);
  const release = (): void => {
    const resume = wake;
    wake = undefined;
    resume?.();
  };
  const send = (): void => {
    if (batch.length === 0) return;
    post({ t: 'lines', text: batch.join('\n') });
    batch = [];
    chars = 0;
    sent += 1;
  };
  let fail: (error: Error) => void = () => undefined;
  const done = new Promise<void>((resolve, reject) => {
    fail = (error: Error): void => {
      if (finished) return;
      finished = true;
      release();
      reject(error);
    };
    worker.on('message', (message: FromThread) => {
      if (message.t === 'ack') {
        acknowledged += 1;
        if (sent - acknowledged <= WINDOW) release();
      } else if (message.t === 'done') {
        finished = true;
        resolve();
      } else fail(new Error(`${path}: ${message.message}`));
    });
    worker.on('error', (error: Error) => fail(new Error(`${path}: the SARIF thread failed: ${error.message}`)));
    worker.on('exit', (code) =>
      fail(new Error(`${path}: the SARIF thread stopped before the file was complete (exit code ${code})`)),
    );
  });
  // Seen by whoever awaits `done`; not an unhandled rejection while the main thread is still writing.
  done.catch(() => undefined);
  return {
    line(json) {
      batch.push(json);
      chars += json.length;
      if (chars >= BATCH_CHARS) send();
    },
    pace() {
      if (finished || sent - acknowledged <= WINDOW) return undefined;
      return new Promise<void>((resolve) => (wake = resolve));
    },
    end() {
      send();
      post({ t: 'end', tail: frame.tail, emptyTail: frame.emptyTail });
    },
    done,
    stop() {
      fail(new Error(`${path}: the SARIF thread was stopped before the file was complete`));
      return worker.terminate().then(
        () => undefined,
        () => undefined,
      );
    },
  };
}

/**
 * The thread's body. Runs from source text: it may use only its parameters and globals.
 * Writes the head, then one result per line it is sent, then the tail; answers each batch.
 */
function runSarifThread(
  toResult: (finding: never) => unknown,
  threads: typeof import('node:worker_threads'),
  fs: typeof import('node:fs'),
  indent: string,
): void {
  const port = threads.parentPort as import('node:worker_threads').MessagePort;
  const { path, head } = threads.workerData as { path: string; head: string };
  const buffer = Buffer.allocUnsafe(1024 * 1024);
  let used = 0;
  let fd = -1;
  let first = true;
  const writeAll = (bytes: Buffer): void => {
    let done = 0;
    while (done < bytes.length) done += fs.writeSync(fd, bytes, done, bytes.length - done);
  };
  const flush = (): void => {
    writeAll(buffer.subarray(0, used));
    used = 0;
  };
  // UTF-8 takes at most 3 bytes per UTF-16 code unit.
  const write = (text: string): void => {
    if (used + 3 * text.length > buffer.length) {
      flush();
      if (3 * text.length > buffer.length) return writeAll(Buffer.from(text, 'utf8'));
    }
    used += buffer.write(text, used, 'utf8');
  };
  const fail = (error: unknown): void => {
    if (fd >= 0) fs.closeSync(fd);
    fd = -1;
    port.postMessage({ t: 'error', message: (error as Error).message });
    port.close();
  };
  try {
    fd = fs.openSync(path, 'w');
    write(head);
  } catch (error) {
    return fail(error);
  }
  port.on('message', (message: ToThread) => {
    try {
      if (message.t === 'lines') {
        // Line by line without splitting: each line dies young instead of living as long as the batch.
        const text = message.text;
        for (let start = 0; start <= text.length;) {
          let end = text.indexOf('\n', start);
          if (end < 0) end = text.length;
          write(`${first ? '' : ','}${indent}${JSON.stringify(toResult(JSON.parse(text.slice(start, end)) as never))}`);
          first = false;
          start = end + 1;
        }
        port.postMessage({ t: 'ack' });
        return;
      }
      write(first ? message.emptyTail : message.tail);
      flush();
      fs.closeSync(fd);
      fd = -1;
      port.postMessage({ t: 'done' });
      port.close();
    } catch (error) {
      fail(error);
    }
  });
}
