import type { Ingestor } from './types.js';
export declare const zap: Ingestor;
