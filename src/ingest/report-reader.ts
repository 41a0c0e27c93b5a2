/**
 * Shared checking for native-format ingestors that walk untrusted JSON: typed accessors that record
 * every structural problem with its JSON pointer, then one InputError listing them all (as
 * codeql-action gathers every validation problem into one error that names the file).
 */
import { InputError } from '../errors.js';
import { escapeCodePoint } from '../strings.js';
import { escapePointer } from './proto-key.js';

export type Json = Record<string, unknown>;

/** At most this many problems are listed; the rest are counted. */
export const MAX_PROBLEMS = 20;
const MAX_TITLE = 300;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A SARIF log (written by Trivy, Grype, OSV-Scanner...) is never read as the tool's native format. */
export function isSarifLog(doc: Json): boolean {
  return Array.isArray(doc.runs) || (typeof doc.$schema === 'string' && /sarif/i.test(doc.$schema));
}

/**
 * A character that would break a message's line or hide in it: white space but the space (line breaks,
 * U+2028 and U+2029 among it), control characters (C0, DEL, C1), format characters (\p{Cf}: the bidi
 * controls U+061C, U+200E, U+200F, U+202A-U+202E and U+2066-U+2069, zero-width spaces and joiners) and
 * the other characters a renderer may ignore.
 */
const HIDING = '(?! )[\\s\\p{Cc}\\p{Cf}\\p{Default_Ignorable_Code_Point}]';
const HIDING_CHARACTER = new RegExp(`^${HIDING}$`, 'u');
/** Any character HIDING_CHARACTER matches, anywhere in a string. */
const HIDING_ANYWHERE = new RegExp(HIDING, 'u');
/** The same, as JSON.stringify leaves them: it escapes C0 controls, not U+2028, C1, bidi or zero-width ones. */
// eslint-disable-next-line no-control-regex
const HIDING_IN_JSON = /(?![ \u0000-\u001f])[\s\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

/**
 * One character of a report's text as a message shows it: `\t`, `\n` and `\r`, other control characters
 * as `\u001b` (as `quoteForMessage` writes a register's), any other character that would hide as
 * `\u202E` (as `quoteShowingInvisible` does), and every other character as it is.
 */
function shownCharacter(c: string): string {
  if (c === '\t') return '\\t';
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  if (!HIDING_CHARACTER.test(c)) return c;
  const code = c.codePointAt(0) as number;
  return code < 0xa0 ? `\\u${code.toString(16).padStart(4, '0')}` : escapeCodePoint(c);
}

/**
 * A string taken from a report (a tool name, a version, a rule id, a level, a path, a key), as a message
 * shows it: every character that would break or hide the line written as an escape, so that a value
 * holding a line break cannot print a line of its own in a CI log (`x\nAPPROVED...` would look like
 * shipgate's verdict), nor a bidi control reorder the message around it. The CLI's sink keeps line
 * breaks (messages list problems one per line), so they are made visible where a value is quoted. Cut
 * after `max` characters as shown, with `...`, never inside an escape; a long value is read only as far as
 * it is shown.
 */
export function showReportText(value: string, max = Infinity): string {
  // Most values hide nothing: one search instead of a test of each character.
  if (!HIDING_ANYWHERE.test(value)) {
    if (value.length <= max) return value;
    // Cut as the loop below cuts: never inside a surrogate pair.
    const end = isSurrogatePair(value, max - 1) ? max - 1 : max;
    return `${value.slice(0, Math.max(0, end))}...`;
  }
  let text = '';
  for (const c of value) {
    const piece = shownCharacter(c);
    if (text.length + piece.length > max) return `${text}...`;
    text += piece;
  }
  return text;
}

/** Whether a high surrogate at `at` and a low one after it make one character. */
function isSurrogatePair(value: string, at: number): boolean {
  const high = value.charCodeAt(at);
  const low = value.charCodeAt(at + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/** A string taken from a report, quoted for a message as `showReportText` shows it: `'x\nAPPROVED'`. */
export function quoteReportText(value: string, max = 40): string {
  return `'${showReportText(value, max)}'`;
}

/** A report's text for a message: its first line as `capFirstLine` cuts it, shown as `showReportText` shows it. */
export function reportLine(text: string): string {
  return showReportText(capFirstLine(text));
}

/** JSON text for a message, with what JSON.stringify leaves raw and would hide (U+2028, bidi controls) escaped. */
export function showJsonText(json: string): string {
  return json.replace(HIDING_IN_JSON, (c) => shownCharacter(c));
}

/** How a value is named in a message: its kind, and a clipped string. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the string ${quoteReportText(value)}`;
  return `the ${typeof value} ${String(value)}`;
}

/** How a value found where another was expected is named in a message: its kind, or a clipped JSON text. */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `the ${typeof value} ${showJsonText(JSON.stringify(value)?.slice(0, 60) ?? '')}`;
}

/**
 * A text quoted in a message: one line, whitespace folded, at most `max` characters; what would still
 * hide in it (bidi and other format characters, controls) is written as an escape.
 */
export function quoteText(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `'${showReportText(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat)}'`;
}

/** One line, whitespace folded, at most 300 characters. */
export function capTitle(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_TITLE ? `${flat.slice(0, MAX_TITLE - 1)}…` : flat;
}

/** Collects problems while a report is walked; `throwIfProblems` raises them as one InputError. */
export class ReportReader {
  private readonly problems: string[] = [];
  private droppedProblems = 0;

  constructor(
    /** The input path, for messages. */
    protected readonly file: string,
    /** The format, e.g. "Grype JSON report". */
    private readonly formatName: string,
  ) {}

  problem(pointer: string, wrong: string, expected: string): void {
    if (this.problems.length >= MAX_PROBLEMS) {
      this.droppedProblems += 1;
      return;
    }
    // Every problem is one line of the list: whatever a caller quoted from the report, no character of
    // it may start another (the quoting functions above already show them; this is the net under them).
    const at = pointer === '' ? '(root)' : pointer;
    this.problems.push(`${this.file}: ${showReportText(`${at}: ${wrong} (expected ${expected}`)}).`);
  }

  throwIfProblems(): void {
    const [first] = this.problems;
    if (first === undefined) return;
    if (this.problems.length === 1) throw new InputError(first);
    const total = this.problems.length + this.droppedProblems;
    const list = this.droppedProblems > 0 ? [...this.problems, `... and ${this.droppedProblems} more`] : this.problems;
    throw new InputError(`${this.file}: ${total} problems make this an invalid ${this.formatName}.`, list);
  }

  object(value: unknown, pointer: string, expected: string): Json | undefined {
    if (isObject(value)) return value;
    this.problem(pointer, value === undefined ? 'the key is missing' : `got ${describeValue(value)}`, expected);
    return undefined;
  }

  array(obj: Json, key: string, pointer: string): unknown[] {
    const value = obj[key];
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value;
    this.problem(`${pointer}/${escapePointer(key)}`, `got ${describeValue(value)}`, 'an array');
    return [];
  }

  string(obj: Json, key: string, pointer: string, required = false): string | undefined {
    const value = obj[key];
    if (value === undefined || value === null) {
      if (required) this.problem(`${pointer}/${escapePointer(key)}`, 'the key is missing', 'a string');
      return undefined;
    }
    if (typeof value === 'string') return value;
    this.problem(`${pointer}/${escapePointer(key)}`, `got ${describeValue(value)}`, 'a string');
    return undefined;
  }
}

/** A value's kind for messages: 'missing', 'null', 'an array', 'an object', 'a string', 'a number'... */
export function kindOf(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** What was found where something else was expected: 'the key is missing' or 'found an array'. */
export function found(value: unknown): string {
  return value === undefined ? 'the key is missing' : `found ${kindOf(value)}`;
}

/** A string with something in it, trimmed; undefined for anything else. */
export function trimmedString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** A whole number of at least 0 (a count, an index); undefined for anything else. */
export function wholeNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** A whole number of at least 1 (a line or a column); undefined for anything else. */
export function positiveInt(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : undefined;
}

/** The first line, trimmed, at most 300 characters (a title from a multi-line message). */
export function capFirstLine(text: string): string {
  const first = text.split(/\r?\n/, 1)[0]?.trim() ?? '';
  return first.length > MAX_TITLE ? `${first.slice(0, MAX_TITLE - 1)}…` : first;
}
