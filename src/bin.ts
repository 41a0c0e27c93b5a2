#!/usr/bin/env node
/**
 * The `shipgate` command (dist/cli.js): starts the CLI adapter (src/cli.ts, bundled as
 * dist/cli-main.js). An evaluation that streams a large report runs it in a worker thread whose young
 * generation is capped: under the allocation of a streamed report (every result parsed on its own)
 * V8 grows a main thread's young generation to 48 MiB, pages that stay in the process's memory, and
 * V8 reads the cap only when it makes a heap, so the main thread cannot lower its own. Every other
 * command line, and any where no worker can start (Node's permission model without
 * --allow-worker), runs in this thread: a worker's start (about 30 ms) would cost a small evaluation
 * more than it saves. Either way the same code runs, with the same arguments, environment, exit code
 * and output.
 */
import { Worker } from 'node:worker_threads';
import { streamsLargeReport, type HostData } from './host.js';

/** The evaluation thread's young generation, in MiB: semi-spaces of 4 MiB (see Performance in the README). */
const YOUNG_GENERATION_MIB = 12;

/** Exit code of an internal error (ExitCode.Internal), for a thread that failed outside the CLI's own handling. */
const INTERNAL = 70;

/** What reads the evaluation thread's stdout after this thread's stdout has closed (EPIPE). */
let discard: (() => void) | undefined;

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  // A reader that went away (`| head`): as in this thread, the rest of the output goes nowhere,
  // instead of the thread waiting for a reader to the end.
  discard?.();
});

/** The CLI adapter's bundle, beside this one. */
const CLI = new URL('./cli-main.js', import.meta.url);

function evaluateInThread(args: string[]): boolean {
  if (!args.includes('evaluate') || !streamsLargeReport(args, process.env.GITHUB_WORKSPACE, process.cwd()))
    return false;
  const data: HostData = {
    terminal: { stdout: process.stdout.isTTY === true, stderr: process.stderr.isTTY === true },
  };
  let worker: Worker;
  try {
    worker = new Worker(CLI, {
      argv: args,
      workerData: data,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MIB },
    });
  } catch {
    return false;
  }
  discard = () => worker.stdout.resume();
  let failed = false;
  worker.on('error', (error: Error) => {
    failed = true;
    process.stderr.write(`shipgate: internal error (a bug; please report it):\n${error?.stack ?? String(error)}\n`);
    process.exitCode = INTERNAL;
  });
  worker.on('exit', (code: number) => {
    if (!failed) process.exitCode = code;
  });
  return true;
}

if (!evaluateInThread(process.argv.slice(2))) await import(CLI.href);
