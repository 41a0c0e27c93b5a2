/**
 * A folder a glob walks that cannot be listed (no permission, too many open files) may hold reports:
 * skipping it would read a partial set as the whole, and approve. It is an input error naming the folder.
 * The permission error is simulated (the tests may run as root, which reads every folder).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readdirSync = ((path: string, options: never) => {
    if (String(path).endsWith(`${sep}locked`))
      throw Object.assign(new Error(`EACCES: permission denied, scandir '${String(path)}'`), { code: 'EACCES' });
    return fs.readdirSync(path, options);
  }) as typeof fs.readdirSync;
  return { ...fs, default: { ...fs, readdirSync }, readdirSync };
});

const { resolveInputPaths } = await import('../../src/ingest/read.js');
const { InputError } = await import('../../src/errors.js');

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'sg-unreadable-'));
  for (const dir of ['packages/a', 'packages/locked', 'reports/locked'])
    mkdirSync(join(root, dir), { recursive: true });
  writeFileSync(join(root, 'packages/a/npm-audit.json'), '{}');
  writeFileSync(join(root, 'reports/x.sarif'), '{}');
  return root;
}

describe('ingest/read: a folder the glob walks that cannot be listed', () => {
  it('is an input error naming the folder, not a smaller set of reports', () => {
    const root = tree();
    let error: unknown;
    try {
      resolveInputPaths(root, 'packages/**/*.json');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(
      'packages/**/*.json: the folder packages/locked cannot be read (EACCES), so the reports in it cannot be listed (expected every folder the glob walks to be readable; fix its permissions, or narrow the glob).',
    );
  });

  it('does not matter where the glob cannot match: reports/*.sarif never walks reports/locked', () => {
    expect(resolveInputPaths(tree(), 'reports/*.sarif')).toEqual(['reports/x.sarif']);
  });

  it("the glob's own folder missing is still 'matched no files'", () => {
    const root = tree();
    expect(() => resolveInputPaths(root, 'nothing/**/*.json')).toThrow(
      /nothing\/\*\*\/\*\.json: the glob matched no files/,
    );
  });
});
