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

/**
 * Text for a CI log, with no line that a runner reads as a workflow command. GitHub Actions takes a
 * line that starts (after white space) with `::` or `##[` as a command (`::error::`, `::add-mask::`,
 * `::stop-commands::`), and reports are attacker-controlled: a rule id or a file name with a line break
 * in it could forge an annotation or silence shipgate's own. Such a line gets a word joiner (U+2060,
 * invisible) in front, which the runner does not trim. shipgate's own commands go through
 * `@actions/core`, never through this text.
 */
export function neutralizeWorkflowCommands(text: string): string {
  return text
    .replace(/^([ \t]*)(::|##\[)/gm, '$1\u2060$2')
    .replace(/(\r\n?|[\u2028\u2029])([ \t]*)(::|##\[)/g, '$1$2\u2060$3');
}

/**
 * Untrusted text (a report's values reach warnings, errors and progress lines) for a terminal or a CI
 * log: no terminal control sequence, no carriage return that would overwrite a line, and no line a CI
 * runner reads as a workflow command. Line breaks stay: messages may list problems one per line.
 */
export function forLog(text: string): string {
  return neutralizeWorkflowCommands(
    // eslint-disable-next-line no-control-regex
    text.replace(/\r(?!\n)/g, '?').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '?'),
  );
}

/**
 * What shows nothing: white space, format characters (\p{Cf}: zero-width space U+200B, joiners
 * U+200C-U+200D, word joiner U+2060, byte order mark U+FEFF, bidirectional marks, soft hyphen, tags)
 * and the other characters Unicode says a renderer may ignore (\p{Default_Ignorable_Code_Point}: the
 * Hangul fillers U+3164 and U+FFA0, which are letters, variation selectors, the combining grapheme
 * joiner).
 */
const INVISIBLE = /[\s\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

/**
 * Whether text names something a person can read: once white space and invisible characters are
 * removed, a letter or digit remains. `alice` and `fix in 1.2` have meaningful text; `\u200B`, `-`,
 * `**` and ` \u2060 ` have none (a register or exception with such an owner names nobody, and such a
 * plan or reason says nothing). `trim()` and `\S` keep U+200B and U+2060, so they are no test of this.
 */
export function meaningfulText(value: string | undefined | null): boolean {
  return typeof value === 'string' && /[\p{L}\p{N}]/u.test(value.replace(INVISIBLE, ''));
}

/**
 * A name as compared with another to tell whether they are the same person (an exception's owner and
 * its approver): compatibility-normalized (NFKC: a full-width letter is the letter), without white space
 * or invisible characters, lower case. `security-lead\u200B` and ` Security-Lead` are `security-lead`.
 */
export function comparableName(value: string): string {
  return value.normalize('NFKC').replace(INVISIBLE, '').toLowerCase();
}

/**
 * Whether text holds a character that shows nothing and is not white space: a zero-width space, a
 * joiner, a byte order mark, a soft hyphen, a bidirectional mark, a variation selector, a Hangul filler
 * (what `comparableName` removes besides white space).
 */
export function hasInvisible(value: string): boolean {
  return /[\p{Cf}\p{Default_Ignorable_Code_Point}]/u.test(value);
}

/**
 * A value for a message, quoted as JSON, with invisible characters written as `\uXXXX` so that a
 * reader sees them: `"\u200B"`, not a pair of quotes that looks empty.
 */
export function showInvisible(value: string): string {
  return JSON.stringify(value).replace(/(?![ ])[\s\p{Cf}\p{Default_Ignorable_Code_Point}]/gu, (c) => {
    const hex = (c.codePointAt(0) as number).toString(16).toUpperCase();
    return hex.length > 4 ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
  });
}
