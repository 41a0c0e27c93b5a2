/**
 * init and waive write each file whole or not at all, end to end through dist/cli.js. A full disk is
 * played by a file size limit (prlimit --fsize): the system writes up to the limit (a short write) and
 * then refuses the rest (EFBIG), as it does with ENOSPC when the disk fills. Nothing is left cut or empty:
 * the command fails with exit 5 naming the file, an existing file keeps its bytes, and no temporary file
 * stays behind.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(REPO, 'dist/cli.js');
const NOW = '2026-11-25T12:00:00Z';
/** A CodeQL finding of the demo reports. */
const CODEQL = 'SG-d58906d1d0eec93a';
const WAIVE = [
  '--reason',
  'Not reachable',
  '--owner',
  'alice',
  '--approved-by',
  'security-lead',
  '--expires',
  '2027-01-01',
];
const FILES = [
  '.shipgate/exceptions/example.yml',
  '.shipgate/policy.yml',
  'security/findings-register.csv',
  'security/manual-assessment.md',
];
const hasPrlimit = spawnSync('prlimit', ['--version']).status === 0;

const folders: string[] = [];
afterAll(() => {
  for (const f of folders) rmSync(f, { recursive: true, force: true });
});

function folder(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'sg-write-')));
  folders.push(dir);
  return dir;
}

/** The CLI, with files it writes limited to `maxFileBytes` when given. */
function shipgate(args: string[], maxFileBytes?: number) {
  const command = [process.execPath, CLI, ...args];
  const [file, ...rest] = maxFileBytes === undefined ? command : ['prlimit', `--fsize=${maxFileBytes}`, ...command];
  const result = spawnSync(file as string, rest, {
    cwd: REPO,
    env: { PATH: process.env.PATH ?? '', SHIPGATE_NOW: NOW },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under `dir`, relative and sorted, with its text. */
function tree(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .sort();
  return Object.fromEntries(files.map((path) => [path, readFileSync(join(dir, path), 'utf8')]));
}

/** What init writes when nothing stops it. */
function scaffold(): Record<string, string> {
  const dir = folder();
  expect(shipgate(['init', dir]).code).toBe(0);
  return tree(dir);
}

/** The demo release, where waive appends to an exception file of 438 bytes. */
function demo(): string {
  const dir = folder();
  cpSync(join(REPO, 'fixtures/demo/release'), dir, { recursive: true });
  return dir;
}

describe.skipIf(!hasPrlimit)('e2e/write: init and waive on a full disk', () => {
  it('init stops at the first file it cannot write whole: exit 5 naming it and the files already created, whole', () => {
    const full = scaffold();
    expect(Object.keys(full)).toEqual(FILES);
    expect(full['.shipgate/policy.yml']?.length).toBeLessThan(600);
    expect(full['.shipgate/exceptions/example.yml']?.length).toBeGreaterThan(600);
    const dir = folder();
    const run = shipgate(['init', dir], 600);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `shipgate: output error: ${dir}: init stopped part way: .shipgate/exceptions/example.yml: the file cannot be written: EFBIG: file too large, write; it was not created. It had already created .shipgate/policy.yml in full, and kept it; run init again once the rest can be written (existing files are kept).\n`,
    );
    expect(run.code).toBe(5);
    // No cut example (it was 600 bytes of 901), no temporary file.
    expect(tree(dir)).toEqual({ '.shipgate/policy.yml': full['.shipgate/policy.yml'] });
    const again = shipgate(['init', dir]);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(
      `Created in ${dir}:\n  .shipgate/exceptions/example.yml\n  security/findings-register.csv\n  security/manual-assessment.md\n`,
    );
    expect(tree(dir)).toEqual(full);
  });

  it('init that cannot write a byte leaves no empty policy that a second init would keep for good', () => {
    const dir = folder();
    const run = shipgate(['init', dir], 0);
    expect(tree(dir)).toEqual({});
    expect(run.stderr).toBe(
      'shipgate: output error: .shipgate/policy.yml: the file cannot be written: EFBIG: file too large, write; it was not created.\n',
    );
    expect(run.code).toBe(5);
    expect(shipgate(['init', dir]).code).toBe(0);
    expect(tree(dir)).toEqual(scaffold());
  });

  it('waive leaves an exception file it cannot write whole as it was: exit 5 naming it', () => {
    const dir = demo();
    const path = '.shipgate/exceptions/tomcat.yml';
    const before = tree(dir);
    expect(before[path]?.length).toBe(438);
    const run = shipgate(['waive', CODEQL, '--root', dir, ...WAIVE, '--file', path], 500);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `shipgate: output error: ${path}: the file cannot be written: EFBIG: file too large, write; the file was left as it was.\n`,
    );
    expect(run.code).toBe(5);
    expect(tree(dir)).toEqual(before);
  });

  it('waive creates no file it cannot write whole', () => {
    const dir = demo();
    const before = tree(dir);
    const run = shipgate(['waive', CODEQL, '--root', dir, ...WAIVE], 100);
    expect(run.stderr).toBe(
      'shipgate: output error: .shipgate/exceptions/waivers.yml: the file cannot be written: EFBIG: file too large, write; it was not created.\n',
    );
    expect(run.code).toBe(5);
    expect(tree(dir)).toEqual(before);
  });
});

describe('e2e/write: waive replaces the file whole', () => {
  it('appends the entry, keeps the permissions of the file it replaces, and leaves no temporary file', () => {
    const dir = demo();
    const path = '.shipgate/exceptions/tomcat.yml';
    chmodSync(join(dir, path), 0o640);
    const before = readFileSync(join(dir, path), 'utf8');
    const run = shipgate(['waive', CODEQL, '--root', dir, ...WAIVE, '--file', path]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const after = readFileSync(join(dir, path), 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length)).toContain(`finding: ${CODEQL}`);
    expect(statSync(join(dir, path)).mode & 0o777).toBe(0o640);
    expect(readdirSync(join(dir, '.shipgate/exceptions'))).toEqual(['tomcat.yml']);
  });
});
