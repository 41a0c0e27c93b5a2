/** Locale-independent comparisons: the same order on every machine, and far faster than localeCompare. */

/** Orders by UTF-16 code units. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders text with embedded numbers numerically: `/results/9` before `/results/10`. */
export function compareNatural(a: string, b: string): number {
  const pa = a.split(/(\d+)/);
  const pb = b.split(/(\d+)/);
  for (let i = 0; i < Math.min(pa.length, pb.length); i += 1) {
    const x = pa[i] as string;
    const y = pb[i] as string;
    if (x === y) continue;
    if (i % 2 === 1) return Number(x) - Number(y) || compareText(x, y);
    return compareText(x, y);
  }
  return pa.length - pb.length;
}
