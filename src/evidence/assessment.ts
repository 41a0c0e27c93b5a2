/**
 * The manual control assessment (DESIGN 4.4): a markdown file in which people record which security
 * controls they verified, read from the first real GFM table that has a `Control` and a `Status`
 * column. The file is parsed with a CommonMark + GFM table parser (mdast-util-from-markdown), so a
 * table inside a code block, an HTML comment or an HTML block is text, not a table, and never counts.
 * Spec: https://github.github.com/gfm/#tables-extension-
 */
import type { Nodes, Parents, Table, TableRow } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { InputError } from '../errors.js';
import { isIsoDate } from '../dates.js';
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

/** The comparison key of a control id (see `ControlAssessment.key`). */
export function controlKey(controlId: string): string {
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
 * The plain text of a node: text and code values, link and emphasis content, image alt text.
 * Inline HTML tags (`<b>`) are dropped and their content kept; a hard break is a space.
 */
function plainText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'image':
    case 'imageReference':
      return node.alt ?? '';
    case 'break':
      return ' ';
    case 'html':
      return '';
    default:
      return 'children' in node ? node.children.map((child) => plainText(child)).join('') : '';
  }
}

/**
 * Whether a cell is struck through with HTML (`<del>`, `<s>`, `<strike>`). Read as plain text,
 * `<del>Verified</del>` says Verified while GitHub shows it struck through, as withdrawn: a control,
 * status or criticality written so is refused, not read. Other inline HTML (`<b>`, `<br>`, a comment)
 * shows what shipgate reads and is read through. (`~~Verified~~` is not parsed as strikethrough here,
 * so it is refused as a word that is not a status.)
 */
function isStruck(node: Nodes): boolean {
  if (node.type === 'html') return /^<\s*(del|s|strike)\b/i.test(node.value);
  return 'children' in node && node.children.some((child) => isStruck(child));
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
  if (node.type === 'link') return [node.url];
  return 'children' in node ? node.children.flatMap((child) => linkTargets(child)) : [];
}

/** Every table in document order, wherever it sits (inside a blockquote or a list item too). */
function findTables(node: Parents): Table[] {
  const tables: Table[] = [];
  for (const child of node.children) {
    if (child.type === 'table') tables.push(child);
    else if ('children' in child) tables.push(...findTables(child));
  }
  return tables;
}

function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 0;
}

function joinOr(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** Maps the recognized columns of a header row to cell indexes; undefined when Control or Status is missing. */
function readHeader(header: TableRow): Map<AssessmentColumn, number> | undefined {
  const columns = new Map<AssessmentColumn, number>();
  header.children.forEach((cell, index) => {
    const name = normalizeWords(plainText(cell)) as AssessmentColumn;
    if (COLUMN_NAMES.includes(name) && !columns.has(name)) columns.set(name, index);
  });
  return columns.has('control') && columns.has('status') ? columns : undefined;
}

/**
 * Parses the manual control assessment: every GFM table with a `Control` and a `Status` column
 * (header names case-insensitive; `Name`, `Criticality`, `Evidence`, `Verified by` and `Date` are read
 * too, other columns ignored). Rows whose cells are all empty are skipped. Every problem (no such
 * table, an empty control id, a control assessed twice in one table or across tables, an unknown
 * status, a bad date) is gathered into one
 * `InputError`; each names the file and the line.
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
  const tree = fromMarkdown(text, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
  // Every table with a Control and a Status column is read: controls may be split across tables, and
  // a control assessed in two of them (an example table above the real one, a stale copy) is a
  // duplicate, never decided by which table comes first.
  const tables: { table: Table; columns: Map<AssessmentColumn, number> }[] = [];
  for (const candidate of findTables(tree)) {
    const header = candidate.children[0];
    const columns = header && readHeader(header);
    if (columns) tables.push({ table: candidate, columns });
  }
  if (tables.length === 0) {
    throw new InputError(
      `${source}: there is no markdown table with a 'Control' and a 'Status' column (expected a GFM table outside code blocks, HTML blocks and comments, with a header row such as '| Control | Criticality | Status | Evidence | Verified by | Date |').`,
    );
  }

  const problems: string[] = [];
  const controls: ControlAssessment[] = [];
  const firstLineOfKey = new Map<string, number>();
  for (const { table, columns } of tables) readTable(table, columns);

  function readTable(table: Table, columns: Map<AssessmentColumn, number>): void {
    const seenColumns = new Map<string, number>();
    (table.children[0] as TableRow).children.forEach((cell, index) => {
      const name = normalizeWords(plainText(cell));
      const earlier = seenColumns.get(name);
      if (earlier !== undefined && (COLUMN_NAMES as readonly string[]).includes(name)) {
        problems.push(
          `${source}: line ${lineOf(table)}: the table has a second '${name}' column, column ${index + 1} (expected each column once; it repeats column ${earlier}).`,
        );
      }
      if (earlier === undefined) seenColumns.set(name, index + 1);
    });
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
      if (row.children.every((node) => plainText(node).trim() === '')) continue;

      const markedUp = (column: AssessmentColumn): boolean => {
        const node = cellNode(column);
        if (!node || !isStruck(node)) return false;
        problems.push(
          `${source}: line ${line}: the ${column} cell is struck through (${quoteForMessage(markdownOf(text, node))}), which GitHub shows as withdrawn (expected the ${column === 'control' ? 'control id' : `${column} word`} as it stands, without <del>, <s> or <strike>).`,
        );
        return true;
      };
      markedUp('control');
      const controlId = cell('control');
      const key = controlKey(controlId);
      if (controlId === '') {
        problems.push(
          `${source}: line ${line}: the control id is empty (expected a control id such as authentication).`,
        );
      } else {
        const first = firstLineOfKey.get(key);
        if (first !== undefined) {
          problems.push(
            `${source}: line ${line}: control ${quoteForMessage(controlId)} is already assessed on line ${first} (expected each control once; ids are compared case-insensitively).`,
          );
        } else {
          firstLineOfKey.set(key, line);
        }
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
