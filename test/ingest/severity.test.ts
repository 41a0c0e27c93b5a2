import { describe, expect, it } from 'vitest';
import {
  readSecuritySeverity,
  severityFromLevel,
  severityFromScore,
  severityFromWord,
} from '../../src/ingest/severity.js';

describe('ingest/severity', () => {
  it.each([
    [0, 'info'],
    [0.1, 'low'],
    [3.9, 'low'],
    [4.0, 'medium'],
    [6.9, 'medium'],
    [7.0, 'high'],
    [8.9, 'high'],
    [9.0, 'critical'],
    [10, 'critical'],
  ])('bands security-severity %s as %s (CVSS v3 qualitative scale)', (score, severity) => {
    expect(severityFromScore(score)).toBe(severity);
    expect(readSecuritySeverity(score)).toEqual({ severity, source: `security-severity ${score}` });
    expect(readSecuritySeverity(String(score)).severity).toBe(severity);
  });

  it.each([10.1, -0.1, Number.NaN])('refuses the out-of-range score %s as invalid', (score) => {
    expect(severityFromScore(score)).toBeUndefined();
    expect(readSecuritySeverity(score).invalid).toBe(String(score));
    expect(readSecuritySeverity(score).severity).toBeUndefined();
  });

  it.each(['undefined', 'abc', '', '9.8.1', 'NaN'])(
    'reports the non-numeric security-severity %j as invalid',
    (value) => {
      expect(readSecuritySeverity(value)).toEqual({ invalid: value });
    },
  );

  it('reads severity words in security-severity (Semgrep writes CRITICAL)', () => {
    expect(readSecuritySeverity('CRITICAL')).toEqual({ severity: 'critical', source: 'security-severity CRITICAL' });
    expect(readSecuritySeverity('medium').severity).toBe('medium');
  });

  it('treats an absent security-severity as absent, not invalid', () => {
    expect(readSecuritySeverity(undefined)).toEqual({});
    expect(readSecuritySeverity(null)).toEqual({});
  });

  it('maps SARIF levels', () => {
    expect(['error', 'warning', 'note', 'none'].map(severityFromLevel)).toEqual(['high', 'medium', 'low', 'info']);
    expect(severityFromLevel('fatal')).toBeUndefined();
  });

  it('maps vendor words case-insensitively', () => {
    expect(['CRITICAL', 'High', 'moderate', 'Negligible', 'INFO', 'UNKNOWN'].map(severityFromWord)).toEqual([
      'critical',
      'high',
      'medium',
      'low',
      'info',
      'unknown',
    ]);
    expect(severityFromWord('SEVERE')).toBeUndefined();
    expect(severityFromWord(3)).toBeUndefined();
  });
});
