/** Paths as tools write them, made relative to the workspace root (DESIGN 3.2). */
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizePath } from '../../src/ingest/paths.js';

describe('ingest/paths', () => {
  const root = '/work/repo';

  it.each([
    ['/work/repo/src/app.js', 'src/app.js'],
    ['/work/repo/src/../src/app.js', 'src/app.js'],
    ['/work//repo/src/app.js', 'src/app.js'],
    ['/work/other/../repo/src/app.js', 'src/app.js'],
    ['file:///work/repo/../repo/src/app.js', 'src/app.js'],
    ['file:///work/repo/./src//app.js', 'src/app.js'],
    ['file://localhost/work/repo/src/app.js', 'src/app.js'],
    ['/work/repo', '.'],
    ['src/lib/../app.js', 'src/app.js'],
    ['./src/app.js', 'src/app.js'],
  ])('makes %s under the root relative: %s', (raw, expected) => {
    expect(normalizePath(root, raw)).toBe(expected);
  });

  it.each([
    ['/work/repository/src/app.js', '/work/repository/src/app.js'],
    ['/work/repo/../other/app.js', '/work/other/app.js'],
    ['file:///work/repo/../../etc/passwd', '/etc/passwd'],
    ['/work/rep', '/work/rep'],
  ])('keeps %s, which is not under the root, absolute: %s', (raw, expected) => {
    expect(normalizePath(root, raw)).toBe(expected);
  });

  it('treats a root with a trailing slash, dots or backslashes as the same root', () => {
    expect(normalizePath('/work/repo/', '/work/repo/src/app.js')).toBe('src/app.js');
    expect(normalizePath('/work/x/../repo', '/work/repo/src/app.js')).toBe('src/app.js');
    expect(normalizePath('C:\\work\\repo', 'C:\\work\\repo\\src\\app.js')).toBe('src/app.js');
    // A drive letter in the other case is the same drive (a tool that writes d:\ under a root of D:\).
    expect(normalizePath('D:\\a\\r\\r', 'd:\\a\\r\\r\\src\\app.js')).toBe('src/app.js');
    expect(normalizePath('d:\\a\\r\\r', 'file:///D:/a/r/r/src/app.js')).toBe('src/app.js');
    // The other side: the rest of the path keeps its case.
    expect(normalizePath('D:\\a\\r\\r', 'd:\\A\\r\\r\\src\\app.js')).toBe('d:/A/r/r/src/app.js');
    expect(normalizePath('C:\\work\\repo', 'file:///C:/work/repo/src/../app.js')).toBe('app.js');
  });

  it('compares with the real path of a root given through a symlink, and with the link itself', () => {
    const base = realpathSync(mkdtempSync(join(tmpdir(), 'sg-paths-')));
    const real = join(base, 'real');
    mkdirSync(join(real, 'src'), { recursive: true });
    const link = join(base, 'link');
    symlinkSync(real, link);
    expect(normalizePath(link, `${real}/src/app.js`)).toBe('src/app.js');
    expect(normalizePath(link, `file://${real}/src/../src/app.js`)).toBe('src/app.js');
    expect(normalizePath(link, `${link}/src/app.js`)).toBe('src/app.js');
    expect(normalizePath(link, `${base}/elsewhere/app.js`)).toBe(`${base}/elsewhere/app.js`);
    // And back to a root that is no link: the real path of the last root is not kept for it.
    expect(normalizePath('/work/repo', `${real}/src/app.js`)).toBe(`${real}/src/app.js`);
  });

  it('keeps URLs as they are', () => {
    expect(normalizePath(root, 'https://example.com/a/../b?q=1')).toBe('https://example.com/a/../b?q=1');
  });
});
