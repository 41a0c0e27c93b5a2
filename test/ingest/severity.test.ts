import { describe, expect, it } from 'vitest';
import {
  cvss2BaseScore,
  cvss3BaseScore,
  cvss4BaseScore,
  readSecuritySeverity,
  severityFromLevel,
  severityFromScore,
  severityFromWord,
} from '../../src/ingest/severity.js';

describe('ingest/severity', () => {
  it('bands a CVSS score of 0 as info, but reads a SARIF security-severity below 0.1 as unusable (DESIGN 3.1 gives it no info band)', () => {
    expect(severityFromScore(0)).toBe('info');
    for (const score of [0, 0.0, 0.05, 0.09]) {
      expect(readSecuritySeverity(score)).toEqual({ invalid: String(score) });
      expect(readSecuritySeverity(String(score))).toEqual({ invalid: String(score) });
    }
    expect(readSecuritySeverity('0.0')).toEqual({ invalid: '0.0' });
    expect(readSecuritySeverity('-0')).toEqual({ invalid: '-0' });
    expect(readSecuritySeverity(0.1)).toEqual({ severity: 'low', source: 'security-severity 0.1' });
  });

  it.each([
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

  it('treats an absent security-severity as absent, and null as present but unusable (DESIGN 3.1: a warning)', () => {
    expect(readSecuritySeverity(undefined)).toEqual({});
    expect(readSecuritySeverity(null)).toEqual({ invalid: 'null' });
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

  describe('CVSS v4.0 base score', () => {
    // Reference scores of FIRST's CVSS v4.0 calculator, as the RedHatProductSecurity/cvss test suite
    // records them (tests/vectors_simple4); 147 of them were checked against this implementation when it was
    // written, these cover every EQ1..EQ4 level, both EQ3/EQ6 paths down and the rounding of x.x5.
    it.each([
      ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', 9.3],
      ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H', 10],
      ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:L/SC:N/SI:N/SA:N', 6.9],
      ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:H/VA:L/SC:N/SI:H/SA:L', 9.2],
      ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:H/SI:L/SA:H', 7.9],
      ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:L/VI:N/VA:N/SC:L/SI:N/SA:L', 5.3],
      ['CVSS:4.0/AV:N/AC:L/AT:N/PR:L/UI:A/VC:H/VI:H/VA:H/SC:H/SI:N/SA:H', 9.3],
      ['CVSS:4.0/AV:N/AC:L/AT:N/PR:H/UI:P/VC:L/VI:L/VA:N/SC:L/SI:N/SA:N', 4.8],
      ['CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:N/SA:H', 9.5],
      ['CVSS:4.0/AV:N/AC:L/AT:P/PR:H/UI:A/VC:N/VI:L/VA:L/SC:L/SI:N/SA:N', 1.8],
      ['CVSS:4.0/AV:N/AC:H/AT:N/PR:N/UI:N/VC:H/VI:H/VA:N/SC:L/SI:H/SA:L', 9.4],
      ['CVSS:4.0/AV:N/AC:H/AT:N/PR:H/UI:A/VC:N/VI:N/VA:N/SC:N/SI:H/SA:N', 4],
      ['CVSS:4.0/AV:A/AC:L/AT:P/PR:N/UI:P/VC:H/VI:H/VA:N/SC:L/SI:L/SA:L', 7.4],
      ['CVSS:4.0/AV:A/AC:H/AT:P/PR:N/UI:N/VC:H/VI:L/VA:H/SC:L/SI:L/SA:L', 6.1],
      ['CVSS:4.0/AV:A/AC:H/AT:P/PR:H/UI:N/VC:N/VI:L/VA:N/SC:H/SI:L/SA:H', 5],
      ['CVSS:4.0/AV:L/AC:L/AT:N/PR:N/UI:A/VC:H/VI:H/VA:L/SC:H/SI:N/SA:N', 9.2],
      ['CVSS:4.0/AV:L/AC:L/AT:P/PR:N/UI:A/VC:N/VI:N/VA:L/SC:H/SI:H/SA:H', 5],
      ['CVSS:4.0/AV:L/AC:L/AT:P/PR:H/UI:N/VC:N/VI:L/VA:H/SC:L/SI:L/SA:N', 5.7],
      ['CVSS:4.0/AV:L/AC:H/AT:P/PR:L/UI:A/VC:L/VI:L/VA:L/SC:N/SI:N/SA:N', 1],
      ['CVSS:4.0/AV:P/AC:L/AT:N/PR:N/UI:N/VC:L/VI:N/VA:L/SC:L/SI:L/SA:N', 2.4],
      ['CVSS:4.0/AV:P/AC:L/AT:N/PR:N/UI:P/VC:H/VI:H/VA:L/SC:L/SI:H/SA:H', 8.5],
      ['CVSS:4.0/AV:P/AC:L/AT:N/PR:L/UI:A/VC:L/VI:H/VA:H/SC:H/SI:H/SA:H', 7.2],
    ])('scores %s as %s', (vector, score) => {
      expect(cvss4BaseScore(vector)).toBe(score);
    });

    it('scores a vector without any impact 0, and reads threat and environmental metrics as not defined', () => {
      expect(cvss4BaseScore('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N')).toBe(0);
      const base = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N';
      expect(cvss4BaseScore(`${base}/E:U/CR:L/MAV:P/S:N/AU:Y`)).toBe(9.3);
    });

    it.each([
      ['a base metric missing', 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N'],
      ['a value out of range', 'CVSS:4.0/AV:X/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'],
      ['S, a value only environmental metrics take', 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:S/SA:N'],
      ['a repeated metric', 'CVSS:4.0/AV:N/AV:L/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'],
      ['an unknown metric', 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/ZZ:1'],
      ['a CVSS v3.1 vector', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'],
      ['no version prefix', 'AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'],
    ])('refuses %s', (_what, vector) => {
      expect(cvss4BaseScore(vector)).toBeUndefined();
    });
  });

  describe('CVSS v2 base score', () => {
    // Reference scores of the CVSS v2 base equation (FIRST guide, section 3.2.1), as NVD publishes them and the
    // RedHatProductSecurity/cvss test suite records them (tests/vectors_simple2).
    it.each([
      ['AV:N/AC:L/Au:N/C:P/I:P/A:P', 7.5],
      ['AV:N/AC:L/Au:N/C:C/I:C/A:C', 10],
      ['AV:N/AC:M/Au:N/C:N/I:P/A:N', 4.3],
      ['AV:N/AC:L/Au:N/C:N/I:N/A:P', 5],
      ['AV:L/AC:L/Au:N/C:C/I:C/A:C', 7.2],
      ['AV:L/AC:L/Au:N/C:P/I:N/A:N', 2.1],
      ['AV:L/AC:H/Au:M/C:N/I:N/A:P', 0.8],
      ['AV:L/AC:H/Au:S/C:C/I:C/A:C', 6],
      ['AV:A/AC:H/Au:N/C:P/I:P/A:P', 4.3],
      ['AV:A/AC:M/Au:M/C:P/I:P/A:C', 5.9],
      ['AV:L/AC:L/Au:N/C:N/I:N/A:N', 0],
      ['(AV:N/AC:L/Au:N/C:P/I:P/A:P)', 7.5],
      ['CVSS:2.0/AV:N/AC:L/Au:N/C:P/I:P/A:P/E:U/RL:OF/RC:C', 7.5],
    ])('scores %s as %s', (vector, score) => {
      expect(cvss2BaseScore(vector)).toBe(score);
    });

    it.each([
      ['a base metric missing', 'AV:N/AC:L/Au:N/C:P/I:P'],
      ['a value out of range', 'AV:X/AC:L/Au:N/C:P/I:P/A:P'],
      ['an unknown metric', 'AV:N/AC:L/Au:N/C:P/I:P/A:P/ZZ:1'],
      ['a CVSS v3.1 vector', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'],
    ])('refuses %s', (_what, vector) => {
      expect(cvss2BaseScore(vector)).toBeUndefined();
    });

    it('keeps CVSS v3 as it was', () => {
      expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toBe(9.8);
    });
  });
});
