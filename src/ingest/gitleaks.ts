/**
 * Gitleaks JSON report (`gitleaks detect --report-format json`).
 * v8 finding: https://github.com/gitleaks/gitleaks/blob/master/report/finding.go
 * v7 and earlier (`rule`, `file`, `lineNumber`, `offender`): the `Leak` struct of gitleaks v7
 * (https://github.com/gitleaks/gitleaks/tree/v7.6.1).
 *
 * Identity is `secret|<path>|<line>` (DESIGN 3.2), with the rule appended when the finding has no line
 * (gitleaks before v7). Without a line, nothing in the identity tells two secrets of one rule in one file
 * apart: each secret is an occurrence of its own (`:1`, `:2`, the occurrence rule), told apart by a keyed
 * hash of the secret (TruffleHog's hashSecret) kept in memory only as `occurrenceKey`, never in an
 * identity, id or output. Exact repeats of one secret stay one finding. `Secret`, `Match`, `offender` and
 * `line` hold the secret itself: they are read only to be hashed, and only for a finding without a line.
 */
import { describeFound, isObject, kindOf, capFirstLine as cap, type Json } from './report-reader.js';
import { InputError } from '../errors.js';
import type { Location, RawFinding, ScanType } from '../model.js';
import { secretIdentity } from './identity.js';
import { hashSecret } from './trufflehog.js';
import { parseJsonText } from './json.js';
import { normalizePath } from './paths.js';
import { decodeUtf8 } from './read.js';
import type { DetectSample, Detection, IngestContext, IngestResult, Ingestor, InputFile } from './types.js';

const FORMAT = 'gitleaks';
const TOOL = 'Gitleaks';
const EXPECTED = 'an array of gitleaks findings, or null for an empty report';

function isV8(entry: Json): boolean {
  return typeof entry.RuleID === 'string';
}

function isV7(entry: Json): boolean {
  return typeof entry.rule === 'string' && typeof entry.file === 'string';
}

function detect(sample: DetectSample): Detection {
  const doc = sample.document;
  if (doc !== undefined) {
    // `null` is a clean gitleaks report only when the user declared the format (DESIGN 7).
    if (!Array.isArray(doc)) return 'no';
    if (doc.length === 0) return 'possible';
    const first: unknown = doc[0];
    if (!isObject(first)) return 'no';
    if (isV8(first) && ('File' in first || 'StartLine' in first)) return 'certain';
    if (isV7(first) && ('offender' in first || 'commit' in first || 'lineNumber' in first)) return 'certain';
    return 'no';
  }
  const head = sample.head.slice(0, 4096);
  if (!/^\s*\[/.test(head)) return 'no';
  if (/"RuleID"\s*:/.test(head) && /"StartLine"\s*:/.test(head)) return 'certain';
  if (/"rule"\s*:/.test(head) && /"offender"\s*:/.test(head)) return 'certain';
  return 'no';
}

/**
 * A line or column (`StartLine`, `EndLine`, `StartColumn`, v7's `lineNumber`): gitleaks writes a whole number
 * (a Go int). 0 and null say none. Anything else (a string such as "21", a fraction) is an input error naming
 * its pointer: read as no line, it would drop the line from the identity and merge the same secret found at
 * two lines into one finding.
 */
function readLine(entry: Json, key: string, pointer: string, input: InputFile): number | undefined {
  const value = entry[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value >= 1 ? value : undefined;
  throw new InputError(
    `${input.path}: ${pointer}/${key}: found ${describeFound(value)} (expected a ${key.endsWith('Column') ? 'column' : 'line'} number, a whole number of at least 0).`,
  );
}

/** The first of the fields that is a non-empty string: the secret, or the line that holds it. */
function firstSecret(entry: Json, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = entry[key];
    if (typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}

function readFinding(entry: unknown, pointer: string, input: InputFile, context: IngestContext): RawFinding {
  const file = input.path;
  if (!isObject(entry))
    throw new InputError(`${file}: ${pointer}: the entry is ${kindOf(entry)} (expected a gitleaks finding object).`);
  let ruleId: string;
  let title: string;
  let rawPath: unknown;
  let startLine: number | undefined;
  let endLine: number | undefined;
  let startColumn: number | undefined;
  // The fields that hold the secret, most precise first (hashed only when the finding has no line).
  let secretFields: readonly string[];
  if (isV8(entry)) {
    ruleId = (entry.RuleID as string).trim();
    if (typeof entry.File !== 'string')
      throw new InputError(
        `${file}: ${pointer}/File: the finding has ${entry.File === undefined ? 'no File' : `a File that is ${kindOf(entry.File)}`} (expected the path of the file the secret is in).`,
      );
    rawPath = entry.File;
    const description = typeof entry.Description === 'string' ? entry.Description.trim() : '';
    title = description !== '' ? description : ruleId;
    startLine = readLine(entry, 'StartLine', pointer, input);
    endLine = readLine(entry, 'EndLine', pointer, input);
    startColumn = readLine(entry, 'StartColumn', pointer, input);
    secretFields = ['Secret', 'Match'];
  } else if (isV7(entry)) {
    ruleId = (entry.rule as string).trim();
    title = ruleId;
    rawPath = entry.file;
    // Before v7 there was no lineNumber: such findings are located by file only.
    startLine = readLine(entry, 'lineNumber', pointer, input);
    // `offender` is the match; `line` the whole line that holds it.
    secretFields = ['offender', 'line'];
  } else {
    throw new InputError(
      `${file}: ${pointer}: the entry has neither 'RuleID' (gitleaks v8) nor 'rule' and 'file' (gitleaks v7 and earlier) (expected a gitleaks finding).`,
    );
  }
  if (ruleId === '')
    throw new InputError(
      `${file}: ${pointer}: the finding has an empty rule id (expected the gitleaks rule that matched).`,
    );

  const location: Location = {};
  let path = typeof rawPath === 'string' && rawPath.trim() !== '' ? normalizePath(context.root, rawPath) : '';
  // A git scan (the finding names a commit) reports paths relative to the repository, some versions
  // with a leading '/': '/conf/aws.tf' is conf/aws.tf in the repository, not a file at the filesystem root.
  const commit = (entry as { Commit?: unknown; commit?: unknown }).Commit ?? (entry as { commit?: unknown }).commit;
  if (path.startsWith('/') && typeof commit === 'string' && commit !== '' && !path.startsWith(`${context.root}/`))
    path = path.replace(/^\/+/, '');
  if (path !== '') location.path = path;
  if (startLine !== undefined) location.startLine = startLine;
  if (endLine !== undefined && startLine !== undefined && endLine >= startLine) location.endLine = endLine;
  if (startColumn !== undefined) location.startColumn = startColumn;

  // One rule may report several secrets at one place: without a line (gitleaks before v7), or at one
  // line in two commits of a history scan (a key rotated on the line that held it). Each keeps its own
  // occurrence, in the order of a keyed hash of the secret; the same secret twice is one finding.
  const secret = firstSecret(entry, secretFields);
  const scanType: ScanType = context.scanType ?? 'secret';
  return {
    identityKey: secretIdentity(location, ruleId),
    ...(secret !== undefined ? { occurrenceKey: hashSecret(secret) } : {}),
    run: 0,
    scanType,
    ruleId,
    title: cap(title) || ruleId,
    severity: 'unknown',
    severitySource: 'no severity in gitleaks',
    aliases: [],
    cwe: [],
    location,
    sources: [{ input: file, format: FORMAT, tool: TOOL, pointer }],
  };
}

async function parse(input: InputFile, context: IngestContext): Promise<IngestResult> {
  const document =
    context.document !== undefined ? context.document : parseJsonText(decodeUtf8(input), input, EXPECTED);
  const scanType: ScanType = context.scanType ?? 'secret';
  const warnings: string[] = [];
  if (document === null) {
    // Gitleaks writes the literal `null` when it found nothing (DESIGN 7: accepted only for a declared format).
    warnings.push(
      `${input.path}: the report is the literal null, which gitleaks writes when it finds no leaks; counted as a completed scan with 0 findings.`,
    );
    return { findings: [], runs: [{ tool: TOOL, scanType, completed: true, problems: [], resultCount: 0 }], warnings };
  }
  if (!Array.isArray(document))
    throw new InputError(
      `${input.path}: the document is ${kindOf(document)}, not a gitleaks report (expected ${EXPECTED}).`,
    );
  const findings = document.map((entry, index) => readFinding(entry, `/${index}`, input, context));
  return {
    findings,
    runs: [{ tool: TOOL, scanType, completed: true, problems: [], resultCount: document.length }],
    warnings,
  };
}

export const gitleaks: Ingestor = {
  id: FORMAT,
  title: 'Gitleaks JSON (v8, v7 and earlier)',
  detection:
    "a JSON array of objects with 'RuleID' and 'File'/'StartLine' (v8), or 'rule' and 'file' with 'offender'/'commit' (v7 and earlier)",
  scanTypes: ['secret'],
  detect,
  parse,
};
