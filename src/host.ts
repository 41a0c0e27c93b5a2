/**
 * Where an evaluation runs: the entries of the command (src/bin.ts) and of the Action
 * (src/action-entry.ts) decide whether to run the CLI (src/cli.ts) or the Action (src/action.ts) in an
 * evaluation thread, and this module starts and hosts it. Kept apart from the engine, so that the
 * entries load little.
 */
import { rmSync } from 'node:fs';
import { posix, resolve, win32 } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { parseArgs } from 'node:util';
import { isMainThread, type MessagePort, parentPort, resourceLimits, Worker, workerData } from 'node:worker_threads';
import { ExitCode } from './errors.js';
import { createWorkspaceReader } from './evidence/source.js';
import { isGlob } from './glob.js';
import { DEFAULT_STREAM_ABOVE_BYTES, inspectInputFile, outputFolderInRoot, resolveInputPaths } from './ingest/read.js';
import { HeapGuard, oldSpaceFlag } from './memory.js';
import { forLog, positiveWholeNumber } from './strings.js';
import { loadYaml } from './yaml.js';

/**
 * Above this many bytes of named reports the evaluation stays in the main thread: there the thread
 * raised the peak instead of lowering it (measured: 100 MB 145 against 160 MiB, 300 MB 259–269
 * against 273–276, 700 MB 510 against 485; see Performance in the README).
 */
export const THREAD_MAX_REPORT_BYTES = 400 * 1024 * 1024;

/** A message of the evaluation thread's output: the stream (1 stdout, 2 stderr) and the text. */
export interface OutputMessage {
  fd: 1 | 2;
  text: string;
}

/**
 * A message of the evaluation thread: the certificate files its evaluation wrote, before its report
 * goes to stdout. Should the report not reach stdout (exit 5), the entry removes them, as the CLI does
 * when it runs in the main thread: a run that failed leaves no certificate.
 */
export interface CertificatesMessage {
  certificates: string[];
}

/** The reports an evaluation will read, as its command line or the Action's inputs name them. */
export interface ReportPlan {
  /** Absolute workspace root. */
  root: string;
  /** Paths and globs added to the policy's inputs (--scan, the Action's `scans`). */
  scans: readonly string[];
  /** The policy file or preset, when named. */
  policy?: string;
  /** The output folder, absolute, when named (--out, the Action's `output-dir`). */
  outDir?: string;
  /** Reports larger than this are streamed; the default when absent. */
  streamAboveBytes?: number;
}

/**
 * Whether an evaluation reads a report (named by `--scan` or by the policy's `inputs`, a path or a
 * glob) larger than the size above which reports are streamed (`--stream-above`, else the default),
 * and reads at most THREAD_MAX_REPORT_BYTES in all: the evaluations whose peak memory the young
 * generation's growth raises (see src/bin.ts). Only a guess at where to run: a policy or report it
 * cannot read counts for nothing here, and the evaluation says what is wrong with it in either thread.
 */
export function streamsLarge(plan: ReportPlan): boolean {
  const above = plan.streamAboveBytes ?? DEFAULT_STREAM_ABOVE_BYTES;
  const policy = policyPlaces(plan.root, plan.policy);
  const patterns = [...new Set([...policy.inputs, ...plan.scans])];
  // A guess must cost little: past these many entries, or globs (each walks folders), the evaluation
  // stays in the main thread (a policy's own file may be a pull request's, under pull_request_target).
  if (patterns.length > MAX_GUESS_PATTERNS || patterns.filter((p) => isGlob(p)).length > MAX_GUESS_GLOBS) return false;
  // Globs skip the output folder, as the evaluation's do.
  const skip = outputFolderInRoot(
    plan.root,
    plan.outDir ?? resolve(plan.root, policy.outputDir ?? DEFAULT_OUTPUT_DIR),
  ).filter((folder) => folder !== '');
  // By path, so that a report named twice counts once.
  const counted = new Set<string>();
  let total = 0;
  let large = false;
  for (const pattern of patterns)
    for (const [path, size] of reportSizes(plan.root, pattern, skip)) {
      if (counted.has(path)) continue;
      counted.add(path);
      total += size;
      if (total > THREAD_MAX_REPORT_BYTES) return false;
      if (size > above) large = true;
    }
  return large;
}

/** The largest policy file streamsLarge reads for its inputs. */
export const MAX_GUESS_POLICY_BYTES = 1024 * 1024;
/** The most input entries, and glob entries, streamsLarge looks at before it answers no. */
export const MAX_GUESS_PATTERNS = 256;
export const MAX_GUESS_GLOBS = 8;

/**
 * streamsLarge for an evaluate command line. Not with `--format json`, and not for a line that does
 * not parse: the CLI then runs in the thread that started it (and reports the problem as usual).
 */
export function streamsLargeReport(args: string[], workspace: string | undefined, cwd: string): boolean {
  try {
    const { values } = parseArgs({
      args,
      options: {
        root: { type: 'string' },
        scan: { type: 'string', multiple: true },
        policy: { type: 'string' },
        out: { type: 'string' },
        'stream-above': { type: 'string' },
        format: { type: 'string' },
      },
      strict: false,
      allowPositionals: true,
    });
    // The scan results on stdout (tens of MB for such a report) stay in the main thread, which writes
    // them straight to the file or pipe; a worker's stdout would hold them in memory on the way.
    if (text(values.format) === 'json') return false;
    const policy = text(values.policy);
    const out = text(values.out);
    const streamAboveBytes = positive(text(values['stream-above']));
    return streamsLarge({
      root: resolve(text(values.root) || workspace || cwd),
      scans: Array.isArray(values.scan) ? values.scan.filter((scan) => typeof scan === 'string') : [],
      ...(policy !== undefined ? { policy } : {}),
      ...(out ? { outDir: resolve(cwd, out) } : {}),
      ...(streamAboveBytes !== undefined ? { streamAboveBytes } : {}),
    });
  } catch {
    return false;
  }
}

/**
 * The reports the Action's inputs name, read from the environment the runner gives it (`INPUT_ROOT`,
 * `INPUT_SCANS`, `INPUT_POLICY`, `INPUT_OUTPUT-DIR`, `INPUT_STREAM-ABOVE`). src/action.ts reads its
 * root, scans, policy and output folder with it too, so the entry's guess and the run agree on them;
 * the run checks `stream-above` itself (a value that is not a positive number is its error to report).
 */
export function actionReportPlan(env: NodeJS.ProcessEnv, cwd: string): ReportPlan {
  const input = (name: string): string => (env[`INPUT_${name.toUpperCase()}`] ?? '').trim();
  const root = resolve(env.GITHUB_WORKSPACE || cwd, input('root') || '.');
  const scans = input('scans')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const streamAboveBytes = positive(input('stream-above'));
  return {
    root,
    scans,
    ...(input('policy') ? { policy: input('policy') } : {}),
    ...(input('output-dir') ? { outDir: resolve(root, input('output-dir')) } : {}),
    ...(streamAboveBytes !== undefined ? { streamAboveBytes } : {}),
  };
}

/** A positive whole number as the command line and the Action take one; undefined otherwise. */
function positive(value: string | undefined): number | undefined {
  return value === undefined ? undefined : positiveWholeNumber(value.trim());
}

/** The built-in presets (src/policy/load.ts PRESETS, gates/*.yml): they name no inputs. */
export const PRESET_NAMES: readonly string[] = ['release', 'strict', 'advisory'];
/** The release preset's outputs.dir, where a policy that names none writes. */
export const DEFAULT_OUTPUT_DIR = '.artifacts/review-security';
/** The policy's default path (src/policy/load.ts DEFAULT_POLICY_PATH). */
export const DEFAULT_POLICY = '.shipgate/policy.yml';

/**
 * The input paths and globs, and the output folder, of the policy an evaluation will load: the
 * `--policy` file, else .shipgate/policy.yml when it exists, following `extends` as the loader does
 * (the nearest file that sets a list or value sets it). Without the loader's checks, which the
 * evaluation makes: a file that is missing or does not parse ends the walk with what was found.
 */
function policyPlaces(root: string, named: string | undefined): { inputs: string[]; outputDir?: string } {
  // The evaluation's own reader: inside the root, no symbolic links, regular files of at most 16 MiB.
  const reader = createWorkspaceReader(root);
  const visited = new Set<string>();
  const found: { inputs?: string[]; outputDir?: string } = {};
  let ref: string | undefined = named ?? DEFAULT_POLICY;
  let from: string | undefined;
  for (let files = 0; ref !== undefined && !PRESET_NAMES.includes(ref) && files < 8; files += 1) {
    // The loader refuses an absolute extends; here it ends the walk.
    if (from !== undefined && (posix.isAbsolute(ref) || win32.isAbsolute(ref))) break;
    const path: string = from === undefined ? ref : posix.join(posix.dirname(from), ref);
    let doc: unknown;
    let read: string;
    try {
      const file = reader.read(path);
      // A chain that loops back, which the loader refuses, ends here; so does a policy far larger than
      // any real one (a few KiB), which a guess does not parse.
      if (file === undefined || visited.has(file.path) || file.bytes.length > MAX_GUESS_POLICY_BYTES) break;
      visited.add(file.path);
      read = file.path;
      // The evaluation's strict YAML reader: no aliases, no duplicate keys, bounded depth.
      doc = loadYaml(file.bytes.toString('utf8')).value;
    } catch {
      break;
    }
    if (typeof doc !== 'object' || doc === null) break;
    const layer = doc as { inputs?: unknown; outputs?: { dir?: unknown }; extends?: unknown };
    if (found.inputs === undefined && Array.isArray(layer.inputs))
      found.inputs = layer.inputs.flatMap((entry: unknown) => {
        const pattern = typeof entry === 'string' ? entry : (entry as { path?: unknown } | null)?.path;
        return typeof pattern === 'string' ? [pattern] : [];
      });
    if (found.outputDir === undefined && typeof layer.outputs?.dir === 'string') found.outputDir = layer.outputs.dir;
    // As the loader does: the next file is relative to the folder of this one as the reader names it.
    from = read;
    ref = typeof layer.extends === 'string' ? layer.extends : undefined;
  }
  return { inputs: found.inputs ?? [], ...(found.outputDir !== undefined ? { outputDir: found.outputDir } : {}) };
}

/**
 * The sizes of the reports an input path or glob names, found and measured as the evaluation will
 * (resolveInputPaths, inspectInputFile); none for a value the evaluation would refuse.
 */
function reportSizes(root: string, pattern: string, skip: readonly string[]): Map<string, number> {
  const sizes = new Map<string, number>();
  try {
    for (const rel of resolveInputPaths(root, pattern, skip)) sizes.set(rel, inspectInputFile(root, rel).size);
  } catch {
    // Refused here, refused by the evaluation: which thread says so does not matter.
  }
  return sizes;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * What an entry tells the adapter it starts in the evaluation thread: a worker's process.stdout and
 * process.stderr are pipes to the main thread, never terminals.
 */
export interface HostData {
  terminal: { stdout: boolean; stderr: boolean };
}

/** Whether stdout and stderr are terminals, from this thread or from the one that started it. */
export function terminals(stdout: { isTTY?: boolean }, stderr: { isTTY?: boolean }): HostData['terminal'] {
  const hosted = isMainThread ? undefined : (workerData as Partial<HostData> | null)?.terminal;
  return hosted ?? { stdout: stdout.isTTY === true, stderr: stderr.isTTY === true };
}

/** Whether Node's options set the young generation (`--max-semi-space-size`), which would override the thread's cap. */
export function setsYoungGeneration(execArgv: readonly string[], nodeOptions = ''): boolean {
  return [...execArgv, ...nodeOptions.split(/\s+/)].some((option) => /^--max[-_]semi[-_]space[-_]size\b/.test(option));
}

/** In the evaluation thread, its parent's port; undefined elsewhere. */
function hostPort(): MessagePort | undefined {
  const hosted = !isMainThread && (workerData as Partial<HostData> | null)?.terminal !== undefined;
  return hosted && parentPort !== null ? parentPort : undefined;
}

/**
 * Tells the command's entry which certificate files this evaluation wrote (see CertificatesMessage),
 * ahead of any output that follows on the same channel. Nothing outside the evaluation thread.
 */
export function announceCertificates(paths: readonly string[]): void {
  hostPort()?.postMessage({ certificates: [...paths] } satisfies CertificatesMessage);
}

/** The certificate files the evaluation thread wrote (CertificatesMessage), in the entry's thread. */
const hostedCertificates = new Set<string>();

/**
 * Removes the certificate files the evaluation thread wrote; returns how many there were. Called by the
 * entry when the report cannot reach stdout.
 */
export function removeHostedCertificates(): number {
  const count = hostedCertificates.size;
  for (const path of hostedCertificates) rmSync(path, { force: true });
  hostedCertificates.clear();
  return count;
}

/** In the evaluation thread, what sends output to the main thread; undefined elsewhere. */
function hostedOutput(): ((fd: 1 | 2, text: string) => void) | undefined {
  const port = hostPort();
  if (!port) return undefined;
  return (fd, text) => port.postMessage({ fd, text } satisfies OutputMessage);
}

/** The old generation's limit of this thread when it is a worker with its own limits (MiB); else undefined. */
export function threadOldGenerationMiB(): number | undefined {
  const limit = isMainThread ? undefined : resourceLimits.maxOldGenerationSizeMb;
  return limit !== undefined && limit > 0 ? limit : undefined;
}

/** The report of an error nothing caught, which is a bug (exit 70): one wording in every thread. */
export function bugReport(error: unknown): string {
  return `shipgate: internal error (a bug; please report it):\n${forLog((error as Error)?.stack ?? String(error))}\n`;
}

/** The evaluation thread's young generation, in MiB: semi-spaces of 4 MiB (see Performance in the README). */
export const YOUNG_GENERATION_MIB = 12;

/**
 * Starts `entry` (a bundle beside the caller's) in the evaluation thread, with `argv` and the same
 * environment: its output comes here over one channel (routeHostedStdio), its exit code becomes this
 * process's, and a failure outside its own handling goes to `onFailure` after its last output. False
 * when no worker can start (Node's permission model without --allow-worker): the caller then runs the
 * entry in this thread.
 */
export function runInThread(entry: URL, argv: string[], onFailure: (error: unknown) => void | Promise<void>): boolean {
  const data: HostData = {
    terminal: { stdout: process.stdout.isTTY === true, stderr: process.stderr.isTTY === true },
  };
  let worker: Worker;
  try {
    worker = new Worker(entry, {
      argv,
      workerData: data,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MIB },
    });
  } catch {
    return false;
  }
  worker.on('message', (message: OutputMessage | CertificatesMessage) => {
    if ('certificates' in message) for (const path of message.certificates) hostedCertificates.add(path);
    else if (message?.fd === 1) process.stdout.write(message.text);
    else if (message?.fd === 2) process.stderr.write(message.text);
  });
  // Reported after the thread's last output, which may still be on its way when the error arrives. A
  // thread may throw anything, `null` included: whether it failed is kept apart from what it threw.
  let failed = false;
  let failure: unknown;
  worker.on('error', (error: unknown) => {
    if (failed) return;
    failed = true;
    failure = error;
  });
  worker.on('exit', (code: number) => {
    if (!failed) process.exitCode = code;
    // A report that fails in turn is a bug too: never a silent exit 0.
    else
      Promise.resolve(failure)
        .then(onFailure)
        .catch((error: unknown) => {
          process.stderr.write(bugReport(error));
          process.exitCode = ExitCode.Internal;
        });
  });
  return true;
}

/**
 * What a thread that ran out of heap means to a user (an input error): the heap Node allows and how to
 * raise it. Undefined for any other failure, which is a bug.
 */
export function outOfHeap(error: unknown): string | undefined {
  if ((error as { code?: unknown } | null)?.code !== 'ERR_WORKER_OUT_OF_MEMORY') return undefined;
  // The old generation the heap guard budgets with: --max-old-space-size when given (V8 applies it to
  // every thread), else V8's limit less its young generation (the thread's is V8's default here).
  const mib = Math.round(new HeapGuard(oldSpaceFlag(process.execArgv, process.env.NODE_OPTIONS)).budget / 1048576);
  return `the evaluation ran out of the ${mib} MiB heap Node allows (${(error as Error).message}). Give Node a larger heap, e.g. NODE_OPTIONS=--max-old-space-size=${2 * mib} (in MiB), or evaluate fewer or smaller reports at once.`;
}

/**
 * In the evaluation thread, sends whatever is written to process.stdout and process.stderr (the CLI's
 * and the Action's output, @actions/core's workflow commands, Node's warnings) over one channel to the
 * main thread, so that it reaches the terminal or log in order and at once (a worker's own stdio waits
 * for the main thread to acknowledge each write). Elsewhere it does nothing.
 */
export function routeHostedStdio(): void {
  const send = hostedOutput();
  if (!send) return;
  for (const [fd, stream] of [
    [1, process.stdout],
    [2, process.stderr],
  ] as const) {
    // Bytes are decoded as the stream would write them: a character split across writes stays whole.
    const decoder = new StringDecoder('utf8');
    const write = (chunk: string | Uint8Array, encoding?: unknown, callback?: unknown): boolean => {
      const named = typeof encoding === 'string' ? (encoding as BufferEncoding) : undefined;
      const text =
        typeof chunk === 'string' && (named === undefined || named === 'utf8' || named === 'utf-8')
          ? decoder.end() + chunk
          : decoder.write(typeof chunk === 'string' ? Buffer.from(chunk, named) : Buffer.from(chunk));
      if (text !== '') send(fd, text);
      const done = typeof encoding === 'function' ? encoding : callback;
      if (typeof done === 'function') queueMicrotask(() => (done as () => void)());
      return true;
    };
    stream.write = write as typeof stream.write;
  }
}

const ACTION_ENTRY = Symbol.for('shipgate.action-entry');

/** Said by the Action's entry before it imports the Action to call it (see actionEntryImports). */
export function markActionEntry(): void {
  (globalThis as Record<symbol, unknown>)[ACTION_ENTRY] = true;
}

/**
 * Whether the Action's entry (src/action-entry.ts) imported the Action in this thread and calls it
 * itself; otherwise (in the evaluation thread, or run directly) the Action runs when it loads.
 */
export function actionEntryImports(): boolean {
  return isMainThread && (globalThis as Record<symbol, unknown>)[ACTION_ENTRY] === true;
}
