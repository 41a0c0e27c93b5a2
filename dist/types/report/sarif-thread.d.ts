import { type SarifFrame } from './sarif.js';
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
/**
 * Starts a thread that writes the SARIF log to `path`. Undefined when no thread can be started
 * (Node's permission model without --allow-worker): the caller then renders in its own thread.
 */
export declare function startSarifThread(path: string, frame: SarifFrame, folder?: string): SarifThread | undefined;
