/** The severity table of DESIGN 3.1, shared by every ingestor. */
import type { Severity } from '../model.js';
/** Bands a CVSS-style score: >= 9.0 critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low, 0 info. */
export declare function severityFromScore(score: number): Severity | undefined;
/**
 * Maps a vendor severity word (Trivy, Grype, npm audit, Snyk, Semgrep, Bandit, Nuclei...) to a severity,
 * case-insensitively. Returns undefined for words outside the table.
 */
export declare function severityFromWord(word: unknown): Severity | undefined;
/** SARIF `level`: error -> high, warning -> medium, note -> low, none -> info. */
export declare function severityFromLevel(level: string): Severity | undefined;
export interface SecuritySeverityReading {
    severity?: Severity;
    /** Text for severitySource, e.g. "security-severity 9.8". */
    source?: string;
    /** Set when a value was present but unusable. */
    invalid?: string;
}
/**
 * Reads a SARIF `security-severity` value: a number, a numeric string, or a word (Semgrep writes CRITICAL).
 * An unusable value ("undefined", "abc", 10.1) is reported as invalid so the caller falls back and warns.
 */
export declare function readSecuritySeverity(value: unknown): SecuritySeverityReading;
