/**
 * Date.UTC reads the years 0 to 99 as 1900 to 1999, so isIsoDate called `0026-11-20` "not a calendar
 * date". It is one (long past), and its real problem is what the user now sees: an exception approved
 * and expiring in the year 26 has expired.
 */
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDate } from '../src/dates.js';
import { parseAssessment } from '../src/evidence/assessment.js';
import { applyExceptions, parseExceptionFile } from '../src/evidence/exceptions.js';
import { makeFinding, releasePolicy } from './helpers.js';

const exceptionFile = (approvedOn: string, expires: string) =>
  [
    'exceptions:',
    '  - id: EXC-1',
    '    type: risk-acceptance',
    '    match: { vulnerability: CVE-2020-8203 }',
    '    reason: not reachable',
    '    owner: alice',
    '    approvedBy: security-lead',
    `    approvedOn: ${approvedOn}`,
    `    expires: ${expires}`,
    '',
  ].join('\n');

describe('dates in the years 0000 to 0099', () => {
  it('isIsoDate takes them as written: real days are dates, days that do not exist are not', () => {
    for (const date of ['0026-11-20', '0000-01-01', '0099-12-31', '0004-02-29', '0000-02-29', '0100-01-01'])
      expect(isIsoDate(date), date).toBe(true);
    // 100 and 1900 are not leap years; 4 and 0 are (proleptic Gregorian).
    for (const date of ['0026-02-29', '0100-02-29', '1900-02-29', '0026-13-01', '0026-11-31', '0026-00-10'])
      expect(isIsoDate(date), date).toBe(false);
    // Years from 100 on were right before, and still are.
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
  });

  it('daysBetween and addDays count them as the years written', () => {
    expect(daysBetween('0026-11-20', '0026-12-20')).toBe(30);
    expect(addDays('0026-11-20', 30)).toBe('0026-12-20');
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
  });

  it('an exception dated in the year 26 parses, and is rejected as expired, not as "not a calendar date"', () => {
    const [exception] = parseExceptionFile(exceptionFile('0026-11-20', '0026-12-20'), '.shipgate/exceptions/a.yml');
    expect(exception?.approvedOn).toBe('0026-11-20');
    const finding = makeFinding({ scanType: 'dependency', ruleId: 'CVE-2020-8203', aliases: ['CVE-2020-8203'] });
    const { report } = applyExceptions([finding], exception ? [exception] : [], releasePolicy(), '2026-11-25');
    expect(report.rejected).toEqual([
      expect.objectContaining({
        id: 'EXC-1',
        status: 'expired',
        line: 9,
        reason:
          'expired on 0026-12-20 (expected expires after today, 2026-11-25: renew it with a new approval, or fix the finding)',
      }),
    ]);
    // A day that does not exist in the year 26 is still refused, with its line.
    expect(() => parseExceptionFile(exceptionFile('0026-02-29', '0026-03-20'), 'a.yml')).toThrow(
      expect.objectContaining({
        problems: [expect.stringContaining("'0026-02-29' is not a calendar date (expected YYYY-MM-DD).")],
      }),
    );
  });

  it('an assessment Date in the year 26 is a date', () => {
    const markdown = (date: string) =>
      `| Control | Status | Date |\n| --- | --- | --- |\n| authentication | Verified | ${date} |\n`;
    expect(parseAssessment(markdown('0026-11-20'), 'a.md').controls[0]?.date).toBe('0026-11-20');
    expect(() => parseAssessment(markdown('0026-11-31'), 'a.md')).toThrow("'0026-11-31' is not a date");
  });
});
