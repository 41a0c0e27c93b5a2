import type { Gate } from './types.js';
export declare const GATES: readonly Gate[];
