/**
 * Semgrep JSON output (`semgrep scan --json`).
 * Schema: https://github.com/semgrep/semgrep-interfaces/blob/main/semgrep_output_v1.atd (cli_output)
 * CLI: https://semgrep.dev/docs/cli-reference
 *
 * Severity is ERROR/WARNING/INFO (high, medium, low) on the old scale and LOW/MEDIUM/HIGH/CRITICAL on the new one.
 * `extra.fingerprint` and `extra.lines` read "requires login" in Semgrep OSS output, so the
 * fingerprint is used only when it is a real one.
 *
 * A result with `extra.is_ignored: true` (a `nosemgrep` comment; Semgrep writes such results only with
 * `--disable-nosem`) is read like any other, marked as suppressed in source: the policy
 * (`exceptions.inFileSuppressions`), not a comment in the code, decides whether it counts.
 * Ignoring code: https://semgrep.dev/docs/ignoring-files-folders-code
 *
 * A rule's `metadata["security-severity"]` (a score or a word, as in Semgrep's registry rules) decides the
 * severity before `extra.severity`: Semgrep's SARIF writer copies it into the rule's
 * `properties.security-severity`, which the SARIF reader lets decide first, and one scan must not block as
 * SARIF and pass as JSON. An unusable value is read as the SARIF reader reads it: a warning, and
 * `extra.severity` decides.
 */
import {
  isObject,
  kindOf,
  found,
  trimmedString as str,
  positiveInt as line,
  capFirstLine as cap,
  MAX_PROBLEMS,
  quoteReportText,
  reportLine,
  showReportText,
  type Json,
} from './report-reader.js';
import { parseWholeDocument, streamWholeDocument } from './stream-document.js';
import { InputError } from '../errors.js';
import type { Location, RawFinding, ScanType, Severity, Suppression } from '../model.js';
import { codeIdentity, normalizeCwes } from './identity.js';
import { parseJsonText } from './json.js';
import { normalizePath } from './paths.js';
import { decodeUtf8 } from './read.js';
import type { DetectSample, Detection, IngestContext, IngestResult, Ingestor, InputFile } from './types.js';
import { lookupTable } from '../lookup.js';
import { readSecuritySeverity } from './severity.js';

const FORMAT = 'semgrep';
const TOOL = 'Semgrep';
const EXPECTED = "Semgrep JSON output: an object with a 'results' array (and 'errors')";
/**
 * Semgrep's older ERROR, WARNING and INFO correspond to its High, Medium and Low
 * (https://semgrep.dev/docs/kb/rules/understand-severities), and its own SARIF writes INFO as level `note`,
 * which reads as low: INFO is a low finding, not an info one that minSeverity: low would not count.
 */
const SEVERITIES = lookupTable<Severity>({
  ERROR: 'high',
  WARNING: 'medium',
  INFO: 'low',
  CRITICAL: 'critical',
  HIGH: 'high',
  MEDIUM: 'medium',
  LOW: 'low',
  // Semgrep's own scale has two more levels for rules that are not meant to block anything.
  INVENTORY: 'info',
  EXPERIMENT: 'info',
});
const PLACEHOLDER_FINGERPRINT = 'requires login';
/** What a `nosemgrep` comment is in SARIF's terms; Semgrep's JSON gives no reason for it. */
const NOSEMGREP: Suppression = { kind: 'inSource', status: 'accepted' };

function detect(sample: DetectSample): Detection {
  const doc = sample.document;
  if (doc !== undefined) {
    if (!isObject(doc) || !Array.isArray(doc.results)) return 'no';
    // Bandit also has results and errors, with metrics and generated_at; SARIF has runs.
    if ('metrics' in doc || 'generated_at' in doc || 'runs' in doc) return 'no';
    const first: unknown = doc.results[0];
    if (isObject(first)) return typeof first.check_id === 'string' && isObject(first.extra) ? 'certain' : 'no';
    return Array.isArray(doc.errors) ? 'certain' : 'possible';
  }
  const head = sample.head.slice(0, 8192);
  return /^\s*\{/.test(head) && /"check_id"\s*:/.test(head) && /"extra"\s*:/.test(head) ? 'certain' : 'no';
}

/** What the results of one report share: its warnings, and the unusable security-severity values already warned of. */
interface ResultContext {
  warnings: string[];
  /** `rule id \0 value` of each unusable security-severity warned of, so that each is named once per rule. */
  badSeverity: Set<string>;
}

function readResult(
  result: unknown,
  pointer: string,
  input: InputFile,
  context: IngestContext,
  toolVersion: string | undefined,
  rc: ResultContext,
): RawFinding {
  const file = input.path;
  if (!isObject(result))
    throw new InputError(`${file}: ${pointer}: the result is ${kindOf(result)} (expected a Semgrep result object).`);
  const ruleId = str(result.check_id);
  if (ruleId === undefined)
    throw new InputError(`${file}: ${pointer}/check_id: ${found(result.check_id)} (expected the rule id).`);
  if (!isObject(result.extra))
    throw new InputError(
      `${file}: ${pointer}/extra: ${found(result.extra)} (expected an object with message and severity).`,
    );
  const extra = result.extra;
  const word = str(extra.severity);
  const severity = word !== undefined ? SEVERITIES[word.toUpperCase()] : undefined;
  if (word === undefined || severity === undefined)
    throw new InputError(
      `${file}: ${pointer}/extra/severity: ${word === undefined ? found(extra.severity) : `${quoteReportText(word)} is not a Semgrep severity`} (expected ERROR, WARNING, INFO, LOW, MEDIUM, HIGH or CRITICAL).`,
    );
  const rawPath = str(result.path);
  if (rawPath === undefined)
    throw new InputError(`${file}: ${pointer}/path: ${found(result.path)} (expected the path of the file).`);
  const start = isObject(result.start) ? result.start : undefined;
  const end = isObject(result.end) ? result.end : undefined;
  const location: Location = { path: normalizePath(context.root, rawPath) };
  const startLine = line(start?.line);
  if (startLine === undefined)
    throw new InputError(
      `${file}: ${pointer}/start/line: ${found(start?.line)} (expected the 1-based line the match starts on).`,
    );
  location.startLine = startLine;
  const endLine = line(end?.line);
  if (endLine !== undefined && endLine >= startLine) location.endLine = endLine;
  const startColumn = line(start?.col);
  if (startColumn !== undefined) location.startColumn = startColumn;

  const metadata = isObject(extra.metadata) ? extra.metadata : {};
  // The rule's security-severity first, as the SARIF reader reads the same rule's `properties.security-severity`.
  const scored = readSecuritySeverity(metadata['security-severity']);
  const severitySource = scored.severity ? (scored.source ?? 'security-severity') : `semgrep ${word}`;
  if (scored.invalid !== undefined && !rc.badSeverity.has(`${ruleId}\0${scored.invalid}`)) {
    rc.badSeverity.add(`${ruleId}\0${scored.invalid}`);
    rc.warnings.push(
      `${file}: ${pointer}/extra/metadata/security-severity: rule ${quoteReportText(ruleId, Infinity)} has security-severity ${quoteReportText(scored.invalid, Infinity)}, which is not a score from 0.1 to 10 (the bands of DESIGN 3.1; 0 has none) or a severity word; ${severitySource} decides instead (${severity}).`,
    );
  }
  const cweValues = Array.isArray(metadata.cwe) ? metadata.cwe : [metadata.cwe];
  const fingerprint = str(extra.fingerprint);
  const usableFingerprint =
    fingerprint !== undefined && fingerprint !== PLACEHOLDER_FINGERPRINT ? fingerprint : undefined;
  const finding: RawFinding = {
    identityKey: codeIdentity(TOOL, ruleId, location, usableFingerprint),
    run: 0,
    scanType: context.scanType ?? 'sast',
    ruleId,
    title: cap(str(extra.message) ?? ruleId) || ruleId,
    severity: scored.severity ?? severity,
    severitySource,
    aliases: [],
    cwe: normalizeCwes(cweValues),
    location,
    sources: [{ input: file, format: FORMAT, tool: TOOL, ...(toolVersion ? { toolVersion } : {}), pointer }],
    // The fields added later, as slots of this object (see RawFinding).
    id: undefined,
    identity: undefined,
    countedSeverity: undefined,
    excepted: undefined,
  };
  if (extra.is_ignored === true) finding.suppressions = [{ ...NOSEMGREP }];
  return finding;
}

/**
 * The Semgrep error types that mean a file was not scanned (Semgrep could not parse it) or a rule never
 * finished on it. Semgrep writes them at level `warn` (semgrep Core_error.ml, severity_of_error)
 * and fails on them only with --strict, yet its own summary counts them as skipped files
 * ("analysis_failed_parser_or_internal_error", src/osemgrep/reporting/Skipped_groups.ml): the report
 * does not show that file was checked, so the run is not a completed scan. `PartialParsing` (the file
 * was parsed, some of it skipped) and `Too many matches` stay warnings. Semgrep's SARIF writer puts the
 * same errors in `toolExecutionNotifications`, `descriptor.id` the type (src/osemgrep/reporting/Sarif_output.ml).
 */
const NOT_PARSED = new Set(['Syntax error', 'Lexical error', 'Other syntax error']);
const NOT_FINISHED = new Map([
  ['Timeout', 'raise --timeout, or exclude the file from the scan, e.g. in .semgrepignore, and scan again'],
  ['Out of memory', 'raise --max-memory, or exclude the file from the scan, e.g. in .semgrepignore, and scan again'],
  ['Stack overflow', 'exclude the file from the scan, e.g. in .semgrepignore, and scan again'],
  // A rule that crashed on the file (MatchingError): Semgrep counts the file as skipped too.
  [
    'Internal matching error',
    'exclude the file from the scan, e.g. in .semgrepignore, and scan again; the error is a Semgrep bug worth reporting',
  ],
]);

/**
 * Whether a Semgrep error means a file was not scanned, or not fully (see NOT_PARSED). Not when it is
 * about a snippet a rule's metavariable-pattern re-parses in another language (the bash of a workflow's
 * `run:`), which Semgrep writes to a temporary `.mvar-pattern` file or names with "metavariable-pattern"
 * (semgrep/semgrep#7145): the file itself was scanned, and no one can fix or exclude the temporary one.
 */
export function semgrepSkipType(type: string | undefined, path?: string, message?: string): boolean {
  if (type === undefined || !(NOT_PARSED.has(type) || NOT_FINISHED.has(type))) return false;
  return !/mvar-pattern/i.test(path ?? '') && !/metavariable[-_ ]pattern/i.test(message ?? '');
}

/**
 * The run problem for a Semgrep error of a `semgrepSkipType` type, in the native JSON and in SARIF:
 * the pointer, the file, the type and Semgrep's message, and what to do.
 */
export function semgrepSkipProblem(
  pointer: string,
  type: string,
  path: string | undefined,
  message: string | undefined,
): string {
  // Semgrep names the file in its message ("Syntax error at line app/x.ts:14:") when the error has no path.
  const named = path ?? (message !== undefined ? /\bat line (\S+?):\d+/.exec(message)?.[1] : undefined);
  const where = named !== undefined ? reportLine(named) : 'a file';
  // The whole message on one line: its second line says what was unexpected.
  const flat = message?.replace(/\s+/g, ' ').trim();
  const said = `${showReportText(type)}${flat ? `: ${showReportText(flat.length > 300 ? `${flat.slice(0, 299)}…` : flat)}` : ''}`;
  const fix = NOT_FINISHED.get(type);
  return fix === undefined
    ? `${pointer}: Semgrep could not parse ${where} (${said}), so its rules did not run on that file and the scan is not complete (fix the file, or exclude it from the scan, e.g. in .semgrepignore, and scan again).`
    : `${pointer}: a Semgrep rule did not finish on ${where} (${said}), so that file was not fully scanned and the scan is not complete (${fix}).`;
}

/** The problem that counts the skipped files past the first MAX_PROBLEMS. */
export function semgrepSkipOverflow(pointer: string, more: number): string {
  return `${pointer}: and ${more} more like these: Semgrep could not parse, or did not finish, ${more} more file(s) (the report names each one), so the scan is not complete.`;
}

/** The levels of a Semgrep error (semgrep_output_v1.atd, error_severity), exactly as Semgrep writes them. */
const ERROR_LEVELS = new Set(['error', 'warn', 'info']);

/**
 * Semgrep's errors: every one is a warning. An error-level one also means the scan did not complete,
 * and so does a warn-level one that says a file was not scanned (`semgrepSkipType`): those are
 * named one by one up to MAX_PROBLEMS, then counted.
 */
function readErrors(errors: unknown[], file: string, warnings: string[], problems: string[]): void {
  let skipped = 0;
  errors.forEach((error, i) => {
    const pointer = `/errors/${i}`;
    // Semgrep writes each error as an object; anything else is not its report, and cannot show whether
    // the error stopped the scan.
    if (!isObject(error))
      throw new InputError(
        `${file}: ${pointer}: ${found(error)} (expected an error object with a level, a type and a message, as Semgrep writes them).`,
      );
    // Semgrep writes `error`, `warn` or `info` (semgrep_output_v1.atd, error_severity): any other level (`fatal`,
    // `ERROR`, `WARN`) is not Semgrep's, and reading it as a warning would let an error pass for a complete run.
    if (error.level !== undefined && !(typeof error.level === 'string' && ERROR_LEVELS.has(error.level)))
      throw new InputError(
        `${file}: ${pointer}/level: ${typeof error.level === 'string' ? `${quoteReportText(error.level)} is not a Semgrep error level` : found(error.level)} (expected error, warn or info, the levels Semgrep writes).`,
      );
    const level = str(error.level) ?? 'error';
    const type = Array.isArray(error.type) ? str(error.type[0]) : str(error.type);
    const where = str(error.path) ? ` in ${showReportText(str(error.path) as string)}` : '';
    const message = str(error.message) ? `: ${reportLine(str(error.message) as string)}` : '';
    const text = `Semgrep reported ${level === 'warn' ? 'a warning' : `an ${level}`}${type ? ` (${showReportText(type)})` : ''}${where}${message}`;
    warnings.push(`${file}: ${pointer}: ${text}.`);
    if (level === 'error') problems.push(`${pointer}: ${text}.`);
    else if (level === 'warn' && type !== undefined && semgrepSkipType(type, str(error.path), str(error.message))) {
      skipped += 1;
      if (skipped <= MAX_PROBLEMS)
        problems.push(semgrepSkipProblem(pointer, type, str(error.path), str(error.message)));
    }
  });
  if (skipped > MAX_PROBLEMS) problems.push(semgrepSkipOverflow('/errors', skipped - MAX_PROBLEMS));
}

/**
 * Whether the report shows Semgrep scanned no file: `paths.scanned` (every target Semgrep ran on) is
 * present and empty, and there is no result. Such a report covers no scan type, whatever the policy
 * declares: a Semgrep that looked at nothing (wrong path, everything ignored, no rule loaded) must not
 * pass for the SAST scan. Without `paths.scanned` (older Semgrep) nothing is known; and a result shows a
 * file was scanned even when the list is empty (DefectDojo's Semgrep 1.84.1 report has three results and
 * an empty list).
 */
function scannedNothing(document: Json, results: readonly unknown[]): boolean {
  const paths = document.paths;
  return isObject(paths) && Array.isArray(paths.scanned) && paths.scanned.length === 0 && results.length === 0;
}

/**
 * The rules Semgrep did not run (`skipped_rules`: a rule that needs a newer Semgrep, or one it could not
 * load): their checks ran on no file. A warning, not an incomplete scan: the registry's rule packs hold
 * rules for newer versions, which every older Semgrep skips.
 */
function skippedRulesWarning(value: unknown, file: string): string | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const named = value.slice(0, 10).map((rule) => {
    const id = isObject(rule) ? str(rule.rule_id) : undefined;
    const details = isObject(rule) ? str(rule.details) : undefined;
    return `${id !== undefined ? reportLine(id) : '(no rule_id)'}${details !== undefined ? ` (${reportLine(details)})` : ''}`;
  });
  const more = value.length > 10 ? ` and ${value.length - 10} more` : '';
  return `${file}: /skipped_rules: Semgrep skipped ${value.length} rule(s), whose checks ran on no file: ${named.join(', ')}${more}. Update Semgrep, or fix or remove those rules in the --config, so that the scan the gate reads runs them.`;
}

/** The array the streaming path splits. */
const STREAMED: string[][] = [['results']];

/** Reads the report from its document (parsed whole, or put back together by the streaming path). */
async function readDocument(input: InputFile, context: IngestContext): Promise<IngestResult> {
  const file = input.path;
  const document =
    context.document !== undefined ? context.document : parseJsonText(decodeUtf8(input), input, EXPECTED);
  if (!isObject(document))
    throw new InputError(`${file}: the document is ${kindOf(document)}, not Semgrep output (expected ${EXPECTED}).`);
  if (!Array.isArray(document.results))
    throw new InputError(`${file}: /results: ${found(document.results)} (expected an array of Semgrep results).`);
  // Semgrep always writes 'errors', even empty: without it there is no sign the scan finished.
  if (!Array.isArray(document.errors))
    throw new InputError(
      `${file}: /errors: ${found(document.errors)} (expected the array of Semgrep errors, which every Semgrep report has).`,
    );
  const toolVersion = str(document.version);
  const scanType: ScanType = context.scanType ?? 'sast';
  const warnings: string[] = [];
  const problems: string[] = [];
  readErrors(document.errors ?? [], file, warnings, problems);

  const findings: RawFinding[] = [];
  const rc: ResultContext = { warnings, badSeverity: new Set() };
  let ignored = 0;
  document.results.forEach((result, i) => {
    const finding = readResult(result, `/results/${i}`, input, context, toolVersion, rc);
    if (finding.suppressions !== undefined) ignored += 1;
    findings.push(finding);
  });
  if (ignored > 0)
    warnings.push(
      `${file}: ${ignored} result(s) are marked ignored (extra.is_ignored, a nosemgrep comment); they are read as suppressed findings and counted unless the policy sets exceptions.inFileSuppressions: honor.`,
    );
  const skippedRules = skippedRulesWarning(document.skipped_rules, file);
  if (skippedRules !== undefined) warnings.push(skippedRules);
  const coversNothing = scannedNothing(document, document.results);
  if (coversNothing)
    warnings.push(
      `${file}: /paths/scanned: the list of scanned files is empty and there are no results: Semgrep scanned no files, so the report covers no scan type. Check the paths given to Semgrep, .semgrepignore, --include and --exclude, and that every --config loaded, then scan again.`,
    );
  return {
    findings,
    runs: [
      {
        tool: TOOL,
        ...(toolVersion ? { toolVersion } : {}),
        scanType,
        ...(coversNothing ? { coversNothing: true } : {}),
        completed: problems.length === 0,
        problems,
        resultCount: document.results.length,
      },
    ],
    warnings,
  };
}

const parse = parseWholeDocument(readDocument, STREAMED, EXPECTED);

export const semgrep: Ingestor = {
  id: FORMAT,
  title: 'Semgrep JSON',
  detection:
    "an object with a 'results' array of objects with 'check_id' and 'extra' (or empty results with an 'errors' array)",
  scanTypes: ['sast'],
  detect,
  parse,
  parseStream: streamWholeDocument(readDocument, STREAMED),
};
