/**
 * TruffleHog v3 JSON lines (`trufflehog <source> --json`): one result object per line.
 * Result shape: https://github.com/trufflesecurity/trufflehog/blob/main/pkg/output/json.go
 * Source metadata per source type: https://github.com/trufflesecurity/trufflehog/blob/main/proto/source_metadata.proto
 *
 * Identity is `secret|<path>|<line>` (DESIGN 3.2) when the source gives a file (or link) and a line. When
 * it does not (Docker, S3, Elasticsearch, Syslog and other sources without lines), nothing in the path and
 * line tells two secrets apart, so the identity adds the detector and the source's other location fields
 * (Elasticsearch index and document_id, S3 bucket, Docker image and layer, a commit...; see placeOf): one
 * secret at two places is two findings. Two different secrets at one place are two occurrences (`:1`, `:2`
 * in report order, the occurrence rule): a keyed hash of each secret (secretHash) tells them apart in
 * memory only, as `occurrenceKey`, and reaches no identity, id or output, where it would let anyone who
 * sees an id test guesses of a weak secret. Exact repeats are one. `Raw`, `RawV2` and `Redacted` hold the
 * secret: they are read only to be hashed, never copied. `ExtraData` holds facts about the secret's owner
 * and is never read.
 *
 * TruffleHog's own log lines (stderr redirected into the report) are skipped, but some are read: a
 * `finished scanning` line (the version; none at all makes the run incomplete, and one that counts 0
 * chunks with no result is a warning, since a --since-commit range that adds nothing finishes so too; its
 * `verified_secrets` and `unverified_secrets` must not count more secrets than the report lists, see
 * checkCounts), a `running source` line (each source TruffleHog starts logs one, and each must have a
 * `finished scanning` line after it: see unfinishedSources), and error-level lines, each a warning naming
 * what it names, with credentials removed.
 * A source's `line` that is not a whole number is an input error (readLine).
 */
import { createHmac } from 'node:crypto';
import {
  describeFound,
  isObject,
  kindOf,
  capFirstLine as cap,
  MAX_PROBLEMS,
  reportLine,
  showReportText,
  type Json,
  wholeNumber,
} from './report-reader.js';
import { InputError } from '../errors.js';
import type { Location, RawFinding, ScanType } from '../model.js';
import { secretIdentity } from './identity.js';
import { parseJsonLine } from './json.js';
import { normalizePath } from './paths.js';
import { decodeUtf8 } from './read.js';
import { compareText, flatString, pushAll } from '../strings.js';
import type { DetectSample, Detection, IngestContext, IngestResult, Ingestor, InputFile } from './types.js';

const FORMAT = 'trufflehog';
const TOOL = 'TruffleHog';
const EXPECTED_LINE = 'one TruffleHog v3 result object per line';

function isResult(value: unknown): value is Json {
  return isObject(value) && isObject(value.SourceMetadata) && 'DetectorName' in value;
}

/** TruffleHog's own log lines (logr JSON) end up in the report when stderr is redirected into it. */
function isLogLine(value: unknown): boolean {
  return (
    isObject(value) && typeof value.level === 'string' && typeof value.msg === 'string' && !('DetectorName' in value)
  );
}

function detect(sample: DetectSample): Detection {
  if (sample.document !== undefined) return isResult(sample.document) ? 'certain' : 'no';
  const head = sample.head.slice(0, 8192);
  if (!/^\s*\{/.test(head)) return 'no';
  return /"SourceMetadata"\s*:/.test(head) && /"DetectorName"\s*:/.test(head) ? 'certain' : 'no';
}

/**
 * A source's `line`: TruffleHog writes a whole number (an int64 of the source metadata), or none (0 is left
 * out by its JSON encoder). 0 and null say no line. Anything else (a string such as "21", a fraction) is an
 * input error: read as no line, it would drop the line from the identity and merge the same secret found at
 * two lines into one finding.
 */
function readLine(value: unknown, pointer: string, input: InputFile): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value >= 1 ? value : undefined;
  throw new InputError(
    `${input.path}: ${showReportText(pointer)}: the line is ${describeFound(value)} (expected the line number of the secret, a whole number of at least 0).`,
  );
}

/** The fields that give a result's path and line (read as such at the top level of the source). */
const PATH_FIELDS = new Set(['file', 'link', 'line']);

/**
 * SourceMetadata fields (proto/source_metadata.proto) that say who or when, not where, and a field that
 * changes from run to run (`repository_local_path`, a temporary clone): left out of a result's place so
 * that a rerun keeps its id. Every other field locates the result, an unknown one too: the fields of a
 * source this list does not know keep its results apart rather than merge them.
 */
const NOT_PLACE = new Set([
  'email',
  'timestamp',
  'username',
  'user',
  'user_id',
  'author',
  'uploaded',
  'created_at',
  'updated_at',
  'date_created',
  'organization_date_created',
  'last_modified_by',
  'visibility',
  'public',
  'shared',
  'views',
  'acls',
  'content_type',
  'title',
  'repository_local_path',
]);

/**
 * The source's location fields other than its path and line, in key order (nested objects, such as
 * Forager's, by dotted keys): `[['document_id', 'doc-1'], ['index', 'logs']]`.
 */
function placeOf(source: Json): [string, string][] {
  const pairs: [string, string][] = [];
  const walk = (object: Json, prefix: string): void => {
    for (const [key, value] of Object.entries(object)) {
      if (NOT_PLACE.has(key) || (prefix === '' && PATH_FIELDS.has(key))) continue;
      const name = `${prefix}${key}`;
      if (isObject(value)) walk(value, `${name}.`);
      else if (typeof value === 'string' && value.trim() !== '') pairs.push([name, value.trim()]);
      else if (typeof value === 'number' || typeof value === 'boolean') pairs.push([name, String(value)]);
      else if (Array.isArray(value) && value.length > 0) pairs.push([name, JSON.stringify(value)]);
    }
  };
  walk(source, '');
  return pairs.sort((a, b) => compareText(a[0], b[0]));
}

/** `%`, `&`, `=` and `|` percent-encoded, so that a value cannot read as another field or identity part. */
function escapePlace(text: string): string {
  return text.replace(/[%&=|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * A keyed SHA-256 of a secret, 16 hex digits. The secret itself is never kept, and this hash only tells
 * occurrences apart in memory (RawFinding.occurrenceKey): it must reach no identity or output. Shared with
 * the Gitleaks reader (findings before v7 have no line).
 */
export function hashSecret(secret: string): string {
  return createHmac('sha256', 'shipgate trufflehog secret identity').update(secret).digest('hex').slice(0, 16);
}

/** hashSecret of the result's secret (`RawV2`, else `Raw`, else `Redacted`), or undefined when it holds none. */
function secretHash(result: Json): string | undefined {
  const secret = [result.RawV2, result.Raw, result.Redacted].find(
    (value): value is string => typeof value === 'string' && value !== '',
  );
  return secret === undefined ? undefined : hashSecret(secret);
}

/**
 * The identity key (see the head of this file): DESIGN's `secret|<path>|<line>` when the source gives both,
 * else with the detector and the source's place.
 */
function identityOf(location: Location, detector: string, source: Json): string {
  if (location.path !== undefined && location.startLine !== undefined) return secretIdentity(location);
  const parts = [`secret|${location.path ?? ''}|${location.startLine ?? ''}|${detector}`];
  const place = placeOf(source);
  if (place.length > 0) parts.push(place.map(([key, value]) => `${escapePlace(key)}=${escapePlace(value)}`).join('&'));
  return flatString(parts.join('|'));
}

function readResult(result: Json, pointer: string, input: InputFile, context: IngestContext): RawFinding {
  const file = input.path;
  if (typeof result.DetectorName !== 'string' || result.DetectorName.trim() === '')
    throw new InputError(
      `${file}: ${pointer}: DetectorName is ${kindOf(result.DetectorName)}${typeof result.DetectorName === 'string' ? ' and empty' : ''} (expected the name of the TruffleHog detector).`,
    );
  const detector = result.DetectorName.trim();
  const metadata = result.SourceMetadata as Json;
  if (!isObject(metadata.Data))
    throw new InputError(
      `${file}: ${pointer}: SourceMetadata.Data is ${kindOf(metadata.Data)} (expected an object keyed by the source type, e.g. Git or Filesystem).`,
    );
  // Data holds exactly one key, the source type (Git, Github, Filesystem, S3, Docker...), whose fields vary.
  const sourceEntry = Object.entries(metadata.Data).find((entry): entry is [string, Json] => isObject(entry[1]));
  const source: Json = sourceEntry?.[1] ?? {};
  const location: Location = {};
  const rawPath = typeof source.file === 'string' && source.file.trim() !== '' ? source.file : source.link;
  if (typeof rawPath === 'string' && rawPath.trim() !== '') location.path = normalizePath(context.root, rawPath);
  const line = readLine(source.line, `${pointer}: SourceMetadata.Data.${sourceEntry?.[0] ?? ''}.line`, input);
  if (line !== undefined) location.startLine = line;

  const verified = result.Verified === true;
  // A result without a path shows no location: its title names the source and place that tell it apart.
  const place = location.path === undefined && sourceEntry !== undefined ? placeOf(source) : [];
  const where =
    location.path === undefined && sourceEntry !== undefined
      ? ` in ${sourceEntry[0]}${place.length > 0 ? ` (${place.map(([key, value]) => `${key} ${value}`).join(', ')})` : ''}`
      : '';
  // Without a line, the place may hold several secrets: each keeps its own occurrence (see the file's head).
  // Two secrets of one detector at one place (no line, or one line in two commits: a rotated key) are two
  // occurrences, in the order of a keyed hash of each; the same secret twice is one finding.
  const occurrenceKey = secretHash(result);
  return {
    identityKey: identityOf(location, detector, source),
    ...(occurrenceKey !== undefined ? { occurrenceKey } : {}),
    run: 0,
    scanType: context.scanType ?? 'secret',
    ruleId: detector,
    title: cap(`${detector} secret (${verified ? 'verified' : 'unverified'})${where}`),
    severity: 'unknown',
    severitySource: 'no severity in trufflehog',
    aliases: [],
    cwe: [],
    location,
    sources: [{ input: file, format: FORMAT, tool: TOOL, pointer }],
  };
}

/** The parsed lines with their line numbers. */
function readLines(input: InputFile): { value: unknown; line: number }[] {
  const text = decodeUtf8(input);
  if (text.trim() === '')
    throw new InputError(`${input.path}: the file holds only whitespace (expected ${EXPECTED_LINE}).`);
  const entries: { value: unknown; line: number }[] = [];
  const lines = text.split('\n');
  const lastLine = lines.findLastIndex((l) => l.trim() !== '');
  lines.forEach((raw, i) => {
    const trimmed = raw.trim();
    if (trimmed !== '')
      entries.push({
        value: parseJsonLine(
          trimmed,
          { path: input.path, line: i + 1, indent: raw.length - raw.trimStart().length, last: i === lastLine },
          EXPECTED_LINE,
        ),
        line: i + 1,
      });
  });
  return entries;
}

/** The levels of TruffleHog's own errors (logr over zap): `error`, and the worse ones zap may write. */
const ERROR_LEVELS = new Set(['error', 'dpanic', 'panic', 'fatal']);

/**
 * Log text for a message, its first line at most 300 characters long (with what would break or hide the
 * line escaped, see `reportLine`), without the credentials a URL may carry: TruffleHog logs the URLs of
 * what it scans, and a clone URL may hold a user and a token (`https://user:token@host/...`) or a token
 * in its query.
 */
function logText(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const redacted = value
    // Everything between the scheme and the last `@` of the address (a password may hold `/` or `@`).
    .replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s"']*@/gi, '$1***@')
    // `user:password@host` without a scheme (a proxy setting).
    .replace(/(^|[\s=("'])[^\s:@/"'=]+:(?!\/\/)[^\s"']*@(?=[^\s@"'])/g, '$1***@')
    .replace(
      /([?&][^=&\s#]*(?:token|key|secret|password|passwd|pwd|auth|sig|signature|credential)[^=&\s#]*=)[^&\s#"']+/gi,
      '$1***',
    );
  return reportLine(redacted);
}

/**
 * The problem of a report whose log starts a scan it does not finish: `running source` lines (TruffleHog's
 * source manager logs one for each source it starts) with no `finished scanning` line after them. A file
 * that appends several TruffleHog runs (a job looping over repositories) holds each run's log, and a run
 * cut short (killed, out of memory, timed out) after an earlier run finished leaves its `running source`
 * line last, with the earlier run's `finished scanning` line above it: that must not read as a completed
 * scan, as govulncheck judges each appended stream on its own (govulncheck.ts). Several `running source`
 * lines before one `finished scanning` line are one run of several sources (`trufflehog multi-scan`), so a
 * `finished scanning` line closes every source started since the one before it; a run cut short before
 * a later appended run finished cannot be told from that, and is not caught here.
 */
function unfinishedSources(open: readonly number[]): string | undefined {
  if (open.length === 0) return undefined;
  const shown = open.slice(0, MAX_PROBLEMS).join(', ');
  const more = open.length > MAX_PROBLEMS ? ` and ${open.length - MAX_PROBLEMS} more` : '';
  return `line${open.length === 1 ? '' : 's'} ${shown}${more}: TruffleHog logged 'running source' but no 'finished scanning' line comes after ${open.length === 1 ? 'it' : 'them'}, so the scan ${open.length === 1 ? 'it' : 'they'} started may have been cut short (a file that holds several TruffleHog runs needs each run's 'finished scanning' line; keep each run's whole --json output, results and log, and scan again).`;
}

/** Whether a `finished scanning` line shows that TruffleHog scanned nothing: 0 chunks, and 0 bytes when it counts them. */
function scannedNothing(finished: Json): boolean {
  return finished.chunks === 0 && (finished.bytes === undefined || finished.bytes === 0);
}

const COUNT_KEYS = ['verified_secrets', 'unverified_secrets'] as const;

/**
 * TruffleHog's summary against its results: the `finished scanning` line counts the secrets it found,
 * `verified_secrets` and `unverified_secrets`. TruffleHog (pkg/engine, notifierWorker) counts a result in
 * the same step that prints it, after `--only-verified`, `--results` and its own deduplication have dropped
 * what they drop, so a complete report holds at least as many result lines as its finished lines count
 * together (a file with two runs' output holds two). A report that holds fewer is one that was cut or
 * edited: an input error, as for the other reports whose own summary counts findings they do not list.
 * More result lines than counted are allowed (results of a run whose log is not in the file). A count
 * that is present but not a whole number is an input error; a finished line without counts is not checked.
 */
function checkCounts(input: InputFile, finishedLines: { line: number; value: Json }[], results: number): void {
  let counted = 0;
  const parts: string[] = [];
  for (const { line, value } of finishedLines) {
    for (const key of COUNT_KEYS) {
      const raw = value[key];
      if (raw !== undefined && wholeNumber(raw) === undefined)
        throw new InputError(
          `${input.path}: line ${line}: ${key} in TruffleHog's 'finished scanning' line is ${describeFound(raw)} (expected the number of secrets TruffleHog found, a whole number of at least 0; the result lines are checked against it).`,
        );
    }
    if (COUNT_KEYS.every((key) => value[key] === undefined)) continue;
    const verified = wholeNumber(value.verified_secrets) ?? 0;
    const unverified = wholeNumber(value.unverified_secrets) ?? 0;
    counted += verified + unverified;
    parts.push(`line ${line}: verified_secrets ${verified}, unverified_secrets ${unverified}`);
  }
  if (counted > results)
    throw new InputError(
      `${input.path}: ${parts.length === 1 ? "TruffleHog's 'finished scanning' line" : `TruffleHog's ${parts.length} 'finished scanning' lines`} (${parts.join('; ')}) count${parts.length === 1 ? 's' : ''} ${counted} secret${counted === 1 ? '' : 's'}, but the report holds ${results} result line${results === 1 ? '' : 's'} (expected one result line per secret counted: TruffleHog counts a result when it prints it, after --only-verified, --results and its deduplication, so a report that lists fewer was cut or edited; keep TruffleHog's whole --json output, results and log, and scan again).`,
    );
}

async function parse(input: InputFile, context: IngestContext): Promise<IngestResult> {
  const entries = context.document !== undefined ? [{ value: context.document, line: 1 }] : readLines(input);
  const scanType: ScanType = context.scanType ?? 'secret';
  const findings: RawFinding[] = [];
  const warnings: string[] = [];
  let logLines = 0;
  let finished: { line: number; value: Json } | undefined;
  /** Every `finished scanning` line: two runs' output appended into one file holds one each. */
  const finishedLines: { line: number; value: Json }[] = [];
  const errors: string[] = [];
  let errorLines = 0;
  /** The `running source` lines since the last `finished scanning` line: sources not (yet) finished. */
  let open: number[] = [];
  for (const { value, line } of entries) {
    const pointer = `line ${line}`;
    if (isResult(value)) findings.push(readResult(value, pointer, input, context));
    else if (isLogLine(value)) {
      logLines += 1;
      const log = value as Json;
      if (log.msg === 'finished scanning') {
        finished = { line, value: log };
        finishedLines.push(finished);
        open = [];
      } else if (log.msg === 'running source') open.push(line);
      // TruffleHog's own errors are warnings: before TruffleHog PR #4928 (2026) it logged routine per-file
      // failures at error level (a fuzz corpus, an encrypted archive), which a team cannot fix, and the log
      // does not tell those from a source that failed. Let TruffleHog's exit code fail its own step.
      if (ERROR_LEVELS.has((log.level as string).trim().toLowerCase())) {
        errorLines += 1;
        if (errors.length < MAX_PROBLEMS) {
          const message = logText(log.msg) ?? 'no message';
          const error = logText(log.error);
          const where = ['path', 'file', 'commit', 'repo', 'repository']
            .map((key) => [key, logText(log[key])] as const)
            .filter((entry): entry is readonly [string, string] => entry[1] !== undefined)
            .map(([key, text]) => `${key} ${text}`);
          errors.push(
            `${input.path}: ${pointer}: TruffleHog logged an error (level ${reportLine(log.level as string)}): ${message}${error !== undefined && error !== message ? `: ${error}` : ''}${where.length > 0 ? ` (${where.join(', ')})` : ''}; what it names may not have been scanned.`,
          );
        }
      }
    } else
      throw new InputError(
        `${input.path}: ${pointer}: the line is ${kindOf(value)} without SourceMetadata and DetectorName (expected ${EXPECTED_LINE}).`,
      );
  }
  checkCounts(input, finishedLines, findings.length);
  const problems: string[] = [];
  if (logLines > 0) {
    // The log text is not copied, but for error lines (logText): TruffleHog may log URLs that carry credentials.
    warnings.push(`${input.path}: ${logLines} TruffleHog log line(s) were skipped; they are not results.`);
    if (findings.length === 0 && finished === undefined)
      throw new InputError(
        `${input.path}: the file holds only TruffleHog log lines, none of them 'finished scanning' (expected ${EXPECTED_LINE}, or the log of a finished scan).`,
      );
    if (finished === undefined)
      problems.push(
        `TruffleHog's log lines are in the report but none says 'finished scanning', so the scan may have been cut short.`,
      );
    else {
      const unfinished = unfinishedSources(open);
      if (unfinished !== undefined) problems.push(unfinished);
    }
    pushAll(warnings, errors);
    if (errorLines > errors.length)
      warnings.push(`${input.path}: ... and ${errorLines - errors.length} more TruffleHog error line(s).`);
    // 0 chunks scanned: the source gave TruffleHog nothing to read. That is a Docker image that could not
    // be pulled (trufflesecurity/trufflehog#1766), but also a --since-commit scan of a range that adds no
    // line, which is clean: the log does not tell them apart, so it is a warning, not a verdict.
    if (finished !== undefined && findings.length === 0 && scannedNothing(finished.value))
      warnings.push(
        `${input.path}: line ${finished.line}: TruffleHog's 'finished scanning' line counts 0 chunks${finished.value.bytes === 0 ? ' and 0 bytes' : ''} and there are no results: TruffleHog read nothing. That is right for a --since-commit range that adds no line; otherwise check the source given to TruffleHog (the path, repository, image or bucket, and that it could be read or pulled), its --include-paths and --exclude-paths, and scan again.`,
      );
  }
  const version = finished?.value.trufflehog_version;
  const toolVersion = typeof version === 'string' && version !== '' ? version : undefined;
  if (toolVersion !== undefined)
    for (const finding of findings) for (const source of finding.sources) source.toolVersion = toolVersion;
  return {
    findings,
    runs: [
      {
        tool: TOOL,
        ...(toolVersion !== undefined ? { toolVersion } : {}),
        scanType,
        completed: problems.length === 0,
        problems,
        resultCount: findings.length,
      },
    ],
    warnings,
  };
}

export const trufflehog: Ingestor = {
  id: FORMAT,
  title: 'TruffleHog v3 JSON lines',
  detection: "JSON lines whose objects have 'SourceMetadata' and 'DetectorName'",
  scanTypes: ['secret'],
  detect,
  parse,
};
