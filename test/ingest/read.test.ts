import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { createWorkspaceReader } from '../../src/evidence/source.js';
import { decodeUtf8, escapeThroughLink, inspectInputFile, resolveInputPaths } from '../../src/ingest/read.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures', import.meta.url));
const REPORT = join(FIXTURES, 'sarif/semgrep-1.66.2-empty.sarif');

/** A root with `reports/` and, outside it, a folder holding a report and an exception file. */
function layout(): { root: string; outside: string } {
  const root = mkdtempSync(join(tmpdir(), 'sg-read-'));
  const outside = mkdtempSync(join(tmpdir(), 'sg-outside-'));
  mkdirSync(join(root, 'reports'));
  cpSync(REPORT, join(root, 'reports/inside.sarif'));
  cpSync(REPORT, join(outside, 'escaped.sarif'));
  mkdirSync(join(outside, 'exceptions'));
  writeFileSync(join(outside, 'exceptions/x.yml'), 'exceptions: []\n');
  return { root, outside };
}

describe('ingest/read: folders that are symbolic links', () => {
  it('refuses a report reached through a folder linked outside the root, by path and by glob', () => {
    const { root, outside } = layout();
    symlinkSync(outside, join(root, 'reports/outdir'));
    expect(escapeThroughLink(root, join(root, 'reports/outdir/escaped.sarif'))).toEqual({
      folder: 'reports/outdir',
      realFolder: expect.stringContaining('sg-outside-'),
    });
    for (const path of resolveInputPaths(root, 'reports/outdir/*.sarif'))
      expect(() => inspectInputFile(root, path)).toThrow(
        /^reports\/outdir\/escaped\.sarif: the folder reports\/outdir is a symbolic link to .*sg-outside-\w+, outside the root .*; inputs must be regular files inside the workspace\.$/,
      );
    expect(() => inspectInputFile(root, 'reports/outdir/escaped.sarif')).toThrow(InputError);
  });

  it('reads a report in a real folder, and one through a link that stays inside the root', () => {
    const { root } = layout();
    symlinkSync(join(root, 'reports'), join(root, 'alias'));
    expect(escapeThroughLink(root, join(root, 'reports/inside.sarif'))).toBeUndefined();
    expect(escapeThroughLink(root, join(root, 'alias/inside.sarif'))).toBeUndefined();
    expect(inspectInputFile(root, 'alias/inside.sarif').size).toBeGreaterThan(0);
  });

  it('accepts a root that is itself reached through a link', () => {
    const { root } = layout();
    const viaLink = join(mkdtempSync(join(tmpdir(), 'sg-rootlink-')), 'root');
    symlinkSync(root, viaLink);
    expect(inspectInputFile(viaLink, 'reports/inside.sarif').size).toBeGreaterThan(0);
  });

  it('refuses evidence reached through a folder linked outside the root', () => {
    const { root, outside } = layout();
    symlinkSync(outside, join(root, '.shipgate'));
    expect(() => createWorkspaceReader(root).read('.shipgate/exceptions/x.yml')).toThrow(
      /^\.shipgate\/exceptions\/x\.yml: the folder \.shipgate is a symbolic link to .*sg-outside-\w+, outside the root .*; evidence must be inside the workspace\.$/,
    );
    // Absent evidence is still just absent.
    expect(createWorkspaceReader(root).read('.shipgate/policy.yml')).toBeUndefined();
  });
});

describe('ingest/read: one file under any spelling of its glob', () => {
  it("reads 'reports/./*.sarif', './././**/*.sarif' and 'reports//*.sarif' as 'reports/*.sarif': the same relative paths", () => {
    const { root } = layout();
    for (const pattern of ['reports/./*.sarif', './././**/*.sarif', 'reports//*.sarif', '.\\reports\\*.sarif'])
      expect(resolveInputPaths(root, pattern), pattern).toEqual(['reports/inside.sarif']);
  });

  it('does not read the output folder through a glob that starts inside it, as a ** from above does not', () => {
    const { root } = layout();
    mkdirSync(join(root, '.artifacts/review-security'), { recursive: true });
    cpSync(REPORT, join(root, '.artifacts/review-security/shipgate.sarif'));
    const skip = ['.artifacts/review-security'];
    expect(resolveInputPaths(root, '**/*.sarif', skip)).toEqual(['reports/inside.sarif']);
    for (const pattern of ['.artifacts/review-security/*.sarif', './.artifacts//review-security/**/*.sarif']) {
      const error = (() => {
        try {
          resolveInputPaths(root, pattern, skip);
        } catch (e) {
          return e;
        }
      })();
      expect(error, pattern).toBeInstanceOf(InputError);
      expect((error as InputError).message).toBe(
        `${pattern}: the glob matched no files under ${root} (it starts in .artifacts/review-security, shipgate's output folder, which globs do not read: outputs are not scans; keep the reports in another folder, or set outputs.dir or --out to a folder of its own).`,
      );
    }
    // Without the skip (another output folder), the same glob reads the file.
    expect(resolveInputPaths(root, '.artifacts/review-security/*.sarif')).toEqual([
      '.artifacts/review-security/shipgate.sarif',
    ]);
  });
});

describe('ingest/read: decodeUtf8', () => {
  const decode = (bytes: Buffer): string => decodeUtf8({ path: 'r.json', bytes });

  it('gives an ASCII report (copied byte for byte) and a UTF-8 one (decoded) the same text as a full decode', () => {
    const ascii = Buffer.from('{"runs":[{"results":[{"message":{"text":"a\\u00e9 \\"b\\""}}]}]}');
    const utf8 = Buffer.from('{"runs":[{"results":[{"message":{"text":"caf\u00e9 \u65e5\u672c \ud83d\ude00"}}]}]}');
    expect(decode(ascii)).toBe(ascii.toString('utf8'));
    expect(JSON.parse(decode(ascii)).runs[0].results[0].message.text).toBe('a\u00e9 "b"');
    expect(decode(utf8)).toBe(utf8.toString('utf8'));
    expect(JSON.parse(decode(utf8)).runs[0].results[0].message.text).toBe('caf\u00e9 \u65e5\u672c \ud83d\ude00');
  });

  it('drops a leading byte order mark, and refuses a byte past ASCII that is not UTF-8 at its offset', () => {
    expect(decode(Buffer.from('\ufeff{"a":1}'))).toBe('{"a":1}');
    // 0xe9 alone is Latin-1 é: copied byte for byte it would read as é; as UTF-8 it is invalid.
    expect(() => decode(Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]))).toThrow(
      /^r\.json: byte 6: the file is not valid UTF-8/,
    );
  });
});
