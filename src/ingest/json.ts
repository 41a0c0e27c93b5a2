/** Parsing a whole JSON input with errors that name the file, line, column and byte offset. */
import { InputError } from '../errors.js';
import type { InputFile } from './types.js';

/** Line and column (1-based) of a character offset in a text. */
export function lineColumnAt(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: index - lineStart + 1 };
}

/** Parses JSON text; a syntax error becomes an InputError with line, column and byte offset. */
export function parseJsonText(text: string, input: Pick<InputFile, 'path'>, what = 'JSON'): unknown {
  if (text.trim() === '') throw new InputError(`${input.path}: the file holds only whitespace; expected ${what}.`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const match = /at position (\d+)/.exec(message);
    const index = match ? Number(match[1]) : text.length;
    const { line, column } = lineColumnAt(text, index);
    const byte = Buffer.byteLength(text.slice(0, index));
    const reason = message
      .replace(/ in JSON at position \d+.*$/s, '')
      .replace(/^Unexpected end of JSON input$/, 'the JSON ends early (truncated?)');
    throw new InputError(
      `${input.path}: line ${line}, column ${column} (byte ${byte}): invalid JSON: ${reason}; expected ${what}.`,
    );
  }
  const pointer = findForbiddenKey(text, value);
  if (pointer !== undefined)
    throw new InputError(`${input.path}: ${pointer}: the key '__proto__' is refused in input files.`);
  return value;
}

/** A `\uXXXX` escape of one of the characters of `__proto__` (`_`, `o`, `p`, `r`, `t`). */
const ESCAPED_PROTO_CHARACTER = /\\u00(?:5[fF]|6[fF]|7[024])/;

/**
 * Whether JSON text may hold a `__proto__` key: spelled out, or with any of its characters escaped
 * (`"\u005f_proto__"` is the same key to JSON.parse). False means it certainly holds none.
 */
export function mayHoldProtoKey(text: string): boolean {
  return text.includes('__proto__') || ESCAPED_PROTO_CHARACTER.test(text);
}

/** Returns the JSON pointer of a `__proto__` key, if the document has one. Cheap when absent. */
function findForbiddenKey(text: string, value: unknown): string | undefined {
  return mayHoldProtoKey(text) ? findProtoKey(value) : undefined;
}

/** The JSON pointer of the first `__proto__` key in a parsed value, below `pointer`; undefined when none. */
export function findProtoKey(value: unknown, pointer = ''): string | undefined {
  const stack: { value: unknown; pointer: string }[] = [{ value, pointer }];
  while (stack.length > 0) {
    const { value: current, pointer: at } = stack.pop() as { value: unknown; pointer: string };
    if (current === null || typeof current !== 'object') continue;
    for (const key of Object.keys(current)) {
      const child = `${at}/${escapePointer(key)}`;
      if (key === '__proto__') return child;
      stack.push({ value: (current as Record<string, unknown>)[key], pointer: child });
    }
  }
  return undefined;
}

/** Escapes one JSON pointer reference token (RFC 6901). */
export function escapePointer(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
