import type { Ingestor } from './types.js';
/**
 * CVSS v3.1 Roundup (Appendix A): the smallest number with one decimal that is >= the input,
 * computed on integers so that 4.000000000000001 rounds to 4.0, not 4.1.
 */
export declare function roundUpCvss31(value: number): number;
/**
 * The CVSS v3.1 base score of a `CVSS:3.0/...` or `CVSS:3.1/...` vector, or undefined when the vector is
 * not a valid v3 vector (a base metric missing, repeated or out of range, an unknown metric).
 * Temporal and environmental metrics are allowed and do not change the base score.
 */
export declare function cvss3BaseScore(vector: string): number | undefined;
export declare const osvScanner: Ingestor;
