/**
 * Lookup tables keyed by text from outside: a report's severity word, ecosystem or CVSS metric value.
 * A plain object literal inherits from Object.prototype, so `table['constructor']` is the Object
 * function and `'toString' in table` is true: a report whose severity is "constructor" got a finding
 * whose severity was a function, which no gate counted. These tables have no prototype: a name they
 * do not hold finds nothing.
 */
export function lookupTable<T>(entries: Record<string, T>): Readonly<Record<string, T | undefined>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

/** An empty object without a prototype, to fill with keys from outside. */
export function emptyTable<T>(): Record<string, T | undefined> {
  return Object.create(null) as Record<string, T | undefined>;
}
