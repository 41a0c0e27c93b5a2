/**
 * Shared checking for native-format ingestors that walk untrusted JSON: typed accessors that record
 * every structural problem with its JSON pointer, then one InputError listing them all (as
 * codeql-action gathers every validation problem into one error that names the file).
 */
import { InputError } from '../errors.js';
import { escapePointer } from './json.js';

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

/** How a value is named in a message: its kind, and a clipped string. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the string '${value.length > 40 ? `${value.slice(0, 40)}...` : value}'`;
  return `the ${typeof value} ${String(value)}`;
}

/** How a value found where another was expected is named in a message: its kind, or a clipped JSON text. */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `the ${typeof value} ${JSON.stringify(value)?.slice(0, 60)}`;
}

/** A text quoted in a message: one line, whitespace folded, at most `max` characters. */
export function quoteText(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `'${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}'`;
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
    this.problems.push(`${this.file}: ${pointer === '' ? '(root)' : pointer}: ${wrong} (expected ${expected}).`);
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
