/** String helpers: locale-independent comparisons (the same order on every machine, and far faster than localeCompare), and flat copies. */

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

/**
 * Returns a flat copy of a string built by concatenation. A template literal makes a tree of cons
 * strings (32 bytes a node) that keeps every part alive; an identity kept for each of 100,000 findings
 * is then several times its length. Joining two slices builds one sequential string.
 */
export function flatString(text: string): string {
  return text.length < 2 ? text : [text.slice(0, 1), text.slice(1)].join('');
}

/**
 * `encode`, remembered per distinct string, for the strings many records share (rule ids, titles,
 * paths, severities): each is encoded once, and equal strings get the same instance back. Bounded:
 * past `max` distinct strings, new ones are encoded each time and not kept, so a report of unique
 * strings cannot grow it without limit.
 */
export class TextMemo {
  private readonly known = new Map<string, string>();

  constructor(
    private readonly encode: (text: string) => string,
    private readonly max = 65_536,
  ) {}

  /** How many strings are remembered. */
  get size(): number {
    return this.known.size;
  }

  get(text: string): string {
    let encoded = this.known.get(text);
    if (encoded === undefined) {
      encoded = this.encode(text);
      if (this.known.size < this.max) this.known.set(text, encoded);
    }
    return encoded;
  }
}
