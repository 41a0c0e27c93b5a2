#!/usr/bin/env node
/**
 * The `shipgate` command (dist/cli.js): starts the CLI adapter (src/cli.ts, bundled as
 * dist/cli-main.js). An evaluation that streams a large report runs it in a worker thread whose young
 * generation is capped: under the allocation of a streamed report (every result parsed on its own)
 * V8 grows a main thread's young generation to 48 MiB, pages that stay in the process's memory, and
 * V8 reads the cap only when it makes a heap, so the main thread cannot lower its own. Every other
 * command line, and any where no worker can start (Node's permission model without
 * --allow-worker), runs in this thread: a worker's start (30 to 80 ms) would cost a small evaluation
 * more than it saves. Either way the same code runs, with the same arguments, environment, output
 * (the thread sends it here over one channel, in order, as it is written) and exit code.
 */
import { existsSync, realpathSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { bugReport, setsYoungGeneration, streamsLargeReport, type HostData, type OutputMessage } from './host.js';
import { HeapGuard, oldSpaceFlag } from './memory.js';

/** The evaluation thread's young generation, in MiB: semi-spaces of 4 MiB (see Performance in the README). */
const YOUNG_GENERATION_MIB = 12;

/** Exit codes (ExitCode in src/errors.ts): an input error, and an internal error. */
const INPUT = 3;
const INTERNAL = 70;

// A reader that went away (`| head`) leaves the rest of the output nowhere, as it would any command's.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });

/** An error nothing caught is a bug: exit 70, as any internal error, never Node's 1 ("rejected"). */
function uncaught(error: unknown): void {
  process.stderr.write(bugReport(error));
  process.exit(INTERNAL);
}
process.on('uncaughtException', uncaught);
process.on('unhandledRejection', uncaught);

/** The CLI adapter's bundle, beside this file's real path (a symlink to it may live anywhere). */
const CLI = new URL('./cli-main.js', pathToFileURL(realpathSync(fileURLToPath(import.meta.url))));

function fail(code: number, report: string): void {
  process.stderr.write(report);
  process.exitCode = code;
}

/** What the thread's failure outside the CLI's own handling means to a user: exit code and report. */
function threadFailure(error: Error & { code?: string }): [number, string] {
  if (error?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    // The old generation the heap guard budgets with: --max-old-space-size when given (V8 applies it to
    // every thread), else V8's limit less its young generation (the thread's is V8's default here).
    const mib = Math.round(new HeapGuard(oldSpaceFlag(process.execArgv, process.env.NODE_OPTIONS)).budget / 1048576);
    return [
      INPUT,
      `shipgate: input error: the evaluation ran out of the ${mib} MiB heap Node allows (${error.message}). Give Node a larger heap, e.g. NODE_OPTIONS=--max-old-space-size=${2 * mib} (in MiB), or evaluate fewer or smaller reports at once.\n`,
    ];
  }
  return [INTERNAL, bugReport(error)];
}

function evaluateInThread(args: string[]): boolean {
  if (
    !args.includes('evaluate') ||
    setsYoungGeneration(process.execArgv, process.env.NODE_OPTIONS) ||
    !streamsLargeReport(args, process.env.GITHUB_WORKSPACE, process.cwd())
  )
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
  worker.on('message', (message: OutputMessage) => {
    if (message?.fd === 1) process.stdout.write(message.text);
    else if (message?.fd === 2) process.stderr.write(message.text);
  });
  // Said after the thread's last output, which may still be on its way when the error arrives.
  let failure: [number, string] | undefined;
  worker.on('error', (error: Error) => (failure ??= threadFailure(error)));
  worker.on('exit', (code: number) => {
    if (failure) fail(...failure);
    else process.exitCode = code;
  });
  return true;
}

if (!existsSync(CLI))
  fail(
    INTERNAL,
    `shipgate: internal error: ${fileURLToPath(CLI)} is missing beside the command; reinstall shipgate.\n`,
  );
else if (!evaluateInThread(process.argv.slice(2))) await import(CLI.href);
