/**
 * The Action's entry (dist/action.js, action.yml's `main`): runs the Action (src/action.ts, bundled as
 * dist/action-main.js). When its inputs or its policy name a report it will stream (larger than
 * `stream-above`, at most 400 MiB of reports in all), it runs the Action in a worker thread whose young
 * generation is capped, as the command's entry does for the CLI (see src/bin.ts for why): the runner
 * starts `node dist/action.js` with no flags, so the main thread's young generation cannot be set.
 * Everything else, and any run where no worker can start, runs in this thread. Either way the same
 * code runs, with the same inputs, environment, log (the thread sends it here, in order, as it is
 * written), outputs, files and exit code. This file loads little, so that the Action's start stays
 * light.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  actionReportPlan,
  bugReport,
  markActionEntry,
  runInThread,
  setsYoungGeneration,
  streamsLarge,
} from './host.js';
import { ExitCode } from './errors.js';

/** The Action, beside this file. */
const ACTION = new URL('./action-main.js', import.meta.url);

/** What dist/action-main.js gives the entry that imports it. */
interface ActionModule {
  runAction(): Promise<void>;
  reportUnhandled(error: unknown): Promise<void>;
}

/** The Action, once this thread has loaded it. */
let action: ActionModule | undefined;

async function loadAction(): Promise<ActionModule> {
  markActionEntry();
  action = (await import(ACTION.href)) as ActionModule;
  return action;
}

/** A bug the Action could not report itself: a workflow error, the report in the log, exit 70. */
function internalError(error: unknown): void {
  process.stdout.write('::error::shipgate: internal error (a bug; the report below says where; please report it)\n');
  process.stderr.write(bugReport(error));
  process.exitCode = ExitCode.Internal;
}

let reporting = false;
/**
 * An error nothing caught is a bug: exit 70, as any internal error, never Node's 1. With the Action
 * loaded it is reported as any failed run is (`decision: error`, the step failed, the error summary),
 * so that no output an unfinished run set (`decision: approved`, say) stands; before that, as a
 * workflow error.
 */
function uncaught(error: unknown): void {
  if (reporting || action === undefined) {
    internalError(error);
    process.exit(ExitCode.Internal);
  }
  reporting = true;
  action
    .reportUnhandled(error)
    .catch(internalError)
    .finally(() => process.exit(ExitCode.Internal));
}
process.on('uncaughtException', uncaught);
process.on('unhandledRejection', uncaught);

/** The thread ran out of heap, or failed outside the Action's own handling: the Action reports it. */
async function threadFailure(error: unknown): Promise<void> {
  try {
    await (await loadAction()).reportUnhandled(error);
  } catch (failure) {
    // The report failed in turn (the Action's bundle gone, say): still a failed step, never a silent one.
    internalError(failure);
  }
}

function runsInThread(): boolean {
  try {
    return (
      !setsYoungGeneration(process.execArgv, process.env.NODE_OPTIONS) &&
      streamsLarge(actionReportPlan(process.env, process.cwd())) &&
      runInThread(ACTION, [], threadFailure)
    );
  } catch {
    return false;
  }
}

if (!existsSync(ACTION)) {
  process.stdout.write(
    `::error::shipgate: internal error: ${fileURLToPath(ACTION)} is missing beside the Action's entry; the Action's files are incomplete (use a release tag or commit of shipgate, whose dist/ holds every bundle).\n`,
  );
  process.exitCode = ExitCode.Internal;
} else if (!runsInThread()) await (await loadAction()).runAction();
