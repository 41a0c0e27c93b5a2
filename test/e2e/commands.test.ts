/**
 * End to end: validate, init and waive, and the command line each takes, run with the built CLI
 * (dist/cli.js) as a child process.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { snapshotTree } from './snapshot.js';

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

const folders: string[] = [];
afterAll(() => {
  for (const f of folders) rmSync(f, { recursive: true, force: true });
});

function folder(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'sg-commands-')));
  folders.push(dir);
  return dir;
}

function shipgate(args: string[], cwd = REPO) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', SHIPGATE_NOW: NOW },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** The demo's reports and `shipgate init`: the reviewer's base case. */
function base(): string {
  const root = folder();
  cpSync(join(REPO, 'fixtures/demo/release/reports'), join(root, 'reports'), { recursive: true });
  expect(shipgate(['init', root]).code).toBe(0);
  return root;
}

/** `evaluate --dry-run --format json` over the demo reports: which finding each exception covers, and which were rejected. */
function exceptionsApplied(root: string) {
  const run = shipgate(['evaluate', '--root', root, '--scan', 'reports/*', '--dry-run', '--format', 'json']);
  expect(run.stderr).toBe('');
  const results = JSON.parse(run.stdout) as {
    findings: { id: string; excepted: boolean; exceptionId?: string }[];
    exceptions: { rejected: { id: string; reason: string }[] };
  };
  return {
    excepted: results.findings.filter((f) => f.excepted).map((f) => `${f.id} ${f.exceptionId}`),
    rejected: results.exceptions.rejected.map((r) => `${r.id}: ${r.reason}`),
  };
}

describe('e2e/commands', () => {
  describe('waive writes where the policy reads', () => {
    it('follows exceptions.paths: the default file, the next id, and evaluate applies both', () => {
      const root = base();
      write(
        root,
        '.shipgate/policy.yml',
        'version: 1\nexceptions:\n  paths: ["security/exceptions/*.yml"]\n  approvers: [security-lead]\n',
      );
      const first = shipgate(['waive', CODEQL, '--root', root, ...WAIVE]);
      expect(first.stderr).toBe('');
      expect(first.stdout).toBe(`Appended exception EXC-0001 for ${CODEQL} to security/exceptions/waivers.yml.\n`);
      const second = shipgate(['waive', 'SG-51bfe6fd5d2101cd', '--root', root, ...WAIVE]);
      expect(second.stdout).toBe(
        'Appended exception EXC-0002 for SG-51bfe6fd5d2101cd to security/exceptions/waivers.yml.\n',
      );
      expect(existsSync(join(root, '.shipgate/exceptions/waivers.yml'))).toBe(false);
      expect(exceptionsApplied(root)).toEqual({
        excepted: ['SG-51bfe6fd5d2101cd EXC-0002', `${CODEQL} EXC-0001`],
        rejected: [],
      });
    });

    it('refuses a --file the policy does not read (exit 2, naming the file and the patterns), and writes nothing', () => {
      const root = base();
      const before = snapshotTree(root);
      for (const file of ['notes.yml', '.shipgate/exceptions/w.yaml']) {
        const run = shipgate(['waive', CODEQL, '--root', root, ...WAIVE, '--file', file]);
        expect(run.code).toBe(2);
        expect(run.stderr).toBe(
          `shipgate: config error: --file '${file}': evaluate would never read an exception written there: the policy (.shipgate/policy.yml) reads exceptions from '.shipgate/exceptions/*.yml' (exceptions.paths); give a --file they match, or add the file to exceptions.paths.\n`,
        );
      }
      expect(snapshotTree(root)).toEqual(before);
      const ok = shipgate(['waive', CODEQL, '--root', root, ...WAIVE, '--file', '.shipgate/exceptions/team.yml']);
      expect(ok.code).toBe(0);
      expect(exceptionsApplied(root).excepted).toEqual([`${CODEQL} EXC-0001`]);
    });

    it('refuses a symbolic link and a folder linked outside the root (exit 3, naming the path); nothing is written outside', () => {
      const outside = folder();
      writeFileSync(join(outside, 'target.yml'), 'exceptions: []\n');
      const root = base();
      symlinkSync(join(outside, 'target.yml'), join(root, '.shipgate/exceptions/linked.yml'));
      const link = shipgate(['waive', CODEQL, '--root', root, ...WAIVE, '--file', '.shipgate/exceptions/linked.yml']);
      expect(link.code).toBe(3);
      expect(link.stderr).toContain('.shipgate/exceptions/linked.yml: the path is a symbolic link');

      const linked = base();
      const away = folder();
      rmSync(join(linked, '.shipgate/exceptions'), { recursive: true });
      symlinkSync(away, join(linked, '.shipgate/exceptions'));
      const run = shipgate(['waive', CODEQL, '--root', linked, ...WAIVE]);
      expect(run.code).toBe(3);
      expect(run.stderr).toBe(
        `shipgate: input error: .shipgate/exceptions/waivers.yml: the folder .shipgate/exceptions is a symbolic link to ${away}, outside the root ${linked}; evidence must be inside the workspace.\n`,
      );
      expect(readdirSync(away)).toEqual([]);
      expect(readFileSync(join(outside, 'target.yml'), 'utf8')).toBe('exceptions: []\n');
    });

    it('appends to a file whose key has a comment, or that is an empty flow list with one', () => {
      for (const text of [
        `exceptions: # reviewed quarterly\n  - { id: EXC-0007, type: false-positive, match: { finding: SG-51bfe6fd5d2101cd }, reason: y, owner: alice, approvedBy: security-lead, approvedOn: 2026-11-20, expires: 2027-01-01 }\n`,
        'exceptions: [] # none yet\n',
        '\uFEFF"exceptions": []\n',
      ]) {
        const root = base();
        write(root, '.shipgate/exceptions/waivers.yml', text);
        const run = shipgate(['waive', CODEQL, '--root', root, ...WAIVE]);
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        expect(shipgate(['validate', '--root', root]).code).toBe(0);
        expect(exceptionsApplied(root).excepted).toContain(
          `${CODEQL} ${text.includes('EXC-0007') ? 'EXC-0008' : 'EXC-0001'}`,
        );
      }
    });

    it('says in a sentence why the exception would not apply', () => {
      const root = base();
      const run = shipgate(['waive', CODEQL, '--root', root, ...WAIVE.map((a) => (a === 'security-lead' ? 'bob' : a))]);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        "shipgate: config error: the exception would not apply: the approver 'bob' is not on the policy's approver list (security-lead).\n",
      );
    });
  });

  describe('each command takes its own options and arguments only', () => {
    it('refuses extra positional arguments (exit 2) and writes nothing', () => {
      const root = base();
      const before = snapshotTree(root);
      const unquoted = shipgate([
        'waive',
        CODEQL,
        '--root',
        root,
        '--reason',
        'Not',
        'reachable',
        '--owner',
        'alice',
        '--approved-by',
        'security-lead',
        '--expires',
        '2027-01-01',
      ]);
      expect(unquoted.code).toBe(2);
      expect(unquoted.stderr).toMatch(
        new RegExp(
          `^shipgate: config error: waive takes one finding id \\(SG- and 16 hex digits, as scan-results\\.json lists\\), but got 2: '${CODEQL}', 'reachable'; waive one finding at a time, and quote an option's text that has spaces: --reason 'Not reachable'\\.\\n\\nUsage: shipgate waive FINDING_ID `,
        ),
      );
      const twoIds = shipgate(['waive', CODEQL, 'SG-51bfe6fd5d2101cd', '--root', root, ...WAIVE]);
      expect(twoIds.code).toBe(2);
      expect(twoIds.stderr).toContain(`but got 2: '${CODEQL}', 'SG-51bfe6fd5d2101cd'`);
      const validate = shipgate(['validate', 'extra', '--root', root]);
      expect(validate.code).toBe(2);
      expect(validate.stderr).toContain("validate takes no positional arguments, but got 1: 'extra'.");
      const init = shipgate(['init', join(root, 'a'), join(root, 'b')]);
      expect(init.code).toBe(2);
      expect(init.stderr).toContain('init takes at most one folder (DIR), but got 2:');
      expect(shipgate(['formats', 'json']).code).toBe(2);
      expect(shipgate(['evaluate', 'reports/x.sarif', '--root', root, '--dry-run']).stderr).toContain(
        "evaluate takes no positional arguments, but got 1: 'reports/x.sarif'; give reports with --scan.",
      );
      expect(snapshotTree(root)).toEqual(before);
      const missing = shipgate(['waive', '--root', root, ...WAIVE]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('waive needs one finding id');
    });

    it("refuses another command's options (exit 2, with the command's usage) and writes nothing", () => {
      const root = base();
      const before = snapshotTree(root);
      const waive = shipgate(['waive', CODEQL, '--root', root, ...WAIVE, '--dry-run', '--scan', 'foo', '--out', '/x']);
      expect(waive.code).toBe(2);
      expect(waive.stderr).toMatch(
        /^shipgate: config error: '--dry-run', '--scan' and '--out' are not options of waive\.\n\nUsage: shipgate waive FINDING_ID [^\n]*\n\nwaive options:\n/,
      );
      const empty = folder();
      const init = shipgate(['init', empty, '--dry-run']);
      expect(init.code).toBe(2);
      expect(init.stderr).toMatch(
        /^shipgate: config error: '--dry-run' is not an option of init\.\n\nUsage: shipgate init /,
      );
      expect(readdirSync(empty)).toEqual([]);
      const cases: [string[], string][] = [
        [['validate', '--root', root, '--scan', 'x'], "'--scan' is not an option of validate."],
        [['validate', '--root', root, '--format', 'json'], "'--format' is not an option of validate."],
        [['formats', '--root', root], "'--root' is not an option of formats."],
        [['verify', 'cert.json', '--policy', 'release'], "'--policy' is not an option of verify."],
        [['evaluate', '--root', root, '--reason', 'x', '--dry-run'], "'--reason' is not an option of evaluate."],
      ];
      for (const [args, message] of cases) {
        const run = shipgate(args);
        expect(run.code, args.join(' ')).toBe(2);
        expect(run.stderr).toContain(message);
      }
      expect(snapshotTree(root)).toEqual(before);
    });

    it('--help prints the usage (a command’s own after it) and --version the version, with any command', () => {
      const waive = shipgate(['waive', '--help']);
      expect(waive.code).toBe(0);
      expect(waive.stdout).toMatch(/^Usage: shipgate waive FINDING_ID /);
      expect(waive.stdout).toContain('--file PATH');
      expect(shipgate(['help', 'init']).stdout).toMatch(/^Usage: shipgate init \[DIR\] \[--root DIR\]/);
      const all = shipgate(['-h']);
      expect(all.code).toBe(0);
      expect(all.stdout).toMatch(/^Usage: shipgate <command> \[options\]/);
      for (const command of ['validate', 'init', 'waive', 'formats', 'verify'])
        expect(all.stdout).toContain(`\n${command} options:\n`);
      expect(shipgate(['init', '--version']).stdout).toMatch(/^\d+\.\d+\.\d+/);
    });

    it('the options each command takes still work: formats --format json, validate --policy, init --root', () => {
      expect(JSON.parse(shipgate(['formats', '--format', 'json']).stdout).length).toBeGreaterThan(10);
      const root = folder();
      const init = shipgate(['init', '--root', root]);
      expect(init.code).toBe(0);
      expect(init.stdout).toContain(`Created in ${root}:`);
      expect(shipgate(['init', '--root', root]).stdout).toBe(
        `Nothing to create in ${root}: every file exists (existing files are kept).\n`,
      );
      const validate = shipgate(['validate', '--root', root, '--policy', 'strict']);
      expect(validate.code).toBe(0);
      expect(validate.stdout).toMatch(/^policy: preset:strict -> preset:release: valid\n/);
    });
  });

  describe('init', () => {
    it('stops with an input error naming a path in its way, before writing anything', () => {
      const dangling = folder();
      mkdirSync(join(dangling, 'security'));
      symlinkSync(join(dangling, 'nowhere/reg.csv'), join(dangling, 'security/findings-register.csv'));
      const a = shipgate(['init', dangling]);
      expect(a.code).toBe(3);
      expect(a.stderr).toBe(
        'shipgate: input error: security/findings-register.csv: the path is a symbolic link; evidence files must be regular files inside the workspace (replace the link with the file).\n',
      );
      expect(readdirSync(dangling)).toEqual(['security']);

      const file = folder();
      writeFileSync(join(file, '.shipgate'), '');
      const b = shipgate(['init', file]);
      expect(b.code).toBe(3);
      expect(b.stderr).toContain('.shipgate/policy.yml: .shipgate is a file, not a folder');
      expect(readdirSync(file)).toEqual(['.shipgate']);

      const outside = folder();
      const linked = folder();
      symlinkSync(outside, join(linked, 'security'));
      const c = shipgate(['init', linked]);
      expect(c.code).toBe(3);
      expect(c.stderr).toContain(
        `security/findings-register.csv: the folder security is a symbolic link to ${outside}, outside the root ${linked}; evidence must be inside the workspace.`,
      );
      expect(readdirSync(outside)).toEqual([]);
      expect(readdirSync(linked)).toEqual(['security']);
    });

    it('writes an example exception that, uncommented, validates and applies today', () => {
      const root = base();
      const path = join(root, '.shipgate/exceptions/example.yml');
      const uncommented = readFileSync(path, 'utf8')
        .replace('exceptions: []', 'exceptions:')
        .split('\n')
        .map((line) => (line.startsWith('#  ') ? line.slice(1) : line))
        .join('\n');
      writeFileSync(path, uncommented);
      const validate = shipgate(['validate', '--root', root]);
      expect(validate.code).toBe(0);
      expect(validate.stdout).toContain('exceptions: .shipgate/exceptions/example.yml: 1 exception(s), valid');
      expect(exceptionsApplied(root).rejected).toEqual([]);
      // With its match replaced by a finding id, as the comment shows, it excepts that finding.
      writeFileSync(
        path,
        uncommented.replace(/ {6}vulnerability: .*\n {6}package: lodash\n/, `      finding: ${CODEQL}\n`),
      );
      expect(exceptionsApplied(root)).toEqual({ excepted: [`${CODEQL} EXC-EXAMPLE-1`], rejected: [] });
    });
  });

  describe('validate', () => {
    it("refuses the policy inputs evaluate refuses, with evaluate's message and exit code", () => {
      const cases: [string, number][] = [
        ['  - { path: reports/trivy.json, format: gitleak }\n', 2],
        // Configuration errors of the policy, found when it loads (exit 2, naming its line and key).
        ['  - "reports/*.{sarif,json}"\n', 2],
        ['  - "reports/{a,b}.sarif"\n', 2],
        ['  - ../x/*.sarif\n', 2],
        ['  - ../scans/trivy.json\n', 2],
        ['  - /etc/passwd\n', 2],
      ];
      for (const [inputs, code] of cases) {
        const root = base();
        write(root, '.shipgate/policy.yml', `version: 1\nextends: release\ninputs:\n${inputs}`);
        const validate = shipgate(['validate', '--root', root]);
        const evaluate = shipgate(['evaluate', '--root', root, '--dry-run']);
        expect(evaluate.code, inputs).toBe(code);
        expect(validate.code, inputs).toBe(code);
        expect(validate.stderr).toBe(evaluate.stderr);
      }
      const ok = base();
      write(
        ok,
        '.shipgate/policy.yml',
        'version: 1\ninputs:\n  - reports/*.sarif\n  - { path: reports/trivy.json, format: trivy }\n',
      );
      const valid = shipgate(['validate', '--root', ok]);
      expect(valid.code).toBe(0);
      expect(valid.stdout).toContain('inputs: reports/*.sarif: valid (matches 2 file(s) now)\n');
    });

    it('reports the problems of every file, exiting with the most severe code', () => {
      const root = base();
      const tooBroad = `exceptions:\n  - { id: E1, type: risk-acceptance, match: { path: "src/**" }, reason: r, owner: alice, approvedBy: security-lead, approvedOn: 2026-11-20, expires: 2027-01-01 }\n`;
      write(root, '.shipgate/exceptions/a.yml', tooBroad);
      write(root, '.shipgate/exceptions/b.yml', tooBroad);
      write(root, 'security/findings-register.csv', 'finding_id,status\nX,bogus\n');
      const run = shipgate(['validate', '--root', root]);
      expect(run.code).toBe(2);
      expect(run.stdout).toContain('exceptions: .shipgate/exceptions/a.yml: invalid\n');
      expect(run.stdout).toContain('exceptions: .shipgate/exceptions/b.yml: invalid\n');
      expect(run.stdout).toContain('register: security/findings-register.csv: invalid\n');
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines[0]).toBe(
        'shipgate: config error: 3 problems in .shipgate/exceptions/a.yml, .shipgate/exceptions/b.yml and security/findings-register.csv:',
      );
      expect(lines.slice(1).map((l) => l.split(':')[0])).toEqual([
        '  - .shipgate/exceptions/a.yml',
        '  - .shipgate/exceptions/b.yml',
        '  - security/findings-register.csv',
      ]);
      rmSync(join(root, '.shipgate/exceptions/a.yml'));
      rmSync(join(root, '.shipgate/exceptions/b.yml'));
      expect(shipgate(['validate', '--root', root]).code).toBe(3);
    });
  });
});
