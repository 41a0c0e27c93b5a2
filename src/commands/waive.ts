/** `shipgate waive`: appends a well-formed exception entry for one finding. */
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { dump } from 'js-yaml';
import { daysBetween, isIsoDate } from '../dates.js';
import { ConfigError } from '../errors.js';
import type { Clock } from '../logger.js';
import { createWorkspaceReader, evidenceText } from '../evidence/source.js';
import {
  EXCEPTION_TYPES,
  exceptionProblem,
  parseExceptionFile,
  readExceptionFiles,
  type Exception,
} from '../evidence/exceptions.js';
import { isGlob } from '../glob.js';
import { meaningfulText, showInvisible } from '../strings.js';
import { loadPolicy } from '../policy/load.js';
import { inOutputFolder, normalizePattern, outputFolderInRoot, patternReads, relativeToRoot } from '../ingest/read.js';
import { checkWorkspaceRoot } from './validate.js';
import { inspectWriteTarget, writeTargetFile } from './write-target.js';

export interface WaiveOptions {
  root: string;
  findingId: string;
  clock: Clock;
  policy?: string;
  reason?: string;
  owner?: string;
  approvedBy?: string;
  approvedOn?: string;
  expires?: string;
  type?: string;
  ticket?: string;
  /**
   * Exception file to append to, relative to the root; it must be one the policy's `exceptions.paths`
   * read. Default `.shipgate/exceptions/waivers.yml` when they read it, else a file in the folder of
   * the first path that names one.
   */
  file?: string;
}

const DEFAULT_FILE = '.shipgate/exceptions/waivers.yml';

/** An exception entry as the file holds it (without where it was read). */
type ExceptionEntry = Omit<Exception, 'file' | 'line' | 'keyLines'>;

/** The longest exception id the schema accepts. */
const MAX_ID_LENGTH = 64;

/**
 * `EXC-` and one more than the highest number of an `EXC-<digits>` id in `existing` (every file the
 * policy reads), at least four digits. Counted in BigInt: a Number loses precision past 2^53, and
 * `EXC-9007199254740993` would come out as an id already used.
 */
function nextId(existing: readonly Exception[]): string {
  let highest = 0n;
  for (const e of existing) {
    const digits = /^EXC-(\d+)$/.exec(e.id)?.[1];
    if (digits === undefined) continue;
    const number = BigInt(digits);
    if (number > highest) highest = number;
  }
  const id = `EXC-${(highest + 1n).toString().padStart(4, '0')}`;
  if (id.length > MAX_ID_LENGTH)
    throw new ConfigError(
      `the next exception id after EXC-${highest} would be ${id.length} characters long (expected at most ${MAX_ID_LENGTH}, as the exception schema allows); write the entry by hand with an id of your choice.`,
    );
  return id;
}

/** The file waive appends to without --file: the presets' waivers.yml, else one the first fitting path names. */
function defaultFile(root: string, patterns: readonly string[]): string | undefined {
  if (patterns.some((p) => patternReads(root, p, DEFAULT_FILE))) return DEFAULT_FILE;
  for (const pattern of patterns.map(normalizePattern)) {
    if (!isGlob(pattern)) {
      const rel = relativeToRoot(root, pattern);
      if (rel) return rel;
      continue;
    }
    const segments = pattern.split('/');
    const folder = segments.slice(0, segments.findIndex(isGlob)).join('/');
    const last = (segments.at(-1) ?? '').replace(/\*+/g, 'waivers').replace(/\?/g, '0');
    const found = ['waivers.yml', 'waivers.yaml', last]
      .map((name) => (folder ? `${folder}/${name}` : name))
      .find((candidate) => patternReads(root, pattern, candidate));
    if (found) return found;
  }
  return undefined;
}

/** The sentence after "the exception would not apply:" for a reason exceptionProblem gives. */
function whyNotApplied(reason: string): string {
  if (/^approved /.test(reason)) return `it is ${reason}`;
  if (/^approver /.test(reason)) return `the ${reason}`;
  if (/^(expired|runs) /.test(reason)) return `it ${reason}`;
  return reason;
}

/** `approvedBy` -> `--approved-by`. */
function flagOf(key: string): string {
  return `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

const KEY_LINE = /^((?:exceptions|"exceptions"|'exceptions')[ \t]*:)(.*)$/;

/**
 * The file's text with the entry's lines added at the end of its `exceptions:` block list, keeping
 * comments, the byte order mark and line endings. `exceptions: []` becomes a block list. Throws a
 * ConfigError naming the file when the list is written in a way a line edit cannot extend.
 */
function appendEntry(text: string, entry: ExceptionEntry, rel: string): string {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  // Lines keep their own '\r': only the added lines are written, with the file's first line ending.
  const lines = text.slice(bom.length).split('\n');
  const bare = (line: string): string => (line.endsWith('\r') ? line.slice(0, -1) : line);
  const cr = lines.length > 1 && (lines[0] as string).endsWith('\r') ? '\r' : '';
  const keyIndex = lines.findIndex((line) => KEY_LINE.test(bare(line)));
  if (keyIndex === -1)
    throw new ConfigError(
      `${rel}: cannot append: no line starts with 'exceptions:' (expected a block mapping whose 'exceptions:' key starts a line); add the entry by hand.`,
    );
  const keyLine = lines[keyIndex] as string;
  const [, key, rest] = KEY_LINE.exec(bare(keyLine)) as unknown as [string, string, string];
  const value = /^[ \t]*(\[[ \t]*\])?[ \t]*(#.*)?$/.exec(rest);
  if (!value)
    throw new ConfigError(
      `${rel}: line ${keyIndex + 1}: cannot append to 'exceptions:${rest}': waive extends a block list; write the entries one per '- id: ...' item under 'exceptions:', then run waive again.`,
    );
  const comment = value[2];
  if (value[1] !== undefined)
    lines[keyIndex] = `${key}${comment ? ` ${comment}` : ''}${keyLine.endsWith('\r') ? '\r' : ''}`;

  let indent: string | undefined;
  let end = lines.length;
  for (let i = keyIndex + 1; i < lines.length; i++) {
    const line = bare(lines[i] as string);
    if (/^[ \t]*(#.*)?$/.test(line)) continue;
    if (/^[ \t]/.test(line)) {
      indent ??= /^( +)-(?:[ \t]|$)/.exec(line)?.[1];
      continue;
    }
    // An entry at column 0 (an indentless list); anything else at column 0 ends the list (`...`, `---`).
    if (/^-(?:[ \t]|$)/.test(line)) {
      indent ??= '';
      continue;
    }
    end = i;
    break;
  }
  // After the last line, before the empty string that follows the file's final line break.
  if (end === lines.length && lines.at(-1) === '') end -= 1;
  else if (end === lines.length) lines[end - 1] = `${lines[end - 1]}${cr}`;
  const block = dump([entry], { lineWidth: -1 })
    .trimEnd()
    .split('\n')
    .map((line) => `${indent ?? '  '}${line}${cr}`);
  lines.splice(end, 0, ...block);
  const updated = lines.join('\n');
  return `${bom}${updated.endsWith('\n') ? updated : `${updated}\n`}`;
}

/**
 * Appends an exception for one finding to a file the policy's exceptions.paths read, keeping the file's
 * comments; refuses a file they do not read, a symbolic link or a folder linked outside the root, a
 * horizon beyond maxDays, an exception that would not apply, and an edit that would not read back.
 */
export function waiveFinding(options: WaiveOptions): { id: string; file: string } {
  if (!/^SG-[0-9a-f]{16}$/.test(options.findingId))
    throw new ConfigError(
      `'${options.findingId}' is not a shipgate finding id (expected SG- and 16 hex digits, as scan-results.json lists).`,
    );
  // A blank value names nobody and gives no reason: it is missing, as the exception schema says.
  const missing = (['reason', 'owner', 'approvedBy', 'expires'] as const).filter((k) => !options[k]?.trim());
  if (missing.length > 0)
    throw new ConfigError(`waive needs ${missing.map(flagOf).join(', ')} (each with text, not only white space).`);
  // Text that shows nothing (a zero-width space, a word joiner, `-`, `**`) names nobody and gives no
  // reason either, and an owner `security-lead\u200B` is the approver `security-lead` over again.
  const empty = (['reason', 'owner', 'approvedBy'] as const).filter((k) => !meaningfulText(options[k]));
  if (empty.length > 0)
    throw new ConfigError(
      `waive needs a letter or digit in ${empty.map((k) => `${flagOf(k)} (${showInvisible(options[k] as string)})`).join(', ')} (a name, or a reason in words: white space, punctuation and invisible characters alone name nobody and say nothing).`,
    );
  // The exception schema's caps (schemas/exception.schema.json), named by the flag that passed them,
  // before anything is written (a read-back error would point at a line no file holds).
  for (const [key, max, what] of [
    ['reason', 4000, "an exception's reason"],
    ['owner', 128, 'an owner'],
    ['approvedBy', 128, 'an approver'],
    ['ticket', 256, 'a ticket'],
  ] as const) {
    const value = options[key];
    // Counted as JSON Schema counts (code points, not UTF-16 units).
    const length = typeof value === 'string' ? [...value].length : 0;
    if (length > max) throw new ConfigError(`${flagOf(key)} is ${length} characters; ${what} is at most ${max}.`);
  }
  const type = options.type ?? 'risk-acceptance';
  if (!(EXCEPTION_TYPES as readonly string[]).includes(type))
    throw new ConfigError(`--type '${type}' is not an exception type (expected ${EXCEPTION_TYPES.join(', ')}).`);
  if (type === 'compensating-control')
    throw new ConfigError(
      'a compensating-control exception needs a control description; write it in the exception file by hand.',
    );
  const today = options.clock().toISOString().slice(0, 10);
  const approvedOn = options.approvedOn ?? today;
  for (const [flag, value] of [
    ['--approved-on', approvedOn],
    ['--expires', options.expires as string],
  ] as const)
    if (!isIsoDate(value)) throw new ConfigError(`${flag} '${value}' is not a calendar date (expected YYYY-MM-DD).`);

  checkWorkspaceRoot(options.root);
  const reader = createWorkspaceReader(options.root);
  const loaded = loadPolicy(reader, options.policy);
  const { policy } = loaded;
  const patterns = policy.exceptions.paths;
  const read = `the policy (${loaded.source}) reads exceptions from ${patterns.map((p) => `'${p}'`).join(', ') || 'no path'} (exceptions.paths)`;
  let rel: string;
  if (options.file !== undefined) {
    const inside = relativeToRoot(options.root, options.file);
    if (inside === undefined || inside === '')
      throw new ConfigError(`--file '${options.file}' is outside the root ${options.root}.`);
    if (!patterns.some((p) => patternReads(options.root, p, inside)))
      throw new ConfigError(
        `--file '${options.file}': evaluate would never read an exception written there: ${read}; give a --file they match, or add the file to exceptions.paths.`,
      );
    rel = inside;
  } else {
    const chosen = defaultFile(options.root, patterns);
    if (chosen === undefined)
      throw new ConfigError(`waive cannot choose an exception file: ${read}; give --file with a path they match.`);
    rel = chosen;
  }
  // evaluate refuses evidence in the output folder, which every run replaces and no one reviews.
  // As evaluate checks it: by the path as written, and where the file's folder really is (a folder linked
  // to the output folder names it under another name; a file not written yet by its nearest folder).
  const outDir = resolve(options.root, policy.outputs.dir);
  const outputs = outputFolderInRoot(options.root, outDir).filter((p) => p !== '');
  const written = outputs.some((place) => rel.startsWith(`${place}/`));
  if (written || inOutputFolder(options.root, outDir, rel))
    throw new ConfigError(
      `${rel}: the file is in shipgate's output folder (${policy.outputs.dir}${written ? '' : ', reached through a symbolic link'}), whose files are replaced by every run and are no reviewed evidence; evaluate refuses evidence there (expected an exception file outside it, such as .shipgate/exceptions/waivers.yml).`,
    );
  const target = inspectWriteTarget(options.root, rel);
  const existing = readExceptionFiles(reader, patterns).exceptions;
  const entry: ExceptionEntry = {
    id: nextId(existing),
    type: type as Exception['type'],
    match: { finding: options.findingId },
    reason: options.reason as string,
    owner: options.owner as string,
    approvedBy: options.approvedBy as string,
    approvedOn,
    expires: options.expires as string,
    ...(options.ticket ? { ticket: options.ticket } : {}),
  };
  const horizon = daysBetween(approvedOn, entry.expires);
  if (horizon > policy.exceptions.maxDays)
    throw new ConfigError(
      `--expires ${entry.expires} is ${horizon} days after ${approvedOn}; the policy allows at most ${policy.exceptions.maxDays} (maxDays).`,
    );
  const problem = exceptionProblem({ ...entry, file: rel, line: 0 }, policy, today);
  if (problem) throw new ConfigError(`the exception would not apply: ${whyNotApplied(problem.reason)}.`);

  const current = target === 'file' ? reader.read(rel) : undefined;
  const text =
    (current && evidenceText(current, 'exception file', ConfigError)) ??
    '# Exceptions written by shipgate waive.\nexceptions: []\n';
  const before = current ? parseExceptionFile(text, rel) : [];
  const updated = appendEntry(text, entry, rel);
  // The file must read back as before plus exactly the new entry, or nothing is written.
  let after: Exception[];
  try {
    after = parseExceptionFile(updated, rel);
  } catch (error) {
    throw new ConfigError(
      `${rel}: cannot append the entry: the file would not read back (${(error as Error).message}); add the entry by hand.`,
    );
  }
  const strip = ({ file: _file, line: _line, keyLines: _keyLines, ...rest }: Exception): ExceptionEntry => rest;
  if (!isDeepStrictEqual(after.map(strip), [...before.map(strip), entry]))
    throw new ConfigError(
      `${rel}: cannot append the entry: the file would not read back as its entries plus the new one; add the entry by hand.`,
    );
  writeTargetFile(options.root, rel, updated, target);
  return { id: entry.id, file: rel };
}
