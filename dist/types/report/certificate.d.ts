import type { Evaluation } from '../evaluation.js';
export declare const STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
export declare const VSA_PREDICATE_TYPE = "https://slsa.dev/verification_summary/v1";
export declare const VERIFIER_ID = "https://github.com/shipgate/shipgate";
/** The sha256 of a set of inputs, one `sha256  path` line each: the subject when there is no commit. */
export declare function inputSetDigest(inputs: readonly {
    sha256: string;
    path: string;
}[]): string;
export declare function buildCertificate(evaluation: Evaluation): Record<string, unknown>;
export declare function renderCertificateJson(evaluation: Evaluation): string;
export declare function renderCertificateMarkdown(evaluation: Evaluation): string;
