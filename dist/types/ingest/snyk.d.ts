import type { Ingestor } from './types.js';
export declare const snyk: Ingestor;
