/** The severity table of DESIGN 3.1, shared by every ingestor. */
import type { Severity } from '../model.js';

/** Bands a CVSS-style score: >= 9.0 critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low, 0 info. */
export function severityFromScore(score: number): Severity | undefined {
  if (!Number.isFinite(score) || score < 0 || score > 10) return undefined;
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  if (score > 0) return 'low';
  return 'info';
}

const VENDOR_WORDS: Record<string, Severity> = {
  critical: 'critical',
  high: 'high',
  error: 'high',
  medium: 'medium',
  moderate: 'medium',
  warning: 'medium',
  low: 'low',
  negligible: 'low',
  note: 'low',
  info: 'info',
  informational: 'info',
  none: 'info',
  unknown: 'unknown',
};

/**
 * Maps a vendor severity word (Trivy, Grype, npm audit, Snyk, Semgrep, Bandit, Nuclei...) to a severity,
 * case-insensitively. Returns undefined for words outside the table.
 */
export function severityFromWord(word: unknown): Severity | undefined {
  if (typeof word !== 'string') return undefined;
  return VENDOR_WORDS[word.trim().toLowerCase()];
}

/** SARIF `level`: error -> high, warning -> medium, note -> low, none -> info. */
export function severityFromLevel(level: string): Severity | undefined {
  switch (level) {
    case 'error':
      return 'high';
    case 'warning':
      return 'medium';
    case 'note':
      return 'low';
    case 'none':
      return 'info';
    default:
      return undefined;
  }
}

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
export function readSecuritySeverity(value: unknown): SecuritySeverityReading {
  if (value === undefined || value === null) return {};
  if (typeof value === 'number') {
    const severity = severityFromScore(value);
    return severity ? { severity, source: `security-severity ${value}` } : { invalid: String(value) };
  }
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(trimmed)) {
      const severity = severityFromScore(Number(trimmed));
      return severity ? { severity, source: `security-severity ${trimmed}` } : { invalid: value };
    }
    const word = trimmed.toLowerCase();
    if (['critical', 'high', 'medium', 'low'].includes(word))
      return { severity: word as Severity, source: `security-severity ${trimmed}` };
    return { invalid: value };
  }
  return { invalid: JSON.stringify(value) };
}
