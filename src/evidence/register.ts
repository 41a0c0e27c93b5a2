/**
 * The findings register (DESIGN 4.3): a CSV file the team keeps next to the code, one row per finding,
 * with an owner, a status and a remediation plan. shipgate reads it, checks it, and writes an updated
 * copy plus the remediation backlog (DESIGN 6). Pure functions: no file system, no clock.
 *
 * CSV conventions, in both directions:
 * - Reading follows RFC 4180 as fast-csv implements it: `"` opens a quoted cell only at the start of a
 *   cell, `""` inside quotes is one quote, line breaks inside quotes are kept as written (`\r\n` stays
 *   `\r\n`), rows end at `\r\n`, `\n` or `\r`. A leading UTF-8 BOM is dropped.
 * - Writing quotes every cell, ends every row (the last one too) with CRLF as RFC 4180 section 2
 *   prescribes, and writes no BOM.
 * - Formula safety: a written cell that starts with `=`, `+`, `-`, `@`, tab or CR gets a `'` in front,
 *   so a spreadsheet shows it as text instead of running it. So does a cell that starts with `'`
 *   followed by such a cell, which makes the escape reversible. A negative number is escaped too (the
 *   backlog's `days_left` when overdue reads `'-3`), as DESIGN 4.3 says of every leading `-`. The
 *   file therefore holds the escaped
 *   value (a spreadsheet or any other CSV reader sees `'=1+1`), and `parseRegister` removes exactly
 *   the one `'` the writer adds, so `parseRegister(renderRegisterCsv(r))` gives back the rows of `r`
 *   and read -> write -> read is the identity on rows. A cell a person typed unescaped (`=1+1`) is read
 *   as is and written back escaped.
 */
import { isIsoDate } from '../dates.js';
import { BIDI_CONTROLS, compareText, escapeCodePoint, hasInvisible, shownCut, TextMemo } from '../strings.js';
import { BoundedProblems, InputError } from '../errors.js';
import { SEVERITY_RANK } from '../model.js';
import { emptyTable } from '../lookup.js';

/** The standard columns of the register, in the order a new register is written. */
export const REGISTER_COLUMNS = [
  'finding_id',
  'title',
  'severity',
  'scan_type',
  'location',
  'owner',
  'status',
  'remediation_plan',
  'due_date',
  'exception_id',
  'ticket',
] as const;
export type RegisterColumn = (typeof REGISTER_COLUMNS)[number];

/** What the team decided for a finding. */
export const REGISTER_STATUSES = ['open', 'in-remediation', 'risk-accepted', 'false-positive', 'resolved'] as const;
export type RegisterStatus = (typeof REGISTER_STATUSES)[number];

/** Statuses of rows that still need work; these go to the remediation backlog. */
export const OPEN_REGISTER_STATUSES: readonly RegisterStatus[] = ['open', 'in-remediation'];

/** The columns a register must have. */
const REQUIRED_COLUMNS: readonly RegisterColumn[] = ['finding_id', 'status'];

/**
 * Columns whose cells are identifiers, names or dates: trimmed when read, so `Open ` is `open`.
 * Free-text columns (title, location, remediation_plan, unknown columns) are kept exactly as written.
 */
const TRIMMED_COLUMNS: ReadonlySet<RegisterColumn> = new Set([
  'finding_id',
  'severity',
  'scan_type',
  'owner',
  'status',
  'due_date',
  'exception_id',
  'ticket',
]);

/** One data row of the register. Text fields are `''` when the cell or the whole column is absent. */
export interface RegisterRow {
  /**
   * 1-based CSV row (record) number in the file the row was read from; the header is row 1 and blank
   * lines count, as in a spreadsheet. Rows appended by `updateRegister` are numbered after the last row.
   */
  row: number;
  /** The shipgate finding id (`SG-` + 16 hex), or the team's own id for a finding found by hand. */
  findingId: string;
  title: string;
  /** As written in the register; informational (the gates use the finding's own severity). */
  severity: string;
  scanType: string;
  location: string;
  /** Who is responsible for the finding; empty for rows shipgate appended. */
  owner: string;
  status: RegisterStatus;
  remediationPlan: string;
  /** `YYYY-MM-DD`, a real calendar date; absent when the cell is empty. */
  dueDate?: string;
  /** The id of the exception that backs a `risk-accepted` or `false-positive` row. */
  exceptionId: string;
  ticket: string;
  /** Cells of columns that are not standard, keyed by the column name as written; written back unchanged. */
  extra: Record<string, string | undefined>;
}

/** A parsed findings register. */
export interface FindingsRegister {
  /** The file name, for messages. */
  source: string;
  /** The header as written (trimmed), in file order; empty for a new register. */
  columns: string[];
  rows: RegisterRow[];
}

/** What `updateRegister` needs to know about a current finding. */
export interface RegisterFinding {
  id: string;
  title: string;
  severity: string;
  scanType: string;
  /** The finding's location as one line of text, e.g. `src/app.ts:12` or `GET https://host/path`. */
  location: string;
  /** For a finding an exception covers: the exception, and the status its new row gets. */
  exceptionId?: string;
  status?: RegisterStatus;
}

/** The result of `updateRegister`. */
export interface RegisterUpdate {
  register: FindingsRegister;
  /** Finding ids appended as new `open` rows, in the order given. */
  added: string[];
  /** Finding ids whose rows became `resolved` because the finding is gone (shipgate ids only). */
  resolved: string[];
  /** Finding ids whose `resolved` rows became `open` again because the finding came back. */
  reopened: string[];
}

const FIELD_OF_COLUMN = {
  finding_id: 'findingId',
  title: 'title',
  severity: 'severity',
  scan_type: 'scanType',
  location: 'location',
  owner: 'owner',
  status: 'status',
  remediation_plan: 'remediationPlan',
  due_date: 'dueDate',
  exception_id: 'exceptionId',
  ticket: 'ticket',
} as const satisfies Record<RegisterColumn, keyof RegisterRow>;

// NUL too (OWASP's list): a spreadsheet may drop it and read the `=` behind it.
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\u0000']);

/**
 * True when a spreadsheet could run the cell as a formula, or when the cell is such a cell behind
 * `'` marks (so that a value that really starts with `'=` survives the round trip).
 */
function needsFormulaEscape(value: string): boolean {
  let i = 0;
  while (value[i] === "'") i += 1;
  const first = value[i];
  return first !== undefined && FORMULA_TRIGGERS.has(first);
}

/** Makes a cell formula-safe (see the file comment). */
export function escapeCsvCell(value: string): string {
  return needsFormulaEscape(value) ? `'${value}` : value;
}

/** Removes the one `'` that `escapeCsvCell` adds; the exact inverse of it. */
export function unescapeCsvCell(value: string): string {
  return value.startsWith("'") && needsFormulaEscape(value.slice(1)) ? value.slice(1) : value;
}

function isRegisterColumn(name: string): name is RegisterColumn {
  return (REGISTER_COLUMNS as readonly string[]).includes(name);
}

function isRegisterStatus(value: string): value is RegisterStatus {
  return (REGISTER_STATUSES as readonly string[]).includes(value);
}

function dayNumber(date: string): number {
  if (!isIsoDate(date)) throw new Error(`'${date}' is not a date (expected YYYY-MM-DD).`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // setUTCFullYear, not Date.UTC, which reads the years 0 to 99 as 1900 to 1999.
  return new Date(0).setUTCFullYear(year, month - 1, day) / 86_400_000;
}

/** A control character as `quoteForMessage` writes it (`\t`, `\n`, `\r`, `\u0000`), else undefined. */
function visibleControl(c: string): string | undefined {
  const code = c.charCodeAt(0);
  if (c === '\t') return '\\t';
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  if (code < 0x20 || code === 0x7f) return `\\u${code.toString(16).padStart(4, '0')}`;
  return undefined;
}

/** Quotes untrusted text for a message: control characters made visible, long text cut. */
export function quoteForMessage(value: string): string {
  let visible = '';
  for (const c of value) visible += visibleControl(c) ?? c;
  return `'${visible.length > 80 ? `${visible.slice(0, 77)}...` : visible}'`;
}

/** One character that shows nothing or looks like a space: white space but the space, \p{Cf}, ignorables. */
const INVISIBLE_CHARACTER = /^(?! )[\s\p{Cf}\p{Default_Ignorable_Code_Point}]$/u;

/**
 * Quotes untrusted text for a message as `quoteForMessage` does, and also writes every character that
 * shows nothing or looks like a space as `\uXXXX` (`'owner\u200B'`, `'due\u00A0date'`), so that a
 * reader sees why a name that looks right is not. At most 80 characters are shown, an escape never cut
 * in two; a long value is read only as far as it is shown.
 */
export function quoteShowingInvisible(value: string): string {
  const shown = (c: string): string => visibleControl(c) ?? (INVISIBLE_CHARACTER.test(c) ? escapeCodePoint(c) : c);
  return `'${shownCut(value, shown).text}'`;
}

/** A shipgate finding id as shipgate writes it: `SG-` and 16 lower-case hex digits. */
const SHIPGATE_FINDING_ID = /^SG-[0-9a-f]{16}$/;
/** The same, in any case: a spelling the register must not hold (it would match no finding). */
const ANY_CASE_FINDING_ID = /^sg-[0-9a-f]{16}$/i;

/** Characters that show nothing: `\p{Cf}` and the default-ignorable ones (white space is not among them). */
const IGNORABLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

/**
 * The standard column a header name that is not one was meant to be, and why it is not: the name
 * compared after NFKC (a full-width `ｏｗｎｅｒ` is `owner`, U+00A0 a space) and without invisible
 * characters (`owner` + U+200B), then with spaces and hyphens read as `_` (`Due Date`, `remediation-plan`).
 * Undefined for a name that is no standard column in any spelling.
 */
function intendedColumn(name: string): { column: RegisterColumn; written?: string } | undefined {
  const spelled = name.toLowerCase().replace(/[\s-]+/g, '_');
  if (isRegisterColumn(spelled)) return { column: spelled };
  const normalized = name.normalize('NFKC').replace(IGNORABLE, '').trim().toLowerCase();
  const column = [normalized, normalized.replace(/[\s-]+/g, '_')].find(isRegisterColumn);
  if (column === undefined) return undefined;
  const why = [
    hasInvisible(name) && 'invisible characters',
    name.normalize('NFKC') !== name && 'full-width or other compatibility characters',
  ].filter((reason): reason is string => typeof reason === 'string');
  return { column, written: why.join(' and ') };
}

/**
 * What a header with neither `finding_id` nor `status` may be instead of comma-separated UTF-8, as the
 * rest of a sentence about the header: UTF-16 (a NUL beside every ASCII letter), or CSV separated by `;`
 * (a spreadsheet set to a language whose decimal mark is a comma) or by tabs.
 */
function headerLooksLike(cells: readonly string[]): { what: string; expected: string } | undefined {
  if (cells.some((cell) => cell.includes('\u0000')))
    return {
      what: ', which has NUL characters between the letters, as UTF-16 text has: the file looks saved as UTF-16',
      expected: 'UTF-8 text',
    };
  if (cells.length !== 1) return undefined;
  const text = cells[0] as string;
  const semicolons = text.split(';').length - 1;
  const tabs = text.split('\t').length - 1;
  if (semicolons === 0 && tabs === 0) return undefined;
  return {
    what: `, which looks separated by ${semicolons >= tabs ? "';'" : 'tabs'}`,
    expected: 'comma-separated columns',
  };
}

function joinOr(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** Finds the row and line of a CSV syntax error that fast-csv reported without a position. */
function locateCsvSyntaxError(text: string): { row: number; line: number } | undefined {
  let row = 1;
  let line = 1;
  let i = 0;
  const atNewline = (at: number): number =>
    text[at] === '\r' ? (text[at + 1] === '\n' ? 2 : 1) : text[at] === '\n' ? 1 : 0;
  while (i < text.length) {
    let j = i;
    while (text[j] === ' ' || text[j] === '\t') j += 1;
    if (text[j] === '"') {
      const startLine = line;
      j += 1;
      for (;;) {
        if (j >= text.length) return { row, line: startLine };
        if (text[j] === '"') {
          if (text[j + 1] !== '"') break;
          j += 2;
          continue;
        }
        const nl = atNewline(j);
        if (nl > 0) line += 1;
        j += Math.max(nl, 1);
      }
      j += 1;
      while (text[j] === ' ' || text[j] === '\t') j += 1;
      if (j < text.length && text[j] !== ',' && atNewline(j) === 0) return { row, line };
    } else {
      while (j < text.length && text[j] !== ',' && atNewline(j) === 0) j += 1;
    }
    if (text[j] === ',') {
      i = j + 1;
      continue;
    }
    const nl = atNewline(j);
    if (nl > 0) {
      row += 1;
      line += 1;
    }
    i = j + Math.max(nl, 1);
  }
  return undefined;
}

/**
 * Reads CSV text into records (arrays of cells) with the settings the register uses: no header
 * handling, no trimming, blank lines kept as empty records so that record numbers match the rows a
 * spreadsheet shows. A leading BOM is dropped. Malformed CSV is an `InputError` naming the row.
 */
export async function readCsvRecords(text: string, source: string): Promise<string[][]> {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  // Loaded when a register is read: the CSV parser and its stream classes stay off the start of
  // evaluations that read none (a 1 MB evaluation starts about 3 ms sooner).
  const { parseString } = await import('fast-csv');
  try {
    return await new Promise<string[][]>((resolve, reject) => {
      const records: string[][] = [];
      parseString<string[], string[]>(body, { headers: false, ignoreEmpty: false })
        .on('error', reject)
        .on('data', (record: string[]) => records.push(record))
        .on('end', () => resolve(records));
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const where = locateCsvSyntaxError(body);
    if (!where) throw new InputError(`${source}: the file is not valid CSV: ${detail} (expected RFC 4180 CSV).`);
    const what = /missing closing/i.test(detail)
      ? "a quoted cell is never closed (expected a closing '\"', with any '\"' inside the cell doubled)"
      : "text follows the closing quote of a quoted cell (expected ',' or the end of the row after a closing '\"')";
    throw new InputError(`${source}: row ${where.row} (line ${where.line}): the file is not valid CSV: ${what}.`);
  }
}

function isBlankRecord(record: readonly string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}

/**
 * Parses and checks the findings register. The header row is required (the first non-blank row);
 * column names are trimmed and case-insensitive, in any order; `finding_id` and `status` are
 * required; unknown columns are kept in `extra` and written back. Blank rows are skipped. A
 * header-only file is an empty register; a file without a header row (empty, or only blank lines,
 * spaces or a BOM) is an `InputError`. Finding ids are compared exactly (after trimming), as
 * `updateRegister` matches them, so a shipgate id in another case (`sg-D58906D1D0EEC93A`) is refused;
 * ids of other forms are the team's own. A header name that is a standard column written otherwise
 * (`Due Date`, `owner` + U+200B, full-width letters) is refused, naming the column; a header without
 * `finding_id` or `status` is quoted in the error. Every problem is gathered into one `InputError`.
 */
export async function parseRegister(text: string, source: string): Promise<FindingsRegister> {
  const records = await readCsvRecords(text, source);
  const headerIndex = records.findIndex((record) => !isBlankRecord(record));
  // DESIGN: the header row is required and empty input never counts. A file with nothing in it (a
  // truncated write, a checkout that lost the content) would otherwise read as a register of 0 rows,
  // a clean record no one kept; a header row alone is the empty register `shipgate init` writes.
  if (headerIndex < 0)
    throw new InputError(
      `${source}: the findings register has no header row: ${text === '' ? 'the file is empty (0 bytes)' : 'the file holds only blank lines, spaces, empty cells or a byte order mark'} (expected the header row shipgate init writes, ${REGISTER_COLUMNS.join(',')}, then one row per finding; a header row alone is an empty register, and without the file evaluate writes a new one).`,
    );

  const problems = new BoundedProblems(MAX_LISTED_PROBLEMS);
  const headerRow = headerIndex + 1;
  const header = (records[headerIndex] as string[]).map((name) => unescapeCsvCell(name.trim()));
  const columnIndex = new Map<RegisterColumn, number>();
  const extraIndex = new Map<string, number>();
  const seen = new Map<string, number>();
  header.forEach((name, index) => {
    const position = index + 1;
    const key = name.toLowerCase();
    if (name === '') {
      problems.push(
        `${source}: row ${headerRow}, column ${position}: the header cell is empty (expected a column name).`,
      );
      return;
    }
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push(
        `${source}: row ${headerRow}, column ${position}: ${quoteForMessage(name)} repeats column ${earlier} (expected each column once; names are case-insensitive).`,
      );
      return;
    }
    seen.set(key, position);
    if (isRegisterColumn(key)) {
      columnIndex.set(key, index);
      return;
    }
    // `Due Date`, `remediation-plan`, `owner` + U+200B or a full-width `ｏｗｎｅｒ` would be kept as an
    // unknown column, and the rows would read as having no due date, plan or owner: a spelling of a
    // known column is refused, naming the right one.
    const intended = intendedColumn(name);
    if (intended === undefined) extraIndex.set(name, index);
    else
      problems.push(
        `${source}: row ${headerRow}, column ${position}: ${quoteShowingInvisible(name)} is not a column name shipgate reads; it looks like ${intended.column}${intended.written ? ` written with ${intended.written}` : ''} (expected the column names as written: ${REGISTER_COLUMNS.join(', ')}).`,
      );
  });
  const missing = REQUIRED_COLUMNS.filter((column) => !columnIndex.has(column));
  if (missing.length > 0) {
    // Say what was read: a file saved as UTF-16 or separated by semicolons has a header, just not one
    // shipgate can split into these columns.
    const cells = records[headerIndex] as string[];
    const looks = headerLooksLike(cells);
    problems.push(
      `${source}: row ${headerRow}: the header has no ${missing.join(' or ')} column; it reads ${quoteShowingInvisible(cells.join(','))}${looks?.what ?? ''} (expected ${looks ? `${looks.expected}, with ` : ''}at least the columns ${REQUIRED_COLUMNS.join(' and ')}).`,
    );
    throw registerError(source, problems);
  }

  const rows: RegisterRow[] = [];
  const firstRowOfId = new Map<string, number>();
  for (let index = headerIndex + 1; index < records.length; index += 1) {
    const record = records[index] as string[];
    const row = index + 1;
    if (isBlankRecord(record)) continue;
    if (record.length !== header.length) {
      const column =
        record.length < header.length ? header[record.length] || String(record.length + 1) : String(header.length + 1);
      problems.push(
        `${source}: row ${row}, column ${column}: the row has ${record.length} cells but the header has ${header.length} columns (expected one cell per column).`,
      );
      continue;
    }
    const cell = (column: RegisterColumn): string => {
      const at = columnIndex.get(column);
      if (at === undefined) return '';
      const raw = record[at] ?? '';
      return unescapeCsvCell(TRIMMED_COLUMNS.has(column) ? raw.trim() : raw);
    };

    const findingId = cell('finding_id');
    if (findingId === '') {
      problems.push(
        `${source}: row ${row}, column finding_id: the finding id is empty (expected the id of a finding, e.g. SG-0123456789abcdef).`,
      );
    } else if (hasInvisible(findingId)) {
      // `SG-…` followed by a zero-width space looks like the finding's id and matches no finding: the
      // row would sit unused while the gates ask for a row for that finding.
      problems.push(
        `${source}: row ${row}, column finding_id: ${quoteShowingInvisible(findingId)} holds invisible characters, so it matches no finding that looks the same (expected the id in visible characters only, e.g. SG-0123456789abcdef).`,
      );
    } else if (ANY_CASE_FINDING_ID.test(findingId) && !SHIPGATE_FINDING_ID.test(findingId)) {
      // Finding ids are compared exactly: `sg-D58906D1D0EEC93A` would match no finding, and would sit
      // next to `SG-d58906d1d0eec93a` as a second row of the same finding. A team's own ids of other
      // forms are theirs to write.
      problems.push(
        `${source}: row ${row}, column finding_id: ${quoteForMessage(findingId)} is a shipgate finding id in the wrong case, which matches no finding (expected SG- and 16 lower-case hex digits, as shipgate writes them: 'SG-${findingId.slice(3).toLowerCase()}').`,
      );
    } else {
      const first = firstRowOfId.get(findingId);
      if (first !== undefined) {
        problems.push(
          `${source}: row ${row}, column finding_id: ${quoteForMessage(findingId)} is already the finding id of row ${first} (expected each finding once).`,
        );
      } else {
        firstRowOfId.set(findingId, row);
      }
    }

    const statusText = cell('status');
    const status = statusText.toLowerCase();
    if (!isRegisterStatus(status)) {
      problems.push(
        `${source}: row ${row}, column status: ${quoteShowingInvisible(statusText)} is not a register status (expected ${joinOr(REGISTER_STATUSES)}).`,
      );
    }

    const dueText = cell('due_date');
    if (dueText !== '' && !isIsoDate(dueText)) {
      problems.push(
        `${source}: row ${row}, column due_date: ${quoteShowingInvisible(dueText)} is not a date (expected YYYY-MM-DD).`,
      );
    }

    // Keyed by the register's own column names: a column named `__proto__` is a column like any other.
    const extra = emptyTable<string>();
    for (const [name, at] of extraIndex) extra[name] = unescapeCsvCell(record[at] ?? '');

    const registerRow: RegisterRow = {
      row,
      findingId,
      title: cell('title'),
      severity: cell('severity'),
      scanType: cell('scan_type'),
      location: cell('location'),
      owner: cell('owner'),
      status: status as RegisterStatus,
      remediationPlan: cell('remediation_plan'),
      exceptionId: cell('exception_id'),
      ticket: cell('ticket'),
      extra,
    };
    if (dueText !== '') registerRow.dueDate = dueText;
    rows.push(registerRow);
  }

  if (problems.length > 0) throw registerError(source, problems);
  return { source, columns: header, rows };
}

/** Most problems listed in one error; a register with thousands of bad rows still gives a readable message. */
const MAX_LISTED_PROBLEMS = 100;

function registerError(source: string, problems: BoundedProblems): InputError {
  const message =
    problems.length === 1
      ? (problems.listed[0] as string)
      : `${source}: the findings register has ${problems.length} problems (expected none).`;
  return new InputError(message, problems.lines());
}

/** The columns to write: the register's own, then any standard column it lacks, in standard order. */
function writtenColumns(register: FindingsRegister): string[] {
  const present = new Set(register.columns.map((name) => name.trim().toLowerCase()));
  return [...register.columns, ...REGISTER_COLUMNS.filter((column) => !present.has(column))];
}

/**
 * A copy of an existing row, brought up to date: `resolved` when its finding is gone, `open` again
 * without its due date when a resolved finding is back, otherwise unchanged. Only a row under a
 * shipgate id (`SG-` and 16 lower-case hex digits) is resolved or reopened: a row under the team's own
 * id (`PENTEST-7`, a finding found by hand) keeps its status, which only the team changes.
 */
function updatedRow(row: RegisterRow, present: boolean): RegisterRow {
  // A finding found by hand is in no scanner report, so it is never present and cannot be gone: read
  // by presence, such a row was marked `resolved` on every run and left the backlog unannounced.
  let status: RegisterStatus = row.status;
  if (SHIPGATE_FINDING_ID.test(row.findingId)) {
    if (!present && row.status !== 'resolved') status = 'resolved';
    else if (present && row.status === 'resolved') status = 'open';
  }
  const updated: RegisterRow = { ...row, extra: Object.assign(emptyTable<string>(), row.extra), status };
  // A reopened row keeps its owner and plan, as context for whoever takes it up, but not its due date:
  // that date was for a fix that did not hold. Kept, it would count as a current plan once the team
  // commits this copy, and the next run would approve on it; without one, the gates ask for a new date.
  if (row.status === 'resolved' && status === 'open') delete updated.dueDate;
  return updated;
}

/**
 * Brings the register up to date with the current findings. Rows are never dropped, reordered or
 * edited, with two exceptions: a row whose finding is gone becomes `resolved` (unless it already is),
 * and a `resolved` row whose finding is back becomes `open` again, with its due date cleared, because
 * the fix did not hold and the finding needs an owner's attention and a new date as much as a new one does. Findings without a row are
 * appended in the order given, with empty owner and plan and status `open`. Both exceptions apply only
 * to rows under a shipgate id: a row under the team's own id is written back as it is, and stays in
 * the backlog while its status is open or in-remediation.
 * `today` (YYYY-MM-DD) is checked but changes nothing in the rows; no column records when a row changed.
 */
export function updateRegister(
  register: FindingsRegister,
  findings: readonly RegisterFinding[],
  today: string,
): RegisterUpdate {
  dayNumber(today);
  const current = new Map(findings.map((finding) => [finding.id, finding]));
  const added: string[] = [];
  const resolved: string[] = [];
  const reopened: string[] = [];

  const rows = register.rows.map((row): RegisterRow => {
    const updated = updatedRow(row, current.has(row.findingId));
    if (updated.status !== row.status) (updated.status === 'resolved' ? resolved : reopened).push(row.findingId);
    return updated;
  });

  const known = new Set(register.rows.map((row) => row.findingId));
  const extraColumns = register.columns.filter((name) => !isRegisterColumn(name.trim().toLowerCase()));
  let nextRow = register.rows.reduce((last, row) => Math.max(last, row.row), 1) + 1;
  for (const finding of current.values()) {
    if (known.has(finding.id)) continue;
    added.push(finding.id);
    rows.push({
      row: nextRow,
      findingId: finding.id,
      title: finding.title,
      severity: finding.severity,
      scanType: finding.scanType,
      location: finding.location,
      owner: '',
      status: finding.status ?? 'open',
      remediationPlan: '',
      exceptionId: finding.exceptionId ?? '',
      ticket: '',
      extra: Object.fromEntries(extraColumns.map((name) => [name, ''])),
    });
    nextRow += 1;
  }

  return { register: { source: register.source, columns: writtenColumns(register), rows }, added, resolved, reopened };
}

/**
 * RFC 4180 by hand: every cell quoted, quotes doubled, CRLF after every row. (fast-csv reads; writing
 * this one shape directly is an order of magnitude faster on registers of 100,000+ rows.)
 */
/** Every cell quoted and formula-safe, CRLF at the end. */
function csvLine(row: readonly string[]): string {
  let line = '';
  for (let k = 0; k < row.length; k += 1) line += k === 0 ? csvCell(row[k] as string) : `,${csvCell(row[k] as string)}`;
  return `${line}\r\n`;
}

/** A cell as CSV text: formula-safe, quoted, quotes doubled. */
function csvCell(value: string): string {
  const cell = escapeCsvCell(value);
  return `"${cell.includes('"') ? cell.replace(/"/g, '""') : cell}"`;
}

/**
 * A report's text (a finding's title or location) for a cell of the CSVs shipgate writes: terminal
 * control characters (ESC, which starts a sequence that retitles a window or makes a link; C1 controls)
 * become `?` and bidirectional controls U+FFFD, as in the text report, so that `cat` or `less -R` of the
 * backlog runs nothing a report wrote (U+2028 and U+2029, line breaks to some viewers, become `?` too).
 * Tab and line breaks stay, inside the cell's quotes. Rows a person
 * wrote in the register are written back as they are.
 */
export function csvReportText(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g, '?')
      .replace(BIDI_CONTROLS, '\ufffd')
  );
}

/**
 * Writes the register as CSV: the register's columns in its order, then any missing standard column
 * (a new register gets the standard columns in standard order); every cell quoted and formula-safe;
 * CRLF after every row.
 */
/** The register as CSV lines (see `renderRegisterCsv`). */
export function* renderRegisterCsvChunks(register: FindingsRegister): Generator<string> {
  const columns = writtenColumns(register);
  yield csvLine(columns);
  for (const row of register.rows) yield registerLine(columns, row);
}

function registerLine(columns: readonly string[], row: RegisterRow): string {
  return csvLine(
    columns.map((name) => {
      const key = name.trim().toLowerCase();
      if (!isRegisterColumn(key)) return (Object.hasOwn(row.extra, name) ? row.extra[name] : undefined) ?? '';
      return row[FIELD_OF_COLUMN[key]] ?? '';
    }),
  );
}

export async function renderRegisterCsv(register: FindingsRegister): Promise<string> {
  return [...renderRegisterCsvChunks(register)].join('');
}

/** The columns of `security-remediation-backlog.csv`. */
export const BACKLOG_COLUMNS = [
  'finding_id',
  'title',
  'severity',
  'owner',
  'remediation_plan',
  'due_date',
  'days_left',
] as const;

/** Severity order for the backlog: the known severities worst first, then `unknown` and anything else. */
function severityRank(severity: string): number {
  const key = severity.toLowerCase();
  return Object.hasOwn(SEVERITY_RANK, key) ? SEVERITY_RANK[key as keyof typeof SEVERITY_RANK] : -1;
}

/**
 * Writes `security-remediation-backlog.csv`: the rows still needing work (`open`, `in-remediation`)
 * with `days_left` = due date minus `today` in days (negative when overdue, empty without a due
 * date). Sorted by due date (rows without one last), then severity (worst first), then finding id.
 * Same CSV conventions as the register.
 */
/**
 * The backlog as CSV lines (see `renderBacklogCsv`). `currentSeverity` gives the severity each current
 * finding has now; a row's own severity cell, typed when the row was added or by hand, is shown only
 * for a finding it does not name.
 */
export function* renderBacklogCsvChunks(
  rows: readonly RegisterRow[],
  today: string,
  currentSeverity?: ReadonlyMap<string, string>,
): Generator<string> {
  const todayNumber = dayNumber(today);
  const open = rows
    .filter((row) => OPEN_REGISTER_STATUSES.includes(row.status))
    .map((row) => withSeverity(row, currentSeverity))
    .sort(compareBacklogRows);
  yield csvLine([...BACKLOG_COLUMNS]);
  for (const row of open) yield backlogLine(row, todayNumber);
}

/** The row with the severity its finding has now, when it differs from the row's cell. */
function withSeverity(row: RegisterRow, currentSeverity: ReadonlyMap<string, string> | undefined): RegisterRow {
  const severity = currentSeverity?.get(row.findingId);
  return severity === undefined || severity === row.severity ? row : { ...row, severity };
}

/** Backlog order: by due date (rows without one last), then severity (worst first), then finding id. */
function compareBacklogRows(a: RegisterRow, b: RegisterRow): number {
  return (
    (a.dueDate === undefined ? 1 : 0) - (b.dueDate === undefined ? 1 : 0) ||
    compareText(a.dueDate ?? '', b.dueDate ?? '') ||
    severityRank(b.severity) - severityRank(a.severity) ||
    compareText(a.findingId, b.findingId)
  );
}

function backlogLine(row: RegisterRow, todayNumber: number): string {
  return csvLine([
    row.findingId,
    csvReportText(row.title),
    row.severity,
    row.owner,
    row.remediationPlan,
    row.dueDate ?? '',
    row.dueDate === undefined ? '' : String(dayNumber(row.dueDate) - todayNumber),
  ]);
}

/** A current finding as `renderUpdatedRegister` needs it; its location is made only when its row is written. */
export interface StreamedRegisterFinding {
  id: string;
  title: string;
  severity: string;
  scanType: string;
  /** Set for a finding an exception covers: its new row records the exception, and it is not backlog work. */
  excepted?: boolean;
  exceptionId?: string;
}

/**
 * The status and exception of a new row: `open` for an open finding; for one an exception covers,
 * `false-positive` when the exception is one, else `risk-accepted`, with the exception's id. A new row
 * of an excepted finding was `open`, so the backlog listed, as work without an owner, findings the
 * certificate counted as excepted.
 */
export function newRowDisposition(
  finding: { excepted?: boolean; exceptionId?: string },
  falsePositives: ReadonlySet<string>,
): { status: RegisterStatus; exceptionId: string } {
  if (!finding.excepted || !finding.exceptionId) return { status: 'open', exceptionId: '' };
  return {
    status: falsePositives.has(finding.exceptionId) ? 'false-positive' : 'risk-accepted',
    exceptionId: finding.exceptionId,
  };
}

/**
 * The updated register and the backlog as CSV chunks: the same bytes as
 * `renderRegisterCsvChunks(updateRegister(register, findings, today).register)` and
 * `renderBacklogCsvChunks(thatRegister.rows, today)`, without building a row object per new finding.
 * A large evaluation appends hundreds of thousands of rows; built as objects, they were half of the
 * time of writing the outputs for a 700 MB report. Needs the findings sorted by id (as evaluations
 * hold them); otherwise it falls back to `updateRegister`. Nothing runs until a chunk is asked for.
 */
export function renderUpdatedRegister<F extends StreamedRegisterFinding>(
  register: FindingsRegister,
  findings: readonly F[],
  locationOf: (finding: F) => string,
  today: string,
  /** Ids of the exceptions of type false-positive (see `newRowDisposition`). */
  falsePositives: ReadonlySet<string> = new Set(),
): { register: Iterable<string>; backlog: Iterable<string> } {
  const disposition = (f: F) => newRowDisposition(f, falsePositives);
  let sorted = true;
  for (let i = 1; i < findings.length && sorted; i += 1)
    sorted = compareText((findings[i - 1] as F).id, (findings[i] as F).id) <= 0;
  if (!sorted) {
    let update: RegisterUpdate | undefined;
    const updated = (): RegisterUpdate =>
      (update ??= updateRegister(
        register,
        findings.map((f) => ({
          id: f.id,
          title: csvReportText(f.title),
          severity: f.severity,
          scanType: f.scanType,
          location: csvReportText(locationOf(f)),
          ...disposition(f),
        })),
        today,
      ));
    return {
      register: deferChunks(() => renderRegisterCsvChunks(updated().register)),
      backlog: deferChunks(() =>
        renderBacklogCsvChunks(updated().register.rows, today, new Map(findings.map((f) => [f.id, f.severity]))),
      ),
    };
  }
  let prepared: { existing: RegisterRow[]; known: Set<string>; present: Map<string, string> } | undefined;
  // The existing rows, updated as updateRegister updates them (a register is small next to the findings).
  const prepare = () => {
    if (prepared) return prepared;
    dayNumber(today);
    const known = new Set(register.rows.map((row) => row.findingId));
    // The current severity of each finding the register has a row for.
    const present = new Map<string, string>();
    if (known.size > 0) for (const f of findings) if (known.has(f.id)) present.set(f.id, f.severity);
    const existing = register.rows.map((row) => updatedRow(row, present.has(row.findingId)));
    prepared = { existing, known, present };
    return prepared;
  };
  // New findings: those without a row, the last of any run of equal ids (as a Map keyed by id keeps it).
  const isAdded = (known: ReadonlySet<string>, i: number): boolean => {
    const id = (findings[i] as F).id;
    return !known.has(id) && findings[i + 1]?.id !== id;
  };
  const columns = writtenColumns(register);
  // The CSV cells of a new row, one maker per column (the register's own columns may be in any order).
  // The cells many rows share (titles, severities, scan types, empty cells) are escaped once.
  const cells = new TextMemo((value: string) => csvCell(csvReportText(value)));
  const shared = (value: string): string => cells.get(value);
  const blank = shared('');
  const openCell = shared('open');
  const cellMakers = columns.map((name): ((f: F) => string) => {
    switch (name.trim().toLowerCase()) {
      case 'finding_id':
        return (f) => csvCell(f.id);
      case 'title':
        return (f) => shared(f.title);
      case 'severity':
        return (f) => shared(f.severity);
      case 'scan_type':
        return (f) => shared(f.scanType);
      case 'location':
        return (f) => csvCell(csvReportText(locationOf(f)));
      case 'status':
        return (f) => (f.excepted ? shared(disposition(f).status) : openCell);
      case 'exception_id':
        return (f) => (f.excepted ? csvCell(disposition(f).exceptionId) : blank);
      default:
        return () => blank;
    }
  });
  const newRow = (f: F): string => {
    let line = '';
    for (let k = 0; k < cellMakers.length; k += 1)
      line += k === 0 ? (cellMakers[k] as (f: F) => string)(f) : `,${(cellMakers[k] as (f: F) => string)(f)}`;
    return `${line}\r\n`;
  };
  function* registerChunks(): Generator<string> {
    const { existing, known } = prepare();
    yield csvLine(columns);
    for (const row of existing) yield registerLine(columns, row);
    for (let i = 0; i < findings.length; i += 1) if (isAdded(known, i)) yield newRow(findings[i] as F);
  }
  function* backlogChunks(): Generator<string> {
    const { existing, known, present } = prepare();
    const todayNumber = dayNumber(today);
    yield csvLine([...BACKLOG_COLUMNS]);
    const open = existing
      .filter((row) => OPEN_REGISTER_STATUSES.includes(row.status))
      .map((row) => withSeverity(row, present))
      .sort(compareBacklogRows);
    const dated = open.filter((row) => row.dueDate !== undefined);
    for (const row of dated) yield backlogLine(row, todayNumber);
    // Rows without a due date, worst severity first, then by id: the existing ones (sorted) merged
    // with the new ones (all open, none dated, already in id order), one severity rank at a time.
    const undated = open.filter((row) => row.dueDate === undefined);
    const byRank = new Map<number, F[]>();
    for (const row of undated) byRank.set(severityRank(row.severity), []);
    for (let i = 0; i < findings.length; i += 1) {
      if (!isAdded(known, i)) continue;
      const f = findings[i] as F;
      if (disposition(f).status !== 'open') continue;
      const rank = severityRank(f.severity);
      const bucket = byRank.get(rank);
      if (bucket) bucket.push(f);
      else byRank.set(rank, [f]);
    }
    for (const [rank, added] of [...byRank].sort(([a], [b]) => b - a)) {
      const mine = undated.filter((row) => severityRank(row.severity) === rank);
      let k = 0;
      for (const f of added) {
        while (k < mine.length && compareText((mine[k] as RegisterRow).findingId, f.id) < 0)
          yield backlogLine(mine[k++] as RegisterRow, todayNumber);
        yield `${csvCell(f.id)},${shared(f.title)},${shared(f.severity)},${blank},${blank},${blank},${blank}\r\n`;
      }
      while (k < mine.length) yield backlogLine(mine[k++] as RegisterRow, todayNumber);
    }
  }
  return { register: registerChunks(), backlog: backlogChunks() };
}

/** Chunks made only when the first one is asked for. */
function* deferChunks(make: () => Iterable<string>): Generator<string> {
  yield* make();
}

export async function renderBacklogCsv(
  rows: readonly RegisterRow[],
  today: string,
  currentSeverity?: ReadonlyMap<string, string>,
): Promise<string> {
  return [...renderBacklogCsvChunks(rows, today, currentSeverity)].join('');
}
