/**
 * The manual control assessment (DESIGN 4.4): a markdown file in which people record which security
 * controls they verified, read from every real GFM table that has a `Control` and a `Status` column.
 * The file is parsed with a CommonMark + GFM table parser (mdast-util-from-markdown), so a table inside
 * a code block, an HTML comment or an HTML block is text, not a table, and never counts. That parser
 * knows no GFM footnotes, which GitHub shows: a footnote definition that holds a '|' is refused.
 * Spec: https://github.github.com/gfm/#tables-extension-
 */
import type { Nodes, Root, Table, TableRow } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { InputError } from '../errors.js';
import { isIsoDate } from '../dates.js';
import { comparableName, hasInvisible, showInvisible } from '../strings.js';
import { quoteForMessage } from './register.js';

/** What the assessment says about a control, as written in the file (matched case-insensitively). */
export const CONTROL_STATUSES = [
  'Verified',
  'Not verified',
  'Partially verified',
  'Not applicable',
  'Pending',
] as const;
export type ControlStatus = (typeof CONTROL_STATUSES)[number];

/** Most '|' an assessment may hold: room for 2,000 controls of 9 columns. */
const MAX_TABLE_PIPES = 20_000;

/**
 * Most characters an assessment may hold. The markdown parser reads about 100 to 500 KB a second
 * whatever the text (40,000 short lines of link or footnote definitions, headings or paragraphs took 1
 * to 5 s; 200,000 definitions, 1.6 MB, 28 s), so the 16 MiB any evidence file may have would take
 * minutes. A table of 2,000 controls with a megabyte of notes is smaller.
 */
export const MAX_ASSESSMENT_CHARS = 2_000_000;

/**
 * Most emphasis delimiters (`*` and `_`) a file may hold. The markdown parser's time grows with the
 * square of the delimiter runs that do not pair up: 20,000 `*a` took 9 s, 40,000 took 44 s, and as
 * many `a_ ` behave alike; 4,000 take a few tenths of a second on a busy machine, 3,000 well under.
 * An assessment bolds a word here and there and has an underscore in an id or a link now and then.
 */
export const MAX_EMPHASIS_MARKS = 3_000;

/**
 * Most container markers (`>`, and the list markers `-`, `*`, `+`, `1.`, `1)`) a line may start with.
 * The markdown parser's time grows with the square of the nesting (12,000 `- ` on one line took a
 * minute, and the tree it builds is that deep); a control assessment nests a few levels.
 */
export const MAX_LINE_CONTAINERS = 64;

/**
 * Most columns a line's content may start after: its indentation and the container markers before it,
 * a tab counted as 4. A list indented one step further on each line nests one level deeper on each;
 * past this the nesting, and the parser's time, would grow with the file (a 9 MB file ran 11 minutes).
 */
export const MAX_LINE_INDENT = 256;

/**
 * Most container markers in the whole file. The parser's time grows with the square of the number of
 * list items too (every item re-reads the list so far): 5,000 lines of `- - x` took 6 s, 10,000 took
 * 25 s; 2,000 markers take well under a second, and an assessment's notes use a few dozen.
 */
export const MAX_FILE_CONTAINERS = 2_000;

/** Criticality words (case-insensitive); only `critical` requires `Verified`. An empty cell is allowed. */
export const CRITICALITIES = ['critical', 'high', 'medium', 'low'] as const;

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The controls `shipgate init` writes and the release preset requires. */
export const DEFAULT_CONTROLS: readonly { id: string; name: string }[] = [
  { id: 'authentication', name: 'Authentication' },
  { id: 'authorization', name: 'Authorization' },
  { id: 'data-protection', name: 'Data protection' },
  { id: 'secrets-management', name: 'Secrets management' },
];

/** One row of the assessment table. Text is the plain text of the cell (markup removed). */
export interface ControlAssessment {
  /** The control id as written in the `Control` cell, e.g. `Data protection` or `data-protection`. */
  controlId: string;
  /**
   * The id to compare on: lower-cased, runs of spaces and underscores turned into `-`; so
   * `Data Protection`, `data_protection` and `data-protection` are the same control.
   */
  key: string;
  name?: string;
  /** Lower-cased, e.g. `critical`; any word is accepted, the gate gives `critical` its meaning. */
  criticality?: string;
  status: ControlStatus;
  /** The plain text of the Evidence cell (link text, not the link target). */
  evidence?: string;
  /** Link targets in the Evidence cell, in order, so a certificate can point at the evidence. */
  evidenceLinks?: string[];
  verifiedBy?: string;
  /** `YYYY-MM-DD`, a real calendar date. */
  date?: string;
  /** The 1-based line of the table row in the file. */
  line: number;
}

/** A parsed control assessment. */
export interface Assessment {
  /** The file name, for messages. */
  source: string;
  controls: ControlAssessment[];
}

const COLUMN_NAMES = ['control', 'status', 'name', 'criticality', 'evidence', 'verified by', 'date'] as const;
type AssessmentColumn = (typeof COLUMN_NAMES)[number];

/** Lower-cased with inner whitespace collapsed: how header names and status words are compared. */
function normalizeWords(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The Unicode dashes a control id may be written with, each read as '-'. */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/** White space that shows as space: every `\s` except the zero-width no-break space U+FEFF, which shows nothing. */
const VISIBLE_SPACE = /[^\S\uFEFF]+/;

/**
 * The comparison key of a control id (see `ControlAssessment.key`): compatibility-normalized (NFKC: a
 * full-width letter is the letter), Unicode dashes (U+2010-U+2015, U+2212, U+FE58, U+FE63, U+FF0D)
 * read as '-', invisible characters removed and lower case, as `comparableName` compares names; runs of
 * white space and underscores are one '-'. So `Data Protection`, `data_protection` and
 * `data\u2011protection` are `data-protection`, and `ａuthorization\u200B` is `authorization`: the same
 * control GitHub shows, which a duplicate row cannot escape by a character no reader sees.
 */
export function controlKey(controlId: string): string {
  return controlId
    .normalize('NFKC')
    .replace(DASHES, '-')
    .split(VISIBLE_SPACE)
    .map((word) => comparableName(word))
    .filter((word) => word !== '')
    .join(' ')
    .replace(/[ _]+/g, '-');
}

/** The key as it was before Unicode was normalized: what tells an id repeated in another case from a lookalike. */
function plainKey(controlId: string): string {
  return controlId
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

/** Reads a status word case-insensitively with whitespace normalized; undefined when it is not one. */
export function parseControlStatus(text: string): ControlStatus | undefined {
  const wanted = normalizeWords(text);
  return CONTROL_STATUSES.find((status) => status.toLowerCase() === wanted);
}

/**
 * Visits a node and its descendants in document order; `visit` returns false to skip a node's
 * children. A loop over an explicit stack, not recursion: the tree of 10,000 nested block quotes or
 * emphasis marks must not overflow the call stack (nesting at the start of a line is bounded before
 * parsing, see MAX_LINE_CONTAINERS, but emphasis inside a line is not).
 */
function walk(root: Nodes, visit: (node: Nodes) => boolean): void {
  const stack: Nodes[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!visit(node) || !('children' in node)) continue;
    for (let index = node.children.length - 1; index >= 0; index -= 1) stack.push(node.children[index] as Nodes);
  }
}

/**
 * The plain text of a node: text and code values, link and emphasis content, image alt text.
 * Inline HTML tags (`<b>`) are dropped and their content kept; a hard break is a space.
 */
function plainText(node: Nodes): string {
  const parts: string[] = [];
  walk(node, (child) => {
    switch (child.type) {
      case 'text':
      case 'inlineCode':
        parts.push(child.value);
        return false;
      case 'image':
      case 'imageReference':
        parts.push(child.alt ?? '');
        return false;
      case 'break':
        parts.push(' ');
        return false;
      case 'html':
        return false;
      default:
        return true;
    }
  });
  return parts.join('');
}

/** Whether a node or one of its descendants passes `test`. */
function holds(node: Nodes, test: (child: Nodes) => boolean): boolean {
  let found = false;
  walk(node, (child) => {
    if (!found && test(child)) found = true;
    return !found;
  });
  return found;
}

/**
 * Whether a cell is struck through with HTML (`<del>`, `<s>`, `<strike>`). Read as plain text,
 * `<del>Verified</del>` says Verified while GitHub shows it struck through, as withdrawn: a control,
 * status or criticality written so is refused, not read. Other inline HTML (`<b>`, `<br>`, a comment)
 * shows what shipgate reads and is read through. (`~~Verified~~` is not parsed as strikethrough here,
 * so it is refused as a word that is not a status.)
 */
function isStruck(node: Nodes): boolean {
  return holds(node, (child) => child.type === 'html' && /^<\s*(del|s|strike)\b/i.test(child.value));
}

/**
 * Whether a cell shows an image (`![Verified](badge.svg)`, `![Verified][badge]`, `<img>`, `<picture>`).
 * Read as plain text, an image is its alt text, which GitHub does not show: `![Verified](...)` over a
 * badge that says NOT VERIFIED reads Verified. A control, status or criticality shown as an image is
 * refused, not read.
 */
function showsImage(node: Nodes): boolean {
  return holds(
    node,
    (child) =>
      child.type === 'image' ||
      child.type === 'imageReference' ||
      (child.type === 'html' && /^<\s*(img|image|picture)\b/i.test(child.value)),
  );
}

/** The markdown a node was written as. */
function markdownOf(text: string, node: Nodes): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return '';
  // A table cell's position takes in its pipes.
  return text.slice(start, end).trim().replace(/^\|/, '').replace(/\|$/, '').trim();
}

function linkTargets(node: Nodes): string[] {
  const targets: string[] = [];
  walk(node, (child) => {
    if (child.type !== 'link') return true;
    targets.push(child.url);
    return false;
  });
  return targets;
}

/** Every table in document order, wherever it sits (inside a blockquote or a list item too). */
function findTables(node: Root): Table[] {
  const tables: Table[] = [];
  walk(node, (child) => {
    if (child.type !== 'table') return true;
    tables.push(child);
    return false;
  });
  return tables;
}

function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 0;
}

function joinOr(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** The recognized columns by `comparableName`: `Verified by`, `VERIFIED  BY` and `Status\u200B` are found. */
const COLUMNS_BY_NAME = new Map<string, AssessmentColumn>(COLUMN_NAMES.map((name) => [comparableName(name), name]));

/** The column a header cell names, compared without case, white space, invisible characters or compatibility forms. */
function columnOf(cell: Nodes): AssessmentColumn | undefined {
  return COLUMNS_BY_NAME.get(comparableName(plainText(cell)));
}

/** The column names as a message lists them. */
const COLUMN_TITLES = 'Control, Name, Criticality, Status, Evidence, Verified by and Date';

/**
 * What a table is to the assessment: its recognized columns (each mapped to its first cell index) when
 * it has a Control and a Status column; a problem when it has a Status or a Criticality column that it
 * cannot be read with (no Control column, or a Control and a Criticality column but no Status): such a
 * table, ignored, could hold a control assessed otherwise than the table that is read (`Control ID`,
 * a header cell GitHub shows as `Control` that is not); undefined for any other table (prose).
 */
function readHeader(
  header: TableRow,
  line: number,
  source: string,
): { columns: Map<AssessmentColumn, number> } | { problem: string } | undefined {
  const columns = new Map<AssessmentColumn, number>();
  header.children.forEach((cell, index) => {
    const name = columnOf(cell);
    if (name !== undefined && !columns.has(name)) columns.set(name, index);
  });
  if (columns.has('control') && columns.has('status')) return { columns };
  const shown = () => showInvisible(`| ${header.children.map((cell) => plainText(cell).trim()).join(' | ')} |`);
  if (!columns.has('control') && (columns.has('status') || columns.has('criticality'))) {
    const which = (['criticality', 'status'] as const).filter((name) => columns.has(name)).map(capitalize);
    return {
      problem: `${source}: line ${line}: a table with a ${which.join(' and a ')} column but no Control column: ${shown()} (expected a header cell 'Control', in any case: the control id column is read under no other name, and a table with a Status or Criticality column is read as controls; the columns read are ${COLUMN_TITLES}).`,
    };
  }
  if (columns.has('control') && columns.has('criticality'))
    return {
      problem: `${source}: line ${line}: a table with a Control and a Criticality column but no Status column: ${shown()} (expected a header cell 'Status', in any case: a table that gives controls a criticality is read as controls; the columns read are ${COLUMN_TITLES}).`,
    };
  return undefined;
}

/**
 * Refuses markdown nested deeper than a control assessment could be, before the parser sees it (see
 * MAX_LINE_CONTAINERS and MAX_LINE_INDENT). Each line is read up to its content: spaces and tabs,
 * `>`, and list markers (`-`, `*`, `+` or 1 to 9 digits with `.` or `)`, followed by a space, a tab or
 * the end of the line). A line of white space only is blank, however long. Linear in the file.
 */
function refuseDeepNesting(text: string, source: string): void {
  const lineEnd = /\r\n?|\n/g;
  const isBlank = (c: number) => c === 0x20 || c === 0x09;
  const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
  let total = 0;
  for (let start = 0, line = 1; start <= text.length; line += 1) {
    lineEnd.lastIndex = start;
    const ending = lineEnd.exec(text);
    const end = ending ? ending.index : text.length;
    // A marker is followed by white space or the end of the line.
    const endsMarker = (at: number) => at === end || isBlank(text.charCodeAt(at));
    let at = start;
    let markers = 0;
    let column = 0;
    while (at < end && markers <= MAX_LINE_CONTAINERS && column <= MAX_LINE_INDENT) {
      const c = text.charCodeAt(at);
      if (c === 0x20) column += 1;
      else if (c === 0x09) column += 4;
      else if (c === 0x3e /* > */ || ((c === 0x2d || c === 0x2a || c === 0x2b) && endsMarker(at + 1))) {
        markers += 1;
        column += 1;
      } else if (isDigit(c)) {
        let digit = at + 1;
        while (digit < end && digit - at < 9 && isDigit(text.charCodeAt(digit))) digit += 1;
        const mark = text.charCodeAt(digit);
        if (digit === end || (mark !== 0x2e /* . */ && mark !== 0x29) /* ) */ || !endsMarker(digit + 1)) break;
        markers += 1;
        column += digit + 1 - at;
        at = digit;
      } else break;
      at += 1;
    }
    if (markers > MAX_LINE_CONTAINERS)
      throw new InputError(
        `${source}: line ${line}: the line starts with more than ${MAX_LINE_CONTAINERS} block quote and list markers ('>', '-', '*', '+', '1.', '1)'), nesting deeper than a control assessment needs; refused before the markdown is parsed (expected at most ${MAX_LINE_CONTAINERS} on a line).`,
      );
    if (column > MAX_LINE_INDENT && (markers > 0 || !/^[ \t]*$/.test(text.slice(at, end))))
      throw new InputError(
        `${source}: line ${line}: the line's content starts after more than ${MAX_LINE_INDENT} columns of indentation and block quote or list markers (a tab counts 4), nesting deeper than a control assessment needs; refused before the markdown is parsed (expected at most ${MAX_LINE_INDENT}).`,
      );
    total += markers;
    if (total > MAX_FILE_CONTAINERS)
      throw new InputError(
        `${source}: line ${line}: the file has more than ${MAX_FILE_CONTAINERS} block quote and list markers at the start of its lines by this line, far more list items than a control assessment needs; refused before the markdown is parsed (expected at most ${MAX_FILE_CONTAINERS} in the file).`,
      );
    if (!ending) break;
    start = end + ending[0].length;
  }
}

/**
 * Refuses a file that begins with YAML front matter: a first line `---` and a later line `---` (or
 * `...`) closing it. GitHub shows such a block as a table above the document, while a markdown parser
 * reads it as a thematic break and a heading, so `Status: Not verified` in it would be shown and never
 * read. A `---` first line with no closing line is a thematic break on GitHub too, and is read so.
 */
function refuseFrontMatter(text: string, source: string): void {
  const opening = /^\uFEFF?---[ \t]*(?:\r\n?|\n)/.exec(text);
  if (!opening) return;
  const body = text.slice(opening[0].length);
  // Lines end as the markdown parser ends them (CRLF, CR or LF), so the line named is the one it numbers.
  const closing = /(?:^|\r\n?|\n)((?:---|\.\.\.)[ \t]*)(?=\r|\n|$)/.exec(body);
  if (!closing) return;
  const line = 2 + (body.slice(0, closing.index + closing[0].length).match(/\r\n?|\n/g)?.length ?? 0);
  throw new InputError(
    `${source}: line 1: the file begins with YAML front matter (from '---' on line 1 to ${quoteForMessage((closing[1] as string).trim())} on line ${line}), which GitHub shows as a table above the document but shipgate does not read, so a control in it would be shown and not assessed (expected the controls in the markdown table: remove the front matter, or move what it says into the table).`,
  );
}

/**
 * The opening of a GFM footnote definition as cmark-gfm scans it: `[^label]:`, the label without `]`,
 * space, tab or line break, then any spaces and tabs.
 */
const FOOTNOTE_OPENING = /\[\^[^\] \t\r\n]+\]:[ \t]*/y;

/** A list item marker (`-`, `+`, `*`, `1.`, `1)`), followed by a space or a tab, where a line's content may start. */
const LIST_MARKER = /(?:[-+*]|\d{1,9}[.)])(?=[ \t])/y;

/** The HTML block names of CommonMark's HTML block start condition 6. */
const HTML_BLOCK_NAMES =
  'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|section|source|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul';

/**
 * The starts of an HTML block under CommonMark's conditions 1 to 6 (cmark-gfm 0.29: `<script`, `<pre`,
 * `<style`, a comment, `<?`, `<!` and a capital letter, CDATA, a block tag name), which end a
 * paragraph; condition 7, a whole other tag alone on its line, does not.
 */
const HTML_STARTS = [
  '<(?:[Ss][Cc][Rr][Ii][Pp][Tt]|[Pp][Rr][Ee]|[Ss][Tt][Yy][Ll][Ee])(?:[ \\t>]|$)',
  '<!--',
  '<\\?',
  '<![A-Z]',
  '<!\\[CDATA\\[',
  `</?(?:${HTML_BLOCK_NAMES.replace(/[a-z]/g, (c) => `[${c.toUpperCase()}${c}]`)})(?:[ \\t>]|/>|$)`,
];

/** A block that ends a paragraph and holds none: an ATX heading, a code fence, a thematic break. */
const LEAF_STARTS = [
  '#{1,6}(?:[ \\t]|$)',
  '`{3,}[^`]*$',
  '~{3,}',
  '(?:\\*[ \\t]*){3,}$',
  '(?:-[ \\t]*){3,}$',
  '(?:_[ \\t]*){3,}$',
];

/** A pattern for a line's content (from its first character that is not a space or a tab) that starts with one of `starts`. */
function startsOneOf(starts: readonly string[]): RegExp {
  return new RegExp(starts.map((start) => `^(?:${start})`).join('|'));
}

const LEAF_START = startsOneOf(LEAF_STARTS);

const HTML_START = startsOneOf(HTML_STARTS);

/**
 * The start of a block that cmark-gfm opens on a line that follows a paragraph in a footnote without
 * the footnote's indentation (so the line is no lazy continuation of that paragraph): a block quote,
 * an ATX heading, a code fence, a thematic break, a list item (empty or not, any number), a footnote
 * definition, and an HTML block (HTML_STARTS, or a whole tag alone on its line: condition 7, which a
 * line that is no continuation opens). A line read so when cmark-gfm reads it as text makes the
 * footnote end early, and so only what is certain is listed.
 */
const BLOCK_START = startsOneOf([
  '>',
  ...LEAF_STARTS,
  '(?:[-+*]|\\d{1,9}[.)])(?:[ \\t]|$)',
  '\\[\\^[^\\] \\t\\r\\n]+\\]:',
  ...HTML_STARTS,
  `<[A-Za-z][A-Za-z0-9-]*(?:[ \\t]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \\t]*=[ \\t]*(?:[^ \\t"'=<>\`]+|'[^']*'|"[^"]*"))?)*[ \\t]*/?>[ \\t]*$`,
  '</[A-Za-z][A-Za-z0-9-]*[ \\t]*>[ \\t]*$',
]);

/** Where each line starts and ends (its line ending left out), lines ended as the parser ends them: CRLF, CR or LF. */
function lineRanges(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  const lineEnd = /\r\n?|\n/g;
  for (let start = text.startsWith('\uFEFF') ? 1 : 0; ;) {
    lineEnd.lastIndex = start;
    const ending = lineEnd.exec(text);
    ranges.push({ start, end: ending ? ending.index : text.length });
    if (!ending) return ranges;
    start = ending.index + ending[0].length;
  }
}

/**
 * The problems of the footnote definitions that hold a '|', one for each, in the order of the file.
 * GitHub (cmark-gfm with its footnotes extension) reads `[^label]:` at the start of a block as a
 * footnote definition, a container like a list item: its content is the rest of that line, the lines
 * indented 4 columns further than the definition's container (a table among them too) and the
 * completely empty lines between them, and the lines that continue its last paragraph lazily, without
 * the indentation (text, not a table); it shows that content in the footnotes at the end of the page,
 * or nowhere when no text refers to it. The parser here knows no footnotes: the definition is a
 * paragraph or a link definition to it, its indented lines an indented code block, and lines GitHub
 * folds into the footnote's paragraph may be a table to it. So a table of controls in a footnote was
 * shown and not read, and one GitHub shows as footnote text, or not at all, was read: a line with a
 * '|' in a footnote definition is refused, naming the definition's line and the line with the '|'.
 *
 * A definition is found where cmark-gfm finds one, after the block quote and list markers of its
 * containers and up to 3 spaces, outside code blocks and HTML blocks (a `[^x]:` in a code fence, an
 * HTML comment, an HTML block or an indented code block is text, as the parsed `tree` shows); and, to
 * fail closed, after more spaces too, where GitHub may see a list item's content that this parser does
 * not (see below). Its lines are then read as cmark-gfm reads them at the top of the file; inside a
 * block quote or a list item, whose lines this reader does not match marker by marker, generously: a
 * line GitHub keeps out of the footnote may count, never the reverse (a label 1 to 3 spaces in may sit
 * at a list item's content or past the top's, and lines 4 columns past the lower are taken in).
 */
function footnoteTableProblems(text: string, tree: Root, source: string): string[] {
  const lines = lineRanges(text);
  // Per line, from the parsed tree: how many code blocks or HTML blocks hold it.
  const inCode = new Int32Array(lines.length + 1);
  const mark = (node: Nodes) => {
    if (!node.position) return;
    const { start, end } = node.position;
    // A block that ends at the start of a line (a fence left open) does not hold that line.
    const after = end.column === 1 && end.line > start.line ? end.line - 1 : end.line;
    inCode[start.line - 1] = (inCode[start.line - 1] as number) + 1;
    inCode[after] = (inCode[after] as number) - 1;
  };
  /** The first line of the markdown a node was written as, from where the node starts. */
  const firstLine = (node: Nodes): string => {
    const line = /[^\r\n]*/y;
    line.lastIndex = node.position?.start.offset ?? text.length;
    return (line.exec(text) as RegExpExecArray)[0];
  };
  walk(tree, (node) => {
    if (node.type !== 'root' && node.type !== 'list' && node.type !== 'blockquote' && node.type !== 'listItem')
      return false;
    node.children.forEach((child: Nodes, index) => {
      if (child.type === 'code') {
        // An indented code block right after text with a line that starts as an ordered list item
        // (`2. x`) may be that item's content on GitHub: this parser opens no list at 2 after an
        // indented code block or a link definition, nor inside a paragraph, where GitHub may see a
        // footnote definition (`[^x]: y`, a link definition or text here) end the paragraph before it.
        const before = node.children[index - 1] as Nodes | undefined;
        const indented = !/^[ \t]*(?:```|~~~)/.test(firstLine(child));
        if (!(indented && before && /^[ \t>]*\d{1,9}[.)](?:[ \t]|$)/m.test(markdownOf(text, before)))) mark(child);
      } else if (child.type === 'html') {
        // An HTML block (inline HTML sits in a paragraph, which is not entered). One opened by a lone
        // tag (condition 7) cannot interrupt a paragraph, so whether it is one turns on what comes
        // before it, which a footnote changes on GitHub: it hides no definition.
        if (HTML_START.test(child.value.split(/\r\n?|\n/, 1)[0] as string)) mark(child);
      }
    });
    return true;
  });
  for (let line = 1; line < lines.length; line += 1) {
    inCode[line] = (inCode[line] as number) + (inCode[line - 1] as number);
  }

  /** The position and column after the spaces and tabs at `at` (a tab goes to the next multiple of 4, as cmark-gfm counts). */
  const skipBlanks = (at: number, end: number, column: number): [number, number] => {
    for (; at < end; at += 1) {
      const c = text.charCodeAt(at);
      if (c === 0x20) column += 1;
      else if (c === 0x09) column += 4 - (column % 4);
      else break;
    }
    return [at, column];
  };
  /** The column a block quote's content starts at, after its '>' at `at` and the space or tab that may follow it. */
  const quoteContent = (at: number, column: number): number => {
    const c = text.charCodeAt(at + 1);
    return column + (c === 0x20 || c === 0x09 ? 2 : 1);
  };
  /**
   * A line read up to its content past at most `quotes` block quote markers ('>'): where the content
   * starts, its column, how many '>' were read and the column the last one's content starts at (0 without).
   */
  const readLine = (start: number, end: number, quotes: number) => {
    let [at, column] = skipBlanks(start, end, 0);
    let read = 0;
    let inside = 0;
    for (; read < quotes && text.charCodeAt(at) === 0x3e; read += 1) {
      inside = quoteContent(at, column);
      [at, column] = skipBlanks(at + 1, end, column + 1);
    }
    return { at, column, read, inside };
  };

  const problems: string[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const { start, end } = lines[index] as { start: number; end: number };
    // The markers of the block quotes and list items the line opens or continues, then the opening.
    let [at, column] = skipBlanks(start, end, 0);
    let quotes = 0;
    let inside = 0;
    let item = false;
    for (;;) {
      LIST_MARKER.lastIndex = at;
      const marker = text.charCodeAt(at) === 0x3e /* > */ ? undefined : LIST_MARKER.exec(text);
      if (marker) {
        item = true;
        [at, column] = skipBlanks(at + marker[0].length, end, column + marker[0].length);
      } else if (text.charCodeAt(at) === 0x3e) {
        quotes += 1;
        item = false;
        inside = quoteContent(at, column);
        [at, column] = skipBlanks(at + 1, end, column + 1);
      } else break;
    }
    FOOTNOTE_OPENING.lastIndex = at;
    const opening = FOOTNOTE_OPENING.exec(text);
    // Past 3 columns, or after markers that open nothing (`2.` cannot interrupt a paragraph), the line
    // may be a paragraph's continuation to GitHub; but the parser here does not always see the list
    // GitHub sees (`2.` after an indented code block is a list item to GitHub, text here), so it counts.
    if (!opening || (inCode[index] as number) > 0) continue;

    // The definition's content lines start 4 columns past its container's content, counted from the
    // content of its innermost block quote on each line (the '>' of another line may sit elsewhere), or
    // from the line's start without one. After a list marker the container's content starts at the
    // label; else the label may sit up to 3 columns in, and the lowest such column is taken.
    const label = column - inside;
    const base = item ? label : Math.max(0, label - 3);
    const contentStart = at + opening[0].length;
    let pipe = text.slice(contentStart, end).includes('|') ? index : -1;
    // Whether the last line read leaves a paragraph open, which a line without the indentation continues.
    let paragraph = contentStart < end;
    let last = index;
    for (let next = index + 1; next < lines.length; next += 1) {
      const range = lines[next] as { start: number; end: number };
      const line = readLine(range.start, range.end, quotes);
      const indent = line.column - line.inside;
      // Only a line that goes on in every block quote the definition sits in can go on in it.
      const continued = line.read === quotes && indent >= base + 4;
      if (line.at === range.end) {
        // A completely empty line continues the definition, unless it sits in a block quote (which the
        // line ends); a line of spaces, or of '>' and spaces, does only 4 columns in.
        if (range.start === range.end ? quotes > 0 : !continued) break;
        paragraph = false;
      } else if (
        continued ||
        // A lazy continuation of the paragraph: a line that starts no block. None starts 4 columns past
        // the content of the container the line goes on in: a block quote it has the '>' of last, or
        // (short of the label) the one the definition's list item is in, or the top of the file.
        (paragraph &&
          ((indent >= 4 && (line.read < quotes || indent < label)) ||
            !BLOCK_START.test(text.slice(line.at, range.end))))
      ) {
        // A heading, a fence or a thematic break less than 4 columns into the content holds no paragraph.
        paragraph = !(continued && indent < base + 8 && LEAF_START.test(text.slice(line.at, range.end)));
        if (pipe < 0 && text.slice(range.start, range.end).includes('|')) pipe = next;
      } else break;
      last = next;
    }
    if (pipe >= 0) {
      const shown = lines[pipe] as { start: number; end: number };
      problems.push(
        `${source}: line ${index + 1}: the footnote definition ${quoteForMessage(opening[0].trim())} holds a '|' on line ${pipe + 1} (${quoteForMessage(text.slice(shown.start, shown.end).trim())}), which GitHub shows as part of the footnote, at the end of the page (or nowhere when no text refers to it), while shipgate does not read footnotes as GitHub does, so a control written there would be shown and not assessed, or assessed and not shown (expected no table in a footnote: the controls in the assessment table outside footnotes, and footnotes in words, without '|').`,
      );
    }
    // A definition inside this one is part of it.
    index = last;
  }
  return problems;
}

/**
 * Parses the manual control assessment: every GFM table with a `Control` and a `Status` column
 * (header names compared case-insensitively, without white space, invisible characters or
 * compatibility forms; `Name`, `Criticality`, `Evidence`, `Verified by` and `Date` are read too, other
 * columns ignored). Rows whose cells are all empty are skipped. Every problem (no such table, a table
 * with a Status or Criticality column that cannot be read, an empty control id or one with invisible
 * characters, a control assessed twice in one table or across tables, an unknown status, a struck
 * through or image cell, a bad date, criticality words in a column that is not read, a footnote
 * definition that holds a '|') is gathered into one `InputError`; each names the file and the line.
 * Markdown nested deeper or with more emphasis marks than an assessment could hold, and YAML front
 * matter, are refused before it is parsed.
 */
export function parseAssessment(text: string, source: string): Assessment {
  // The markdown parser makes a node of every table cell: bounded before it runs, since a file of a
  // million '|' would take gigabytes (a table of controls has a few hundred cells).
  let pipes = 0;
  for (let at = text.indexOf('|'); at !== -1 && pipes <= MAX_TABLE_PIPES; at = text.indexOf('|', at + 1)) pipes += 1;
  if (pipes > MAX_TABLE_PIPES)
    throw new InputError(
      `${source}: the file has more than ${MAX_TABLE_PIPES} table cell separators ('|'), far more than a table of controls needs (expected the manual control assessment, a markdown table of a few hundred cells).`,
    );
  // Counted like the '|' above, everywhere in the file: a '*' in a code span costs nothing, but telling
  // it apart would take the parse this bound is there to keep short.
  let marks = 0;
  for (let at = 0; at < text.length && marks <= MAX_EMPHASIS_MARKS; at += 1) {
    const c = text.charCodeAt(at);
    if (c === 0x2a /* * */ || c === 0x5f /* _ */) marks += 1;
  }
  if (marks > MAX_EMPHASIS_MARKS)
    throw new InputError(
      `${source}: the file has more than ${MAX_EMPHASIS_MARKS} emphasis marks ('*' and '_'), far more than a table of controls needs; refused before the markdown is parsed (expected the manual control assessment, a markdown table with a few words in bold or italics).`,
    );
  refuseDeepNesting(text, source);
  refuseFrontMatter(text, source);
  // Last of the bounds: the others name a more particular cause.
  if (text.length > MAX_ASSESSMENT_CHARS)
    throw new InputError(
      `${source}: the file has ${text.length} characters, more than the ${MAX_ASSESSMENT_CHARS} a manual control assessment may hold (expected a markdown table of controls with a few notes; the markdown parser would take minutes over a file this size).`,
    );
  const tree = fromMarkdown(text, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
  // Every table with a Control and a Status column is read: controls may be split across tables, and
  // a control assessed in two of them (an example table above the real one, a stale copy) is a
  // duplicate, never decided by which table comes first. A table with a Status or Criticality column
  // that is not read so is refused, in its place among the others.
  // A table with a Control column that is not read (no Status column, and no Criticality column that
  // would make it a problem) is checked for criticality words: `| Control | Criticalty | Stauts |`
  // could hold a critical control that would otherwise go unseen.
  const tables: ({ table: Table; columns: Map<AssessmentColumn, number> } | { problem: string } | { unread: Table })[] =
    [];
  for (const candidate of findTables(tree)) {
    const header = candidate.children[0];
    const read = header && readHeader(header, lineOf(candidate), source);
    if (read) tables.push('columns' in read ? { table: candidate, columns: read.columns } : read);
    else if (header?.children.some((cell) => columnOf(cell) === 'control')) tables.push({ unread: candidate });
  }
  // A footnote that holds a table is refused in its place before the tables (see footnoteTableProblems).
  const problems: string[] = footnoteTableProblems(text, tree, source);
  const controls: ControlAssessment[] = [];
  const firstOfKey = new Map<string, { line: number; controlId: string }>();
  for (const entry of tables) {
    if ('problem' in entry) problems.push(entry.problem);
    else if ('unread' in entry) refuseUnreadCriticality(entry.unread, false);
    else readTable(entry.table, entry.columns);
  }
  // A table checked only for criticality words is no table of controls: without another, and without
  // a problem to name, the file assesses nothing.
  if (problems.length === 0 && tables.every((entry) => 'unread' in entry)) {
    throw new InputError(
      `${source}: there is no markdown table with a 'Control' and a 'Status' column (expected a GFM table outside code blocks, HTML blocks and comments, with a header row such as '| Control | Criticality | Status | Evidence | Verified by | Date |').`,
    );
  }

  /**
   * A table without a Criticality column ranks no control critical but those the policy requires; a
   * column it does not read that holds criticality words (`Criticalty` misspelt, `Severity`, `Priority`)
   * would drop every criticality unseen, so it is refused, naming the header cell and the first such row.
   * A table with a Control column that is not read at all (`read` false: `| Control | Criticalty |
   * Stauts |`, or `Severity` and `Verification status`) is refused so too: its critical control would
   * go unseen; without criticality words it is prose, and ignored.
   */
  function refuseUnreadCriticality(table: Table, read: boolean): void {
    const header = (table.children[0] as TableRow).children;
    header.forEach((cell, index) => {
      if (columnOf(cell) !== undefined) return;
      const isCriticality = (node: Nodes | undefined): node is Nodes =>
        node !== undefined && (CRITICALITIES as readonly string[]).includes(normalizeWords(plainText(node).trim()));
      const row = table.children.slice(1).find((r) => isCriticality(r.children[index]));
      const value = row?.children[index];
      if (row === undefined || value === undefined) return;
      const at = `${source}: line ${lineOf(row)}: column ${index + 1}, headed ${showInvisible(plainText(cell).trim())}, holds a criticality (${showInvisible(plainText(value).trim())})`;
      problems.push(
        read
          ? `${at} but is not read as one: the table has no Criticality column, so only the controls the policy requires count as critical (expected the header cell 'Criticality', in any case, for the column that ranks the controls; the columns read are ${COLUMN_TITLES}).`
          : `${at} in a table with a Control column but no Status or Criticality column, which is not read, so its controls would go unseen (expected the header cells 'Criticality' and 'Status', in any case, for a table of controls; the columns read are ${COLUMN_TITLES}).`,
      );
    });
  }

  function readTable(table: Table, columns: Map<AssessmentColumn, number>): void {
    const seenColumns = new Map<AssessmentColumn, number>();
    (table.children[0] as TableRow).children.forEach((cell, index) => {
      const name = columnOf(cell);
      if (name === undefined) return;
      const earlier = seenColumns.get(name);
      if (earlier !== undefined) {
        problems.push(
          `${source}: line ${lineOf(table)}: the table has a second '${name}' column, column ${index + 1} (expected each column once; it repeats column ${earlier}).`,
        );
      } else seenColumns.set(name, index + 1);
    });
    if (!columns.has('criticality')) refuseUnreadCriticality(table, true);
    for (const row of table.children.slice(1)) {
      const line = lineOf(row);
      const cellNode = (column: AssessmentColumn) => {
        const index = columns.get(column);
        return index === undefined ? undefined : row.children[index];
      };
      const cell = (column: AssessmentColumn): string => {
        const node = cellNode(column);
        return node ? plainText(node).trim() : '';
      };
      // A row of images only has no plain text but shows something: it is read, and refused below.
      if (row.children.every((node) => plainText(node).trim() === '' && !showsImage(node))) continue;

      // A cell GitHub shows otherwise than its plain text reads is refused: struck through, or an image.
      const markedUp = (column: AssessmentColumn): boolean => {
        const node = cellNode(column);
        if (!node) return false;
        if (isStruck(node)) {
          problems.push(
            `${source}: line ${line}: the ${column} cell is struck through (${quoteForMessage(markdownOf(text, node))}), which GitHub shows as withdrawn (expected the ${column === 'control' ? 'control id' : `${column} word`} as it stands, without <del>, <s> or <strike>).`,
          );
          return true;
        }
        if (showsImage(node)) {
          problems.push(
            `${source}: line ${line}: the ${column} cell shows an image (${quoteForMessage(markdownOf(text, node))}), which GitHub shows as the picture, not the alt text shipgate would read (expected text: write the ${column === 'control' ? 'control id' : column} as text, without ![...](...) or <img>).`,
          );
          return true;
        }
        return false;
      };
      markedUp('control');
      const controlId = cell('control');
      const key = controlKey(controlId);
      if (controlId === '') {
        problems.push(
          `${source}: line ${line}: the control id is empty (expected a control id such as authentication).`,
        );
      } else {
        if (hasInvisible(controlId))
          problems.push(
            `${source}: line ${line}: the control id ${showInvisible(controlId)} holds invisible characters, so GitHub shows an id the file does not hold (expected the control id in visible characters only, such as ${showInvisible(key || 'authentication')}).`,
          );
        const first = key === '' ? undefined : firstOfKey.get(key);
        if (first === undefined) {
          if (key !== '') firstOfKey.set(key, { line, controlId });
        } else if (plainKey(first.controlId) === plainKey(controlId))
          problems.push(
            `${source}: line ${line}: control ${quoteForMessage(controlId)} is already assessed on line ${first.line} (expected each control once; ids are compared case-insensitively).`,
          );
        else
          problems.push(
            `${source}: line ${line}: control ${showInvisible(controlId)} is already assessed on line ${first.line}, as ${showInvisible(first.controlId)} (expected each control once; ids are compared case-insensitively, in Unicode compatibility form (NFKC), with invisible characters removed and Unicode dashes read as '-').`,
          );
      }

      const statusText = cell('status');
      const statusMarkedUp = markedUp('status');
      const status = statusMarkedUp ? undefined : parseControlStatus(statusText);
      if (!status && !statusMarkedUp) {
        problems.push(
          `${source}: line ${line}: ${quoteForMessage(statusText)} is not a control status (expected ${joinOr(CONTROL_STATUSES)}).`,
        );
      }

      const date = cell('date');
      if (date !== '' && !isIsoDate(date)) {
        problems.push(`${source}: line ${line}: ${quoteForMessage(date)} is not a date (expected YYYY-MM-DD).`);
      }

      const control: ControlAssessment = { controlId, key, status: status ?? 'Pending', line };
      const name = cell('name');
      if (name !== '') control.name = name;
      const criticalityText = cell('criticality');
      const criticality = normalizeWords(criticalityText);
      if (markedUp('criticality')) {
        // Refused above.
      } else if (criticality !== '') {
        // A misspelt word must not demote a control that has to be verified: it is refused, not read as "not critical".
        if ((CRITICALITIES as readonly string[]).includes(criticality)) control.criticality = criticality;
        else
          problems.push(
            `${source}: line ${line}: ${quoteForMessage(criticalityText)} is not a criticality (expected ${joinOr(CRITICALITIES.map(capitalize))}, or an empty cell).`,
          );
      }
      const evidence = cell('evidence');
      if (evidence !== '') control.evidence = evidence;
      const evidenceNode = cellNode('evidence');
      const links = evidenceNode ? linkTargets(evidenceNode) : [];
      if (links.length > 0) control.evidenceLinks = links;
      const verifiedBy = cell('verified by');
      if (verifiedBy !== '') control.verifiedBy = verifiedBy;
      if (date !== '') control.date = date;
      controls.push(control);
    }
  }

  if (problems.length > 0) {
    const message =
      problems.length === 1
        ? (problems[0] as string)
        : `${source}: the control assessment has ${problems.length} problems (expected none).`;
    throw new InputError(message, problems);
  }
  return { source, controls };
}

/**
 * Whether a row counts as verified on `today` (YYYY-MM-DD): its status is Verified and its Date, when
 * it has one, is not after today. A verification dated later (2099-01-01) has not happened yet, as an
 * exception approved on a later day does not apply yet.
 */
export function countsAsVerified(control: { status: string; date?: string }, today: string): boolean {
  return control.status.toLowerCase() === 'verified' && !verifiedLater(control, today);
}

/** Whether a row says Verified with a Date after `today`: what the gate reports instead of its status. */
export function verifiedLater(control: { status: string; date?: string }, today: string): boolean {
  return control.status.toLowerCase() === 'verified' && control.date !== undefined && control.date > today;
}

/** Escapes text for a GFM table cell: a `|` would end the cell, a backslash or markup would change it. */
function tableCell(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}

/**
 * The assessment `shipgate init` writes: one row per control, criticality `critical`, status
 * `Pending`, evidence, verifier and date left for the team to fill in.
 */
export function renderAssessmentTemplate(controls: readonly { id: string; name: string }[] = DEFAULT_CONTROLS): string {
  const rows = controls.map(
    (control) => `| ${tableCell(control.id)} | ${tableCell(control.name)} | critical | Pending |  |  |  |`,
  );
  return [
    '# Manual security control assessment',
    '',
    'shipgate reads every table that has a `Control` and a `Status` column; a control may be assessed',
    'once. Each control of criticality `critical` must be `Verified` before a release is approved.',
    '',
    `Status is one of: ${CONTROL_STATUSES.join(', ')} (case-insensitive). Evidence is a link to a test,`,
    'a review or a document; Date is `YYYY-MM-DD`.',
    '',
    '| Control | Name | Criticality | Status | Evidence | Verified by | Date |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
