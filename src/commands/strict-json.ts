/**
 * JSON read strictly, for a document whose bytes are signed and read by other tools: every object key
 * once. RFC 8259 section 4 leaves an object with a repeated name to each reader ("many implementations
 * report the last name/value pair only", others report the first, all of them, or an error), and
 * I-JSON (RFC 7493 section 2.3) forbids it. `JSON.parse` keeps the last value, so
 * `"verificationResult": "FAILED", "verificationResult": "PASSED"` reads as PASSED to shipgate and as
 * FAILED to a reader that keeps the first. shipgate never writes a key twice, so such a document is
 * refused instead of being read one way.
 */
import { InputError } from '../errors.js';
import { escapePointer, parseJsonText } from '../ingest/json.js';

/** An object key that appears twice in one object. */
export interface DuplicateKey {
  /** JSON pointer of the object that holds the key twice (`''` for the top-level object). */
  pointer: string;
  /** The key, with its escapes decoded: what both occurrences mean. */
  key: string;
  /** The second occurrence, where the object is refused. */
  second: KeyPlace;
  /** The first occurrence. */
  first: KeyPlace;
}

/** Where a key is in the text, and how the text writes it. */
export interface KeyPlace {
  /** Line, 1-based. */
  line: number;
  /** Column of the opening quote, 1-based, in UTF-16 code units. */
  column: number;
  /** The key as the text writes it, quotes and escapes included (`"verification\u0052esult"`). */
  written: string;
}

/** An object or array the scanner is inside. */
interface Container {
  /** JSON pointer of the container. */
  pointer: string;
  /** An object's keys so far, each with where it is; undefined for an array. */
  keys?: Map<string, KeyPlace>;
  /** In an object: the next string is a key (after `{` or `,`), not a value. */
  expectKey: boolean;
  /** In an object: the last key read. */
  key: string;
  /** In an array: the index of the current element. */
  index: number;
}

/**
 * The first key an object holds twice, in text order (the second occurrence), or undefined when every
 * key is unique in its object. Keys are compared after their escapes are decoded (`"a\u0062"` is `"ab"`).
 * For text `JSON.parse` accepted (parseStrictJson scans only such text); on other text the answer means
 * nothing, though a string that does not end still ends the scan. Iterative, so a deeply nested
 * document cannot exhaust the call stack.
 */
export function findDuplicateKey(text: string): DuplicateKey | undefined {
  const stack: Container[] = [];
  let line = 1;
  let lineStart = 0;
  const childPointer = (): string => {
    const parent = stack.at(-1);
    if (parent === undefined) return '';
    return parent.keys ? `${parent.pointer}/${escapePointer(parent.key)}` : `${parent.pointer}/${parent.index}`;
  };
  for (let i = 0; i < text.length; i++) {
    switch (text[i]) {
      // A line break in valid JSON is white space: strings cannot hold one unescaped.
      case '\n':
        line += 1;
        lineStart = i + 1;
        break;
      case '{':
        stack.push({ pointer: childPointer(), keys: new Map(), expectKey: true, key: '', index: 0 });
        break;
      case '[':
        stack.push({ pointer: childPointer(), expectKey: false, key: '', index: 0 });
        break;
      case '}':
      case ']':
        stack.pop();
        break;
      case ',': {
        const top = stack.at(-1);
        if (top?.keys) top.expectKey = true;
        else if (top) top.index += 1;
        break;
      }
      case '"': {
        let end = i + 1;
        while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
        if (end >= text.length) return undefined;
        const top = stack.at(-1);
        if (top?.keys && top.expectKey) {
          const written = text.slice(i, end + 1);
          const key = written.includes('\\') ? (JSON.parse(written) as string) : written.slice(1, -1);
          const place = { line, column: i - lineStart + 1, written };
          const first = top.keys.get(key);
          if (first !== undefined) return { pointer: top.pointer, key, second: place, first };
          top.keys.set(key, place);
          top.key = key;
          top.expectKey = false;
        }
        i = end;
        break;
      }
    }
  }
  return undefined;
}

/** Text for a message: at most `max` characters, the middle left out. */
function clip(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max / 2)}…${text.slice(-max / 2)}` : text;
}

/** JSON text with every character outside printable ASCII written as `\uXXXX`, so a reader sees it. */
function showAscii(text: string): string {
  return text.replace(/[^\x20-\x7e]/gu, (c) => {
    const hex = (c.codePointAt(0) as number).toString(16).toUpperCase();
    return hex.length > 4 ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
  });
}

/**
 * Parses JSON text as `parseJsonText` does (a syntax error names its line, column and byte; a
 * `__proto__` key, escaped or not, is refused), and refuses an object that holds a key twice: an
 * InputError naming the object's JSON pointer, the key and the lines of both occurrences.
 */
export function parseStrictJson(text: string, path: string, what: string): unknown {
  const value = parseJsonText(text, { path }, what);
  const duplicate = findDuplicateKey(text);
  if (duplicate === undefined) return value;
  const { pointer, key, first, second } = duplicate;
  // An escaped spelling is the same key (`"verification\u0052esult"`), so the message shows how each is written.
  const plain = JSON.stringify(key);
  const spelled = (place: KeyPlace): string =>
    place.written === plain ? '' : ` (written ${clip(showAscii(place.written))})`;
  const object = pointer === '' ? 'the top-level object' : `the object at ${clip(pointer)}`;
  throw new InputError(
    `${path}: line ${second.line}, column ${second.column}: ${object} has the key ${clip(showAscii(plain))} twice, here${spelled(second)} and on line ${first.line}, column ${first.column}${spelled(first)}; JSON readers disagree on which value of a repeated key counts (JSON.parse takes the last, others the first), so the same bytes could read two ways; expected ${what} with each key once.`,
  );
}
