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
/**
 * CVSS v3.1 Roundup (Appendix A): the smallest number with one decimal that is >= the input,
 * computed on integers so that 4.000000000000001 rounds to 4.0, not 4.1.
 */
export declare function roundUpCvss31(value: number): number;
/**
 * The CVSS v3.1 base score of a `CVSS:3.0/...` or `CVSS:3.1/...` vector, or undefined when the vector is
 * not a valid v3 vector (a base metric missing, repeated or out of range, an unknown metric).
 * Temporal and environmental metrics are allowed and do not change the base score.
 * Spec: https://www.first.org/cvss/v3.1/specification-document (section 7.1, Appendix A)
 */
export declare function cvss3BaseScore(vector: string): number | undefined;
/**
 * The CVSS v2 base score of a vector such as `AV:N/AC:L/Au:N/C:P/I:P/A:P` (also in parentheses, as NVD
 * once wrote it, or after a `CVSS:2.0/` prefix), or undefined when it is not a valid v2 vector.
 * Temporal and environmental metrics are allowed and do not change the base score.
 * Spec: https://www.first.org/cvss/v2/guide (section 3.2.1, base equation)
 */
export declare function cvss2BaseScore(vector: string): number | undefined;
/**
 * The CVSS v4.0 base score (CVSS-B) of a `CVSS:4.0/...` vector, or undefined when the vector is not a
 * valid v4.0 vector (a base metric missing, repeated or out of range, an unknown metric). Threat,
 * environmental and supplemental metrics are allowed and read as not defined, as a base score reads them
 * (exploit maturity Attacked, security requirements High).
 *
 * Spec: https://www.first.org/cvss/v4-0/specification-document (section 8.2): the vector's MacroVector
 * (EQ1..EQ6) gives the score of its highest-severity vectors; the score is lowered by the mean, over
 * the equivalence sets that have a lower MacroVector, of the score drop to that MacroVector times the
 * vector's severity distance from the highest-severity vector over the depth of its level.
 */
export declare function cvss4BaseScore(vector: string): number | undefined;
