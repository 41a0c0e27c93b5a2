/** Escaping untrusted text (messages, paths, rule ids, reasons) for markdown sinks: no raw HTML, no live mentions. */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '|': '&#124;',
  '`': '&#96;',
  '@': '&#64;',
  '#': '&#35;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '\\': '&#92;',
  '~': '&#126;',
};

/**
 * Makes text safe inside a markdown paragraph or table cell: HTML and markdown structure characters
 * become entities, `@mentions` and `#refs` are neutralized, control characters and newlines become spaces.
 */
export function escapeMarkdown(text: string, maxLength = 500): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
  const capped = flat.length > maxLength ? `${flat.slice(0, maxLength - 1)}…` : flat;
  return capped.replace(/[&<>|`@#*_[\]\\~]/g, (c) => ENTITIES[c] ?? c);
}

/** One markdown table row; every cell is escaped. */
export function markdownRow(cells: readonly string[]): string {
  return `| ${cells.map((c) => escapeMarkdown(c)).join(' | ')} |`;
}

/** A markdown table; every cell is escaped. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [markdownRow(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(markdownRow)].join('\n');
}
