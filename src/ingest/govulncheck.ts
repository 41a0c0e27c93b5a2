/**
 * govulncheck JSON (`govulncheck -json`): a stream of concatenated JSON objects, not one JSON text:
 * `{"config": ...}`, `{"progress": ...}`, `{"SBOM": ...}`, `{"osv": <OSV entry>}` and
 * `{"finding": {osv, fixed_version, trace[]}}`. Some tools wrap the messages in one array; both are read.
 * Protocol: https://pkg.go.dev/golang.org/x/vuln/internal/govulncheck (see also
 * https://go.dev/doc/security/vuln/#json-output).
 *
 * govulncheck reports each vulnerability at up to three levels as it narrows the scan: the module is
 * required (trace[0] has only module), a vulnerable package is imported (trace[0].package), a vulnerable
 * symbol is called (trace[0].function). shipgate keeps one finding per OSV id, module and version, at
 * the most reachable level seen, and says that level in the title. There is no severity.
 *
 * Identity (DESIGN 3.2): `dep|<CVE, else GHSA, else GO id>|golang:<module>|<version>`; an advisory whose aliases
 * name several CVEs keeps its GO id (see joinableAliases).
 *
 * The stream has no error message: govulncheck stops when it cannot load the packages or reach the
 * vulnerability database. A stream that does not show the code was matched against the database (a
 * finding, an osv entry, or the progress message of the check) is not a completed scan. A file may hold
 * several streams (a monorepo job appending one run per module): each `config` message starts a new one,
 * judged on its own.
 */
import { describeFound, isObject, showJsonText, showReportText, type Json } from './report-reader.js';
import { InputError } from '../errors.js';
import type { Location, RawFinding } from '../model.js';
import { dependencyIdentity, joinableAliases, normalizeAliases } from './identity.js';
import { jsonSyntaxError, lineColumnAt, mayHoldProtoKey, parseJsonText } from './json.js';
import { normalizePath } from './paths.js';
import { decodeUtf8 } from './read.js';
import type { DetectSample, Detection, IngestContext, IngestResult, InputFile, Ingestor } from './types.js';

const FORMAT = 'govulncheck';
const TOOL = 'govulncheck';
const ECOSYSTEM = 'golang';
const MAX_TITLE = 300;

function capText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** One top-level value of the stream and where it is: `line N` in a stream, a JSON pointer in an array. */
export interface StreamValue {
  value: unknown;
  pointer: string;
}

function positionOf(text: string, index: number): string {
  const { line, column } = lineColumnAt(text, index);
  return `line ${line}, column ${column} (byte ${Buffer.byteLength(text.slice(0, index))})`;
}

/**
 * Splits concatenated top-level JSON objects or arrays (`{...}{...}` with any whitespace between),
 * tracking string, escape and nesting state. A stream that ends inside a value is an InputError giving
 * the byte offset and line where the text ended and where the unfinished value began.
 */
export function splitJsonStream(text: string, input: Pick<InputFile, 'path'>): StreamValue[] {
  const values: StreamValue[] = [];
  const length = text.length;
  let line = 1;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      line += 1;
      i += 1;
      continue;
    }
    if (c === 0x20 || c === 0x09 || c === 0x0d) {
      i += 1;
      continue;
    }
    if (c !== 0x7b && c !== 0x5b)
      throw new InputError(
        `${input.path}: ${positionOf(text, i)}: found ${showJsonText(JSON.stringify(text[i]))} between JSON values (expected '{' to start the next govulncheck message).`,
      );
    const start = i;
    const startLine = line;
    let depth = 0;
    let inString = false;
    let closed = false;
    for (; i < length; i += 1) {
      const ch = text.charCodeAt(i);
      if (ch === 0x0a) line += 1;
      if (inString) {
        if (ch === 0x5c) {
          i += 1;
          if (text.charCodeAt(i) === 0x0a) line += 1;
        } else if (ch === 0x22) inString = false;
      } else if (ch === 0x22) inString = true;
      else if (ch === 0x7b || ch === 0x5b) depth += 1;
      else if (ch === 0x7d || ch === 0x5d) {
        depth -= 1;
        if (depth === 0) {
          i += 1;
          closed = true;
          break;
        }
      }
    }
    if (!closed)
      throw new InputError(
        `${input.path}: ${positionOf(text, length)}: the stream ends inside ${inString ? 'a string of ' : ''}the JSON value that starts at line ${startLine} (truncated?); expected complete govulncheck JSON messages.`,
      );
    const slice = text.slice(start, i);
    let value: unknown;
    try {
      value = JSON.parse(slice);
    } catch (error) {
      const { index, reason } = jsonSyntaxError(slice, error as Error);
      throw new InputError(
        `${input.path}: ${positionOf(text, start + index)}: invalid JSON in the message that starts at line ${startLine}: ${reason}; expected a govulncheck JSON message.`,
      );
    }
    // Refuse `__proto__` keys as every other input does (json.ts names the pointer within the message).
    if (mayHoldProtoKey(slice)) parseJsonText(slice, { path: `${input.path}: line ${startLine}` });
    values.push({ value, pointer: `line ${startLine}` });
  }
  return values;
}

type Reachability = 'called' | 'imported' | 'required';

const RANK: Record<Reachability, number> = { called: 3, imported: 2, required: 1 };

const TITLE_SUFFIX: Record<Reachability, string> = {
  called: 'called: a vulnerable symbol is reachable',
  imported: 'imported, no vulnerable symbol called',
  required: 'required, no vulnerable package imported',
};

interface Frame {
  module: string;
  version?: string;
  package?: string;
  function?: string;
  position?: { filename?: string; line?: number };
}

interface Group {
  osv: string;
  module: string;
  level: Reachability;
  version?: string;
  fixedVersion?: string;
  pointer: string;
  trace: Frame[];
}

function readFinding(input: InputFile, entry: StreamValue, finding: unknown): Omit<Group, 'pointer'> {
  const where = `${input.path}: ${entry.pointer}`;
  if (!isObject(finding))
    throw new InputError(`${where}: finding is ${describeFound(finding)} (expected {osv, trace}).`);
  if (typeof finding.osv !== 'string' || finding.osv === '')
    throw new InputError(
      `${where}: finding.osv is ${describeFound(finding.osv)} (expected the OSV id, e.g. GO-2023-1840).`,
    );
  const trace = finding.trace;
  if (!Array.isArray(trace) || trace.length === 0)
    throw new InputError(`${where}: finding.trace is ${describeFound(trace)} (expected a non-empty array of frames).`);
  const frames = trace.map((frame, index) => {
    if (!isObject(frame) || typeof frame.module !== 'string' || frame.module === '')
      throw new InputError(
        `${where}: finding.trace[${index}].module is ${describeFound(isObject(frame) ? frame.module : frame)} (expected the module path).`,
      );
    return frame as unknown as Frame;
  });
  const first = frames[0] as Frame;
  const level: Reachability =
    typeof first.function === 'string' && first.function !== ''
      ? 'called'
      : typeof first.package === 'string' && first.package !== ''
        ? 'imported'
        : 'required';
  const group: Omit<Group, 'pointer'> = { osv: finding.osv, module: first.module, level, trace: frames };
  if (typeof first.version === 'string' && first.version !== '') group.version = first.version;
  if (typeof finding.fixed_version === 'string' && finding.fixed_version !== '')
    group.fixedVersion = finding.fixed_version;
  return group;
}

/** For a called vulnerability, the last frame is the entry point in the scanned code: its position locates the finding. */
function locationOf(root: string, group: Group): Location {
  if (group.level !== 'called') return {};
  const position = group.trace[group.trace.length - 1]?.position;
  if (!isObject(position) || typeof position.filename !== 'string' || position.filename === '') return {};
  const location: Location = { path: normalizePath(root, position.filename) };
  if (typeof position.line === 'number' && Number.isInteger(position.line) && position.line > 0)
    location.startLine = position.line;
  return location;
}

function detect(sample: DetectSample): Detection {
  try {
    const doc = sample.document;
    const isConfig = (value: unknown): boolean =>
      isObject(value) &&
      isObject(value.config) &&
      (value.config.scanner_name === 'govulncheck' || typeof value.config.protocol_version === 'string');
    if (doc !== undefined) {
      if (Array.isArray(doc)) return doc.length > 0 && isConfig(doc[0]) ? 'certain' : 'no';
      return isConfig(doc) ? 'certain' : 'no';
    }
    const head = sample.head;
    if (/^\s*(?:\[\s*)?\{\s*"config"\s*:\s*\{/.test(head))
      return /"protocol_version"\s*:/.test(head) || /"scanner_name"\s*:\s*"govulncheck"/.test(head)
        ? 'certain'
        : 'possible';
    if (/^\s*(?:\[\s*)?\{\s*"(osv|finding|progress|SBOM)"\s*:\s*\{/.test(head)) return 'possible';
    return 'no';
  } catch {
    return 'no';
  }
}

/**
 * The progress messages that show govulncheck matched the code against the vulnerability database.
 * v1.1 and later: "Fetching vulnerabilities from the database..." before the fetch, then, once the
 * database answered and its osv entries were written, "Checking the code against the vulnerabilities..."
 * ("...the binary..." in binary mode). v1.0.x writes neither, only "Scanning your code and N packages
 * across M dependent modules for known vulnerabilities..." (or "Scanning your binary for known
 * vulnerabilities...") once the packages loaded. Later versions still write the binary one, before the
 * fetch: a stream that shows the fetch must show the check too.
 */
const CHECKING = /\bagainst the vulnerabilities\b/i;
const SCANNING = /\bfor known vulnerabilities\b/i;
const FETCHING = /\bfetching vulnerabilities from the database\b/i;

/** One message as a problem names it: its pointer and its kind, with a progress message's text. */
function describeMessage(entry: StreamValue): string {
  const value = entry.value as Json;
  const progress = isObject(value.progress) ? value.progress : undefined;
  if (progress !== undefined && typeof progress.message === 'string')
    return `${entry.pointer} progress "${showReportText(capText(progress.message, 100))}"`;
  const kind = Object.keys(value)[0];
  return `${entry.pointer} ${kind === undefined ? 'an empty object' : showReportText(capText(kind, 40))}`;
}

/** One scan of the stream: the messages from a config message (or the file's start) to the next config. */
interface Segment {
  start: number;
  end: number;
  hasConfig: boolean;
  findingCount: number;
  osvCount: number;
  checked: boolean;
  scanning: boolean;
  fetching: boolean;
}

function newSegment(start: number, hasConfig: boolean): Segment {
  return {
    start,
    end: start,
    hasConfig,
    findingCount: 0,
    osvCount: 0,
    checked: false,
    scanning: false,
    fetching: false,
  };
}

/**
 * Why one scan does not show that govulncheck matched the code against the database, or undefined when it
 * does. Only a finding, an osv entry (written once the database answered) or the progress message of the
 * check shows it. A scan that shows the fetch must show the check (or a finding, which comes after it):
 * osv entries alone are written before the matching, so a stream cut after them was not matched.
 * `of` is given when the file holds several scans: the reason then names where this one starts.
 */
function unmatched(
  segment: Segment,
  messages: StreamValue[],
  of: { position: number; total: number } | undefined,
): string | undefined {
  const { fetching, checked, scanning, findingCount, osvCount } = segment;
  const matched = fetching ? checked || findingCount > 0 : findingCount > 0 || osvCount > 0 || checked || scanning;
  if (matched) return undefined;
  const last = messages.slice(Math.max(segment.start, segment.end - 3), segment.end).map(describeMessage);
  const first = messages[segment.start] as StreamValue;
  const which =
    of === undefined
      ? 'the stream'
      : `the stream that starts ${segment.hasConfig ? `with the config message at ${first.pointer}` : `at ${first.pointer}, before the first config message`} (scan ${of.position + 1} of the ${of.total} this file holds: each config message starts a new govulncheck run)`;
  return `${which} shows no sign that govulncheck checked anything against the vulnerability database: ${fetching ? 'it shows the database fetch but no finding' : 'no finding or osv message'}, and no progress message saying the code or binary was checked against the vulnerabilities (its last message${last.length === 1 ? '' : 's'}: ${last.join(', ')}). govulncheck writes no error into its JSON, it stops when it cannot load the packages or reach the vulnerability database, so this is not a clean scan (run govulncheck again and check its stderr and exit code: package loading or the vulnerability database failed)`;
}

async function parse(input: InputFile, context: IngestContext): Promise<IngestResult> {
  let messages: StreamValue[];
  if (Array.isArray(context.document)) {
    messages = context.document.map((value, index) => ({ value, pointer: `/${index}` }));
  } else {
    const text = decodeUtf8(input);
    if (/^\s*\[/.test(text)) {
      // The array-wrapped variant is one JSON text; JSON pointers then locate each message.
      const doc = parseJsonText(text, input, 'govulncheck JSON messages');
      messages = (doc as unknown[]).map((value, index) => ({ value, pointer: `/${index}` }));
    } else {
      if (text.trim() === '')
        throw new InputError(`${input.path}: the file holds only whitespace; expected govulncheck -json output.`);
      messages = splitJsonStream(text, input);
    }
  }

  const scanType = context.scanType ?? 'dependency';
  const warnings: string[] = [];
  const osvById = new Map<string, Json>();
  const groups = new Map<string, Group>();
  let config: Json | undefined;
  let findingCount = 0;
  // Each config message starts a new scan (a monorepo job that loops over modules appends one stream per
  // module to the same file): each is judged on its own, so a first good scan cannot hide a later one that
  // stopped. Messages before the first config form a scan of their own.
  const segments: Segment[] = [];
  let segment: Segment | undefined;
  for (const [index, entry] of messages.entries()) {
    const { value } = entry;
    if (!isObject(value))
      throw new InputError(
        `${input.path}: ${entry.pointer}: found ${describeFound(value)} (expected a govulncheck message object such as {"finding": ...}).`,
      );
    if (value.config !== undefined) {
      if (!isObject(value.config))
        throw new InputError(
          `${input.path}: ${entry.pointer}: config is ${describeFound(value.config)} (expected an object).`,
        );
      if (typeof value.config.scanner_name === 'string' && value.config.scanner_name !== 'govulncheck')
        throw new InputError(
          `${input.path}: ${entry.pointer}: config.scanner_name is ${describeFound(value.config.scanner_name)} (expected "govulncheck").`,
        );
      config ??= value.config;
      segment = undefined;
    }
    if (segment === undefined) {
      segment = newSegment(index, value.config !== undefined);
      segments.push(segment);
    }
    segment.end = index + 1;
    if (isObject(value.progress) && typeof value.progress.message === 'string') {
      const text = value.progress.message;
      if (CHECKING.test(text)) segment.checked = true;
      else if (SCANNING.test(text)) segment.scanning = true;
      else if (FETCHING.test(text)) segment.fetching = true;
    }
    if (value.osv !== undefined) {
      if (!isObject(value.osv) || typeof value.osv.id !== 'string' || value.osv.id === '')
        throw new InputError(
          `${input.path}: ${entry.pointer}: osv.id is ${describeFound(isObject(value.osv) ? value.osv.id : value.osv)} (expected an OSV entry with an id).`,
        );
      osvById.set(value.osv.id, value.osv);
      segment.osvCount += 1;
    }
    if (value.finding !== undefined) {
      findingCount += 1;
      segment.findingCount += 1;
      const read = readFinding(input, entry, value.finding);
      // Per version too: a file of several streams (one per module of a monorepo) can name one module at
      // two versions, and each vulnerable version is a finding of its own (its own fix, its own waiver).
      const key = `${read.osv}\u0000${read.module}\u0000${read.version ?? ''}`;
      const existing = groups.get(key);
      if (!existing || RANK[read.level] > RANK[existing.level]) groups.set(key, { ...read, pointer: entry.pointer });
    }
  }
  if (config === undefined) {
    if (osvById.size === 0 && findingCount === 0)
      throw new InputError(
        `${input.path}: the stream has no config, osv or finding message (expected govulncheck -json output).`,
      );
    warnings.push(`${input.path}: the stream has no config message; the govulncheck version is unknown.`);
  }

  const toolVersion = typeof config?.scanner_version === 'string' ? config.scanner_version : undefined;
  const findings: RawFinding[] = [];
  for (const group of groups.values()) {
    const osv = osvById.get(group.osv);
    if (!osv)
      warnings.push(
        `${input.path}: ${group.pointer}: the finding names ${showReportText(group.osv)}, but the stream has no osv entry for it.`,
      );
    const osvAliases = Array.isArray(osv?.aliases) ? osv.aliases.filter((a): a is string => typeof a === 'string') : [];
    // A Go advisory for several CVEs (GO-2022-0536: CVE-2019-9512 and CVE-2019-9514) joins none of them.
    const aliases = normalizeAliases([group.osv, ...joinableAliases(group.osv, osvAliases)]);
    const summary =
      typeof osv?.summary === 'string' && osv.summary.trim() !== ''
        ? osv.summary
        : typeof osv?.details === 'string' && osv.details.trim() !== ''
          ? osv.details
          : group.osv;
    const suffix = ` (${TITLE_SUFFIX[group.level]})`;
    const pkg: RawFinding['package'] = { name: group.module, ecosystem: ECOSYSTEM };
    if (group.version !== undefined) pkg.version = group.version;
    if (group.fixedVersion !== undefined) pkg.fixedVersions = [group.fixedVersion];
    const source: RawFinding['sources'][number] = {
      input: input.path,
      format: FORMAT,
      tool: TOOL,
      pointer: group.pointer,
    };
    if (toolVersion !== undefined) source.toolVersion = toolVersion;
    findings.push({
      scanType,
      ruleId: group.osv,
      title: capText(summary, MAX_TITLE - suffix.length) + suffix,
      severity: 'unknown',
      severitySource: 'no severity in govulncheck',
      aliases,
      cwe: [],
      location: locationOf(context.root, group),
      package: pkg,
      sources: [source],
      identityKey: dependencyIdentity(group.osv, aliases, pkg),
      run: 0,
    });
  }

  // govulncheck writes no error into its JSON: when it cannot load the packages or reach the vulnerability
  // database it stops, leaving a config (and an SBOM, and progress) that reads like a clean scan. Each
  // scan in the file (each config starts one) must show it was matched: see unmatched.
  const problems: string[] = [];
  for (const [position, each] of segments.entries()) {
    const reason = unmatched(each, messages, segments.length === 1 ? undefined : { position, total: segments.length });
    if (reason !== undefined) problems.push(reason);
  }
  const run: IngestResult['runs'][number] = {
    tool: TOOL,
    scanType,
    completed: problems.length === 0,
    problems,
    resultCount: findingCount,
  };
  if (toolVersion !== undefined) run.toolVersion = toolVersion;
  return { findings, runs: [run], warnings };
}

export const govulncheck: Ingestor = {
  id: FORMAT,
  title: 'govulncheck JSON (-json message stream)',
  detection:
    'a stream (or array) of JSON messages starting with {"config": {"protocol_version", "scanner_name": "govulncheck"}}',
  scanTypes: ['dependency'],
  detect,
  parse,
};
