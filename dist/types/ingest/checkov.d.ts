import type { Ingestor } from './types.js';
export declare const checkov: Ingestor;
