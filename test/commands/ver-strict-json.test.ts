/**
 * `verify` reads the certificate strictly: an object that holds a key twice is refused (exit 3), since
 * JSON.parse keeps the last value and other readers the first, so the same signed bytes could say PASSED
 * to shipgate and FAILED to them. Keys are compared after their escapes are decoded.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDuplicateKey, parseStrictJson } from '../../src/commands/strict-json.js';
import { verifyCertificate } from '../../src/commands/verify.js';
import { ExitCode, InputError, isShipgateError } from '../../src/errors.js';
import { silentLogger } from '../../src/logger.js';
import { run } from '../../src/run.js';
import { errorOf, rejectionOf } from '../helpers.js';

const DEMO = fileURLToPath(new URL('../../fixtures/demo/release', import.meta.url));
const CERT = '.artifacts/review-security/security-approval-certificate.json';
const WHAT = 'a shipgate certificate (JSON)';
const REASON =
  'JSON readers disagree on which value of a repeated key counts (JSON.parse takes the last, others the first), so the same bytes could read two ways; expected a shipgate certificate (JSON) with each key once.';

describe('commands/strict-json: findDuplicateKey', () => {
  it('finds nothing when every object names each key once, whatever the values and the nesting', () => {
    for (const text of [
      '{}',
      '[]',
      '"a"',
      '{"a": 1, "b": {"a": 2, "b": [ {"a": 3}, {"a": 4} ]}}',
      // A string value equal to a key, and strings holding quotes, braces and commas, are not keys.
      '{"a": "a", "b": ["a", "b"], "c": "\\"a\\": 1, {\\"b\\"", "d": "}, \\"a\\": ["}',
      '[{"a": 1}, {"a": 1}]',
      '{"a": {}, "b": {}, "c": [], "d": [[], {}]}',
    ])
      expect(findDuplicateKey(text), text).toBeUndefined();
  });

  it('names the object, the key and both places, at the top level and below', () => {
    expect(findDuplicateKey('{"a": 1, "a": 2}')).toEqual({
      pointer: '',
      key: 'a',
      first: { line: 1, column: 2, written: '"a"' },
      second: { line: 1, column: 10, written: '"a"' },
    });
    const text = '{\n  "x": [\n    {"k": 1},\n    {"k": 1,\n     "k": 2}\n  ]\n}';
    expect(findDuplicateKey(text)).toEqual({
      pointer: '/x/1',
      key: 'k',
      first: { line: 4, column: 6, written: '"k"' },
      second: { line: 5, column: 6, written: '"k"' },
    });
  });

  it('compares keys after their escapes are decoded, and escapes the pointer (RFC 6901)', () => {
    const escaped = findDuplicateKey('{"verificationResult": "FAILED", "verification\\u0052esult": "PASSED"}');
    expect(escaped?.key).toBe('verificationResult');
    expect(escaped?.second.written).toBe('"verification\\u0052esult"');
    expect(findDuplicateKey('{"a/b": 1, "a\\/b": 2}')?.key).toBe('a/b');
    expect(findDuplicateKey('{"\\u00e9": 1, "é": 2}')?.key).toBe('é');
    // Different keys that look alike are different keys.
    expect(findDuplicateKey('{"e\\u0301": 1, "é": 2}')).toBeUndefined();
    expect(findDuplicateKey('{"a~b/c": {"d": 1, "d": 2}}')?.pointer).toBe('/a~0b~1c');
    expect(findDuplicateKey('{"": {"": 1, "": 2}}')).toMatchObject({ pointer: '/', key: '' });
  });

  it('reports the first repeat in text order, after the keys before it', () => {
    expect(findDuplicateKey('{"a": {"b": 1, "c": 2}, "d": {"c": 1, "c": 2}, "a": 3}')?.pointer).toBe('/d');
  });

  it('walks a deeply nested document without exhausting the stack', () => {
    const depth = 200_000;
    const deep = `${'{"a":['.repeat(depth)}{"b":1,"b":2}${']}'.repeat(depth)}`;
    const found = findDuplicateKey(deep);
    expect(found?.key).toBe('b');
    expect(found?.pointer.length).toBe('/a/0'.length * depth);
  });

  it('reports nothing, and does not loop, on text that is not JSON', () => {
    expect(findDuplicateKey('{"a": 1, "a')).toBeUndefined();
    expect(findDuplicateKey('{"a": "\\')).toBeUndefined();
  });
});

describe('commands/strict-json: parseStrictJson', () => {
  it('returns the value of a document with unique keys', () => {
    expect(parseStrictJson('{"a": [1, {"b": 2}]}', 'c.json', WHAT)).toEqual({ a: [1, { b: 2 }] });
  });

  it('refuses a repeated key as an input error naming the object pointer, the key, its line and column', () => {
    const error = errorOf(() =>
      parseStrictJson('{\n  "predicate": {\n    "r": "FAILED",\n    "r": "PASSED"\n  }\n}', 'c.json', WHAT),
    );
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(
      `c.json: line 4, column 5: the object at /predicate has the key "r" twice, here and on line 3, column 5; ${REASON}`,
    );
    expect(
      errorOf(() => parseStrictJson('{"a": 1,\n"\\u0061": 2}', 'c.json', WHAT)).message.startsWith(
        'c.json: line 2, column 1: the top-level object has the key "a" twice, here (written "\\u0061") and on line 1, column 2; ',
      ),
    ).toBe(true);
  });

  it('shows characters outside printable ASCII in the key as escapes, and clips a long key', () => {
    const escape = errorOf(() => parseStrictJson('{"a\\u001b[2Jb": 1, "a\\u001b[2Jb": 2}', 'c.json', WHAT)).message;
    expect(escape).toContain('has the key "a\\u001b[2Jb" twice, here and on line 1, column 2; ');
    // A right-to-left override written as itself, then as an escape: the message shows it as an escape.
    const bidi = errorOf(() => parseStrictJson('{"a\u202eb": 1, "a\\u202eb": 2}', 'c.json', WHAT)).message;
    expect(bidi).toContain('has the key "a\\u202Eb" twice, here (written "a\\u202eb") and on line 1, column 2; ');
    for (const message of [escape, bidi]) expect(message).toMatch(/^[\x20-\x7e]+$/);
    const long = 'k'.repeat(10_000);
    expect(errorOf(() => parseStrictJson(`{"${long}": 1, "${long}": 2}`, 'c.json', WHAT)).message.length).toBeLessThan(
      1000,
    );
  });

  it('still refuses a syntax error and a __proto__ key, spelled out or escaped, as parseJsonText does', () => {
    expect(errorOf(() => parseStrictJson('{"a": ', 'c.json', WHAT)).message).toMatch(
      /^c\.json: line 1, column 7 \(byte 6\): invalid JSON: /,
    );
    for (const text of ['{"a": {"__proto__": {}}}', '{"a": {"\\u005f_proto__": {}}}'])
      expect(errorOf(() => parseStrictJson(text, 'c.json', WHAT)).message, text).toBe(
        "c.json: /a/__proto__: the key '__proto__' is refused in input files.",
      );
  });
});

describe('commands/verify: a certificate with a repeated key', () => {
  let root: string;
  let original: string;
  const path = (): string => join(root, CERT);

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'sg-ver-strict-'));
    cpSync(DEMO, root, { recursive: true });
    const result = await run({
      root,
      scans: [],
      dryRun: false,
      clock: () => new Date('2026-11-25T12:00:00Z'),
      clockPinned: true,
      logger: silentLogger,
    });
    expect(result.evaluation.decision).not.toBe('rejected');
    original = readFileSync(path(), 'utf8');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** The certificate with `edit` applied to its text, verified (the demo's pinned clock accepted). */
  function verifyEdited(edit: (text: string) => string) {
    writeFileSync(path(), edit(original));
    return () => verifyCertificate({ certificate: path(), root, allowPinnedClock: true });
  }
  const line = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;

  it('verifies the certificate evaluate wrote, which names every key once', async () => {
    expect(findDuplicateKey(original)).toBeUndefined();
    expect((await verifyEdited((t) => t)()).error).toBeUndefined();
  });

  it('refuses FAILED then PASSED (JSON.parse would read PASSED) as an input error, exit 3, naming /predicate', async () => {
    const at = line(original, '"verificationResult"');
    const check = verifyEdited((t) =>
      t.replace(
        '    "verificationResult": "PASSED"',
        '    "verificationResult": "FAILED",\n    "verificationResult": "PASSED"',
      ),
    );
    const error = await rejectionOf(check);
    expect(error).toBeInstanceOf(InputError);
    expect(isShipgateError(error) && error.exitCode).toBe(ExitCode.Input);
    expect(error.message).toBe(
      `${path()}: line ${at + 1}, column 5: the object at /predicate has the key "verificationResult" twice, here and on line ${at}, column 5; ${REASON}`,
    );
  });

  it('refuses the key spelled with an escape, in either place, as the same key', async () => {
    const at = line(original, '"verificationResult"');
    const escapedFirst = await rejectionOf(
      verifyEdited((t) =>
        t.replace(
          '    "verificationResult": "PASSED"',
          '    "verification\\u0052esult": "FAILED",\n    "verificationResult": "PASSED"',
        ),
      ),
    );
    expect(escapedFirst).toBeInstanceOf(InputError);
    expect(escapedFirst.message).toContain(
      `: line ${at + 1}, column 5: the object at /predicate has the key "verificationResult" twice, here and on line ${at}, column 5 (written "verification\\u0052esult"); `,
    );
    const escapedSecond = await rejectionOf(
      verifyEdited((t) =>
        t.replace(
          '    "verificationResult": "PASSED"',
          '    "verificationResult": "PASSED",\n    "verification\\u0052esult": "FAILED"',
        ),
      ),
    );
    expect(escapedSecond).toBeInstanceOf(InputError);
    expect(escapedSecond.message).toContain('here (written "verification\\u0052esult") and on line');
  });

  it('refuses a repeated key deep in the certificate, such as a digest of an attested input', async () => {
    const digest = /"sha256": "[0-9a-f]{64}"/.exec(original.slice(original.indexOf('"inputAttestations"')))?.[0];
    expect(digest).toBeDefined();
    const error = await rejectionOf(
      verifyEdited((t) => {
        const at = t.indexOf(digest as string, t.indexOf('"inputAttestations"'));
        return `${t.slice(0, at)}"sha256": "${'0'.repeat(64)}",\n          ${t.slice(at)}`;
      }),
    );
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(
      /: the object at \/predicate\/inputAttestations\/0\/digest has the key "sha256" twice, here and on line \d+, column 11; /,
    );
  });
});
