/**
 * Where the `shipgate` command runs an evaluation (src/bin.ts decides, src/cli.ts runs it), kept
 * apart from the engine so that the command's entry loads nothing more.
 */
import { readFileSync } from 'node:fs';
import { posix, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, resourceLimits, workerData } from 'node:worker_threads';
import { load } from 'js-yaml';
import { inspectInputFile, relativeToRoot, resolveInputPaths } from './ingest/read.js';
import { forLog } from './strings.js';

/** Inputs above this size are streamed when their format allows. */
export const DEFAULT_STREAM_ABOVE_BYTES = 16 * 1024 * 1024;

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
 * Whether an evaluate command line reads a report (named by `--scan` or by the policy's `inputs`, a
 * path or a glob) larger than the size above which reports are streamed (`--stream-above`, else the
 * default), and reads at most THREAD_MAX_REPORT_BYTES in all: the evaluations whose peak memory the
 * young generation's growth raises (see src/bin.ts). Not with `--format json`, and not for a line that
 * does not parse: the CLI then runs in the thread that started it (and reports the problem as usual).
 * Only a guess at where to run: a policy or report it cannot read counts for nothing here, and the
 * evaluation says what is wrong with it in either thread.
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
    const root = resolve(text(values.root) || workspace || cwd);
    const given = Number(text(values['stream-above']));
    const above = Number.isSafeInteger(given) && given > 0 ? given : DEFAULT_STREAM_ABOVE_BYTES;
    const scans = Array.isArray(values.scan) ? values.scan.filter((scan) => typeof scan === 'string') : [];
    const policy = policyPlaces(root, text(values.policy));
    // Globs skip the output folder, as the evaluation's do.
    const out = text(values.out);
    const outputs = relativeToRoot(
      root,
      out ? resolve(cwd, out) : resolve(root, policy.outputDir ?? DEFAULT_OUTPUT_DIR),
    );
    const skip = outputs ? [outputs] : [];
    // By path, so that a report named twice counts once.
    const named = new Map([...policy.inputs, ...scans].flatMap((pattern) => [...reportSizes(root, pattern, skip)]));
    const sizes = [...named.values()];
    const total = sizes.reduce((sum, size) => sum + size, 0);
    return sizes.some((size) => size > above) && total <= THREAD_MAX_REPORT_BYTES;
  } catch {
    return false;
  }
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
  const found: { inputs?: string[]; outputDir?: string } = {};
  let ref: string | undefined = named ?? DEFAULT_POLICY;
  let from: string | undefined;
  for (let files = 0; ref !== undefined && !PRESET_NAMES.includes(ref) && files < 8; files += 1) {
    const path: string = from === undefined ? ref : posix.join(posix.dirname(from), ref);
    let doc: unknown;
    try {
      doc = load(readFileSync(resolve(root, path), 'utf8'));
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
    from = path;
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
 * What the command's entry tells the CLI adapter it starts in a worker thread: a worker's
 * process.stdout and process.stderr are pipes to the main thread, never terminals.
 */ export interface HostData {
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

/** In the evaluation thread, what writes the CLI's output (to the main thread); undefined elsewhere. */
export function hostedOutput(): ((fd: 1 | 2, text: string) => void) | undefined {
  const hosted = !isMainThread && (workerData as Partial<HostData> | null)?.terminal !== undefined;
  if (!hosted || parentPort === null) return undefined;
  const port = parentPort;
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
