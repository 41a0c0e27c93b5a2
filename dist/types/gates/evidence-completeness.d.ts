/** evidence-completeness: every input was read and shows a completed scan; required scan types are covered. */
import type { Gate } from './types.js';
export declare const evidenceCompleteness: Gate;
