/** What the assessment says about a control, as written in the file (matched case-insensitively). */
export declare const CONTROL_STATUSES: readonly ["Verified", "Not verified", "Partially verified", "Not applicable", "Pending"];
export type ControlStatus = (typeof CONTROL_STATUSES)[number];
/**
 * Most characters an assessment may hold. The markdown parser reads about 100 to 500 KB a second
 * whatever the text (40,000 short lines of link or footnote definitions, headings or paragraphs took 1
 * to 5 s; 200,000 definitions, 1.6 MB, 28 s), so the 16 MiB any evidence file may have would take
 * minutes. A table of 2,000 controls with a megabyte of notes is smaller.
 */
export declare const MAX_ASSESSMENT_CHARS = 2000000;
/**
 * Most emphasis delimiters (`*` and `_`) a file may hold. The markdown parser's time grows with the
 * square of the delimiter runs that do not pair up: 20,000 `*a` took 9 s, 40,000 took 44 s, and as
 * many `a_ ` behave alike; 4,000 take a few tenths of a second on a busy machine, 3,000 well under.
 * An assessment bolds a word here and there and has an underscore in an id or a link now and then.
 */
export declare const MAX_EMPHASIS_MARKS = 3000;
/**
 * Most container markers (`>`, and the list markers `-`, `*`, `+`, `1.`, `1)`) a line may start with.
 * The markdown parser's time grows with the square of the nesting (12,000 `- ` on one line took a
 * minute, and the tree it builds is that deep); a control assessment nests a few levels.
 */
export declare const MAX_LINE_CONTAINERS = 64;
/**
 * Most columns a line's content may start after: its indentation and the container markers before it,
 * a tab counted as 4. A list indented one step further on each line nests one level deeper on each;
 * past this the nesting, and the parser's time, would grow with the file (a 9 MB file ran 11 minutes).
 */
export declare const MAX_LINE_INDENT = 256;
/**
 * Most container markers in the whole file. The parser's time grows with the square of the number of
 * list items too (every item re-reads the list so far): 5,000 lines of `- - x` took 6 s, 10,000 took
 * 25 s; 2,000 markers take well under a second, and an assessment's notes use a few dozen.
 */
export declare const MAX_FILE_CONTAINERS = 2000;
/** Criticality words (case-insensitive); only `critical` requires `Verified`. An empty cell is allowed. */
export declare const CRITICALITIES: readonly ["critical", "high", "medium", "low"];
/** The controls `shipgate init` writes and the release preset requires. */
export declare const DEFAULT_CONTROLS: readonly {
    id: string;
    name: string;
}[];
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
/**
 * The comparison key of a control id (see `ControlAssessment.key`): compatibility-normalized (NFKC: a
 * full-width letter is the letter), Unicode dashes (U+2010-U+2015, U+2212, U+FE58, U+FE63, U+FF0D)
 * read as '-', invisible characters removed and lower case, as `comparableName` compares names; runs of
 * white space and underscores are one '-'. So `Data Protection`, `data_protection` and
 * `data\u2011protection` are `data-protection`, and `ａuthorization\u200B` is `authorization`: the same
 * control GitHub shows, which a duplicate row cannot escape by a character no reader sees.
 */
export declare function controlKey(controlId: string): string;
/** Reads a status word case-insensitively with whitespace normalized; undefined when it is not one. */
export declare function parseControlStatus(text: string): ControlStatus | undefined;
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
export declare function parseAssessment(text: string, source: string): Assessment;
/**
 * Whether a row counts as verified on `today` (YYYY-MM-DD): its status is Verified and its Date, when
 * it has one, is not after today. A verification dated later (2099-01-01) has not happened yet, as an
 * exception approved on a later day does not apply yet.
 */
export declare function countsAsVerified(control: {
    status: string;
    date?: string;
}, today: string): boolean;
/** Whether a row says Verified with a Date after `today`: what the gate reports instead of its status. */
export declare function verifiedLater(control: {
    status: string;
    date?: string;
}, today: string): boolean;
/**
 * The assessment `shipgate init` writes: one row per control, criticality `critical`, status
 * `Pending`, evidence, verifier and date left for the team to fill in.
 */
export declare function renderAssessmentTemplate(controls?: readonly {
    id: string;
    name: string;
}[]): string;
