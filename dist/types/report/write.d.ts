import type { Evaluation } from '../evaluation.js';
import type { FindingsRegister } from '../evidence/register.js';
import { type OutputContent } from './index.js';
export declare const CERTIFICATE_FILES: readonly ["security-approval-certificate.md", "security-approval-certificate.json"];
/** Every file an evaluation may write into the output directory (DESIGN 6). */
export declare const OUTPUT_FILES: readonly ["scan-results.json", "scope-register.json", "disposition-record.md", "shipgate.sarif", "findings-register.csv", "security-remediation-backlog.csv", "security-approval-certificate.md", "security-approval-certificate.json"];
/**
 * Removes every output an earlier run left, but the files `keep` names (ones this run reads), so that a
 * run that then fails leaves no disposition record or scan results that look current, as it leaves
 * no certificate.
 */
export declare function removeStaleOutputs(outDir: string, keep: (path: string) => boolean): Promise<void>;
/**
 * `mkdir -p`: makes the folder and the parents it lacks, one at a time from the deepest that exists.
 * Node's own recursive mkdir never returns for a path under a folder that refuses new entries with
 * ENOENT (`/proc/x/y`: it retries the parent forever); here the first refusal is the error.
 */
export declare function makeFolders(path: string): void;
/**
 * Writes text or text chunks, gathered into writes of about 1 MiB: each chunk is encoded straight
 * into one reused buffer (no joined string, no buffer per write); a chunk too large for it is
 * written on its own. `pace`, asked after each write, may hold the next one back (a consumer of the
 * chunks' side effects that must catch up).
 */
export declare function writeContent(path: string, content: OutputContent, pace?: () => Promise<void> | undefined): Promise<void>;
/** From this many findings on, shipgate.sarif is written by a second thread (see sarif-thread.ts). */
export declare const SARIF_THREAD_MIN_FINDINGS = 5000;
/**
 * Writes every output for the evaluation; returns the paths written, in `renderOutputs` order.
 * Each file is written to a temporary name and renamed into place.
 */
export declare function writeOutputs(outDir: string, evaluation: Evaluation, register: FindingsRegister | undefined, options?: {
    sarifThreadMinFindings?: number;
    sarifMaxResults?: number;
}): Promise<string[]>;
