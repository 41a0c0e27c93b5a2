import { describe, expect, it } from 'vitest';
import { addDays, clockFromEnvironment, daysBetween, isIsoDate } from '../src/dates.js';
import { ConfigError } from '../src/errors.js';

describe('dates', () => {
  it('isIsoDate accepts real calendar dates only', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-1')).toBe(false);
  });

  it('daysBetween counts whole days, negative backwards', () => {
    expect(daysBetween('2026-11-25', '2026-12-15')).toBe(20);
    expect(daysBetween('2026-11-25', '2026-11-24')).toBe(-1);
  });

  it('addDays crosses months, years and leap days, and is daysBetween undone', () => {
    expect(addDays('2026-11-25', 90)).toBe('2027-02-23');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-12-31', 0)).toBe('2026-12-31');
    for (const days of [1, 30, 365, 3650]) expect(daysBetween('2026-11-25', addDays('2026-11-25', days))).toBe(days);
  });

  it('clockFromEnvironment: unset or empty is the real clock', () => {
    for (const value of [undefined, '']) {
      const before = Date.now();
      const now = clockFromEnvironment(value)().getTime();
      expect(now).toBeGreaterThanOrEqual(before);
      expect(now).toBeLessThanOrEqual(Date.now());
    }
  });

  it('clockFromEnvironment: a date-time with a zone pins the clock, offsets included', () => {
    expect(clockFromEnvironment('2026-11-25T12:00:00Z')().toISOString()).toBe('2026-11-25T12:00:00.000Z');
    expect(clockFromEnvironment('2026-11-25T23:30+02:00')().toISOString()).toBe('2026-11-25T21:30:00.000Z');
    expect(clockFromEnvironment('2026-11-25T00:00:00.5Z')().toISOString()).toBe('2026-11-25T00:00:00.500Z');
  });

  it('clockFromEnvironment: anything else is a ConfigError naming the value', () => {
    for (const value of ['now', '2026-11-25', '2026-11-25T12:00:00', '2026-02-30T12:00:00Z', '2026-11-25T25:00:00Z'])
      expect(() => clockFromEnvironment(value)).toThrow(
        new ConfigError(
          `SHIPGATE_NOW '${value}' is not a date-time (expected ISO 8601 with a zone, e.g. 2026-11-25T12:00:00Z).`,
        ),
      );
  });
});
