/**
 * schemas/certificate.schema.json describes security-approval-certificate.json (DESIGN 2). Certificates
 * of several releases validate (with and without a commit, an approval with and without conditions, an
 * exception not applied, the built-in policy); a changed shape fails.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as ajv2020 from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { run, type RunOptions } from '../../src/run.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = join(REPO, 'fixtures');
const Ajv2020 = ajv2020.default.default ?? ajv2020.default;
const schema = JSON.parse(readFileSync(join(REPO, 'schemas/certificate.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const NOW = () => new Date('2026-11-25T12:00:00Z');

function problems(document: unknown): string[] {
  return validate(document) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

function demo(): string {
  const root = mkdtempSync(join(tmpdir(), 'sg-cert-schema-'));
  cpSync(join(FIXTURES, 'demo/release'), root, { recursive: true });
  return root;
}

/** Clean scans of every required type and verified controls, under the built-in policy: approved. */
function clean(): string {
  const root = mkdtempSync(join(tmpdir(), 'sg-cert-clean-'));
  mkdirSync(join(root, 'reports'));
  mkdirSync(join(root, 'security'));
  cpSync(join(FIXTURES, 'sarif/semgrep-1.66.2-empty.sarif'), join(root, 'reports/semgrep.sarif'));
  cpSync(join(FIXTURES, 'npm-audit-json/npm-audit-v2-no-vulns.json'), join(root, 'reports/npm-audit.json'));
  cpSync(join(FIXTURES, 'sarif/gitleaks-8.0.0-no-results.sarif'), join(root, 'reports/gitleaks.sarif'));
  cpSync(join(FIXTURES, 'demo/evidence-examples/manual-assessment.md'), join(root, 'security/manual-assessment.md'));
  return root;
}

async function certificate(root: string, options: Partial<RunOptions> = {}): Promise<Record<string, unknown>> {
  const result = await run({ root, scans: [], dryRun: false, clock: NOW, logger: silentLogger, ...options });
  expect(result.evaluation.decision).not.toBe('rejected');
  return JSON.parse(readFileSync(join(result.outDir, 'security-approval-certificate.json'), 'utf8'));
}

describe('report/certificate schema', () => {
  const certificates: { name: string; document: Record<string, unknown> }[] = [];

  beforeAll(async () => {
    certificates.push({
      name: 'demo, with a commit, a repository and a pinned clock',
      document: await certificate(demo(), {
        commit: 'ABCDEF0123456789ABCDEF0123456789ABCDEF01',
        repository: 'acme/payments',
        clockPinned: true,
      }),
    });
    certificates.push({
      name: 'clean scans under the built-in policy, no commit',
      document: await certificate(clean(), { scans: ['reports/*'] }),
    });
    // An expired exception beside the valid one: exceptionsNotApplied is filled.
    const withRejected = demo();
    writeFileSync(
      join(withRejected, '.shipgate/exceptions/old.yml'),
      [
        'exceptions:',
        '  - id: EXC-0900',
        '    type: false-positive',
        '    match: { vulnerability: CVE-1999-0001 }',
        '    reason: Old.',
        '    owner: carol',
        '    approvedBy: security-lead',
        '    approvedOn: 2026-01-01',
        '    expires: 2026-02-01',
        // Expired, for the finding EXC-0001 covers: that finding is covered otherwise.
        '  - id: EXC-0902',
        '    type: risk-acceptance',
        '    match: { vulnerability: CVE-2025-66614 }',
        '    reason: Old.',
        '    owner: carol',
        '    approvedBy: security-lead',
        '    approvedOn: 2026-01-01',
        '    expires: 2026-02-01',
        // Valid, but it matches no finding: unused.
        '  - id: EXC-0901',
        '    type: false-positive',
        '    match: { vulnerability: CVE-1999-0002 }',
        '    reason: Not reachable.',
        '    owner: carol',
        '    approvedBy: security-lead',
        '    approvedOn: 2026-11-20',
        '    expires: 2027-01-01',
        '',
      ].join('\n'),
    );
    certificates.push({ name: 'an exception not applied', document: await certificate(withRejected) });
    const record = readFileSync(join(withRejected, '.artifacts/review-security/disposition-record.md'), 'utf8');
    expect(record).toContain('| EXC-0902 | expired |');
    expect(record).toMatch(/\| EXC-0902 \| expired \| [^|]+ \| SG-579cfc928f3e0824 \(covered otherwise\) \|/);
    expect(record).toMatch(/\| EXC-0900 \| expired \| [^|]+ \| none \|/);
    // A severity override that decides two findings: severityOverrides is filled.
    const overridden = demo();
    writeFileSync(
      join(overridden, '.shipgate/policy.yml'),
      `${readFileSync(join(overridden, '.shipgate/policy.yml'), 'utf8')}severity:\n  overrides:\n    - { match: { rule: js/xss }, severity: info }\n`,
    );
    certificates.push({ name: 'a severity override', document: await certificate(overridden) });
  }, 60_000);

  it('validates every certificate, and they cover what the schema allows', () => {
    for (const { name, document } of certificates) expect(problems(document), name).toEqual([]);
    const shipgate = (i: number) =>
      (certificates[i]?.document.predicate as { shipgate: Record<string, unknown> }).shipgate;
    expect(shipgate(0).commit).toBe('abcdef0123456789abcdef0123456789abcdef01');
    expect((shipgate(0).warnings as string[]).some((w) => w.startsWith('SHIPGATE_NOW pins'))).toBe(true);
    expect(shipgate(1).decision).toBe('approved');
    expect(shipgate(1).commit).toBeUndefined();
    expect((shipgate(1).policy as { chain: { source: string }[] }).chain.map((c) => c.source)).toEqual([
      'preset:release',
    ]);
    expect((shipgate(3).severityOverrides as unknown[]).length).toBe(1);
    // As the markdown lists them: the expired ones, and the valid one that matches no finding.
    expect(shipgate(2).exceptionsNotApplied).toEqual([
      expect.objectContaining({ id: 'EXC-0900', status: 'expired' }),
      expect.objectContaining({ id: 'EXC-0902', status: 'expired' }),
      { id: 'EXC-0901', status: 'unused', reason: 'matches no finding' },
    ]);
  });

  it('fails on a changed shape', () => {
    const base = certificates[0]?.document as Record<string, unknown>;
    type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const mutations: [string, (d: Doc) => void][] = [
      ['an unknown top-level field', (d) => (d.extra = 1)],
      ['no subject', (d) => (d.subject = [])],
      ['a subject without a sha256', (d) => delete d.subject[0].digest.sha256],
      ['a rejected decision', (d) => (d.predicate.shipgate.decision = 'rejected')],
      ['a result other than PASSED', (d) => (d.predicate.verificationResult = 'FAILED')],
      ['a policy digest that is not sha256 hex', (d) => (d.predicate.policy.digest.sha256 = 'abc')],
      ['no warnings field', (d) => delete d.predicate.shipgate.warnings],
      ['an unknown gate', (d) => (d.predicate.shipgate.gates[0].id = 'speed')],
      ['an upper-case commit', (d) => (d.subject[0].digest.gitCommit = 'ABCDEF0123456789ABCDEF0123456789ABCDEF01')],
    ];
    for (const [what, mutate] of mutations) {
      const copy = structuredClone(base);
      mutate(copy);
      expect(problems(copy).length, what).toBeGreaterThan(0);
    }
  });
});
