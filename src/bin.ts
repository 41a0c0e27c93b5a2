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
import { ExitCode } from './errors.js';
import {
  bugReport,
  outOfHeap,
  removeHostedCertificates,
  runInThread,
  setsYoungGeneration,
  streamsLargeReport,
} from './host.js';

// A reader that went away (`| head`) leaves the rest of the output nowhere, as it would any command's.
// Any other failure to write the report to stdout (a full device, EIO) is an output error, exit 5,
// never a bug (70): the report did not reach its reader.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => {
    // stderr only carries messages: the exit code still says what happened.
    if (error.code === 'EPIPE' || stream === process.stderr) return;
    // A failed run leaves no certificate: those the evaluation thread wrote go (src/cli.ts does the same
    // for an evaluation in this thread, before this listener runs).
    const removed = removeHostedCertificates();
    process.stderr.write(
      `shipgate: output error: the report could not be written to stdout (${error.code ?? error.message})${removed > 0 ? '; the certificate this run wrote was removed' : ''}.\n`,
    );
    process.exit(ExitCode.Output);
  });

/** An error nothing caught is a bug: exit 70, as any internal error, never Node's 1 ("rejected"). */
function uncaught(error: unknown): void {
  process.stderr.write(bugReport(error));
  process.exit(ExitCode.Internal);
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
function threadFailure(error: unknown): void {
  const heap = outOfHeap(error);
  if (heap) fail(ExitCode.Input, `shipgate: input error: ${heap}\n`);
  else fail(ExitCode.Internal, bugReport(error));
}

function evaluateInThread(args: string[]): boolean {
  return (
    args.includes('evaluate') &&
    !setsYoungGeneration(process.execArgv, process.env.NODE_OPTIONS) &&
    streamsLargeReport(args, process.env.GITHUB_WORKSPACE, process.cwd()) &&
    runInThread(CLI, args, threadFailure)
  );
}

if (!existsSync(CLI))
  fail(
    ExitCode.Internal,
    `shipgate: internal error: ${fileURLToPath(CLI)} is missing beside the command; reinstall shipgate.\n`,
  );
else if (!evaluateInThread(process.argv.slice(2))) await import(CLI.href);
