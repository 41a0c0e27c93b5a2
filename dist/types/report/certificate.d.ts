import type { Evaluation } from '../evaluation.js';
export declare const STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
export declare const VSA_PREDICATE_TYPE = "https://slsa.dev/verification_summary/v1";
export declare const VERIFIER_ID = "https://github.com/shipgate/shipgate";
export declare function buildCertificate(evaluation: Evaluation): Record<string, unknown>;
export declare function renderCertificateJson(evaluation: Evaluation): string;
export declare function renderCertificateMarkdown(evaluation: Evaluation): string;
