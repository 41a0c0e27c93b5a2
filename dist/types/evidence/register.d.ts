/** The standard columns of the register, in the order a new register is written. */
export declare const REGISTER_COLUMNS: readonly ["finding_id", "title", "severity", "scan_type", "location", "owner", "status", "remediation_plan", "due_date", "exception_id", "ticket"];
export type RegisterColumn = (typeof REGISTER_COLUMNS)[number];
/** What the team decided for a finding. */
export declare const REGISTER_STATUSES: readonly ["open", "in-remediation", "risk-accepted", "false-positive", "resolved"];
export type RegisterStatus = (typeof REGISTER_STATUSES)[number];
/** Statuses of rows that still need work; these go to the remediation backlog. */
export declare const OPEN_REGISTER_STATUSES: readonly RegisterStatus[];
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
/** Makes a cell formula-safe (see the file comment). */
export declare function escapeCsvCell(value: string): string;
/** Removes the one `'` that `escapeCsvCell` adds; the exact inverse of it. */
export declare function unescapeCsvCell(value: string): string;
/** Quotes untrusted text for a message: control characters made visible, long text cut. */
export declare function quoteForMessage(value: string): string;
/**
 * Quotes untrusted text for a message as `quoteForMessage` does, and also writes every character that
 * shows nothing or looks like a space as `\uXXXX` (`'owner\u200B'`, `'due\u00A0date'`), so that a
 * reader sees why a name that looks right is not. At most 80 characters are shown, an escape never cut
 * in two; a long value is read only as far as it is shown.
 */
export declare function quoteShowingInvisible(value: string): string;
/**
 * Reads CSV text into records (arrays of cells) with the settings the register uses: no header
 * handling, no trimming, blank lines kept as empty records so that record numbers match the rows a
 * spreadsheet shows. A leading BOM is dropped. Malformed CSV is an `InputError` naming the row.
 */
export declare function readCsvRecords(text: string, source: string): Promise<string[][]>;
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
export declare function parseRegister(text: string, source: string): Promise<FindingsRegister>;
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
export declare function updateRegister(register: FindingsRegister, findings: readonly RegisterFinding[], today: string): RegisterUpdate;
/**
 * A report's text (a finding's title or location) for a cell of the CSVs shipgate writes: terminal
 * control characters (ESC, which starts a sequence that retitles a window or makes a link; C1 controls)
 * become `?` and bidirectional controls U+FFFD, as in the text report, so that `cat` or `less -R` of the
 * backlog runs nothing a report wrote (U+2028 and U+2029, line breaks to some viewers, become `?` too).
 * Tab and line breaks stay, inside the cell's quotes. Rows a person
 * wrote in the register are written back as they are.
 */
export declare function csvReportText(value: string): string;
/**
 * Writes the register as CSV: the register's columns in its order, then any missing standard column
 * (a new register gets the standard columns in standard order); every cell quoted and formula-safe;
 * CRLF after every row.
 */
/** The register as CSV lines (see `renderRegisterCsv`). */
export declare function renderRegisterCsvChunks(register: FindingsRegister): Generator<string>;
export declare function renderRegisterCsv(register: FindingsRegister): Promise<string>;
/** The columns of `security-remediation-backlog.csv`. */
export declare const BACKLOG_COLUMNS: readonly ["finding_id", "title", "severity", "owner", "remediation_plan", "due_date", "days_left"];
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
export declare function renderBacklogCsvChunks(rows: readonly RegisterRow[], today: string, currentSeverity?: ReadonlyMap<string, string>): Generator<string>;
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
export declare function newRowDisposition(finding: {
    excepted?: boolean;
    exceptionId?: string;
}, falsePositives: ReadonlySet<string>): {
    status: RegisterStatus;
    exceptionId: string;
};
/**
 * The updated register and the backlog as CSV chunks: the same bytes as
 * `renderRegisterCsvChunks(updateRegister(register, findings, today).register)` and
 * `renderBacklogCsvChunks(thatRegister.rows, today)`, without building a row object per new finding.
 * A large evaluation appends hundreds of thousands of rows; built as objects, they were half of the
 * time of writing the outputs for a 700 MB report. Needs the findings sorted by id (as evaluations
 * hold them); otherwise it falls back to `updateRegister`. Nothing runs until a chunk is asked for.
 */
export declare function renderUpdatedRegister<F extends StreamedRegisterFinding>(register: FindingsRegister, findings: readonly F[], locationOf: (finding: F) => string, today: string, 
/** Ids of the exceptions of type false-positive (see `newRowDisposition`). */
falsePositives?: ReadonlySet<string>): {
    register: Iterable<string>;
    backlog: Iterable<string>;
};
export declare function renderBacklogCsv(rows: readonly RegisterRow[], today: string, currentSeverity?: ReadonlyMap<string, string>): Promise<string>;
