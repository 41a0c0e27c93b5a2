/**
 * TruffleHog v3 JSON lines (`trufflehog <source> --json`): one result object per line.
 * Result shape: https://github.com/trufflesecurity/trufflehog/blob/main/pkg/output/json.go
 * Source metadata per source type: https://github.com/trufflesecurity/trufflehog/blob/main/proto/source_metadata.proto
 *
 * Identity is `secret|<path>|<line>` (DESIGN 3.2), plus the detector when the source gives no line
 * (Docker, S3 and other sources without lines: two detectors' secrets in one file stay two). `Raw`, `RawV2`, `Redacted` and `ExtraData` hold
 * the secret or facts about its owner and are never read.
 *
 * TruffleHog's own log lines (stderr redirected into the report) are skipped, but some are read: a
 * `finished scanning` line (the version; none at all makes the run incomplete, and one that counts 0
 * chunks with no result is a warning, since a --since-commit range that adds nothing finishes so too),
 * and error-level lines, each a warning naming what it names, with credentials removed.
 */
import { isObject, kindOf, capFirstLine as cap, MAX_PROBLEMS, type Json } from './report-reader.js';
import { InputError } from '../errors.js';
import type { Location, RawFinding, ScanType } from '../model.js';
import { secretIdentity } from './identity.js';
import { parseJsonLine } from './json.js';
import { normalizePath } from './paths.js';
import { decodeUtf8 } from './read.js';
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

function readLine(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : undefined;
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
  const source = Object.values(metadata.Data).find(isObject) ?? {};
  const location: Location = {};
  const rawPath = typeof source.file === 'string' && source.file.trim() !== '' ? source.file : source.link;
  if (typeof rawPath === 'string' && rawPath.trim() !== '') location.path = normalizePath(context.root, rawPath);
  const line = readLine(source.line);
  if (line !== undefined) location.startLine = line;

  const verified = result.Verified === true;
  return {
    identityKey: secretIdentity(location, detector),
    run: 0,
    scanType: context.scanType ?? 'secret',
    ruleId: detector,
    title: cap(`${detector} secret (${verified ? 'verified' : 'unverified'})`),
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
 * Log text for a message, on one line and at most 300 characters, without the credentials a URL may
 * carry: TruffleHog logs the URLs of what it scans, and a clone URL may hold a user and a token
 * (`https://user:token@host/...`) or a token in its query.
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
  return cap(redacted);
}

/** Whether a `finished scanning` line shows that TruffleHog scanned nothing: 0 chunks, and 0 bytes when it counts them. */
function scannedNothing(finished: Json): boolean {
  return finished.chunks === 0 && (finished.bytes === undefined || finished.bytes === 0);
}

async function parse(input: InputFile, context: IngestContext): Promise<IngestResult> {
  const entries = context.document !== undefined ? [{ value: context.document, line: 1 }] : readLines(input);
  const scanType: ScanType = context.scanType ?? 'secret';
  const findings: RawFinding[] = [];
  const warnings: string[] = [];
  let logLines = 0;
  let finished: { line: number; value: Json } | undefined;
  const errors: string[] = [];
  let errorLines = 0;
  for (const { value, line } of entries) {
    const pointer = `line ${line}`;
    if (isResult(value)) findings.push(readResult(value, pointer, input, context));
    else if (isLogLine(value)) {
      logLines += 1;
      const log = value as Json;
      if (log.msg === 'finished scanning') finished = { line, value: log };
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
            `${input.path}: ${pointer}: TruffleHog logged an error (level ${cap(log.level as string)}): ${message}${error !== undefined && error !== message ? `: ${error}` : ''}${where.length > 0 ? ` (${where.join(', ')})` : ''}; what it names may not have been scanned.`,
          );
        }
      }
    } else
      throw new InputError(
        `${input.path}: ${pointer}: the line is ${kindOf(value)} without SourceMetadata and DetectorName (expected ${EXPECTED_LINE}).`,
      );
  }
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
    warnings.push(...errors);
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
