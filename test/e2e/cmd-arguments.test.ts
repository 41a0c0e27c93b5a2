/**
 * The command line refuses what would otherwise mean something else without a word, end to end through
 * dist/cli.js: an empty option value (an unset variable) is not the default, a root that is not a folder
 * is not a workspace whose files all changed, and a missing or unknown command is a usage error.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(REPO, 'dist/cli.js');
const NOW = '2026-11-25T12:00:00Z';
const USAGE = /\n\nUsage: shipgate <command> \[options\]\n/;

const folders: string[] = [];
afterAll(() => {
  for (const f of folders) rmSync(f, { recursive: true, force: true });
});

function folder(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'sg-arguments-')));
  folders.push(dir);
  return dir;
}

function shipgate(args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', SHIPGATE_NOW: NOW, ...env },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The demo release, evaluated: a certificate to verify and reports to evaluate. */
function demo(): string {
  const dir = folder();
  cpSync(join(REPO, 'fixtures/demo/release'), dir, { recursive: true });
  expect(shipgate(['evaluate'], dir).code).toBe(0);
  return dir;
}

const CERT = '.artifacts/review-security/security-approval-certificate.json';
const WAIVE = ['SG-d58906d1d0eec93a', '--reason', 'r', '--owner', 'alice', '--approved-by', 'security-lead'];

describe('e2e/arguments', () => {
  it('an empty --root or --policy is exit 2 naming the option, not the current folder or the default policy', () => {
    const dir = demo();
    const root = '--root is empty (expected a folder; an unset variable after --root gives this).';
    const policy =
      '--policy is empty (expected a policy file or a preset name; an unset variable after --policy gives this).';
    const cases: [string[], string][] = [
      [['evaluate', '--root', '', '--dry-run'], root],
      [['evaluate', '--policy', '', '--dry-run'], policy],
      [['validate', '--root', ''], root],
      [['validate', '--policy', ''], policy],
      [['waive', ...WAIVE, '--expires', '2027-01-01', '--policy', ''], policy],
      [['verify', CERT, '--root', ''], root],
      [['init', '--root', ''], root],
    ];
    for (const [args, message] of cases) {
      const run = shipgate(args, dir);
      expect(run.stderr, args.join(' ')).toBe(`shipgate: config error: ${message}\n`);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout, args.join(' ')).toBe('');
    }
    const both = shipgate(['evaluate', '--root', '', '--policy', '', '--out', ''], dir);
    expect(both.code).toBe(2);
    expect(both.stderr).toBe(
      `shipgate: config error: 3 options are empty:\n  - ${root}\n  - ${policy}\n  - --out is empty (expected a folder; an unset variable after --out gives this).\n`,
    );
    const init = shipgate(['init', ''], dir);
    expect(init.code).toBe(2);
    expect(init.stderr).toBe(
      'shipgate: config error: the folder to scaffold (DIR) is empty (expected a folder; an unset variable gives this).\n',
    );
    // Nothing was written: no waiver, no scaffold in the current folder.
    expect(readdirSync(join(dir, '.shipgate/exceptions'))).toEqual(['tomcat.yml']);
  });

  it('a root that does not exist or is not a folder is exit 2 naming where it came from', () => {
    const dir = demo();
    const missing = join(dir, 'nope');
    writeFileSync(join(dir, 'file'), '');
    for (const args of [
      ['verify', CERT],
      ['validate'],
      ['evaluate', '--dry-run'],
      ['waive', ...WAIVE, '--expires', '2027-01-01'],
    ]) {
      const gone = shipgate([...args, '--root', missing], dir);
      expect(gone.stderr, args[0]).toBe(
        `shipgate: config error: --root ${missing}: the folder does not exist (expected the workspace folder).\n`,
      );
      expect(gone.code, args[0]).toBe(2);
      const file = shipgate([...args, '--root', 'file'], dir);
      expect(file.stderr, args[0]).toBe(
        'shipgate: config error: --root file: not a folder (expected the workspace folder).\n',
      );
      expect(file.code, args[0]).toBe(2);
    }
    const workspace = shipgate(['validate'], dir, { GITHUB_WORKSPACE: missing });
    expect(workspace.stderr).toBe(
      `shipgate: config error: $GITHUB_WORKSPACE ${missing}: the folder does not exist (expected the workspace folder).\n`,
    );
    expect(workspace.code).toBe(2);
    // init creates the folder it scaffolds.
    expect(shipgate(['init', '--root', missing], dir).code).toBe(0);
  });

  it('no command is exit 2 with an error line and the usage on stderr', () => {
    const run = shipgate([], folder());
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^shipgate: config error: no command given \(expected evaluate, validate, init, waive, formats, verify or help\)\.\n\nUsage: shipgate <command> \[options\]\n/,
    );
    expect(run.code).toBe(2);
  });

  it('help for a command that does not exist is exit 2, as the command itself is; help for one that does is exit 0', () => {
    const dir = folder();
    for (const args of [['help', 'nope'], ['nope', '--help'], ['nope']]) {
      const run = shipgate(args, dir);
      expect(run.stdout, args.join(' ')).toBe('');
      expect(run.stderr, args.join(' ')).toMatch(/^shipgate: config error: 'nope' is not a shipgate command\./);
      expect(run.stderr, args.join(' ')).toMatch(USAGE);
      expect(run.code, args.join(' ')).toBe(2);
    }
    for (const args of [['help'], ['--help'], ['help', 'verify'], ['verify', '--help']]) {
      const run = shipgate(args, dir);
      expect(run.code, args.join(' ')).toBe(0);
      expect(run.stderr, args.join(' ')).toBe('');
      expect(run.stdout, args.join(' ')).toMatch(/^Usage: shipgate /);
    }
  });

  it('an option that takes one value given twice is exit 2 naming both values, not the last one silently', () => {
    const dir = demo();
    const cases: [string[], string][] = [
      [
        ['verify', CERT, '--key', 'e.pub', '--key', 'k.pub'],
        "shipgate: config error: --key is given 2 times ('e.pub', 'k.pub'); it takes one value (expected each such option once).\n\nUsage: shipgate verify ",
      ],
      [
        ['evaluate', '--dry-run', '--policy', 'strict', '--policy=.shipgate/policy.yml'],
        "shipgate: config error: --policy is given 2 times ('strict', '.shipgate/policy.yml'); it takes one value (expected each such option once).\n\nUsage: shipgate evaluate ",
      ],
      [
        ['waive', ...WAIVE, '--expires', '2027-01-01', '--expires', '2027-01-02'],
        "shipgate: config error: --expires is given 2 times ('2027-01-01', '2027-01-02'); it takes one value (expected each such option once).\n\nUsage: shipgate waive ",
      ],
    ];
    for (const [args, message] of cases) {
      const run = shipgate(args, dir);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr.startsWith(message), run.stderr).toBe(true);
    }
    // --scan may repeat, and so may a flag without a value.
    expect(
      shipgate(
        ['evaluate', '--dry-run', '--dry-run', '--scan', 'reports/codeql.sarif', '--scan', 'reports/trivy.json'],
        dir,
      ).code,
    ).toBe(0);
  });

  it("verify '' is exit 2 saying the certificate is empty, not an unreadable folder", () => {
    const run = shipgate(['verify', ''], demo());
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'shipgate: config error: the certificate to verify is empty (expected a certificate file, e.g. .artifacts/review-security/security-approval-certificate.json; an unset variable gives this).\n',
    );
  });
});
