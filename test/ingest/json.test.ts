import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { detectFormat } from '../../src/ingest/detect.js';
import { mayHoldProtoKey, parseJsonText, RefusedKeyError } from '../../src/ingest/json.js';

describe('ingest/json', () => {
  it('finds a __proto__ key however it is spelled, and lets text without one through', () => {
    const spellings = [
      '"__proto__"',
      '"\\u005f_proto__"',
      '"_\\u005Fproto__"',
      '"__\\u0070roto__"',
      '"__p\\u0072oto__"',
      '"__pr\\u006fto__"',
      '"__pro\\u0074o__"',
      '"__prot\\u006F__"',
    ];
    for (const key of spellings) {
      const text = `{"a":[{"b":1},{${key}:{"polluted":true}}]}`;
      expect(mayHoldProtoKey(text), key).toBe(true);
      expect(() => parseJsonText(text, { path: 'x.json' }), key).toThrow(InputError);
      expect(() => parseJsonText(text, { path: 'x.json' }), key).toThrow(
        "x.json: /a/1/__proto__: the key '__proto__' is refused in input files.",
      );
    }
    // Escapes of other characters, and the word as a value, are fine.
    const fine = '{"k":"\\u0041\\u00e9 __proto__ as text","\\u0061":1}';
    expect(mayHoldProtoKey('{"k":"\\u0041\\u00e9","\\u0061":1}')).toBe(false);
    expect(parseJsonText(fine, { path: 'x.json' })).toEqual({ k: 'Aé __proto__ as text', a: 1 });
  });

  it('clips the pointer of a deeply nested __proto__ key, and format detection reports the refusal itself', () => {
    const deep = `{"auditReportVersion": 2, "x": ${'['.repeat(5000)}{"__proto__": 1}${']'.repeat(5000)}}`;
    let message = '';
    try {
      parseJsonText(deep, { path: 'deep.json' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(
      /^deep\.json: \/x(\/0){49}…(\/0){45}\/__proto__: the key '__proto__' is refused in input files\.$/,
    );
    expect(message.length).toBeLessThan(300);
    // Valid JSON refused for its key is not "a format that was not recognized (not valid JSON)".
    const bytes = Buffer.from(deep);
    const input = { path: 'deep.json', absPath: '/deep.json', bytes, sha256: '', size: bytes.length };
    expect(() => detectFormat(input)).toThrow(RefusedKeyError);
    expect(() => detectFormat(input)).toThrow(/^deep\.json: \/x\/0.*the key '__proto__' is refused/);
    // Text that is not JSON at all still says so.
    const xml = Buffer.from('<?xml version="1.0"?><report/>');
    expect(() => detectFormat({ path: 'r.xml', absPath: '/r.xml', bytes: xml, sha256: '', size: xml.length })).toThrow(
      /^r\.xml: the format was not recognized \(it is not valid JSON: /,
    );
  });

  it('names the place of every syntax error, also where JSON.parse names none', () => {
    // V8 gives no position for an unexpected token ("Unexpected token '}', ... is not valid JSON"):
    // the error was once placed at the end of the file, which in a large report is far from it.
    const refusal = (text: string): string => {
      try {
        parseJsonText(text, { path: 'x.json' }, 'a report');
      } catch (error) {
        if (error instanceof InputError) return error.message;
        throw error;
      }
      throw new Error(`accepted: ${text}`);
    };
    const cases: [string, string][] = [
      ['{"a": }', "line 1, column 7 (byte 6): invalid JSON: unexpected '}' (expected a JSON value)"],
      ['[1,]', "line 1, column 4 (byte 3): invalid JSON: unexpected ']' (expected a JSON value)"],
      ['{"a":tru}', "line 1, column 9 (byte 8): invalid JSON: unexpected '}' (expected 'true')"],
      ['{"a": .5}', "line 1, column 7 (byte 6): invalid JSON: unexpected '.' (expected a JSON value)"],
      ['{"a" 1}', "line 1, column 6 (byte 5): invalid JSON: unexpected '1' (expected ':' after the key)"],
      ['{"a":1 "b":2}', `line 1, column 8 (byte 7): invalid JSON: unexpected '"' (expected ',' or '}')`],
      ['{} x', "line 1, column 4 (byte 3): invalid JSON: unexpected 'x' (expected the end of the document)"],
      // A character before the error takes two bytes: the column counts characters, the byte bytes.
      ['{"é": é}', 'line 1, column 7 (byte 7): invalid JSON: unexpected byte 0xC3 (expected a JSON value)'],
      ['{"a":"x', 'line 1, column 8 (byte 7): invalid JSON: the JSON ends early (truncated?) inside a string'],
    ];
    for (const [text, place] of cases) expect(refusal(text), text).toContain(`x.json: ${place}`);
    // An unexpected token on line 3 of a long text is named on line 3, not at the end.
    const long = `{\n  "a": [1, 2],\n  "b": ]\n${'  \n'.repeat(1000)}}`;
    expect(refusal(long)).toBe(
      "x.json: line 3, column 8 (byte 24): invalid JSON: unexpected ']' (expected a JSON value); expected a report.",
    );
  });
});
