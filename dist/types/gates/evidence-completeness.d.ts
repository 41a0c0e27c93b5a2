import type { Gate } from './types.js';
export declare const evidenceCompleteness: Gate;
