/**
 * The register is read whenever it exists, whatever the gates: a policy whose gates use no plans
 * (disposition-integrity off, scan-cleanliness requirePlan []) still writes an updated register that
 * keeps every row, lists the register as evidence, refuses a broken one, and refuses an output folder
 * that would replace it. Through run() and through the built CLI (dist/cli.js).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, InputError } from '../../src/errors.js';
import { parseRegister } from '../../src/evidence/register.js';
import { silentLogger } from '../../src/logger.js';
import { run } from '../../src/run.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(REPO, 'dist/cli.js');
const NOW = '2026-11-25T12:00:00Z';
const REGISTER = 'security/findings-register.csv';
const OUT = '.artifacts/review-security';
const MISSING_WARNING = `${REGISTER}: no findings register yet; shipgate writes one to the output directory for the team to fill in and commit.`;

/** The demo release's policy with the gates that read the register turned off (and any extra lines). */
function policyWithoutPlans(
  extra = '',
  gates = '  scan-cleanliness: { requirePlan: [] }\n  disposition-integrity: { enforcement: off }\n',
): string {
  return [
    'version: 1',
    'extends: release',
    'inputs:',
    '  - reports/codeql.sarif',
    '  - reports/trivy.json',
    '  - reports/gitleaks.sarif',
    'exceptions:',
    '  approvers: [security-lead]',
    extra,
    'gates:',
    gates,
  ].join('\n');
}

/** A copy of the demo release with the given policy. */
function release(policy: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'sg-reg-run-'));
  cpSync(join(REPO, 'fixtures/demo/release'), dir, { recursive: true });
  writeFileSync(join(dir, '.shipgate/policy.yml'), policy);
  return dir;
}

function evaluate(root: string, dryRun = false) {
  return run({ root, scans: [], dryRun, clock: () => new Date(NOW), logger: silentLogger });
}

function shipgate(root: string) {
  const result = spawnSync(process.execPath, [CLI, 'evaluate', '--root', root], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', SHIPGATE_NOW: NOW },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('run: the register when no gate reads it', () => {
  it('keeps every committed owner, plan, due date and ticket in the updated register, and lists the register as evidence', async () => {
    const root = release(policyWithoutPlans());
    const committed = readFileSync(join(root, REGISTER), 'utf8');
    const result = await evaluate(root);
    expect(result.exitCode).toBe(0);
    // The gates see the plans as when one of them reads the register: open findings allowed with a plan are conditions.
    expect(result.evaluation.decision).toBe('approved-with-conditions');
    expect(result.evaluation.conditions).toContain(
      `2 open high finding(s) allowed open with a plan in ${REGISTER}: SG-51bfe6fd5d2101cd, SG-d58906d1d0eec93a.`,
    );
    expect(result.evaluation.evidence.filter((e) => e.kind === 'register')).toEqual([
      { path: REGISTER, sha256: expect.stringMatching(/^[0-9a-f]{64}$/), origin: 'workspace', kind: 'register' },
    ]);
    expect(result.evaluation.warnings).not.toContain(MISSING_WARNING);
    const before = await parseRegister(committed, REGISTER);
    const after = await parseRegister(readFileSync(join(root, OUT, 'findings-register.csv'), 'utf8'), REGISTER);
    expect(after.rows).toEqual(before.rows);
    expect(after.rows.map((r) => [r.owner, r.dueDate ?? '', r.ticket])).toEqual([
      ['alice', '2026-12-15', 'WEB-101'],
      ['alice', '2026-12-15', 'WEB-102'],
      ['carol', '', 'SEC-31'],
      ['bob', '2027-01-31', 'OPS-7'],
      ['bob', '2027-01-31', 'OPS-7'],
    ]);
    expect(readFileSync(join(root, REGISTER), 'utf8')).toBe(committed);
  });

  it('refuses a broken register as an input error, as when a gate reads it', async () => {
    const root = release(policyWithoutPlans());
    writeFileSync(join(root, REGISTER), 'finding_id,status\nSG-d58906d1d0eec93a,done\n');
    const error = await evaluate(root, true).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(
      `${REGISTER}: row 2, column status: 'done' is not a register status (expected open, in-remediation, risk-accepted, false-positive or resolved).`,
    );
  });

  it('refuses outputs.dir: security beside the register (exit 2) before anything is written', async () => {
    const root = release(policyWithoutPlans('outputs:\n  dir: security'));
    const committed = readFileSync(join(root, REGISTER), 'utf8');
    const error = await evaluate(root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toContain(
      `findings-register.csv would replace the register file ${REGISTER}`,
    );
    expect(readFileSync(join(root, REGISTER), 'utf8')).toBe(committed);
  });

  it('warns about a missing register only when a gate reads it', async () => {
    const off = release(policyWithoutPlans());
    rmSync(join(off, REGISTER));
    const quiet = await evaluate(off, true);
    expect(quiet.evaluation.warnings).not.toContain(MISSING_WARNING);
    expect(quiet.evaluation.evidence.some((e) => e.kind === 'register')).toBe(false);

    // scan-cleanliness's requirePlan alone reads it.
    const on = release(policyWithoutPlans('', '  disposition-integrity: { enforcement: off }\n'));
    rmSync(join(on, REGISTER));
    const warned = await evaluate(on, true);
    expect(warned.evaluation.warnings).toContain(MISSING_WARNING);
  });
});

describe('cli: the register when no gate reads it (dist/cli.js)', () => {
  it('writes an updated register that keeps the committed rows, and a certificate that lists the register', () => {
    const root = release(policyWithoutPlans());
    const committed = readFileSync(join(root, REGISTER), 'utf8');
    const result = shipgate(root);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const written = readFileSync(join(root, OUT, 'findings-register.csv'), 'utf8').split('\r\n');
    expect(written[1]).toBe(
      `"SG-d58906d1d0eec93a","Cross-site scripting in examples/Xss.js","high","sast","examples/Xss.js:4","alice","in-remediation","Encode the query parameter with the template engine's escaping helper","2026-12-15","","WEB-101"`,
    );
    expect(written).toHaveLength(committed.trim().split('\n').length + 1);
    const certificate = JSON.parse(readFileSync(join(root, OUT, 'security-approval-certificate.json'), 'utf8'));
    expect(certificate.predicate.inputAttestations.map((a: { uri: string }) => a.uri)).toContain(REGISTER);
  });

  it('refuses outputs.dir: security with exit 2 and leaves the committed register as it was', () => {
    const root = release(policyWithoutPlans('outputs:\n  dir: security'));
    const committed = readFileSync(join(root, REGISTER), 'utf8');
    const result = shipgate(root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`findings-register.csv would replace the register file ${REGISTER}`);
    expect(result.stdout).toBe('');
    expect(readFileSync(join(root, REGISTER), 'utf8')).toBe(committed);
    // With an earlier run's outputs beside it, the refused run withdraws them, never the register.
    writeFileSync(
      join(root, 'security/scan-results.json'),
      '{\n  "$schema": "https://shipgate.dev/schemas/scan-results.schema.json",\n  "decision": "approved"\n}\n',
    );
    writeFileSync(join(root, 'security/security-approval-certificate.json'), '{}');
    const again = shipgate(root);
    expect(again.code).toBe(2);
    expect(readFileSync(join(root, REGISTER), 'utf8')).toBe(committed);
    expect(existsSync(join(root, 'security/scan-results.json'))).toBe(false);
    expect(existsSync(join(root, 'security/security-approval-certificate.json'))).toBe(false);
    // An output folder linked to the register's folder keeps the register too (compared by real path).
    symlinkSync('security', join(root, 'out'));
    writeFileSync(
      join(root, '.shipgate/policy.yml'),
      readFileSync(join(root, '.shipgate/policy.yml'), 'utf8').replace('dir: security', 'dir: out'),
    );
    const linked = shipgate(root);
    expect(linked.code).toBe(2);
    expect(readFileSync(join(root, REGISTER), 'utf8')).toBe(committed);
  });

  it('refuses a broken register with exit 3', () => {
    const root = release(policyWithoutPlans());
    writeFileSync(join(root, REGISTER), 'finding_id;status\nSG-d58906d1d0eec93a;open\n');
    const result = shipgate(root);
    expect(result.code).toBe(3);
    expect(result.stderr).toBe(
      `shipgate: input error: ${REGISTER}: row 1: the header has no finding_id or status column; it reads 'finding_id;status', which looks separated by ';' (expected comma-separated columns, with at least the columns finding_id and status).\n`,
    );
  });
});
