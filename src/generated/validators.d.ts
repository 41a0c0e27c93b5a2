/** Standalone validators compiled from schemas/ by scripts/gen-validators.mjs. */
import type { ValidateFunction } from 'ajv';

export const policy: ValidateFunction;
export const exception: ValidateFunction;
