import type { Ingestor } from './types.js';
export { cvss3BaseScore, roundUpCvss31 } from './severity.js';
export declare const osvScanner: Ingestor;
