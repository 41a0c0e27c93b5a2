import type { Evaluation } from '../evaluation.js';
import type { FindingsRegister } from '../evidence/register.js';
import { type OutputContent } from './index.js';
export declare const CERTIFICATE_FILES: readonly ["security-approval-certificate.md", "security-approval-certificate.json"];
/** Removes a certificate left by an earlier run, so none can look current. */
export declare function removeStaleCertificates(outDir: string): Promise<void>;
/**
 * Writes text or text chunks, gathered into writes of about 1 MiB: each chunk is encoded straight
 * into one reused buffer (no joined string, no buffer per write); a chunk too large for it is
 * written on its own.
 */
export declare function writeContent(path: string, content: OutputContent): Promise<void>;
/** Writes every output for the evaluation; returns the paths written. */
export declare function writeOutputs(outDir: string, evaluation: Evaluation, register: FindingsRegister | undefined): Promise<string[]>;
