/** End to end: the built CLI (dist/cli.js) run as a child process on fixture releases, as a user runs it. */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanRelease } from './release.js';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderJobSummary } from '../../src/report/summary.js';
import { run } from '../../src/run.js';
import { snapshotTree } from './snapshot.js';
import { generateSarif, git } from '../helpers.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(REPO, 'dist/cli.js');
const FIXTURES = join(REPO, 'fixtures');
const NOW = '2026-11-25T12:00:00Z';

function shipgate(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? REPO,
    env: { PATH: process.env.PATH ?? '', SHIPGATE_NOW: NOW, ...options.env },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of the demo release in a temporary folder, so outputs can be written. */
function demoRelease(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sg-e2e-'));
  cpSync(join(FIXTURES, 'demo/release'), dir, { recursive: true });
  return dir;
}

const OUT = '.artifacts/review-security';

describe('e2e/cli', () => {
  it('exit 0, approved: clean scans of every required type and verified controls; writes every output', () => {
    const dir = cleanRelease();
    const run = shipgate(['evaluate', '--root', dir, '--scan', 'reports/*'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^APPROVED — 4 of 4 blocking gate\(s\) passed; no conditions\n/);
    expect(readdirSync(join(dir, OUT)).sort()).toEqual([
      'disposition-record.md',
      'findings-register.csv',
      'scan-results.json',
      'scope-register.json',
      'security-approval-certificate.json',
      'security-approval-certificate.md',
      'security-remediation-backlog.csv',
      'shipgate.sarif',
    ]);
    const certificate = JSON.parse(readFileSync(join(dir, OUT, 'security-approval-certificate.json'), 'utf8'));
    expect(certificate._type).toBe('https://in-toto.io/Statement/v1');
    expect(certificate.predicateType).toBe('https://slsa.dev/verification_summary/v1');
    expect(certificate.predicate.verificationResult).toBe('PASSED');
    expect(certificate.predicate.inputAttestations.map((a: { uri: string }) => a.uri)).toEqual([
      'reports/gitleaks.sarif',
      'reports/npm-audit.json',
      'reports/semgrep.sarif',
      'security/manual-assessment.md',
    ]);
    const results = JSON.parse(readFileSync(join(dir, OUT, 'scan-results.json'), 'utf8'));
    expect(results.decision).toBe('approved');
    expect(results.inputs.map((i: { format: string }) => i.format)).toEqual(['sarif', 'npm-audit', 'sarif']);
  });

  it('exit 0, approved with conditions: the demo release, its reasons and conditions printed', () => {
    const dir = demoRelease();
    const run = shipgate(['evaluate', '--root', dir], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^APPROVED WITH CONDITIONS — 4 of 4 blocking gate\(s\) passed; 3 condition\(s\)\n/);
    expect(run.stdout).toContain('SG-d58906d1d0eec93a (high)');
    expect(run.stdout).toContain('is open with a plan: owner alice, due 2026-12-15 (register row 2).');
    // The two open lows the register plans are a condition too (DESIGN 5: findings allowed open with a plan).
    expect(run.stdout).toContain(
      '  - 2 open low finding(s) allowed open with a plan in security/findings-register.csv: SG-2a9db297a6a036a6, SG-a733676631a84515.\n',
    );
    expect(run.stdout).toContain('[excepted: EXC-0001]');
    const certificate = readFileSync(join(dir, OUT, 'security-approval-certificate.md'), 'utf8');
    expect(certificate).toContain('**Approved with conditions**');
    expect(certificate).toContain('| EXC-0001 | risk-acceptance | 2027-02-15 |');
    const record = readFileSync(join(dir, OUT, 'disposition-record.md'), 'utf8');
    expect(record).toContain('**Decision: approved-with-conditions**');
    expect(run.stderr).not.toContain('debug:');
  });

  it("a relative --out is taken from the current folder; the library's outDir, from the root", async () => {
    const dir = demoRelease();
    const cwd = mkdtempSync(join(tmpdir(), 'sg-cwd-'));
    const cli = shipgate(['evaluate', '--root', dir, '--out', 'rel-out'], { cwd });
    expect(cli.code).toBe(0);
    expect(existsSync(join(cwd, 'rel-out/disposition-record.md'))).toBe(true);
    expect(existsSync(join(dir, 'rel-out'))).toBe(false);
    const result = await run({
      root: dir,
      scans: [],
      dryRun: false,
      outDir: 'lib-out',
      clock: () => new Date(NOW),
      clockPinned: true,
      logger: silentLogger,
    });
    expect(result.outDir).toBe(join(dir, 'lib-out'));
    expect(existsSync(join(dir, 'lib-out/disposition-record.md'))).toBe(true);
    expect(existsSync(join(process.cwd(), 'lib-out'))).toBe(false);
    // An empty outDir is no folder at all: the policy's outputs.dir, never the root itself.
    const empty = await run({
      root: dir,
      scans: [],
      dryRun: true,
      outDir: '',
      clock: () => new Date(NOW),
      clockPinned: true,
      logger: silentLogger,
    });
    expect(empty.outDir).toBe(join(dir, OUT));
  });

  it('SHIPGATE_DEBUG prints what was read, how, and how long it took; the decision is the same', () => {
    const dir = demoRelease();
    const run = shipgate(['evaluate', '--root', dir], { cwd: dir, env: { SHIPGATE_DEBUG: '1' } });
    expect(run.code).toBe(0);
    const debug = run.stderr.split('\n').filter((line) => line.startsWith('debug: '));
    expect(debug[0]).toMatch(
      /^debug: policy \.shipgate\/policy\.yml \(sha256 [0-9a-f]{12}\) -> preset:release \(sha256 b94e6573859b\); mode enforce; outputs to .*\.artifacts\/review-security$/,
    );
    expect(debug).toContainEqual(
      expect.stringMatching(
        /^debug: reports\/trivy\.json: trivy \(detected\), 12593 bytes, read whole: 3 raw finding\(s\), 1 run\(s\) in \d+ ms$/,
      ),
    );
    expect(debug).toContainEqual(
      expect.stringMatching(/^debug: read 3 input\(s\) in \d+ ms: 5 finding\(s\), 5 after merging across inputs$/),
    );
    expect(debug).toContainEqual(expect.stringMatching(/^debug: wrote 8 output file\(s\) in \d+ ms$/));
    expect(debug.at(-1)).toBe('debug: decision approved-with-conditions, exit 0');
    expect(run.stdout).toMatch(/^APPROVED WITH CONDITIONS/);
  });

  it('a run that fails reading its inputs leaves none of the earlier outputs that say approved; a file it reads is kept', () => {
    const dir = demoRelease();
    expect(shipgate(['evaluate', '--root', dir], { cwd: dir }).code).toBe(0);
    const out = join(dir, OUT);
    expect(readdirSync(out).sort()).toHaveLength(8);
    expect(readFileSync(join(out, 'disposition-record.md'), 'utf8')).toContain('approved-with-conditions');
    // The next run's report is cut short: exit 3, and no record, scan result or certificate of the old run remains.
    const trivy = join(dir, 'reports/trivy.json');
    writeFileSync(trivy, readFileSync(trivy, 'utf8').slice(0, 300));
    expect(shipgate(['evaluate', '--root', dir], { cwd: dir }).code).toBe(3);
    expect(readdirSync(out)).toEqual([]);
    // The earlier run's shipgate.sarif, given as an input, is not removed before it is read.
    cpSync(join(FIXTURES, 'demo/release/reports/trivy.json'), trivy);
    expect(shipgate(['evaluate', '--root', dir], { cwd: dir }).code).toBe(0);
    const written = shipgate(['evaluate', '--root', dir, '--scan', `${OUT}/shipgate.sarif`], { cwd: dir });
    expect(written.code).toBe(2);
    expect(written.stderr).toContain('the output folder holds files this run reads: shipgate.sarif would replace');
    expect(readdirSync(out)).toEqual(['shipgate.sarif']);
  });

  it('an input glob that could match the outputs keeps none of them: a later rejection or error leaves no approval behind', () => {
    const dir = demoRelease();
    const evaluate = (now: string) =>
      shipgate(['evaluate', '--root', dir, '--scan', '**/*.json'], { cwd: dir, env: { SHIPGATE_NOW: now } });
    const first = evaluate(NOW);
    expect(first.code).toBe(0);
    expect(existsSync(join(dir, OUT, 'security-approval-certificate.json'))).toBe(true);
    // Three weeks later the plans (due 2026-12-15) have passed: rejected, and no certificate may remain.
    const later = evaluate('2026-12-20T12:00:00Z');
    expect(later.code).toBe(1);
    expect(readdirSync(join(dir, OUT)).filter((name) => name.startsWith('security-approval-certificate'))).toEqual([]);
    expect(JSON.parse(readFileSync(join(dir, OUT, 'scan-results.json'), 'utf8')).decision).toBe('rejected');
    // Approved again, then a run that cannot evaluate (an emptied report): no scan results saying approved.
    expect(evaluate(NOW).code).toBe(0);
    writeFileSync(join(dir, 'reports/trivy.json'), '');
    const failed = evaluate(NOW);
    expect(failed.code).toBe(3);
    expect(readdirSync(join(dir, OUT))).toEqual([]);
  });

  it('a run that fails before evaluating (a bad clock, flag or policy) removes the outputs an earlier run left', () => {
    const KEPT = ['findings-register.csv', 'security-remediation-backlog.csv'];
    const dir = cleanRelease();
    const approved = () => {
      const run = shipgate(['evaluate', '--root', dir, '--scan', 'reports/*'], { cwd: dir });
      expect(run.code).toBe(0);
      expect(existsSync(join(dir, OUT, 'security-approval-certificate.json'))).toBe(true);
    };
    const failures: [string[], Record<string, string>, number, RegExp][] = [
      [[], { SHIPGATE_NOW: 'bogus' }, 2, /SHIPGATE_NOW/],
      [['--max-findings', 'abc'], {}, 2, /--max-findings 'abc' is not a positive whole number/],
      // Number() would read these as 16, 1000 and 5: only decimal digits are a count.
      [
        ['--max-findings', '0x10'],
        {},
        2,
        /--max-findings '0x10' is not a positive whole number \(expected decimal digits/,
      ],
      [['--stream-above', '1e3'], {}, 2, /--stream-above '1e3' is not a positive whole number/],

      [['--format', 'xml'], {}, 2, /--format 'xml' is not supported/],
      // Refused before the command is known: an unknown option, an option whose value is missing.
      [['--dryrun'], {}, 2, /Unknown option '--dryrun'/],
      [['--scan'], {}, 2, /Option '--scan <value>' argument missing/],
    ];
    for (const [args, env, code, message] of failures) {
      approved();
      const run = shipgate(['evaluate', '--root', dir, '--scan', 'reports/*', ...args], { cwd: dir, env });
      expect(run.code).toBe(code);
      expect(run.stderr).toMatch(message);
      // Every output that says the decision, not only the certificate: scan-results.json and the
      // disposition record said "approved". The registers say none, and may be evidence: kept.
      expect(readdirSync(join(dir, OUT)).sort()).toEqual(KEPT);
    }
    approved();
    const missing = shipgate(['evaluate', '--root', dir, '--scan', 'reports/*', '--policy', 'missing.yml'], {
      cwd: dir,
    });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/missing\.yml: the policy file does not exist/);
    expect(readdirSync(join(dir, OUT)).sort()).toEqual(KEPT);
    // A scanner's report under an output's name, in a folder given as --out, is not shipgate's: kept.
    const reports = join(dir, 'reports');
    cpSync(join(FIXTURES, 'sarif/codeql-2.19.0-typescript-one-result.sarif'), join(reports, 'shipgate.sarif'));
    writeFileSync(join(reports, 'scan-results.json'), '{"results": []}');
    const foreign = shipgate(['evaluate', '--root', dir, '--out', 'reports', '--policy', 'missing.yml'], { cwd: dir });
    expect(foreign.code).toBe(2);
    expect(existsSync(join(reports, 'shipgate.sarif'))).toBe(true);
    expect(existsSync(join(reports, 'scan-results.json'))).toBe(true);
    // shipgate's own SARIF, named by --scan, stays too; a certificate stays never, whatever names it.
    rmSync(join(reports, 'shipgate.sarif'));
    rmSync(join(reports, 'scan-results.json'));
    approved();
    const own = join(mkdtempSync(join(tmpdir(), 'sg-own-')), 'shipgate.sarif');
    cpSync(join(dir, OUT, 'shipgate.sarif'), own);
    cpSync(own, join(reports, 'shipgate.sarif'));
    writeFileSync(join(reports, 'security-approval-certificate.json'), '{}');
    for (const extra of [[], ['--dry-rn']]) {
      const result = shipgate(
        [
          'evaluate',
          '--root',
          dir,
          '--out',
          'reports',
          '--scan',
          'reports/shipgate.sarif',
          '--scan',
          'reports/security-approval-certificate.json',
          '--policy',
          'missing.yml',
          ...extra,
        ],
        { cwd: dir },
      );
      expect(result.code).toBe(2);
      expect(existsSync(join(reports, 'shipgate.sarif'))).toBe(true);
      expect(existsSync(join(reports, 'security-approval-certificate.json'))).toBe(false);
      writeFileSync(join(reports, 'security-approval-certificate.json'), '{}');
    }
    rmSync(join(reports, 'security-approval-certificate.json'));
    rmSync(join(reports, 'shipgate.sarif'));
    // --commit main and an unknown policy key fail before the policy says where outputs go, or as it loads.
    approved();
    const commit = shipgate(['evaluate', '--root', dir, '--scan', 'reports/*', '--commit', 'main'], { cwd: dir });
    expect(commit.code).toBe(2);
    expect(readdirSync(join(dir, OUT)).sort()).toEqual(KEPT);
    // A dry run whose command line does not parse removes nothing, like every dry run.
    approved();
    const dryRun = shipgate(['evaluate', '--root', dir, '--dry-run', '--bogus'], { cwd: dir });
    expect(dryRun.code).toBe(2);
    expect(existsSync(join(dir, OUT, 'security-approval-certificate.json'))).toBe(true);
    // A policy that does not load: its outputs.dir is unknown, so the built-in directory is cleared.
    approved();
    mkdirSync(join(dir, '.shipgate'));
    writeFileSync(join(dir, '.shipgate/policy.yml'), 'version: 2\n');
    const broken = shipgate(['evaluate', '--root', dir, '--scan', 'reports/*'], { cwd: dir });
    expect(broken.code).toBe(2);
    expect(readdirSync(join(dir, OUT)).sort()).toEqual(KEPT);
    // With --out, that directory is cleared; a dry run writes and removes nothing.
    writeFileSync(join(dir, '.shipgate/policy.yml'), 'version: 1\n');
    const out = join(dir, 'elsewhere');
    expect(shipgate(['evaluate', '--root', dir, '--scan', 'reports/*', '--out', out], { cwd: dir }).code).toBe(0);
    expect(
      shipgate(['evaluate', '--root', dir, '--scan', 'reports/*', '--out', out, '--dry-run'], {
        cwd: dir,
        env: { SHIPGATE_NOW: 'bogus' },
      }).code,
    ).toBe(2);
    expect(existsSync(join(out, 'security-approval-certificate.json'))).toBe(true);
    expect(
      shipgate(['evaluate', '--root', dir, '--scan', 'reports/*', '--out', out], {
        cwd: dir,
        env: { SHIPGATE_NOW: 'bogus' },
      }).code,
    ).toBe(2);
    expect(readdirSync(out).sort()).toEqual(KEPT);
  });

  it('the advisory preset reports but never certifies: no blocking gate, no approval, exit 0', () => {
    const dir = cleanRelease();
    const run = shipgate(['evaluate', '--root', dir, '--scan', 'reports/*', '--policy', 'advisory'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(
      'REJECTED — no gate is blocking (a policy that enforces nothing certifies nothing) (advisory mode: the job does not fail on gates)',
    );
    expect(run.stdout).toContain('1. To be certified, make at least one gate blocking');
    expect(existsSync(join(dir, OUT, 'security-approval-certificate.json'))).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, OUT, 'scan-results.json'), 'utf8')).decision).toBe('rejected');
    // The same release under the release preset, whose gates block, is approved and certified.
    expect(shipgate(['evaluate', '--root', dir, '--scan', 'reports/*'], { cwd: dir }).code).toBe(0);
    expect(existsSync(join(dir, OUT, 'security-approval-certificate.json'))).toBe(true);
  });

  it('a scan type an input entry declares holds when a glob before it matches the same file', () => {
    const dir = cleanRelease();
    mkdirSync(join(dir, '.shipgate'));
    const policy = (inputs: string) =>
      writeFileSync(join(dir, '.shipgate/policy.yml'), `version: 1\ninputs:\n${inputs}`);
    // The npm audit report declared a config scan: no dependency scan is left, whatever the order.
    for (const inputs of [
      "  - 'reports/*'\n  - { path: reports/npm-audit.json, scanType: iac }\n",
      "  - { path: reports/npm-audit.json, scanType: iac }\n  - 'reports/*'\n",
    ]) {
      policy(inputs);
      const run = shipgate(['evaluate', '--root', dir, '--dry-run'], { cwd: dir });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('no completed dependency scan among the inputs');
    }
    policy("  - 'reports/*'\n");
    expect(shipgate(['evaluate', '--root', dir, '--dry-run'], { cwd: dir }).code).toBe(0);
    // Two entries that declare different scan types for one file: a config error naming both.
    policy(
      "  - { path: 'reports/*.json', scanType: dependency }\n  - { path: reports/npm-audit.json, scanType: iac }\n",
    );
    const conflict = shipgate(['evaluate', '--root', dir, '--dry-run', '--scan', 'reports/*.sarif'], { cwd: dir });
    expect(conflict.code).toBe(2);
    expect(conflict.stderr).toContain(
      "reports/npm-audit.json: the inputs 'reports/*.json' and 'reports/npm-audit.json' both match this file and declare scanType 'dependency' and 'iac'",
    );
    // One file under two spellings of a glob is one input: it cannot cover two scan types.
    policy("  - { path: 'reports/*.json', scanType: dependency }\n  - { path: 'reports/./*.json', scanType: iac }\n");
    const spelled = shipgate(['evaluate', '--root', dir, '--dry-run', '--scan', 'reports//*.sarif'], { cwd: dir });
    expect(spelled.code).toBe(2);
    expect(spelled.stderr).toContain(
      "reports/npm-audit.json: the inputs 'reports/*.json' and 'reports/./*.json' both match this file and declare scanType 'dependency' and 'iac'",
    );
  });

  it("a '**' glob does not read the output folder: a second run gives the same decision and inputs", () => {
    const dir = demoRelease();
    const evaluate = () => {
      const run = shipgate(['evaluate', '--root', dir, '--scan', '**/*.sarif'], { cwd: dir });
      const results = JSON.parse(readFileSync(join(dir, OUT, 'scan-results.json'), 'utf8'));
      return {
        code: run.code,
        decision: results.decision,
        inputs: results.inputs.map((i: { path: string }) => i.path),
      };
    };
    const first = evaluate();
    expect(first.code).toBe(0);
    expect(existsSync(join(dir, OUT, 'shipgate.sarif'))).toBe(true);
    expect(evaluate()).toEqual(first);
    expect(first.inputs.some((p: string) => p.startsWith('.artifacts/'))).toBe(false);
    // Named literally, the file is read: the skip is for globs only.
    const literal = shipgate(
      ['evaluate', '--root', dir, '--dry-run', '--scan', `${OUT}/shipgate.sarif`, '--format', 'json'],
      {
        cwd: dir,
      },
    );
    expect(JSON.parse(literal.stdout).inputs.map((i: { path: string }) => i.path)).toContain(`${OUT}/shipgate.sarif`);
  });

  it('exit 1, rejected: an unverified critical control; no certificate, and an old one is removed', () => {
    const dir = demoRelease();
    mkdirSync(join(dir, OUT), { recursive: true });
    writeFileSync(join(dir, OUT, 'security-approval-certificate.json'), '{"stale": true}');
    writeFileSync(join(dir, OUT, 'security-approval-certificate.md'), 'stale');
    const run = shipgate(['evaluate', '--root', dir, '--policy', '.shipgate/policy-unverified.yml'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^REJECTED — 1 of 4 blocking gate\(s\) failed: control-verification\n/);
    expect(run.stdout).toContain(
      "\nWhat to do:\n  1. Critical control 'authorization' is 'Partially verified', not 'Verified' (security/manual-assessment-unverified.md: line 10). (control-verification)\n",
    );
    expect(run.stdout).toContain(
      "critical control 'authorization' is 'Partially verified', not 'Verified' (security/manual-assessment-unverified.md: line 10).",
    );
    expect(existsSync(join(dir, OUT, 'security-approval-certificate.json'))).toBe(false);
    expect(existsSync(join(dir, OUT, 'security-approval-certificate.md'))).toBe(false);
    expect(existsSync(join(dir, OUT, 'disposition-record.md'))).toBe(true);
  });

  it('exit 1, rejected: a real critical (a secret, raised by the release preset) names the finding', () => {
    const dir = cleanRelease();
    cpSync(join(FIXTURES, 'sarif/gitleaks-8-testdata-simple.sarif'), join(dir, 'reports/gitleaks.sarif'));
    const run = shipgate(['evaluate', '--root', dir, '--scan', 'reports/*', '--dry-run'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/1 open critical finding\(s\), at most 0 allowed: SG-[0-9a-f]{16} \(critical\)/);
  });

  it('exit 2: a policy that fails its schema, naming file, line and column', () => {
    const dir = cleanRelease();
    mkdirSync(join(dir, '.shipgate'));
    writeFileSync(
      join(dir, '.shipgate/policy.yml'),
      'version: 1\ngates:\n  scan-cleanliness: { max: { high: many } }\n',
    );
    const run = shipgate(['evaluate', '--root', dir, '--scan', 'reports/*'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      '.shipgate/policy.yml: line 3, column 36: /gates/scan-cleanliness/max/high: "many" is not allowed (expected integer).',
    );
    expect(run.stdout).toBe('');
  });

  it('exit 2: an unknown flag', () => {
    const run = shipgate(['evaluate', '--scna', 'x']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Unknown option '--scna'/);
  });

  const inputErrors: [string, (dir: string) => string[], RegExp][] = [
    ['a truncated report', () => ['--scan', 'bad.sarif'], /bad\.sarif: line 1, column 12 \(byte 11\): invalid JSON/],
    ['an empty report', () => ['--scan', 'empty.sarif'], /empty\.sarif: the file is empty \(0 bytes\)/],
    ['a missing report', () => ['--scan', 'reports/nope.sarif'], /reports\/nope\.sarif: the file does not exist/],
    ['a glob matching nothing', () => ['--scan', 'reports/*.xml'], /reports\/\*\.xml: the glob matched no files/],
    ['a path outside the root', () => ['--scan', '../outside.sarif'], /the path is outside the root/],
    ['an empty path (an unset variable)', () => ['--scan', ''], /an input path is empty \(expected a report's path/],
    ['the root itself', () => ['--scan', '.'], /\.: the path is the root folder itself, not a report/],
    ['a symlink', () => ['--scan', 'link.sarif'], /link\.sarif: the input is a symbolic link/],
    [
      'a report in a folder linked outside the root',
      () => ['--scan', 'linked/escaped.sarif'],
      /linked\/escaped\.sarif: the folder linked is a symbolic link to .*shipgate-outside-\w+, outside the root/,
    ],
    [
      'a glob through a folder linked outside the root',
      () => ['--scan', 'linked/*.sarif'],
      /linked\/escaped\.sarif: the folder linked is a symbolic link to .*, outside the root/,
    ],
    ['a directory', () => ['--scan', 'reports'], /reports: the input is a directory/],
    ['an unrecognized format', () => ['--scan', 'other.json'], /other\.json: the format was not recognized/],
    ['no inputs at all', () => [], /no scan inputs were given/],
    ['a failed npm audit', () => ['--scan', 'npm-error.json'], /npm-error\.json: .*ENOAUDIT/],
    ['invalid UTF-8', () => ['--scan', 'latin1.sarif'], /latin1\.sarif: byte 21: the file is not valid UTF-8/],
    [
      'invalid UTF-8 inside a valid JSON string',
      () => ['--scan', 'latin1-string.sarif'],
      /latin1-string\.sarif: byte \d+: the file is not valid UTF-8/,
    ],
    [
      'a __proto__ key',
      () => ['--scan', 'proto.sarif'],
      /proto\.sarif: \/runs\/0\/results\/0\/__proto__: the key '__proto__' is refused/,
    ],
    [
      'a __proto__ key spelled with escapes',
      () => ['--scan', 'escaped-proto.sarif'],
      /escaped-proto\.sarif: \/runs\/0\/results\/0\/__proto__: the key '__proto__' is refused/,
    ],
  ];
  it('exit 3 within seconds for 20 MB of whitespace (a detector once backtracked over it for 15 s)', () => {
    const dir = cleanRelease();
    writeFileSync(join(dir, 'blank.sarif'), ' '.repeat(20_000_000));
    const result = spawnSync(process.execPath, [CLI, 'evaluate', '--root', dir, '--dry-run', '--scan', 'blank.sarif'], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', SHIPGATE_NOW: NOW },
      encoding: 'utf8',
      // Killed when it hangs: the fixed detectors answer in well under a second.
      timeout: 10_000,
    });
    expect(result.signal).toBeNull();
    expect(result.status).toBe(3);
    expect(result.stderr).toContain('blank.sarif: the file holds only whitespace');
  });

  it.each(inputErrors)('exit 3: %s, naming the file', (_name, args, message) => {
    const dir = cleanRelease();
    cpSync(join(FIXTURES, 'malformed/sarif-truncated-json.sarif'), join(dir, 'bad.sarif'));
    cpSync(join(FIXTURES, 'malformed/sarif-zero-bytes.sarif'), join(dir, 'empty.sarif'));
    cpSync(join(FIXTURES, 'malformed/npm-audit-enoaudit-error.json'), join(dir, 'npm-error.json'));
    writeFileSync(join(dir, 'other.json'), '{"hello": "world"}');
    writeFileSync(
      join(dir, 'latin1.sarif'),
      Buffer.concat([Buffer.from('{"version": "2.1.0", '), Buffer.from([0xe9]), Buffer.from('}')]),
    );
    symlinkSync(join(dir, 'reports/semgrep.sarif'), join(dir, 'link.sarif'));
    const outside = mkdtempSync(join(tmpdir(), 'shipgate-outside-'));
    cpSync(join(FIXTURES, 'sarif/semgrep-1.66.2-empty.sarif'), join(outside, 'escaped.sarif'));
    symlinkSync(outside, join(dir, 'linked'));
    const valid = readFileSync(join(FIXTURES, 'sarif/semgrep-1.66.2-empty.sarif'), 'utf8').replace(
      '"results": []',
      '"results": [{"ruleId": "r", "message": {"text": "XX"}}]',
    );
    const at = Buffer.from(valid).indexOf('XX');
    const bytes = Buffer.from(valid);
    bytes[at] = 0xe9;
    writeFileSync(join(dir, 'latin1-string.sarif'), bytes);
    writeFileSync(
      join(dir, 'proto.sarif'),
      valid.replace('"ruleId": "r"', '"__proto__": {"polluted": true}, "ruleId": "r"'),
    );
    writeFileSync(
      join(dir, 'escaped-proto.sarif'),
      valid.replace('"ruleId": "r"', '"\\u005f_proto__": {"polluted": true}, "ruleId": "r"'),
    );
    const run = shipgate(['evaluate', '--root', dir, '--dry-run', ...args(dir)], { cwd: dir });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^shipgate: input error: /m);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('exit 3 wins over a rejection: an error outranks findings', () => {
    const dir = cleanRelease();
    cpSync(join(FIXTURES, 'sarif/codeql-2.19.0-ruby-security-severity.sarif'), join(dir, 'reports/codeql.sarif'));
    cpSync(join(FIXTURES, 'malformed/sarif-results-is-number.sarif'), join(dir, 'reports/broken.sarif'));
    const run = shipgate(['evaluate', '--root', dir, '--scan', 'reports/*'], { cwd: dir });
    expect(run.code).toBe(3);
    expect(existsSync(join(dir, OUT, 'disposition-record.md'))).toBe(false);
  });

  it('exit 3, never approved: a vulnerability whose severity is "constructor" (a name every object inherits)', () => {
    // Looked up in a plain object, "constructor" found the Object function: a finding no gate counted,
    // and this release, with a plan for its one finding, was APPROVED with exit 0.
    const dir = cleanRelease();
    const audit = JSON.parse(readFileSync(join(FIXTURES, 'npm-audit-json/npm-audit-v2-many.json'), 'utf8')) as {
      vulnerabilities: Record<string, { severity: string; via: unknown[] }>;
    };
    for (const v of Object.values(audit.vulnerabilities)) {
      v.severity = 'constructor';
      for (const via of v.via)
        if (typeof via === 'object' && via !== null) (via as { severity: string }).severity = 'constructor';
    }
    writeFileSync(join(dir, 'reports/npm-audit.json'), JSON.stringify(audit));
    const result = shipgate(['evaluate', '--root', dir, '--scan', 'reports/*'], { cwd: dir });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(
      /^shipgate: input error: reports\/npm-audit\.json: \/vulnerabilities\/[^ ]+\/severity: 'constructor' is not an npm audit severity/,
    );
    expect(result.stdout).not.toContain('APPROVED');
    expect(existsSync(join(dir, OUT, 'security-approval-certificate.json'))).toBe(false);
  });

  it('fails the evidence gate, not silently, for a scan that did not complete (SpotBugs)', () => {
    const dir = cleanRelease();
    cpSync(join(FIXTURES, 'sarif/spotbugs-4.4.0-execution-unsuccessful.sarif'), join(dir, 'reports/spotbugs.sarif'));
    const run = shipgate(['evaluate', '--root', dir, '--scan', 'reports/*', '--dry-run'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'reports/spotbugs.sarif: /runs/0/invocations/0/executionSuccessful: SpotBugs reports that its execution did not succeed.',
    );
  });

  it('maxPlanDays: the demo approves while its plans (due in 20 and 67 days) are within it, and rejects a day short', () => {
    const dir = demoRelease();
    const policy = join(dir, '.shipgate/policy.yml');
    const original = readFileSync(policy, 'utf8');
    writeFileSync(policy, `${original}gates:\n  disposition-integrity: { maxPlanDays: 67 }\n`);
    const within = shipgate(['evaluate', '--root', dir, '--dry-run'], { cwd: dir });
    expect(within.stderr).toBe('');
    expect(within.code).toBe(0);
    expect(within.stdout).toMatch(/^APPROVED WITH CONDITIONS/);
    writeFileSync(policy, `${original}gates:\n  disposition-integrity: { maxPlanDays: 66 }\n`);
    const short = shipgate(['evaluate', '--root', dir, '--dry-run'], { cwd: dir });
    expect(short.code).toBe(1);
    expect(short.stdout).toMatch(/^REJECTED — 1 of 4 blocking gate\(s\) failed: disposition-integrity\n/);
    expect(short.stdout).toContain(
      'register row 5 is due 2027-01-31, 67 days from today (2026-11-25), further ahead than the policy allows (gates.disposition-integrity.maxPlanDays: 66; expected a due date on or before 2027-01-30).',
    );
    expect(short.stdout).toContain(
      "with an owner and a remediation plan due within the policy's maxPlanDays, or status",
    );
  });

  it('--dry-run writes nothing; --format json prints the scan results', () => {
    const dir = demoRelease();
    const run = shipgate(['evaluate', '--root', dir, '--dry-run', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.decision).toBe('approved-with-conditions');
    expect(json.totals).toEqual({ critical: 0, high: 2, medium: 1, low: 2, info: 0, unknown: 0 });
    expect(json.open).toEqual({ critical: 0, high: 2, medium: 0, low: 2, info: 0, unknown: 0 });
    expect(existsSync(join(dir, '.artifacts'))).toBe(false);
  });

  it('a dry run with no configuration: the release preset, the decision first, then what to do; nothing written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-noconfig-'));
    cpSync(join(FIXTURES, 'demo/release/reports'), join(dir, 'reports'), { recursive: true });
    const before = snapshotTree(dir);
    const run = shipgate(['evaluate', '--dry-run', '--scan', 'reports/*'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(
      'REJECTED — 3 of 4 blocking gate(s) failed: scan-cleanliness, control-verification, disposition-integrity',
    );
    expect(lines[1]).toMatch(
      /^Policy: the built-in release preset \(the default when there is no \.shipgate\/policy\.yml\)/,
    );
    expect(lines[2]).toBe('Findings: 5 from 3 input(s); 5 open: high 2, medium 1, low 2');
    expect(lines[4]).toBe('What to do:');
    expect(lines[5]).toBe(
      '  1. Give 2 open high finding(s) a current mitigation plan (a row in security/findings-register.csv with owner, remediation_plan and a due_date not yet passed), or fix them, or add an exception: SG-51bfe6fd5d2101cd, SG-d58906d1d0eec93a. (scan-cleanliness)',
    );
    expect(lines[6]).toMatch(/^ {2}2\. The manual assessment security\/manual-assessment\.md was not found;/);
    expect(lines[7]).toMatch(/^ {2}3\. Give 5 finding\(s\) \(high 2, medium 1, low 2\) a resolution path /);
    expect(run.stdout).toContain(
      '\nBlocking findings (5):\n  HIGH     SG-51bfe6fd5d2101cd js/xss examples/Xss2.js:4 — ',
    );
    expect(run.stdout).toMatch(
      /\nDry run: nothing written \(without --dry-run, the outputs go to .*\/\.artifacts\/review-security\)\.\n$/,
    );
    expect(snapshotTree(dir)).toEqual(before);
    expect(existsSync(join(dir, '.shipgate'))).toBe(false);
    expect(existsSync(join(dir, '.artifacts'))).toBe(false);
  });

  it('--format markdown prints the job summary the Action writes, and writes nothing', async () => {
    const dir = demoRelease();
    const before = snapshotTree(dir);
    const cli = shipgate(['evaluate', '--root', dir, '--dry-run', '--format', 'markdown'], { cwd: dir });
    expect(cli.code).toBe(0);
    const result = await run({
      root: dir,
      scans: [],
      dryRun: true,
      clock: () => new Date(NOW),
      clockPinned: true,
      logger: silentLogger,
    });
    expect(cli.stdout).toBe(renderJobSummary(result.evaluation));
    expect(cli.stdout).toMatch(/^## ⚠️ shipgate: approved-with-conditions\n/);
    expect(snapshotTree(dir)).toEqual(before);
  });

  it('writes shipgate.sarif from its second thread for thousands of findings: the bytes the library renders', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-thread-'));
    generateSarif(join(dir, 'big.sarif'), '7MB', '11');
    const cli = shipgate(['evaluate', '--root', dir, '--scan', 'big.sarif', '--out', 'out'], { cwd: dir });
    expect(cli.code, cli.stderr).toBe(1);
    const result = await run({
      root: dir,
      scans: ['big.sarif'],
      dryRun: true,
      clock: () => new Date(NOW),
      clockPinned: true,
      logger: silentLogger,
    });
    expect(result.evaluation.findings.length).toBeGreaterThan(5000);
    expect(readFileSync(join(dir, 'out/shipgate.sarif'), 'utf8')).toBe(renderSarif(result.evaluation));
    expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it("names files in shipgate.sarif from the repository's top when the root is a folder of a git work tree, in both threads", async () => {
    const top = mkdtempSync(join(tmpdir(), 'sg-sarif-folder-'));
    const root = join(top, 'services/api');
    cpSync(join(FIXTURES, 'demo/release'), root, { recursive: true });
    generateSarif(join(root, 'big.sarif'), '7MB', '11');
    git(top, 'init', '-q', '-b', 'main');
    const small = shipgate(['evaluate', '--root', root], { cwd: root });
    expect(small.code, small.stderr).toBe(0);
    const sarif = readFileSync(join(root, OUT, 'shipgate.sarif'), 'utf8');
    expect(sarif).toContain('"artifactLocation":{"uri":"services/api/examples/Xss.js"}');
    expect(sarif).not.toMatch(/"uri":"examples\//);
    // The other outputs name files from the root, as every path the user gives does.
    expect(readFileSync(join(root, OUT, 'scan-results.json'), 'utf8')).toContain('"path":"examples/Xss.js"');

    // Thousands of findings: the second thread writes the same prefixed URIs as the library.
    const big = shipgate(['evaluate', '--root', root, '--scan', 'big.sarif', '--out', 'out'], { cwd: root });
    expect(big.code, big.stderr).toBe(1);
    const result = await run({
      root,
      scans: ['big.sarif'],
      dryRun: true,
      repositoryFolder: 'services/api/',
      clock: () => new Date(NOW),
      clockPinned: true,
      logger: silentLogger,
    });
    expect(result.evaluation.findings.length).toBeGreaterThan(5000);
    const threaded = readFileSync(join(root, 'out/shipgate.sarif'), 'utf8');
    expect(threaded).toBe(renderSarif(result.evaluation));
    expect(threaded).toMatch(/"uri":"services\/api\/[^"]+"/);
    expect(threaded).not.toMatch(/"uri":"(?!services\/api\/)[^"]*"/);

    // Outside a git work tree the root is the top.
    const outside = demoRelease();
    expect(shipgate(['evaluate', '--root', outside], { cwd: outside }).code).toBe(0);
    expect(readFileSync(join(outside, OUT, 'shipgate.sarif'), 'utf8')).toContain(
      '"artifactLocation":{"uri":"examples/Xss.js"}',
    );
  });

  it('takes the GitHub server from GITHUB_SERVER_URL, and --server-url before it', () => {
    const dir = demoRelease();
    const commit = 'abcdef0123456789abcdef0123456789abcdef01';
    const args = ['evaluate', '--root', dir, '--repository', 'acme/payments', '--commit', commit];
    const uri = () =>
      (
        JSON.parse(readFileSync(join(dir, OUT, 'security-approval-certificate.json'), 'utf8')) as {
          predicate: { resourceUri: string };
        }
      ).predicate.resourceUri;
    const env = { GITHUB_SERVER_URL: 'https://ghe.example.com' };
    expect(shipgate(args, { cwd: dir, env }).code).toBe(0);
    expect(uri()).toBe(`git+https://ghe.example.com/acme/payments@${commit}`);
    expect(shipgate([...args, '--server-url', 'https://other.example.com'], { cwd: dir, env }).code).toBe(0);
    expect(uri()).toBe(`git+https://other.example.com/acme/payments@${commit}`);
    const bad = shipgate([...args, '--server-url', 'https://ghe.example.com/x'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("the server URL 'https://ghe.example.com/x' (--server-url, else GITHUB_SERVER_URL)");
  });

  it('keeps shipgate.sarif to the 25,000 results GitHub code scanning accepts, worst first, and says so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-sarif-cap-'));
    generateSarif(join(dir, 'big.sarif'), '34MB', '17');
    const cli = shipgate(['evaluate', '--root', dir, '--scan', 'big.sarif', '--out', 'out'], { cwd: dir });
    expect(cli.code, cli.stderr).toBe(1);
    const scan = JSON.parse(readFileSync(join(dir, 'out/scan-results.json'), 'utf8'));
    const total = scan.findings.length as number;
    expect(total).toBeGreaterThan(25_000);
    expect(cli.stdout).toContain(
      `shipgate.sarif holds the first 25000 of ${total} findings, open before excepted and worst first`,
    );
    expect(scan.warnings.some((w: string) => w.startsWith('shipgate.sarif holds the first 25000'))).toBe(true);
    const text = readFileSync(join(dir, 'out/shipgate.sarif'));
    const [log] = JSON.parse(text.toString('utf8')).runs;
    expect(log.results).toHaveLength(25_000);
    expect(log.properties).toMatchObject({ findings: total, omitted: total - 25_000 });
    // Every open critical finding is there (there are fewer than 25,000), and no finding worse than one left out is missing.
    const held = new Set(
      log.results.map(
        (r: { partialFingerprints: { shipgateFindingId: string } }) => r.partialFingerprints.shipgateFindingId,
      ),
    );
    const rank = ['critical', 'high', 'medium', 'low', 'info'];
    const worstLeftOut = Math.min(
      ...scan.findings
        .filter((f: { id: string }) => !held.has(f.id))
        .map((f: { countedSeverity: string }) => rank.indexOf(f.countedSeverity)),
    );
    const heldRanks = scan.findings
      .filter((f: { id: string }) => held.has(f.id))
      .map((f: { countedSeverity: string }) => rank.indexOf(f.countedSeverity));
    expect(Math.max(...heldRanks)).toBeLessThanOrEqual(worstLeftOut);
    expect(
      scan.findings.filter(
        (f: { countedSeverity: string; id: string }) => f.countedSeverity === 'critical' && !held.has(f.id),
      ),
    ).toEqual([]);
    // GitHub's other limit: at most 10 MB gzip-compressed.
    expect(gzipSync(text).length).toBeLessThan(10 * 1024 * 1024);
  });

  it('stops with an input error, not V8 aborting, when the findings will not fit in the heap Node allows', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-heap-'));
    // 10 MB: below the 16 MiB streaming threshold, so read whole on a default heap.
    generateSarif(join(dir, 'big.sarif'), '10MB', '23');
    const evaluate = (out: string, oldSpaceMiB?: number) =>
      shipgate(['evaluate', '--root', dir, '--scan', 'big.sarif', '--out', out], {
        cwd: dir,
        ...(oldSpaceMiB ? { env: { NODE_OPTIONS: `--max-old-space-size=${oldSpaceMiB}` } } : {}),
      });
    const normal = evaluate('normal');
    expect(normal.code, normal.stderr).toBe(1);
    // 32 MiB: reading 10 MB whole aborted the process here (exit 134). Now it is streamed instead,
    // with the same outputs.
    const small = evaluate('small', 32);
    expect(small.code, small.stderr).toBe(1);
    expect(small.stderr).not.toContain('FATAL');
    for (const name of ['scan-results.json', 'findings-register.csv', 'shipgate.sarif'])
      expect(readFileSync(join(dir, 'small', name), 'utf8'), name).toBe(
        readFileSync(join(dir, 'normal', name), 'utf8'),
      );
    // 16 MiB leaves nothing for findings: refused after the first chunk, exit 3, nothing written.
    const tiny = evaluate('tiny', 16);
    expect(tiny.code, tiny.stderr).toBe(3);
    expect(tiny.stderr).toMatch(
      /^shipgate: input error: big\.sarif: after \d+ results \(byte \d+ of \d+\): live objects fill [\d.]+ [KM]iB of the 16 MiB heap Node allows this process, past the 0 KiB shipgate goes on with .* NODE_OPTIONS=--max-old-space-size=\d+ \(in MiB\)/,
    );
    expect(existsSync(join(dir, 'tiny/scan-results.json'))).toBe(false);
    // A format shipgate does not stream is refused before it is read.
    cpSync(join(FIXTURES, 'npm-audit-json/npm-audit-v1-many.json'), join(dir, 'audit.json'));
    const audit = shipgate(['evaluate', '--root', dir, '--scan', 'audit.json', '--out', 'audit'], {
      cwd: dir,
      env: { NODE_OPTIONS: '--max-old-space-size=16' },
    });
    expect(audit.code, audit.stderr).toBe(3);
    expect(audit.stderr).toMatch(
      /^shipgate: input error: audit\.json: reading this 12 KiB report whole takes about 48 KiB of heap, and only 0 KiB of the 16 MiB Node allows/,
    );
  });

  it("writes the same outputs without worker threads (Node's permission model without --allow-worker)", () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-nothreads-'));
    // Above 16 MiB and 5,000 findings: streamed by the scanning thread, shipgate.sarif by its own thread.
    generateSarif(join(dir, 'big.sarif'), '20MB', '13');
    const permission = Number(process.versions.node.split('.')[0]) >= 23 ? '--permission' : '--experimental-permission';
    const evaluate = (out: string, flags: string[]) =>
      spawnSync(process.execPath, [...flags, CLI, 'evaluate', '--root', dir, '--scan', 'big.sarif', '--out', out], {
        cwd: dir,
        env: { PATH: process.env.PATH ?? '', SHIPGATE_NOW: NOW, NODE_NO_WARNINGS: '1' },
        encoding: 'utf8',
      });
    const threads = evaluate('threads', []);
    const none = evaluate('none', [permission, '--allow-fs-read=*', '--allow-fs-write=*']);
    expect(threads.status, threads.stderr).toBe(1);
    expect(none.status, none.stderr).toBe(1);
    expect(none.stderr).toBe('');
    const names = readdirSync(join(dir, 'threads')).sort();
    expect(readdirSync(join(dir, 'none')).sort()).toEqual(names);
    for (const name of names)
      expect(readFileSync(join(dir, 'none', name)).equals(readFileSync(join(dir, 'threads', name))), name).toBe(true);
  });

  it('gives byte-identical JSON outputs on two runs, apart from the declared timestamp fields', () => {
    const dir = demoRelease();
    const read = () =>
      Object.fromEntries(
        ['scan-results.json', 'scope-register.json', 'security-approval-certificate.json', 'shipgate.sarif'].map(
          (f) => [f, readFileSync(join(dir, OUT, f), 'utf8')],
        ),
      );
    expect(
      shipgate(['evaluate', '--root', dir], { cwd: dir, env: { SHIPGATE_NOW: '2026-11-25T09:00:00Z' } }).code,
    ).toBe(0);
    const first = read();
    expect(
      shipgate(['evaluate', '--root', dir], { cwd: dir, env: { SHIPGATE_NOW: '2026-11-25T17:30:00Z' } }).code,
    ).toBe(0);
    const second = read();
    const strip = (text: string) =>
      text
        .replace(/"(evaluatedAt|timeVerified)": "[^"]+"/g, '"$1": "T"')
        .replace(/SHIPGATE_NOW pins the evaluation time to [^ ]+Z:/g, 'SHIPGATE_NOW pins the evaluation time to T:');
    for (const name of Object.keys(first)) {
      expect(first[name]).not.toBe(undefined);
      expect(strip(second[name] as string)).toBe(strip(first[name] as string));
    }
    expect(first['scan-results.json']).not.toBe(second['scan-results.json']);
  });

  it('writes the same outputs, byte for byte, whatever order the --scan flags come in', () => {
    const dir = demoRelease();
    const outputs = (order: string[], out: string) => {
      const result = shipgate(['evaluate', '--root', dir, ...order.flatMap((p) => ['--scan', p]), '--out', out], {
        cwd: dir,
      });
      expect(result.code).toBe(0);
      return Object.fromEntries(readdirSync(out).map((name) => [name, readFileSync(join(out, name), 'utf8')]));
    };
    // One output folder for both (the certificate records it): the second run replaces the first's files.
    const forward = outputs(['reports/codeql.sarif', 'reports/gitleaks.sarif', 'reports/trivy.json'], join(dir, 'a'));
    const backward = outputs(['reports/trivy.json', 'reports/gitleaks.sarif', 'reports/codeql.sarif'], join(dir, 'a'));
    expect(Object.keys(forward)).toContain('security-approval-certificate.json');
    expect(backward).toEqual(forward);
  });

  it('gives the same results when every input is streamed (--stream-above 1) as when each is read whole', () => {
    const dir = demoRelease();
    cpSync(join(FIXTURES, 'grype-json/grype-0.24.0-directory.json'), join(dir, 'reports/grype.json'));
    cpSync(join(FIXTURES, 'semgrep-json/semgrep-many.json'), join(dir, 'reports/semgrep.json'));
    const args = ['evaluate', '--root', dir, '--scan', 'reports/*', '--dry-run', '--format', 'json'];
    const whole = shipgate(args, { cwd: dir });
    const streamed = shipgate([...args, '--stream-above', '1'], { cwd: dir });
    expect(streamed.stderr).toBe(whole.stderr);
    expect(streamed.code).toBe(whole.code);
    expect(JSON.parse(streamed.stdout)).toEqual(JSON.parse(whole.stdout));
    // In path order, whatever order the policy and --scan gave.
    expect(
      JSON.parse(whole.stdout).inputs.map((i: { path: string; format: string }) => `${i.path} ${i.format}`),
    ).toEqual([
      'reports/codeql.sarif sarif',
      'reports/gitleaks.sarif sarif',
      'reports/grype.json grype',
      'reports/semgrep.json semgrep',
      'reports/trivy.json trivy',
    ]);
  });

  it('enforces the per-result and total-findings caps of streamed reads (exit 3, naming the file)', () => {
    const dir = cleanRelease();
    cpSync(join(FIXTURES, 'sarif/codeql-2.5.4-java-partialfingerprints.sarif'), join(dir, 'reports/codeql.sarif'));
    const base = ['evaluate', '--root', dir, '--scan', 'reports/*', '--dry-run', '--stream-above', '1'];
    const big = shipgate([...base, '--max-result-bytes', '1000'], { cwd: dir });
    expect(big.code).toBe(3);
    expect(big.stderr).toMatch(/reports\/codeql\.sarif: .*(larger|cap|exceeds|bytes)/);
    const many = shipgate([...base, '--max-findings', '10'], { cwd: dir });
    expect(many.code).toBe(3);
    expect(many.stderr).toContain('the inputs hold more than 10 findings');
  });

  it('shows progress for a streamed input on a terminal, none in a log, and plain lines with --progress', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-progress-'));
    generateSarif(join(dir, 'big.sarif'), '20MB', '13');
    const args = ['evaluate', '--root', dir, '--scan', 'big.sarif', '--dry-run'];
    // The number of results, from the scan results themselves.
    const json = shipgate(['evaluate', '--root', dir, '--scan', 'big.sarif', '--out', 'out'], { cwd: dir });
    expect(json.code, json.stderr).toBe(1);
    const scan = JSON.parse(readFileSync(join(dir, 'out/scan-results.json'), 'utf8'));
    const results = scan.inputs[0].tools[0].results as number;
    expect(results).toBeGreaterThan(10_000);
    const mib = (statSync(join(dir, 'big.sarif')).size / 1048576).toFixed(0);

    // A log (stderr is a pipe): no progress.
    expect(json.stderr).not.toMatch(/MiB, \d+ results/);

    // --progress in a log: whole lines, no carriage returns or escape codes, ending at the whole file.
    const asked = shipgate([...args, '--progress'], { cwd: dir });
    expect(asked.code, asked.stderr).toBe(1);
    const lines = asked.stderr.split('\n').filter((l) => / MiB, \d+ results$/.test(l));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(asked.stderr.includes('\r') || asked.stderr.includes('\u001b')).toBe(false);
    expect(lines.at(-1)).toBe(`big.sarif: ${mib} of ${mib} MiB, ${results} results`);

    // A terminal (a pseudo-terminal from script(1)): one line rewritten in place, ended once.
    const tty = spawnSync('script', ['-qec', `'${process.execPath}' '${CLI}' ${args.join(' ')}`, '/dev/null'], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', SHIPGATE_NOW: NOW, TERM: 'xterm' },
      encoding: 'utf8',
    });
    expect(tty.status, tty.stderr).toBe(1);
    const ERASE = '\u001b[K';
    const parts = tty.stdout.split('\r').filter((part) => /^big\.sarif: \d+ of \d+ MiB, \d+ results/.test(part));
    // Each update erases what is left of the line before it.
    for (const part of parts) expect(part).toContain(ERASE);
    const updates = parts.map((part) => `\r${part.slice(0, part.indexOf(ERASE) + ERASE.length)}`);
    expect(updates.length).toBeGreaterThanOrEqual(2);
    expect(updates.at(-1)).toBe(`\rbig.sarif: ${mib} of ${mib} MiB, ${results} results\u001b[K`);
    expect(tty.stdout).toContain(`${updates.at(-1)}\r\n`);
    expect(tty.stdout).toMatch(/REJECTED/);
  });

  it('lists every format with `shipgate formats`', () => {
    const run = shipgate(['formats', '--format', 'json']);
    expect(run.code).toBe(0);
    const ids = JSON.parse(run.stdout).map((f: { id: string }) => f.id);
    expect([...ids].sort()).toEqual([
      'bandit',
      'checkov',
      'dependency-check',
      'gitlab',
      'gitleaks',
      'govulncheck',
      'grype',
      'npm-audit',
      'nuclei',
      'osv-scanner',
      'pip-audit',
      'sarif',
      'semgrep',
      'snyk',
      'trivy',
      'trufflehog',
      'yarn-audit',
      'zap',
    ]);
  });

  describe('validate, init, waive', () => {
    it('validate: exit 0 on the demo release, 2 on a bad exception file, 3 on a bad register', () => {
      const dir = demoRelease();
      const ok = shipgate(['validate', '--root', dir]);
      expect(ok.code).toBe(0);
      expect(ok.stdout).toContain('exceptions: .shipgate/exceptions/tomcat.yml: 1 exception(s), valid');
      writeFileSync(join(dir, 'security/findings-register.csv'), 'finding_id,status,due_date\nSG-1,open,2026-02-30\n');
      const badRegister = shipgate(['validate', '--root', dir]);
      expect(badRegister.code).toBe(3);
      expect(badRegister.stderr).toMatch(/security\/findings-register\.csv: row 2, column due_date: '2026-02-30'/);
      writeFileSync(join(dir, '.shipgate/exceptions/bad.yml'), 'exceptions:\n  - id: EXC-9\n    type: waiver\n');
      const badException = shipgate(['validate', '--root', dir]);
      expect(badException.code).toBe(2);
      expect(badException.stderr).toContain('.shipgate/exceptions/bad.yml: line 3, column 11: /exceptions/0/type');
    });

    it('init scaffolds a project that validates, and waive appends an exception that applies', () => {
      const dir = cleanRelease();
      const init = shipgate(['init', dir]);
      expect(init.code).toBe(0);
      expect(init.stdout).toContain('.shipgate/policy.yml');
      expect(shipgate(['validate', '--root', dir]).code).toBe(0);
      cpSync(join(FIXTURES, 'demo/evidence-examples/manual-assessment.md'), join(dir, 'security/manual-assessment.md'));
      cpSync(join(FIXTURES, 'sarif/codeql-2.2.4-old-cli.sarif'), join(dir, 'reports/codeql.sarif'));
      const before = shipgate(['evaluate', '--root', dir, '--scan', 'reports/*', '--dry-run', '--format', 'json']);
      const ids = JSON.parse(before.stdout).findings.map((f: { id: string }) => f.id);
      const waive = shipgate([
        'waive',
        ids[0],
        '--root',
        dir,
        '--reason',
        'Example code, not shipped',
        '--owner',
        'alice',
        '--approved-by',
        'security-lead',
        '--expires',
        '2027-01-15',
      ]);
      expect(waive.stderr).toBe('');
      expect(waive.code).toBe(0);
      expect(waive.stdout).toContain('Appended exception EXC-0001');
      const after = shipgate(['evaluate', '--root', dir, '--scan', 'reports/*', '--dry-run', '--format', 'json']);
      const excepted = JSON.parse(after.stdout).findings.filter((f: { excepted: boolean }) => f.excepted);
      expect(excepted.map((f: { id: string; exceptionId: string }) => [f.id, f.exceptionId])).toEqual([
        [ids[0], 'EXC-0001'],
      ]);
    });

    it('waive refuses a horizon beyond maxDays, and accepts exactly maxDays', () => {
      const dir = cleanRelease();
      shipgate(['init', dir]);
      const args = (expires: string) => [
        'waive',
        'SG-0123456789abcdef',
        '--root',
        dir,
        '--reason',
        'r',
        '--owner',
        'alice',
        '--approved-by',
        'security-lead',
        '--approved-on',
        '2026-11-25',
        '--expires',
        expires,
      ];
      const tooLong = shipgate(args('2027-02-24'));
      expect(tooLong.code).toBe(2);
      expect(tooLong.stderr).toContain(
        '--expires 2027-02-24 is 91 days after 2026-11-25; the policy allows at most 90 (maxDays).',
      );
      expect(shipgate(args('2027-02-23')).code).toBe(0);
    });
  });
});
