/** What the assessment says about a control, as written in the file (matched case-insensitively). */
export declare const CONTROL_STATUSES: readonly ["Verified", "Not verified", "Partially verified", "Not applicable", "Pending"];
export type ControlStatus = (typeof CONTROL_STATUSES)[number];
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
/** The comparison key of a control id (see `ControlAssessment.key`). */
export declare function controlKey(controlId: string): string;
/** Reads a status word case-insensitively with whitespace normalized; undefined when it is not one. */
export declare function parseControlStatus(text: string): ControlStatus | undefined;
/**
 * Parses the manual control assessment: every GFM table with a `Control` and a `Status` column
 * (header names case-insensitive; `Name`, `Criticality`, `Evidence`, `Verified by` and `Date` are read
 * too, other columns ignored). Rows whose cells are all empty are skipped. Every problem (no such
 * table, an empty control id, a control assessed twice in one table or across tables, an unknown
 * status, a bad date) is gathered into one
 * `InputError`; each names the file and the line.
 */
export declare function parseAssessment(text: string, source: string): Assessment;
/**
 * The assessment `shipgate init` writes: one row per control, criticality `critical`, status
 * `Pending`, evidence, verifier and date left for the team to fill in.
 */
export declare function renderAssessmentTemplate(controls?: readonly {
    id: string;
    name: string;
}[]): string;
