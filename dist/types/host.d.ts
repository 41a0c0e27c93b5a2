/** Inputs above this size are streamed when their format allows. */
export declare const DEFAULT_STREAM_ABOVE_BYTES: number;
/**
 * Whether an evaluate command line names a report (`--scan`, a path or a glob) larger than
 * the size above which reports are streamed (`--stream-above`, else the default): the evaluations
 * whose peak memory the young generation's growth raises (see src/bin.ts). Not with `--format json`,
 * and not for a line that does not parse: the CLI then runs in the thread that started it (and
 * reports the problem as usual).
 */
export declare function streamsLargeReport(args: string[], workspace: string | undefined, cwd: string): boolean;
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
