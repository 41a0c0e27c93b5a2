/**
 * The built CLI on paths that were taken for something else: a policy file spelled like a preset, the
 * output folder named as the root or through a link, and names that start with two dots.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, cleanRelease, shipgateIn } from './release.js';

const shipgate = (args: string[], cwd: string) => shipgateIn(cwd, args);

/** Clean scans of every type the release preset requires, verified controls, and a SAST log with 2 highs. */
function release(): string {
  const dir = cleanRelease('sg-paths-');
  const result = (line: number) => ({
    ruleId: 'r1',
    level: 'error',
    message: { text: 'SQL injection' },
    locations: [{ physicalLocation: { artifactLocation: { uri: 'src/db.js' }, region: { startLine: line } } }],
  });
  const highs = {
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Semgrep OSS', rules: [{ id: 'r1' }] } },
        invocations: [{ executionSuccessful: true }],
        results: [result(3), result(9)],
      },
    ],
  };
  writeFileSync(join(dir, 'highs.sarif'), JSON.stringify(highs));
  return dir;
}

/** A policy that approves anything: every gate's limit lifted, only one scan type required. */
const LOOSE = `version: 1
mode: enforce
evidence: { required: [sast], requireCommit: false }
severity: { unknown: info, overrides: [] }
gates:
  evidence-completeness: { enforcement: blocking }
  scan-cleanliness: { enforcement: blocking, max: { critical: 0 }, requirePlan: [] }
  control-verification: { enforcement: blocking, assessment: security/manual-assessment.md, requiredControls: [] }
  disposition-integrity: { enforcement: blocking, register: security/findings-register.csv, minSeverity: critical }
exceptions: { paths: [], approvers: [x], maxDays: 90, warnDays: 14, failOnUnused: false, inFileSuppressions: ignore, trustedRef: auto }
outputs: { dir: .artifacts/review-security }
`;

describe('a policy file spelled like a preset', () => {
  it('is refused, never taken for the built-in preset whose defaults it would skip (exit 2)', () => {
    const dir = release();
    writeFileSync(join(dir, 'preset:release'), LOOSE);
    mkdirSync(join(dir, '.shipgate'));
    writeFileSync(join(dir, '.shipgate/policy.yml'), 'version: 1\nextends: ../preset:release\ninputs: [highs.sarif]\n');
    const viaExtends = shipgate(['evaluate', '--root', dir, '--dry-run'], dir);
    expect(viaExtends.code).toBe(2);
    expect(viaExtends.stderr).toContain(
      ".shipgate/policy.yml: line 2, column 10: extends '../preset:release': a policy file's path may not start with 'preset:', which names a built-in preset",
    );
    expect(viaExtends.stdout).not.toContain('APPROVED');

    const named = shipgate(
      ['evaluate', '--root', dir, '--dry-run', '--policy', 'preset:release', '--scan', 'highs.sarif'],
      dir,
    );
    expect(named.code).toBe(2);
    expect(named.stderr).toContain("preset:release: a policy file's path may not start with 'preset:'");

    // The same policy under another name is read, and approves what it was written to approve.
    cpSync(join(dir, 'preset:release'), join(dir, 'loose.yml'));
    const renamed = shipgate(
      ['evaluate', '--root', dir, '--dry-run', '--policy', 'loose.yml', '--scan', 'highs.sarif'],
      dir,
    );
    expect(renamed.stdout).toMatch(/^APPROVED/);
    expect(renamed.code).toBe(0);
  });

  it('validate refuses it too', () => {
    const dir = release();
    writeFileSync(join(dir, 'preset:strict'), 'version: 1\n');
    const result = shipgate(['validate', '--root', dir, '--policy', 'preset:strict'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("may not start with 'preset:'");
    expect(result.stderr).not.toContain('TypeError');
  });
});

describe('the output folder', () => {
  it('may not be the root itself: refused before anything is read or removed (exit 2)', () => {
    const dir = release();
    // Files at the root that bear output names are the user's: a run refused for --out . removes none.
    writeFileSync(join(dir, 'shipgate.sarif'), 'kept');
    writeFileSync(join(dir, 'scan-results.json'), 'kept');
    writeFileSync(join(dir, 'security-approval-certificate.json'), 'kept');
    for (const args of [
      ['--out', '.'],
      ['--out', dir],
    ]) {
      const result = shipgate(['evaluate', '--root', dir, '--scan', 'reports/*', ...args], dir);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(
        `the output folder ${dir} (--out, or the Action's output-dir) is the root itself: the outputs need a folder of their own, which every run replaces and input globs do not read`,
      );
    }
    mkdirSync(join(dir, '.shipgate'));
    writeFileSync(join(dir, '.shipgate/policy.yml'), 'version: 1\ninputs: ["reports/*"]\noutputs: { dir: . }\n');
    const fromPolicy = shipgate(['evaluate', '--root', dir, '--dry-run'], dir);
    expect(fromPolicy.code).toBe(2);
    expect(fromPolicy.stderr).toContain(".shipgate/policy.yml: line 3, column 17: outputs.dir '.' is the root itself");
    const validated = shipgate(['validate', '--root', dir], dir);
    expect(validated.code).toBe(2);
    expect(validated.stderr).toContain(".shipgate/policy.yml: line 3, column 17: outputs.dir '.' is the root itself");
    // A folder linked to the root is the root too, which only the file system shows.
    symlinkSync('.', join(dir, 'out-link'));
    writeFileSync(join(dir, '.shipgate/policy.yml'), 'version: 1\ninputs: ["reports/*"]\noutputs: { dir: out-link }\n');
    const linked = shipgate(['validate', '--root', dir], dir);
    expect(linked.code).toBe(2);
    expect(linked.stderr).toContain("outputs.dir 'out-link' is the root itself (through a symbolic link)");
    const linkedRun = shipgate(['evaluate', '--root', dir, '--dry-run'], dir);
    expect(linkedRun.code).toBe(2);
    expect(linkedRun.stderr).toContain(`outputs.dir 'out-link' (${join(dir, 'out-link')}) is the root itself`);
    for (const name of ['shipgate.sarif', 'scan-results.json', 'security-approval-certificate.json'])
      expect(readFileSync(join(dir, name), 'utf8'), name).toBe('kept');
  });

  it('is skipped by globs when named through a link to the root: a dry run does not read the last run’s outputs', () => {
    const dir = release();
    const link = join(mkdtempSync(join(tmpdir(), 'sg-link-')), 'root');
    symlinkSync(dir, link);
    const out = join(dir, 'out');
    const first = shipgate(
      ['evaluate', '--root', link, '--scan', '**/*.sarif', '--scan', 'reports/npm-audit.json', '--out', out],
      dir,
    );
    expect(first.code).toBe(1);
    expect(existsSync(join(out, 'shipgate.sarif'))).toBe(true);
    const dry = shipgate(
      [
        'evaluate',
        '--root',
        link,
        '--scan',
        '**/*.sarif',
        '--scan',
        'reports/npm-audit.json',
        '--out',
        out,
        '--dry-run',
        '--format',
        'json',
      ],
      dir,
    );
    expect(dry.code).toBe(1);
    const inputs = (JSON.parse(dry.stdout) as { inputs: { path: string }[] }).inputs.map((i) => i.path);
    expect(inputs).toEqual([
      'highs.sarif',
      'reports/gitleaks.sarif',
      'reports/npm-audit.json',
      'reports/semgrep.sarif',
    ]);
  });
});

describe('names that start with two dots', () => {
  it('are folders and files inside the root, for a path, a glob and the policy', () => {
    const dir = release();
    mkdirSync(join(dir, '..data'));
    cpSync(join(dir, 'highs.sarif'), join(dir, '..data/highs.sarif'));
    for (const scan of ['..data/highs.sarif', '..data/*.sarif', '**/highs.sarif']) {
      const result = shipgate(
        ['evaluate', '--root', dir, '--dry-run', '--format', 'json', '--scan', scan, '--scan', 'reports/*'],
        dir,
      );
      expect(result.stderr, scan).not.toContain('outside the root');
      expect(result.code, scan).toBe(1);
      const inputs = (JSON.parse(result.stdout) as { inputs: { path: string }[] }).inputs.map((i) => i.path);
      expect(inputs, scan).toContain('..data/highs.sarif');
    }
    mkdirSync(join(dir, '..cfg'));
    writeFileSync(join(dir, '..cfg/p.yml'), 'version: 1\ninputs: ["reports/*"]\n');
    const validate = shipgate(['validate', '--root', dir, '--policy', '..cfg/p.yml'], dir);
    expect(validate.stderr).not.toContain('outside the root');
    expect(validate.code).toBe(0);
    // A real '..' still leads out.
    const out = shipgate(['evaluate', '--root', join(dir, 'reports'), '--dry-run', '--scan', '../highs.sarif'], dir);
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('the path is outside the root');
  });
});

describe('verify', () => {
  it('shows a bidirectional control from the certificate as U+FFFD, as evaluate does, never raw', () => {
    const dir = release();
    const name = 'reports/\u202egnp.sarif';
    cpSync(join(dir, 'reports/gitleaks.sarif'), join(dir, name));
    const evaluated = shipgate(['evaluate', '--root', dir, '--scan', 'reports/*'], dir);
    expect(evaluated.code).toBe(0);
    expect(evaluated.stdout).not.toContain('\u202e');
    const verified = shipgate(
      [
        'verify',
        '.artifacts/review-security/security-approval-certificate.json',
        '--root',
        dir,
        '--allow-pinned-clock',
      ],
      dir,
    );
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain('reports/\ufffdgnp.sarif');
    expect(verified.stdout + verified.stderr).not.toContain('\u202e');
  });
});

describe('an exception file no pattern reads', () => {
  it('is named in a warning of evaluate, with what to do; a .yml beside it is read as before', () => {
    const dir = release();
    mkdirSync(join(dir, '.shipgate/exceptions'), { recursive: true });
    writeFileSync(join(dir, '.shipgate/exceptions/a.yaml'), 'exceptions: []\n');
    const warned = shipgate(['evaluate', '--root', dir, '--scan', 'reports/*', '--dry-run'], dir);
    expect(warned.code).toBe(0);
    expect(warned.stdout).toContain(
      '.shipgate/exceptions/a.yaml: looks like an exception file, but no exceptions.paths pattern reads it (.shipgate/exceptions/*.yml), so none of its exceptions apply (expected rename it to .shipgate/exceptions/a.yml',
    );
    cpSync(join(dir, '.shipgate/exceptions/a.yaml'), join(dir, '.shipgate/exceptions/a.yml'));
    const both = shipgate(['evaluate', '--root', dir, '--scan', 'reports/*', '--dry-run'], dir);
    expect(both.stdout).toContain('.shipgate/exceptions/a.yaml: looks like an exception file');
    rmSync(join(dir, '.shipgate/exceptions/a.yaml'));
    const quiet = shipgate(['evaluate', '--root', dir, '--scan', 'reports/*', '--dry-run'], dir);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).not.toContain('looks like an exception file');
  });

  it('is never looked for past a folder linked outside the root', () => {
    const dir = release();
    const outside = mkdtempSync(join(tmpdir(), 'sg-outside-'));
    mkdirSync(join(outside, 'sub'));
    writeFileSync(join(outside, 'sub/private.yml'), 'exceptions: []\n');
    symlinkSync(outside, join(dir, 'shared-exc'));
    mkdirSync(join(dir, 'inside/sub'), { recursive: true });
    writeFileSync(join(dir, 'inside/sub/team.yml'), 'exceptions: []\n');
    mkdirSync(join(dir, '.shipgate'));
    writeFileSync(
      join(dir, '.shipgate/policy.yml'),
      'version: 1\ninputs: ["reports/*"]\nexceptions:\n  paths: ["shared-exc/*.yml", "inside/*.yml"]\n',
    );
    for (const command of [
      ['evaluate', '--root', dir, '--dry-run'],
      ['validate', '--root', dir],
    ]) {
      const result = shipgate(command, dir);
      expect(result.stdout + result.stderr, command[0]).not.toContain('private.yml');
      expect(result.stdout + result.stderr, command[0]).toContain('inside/sub/team.yml: looks like an exception file');
    }
  });
});

describe('evidence in the output folder', () => {
  it('is refused (exit 2), in a dry run too, and waive will not write an exception there', () => {
    const dir = release();
    mkdirSync(join(dir, '.shipgate'));
    writeFileSync(
      join(dir, '.shipgate/policy.yml'),
      'version: 1\ninputs: ["reports/*"]\nexceptions:\n  paths: ["**/*.exceptions.yml"]\n',
    );
    const refusedWaive = shipgate(
      [
        'waive',
        'SG-0000000000000001',
        '--root',
        dir,
        '--file',
        '.artifacts/review-security/late.exceptions.yml',
        '--reason',
        'r',
        '--owner',
        'alice',
        '--approved-by',
        'security-lead',
        '--expires',
        '2026-12-20',
      ],
      dir,
    );
    expect(refusedWaive.code).toBe(2);
    expect(refusedWaive.stderr).toContain(
      ".artifacts/review-security/late.exceptions.yml: the file is in shipgate's output folder",
    );
    expect(existsSync(join(dir, '.artifacts/review-security/late.exceptions.yml'))).toBe(false);
    // Written there by hand, it is refused by evaluate, never applied.
    mkdirSync(join(dir, '.artifacts/review-security'), { recursive: true });
    writeFileSync(join(dir, '.artifacts/review-security/late.exceptions.yml'), 'exceptions: []\n');
    for (const extra of [[], ['--dry-run']]) {
      const result = shipgate(['evaluate', '--root', dir, ...extra], dir);
      expect(result.code, extra.join(' ')).toBe(2);
      expect(result.stderr).toContain(
        'the output folder holds evidence this run reads: the exceptions file .artifacts/review-security/late.exceptions.yml',
      );
    }
    // Outside it, the same file is read.
    mkdirSync(join(dir, 'security/waivers'), { recursive: true });
    cpSync(
      join(dir, '.artifacts/review-security/late.exceptions.yml'),
      join(dir, 'security/waivers/late.exceptions.yml'),
    );
    rmSync(join(dir, '.artifacts'), { recursive: true });
    const read = shipgate(['evaluate', '--root', dir, '--dry-run'], dir);
    expect(read.code).toBe(0);
  });

  it('waive names a flag past the schema cap, not a line of a file it never wrote', () => {
    const dir = release();
    const args = (reason: string) => [
      'waive',
      'SG-0000000000000001',
      '--root',
      dir,
      '--reason',
      reason,
      '--owner',
      'alice',
      '--approved-by',
      'security-lead',
      '--expires',
      '2026-12-20',
    ];
    const long = shipgate(args('x'.repeat(4001)), dir);
    expect(long.code).toBe(2);
    expect(long.stderr).toContain("--reason is 4001 characters; an exception's reason is at most 4000.");
    expect(existsSync(join(dir, '.shipgate/exceptions/waivers.yml'))).toBe(false);
    // At the cap, counted in characters (a letter outside the BMP is one), it is written.
    const atCap = shipgate(args('𝐀'.repeat(4000)), dir);
    expect(atCap.code, atCap.stderr).toBe(0);
    expect(existsSync(join(dir, '.shipgate/exceptions/waivers.yml'))).toBe(true);
  });
});

describe.skipIf(!existsSync('/proc/self'))('an output folder that cannot be made', () => {
  it('is an output error (exit 5) naming the folder, not a run that never ends (Node retries /proc forever)', () => {
    const dir = cleanRelease('sg-paths-');
    const run = spawnSync(
      process.execPath,
      [CLI, 'evaluate', '--root', dir, '--scan', 'reports/*', '--out', '/proc/shipgate-none/out'],
      {
        env: { PATH: process.env.PATH ?? '', SHIPGATE_NOW: '2026-11-25T12:00:00Z' },
        encoding: 'utf8',
        timeout: 20_000,
      },
    );
    expect(run.signal).toBeNull();
    expect(run.status).toBe(5);
    expect(run.stderr).toContain(
      "/proc/shipgate-none/out: the outputs could not be written: ENOENT: no such file or directory, mkdir '/proc/shipgate-none'.",
    );
  });
});
