/**
 * Files the system will not let shipgate read (no permission), end to end through dist/cli.js: each is an
 * error naming the file and the system's reason (EACCES), with the exit code of its kind, never an
 * internal error (70) with a stack, and never a file taken as absent. Root reads every file whatever its
 * mode, so as root the CLI runs as the user nobody (setpriv); as another user a mode of 000 is enough.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(REPO, 'dist/cli.js');
const CERT = '.artifacts/review-security/security-approval-certificate.json';
const PINNED = '2026-11-25T12:00:00Z';

const isRoot = process.getuid?.() === 0;
/** As root, the commands under test run as nobody; without setpriv they cannot, and the tests are skipped. */
const canDropRoot = !isRoot || spawnSync('setpriv', ['--version']).status === 0;

const folders: string[] = [];
afterAll(() => {
  for (const f of folders) rmSync(f, { recursive: true, force: true });
});

function run(dir: string, args: string[], asOther: boolean) {
  const command = [process.execPath, CLI, ...args];
  const [file, ...rest] =
    asOther && isRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', ...command] : command;
  const result = spawnSync(file as string, rest, {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', SHIPGATE_NOW: PINNED },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The demo release evaluated (a certificate written), in a folder another user may read. */
function certified(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'sg-unreadable-')));
  folders.push(dir);
  chmodSync(dir, 0o755);
  cpSync(join(REPO, 'fixtures/demo/release'), dir, { recursive: true });
  const evaluate = run(dir, ['evaluate'], false);
  expect(evaluate.code, evaluate.stderr).toBe(0);
  return dir;
}

/** The demo release with `path` made unreadable; the commands run as a user it denies. */
function unreadable(path: string): { dir: string; shipgate: (args: string[]) => ReturnType<typeof run> } {
  const dir = certified();
  chmodSync(join(dir, path), 0o000);
  return { dir, shipgate: (args) => run(dir, args, true) };
}

const REASON = (dir: string, path: string, call = 'open') => `EACCES: permission denied, ${call} '${join(dir, path)}'`;

describe.skipIf(!canDropRoot)('e2e/unreadable files', () => {
  // evaluate and validate: a report, the register and the assessment are input errors (3); the policy a
  // configuration error (2), as the policy loader maps what the reader refuses; an exception file is an
  // input error (3), as the reader's other refusals of it (a symbolic link) are.
  const files: [string, number, string, string][] = [
    ['reports/trivy.json', 3, 'input', 'the file cannot be read'],
    ['.shipgate/policy.yml', 2, 'config', 'the evidence file cannot be read'],
    ['.shipgate/exceptions/tomcat.yml', 3, 'input', 'the evidence file cannot be read'],
    ['security/findings-register.csv', 3, 'input', 'the evidence file cannot be read'],
    ['security/manual-assessment.md', 3, 'input', 'the evidence file cannot be read'],
  ];

  it.each(files)('evaluate: %s without read permission is exit %i naming it and EACCES', (path, code, kind, what) => {
    const { dir, shipgate } = unreadable(path);
    const evaluate = shipgate(['evaluate', '--dry-run']);
    const expected = `${path}: ${what}: ${REASON(dir, path)} (expected ${path.startsWith('reports/') ? 'a report' : 'a file'} shipgate can read; fix its permissions).`;
    expect(evaluate.stderr).toBe(`shipgate: ${kind} error: ${expected}\n`);
    expect(evaluate.code).toBe(code);
  });

  it.each(files.filter(([path]) => !path.startsWith('reports/')))(
    'validate: %s without read permission is exit %i naming it and EACCES',
    (path, code, kind) => {
      const { dir, shipgate } = unreadable(path);
      const validate = shipgate(['validate']);
      expect(validate.stderr).toContain(
        `shipgate: ${kind} error: ${path}: the evidence file cannot be read: ${REASON(dir, path)} (expected a file shipgate can read; fix its permissions).`,
      );
      expect(validate.code).toBe(code);
    },
  );

  it.each(files.map(([path]) => path))(
    'verify: %s without read permission is a MISMATCH line naming it and EACCES (exit 4)',
    (path) => {
      const { dir, shipgate } = unreadable(path);
      const verify = shipgate(['verify', CERT, '--allow-pinned-clock']);
      expect(verify.code).toBe(4);
      expect(verify.stdout).toMatch(/^MISMATCH — /);
      expect(verify.stderr).toMatch(/^shipgate: trust error: /);
      expect(verify.stdout).toContain(
        path === '.shipgate/policy.yml'
          ? `\n  MISMATCH policy .shipgate/policy.yml: cannot be loaded: .shipgate/policy.yml: the evidence file cannot be read: ${REASON(dir, path)} (expected a file shipgate can read; fix its permissions).\n`
          : `\n  MISMATCH ${path}: cannot be read: ${REASON(dir, path)} (fix its permissions); the certificate attests sha256 `,
      );
    },
  );

  it('a folder shipgate may not search hides no evidence: the register in it is an input error, not absent', () => {
    const { dir, shipgate } = unreadable('security');
    const evaluate = shipgate(['evaluate', '--dry-run']);
    expect(evaluate.stderr).toBe(
      `shipgate: input error: security/findings-register.csv: the evidence file cannot be read: ${REASON(dir, 'security/findings-register.csv', 'lstat')} (expected a file shipgate can read; fix its permissions).\n`,
    );
    expect(evaluate.code).toBe(3);
  });

  it('a .shipgate folder shipgate may not search is a configuration error, not the built-in preset in its place', () => {
    const { dir, shipgate } = unreadable('.shipgate');
    const evaluate = shipgate(['evaluate', '--dry-run']);
    expect(evaluate.stderr).toBe(
      `shipgate: config error: .shipgate/policy.yml: the evidence file cannot be read: ${REASON(dir, '.shipgate/policy.yml', 'lstat')} (expected a file shipgate can read; fix its permissions).\n`,
    );
    expect(evaluate.code).toBe(2);
  });

  it('a report in a folder shipgate may not search says why, not that it does not exist', () => {
    const { dir, shipgate } = unreadable('reports');
    const evaluate = shipgate(['evaluate', '--dry-run']);
    expect(evaluate.stderr).toBe(
      `shipgate: input error: reports/codeql.sarif: the file cannot be read: ${REASON(dir, 'reports/codeql.sarif', 'lstat')} (expected a report shipgate can read; fix its permissions).\n`,
    );
    expect(evaluate.code).toBe(3);
  });
});
