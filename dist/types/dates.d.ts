/** True for a real calendar date written `YYYY-MM-DD`. */
export declare function isIsoDate(value: string): boolean;
/** Whole days from `a` to `b` (both YYYY-MM-DD). */
export declare function daysBetween(a: string, b: string): number;
/** The date `days` whole days after `date` (both YYYY-MM-DD). */
export declare function addDays(date: string, days: number): string;
/**
 * The evaluation clock: the real time, or the time `SHIPGATE_NOW` pins (an ISO 8601 date-time with a
 * zone, e.g. `2026-11-25T12:00:00Z`), used by the demo and by tests of dated evidence. A value that is
 * not such a time is a configuration error rather than a silent fallback to the real clock.
 */
export declare function clockFromEnvironment(value: string | undefined): () => Date;
