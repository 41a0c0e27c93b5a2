/** Dates in evidence files: plain `YYYY-MM-DD` strings in UTC, never YAML timestamps (DESIGN 4.2). */
import { ConfigError } from './errors.js';

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Date.UTC reads the years 0 to 99 as 1900 to 1999; setUTCFullYear takes the year as written.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whole days from `a` to `b` (both YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The date `days` whole days after `date` (both YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The evaluation clock: the real time, or the time `SHIPGATE_NOW` pins (an ISO 8601 date-time with a
 * zone, e.g. `2026-11-25T12:00:00Z`), used by the demo and by tests of dated evidence. A value that is
 * not such a time is a configuration error rather than a silent fallback to the real clock.
 */
export function clockFromEnvironment(value: string | undefined): () => Date {
  if (value === undefined || value === '') return () => new Date();
  const pinned = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)
    ? new Date(value)
    : undefined;
  if (pinned === undefined || Number.isNaN(pinned.getTime()) || !isIsoDate(value.slice(0, 10)))
    throw new ConfigError(
      `SHIPGATE_NOW '${value}' is not a date-time (expected ISO 8601 with a zone, e.g. 2026-11-25T12:00:00Z).`,
    );
  return () => new Date(pinned.getTime());
}
