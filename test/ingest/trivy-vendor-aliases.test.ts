/**
 * Trivy's `VendorIDs` name the advisories that fix a vulnerability, and an advisory may fix several
 * CVEs (ALAS-2023-1935 fixes CVE-2023-0286 and CVE-2023-0215; Trivy writes one entry per CVE, each with
 * the ALAS id). Only CVE and GHSA ids become aliases, so the ALAS id joins nothing and excepts nothing:
 * an exception or override for one of its CVEs applies to that CVE's finding only, and one naming the
 * ALAS id applies to none (this held before; the tests below show it). A VendorIDs CVE beside another
 * VulnerabilityID (which no Trivy report seen writes, but the schema allows) was an alias too: the two
 * CVEs were one finding, one of them hidden, and an exception for either excepted both. Such a CVE is
 * no alias now (joinableAliases, as the other readers use it). The alpine result of the real
 * trivy-image-schema2-many.json, edited in the test.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trivy } from '../../src/ingest/trivy.js';
import { silentLogger } from '../../src/logger.js';
import { run } from '../../src/run.js';
import { FIXTURES, createHarness } from './harness.js';

const { parseText } = createHarness(trivy, 'trivy-json');

const FIXED = 'CVE-2023-0286';
const ALSO_FIXED = 'CVE-2023-0215';
const ALAS = 'ALAS-2023-1935';

type Entry = Record<string, unknown>;

/**
 * The fixture's alpine result, as an Amazon Linux image whose openssl has the given vulnerabilities
 * (VulnerabilityID, VendorIDs, Severity), each made from the result's first vulnerability.
 */
function report(vulnerabilities: { id: string; vendorIds: string[]; severity: string }[]): string {
  const doc = JSON.parse(readFileSync(join(FIXTURES, 'trivy-json/trivy-image-schema2-many.json'), 'utf8')) as {
    Results: Entry[];
  };
  const [alpine] = doc.Results as [Entry & { Vulnerabilities: Entry[] }];
  expect(alpine.Class).toBe('os-pkgs');
  const [first] = alpine.Vulnerabilities as [Entry];
  expect(first.VendorIDs).toBeUndefined();
  const result = {
    ...alpine,
    Target: 'app:1.0 (amazon 2 (Karoo))',
    Type: 'amazon',
    Vulnerabilities: vulnerabilities.map(({ id, vendorIds, severity }) => ({
      ...first,
      VulnerabilityID: id,
      VendorIDs: vendorIds,
      PkgName: 'openssl-libs',
      PkgPath: undefined,
      InstalledVersion: '1:1.0.2k-24.amzn2.0.4',
      FixedVersion: '1:1.0.2k-24.amzn2.0.6',
      Severity: severity,
      Title: `openssl: ${id}`,
    })),
  };
  return JSON.stringify({ ...doc, Results: [result] });
}

/** Trivy's two entries for what ALAS-2023-1935 fixes, as Trivy writes them. */
const AS_WRITTEN = report([
  { id: FIXED, vendorIds: [ALAS], severity: 'HIGH' },
  { id: ALSO_FIXED, vendorIds: [ALAS], severity: 'HIGH' },
]);

/** A dry run over the report, with an exception for the given vulnerability and the given override. */
async function evaluate(text: string, options: { exception?: string; override?: string } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'sg-trivy-vendor-aliases-'));
  mkdirSync(join(root, '.shipgate/exceptions'), { recursive: true });
  writeFileSync(join(root, 'trivy.json'), text);
  writeFileSync(
    join(root, '.shipgate/policy.yml'),
    [
      'version: 1',
      ...(options.override ? ['severity:', '  overrides:', `    - ${options.override}`] : []),
      'gates:',
      '  evidence-completeness: { enforcement: off }',
      '  control-verification: { enforcement: off }',
      '  disposition-integrity: { enforcement: off }',
      '  scan-cleanliness: { max: { critical: 0, high: 0 }, requirePlan: [] }',
      '',
    ].join('\n'),
  );
  if (options.exception !== undefined)
    writeFileSync(
      join(root, '.shipgate/exceptions/openssl.yml'),
      [
        'exceptions:',
        '  - id: EXC-1',
        '    type: risk-acceptance',
        `    match: { vulnerability: ${options.exception} }`,
        '    reason: openssl is not reachable from the service',
        '    owner: alice',
        '    approvedBy: security-lead',
        '    approvedOn: 2026-11-20',
        '    expires: 2027-01-20',
        '',
      ].join('\n'),
    );
  const { evaluation } = await run({
    root,
    scans: ['trivy.json'],
    dryRun: true,
    clock: () => new Date('2026-11-25T12:00:00Z'),
    logger: silentLogger,
  });
  const byRule = (rule: string) => evaluation.findings.find((f) => f.ruleId === rule);
  return { evaluation, byRule };
}

describe('Trivy VendorIDs naming an advisory that fixes several CVEs', () => {
  it('keeps the advisory id from the aliases: each CVE is a finding of its own', async () => {
    const { findings } = await parseText('trivy.json', AS_WRITTEN);
    expect(findings.map((f) => [f.ruleId, f.aliases])).toEqual([
      [FIXED, [FIXED]],
      [ALSO_FIXED, [ALSO_FIXED]],
    ]);
    const { evaluation } = await evaluate(AS_WRITTEN);
    expect(evaluation.findings.map((f) => f.ruleId).sort()).toEqual([ALSO_FIXED, FIXED]);
    expect(evaluation.decision).toBe('rejected');
  });

  it('lets an exception or override for one CVE apply to that CVE only', async () => {
    const excepted = await evaluate(AS_WRITTEN, { exception: ALSO_FIXED });
    expect(excepted.byRule(ALSO_FIXED)).toMatchObject({ excepted: true, exceptionId: 'EXC-1' });
    expect(excepted.byRule(FIXED)?.excepted).toBe(false);
    expect(excepted.evaluation.decision).toBe('rejected');
    const lowered = await evaluate(AS_WRITTEN, {
      override: `{ match: { vulnerability: ${ALSO_FIXED} }, severity: low }`,
    });
    expect([lowered.byRule(ALSO_FIXED)?.severity, lowered.byRule(FIXED)?.severity]).toEqual(['low', 'high']);
    expect(lowered.evaluation.decision).toBe('rejected');
  });

  it('lets an exception naming the advisory apply to neither', async () => {
    const { evaluation } = await evaluate(AS_WRITTEN, { exception: ALAS });
    expect(evaluation.findings.map((f) => f.excepted)).toEqual([false, false]);
    expect(evaluation.exceptions.unused.map((u) => u.id)).toEqual(['EXC-1']);
  });
});

describe('Trivy VendorIDs naming a CVE', () => {
  it('keeps the CVE of the entry itself, or a GHSA id beside one CVE, as aliases', async () => {
    const { findings } = await parseText(
      'trivy.json',
      report([
        { id: FIXED, vendorIds: [FIXED.toLowerCase(), ALAS], severity: 'HIGH' },
        { id: 'GHSA-xxxx-xxxx-xxxx', vendorIds: [ALSO_FIXED], severity: 'HIGH' },
      ]),
    );
    expect(findings.map((f) => f.aliases)).toEqual([[FIXED], [ALSO_FIXED, 'GHSA-xxxx-xxxx-xxxx']]);
  });

  it('takes no other CVE as an alias: the two CVEs stay two findings, each excepted by its own id', async () => {
    // CVE-2023-0286's entry names CVE-2023-0215 in VendorIDs: it was [0215, 0286] as aliases, its
    // identity dep|CVE-2023-0215|... (the first CVE), one finding with 0215's own entry.
    const text = report([
      { id: FIXED, vendorIds: [ALSO_FIXED], severity: 'CRITICAL' },
      { id: ALSO_FIXED, vendorIds: [], severity: 'LOW' },
    ]);
    const { findings } = await parseText('trivy.json', text);
    expect(findings.map((f) => [f.ruleId, f.aliases])).toEqual([
      [FIXED, [FIXED]],
      [ALSO_FIXED, [ALSO_FIXED]],
    ]);
    expect(findings[0]?.identityKey).toContain(`dep|${FIXED}|`);
    const { evaluation, byRule } = await evaluate(text, { exception: ALSO_FIXED });
    expect(evaluation.findings).toHaveLength(2);
    expect(byRule(FIXED)).toMatchObject({ severity: 'critical', excepted: false });
    expect(byRule(ALSO_FIXED)).toMatchObject({ excepted: true });
    expect(evaluation.decision).toBe('rejected');
  });
});
