/**
 * scan-results.json names its schema in `$schema`; schemas/scan-results.schema.json is that schema,
 * shipped in the package. Every output validates: the outputs of every fixture, and an evaluation that
 * fills every part of the exception report (applied, rejected, unused, expiring soon, pending, in-file
 * suppressions), a declared scan type and a commit. A changed field shape fails the schema.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as ajv2020 from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { silentLogger } from '../../src/logger.js';
import { SCAN_RESULTS_SCHEMA } from '../../src/report/scan-results.js';
import { run } from '../../src/run.js';
import { scannerReports } from '../helpers.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = join(REPO, 'fixtures');
const Ajv2020 = ajv2020.default.default ?? ajv2020.default;
const schema = JSON.parse(readFileSync(join(REPO, 'schemas/scan-results.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const NOW = () => new Date('2026-11-25T12:00:00Z');

function problems(document: unknown): string[] {
  return validate(document) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** The demo release, with an in-file-suppressed report added and exceptions in every state. */
function fullRelease(): string {
  const root = mkdtempSync(join(tmpdir(), 'sg-schema-'));
  cpSync(join(FIXTURES, 'demo/release'), root, { recursive: true });
  cpSync(join(FIXTURES, 'sarif/eslint-8.56.0-all-suppressed-insource.sarif'), join(root, 'reports/eslint.sarif'));
  writeFileSync(
    join(root, '.shipgate/policy.yml'),
    [
      'version: 1',
      'extends: release',
      'inputs:',
      '  - reports/codeql.sarif',
      '  - reports/trivy.json',
      '  - reports/gitleaks.sarif',
      '  - path: reports/eslint.sarif',
      '    scanType: sast',
      'exceptions:',
      '  approvers: [security-lead]',
      '  warnDays: 120',
      '  inFileSuppressions: honor',
      '',
    ].join('\n'),
  );
  const exception = (id: string, match: string[], approvedOn: string, expires: string) => [
    `  - id: ${id}`,
    '    type: risk-acceptance',
    '    match:',
    ...match.map((m) => `      ${m}`),
    '    reason: Not reachable in this service.',
    '    owner: carol',
    '    approvedBy: security-lead',
    `    approvedOn: ${approvedOn}`,
    `    expires: ${expires}`,
  ];
  mkdirSync(join(root, '.shipgate/exceptions'), { recursive: true });
  writeFileSync(
    join(root, '.shipgate/exceptions/more.yml'),
    [
      'exceptions:',
      // Expired: rejected, and what it would cover counts as open.
      ...exception('EXC-0100', ['vulnerability: CVE-2026-24733'], '2026-06-01', '2026-08-01'),
      // Matches nothing: unused.
      ...exception('EXC-0101', ['vulnerability: CVE-1999-0001'], '2026-11-01', '2027-01-15'),
      '',
    ].join('\n'),
  );
  return root;
}

describe('report/scan-results.json schema', () => {
  const outputs: { name: string; document: Record<string, unknown> }[] = [];
  let full: Record<string, unknown>;

  beforeAll(async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'sg-schema-out-'));
    let n = 0;
    for (const file of scannerReports()) {
      const outDir = join(scratch, String((n += 1)));
      try {
        await run({
          root: REPO,
          scans: [relative(REPO, file)],
          policy: 'release',
          dryRun: false,
          clock: NOW,
          logger: silentLogger,
          outDir,
        });
      } catch (error) {
        if (error instanceof InputError) continue;
        throw error;
      }
      outputs.push({
        name: relative(REPO, file),
        document: JSON.parse(readFileSync(join(outDir, 'scan-results.json'), 'utf8')),
      });
    }
    const root = fullRelease();
    await run({
      root,
      scans: [],
      dryRun: false,
      clock: NOW,
      logger: silentLogger,
      commit: 'f'.repeat(40),
      repository: 'acme/payments',
      pendingEvidence: [{ file: '.shipgate/exceptions/new.yml', reason: 'added by this pull request' }],
    });
    full = JSON.parse(readFileSync(join(root, '.artifacts/review-security/scan-results.json'), 'utf8'));
  }, 120_000);

  it('is the schema scan-results.json names, shipped in the package', () => {
    expect(schema.$id).toBe(SCAN_RESULTS_SCHEMA);
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
    expect(pkg.files).toContain('schemas');
  });

  it('validates the scan results of every fixture', () => {
    expect(outputs.length).toBeGreaterThan(80);
    for (const { name, document } of outputs) expect(problems(document), name).toEqual([]);
  });

  it('validates an evaluation that fills every part of the exception report', () => {
    const exceptions = full.exceptions as Record<string, unknown[]>;
    for (const part of ['applied', 'rejected', 'unused', 'expiringSoon', 'pending', 'inFile'])
      expect(exceptions[part]?.length, part).toBeGreaterThan(0);
    expect(full.commit).toBe('f'.repeat(40));
    expect((full.inputs as { scanType?: string }[]).some((i) => i.scanType === 'sast')).toBe(true);
    const findings = full.findings as { excepted: boolean; exceptionId?: string; suppressions?: unknown[] }[];
    expect(findings.some((f) => f.exceptionId === 'in-file-suppression' && f.suppressions)).toBe(true);
    expect(problems(full)).toEqual([]);
  });

  it('fails on a changed shape: an unknown field, a wrong severity, a malformed id, a missing count', () => {
    const findings = full.findings as Record<string, unknown>[];
    const mutations: [string, (d: Record<string, unknown>) => void][] = [
      ['an unknown top-level field', (d) => (d.extra = true)],
      ['a severity outside the scale', (d) => ((d.findings as Record<string, unknown>[])[0]!.severity = 'severe')],
      ['an id that is not SG- and 16 hex digits', (d) => ((d.findings as Record<string, unknown>[])[0]!.id = 'SG-1')],
      ['a count missing', (d) => delete (d.totals as Record<string, unknown>).unknown],
      ['a finding without sources', (d) => ((d.findings as Record<string, unknown>[])[0]!.sources = [])],
      ['a gate of another name', (d) => ((d.gates as Record<string, unknown>[])[0]!.id = 'speed')],
    ];
    expect(findings.length).toBeGreaterThan(0);
    for (const [what, mutate] of mutations) {
      const copy = structuredClone(full);
      mutate(copy);
      expect(problems(copy).length, what).toBeGreaterThan(0);
    }
  });
});
