/**
 * Where the `shipgate` command runs an evaluation (src/bin.ts decides, src/cli.ts runs it), kept
 * apart from the engine so that the command's entry loads nothing more.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isMainThread, workerData } from 'node:worker_threads';
import { resolveInputPaths } from './ingest/read.js';

/** Inputs above this size are streamed when their format allows. */
export const DEFAULT_STREAM_ABOVE_BYTES = 16 * 1024 * 1024;

/**
 * Whether an evaluate command line names a report (`--scan`, a path or a glob) larger than
 * the size above which reports are streamed (`--stream-above`, else the default): the evaluations
 * whose peak memory the young generation's growth raises (see src/bin.ts). Not with `--format json`,
 * and not for a line that does not parse: the CLI then runs in the thread that started it (and
 * reports the problem as usual).
 */
export function streamsLargeReport(args: string[], workspace: string | undefined, cwd: string): boolean {
  try {
    const { values } = parseArgs({
      args,
      options: {
        root: { type: 'string' },
        scan: { type: 'string', multiple: true },
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
    const scans = Array.isArray(values.scan) ? values.scan : [];
    return scans.some((scan) => typeof scan === 'string' && reportsOf(root, scan).some((path) => sizeOf(path) > above));
  } catch {
    return false;
  }
}

/** The files a --scan value names (a glob expanded as the evaluation will); none when it names none. */
function reportsOf(root: string, scan: string): string[] {
  try {
    return resolveInputPaths(root, scan).map((rel) => resolve(root, rel));
  } catch {
    return [];
  }
}

/** A regular file's size; 0 for anything else. */
function sizeOf(path: string): number {
  const info = statSync(path, { throwIfNoEntry: false });
  return info?.isFile() ? info.size : 0;
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
