/** Inputs above this size are streamed when their format allows. */
export declare const DEFAULT_STREAM_ABOVE_BYTES: number;
/**
 * Above this many bytes of named reports the evaluation stays in the main thread: there the thread
 * raised the peak instead of lowering it (measured: 100 MB 145 against 160 MiB, 300 MB 259–269
 * against 273–276, 700 MB 510 against 485; see Performance in the README).
 */
export declare const THREAD_MAX_REPORT_BYTES: number;
/** A message of the evaluation thread's output: the stream (1 stdout, 2 stderr) and the text. */
export interface OutputMessage {
    fd: 1 | 2;
    text: string;
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
export declare function streamsLarge(plan: ReportPlan): boolean;
/** The largest policy file streamsLarge reads for its inputs. */
export declare const MAX_GUESS_POLICY_BYTES: number;
/** The most input entries, and glob entries, streamsLarge looks at before it answers no. */
export declare const MAX_GUESS_PATTERNS = 256;
export declare const MAX_GUESS_GLOBS = 8;
/**
 * streamsLarge for an evaluate command line. Not with `--format json`, and not for a line that does
 * not parse: the CLI then runs in the thread that started it (and reports the problem as usual).
 */
export declare function streamsLargeReport(args: string[], workspace: string | undefined, cwd: string): boolean;
/**
 * The reports the Action's inputs name, read from the environment the runner gives it (`INPUT_ROOT`,
 * `INPUT_SCANS`, `INPUT_POLICY`, `INPUT_OUTPUT-DIR`, `INPUT_STREAM-ABOVE`) as src/action.ts reads them.
 */
export declare function actionReportPlan(env: NodeJS.ProcessEnv, cwd: string): ReportPlan;
/** The built-in presets (src/policy/load.ts PRESETS, gates/*.yml): they name no inputs. */
export declare const PRESET_NAMES: readonly string[];
/** The release preset's outputs.dir, where a policy that names none writes. */
export declare const DEFAULT_OUTPUT_DIR = ".artifacts/review-security";
/** The policy's default path (src/policy/load.ts DEFAULT_POLICY_PATH). */
export declare const DEFAULT_POLICY = ".shipgate/policy.yml";
/**
 * What the command's entry tells the CLI adapter it starts in a worker thread: a worker's
 * process.stdout and process.stderr are pipes to the main thread, never terminals.
 */ export interface HostData {
    terminal: {
        stdout: boolean;
        stderr: boolean;
    };
}
/** Whether stdout and stderr are terminals, from this thread or from the one that started it. */
export declare function terminals(stdout: {
    isTTY?: boolean;
}, stderr: {
    isTTY?: boolean;
}): HostData['terminal'];
/** Whether Node's options set the young generation (`--max-semi-space-size`), which would override the thread's cap. */
export declare function setsYoungGeneration(execArgv: readonly string[], nodeOptions?: string): boolean;
/** In the evaluation thread, what writes the CLI's output (to the main thread); undefined elsewhere. */
export declare function hostedOutput(): ((fd: 1 | 2, text: string) => void) | undefined;
/** The old generation's limit of this thread when it is a worker with its own limits (MiB); else undefined. */
export declare function threadOldGenerationMiB(): number | undefined;
/** The report of an error nothing caught, which is a bug (exit 70): one wording in every thread. */
export declare function bugReport(error: unknown): string;
/** The evaluation thread's young generation, in MiB: semi-spaces of 4 MiB (see Performance in the README). */
export declare const YOUNG_GENERATION_MIB = 12;
/**
 * Starts `entry` (a bundle beside the caller's) in the evaluation thread, with `argv` and the same
 * environment: its output comes here over one channel (hostedOutput), its exit code becomes this
 * process's, and a failure outside its own handling goes to `onFailure` after its last output. False
 * when no worker can start (Node's permission model without --allow-worker): the caller then runs the
 * entry in this thread.
 */
export declare function runInThread(entry: URL, argv: string[], onFailure: (error: unknown) => void | Promise<void>): boolean;
/**
 * What a thread that ran out of heap means to a user (an input error): the heap Node allows and how to
 * raise it. Undefined for any other failure, which is a bug.
 */
export declare function outOfHeap(error: unknown): string | undefined;
/**
 * In the evaluation thread, sends whatever the code writes to process.stdout and process.stderr over
 * the channel to the main thread (as hostedOutput does for the CLI's own writes): code that writes to
 * them itself, such as @actions/core's workflow commands, reaches the log in order and at once (a
 * worker's own stdio waits for the main thread to acknowledge each write). Elsewhere it does nothing.
 */
export declare function routeHostedStdio(): void;
/** Said by the Action's entry before it imports the Action to call it (see actionEntryImports). */
export declare function markActionEntry(): void;
/**
 * Whether the Action's entry (src/action-entry.ts) imported the Action in this thread and calls it
 * itself; otherwise (in the evaluation thread, or run directly) the Action runs when it loads.
 */
export declare function actionEntryImports(): boolean;
