/**
 * Bandit JSON report (`bandit -r . -f json`).
 * Formatter: https://bandit.readthedocs.io/en/latest/formatters/json.html
 * Source: https://github.com/PyCQA/bandit/blob/main/bandit/formatters/json.py
 *
 * Severity is LOW/MEDIUM/HIGH (UNDEFINED when a plugin sets none). `code` holds the source lines
 * around the issue and is never copied, nor is the password the hardcoded-password tests quote in
 * `issue_text` (see `PASSWORD_TITLE`).
 */
import {
  isObject,
  kindOf,
  found,
  trimmedString as str,
  describeFound,
  capFirstLine as cap,
  quoteReportText,
  reportLine,
  showReportText,
  type Json,
} from './report-reader.js';
import { InputError } from '../errors.js';
import type { Location, RawFinding, ScanType, Severity } from '../model.js';
import { codeIdentity, normalizeCwes } from './identity.js';
import { parseJsonText } from './json.js';
import { normalizePath } from './paths.js';
import { decodeUtf8 } from './read.js';
import type { DetectSample, Detection, IngestContext, IngestResult, Ingestor, InputFile } from './types.js';
import { lookupTable } from '../lookup.js';
import { compareText } from '../strings.js';

const FORMAT = 'bandit';
const TOOL = 'Bandit';
const EXPECTED = "a Bandit JSON report: an object with a 'results' array (and 'errors', 'metrics')";
const SEVERITIES = lookupTable<Severity>({ HIGH: 'high', MEDIUM: 'medium', LOW: 'low', UNDEFINED: 'unknown' });

/**
 * The start of a Bandit JSON report, which Bandit writes with its keys sorted (`json.dumps(sort_keys=True)`):
 * `errors` (an array) first, then `generated_at` (a string) and `metrics`, whose first entry is `_totals`
 * or a scanned file (`./app.py` sorts before `_totals`), an object whose first key is `CONFIDENCE.HIGH`
 * (or `loc`, for a file Bandit could not parse). `results` comes last, after a metrics entry per file.
 */
const HEAD_START = /^\s*\{\s*"errors"\s*:\s*\[/;
const HEAD_METRICS =
  /\]\s*,\s*"generated_at"\s*:\s*"[^"\\]*"\s*,\s*"metrics"\s*:\s*\{\s*"(?:[^"\\]|\\.)*"\s*:\s*\{\s*"(?:CONFIDENCE\.HIGH|loc)"\s*:/;

function detect(sample: DetectSample): Detection {
  const doc = sample.document;
  if (doc !== undefined) {
    if (!isObject(doc) || !Array.isArray(doc.results)) return 'no';
    const first: unknown = doc.results[0];
    if (isObject(first)) return typeof first.test_id === 'string' && 'issue_severity' in first ? 'certain' : 'no';
    return isObject(doc.metrics) && 'generated_at' in doc ? 'certain' : 'no';
  }
  // From the first bytes alone (a report too large to read whole): its first issue, when the metrics are
  // short, or else its sorted top-level keys, since a report over many files has its results far
  // beyond the first 8 KiB (and then it is refused as over the input cap, not as unrecognized).
  const head = sample.head.slice(0, 8192);
  if (!/^\s*\{/.test(head)) return 'no';
  if (/"test_id"\s*:/.test(head) && /"issue_severity"\s*:/.test(head)) return 'certain';
  return HEAD_START.test(sample.head) && HEAD_METRICS.test(sample.head) ? 'certain' : 'no';
}

/** Bandit's hardcoded-password tests: B105 (a string), B106 (a function argument), B107 (a default argument). */
const PASSWORD_TESTS = new Set(['B105', 'B106', 'B107']);

/**
 * The title of an issue of a hardcoded-password test. Bandit quotes the password in its text
 * (`Possible hardcoded password: 'hunter2'`); a secret value is never copied into a finding (DESIGN), so
 * the title is Bandit's wording with the value masked, whatever the text says.
 */
export const PASSWORD_TITLE = "Possible hardcoded password: '***'";

/** Whether the issues of a Bandit test quote a hardcoded password in their text (B105, B106, B107). */
export function quotesPassword(testId: string): boolean {
  return PASSWORD_TESTS.has(testId.toUpperCase());
}

/**
 * A `line_number` or an item of `line_range`: Bandit writes a whole number (the line of the AST node, from 1).
 * 0, null or no key say no line, as the Gitleaks, GitLab and Checkov readers read them. Anything else (the
 * string "12", a fraction, -1) is an input error: read as no line, it would drop the line from the identity
 * and merge two issues of one test in one file on different lines into one finding.
 */
function readLine(value: unknown, pointer: string, file: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value >= 1 ? value : undefined;
  throw new InputError(
    `${file}: ${pointer}: found ${describeFound(value)} (expected a line number, a whole number of at least 0).`,
  );
}

/** `line_range`: the lines of the issue, each read as `readLine` reads one; null or no key is none. */
function readLineRange(value: unknown, pointer: string, file: string): number[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value))
    throw new InputError(
      `${file}: ${pointer}: found ${describeFound(value)} (expected the lines of the issue, an array of whole numbers of at least 0).`,
    );
  const lines: number[] = [];
  value.forEach((item: unknown, i) => {
    const line = readLine(item, `${pointer}/${i}`, file);
    if (line !== undefined) lines.push(line);
  });
  return lines;
}

/**
 * `col_offset`, Python's 0-based AST column (Bandit writes 0 when it has none), as a 1-based column. The
 * column tells apart two issues of one test on one line (the occurrence rule), so one that is there but not
 * a whole number of at least 0 (the string "4", a fraction, -1) is an input error, as a line is; null or no
 * key is no column.
 */
function readColumn(value: unknown, pointer: string, file: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value + 1;
  throw new InputError(
    `${file}: ${pointer}: found ${describeFound(value)} (expected a column, a whole number of at least 0 counted from 0).`,
  );
}

function readResult(result: unknown, pointer: string, input: InputFile, context: IngestContext): RawFinding {
  const file = input.path;
  if (!isObject(result))
    throw new InputError(`${file}: ${pointer}: the result is ${kindOf(result)} (expected a Bandit issue object).`);
  const ruleId = str(result.test_id);
  if (ruleId === undefined)
    throw new InputError(`${file}: ${pointer}/test_id: ${found(result.test_id)} (expected a test id such as B101).`);
  const word = str(result.issue_severity);
  const severity = word !== undefined ? SEVERITIES[word.toUpperCase()] : undefined;
  if (word === undefined || severity === undefined)
    throw new InputError(
      `${file}: ${pointer}/issue_severity: ${word === undefined ? found(result.issue_severity) : `${quoteReportText(word)} is not a Bandit severity`} (expected LOW, MEDIUM, HIGH or UNDEFINED).`,
    );
  const rawPath = str(result.filename);
  if (rawPath === undefined)
    throw new InputError(
      `${file}: ${pointer}/filename: ${found(result.filename)} (expected the path of the scanned file).`,
    );
  const location: Location = { path: normalizePath(context.root, rawPath) };
  const startLine = readLine(result.line_number, `${pointer}/line_number`, file);
  if (startLine !== undefined) location.startLine = startLine;
  const range = readLineRange(result.line_range, `${pointer}/line_range`, file);
  // A reduce, not Math.max(...range): a range of 200,000 lines would overflow the stack as arguments.
  const endLine = range.length > 0 ? range.reduce((a, b) => Math.max(a, b)) : undefined;
  if (startLine !== undefined && endLine !== undefined && endLine > startLine) location.endLine = endLine;
  const column = readColumn(result.col_offset, `${pointer}/col_offset`, file);
  if (column !== undefined) location.startColumn = column;

  const cwe = isObject(result.issue_cwe) ? normalizeCwes([result.issue_cwe.id]) : [];
  const name = str(result.test_name);
  return {
    identityKey: codeIdentity(TOOL, ruleId, location),
    run: 0,
    scanType: context.scanType ?? 'sast',
    ruleId,
    title: quotesPassword(ruleId) ? PASSWORD_TITLE : cap(str(result.issue_text) ?? name ?? ruleId) || ruleId,
    severity,
    severitySource: `bandit ${word}`,
    aliases: [],
    cwe,
    location,
    sources: [{ input: file, format: FORMAT, tool: TOOL, pointer }],
  };
}

/** Bandit's severities, most severe first: the order a shortfall is named in. */
const SEVERITY_ORDER = ['HIGH', 'MEDIUM', 'LOW', 'UNDEFINED'];

/**
 * The issues Bandit's own metrics count per severity: `metrics._totals` `SEVERITY.*` (older Bandit writes
 * them as floats, 59.0), keyed by the severity word in upper case. Undefined when the report has no totals.
 * Bandit counts an issue in these totals exactly when it adds it to its results: an issue a `nosec` comment
 * skips is counted under `nosec` or `skipped_tests` instead, in neither the totals nor the results. The
 * severity (-l) and confidence (-i) filters and the baseline (-b) are applied later, to the results only.
 */
function countedIssues(metrics: Json): Map<string, number> | undefined {
  const totals = metrics._totals;
  if (!isObject(totals)) return undefined;
  const counted = new Map<string, number>();
  for (const [key, value] of Object.entries(totals))
    if (key.startsWith('SEVERITY.') && typeof value === 'number' && Number.isFinite(value))
      counted.set(key.slice('SEVERITY.'.length).toUpperCase(), Math.max(0, Math.round(value)));
  return counted;
}

/**
 * A Bandit severity word (`issue_severity`: LOW, MEDIUM, HIGH or UNDEFINED, in any case) in upper case, the
 * way the totals name it (`SEVERITY.LOW`); undefined for anything else.
 */
export function banditSeverityWord(value: unknown): string | undefined {
  const word = str(value)?.toUpperCase();
  return word !== undefined && SEVERITIES[word] !== undefined ? word : undefined;
}

/** The issues the report lists per severity word, in upper case (each one already read as a Bandit severity). */
function listedIssues(results: readonly unknown[]): Map<string, number> {
  const listed = new Map<string, number>();
  for (const result of results) {
    const word = isObject(result) ? str(result.issue_severity)?.toUpperCase() : undefined;
    if (word !== undefined) listed.set(word, (listed.get(word) ?? 0) + 1);
  }
  return listed;
}

/** A severity the totals count more issues of than the report lists. */
interface Shortfall {
  word: string;
  counted: number;
  listed: number;
}

/** The severities the totals count more issues of than the report lists, most severe first. */
function shortfalls(counted: ReadonlyMap<string, number>, listed: ReadonlyMap<string, number>): Shortfall[] {
  const rank = (word: string): number => {
    const index = SEVERITY_ORDER.indexOf(word);
    return index === -1 ? SEVERITY_ORDER.length : index;
  };
  return [...counted.entries()]
    .map(([word, count]) => ({ word, counted: count, listed: listed.get(word) ?? 0 }))
    .filter((entry) => entry.counted > entry.listed)
    .sort((a, b) => rank(a.word) - rank(b.word) || compareText(a.word, b.word));
}

/**
 * Whether Bandit's metrics show it read no code: `metrics._totals.loc` is the number 0. With no result
 * either, the report covers no scan type, whatever the policy declares: a Bandit run that read nothing
 * (wrong path, everything excluded, no Python file) must not pass for the SAST scan. A report without
 * the count (older or cut metrics) is read as before, and a result shows code was read whatever the count.
 */
function readNoCode(metrics: Json): boolean {
  const totals = metrics._totals;
  return isObject(totals) && typeof totals.loc === 'number' && totals.loc === 0;
}

/** The files Bandit's metrics list: one entry per file it scanned, beside `_totals`. */
function scannedFiles(metrics: Json): number {
  return Object.entries(metrics).filter(([key, value]) => key !== '_totals' && isObject(value)).length;
}

/** The `_totals` counts of what `# nosec` comments set aside: a blanket `# nosec`, and (1.7.5+) `# nosec B101`. */
const NOSEC_COUNTS = ['nosec', 'skipped_tests'] as const;

/** At most this many files are named in the problem about `# nosec` comments; the rest are counted. */
const NOSEC_FILES = 5;

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
export function hiddenByNosec(metrics: Json, file: string, at = '/metrics'): string | undefined {
  const totals = metrics._totals as Json;
  const counts: [key: string, count: number][] = [];
  for (const key of NOSEC_COUNTS) {
    const value = totals[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
      throw new InputError(
        `${file}: ${at}/_totals/${key}: ${typeof value === 'number' ? `the number ${value}` : found(value)} (expected the count of what # nosec comments set aside, a whole number of at least 0, as Bandit writes it).`,
      );
    if (value > 0) counts.push([key, Math.max(1, Math.round(value))]);
  }
  if (counts.length === 0) return undefined;
  const total = counts.reduce((sum, [, n]) => sum + n, 0);
  const pointer = counts.length === 1 ? `${at}/_totals/${counts[0]?.[0] ?? ''}` : `${at}/_totals`;
  const shown = counts.map(([key, n]) => `${key} ${n}`).join(', ');
  const files = Object.entries(metrics)
    .filter(([key, value]) => key !== '_totals' && isObject(value))
    .map(([key, value]): [string, number] => {
      const entry = value as Json;
      const n = NOSEC_COUNTS.reduce((sum, k) => {
        const v = entry[k];
        return sum + (typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.max(1, Math.round(v)) : 0);
      }, 0);
      return [key, n];
    })
    .filter(([, n]) => n > 0)
    .sort((a, b) => compareText(a[0], b[0]));
  const named = files.slice(0, NOSEC_FILES).map(([key, n]) => `${showReportText(key)} (${n})`);
  if (files.length > NOSEC_FILES) named.push(`and ${files.length - NOSEC_FILES} more file(s)`);
  const where = named.length > 0 ? `; in ${named.join(', ')}` : '';
  return `${pointer}: # nosec comments made Bandit set aside ${total} issue(s) (${shown}${where}; Bandit before 1.7.5 counts the statements it skipped on such a line), which the report does not list (Bandit run with --ignore-nosec lists them)`;
}

/** Bandit's severity (-l) and confidence (-i) filters and its baseline (-b) drop issues from results, not from the metrics. */
const LEFT_OUT =
  "Bandit's severity (-l) and confidence (-i) filters and its baseline (-b) leave counted issues out of the results";

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
export function checkListed(
  metrics: Json,
  listed: ListedIssues,
  file: string,
  at = '/metrics',
  resultsAt = '/results',
): void {
  const counted = countedIssues(metrics);
  if (counted === undefined) return;
  const total = [...counted.values()].reduce((sum, n) => sum + n, 0);
  if (total > 0 && listed.total === 0)
    throw new InputError(
      `${file}: ${resultsAt}: the metrics (${at}/_totals) count ${total} issue(s) but none is listed (expected the issues; was the report cut? ${LEFT_OUT}: run Bandit without them for the gate).`,
    );
  const unattributed = listed.unattributed ?? 0;
  const short =
    unattributed > 0
      ? total > listed.total
        ? [{ word: '', counted: total, listed: listed.total }]
        : []
      : shortfalls(counted, listed.bySeverity);
  if (short.length === 0) return;
  const missing = short.reduce((sum, entry) => sum + entry.counted - entry.listed, 0);
  const detail =
    unattributed > 0
      ? `${unattributed} listed issue(s) name no Bandit severity (issue_severity), so they are compared in all`
      : short.map((entry) => `SEVERITY.${entry.word}: ${entry.counted} counted, ${entry.listed} listed`).join('; ');
  throw new InputError(
    `${file}: ${resultsAt}: the report lists ${listed.total} issue(s) but its metrics (${at}/_totals) count ${total} (${detail}), so ${missing} issue(s) Bandit found would pass unseen; ${LEFT_OUT} (expected every issue Bandit found: run Bandit without -l, -i or -b for the gate).`,
  );
}

async function parse(input: InputFile, context: IngestContext): Promise<IngestResult> {
  const file = input.path;
  const document =
    context.document !== undefined ? context.document : parseJsonText(decodeUtf8(input), input, EXPECTED);
  if (!isObject(document))
    throw new InputError(`${file}: the document is ${kindOf(document)}, not a Bandit report (expected ${EXPECTED}).`);
  if (!Array.isArray(document.results))
    throw new InputError(`${file}: /results: ${found(document.results)} (expected an array of Bandit issues).`);
  if (document.errors !== undefined && !Array.isArray(document.errors))
    throw new InputError(`${file}: /errors: ${found(document.errors)} (expected an array of Bandit errors).`);
  // Bandit always writes its metrics: a bare results list shows no sign that a scan ran.
  if (!isObject(document.metrics))
    throw new InputError(
      `${file}: /metrics: ${found(document.metrics)} (expected Bandit's metrics object, which every Bandit report has).`,
    );
  // Bandit writes its totals, with the lines of code it read, in every report since it has metrics: an
  // empty metrics object shows no more sign that a scan ran than a report without metrics.
  if (!isObject(document.metrics._totals))
    throw new InputError(
      `${file}: /metrics/_totals: ${found(document.metrics._totals)} (expected Bandit's totals, with the lines of code it read (loc), which every Bandit report has).`,
    );
  // A file Bandit lists under errors was not scanned (its AST could not be built, or it could not be
  // read): its checks never ran, so the run is not a completed scan, as Checkov's parsing errors and as
  // Bandit's own SARIF writer says (an error-level configuration notification per skipped file).
  const errors: unknown[] = Array.isArray(document.errors) ? document.errors : [];
  const problems = errors.map((error, i) => {
    const where =
      isObject(error) && str(error.filename) ? ` ${showReportText(str(error.filename) as string)}` : ' a file';
    const reason = isObject(error) && str(error.reason) ? ` (${reportLine(str(error.reason) as string)})` : '';
    return `/errors/${i}: Bandit could not scan${where}${reason}; its checks did not run, so the scan is not complete (fix the file, run Bandit under the Python version the project uses if the file is valid there, or exclude it from the scan with bandit -x if it does not ship, and scan again).`;
  });
  const hidden = hiddenByNosec(document.metrics, file);
  const warnings: string[] = [];
  const findings = document.results.map((result, i) => readResult(result, `/results/${i}`, input, context));
  // Compared after every result has been read, so that a severity Bandit does not write is named as such first.
  checkListed(document.metrics, { total: document.results.length, bySeverity: listedIssues(document.results) }, file);
  const listed = document.results.length;
  const scanType: ScanType = context.scanType ?? 'sast';
  const coversNothing = listed === 0 && readNoCode(document.metrics);
  if (coversNothing) {
    const files = scannedFiles(document.metrics);
    const shown =
      files === 0 ? 'the metrics list no scanned file' : `the metrics list ${files} file(s), none with a line of code`;
    warnings.push(
      `${file}: /metrics/_totals/loc: the count of lines of code is 0, ${shown}, and there are no results: Bandit read no code, so the report covers no scan type. Check the paths given to Bandit (bandit -r <folder>), its excludes (-x, --exclude, the config file) and that the target holds Python files, then scan again.`,
    );
  }
  return {
    findings,
    runs: [
      {
        tool: TOOL,
        scanType,
        ...(coversNothing ? { coversNothing: true } : {}),
        completed: problems.length === 0,
        problems,
        resultCount: document.results.length,
        ...(hidden !== undefined ? { setAside: hidden } : {}),
      },
    ],
    warnings,
  };
}

export const bandit: Ingestor = {
  id: FORMAT,
  title: 'Bandit JSON',
  detection:
    "an object with a 'results' array of objects with 'test_id' and 'issue_severity' (or empty results with 'metrics' and 'generated_at'); from the first bytes of a large report, Bandit's sorted keys 'errors', 'generated_at' and 'metrics' with its counts",
  scanTypes: ['sast'],
  detect,
  parse,
};
