/** Parsing a whole JSON input with errors that name the file, line, column and byte offset. */
import { InputError } from '../errors.js';
import { explainJsonText } from './json-stream.js';
import { escapePointer, findProtoKey, mayHoldProtoKey } from './proto-key.js';
import { showReportText } from './report-reader.js';
import type { InputFile } from './types.js';

export { escapePointer, findProtoKey, mayHoldProtoKey };

/**
 * Line and column (1-based) of a character offset in a text. JSON lines end at LF, as the streaming
 * reader counts them; YAML's (`yaml`) also at a lone CR, and a byte order mark is not a column.
 */
export function lineColumnAt(text: string, index: number, yaml = false): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  if (!yaml) {
    for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
      line += 1;
      lineStart = i + 1;
    }
    return { line, column: index - lineStart + 1 };
  }
  if (text.charCodeAt(0) === 0xfeff) lineStart = 1;
  for (let i = lineStart; i < index; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: Math.max(1, index - lineStart + 1) };
}

/**
 * Why `JSON.parse` refused `text`: the index of the first wrong character (the end, when the text
 * ends early) and what was wrong, e.g. `unexpected '}' (expected a JSON value)`, in the words of the
 * streaming reader. V8 gives a position for some errors only ("Unexpected token '}', ...
 * is not valid JSON" has none, and quotes the text around it), so the strict tokenizer finds it.
 */
export function jsonSyntaxError(text: string, error: Error): { index: number; reason: string } {
  const explained = explainJsonText(text);
  if (explained !== undefined) {
    const index = Buffer.from(text, 'utf8').subarray(0, explained.offset).toString('utf8').length;
    return { index, reason: explained.detail.replace(/^invalid JSON: /, '') };
  }
  // The tokenizer accepts what JSON.parse accepts; this is a fallback, not an expected path.
  const match = /at position (\d+)/.exec(error.message);
  const reason = error.message
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/^Unexpected end of JSON input$/, 'the JSON ends early (truncated?)');
  return { index: match ? Number(match[1]) : text.length, reason };
}

/** Parses JSON text; a syntax error becomes an InputError with line, column and byte offset. */
export function parseJsonText(
  text: string,
  input: Pick<InputFile, 'path'> & Partial<Pick<InputFile, 'bytes'>>,
  what = 'JSON',
): unknown {
  if (text.trim() === '') throw new InputError(`${input.path}: the file holds only whitespace; expected ${what}.`);
  // `text` is the file decoded without its byte order mark (decodeUtf8): bytes count from the file's start.
  const { bytes } = input;
  const bom = bytes !== undefined && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  // A second mark is no JSON (JSON.parse's message would quote it, invisible, at the file's end).
  if (text.charCodeAt(0) === 0xfeff)
    throw new InputError(
      `${input.path}: line 1, column 1 (byte ${bom}): invalid JSON: unexpected byte 0xEF (a second byte order mark; expected a JSON value); expected ${what}.`,
    );
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const { index, reason } = jsonSyntaxError(text, error as Error);
    const { line, column } = lineColumnAt(text, index);
    const byte = bom + Buffer.byteLength(text.slice(0, index));
    throw new InputError(
      `${input.path}: line ${line}, column ${column} (byte ${byte}): invalid JSON: ${reason}; expected ${what}.`,
    );
  }
  const pointer = findForbiddenKey(text, value);
  if (pointer !== undefined)
    throw new RefusedKeyError(
      `${input.path}: ${showReportText(clipPointer(pointer))}: the key '__proto__' is refused in input files.`,
    );
  return value;
}

/**
 * Valid JSON that holds a `__proto__` key: refused whatever the format, so format detection reports
 * it as it is instead of "not recognized".
 */
export class RefusedKeyError extends InputError {}

/** A pointer short enough for a message: deep nesting would make it as long as the file. */
function clipPointer(pointer: string): string {
  return pointer.length > 200 ? `${pointer.slice(0, 100)}…${pointer.slice(-100)}` : pointer;
}

/** Returns the JSON pointer of a `__proto__` key, if the document has one. Cheap when absent. */
function findForbiddenKey(text: string, value: unknown): string | undefined {
  return mayHoldProtoKey(text) ? findProtoKey(value) : undefined;
}

/**
 * Parses one line of a JSON-lines report: a syntax error names the line and column (`indent`: the
 * characters trimmed from the line's start, so that columns count from it), a `__proto__` key its
 * pointer; on the last line (`last`) it says the file may have been cut off.
 */
export function parseJsonLine(
  text: string,
  at: { path: string; line: number; indent?: number; last: boolean },
  expected: string,
): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const { index, reason } = jsonSyntaxError(text, error as Error);
    const truncated = at.last ? '; the file may be truncated' : '';
    throw new InputError(
      `${at.path}: line ${at.line}, column ${(at.indent ?? 0) + index + 1}: invalid JSON: ${reason}${truncated}; expected ${expected}.`,
    );
  }
  // parseJsonText refuses `__proto__` keys and names their pointer; the line number is put in front.
  if (mayHoldProtoKey(text)) parseJsonText(text, { path: `${at.path}: line ${at.line}` });
  return value;
}
