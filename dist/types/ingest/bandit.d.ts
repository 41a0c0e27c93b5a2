/**
 * Bandit JSON report (`bandit -r . -f json`).
 * Formatter: https://bandit.readthedocs.io/en/latest/formatters/json.html
 * Source: https://github.com/PyCQA/bandit/blob/main/bandit/formatters/json.py
 *
 * Severity is LOW/MEDIUM/HIGH (UNDEFINED when a plugin sets none). `code` holds the source lines
 * around the issue and is never copied, nor is the password the hardcoded-password tests quote in
 * `issue_text` (see `PASSWORD_TITLE`).
 */
import { type Json } from './report-reader.js';
import type { Ingestor } from './types.js';
/**
 * The title of an issue of a hardcoded-password test. Bandit quotes the password in its text
 * (`Possible hardcoded password: 'hunter2'`); a secret value is never copied into a finding (DESIGN), so
 * the title is Bandit's wording with the value masked, whatever the text says.
 */
export declare const PASSWORD_TITLE = "Possible hardcoded password: '***'";
/** Whether the issues of a Bandit test quote a hardcoded password in their text (B105, B106, B107). */
export declare function quotesPassword(testId: string): boolean;
/**
 * A Bandit severity word (`issue_severity`: LOW, MEDIUM, HIGH or UNDEFINED, in any case) in upper case, the
 * way the totals name it (`SEVERITY.LOW`); undefined for anything else.
 */
export declare function banditSeverityWord(value: unknown): string | undefined;
/**
 * The problem that makes the run incomplete when `# nosec` comments set something aside, or undefined.
 * Bandit counts each issue a `# nosec` comment hides (before 1.7.5, each statement it skipped on such a
 * line, with whatever issues it held) under `_totals.nosec`, or `skipped_tests` for `# nosec B101`, and
 * leaves it out of the results. Other readers read what a scanner's own ignore mechanism set aside as a
 * suppressed finding, which counts unless the policy sets `exceptions.inFileSuppressions: honor`; these
 * issues are not in the report, so there is no finding to mark: the run says what was set aside
 * (`ToolRun.setAside`), and the evaluation makes the scan incomplete under `ignore` (a comment committed
 * with the code never passes an issue without the approver and expiry of an exception) and warns under
 * `honor`.
 *
 * `metrics` is Bandit's metrics object, with its `_totals` object (checked by the caller), and `at` its
 * JSON pointer: `/metrics` in Bandit JSON, `/runs/<i>/properties/metrics` in Bandit's SARIF, which carries
 * the same metrics. The sentence names the count by its pointer.
 */
export declare function hiddenByNosec(metrics: Json, file: string, at?: string): string | undefined;
/** The issues a report lists: in all, and per Bandit severity word in upper case (see `banditSeverityWord`). */
export interface ListedIssues {
    total: number;
    bySeverity: ReadonlyMap<string, number>;
    /** Listed issues that name no Bandit severity (a SARIF result without `properties.issue_severity`). */
    unattributed?: number;
}
/**
 * Refuses a report whose metrics count issues its results leave out. As Checkov's summary (checkov.ts):
 * metrics that count issues the list leaves out show a filtered, cut or emptied report, never a complete
 * one. Compared severity by severity; when some listed issue names no severity, only in all (any of them
 * could be of any severity). `at` is the metrics' JSON pointer and `resultsAt` the results' (`/metrics` and
 * `/results` in Bandit JSON, `/runs/<i>/properties/metrics` and `/runs/<i>/results` in Bandit's SARIF).
 */
export declare function checkListed(metrics: Json, listed: ListedIssues, file: string, at?: string, resultsAt?: string): void;
export declare const bandit: Ingestor;
