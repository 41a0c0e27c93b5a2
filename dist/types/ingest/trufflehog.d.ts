import type { Ingestor } from './types.js';
/**
 * A keyed SHA-256 of a secret, 16 hex digits. The secret itself is never kept, and this hash only tells
 * occurrences apart in memory (RawFinding.occurrenceKey): it must reach no identity or output. Shared with
 * the Gitleaks reader (findings before v7 have no line).
 */
export declare function hashSecret(secret: string): string;
export declare const trufflehog: Ingestor;
