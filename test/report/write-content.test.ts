import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFolders, writeContent } from '../../src/report/write.js';

const dir = mkdtempSync(join(tmpdir(), 'sg-write-'));

describe('writeContent', () => {
  it('writes chunks byte for byte: multi-byte text across buffer boundaries, and a chunk larger than the buffer', async () => {
    const chunks: string[] = [];
    // ~3 MiB of small chunks mixing 1-, 2-, 3- and 4-byte UTF-8, so buffer boundaries fall everywhere.
    for (let i = 0; i < 60_000; i += 1) chunks.push(`${i},ä€😀"\r\n`.repeat(1 + (i % 7)));
    chunks.push('x'.repeat(2 * 1024 * 1024 + 3), '😀'.repeat(700_000), '', 'end\n');
    const path = join(dir, 'out.txt');
    await writeContent(path, chunks);
    const written = readFileSync(path);
    expect(written.equals(Buffer.from(chunks.join(''), 'utf8'))).toBe(true);
  });

  it('writes a plain string, and an empty iterable as an empty file', async () => {
    await writeContent(join(dir, 'a.txt'), 'plain ✓');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('plain ✓');
    await writeContent(join(dir, 'b.txt'), []);
    expect(readFileSync(join(dir, 'b.txt')).length).toBe(0);
  });
});

describe('makeFolders', () => {
  it('makes a folder and the parents it lacks, and leaves a folder that exists as it is', () => {
    const target = join(dir, 'made', 'a', 'b');
    makeFolders(target);
    expect(statSync(target).isDirectory()).toBe(true);
    writeFileSync(join(target, 'kept.txt'), 'x');
    makeFolders(target);
    expect(readFileSync(join(target, 'kept.txt'), 'utf8')).toBe('x');
  });

  it('refuses a path through a file (ENOTDIR), and makes none of its folders', () => {
    writeFileSync(join(dir, 'plain'), 'x');
    expect(() => makeFolders(join(dir, 'plain', 'sub', 'deeper'))).toThrow(/ENOTDIR/);
    expect(existsSync(join(dir, 'plain', 'sub'))).toBe(false);
  });

  // Node's recursive mkdir never returns here: each mkdir under /proc fails with ENOENT and it retries.
  it.skipIf(!existsSync('/proc/self'))('returns an error for a folder under /proc instead of retrying forever', () => {
    expect(() => makeFolders('/proc/shipgate-none/out')).toThrow(/ENOENT.*mkdir '\/proc\/shipgate-none'/);
  });
});
