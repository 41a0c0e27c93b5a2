import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectWriteTarget, writeTargetFile } from '../../src/commands/write-target.js';
import { OutputError } from '../../src/errors.js';
import { errorOf } from '../helpers.js';

function folder(): string {
  return realpathSync(mkdtempSync(join(tmpdir(), 'sg-write-target-')));
}

describe('commands/write-target', () => {
  it('replaces an existing file whole: the new bytes, its permissions kept, no temporary file left', () => {
    const root = folder();
    mkdirSync(join(root, 'exc'));
    writeFileSync(join(root, 'exc/waivers.yml'), 'exceptions: []\n');
    chmodSync(join(root, 'exc/waivers.yml'), 0o600);
    const target = inspectWriteTarget(root, 'exc/waivers.yml');
    expect(target).toBe('file');
    writeTargetFile(root, 'exc/waivers.yml', 'exceptions:\n  - id: EXC-0001\n', target);
    expect(readFileSync(join(root, 'exc/waivers.yml'), 'utf8')).toBe('exceptions:\n  - id: EXC-0001\n');
    expect(statSync(join(root, 'exc/waivers.yml')).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(root, 'exc'))).toEqual(['waivers.yml']);
  });

  it('creates a new file and the folders on its way', () => {
    const root = folder();
    writeTargetFile(root, 'a/b/new.yml', 'x: 1\n', inspectWriteTarget(root, 'a/b/new.yml'));
    expect(readFileSync(join(root, 'a/b/new.yml'), 'utf8')).toBe('x: 1\n');
    expect(readdirSync(join(root, 'a/b'))).toEqual(['new.yml']);
  });

  it('does not write over a file that appeared after the path was checked: exit 5, that file kept', () => {
    const root = folder();
    const target = inspectWriteTarget(root, 'policy.yml');
    expect(target).toBe('absent');
    writeFileSync(join(root, 'policy.yml'), 'theirs\n');
    const error = errorOf(() => writeTargetFile(root, 'policy.yml', 'ours\n', target));
    expect(error).toBeInstanceOf(OutputError);
    expect((error as OutputError).exitCode).toBe(5);
    expect(error.message).toBe(
      'policy.yml: a file appeared at the path after it was checked; it was kept, and nothing was written over it.',
    );
    expect(readFileSync(join(root, 'policy.yml'), 'utf8')).toBe('theirs\n');
    expect(readdirSync(root)).toEqual(['policy.yml']);
  });

  it('a folder put in the file’s place after the check: exit 5 naming the file, the folder kept, no temporary file', () => {
    const root = folder();
    writeFileSync(join(root, 'waivers.yml'), 'exceptions: []\n');
    const target = inspectWriteTarget(root, 'waivers.yml');
    rmSync(join(root, 'waivers.yml'));
    mkdirSync(join(root, 'waivers.yml'));
    writeFileSync(join(root, 'waivers.yml/keep'), 'kept\n');
    const error = errorOf(() => writeTargetFile(root, 'waivers.yml', 'exceptions: []\n', target));
    expect(error).toBeInstanceOf(OutputError);
    expect(error.message).toMatch(
      /^waivers\.yml: the file cannot be written: E\w+: .*; the file was left as it was\.$/,
    );
    expect(readdirSync(root)).toEqual(['waivers.yml']);
    expect(readFileSync(join(root, 'waivers.yml/keep'), 'utf8')).toBe('kept\n');
  });
});
