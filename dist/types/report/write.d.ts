import type { Evaluation } from '../evaluation.js';
import type { FindingsRegister } from '../evidence/register.js';
export declare const CERTIFICATE_FILES: readonly ["security-approval-certificate.md", "security-approval-certificate.json"];
/** Removes a certificate left by an earlier run, so none can look current. */
export declare function removeStaleCertificates(outDir: string): Promise<void>;
/** Writes every output for the evaluation; returns the paths written. */
export declare function writeOutputs(outDir: string, evaluation: Evaluation, register: FindingsRegister | undefined): Promise<string[]>;
