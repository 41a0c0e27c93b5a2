/**
 * Makes text safe inside a markdown paragraph or table cell: HTML and markdown structure characters
 * become entities, `@mentions` and `#refs` are neutralized, control characters and newlines become
 * spaces, bidirectional controls U+FFFD, and the `://` and `www.` that GitHub turns into links by
 * themselves are broken by an entity, so a finding's text cannot put a live link in an output.
 */
export declare function escapeMarkdown(text: string, maxLength?: number): string;
/** escapeMarkdown without its shortcut (exported for the test that holds the two equal). */
export declare function escapeEveryTime(text: string, maxLength?: number): string;
/** One markdown table row; every cell is escaped. */
export declare function markdownRow(cells: readonly string[]): string;
/** A markdown table; every cell is escaped. */
export declare function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string;
