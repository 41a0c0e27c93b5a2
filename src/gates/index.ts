/** The gate registry, in evaluation order. */
import { controlVerification } from './control-verification.js';
import { dispositionIntegrity } from './disposition-integrity.js';
import { evidenceCompleteness } from './evidence-completeness.js';
import { scanCleanliness } from './scan-cleanliness.js';
import type { Gate } from './types.js';

export const GATES: readonly Gate[] = [
  evidenceCompleteness,
  scanCleanliness,
  controlVerification,
  dispositionIntegrity,
];
