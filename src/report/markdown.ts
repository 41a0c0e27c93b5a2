/** Escaping untrusted text (messages, paths, rule ids, reasons) for markdown sinks: no raw HTML, no live mentions. */
import { BIDI_CONTROLS } from '../strings.js';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '|': '&#124;',
  '`': '&#96;',
  // An entity alone may not stop GitHub's mention and reference links, which it finds after decoding:
  // a word joiner (U+2060, invisible) after the sign does.
  '@': '&#64;\u2060',
  '#': '&#35;\u2060',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '\\': '&#92;',
  '~': '&#126;',
};

/**
 * Whatever escapeMarkdown would change: control characters and line breaks, white space at either
 * end, the characters it turns into entities, bidirectional controls, and the `:` of a URL scheme or
 * a shortcode, `www.` and `GH-` (matched loosely: a false match only takes the full path).
 */
const NEEDS_ESCAPE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029&<>|`@#*_[\]\\~:\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|^\s|\s$|www\.|gh-/i;

/**
 * Makes text safe inside a markdown paragraph or table cell: HTML and markdown structure characters
 * become entities, `@mentions` and `#refs` are neutralized, control characters and newlines become
 * spaces, bidirectional controls U+FFFD, and the `://` and `www.` that GitHub turns into links by
 * themselves are broken by an entity, so a finding's text cannot put a live link in an output.
 */
export function escapeMarkdown(text: string, maxLength = 500): string {
  // Most cells (rule ids, paths, severities) hold none of what is replaced: returned as they are.
  if (text.length <= maxLength && !NEEDS_ESCAPE.test(text)) return text;
  return escapeEveryTime(text, maxLength);
}

/** escapeMarkdown without its shortcut (exported for the test that holds the two equal). */
export function escapeEveryTime(text: string, maxLength = 500): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
  // Cut between characters, never inside a surrogate pair (its lone half would be written as U+FFFD).
  const cut = flat.length > maxLength ? flat.slice(0, maxLength - 1).replace(/[\ud800-\udbff]$/, '') : flat;
  const capped = cut === flat ? flat : `${cut}…`;
  return (
    capped
      .replace(/[&<>|`@#*_[\]\\~]/g, (c) => ENTITIES[c] ?? c)
      .replace(BIDI_CONTROLS, '\ufffd')
      .replace(/:\/\//g, '&#58;//')
      .replace(/\b(www)\./gi, '$1&#46;')
      // GH-123 references, and :emoji: shortcodes (a forged ✅), get a word joiner too.
      .replace(/\b(GH-)(?=\d)/gi, '$1\u2060')
      .replace(/:(?=[a-z][a-z0-9+-]*(?:&#95;[a-z0-9+-]*)*:)/gi, ':\u2060')
  );
}

/** One markdown table row; every cell is escaped. */
export function markdownRow(cells: readonly string[]): string {
  return `| ${cells.map((c) => escapeMarkdown(c)).join(' | ')} |`;
}

/** A markdown table; every cell is escaped. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [markdownRow(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(markdownRow)].join('\n');
}
