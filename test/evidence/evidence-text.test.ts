import { describe, expect, it } from 'vitest';
import { ConfigError, InputError } from '../../src/errors.js';
import { readExceptionFiles } from '../../src/evidence/exceptions.js';
import { evidenceText, type EvidenceReader } from '../../src/evidence/source.js';
import { loadPolicy } from '../../src/policy/load.js';

/** A reader over raw bytes, so files can hold what no JavaScript string encodes as UTF-8. */
function bytesReader(files: Record<string, Buffer>): EvidenceReader {
  return {
    origin: 'memory',
    read: (path) => (files[path] ? { path, bytes: files[path], sha256: 'x'.repeat(64), origin: 'memory' } : undefined),
    list: (pattern) => Object.keys(files).filter((p) => p.startsWith(pattern.replace(/\*.*$/, ''))),
  };
}

const latin1Register = Buffer.concat([
  Buffer.from('finding_id,owner\nSG-0000000000000001,alice\nSG-0000000000000002,J'),
  Buffer.from([0xf6]),
  Buffer.from('rg\n'),
]);

describe('evidence/source evidenceText', () => {
  it('returns UTF-8 text as it is, byte order mark and all', () => {
    const text = '\uFEFFfinding_id,owner\nSG-1,J\u00f6rg\n';
    expect(evidenceText({ path: 'r.csv', bytes: Buffer.from(text) }, 'findings register')).toBe(text);
  });

  it('refuses Latin-1 with the file, line, byte and what was expected (an input error by default)', () => {
    const error = (() => {
      try {
        evidenceText({ path: 'security/findings-register.csv', bytes: latin1Register }, 'findings register');
      } catch (caught) {
        return caught as Error;
      }
      throw new Error('no error');
    })();
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(
      `security/findings-register.csv: line 3 (byte ${latin1Register.indexOf(0xf6)}): the findings register is not valid UTF-8 (byte 0xf6; expected UTF-8 text: save it as UTF-8).`,
    );
  });

  it('says when the file looks like UTF-16 (Excel "Unicode text")', () => {
    const utf16 = Buffer.from('\uFEFFfinding_id,owner\n', 'utf16le');
    expect(() => evidenceText({ path: 'r.csv', bytes: utf16 }, 'findings register')).toThrow(
      /^r\.csv: line 1 \(byte 0\): the findings register is not valid UTF-8 \(byte 0xff; it starts like UTF-16; expected UTF-8 text/,
    );
  });

  it('a policy or exception file that is not UTF-8 is a configuration error naming it', () => {
    const policy = Buffer.concat([
      Buffer.from('version: 1\nexceptions:\n  approvers: [j'),
      Buffer.from([0xf6]),
      Buffer.from('rg]\n'),
    ]);
    expect(() => loadPolicy(bytesReader({ 'p.yml': policy }), 'p.yml')).toThrow(ConfigError);
    expect(() => loadPolicy(bytesReader({ 'p.yml': policy }), 'p.yml')).toThrow(
      /^p\.yml: line 3 \(byte \d+\): the policy is not valid UTF-8 \(byte 0xf6;/,
    );
    const exceptions = Buffer.concat([
      Buffer.from('exceptions:\n  - id: EXC-1\n    owner: "security-lead'),
      Buffer.from([0xff]),
      Buffer.from('"\n'),
    ]);
    const reader = bytesReader({ '.shipgate/exceptions/a.yml': exceptions });
    expect(() => readExceptionFiles(reader, ['.shipgate/exceptions/*.yml'])).toThrow(ConfigError);
    expect(() => readExceptionFiles(reader, ['.shipgate/exceptions/*.yml'])).toThrow(
      /^\.shipgate\/exceptions\/a\.yml: line 3 \(byte \d+\): the exception file is not valid UTF-8 \(byte 0xff;/,
    );
  });
});
