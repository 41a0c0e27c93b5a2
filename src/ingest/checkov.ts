/**
 * Checkov JSON report (`checkov -o json`).
 * Results: https://www.checkov.io/2.Basics/Reviewing%20Scan%20Results.html
 * Writer: https://github.com/bridgecrewio/checkov/blob/main/checkov/common/output/report.py (get_dict)
 *
 * The document is one framework report `{check_type, results, summary}`, an array of them when several
 * frameworks ran, or a bare summary `{passed, failed, ..., checkov_version}` when nothing was scanned (such a
 * summary with nothing counted covers no scan type, and so does a framework report that counts nothing).
 * Checkov writes a `summary` with whole-number `passed`, `failed` and `skipped` counts in every framework
 * report: a framework without one, or a count that is not one, is an input error.
 * `severity` is null unless a Bridgecrew/Prisma API key enriched the results. `code_block` holds source
 * lines and is never copied.
 *
 * `results.skipped_checks[]` (checks a `checkov:skip=<check>:<reason>` comment in the scanned file skipped, with
 * the reason in `check_result.suppress_comment`) are read as findings too, with the same identity, marked as
 * suppressed in source: the policy (`exceptions.inFileSuppressions`), not a comment in the code, decides
 * whether they count. Suppressing checks: https://www.checkov.io/2.Basics/Suppressing%20and%20Skipping%20Policies.html
 */
import {
  isObject,
  kindOf,
  found,
  trimmedString as str,
  describeFound,
  wholeNumber as count,
  capFirstLine as cap,
  quoteReportText,
  reportLine,
  showJsonText,
  showReportText,
  type Json,
} from './report-reader.js';
import { InputError } from '../errors.js';
import type { Location, PackageRef, RawFinding, ScanType, Severity, Suppression, ToolRun } from '../model.js';
import { codeIdentity, dependencyIdentity, normalizeAliases, secretIdentity } from './identity.js';
import { parseJsonText } from './json.js';
import { normalizePath } from './paths.js';
import { decodeUtf8 } from './read.js';
import { severityFromWord } from './severity.js';
import type { DetectSample, Detection, IngestContext, IngestResult, Ingestor, InputFile } from './types.js';
import { pushAll } from '../strings.js';

const FORMAT = 'checkov';
const TOOL = 'Checkov';
const EXPECTED =
  "a Checkov JSON report: an object with 'check_type' and 'results', an array of them, or a summary with 'checkov_version'";
const SEVERITY_WORDS = ['critical', 'high', 'medium', 'low', 'info', 'none', 'unknown'];

function isFramework(value: unknown): value is Json {
  return isObject(value) && typeof value.check_type === 'string' && isObject(value.results);
}

function isSummaryOnly(value: unknown): value is Json {
  return isObject(value) && typeof value.checkov_version === 'string' && 'failed' in value && !('results' in value);
}

function detect(sample: DetectSample): Detection {
  const doc = sample.document;
  if (doc !== undefined) {
    if (isFramework(doc) || isSummaryOnly(doc)) return 'certain';
    if (Array.isArray(doc) && doc.length > 0 && isFramework(doc[0])) return 'certain';
    return 'no';
  }
  const head = sample.head.slice(0, 8192);
  return /^\s*[[{]/.test(head) && /"check_type"\s*:/.test(head) && /"results"\s*:/.test(head) ? 'certain' : 'no';
}

/** What a framework's checks are: secrets and SCA frameworks are not infrastructure misconfigurations. */
function scanTypeOf(checkType: string): ScanType {
  if (checkType === 'secrets') return 'secret';
  if (checkType === 'sca_image') return 'container';
  if (checkType.startsWith('sca_')) return 'dependency';
  return 'iac';
}

/** Checkov writes file_path relative to the scanned directory with a leading '/'. */
function readPath(check: Json, context: IngestContext): string | undefined {
  const absolute = str(check.file_abs_path);
  if (absolute !== undefined) {
    const relative = normalizePath(context.root, absolute);
    if (!relative.startsWith('/') && !/^[A-Za-z]:\//.test(relative)) return relative;
  }
  const raw = str(check.file_path);
  if (raw === undefined) return undefined;
  const path = normalizePath(context.root, raw.replace(/^[/\\]+/, ''));
  return path === '' ? undefined : path;
}

interface FrameworkContext {
  input: InputFile;
  context: IngestContext;
  run: number;
  scanType: ScanType;
  toolVersion: string | undefined;
}

/**
 * A check's `file_line_range`: Checkov writes two whole numbers, [0, 0] for a check on a whole file. 0, null
 * or no key say no line. Anything else (the string "246", a fraction, -1, a range that is not an array) is
 * an input error: read as no line, it would drop the line from the identity and merge two results of one
 * check in one file on different lines.
 */
function readLineRange(value: unknown, pointer: string, file: string): [number | undefined, number | undefined] {
  if (value === undefined || value === null) return [undefined, undefined];
  if (!Array.isArray(value))
    throw new InputError(
      `${file}: ${pointer}: found ${describeFound(value)} (expected the first and last line of the result, two whole numbers of at least 0).`,
    );
  const line = (index: number): number | undefined => {
    const item: unknown = value[index];
    if (item === undefined || item === null) return undefined;
    if (typeof item === 'number' && Number.isInteger(item) && item >= 0) return item >= 1 ? item : undefined;
    throw new InputError(
      `${file}: ${pointer}/${index}: found ${describeFound(item)} (expected a line number, a whole number of at least 0).`,
    );
  };
  return [line(0), line(1)];
}

/** One failed check; a skipped one (from `skipped_checks`) is a finding marked as suppressed. */
function readCheck(check: unknown, pointer: string, fw: FrameworkContext, skipped = false): RawFinding {
  const file = fw.input.path;
  if (!isObject(check))
    throw new InputError(
      `${file}: ${pointer}: the ${skipped ? 'skipped' : 'failed'} check is ${kindOf(check)} (expected a Checkov check result).`,
    );
  const checkId = str(check.check_id);
  if (checkId === undefined)
    throw new InputError(
      `${file}: ${pointer}/check_id: ${found(check.check_id)} (expected a check id such as CKV_AWS_20).`,
    );

  let severity: Severity = 'unknown';
  let severitySource = 'no severity in checkov';
  const details = isObject(check.vulnerability_details) ? check.vulnerability_details : undefined;
  const rawSeverity = check.severity ?? details?.severity;
  if (rawSeverity !== undefined && rawSeverity !== null) {
    const word = typeof rawSeverity === 'string' ? rawSeverity.trim() : undefined;
    const mapped =
      word !== undefined && SEVERITY_WORDS.includes(word.toLowerCase()) ? severityFromWord(word) : undefined;
    if (word === undefined || mapped === undefined)
      throw new InputError(
        `${file}: ${pointer}/severity: ${word === undefined ? found(rawSeverity) : `${quoteReportText(word)} is not a Checkov severity`} (expected CRITICAL, HIGH, MEDIUM, LOW, INFO or null).`,
      );
    severity = mapped;
    severitySource = `checkov ${word}`;
  }

  const location: Location = {};
  const path = readPath(check, fw.context);
  if (path !== undefined) location.path = path;
  // Checkov writes [0, 0] for checks on a whole file (Dockerfile), which has no line.
  const range = readLineRange(check.file_line_range, `${pointer}/file_line_range`, file);
  const startLine = range[0];
  const endLine = range[1];
  if (startLine !== undefined) location.startLine = startLine;
  if (startLine !== undefined && endLine !== undefined && endLine >= startLine) location.endLine = endLine;
  const resource = str(check.resource);

  let ruleId = checkId;
  let aliases: string[] = [];
  let pkg: PackageRef | undefined;
  let identityKey: string;
  const vulnerabilityId = str(details?.id);
  const packageName = str(details?.package_name);
  if ((fw.scanType === 'dependency' || fw.scanType === 'container') && vulnerabilityId && packageName) {
    ruleId = vulnerabilityId;
    aliases = normalizeAliases([vulnerabilityId]);
    const version = str(details?.package_version);
    pkg = { name: packageName, ...(version ? { version } : {}) };
    identityKey = dependencyIdentity(vulnerabilityId, aliases, pkg);
  } else if (fw.scanType === 'secret') identityKey = secretIdentity(location, checkId);
  else identityKey = codeIdentity(TOOL, checkId, location, resource);

  const finding: RawFinding = {
    identityKey,
    run: fw.run,
    // A secret is a secret whatever type the input declares (`scanType: iac` for every Checkov input):
    // declared iac, the preset's secret rating would pass it by.
    scanType: fw.scanType === 'secret' ? 'secret' : (fw.context.scanType ?? fw.scanType),
    ruleId,
    title: cap(str(check.check_name) ?? checkId) || checkId,
    severity,
    severitySource,
    aliases,
    cwe: [],
    location,
    sources: [
      {
        input: file,
        format: FORMAT,
        tool: TOOL,
        ...(fw.toolVersion ? { toolVersion: fw.toolVersion } : {}),
        pointer,
      },
    ],
  };
  if (pkg) finding.package = pkg;
  if (skipped) {
    const suppression: Suppression = { kind: 'inSource', status: 'accepted' };
    const result = isObject(check.check_result) ? check.check_result : {};
    const comment = str(result.suppress_comment);
    if (comment !== undefined) suppression.justification = cap(comment);
    finding.suppressions = [suppression];
  }
  return finding;
}

/**
 * A count of a summary: a whole number of at least 0. Anything else (the string '4', null, -1, 2.5, or no
 * key) is an input error naming its pointer, never read as no count: a count that is not read cannot be
 * checked against the checks listed.
 */
function readCount(summary: Json, key: string, pointer: string, file: string, expected: string): number {
  const value = summary[key];
  const counted = count(value);
  if (counted === undefined)
    throw new InputError(
      `${file}: ${pointer}/${key}: ${typeof value === 'number' ? `the number ${String(value)}` : found(value)} (expected ${expected}).`,
    );
  return counted;
}

/** A count every framework summary holds (report.py get_summary). */
function readFrameworkCount(
  summary: Json,
  key: 'passed' | 'failed' | 'skipped',
  pointer: string,
  file: string,
): number {
  const what = key === 'passed' ? 'checks that passed' : `${key} checks`;
  return readCount(
    summary,
    key,
    pointer,
    file,
    `the number of ${what}, which Checkov writes in every framework summary`,
  );
}

function readFramework(
  report: unknown,
  pointer: string,
  run: number,
  input: InputFile,
  context: IngestContext,
): { findings: RawFinding[]; run: ToolRun; skipped: number; warnings: string[] } {
  const file = input.path;
  if (!isFramework(report))
    throw new InputError(
      `${file}: ${pointer ? `${pointer}: found` : 'the document is'} ${kindOf(report)} without 'check_type' and a 'results' object (expected ${pointer ? 'a Checkov framework report' : EXPECTED}).`,
    );
  const checkType = report.check_type as string;
  const results = report.results as Json;
  // Checkov writes the summary in every framework report (report.py get_dict, --quiet too), and every real
  // report has one: without it the failed and skipped checks listed cannot be checked against its counts.
  if (!isObject(report.summary))
    throw new InputError(
      `${file}: ${pointer}/summary: ${found(report.summary)} (expected the framework's summary with its passed, failed and skipped counts, which Checkov writes in every framework report).`,
    );
  const summary = report.summary;
  const summaryPointer = `${pointer}/summary`;
  const summaryPassed = readFrameworkCount(summary, 'passed', summaryPointer, file);
  const summaryFailed = readFrameworkCount(summary, 'failed', summaryPointer, file);
  const summarySkipped = readFrameworkCount(summary, 'skipped', summaryPointer, file);
  const resourceKey = resourceCountKey(summary);
  const resources =
    resourceKey === undefined
      ? undefined
      : readCount(summary, resourceKey, summaryPointer, file, 'the number of resources Checkov scanned');
  const toolVersion = str(summary.checkov_version);
  const scanType = scanTypeOf(checkType);
  const failed = results.failed_checks ?? [];
  if (!Array.isArray(failed))
    throw new InputError(
      `${file}: ${pointer}/results/failed_checks: ${found(failed)} (expected an array of failed checks).`,
    );
  if (summaryFailed > failed.length)
    throw new InputError(
      `${file}: ${pointer}/results/failed_checks: the summary (${pointer}/summary/failed) counts ${summaryFailed} failed check(s) but ${failed.length === 0 ? 'none is' : `only ${failed.length} ${failed.length === 1 ? 'is' : 'are'}`} listed (expected every failed check; was the report cut?).`,
    );
  const skipped = results.skipped_checks ?? [];
  if (!Array.isArray(skipped))
    throw new InputError(
      `${file}: ${pointer}/results/skipped_checks: ${found(skipped)} (expected an array of skipped checks).`,
    );
  // As failed_checks: skipped checks are findings now, so a summary that counts more than are listed is a cut report.
  if (summarySkipped > skipped.length)
    throw new InputError(
      `${file}: ${pointer}/results/skipped_checks: the summary (${pointer}/summary/skipped) counts ${summarySkipped} skipped check(s) but ${skipped.length === 0 ? 'none is' : `only ${skipped.length} ${skipped.length === 1 ? 'is' : 'are'}`} listed (expected every skipped check; was the report cut?).`,
    );
  // --quiet leaves passed_checks out; the summary still counts them.
  const passed = results.passed_checks ?? [];
  if (!Array.isArray(passed))
    throw new InputError(
      `${file}: ${pointer}/results/passed_checks: ${found(passed)} (expected an array of passed checks).`,
    );
  const fw: FrameworkContext = { input, context, run, scanType, toolVersion };
  const findings = [
    ...failed.map((check, i) => readCheck(check, `${pointer}/results/failed_checks/${i}`, fw)),
    ...skipped.map((check, i) => readCheck(check, `${pointer}/results/skipped_checks/${i}`, fw, true)),
  ];
  const parsingErrors = results.parsing_errors ?? [];
  if (!Array.isArray(parsingErrors))
    throw new InputError(
      `${file}: ${pointer}/results/parsing_errors: ${found(parsingErrors)} (expected an array of the files Checkov could not parse).`,
    );
  // Files Checkov could not parse were not scanned: their checks never ran, so the run is not a completed scan
  // (as Dependency-Check's analysisExceptions). The summary's count stands in when the list is missing.
  const unparsed = parsingErrors.map((entry) =>
    typeof entry === 'string' ? reportLine(entry) : showJsonText(JSON.stringify(entry)),
  );
  const summaryUnparsed = readParsingErrorCount(summary, `${pointer}/summary`, file) ?? 0;
  const problems: string[] = [];
  if (unparsed.length > 0 || summaryUnparsed > 0)
    problems.push(
      `Checkov (${showReportText(checkType)}) could not parse ${Math.max(unparsed.length, summaryUnparsed)} file(s) (${pointer}/results/parsing_errors)${unparsed.length > 0 ? `: ${unparsed.slice(0, 5).join(', ')}${unparsed.length > 5 ? ` and ${unparsed.length - 5} more` : ''}` : ''}; their checks did not run, so the ${showReportText(checkType)} scan is not complete (fix or exclude those files and scan again)`,
    );
  // As the bare summary (scannedNothing): a framework report that counts no check passed, failed or skipped
  // and no resource scanned nothing, so it covers no scan type, whatever the policy declares. Files it could
  // not parse make it an incomplete run instead.
  const coversNothing =
    problems.length === 0 &&
    Math.max(summaryPassed, passed.length) === 0 &&
    Math.max(summaryFailed, failed.length) === 0 &&
    Math.max(summarySkipped, skipped.length) === 0 &&
    (resources ?? 0) === 0;
  const warnings = coversNothing
    ? [
        `${file}: ${summaryPointer}: the ${showReportText(checkType)} framework report counts no check passed, failed or skipped and ${resourceKey === undefined ? 'no resource count' : 'no resource'}: Checkov scanned nothing of that framework, so the report covers no scan type. Check the directory or files given to Checkov (-d, -f), its --framework and --skip-framework options and its skipped paths (--skip-path, the config file), then scan again.`,
      ]
    : [];
  return {
    findings,
    run: {
      tool: TOOL,
      ...(toolVersion ? { toolVersion } : {}),
      scanType: context.scanType ?? scanType,
      ...(coversNothing ? { coversNothing: true } : {}),
      completed: problems.length === 0,
      problems,
      resultCount: failed.length + skipped.length,
    },
    skipped: skipped.length,
    warnings,
  };
}

/**
 * A summary's count of files Checkov could not parse: `parsing_errors`, or `parsingerrors` as the bare
 * summary of Checkov 2.1 spells it. Undefined when neither is there; anything but a count is an input error.
 */
function readParsingErrorCount(summary: Json, pointer: string, file: string): number | undefined {
  const key = 'parsing_errors' in summary ? 'parsing_errors' : 'parsingerrors' in summary ? 'parsingerrors' : undefined;
  if (key === undefined) return undefined;
  return readCount(summary, key, pointer, file, 'the number of files Checkov could not parse');
}

/** A bare summary's count of resources: `resource_count`, or `resourcecount` as Checkov 2.1 spells it. */
function resourceCountKey(summary: Json): string | undefined {
  return 'resource_count' in summary ? 'resource_count' : 'resourcecount' in summary ? 'resourcecount' : undefined;
}

async function parse(input: InputFile, context: IngestContext): Promise<IngestResult> {
  const file = input.path;
  const document =
    context.document !== undefined ? context.document : parseJsonText(decodeUtf8(input), input, EXPECTED);
  const warnings: string[] = [];
  if (isSummaryOnly(document)) {
    // Checkov writes the bare summary only when no framework report exists (runner_registry's
    // print_reports, Report(None).get_summary()): every count is 0. A count of checks or resources
    // means the framework reports that held them were taken out of the file.
    for (const key of ['failed', 'passed', 'skipped', resourceCountKey(document)]) {
      if (key === undefined || !(key in document)) continue;
      const counted = readCount(document, key, '', file, 'a whole number of checks or resources');
      if (counted > 0)
        throw new InputError(
          `${file}: /${key}: the report is a bare summary that counts ${counted} ${key === 'failed' || key === 'passed' || key === 'skipped' ? `${key} check(s)` : 'resource(s)'} without listing them (expected the framework reports with their checks; Checkov writes a bare summary only when it scanned nothing, with every count 0).`,
        );
    }
    const toolVersion = str(document.checkov_version);
    const unparsed = readParsingErrorCount(document, '', file) ?? 0;
    // Checkov writes this summary when it found nothing it could scan, unless it counts files it could
    // not parse, which were not scanned at all: the scan is then not complete.
    const problems =
      unparsed > 0
        ? [
            `Checkov could not parse ${unparsed} file(s) (/${'parsing_errors' in document ? 'parsing_errors' : 'parsingerrors'}); the bare summary does not name them, and their checks did not run, so the scan is not complete (the Checkov log names them: fix or exclude them and scan again)`,
          ]
        : [];
    const resourceKey = resourceCountKey(document);
    const coversNothing = unparsed === 0;
    if (coversNothing)
      warnings.push(
        `${file}: ${resourceKey === undefined ? '' : `/${resourceKey}: `}the report is Checkov's bare summary, with no check passed, failed or skipped and ${resourceKey === undefined ? 'no resource count' : 'no resource counted'}: Checkov found no file of a framework it supports and scanned nothing, so the report covers no scan type. Check the directory or files given to Checkov (-d, -f), its --framework and --skip-framework options and its skipped paths (--skip-path, the config file), then scan again.`,
      );
    return {
      findings: [],
      runs: [
        {
          tool: TOOL,
          ...(toolVersion ? { toolVersion } : {}),
          scanType: context.scanType ?? 'iac',
          ...(coversNothing ? { coversNothing: true } : {}),
          completed: problems.length === 0,
          problems,
          resultCount: 0,
        },
      ],
      warnings,
    };
  }
  let reports: { report: unknown; pointer: string }[];
  if (Array.isArray(document)) {
    if (document.length === 0)
      throw new InputError(
        `${file}: the document is an empty array, which holds no framework report (expected ${EXPECTED}).`,
      );
    reports = document.map((report, i) => ({ report, pointer: `/${i}` }));
  } else if (isObject(document)) reports = [{ report: document, pointer: '' }];
  else
    throw new InputError(`${file}: the document is ${kindOf(document)}, not a Checkov report (expected ${EXPECTED}).`);

  const findings: RawFinding[] = [];
  const runs: ToolRun[] = [];
  let skipped = 0;
  reports.forEach(({ report, pointer }, index) => {
    const result = readFramework(report, pointer, index, input, context);
    pushAll(findings, result.findings);
    runs.push(result.run);
    pushAll(warnings, result.warnings);
    skipped += result.skipped;
  });
  if (skipped > 0)
    warnings.push(
      `${file}: ${skipped} check(s) were skipped by Checkov (results.skipped_checks, a checkov:skip comment); they are read as suppressed findings and counted unless the policy sets exceptions.inFileSuppressions: honor.`,
    );
  return { findings, runs, warnings };
}

export const checkov: Ingestor = {
  id: FORMAT,
  title: 'Checkov JSON',
  detection:
    "an object with 'check_type' and a 'results' object, an array of them, or a summary object with 'checkov_version'",
  scanTypes: ['iac', 'secret', 'dependency', 'container'],
  detect,
  parse,
};
