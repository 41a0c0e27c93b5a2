/**
 * TruffleHog v3 JSON lines (`trufflehog <source> --json`): one result object per line.
 * Result shape: https://github.com/trufflesecurity/trufflehog/blob/main/pkg/output/json.go
 * Source metadata per source type: https://github.com/trufflesecurity/trufflehog/blob/main/proto/source_metadata.proto
 *
 * Identity is `secret|<path>|<line>` (DESIGN 3.2), plus the detector when the source gives no line
 * (Docker, S3 and other sources without lines: two detectors' secrets in one file stay two). `Raw`, `RawV2`, `Redacted` and `ExtraData` hold
 * the secret or facts about its owner and are never read.
 */
import { isObject, kindOf, capFirstLine as cap, type Json } from './report-reader.js';
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

async function parse(input: InputFile, context: IngestContext): Promise<IngestResult> {
  const entries = context.document !== undefined ? [{ value: context.document, line: 1 }] : readLines(input);
  const scanType: ScanType = context.scanType ?? 'secret';
  const findings: RawFinding[] = [];
  const warnings: string[] = [];
  let logLines = 0;
  let finished: Json | undefined;
  for (const { value, line } of entries) {
    const pointer = `line ${line}`;
    if (isResult(value)) findings.push(readResult(value, pointer, input, context));
    else if (isLogLine(value)) {
      logLines += 1;
      if ((value as Json).msg === 'finished scanning') finished = value as Json;
    } else
      throw new InputError(
        `${input.path}: ${pointer}: the line is ${kindOf(value)} without SourceMetadata and DetectorName (expected ${EXPECTED_LINE}).`,
      );
  }
  const problems: string[] = [];
  if (logLines > 0) {
    // The log text is not copied: TruffleHog may log URLs that carry credentials.
    warnings.push(`${input.path}: ${logLines} TruffleHog log line(s) were skipped; they are not results.`);
    if (findings.length === 0 && finished === undefined)
      throw new InputError(
        `${input.path}: the file holds only TruffleHog log lines, none of them 'finished scanning' (expected ${EXPECTED_LINE}, or the log of a finished scan).`,
      );
    if (finished === undefined)
      problems.push(
        `TruffleHog's log lines are in the report but none says 'finished scanning', so the scan may have been cut short.`,
      );
  }
  const toolVersion =
    typeof finished?.trufflehog_version === 'string' && finished.trufflehog_version !== ''
      ? finished.trufflehog_version
      : undefined;
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
