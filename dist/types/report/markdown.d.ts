/** Escaping untrusted text (messages, paths, rule ids, reasons) for markdown sinks: no raw HTML, no live mentions. */
/**
 * Makes text safe inside a markdown paragraph or table cell: HTML and markdown structure characters
 * become entities, `@mentions` and `#refs` are neutralized, control characters and newlines become spaces.
 */
export declare function escapeMarkdown(text: string, maxLength?: number): string;
/** One markdown table row; every cell is escaped. */
export declare function markdownRow(cells: readonly string[]): string;
/** A markdown table; every cell is escaped. */
export declare function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string;
