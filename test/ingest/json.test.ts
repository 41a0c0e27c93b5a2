import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { mayHoldProtoKey, parseJsonText } from '../../src/ingest/json.js';

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
});
