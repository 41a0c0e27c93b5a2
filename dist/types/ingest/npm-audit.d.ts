import type { Ingestor } from './types.js';
export declare const npmAudit: Ingestor;
