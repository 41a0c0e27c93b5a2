/**
 * A `path` selector covers a finding only when every copy of it matches. A copy reported at no path
 * (pip-audit names no file) merged with a Trivy copy at `services/api/requirements.txt` used to be
 * covered by `path: services/api/**`, as if the pip-audit copy were there too.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { run } from '../../src/run.js';

const CVE = 'CVE-2021-21330';

function trivy(targets: string[]): string {
  return JSON.stringify({
    SchemaVersion: 2,
    ArtifactName: '.',
    ArtifactType: 'filesystem',
    Results: targets.map((target) => ({
      Target: target,
      Class: 'lang-pkgs',
      Type: 'pip',
      Vulnerabilities: [
        {
          VulnerabilityID: CVE,
          VendorIDs: ['GHSA-v6wp-4m6f-gcjg'],
          PkgName: 'aiohttp',
          InstalledVersion: '3.6.2',
          FixedVersion: '3.7.4',
          Severity: 'HIGH',
          Title: 'aiohttp open redirect',
        },
      ],
    })),
  });
}

const PIP_AUDIT = JSON.stringify({
  dependencies: [
    {
      name: 'aiohttp',
      version: '3.6.2',
      vulns: [
        {
          id: 'PYSEC-2021-76',
          aliases: [CVE, 'GHSA-v6wp-4m6f-gcjg'],
          fix_versions: ['3.7.4'],
          description: 'open redirect',
        },
      ],
    },
  ],
  fixes: [],
});

async function evaluate(reports: Record<string, string>, match: string, dryRun = true) {
  const root = mkdtempSync(join(tmpdir(), 'sg-exc-no-path-'));
  mkdirSync(join(root, 'reports'));
  mkdirSync(join(root, '.shipgate/exceptions'), { recursive: true });
  for (const [name, text] of Object.entries(reports)) writeFileSync(join(root, 'reports', name), text);
  writeFileSync(
    join(root, '.shipgate/exceptions/aiohttp.yml'),
    [
      'exceptions:',
      '  - id: EXC-0001',
      '    type: risk-acceptance',
      `    match: ${match}`,
      '    reason: The redirect target is fixed in this service.',
      '    owner: carol',
      '    approvedBy: security-lead',
      '    approvedOn: 2026-11-20',
      '    expires: 2027-01-15',
      '',
    ].join('\n'),
  );
  const result = await run({
    root,
    scans: ['reports/*.json'],
    dryRun,
    clock: () => new Date('2026-11-25T12:00:00Z'),
    logger: silentLogger,
  });
  return { root, findings: result.evaluation.findings };
}

describe('a path exception on a finding one of whose copies has no path', () => {
  const both = { 'trivy.json': trivy(['services/api/requirements.txt']), 'pip-audit.json': PIP_AUDIT };

  it('does not cover the merged finding: the pip-audit copy is at no path the glob matches', async () => {
    const { findings } = await evaluate(both, `{ vulnerability: ${CVE}, path: "services/api/**" }`);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding?.sources.map((s) => s.format).sort()).toEqual(['pip-audit', 'trivy']);
    expect(finding?.location.path).toBe('services/api/requirements.txt');
    expect(finding).toMatchObject({ excepted: false });
    expect(finding?.exceptionId).toBeUndefined();
  });

  it('covers the Trivy copy alone, and the merged finding by vulnerability without a path', async () => {
    const alone = await evaluate(
      { 'trivy.json': trivy(['services/api/requirements.txt']) },
      `{ vulnerability: ${CVE}, path: "services/api/**" }`,
    );
    expect(alone.findings[0]).toMatchObject({ excepted: true, exceptionId: 'EXC-0001' });
    const merged = await evaluate(both, `{ vulnerability: ${CVE} }`);
    expect(merged.findings).toHaveLength(1);
    expect(merged.findings[0]).toMatchObject({ excepted: true, exceptionId: 'EXC-0001' });
  });

  it('does not cover it with a glob that matches every path either', async () => {
    const { findings } = await evaluate(both, `{ vulnerability: ${CVE}, path: "**" }`);
    expect(findings[0]?.excepted).toBe(false);
  });

  it('writes what it records of the copies to no output: scan-results.json and the SARIF have no alsoAt', async () => {
    const { root, findings } = await evaluate(both, `{ vulnerability: ${CVE}, path: "services/api/**" }`, false);
    expect(findings[0]?.alsoAt).toEqual(['']);
    const out = join(root, '.artifacts/review-security');
    const results = readFileSync(join(out, 'scan-results.json'), 'utf8');
    expect(JSON.parse(results).findings).toHaveLength(1);
    expect(results).not.toContain('alsoAt');
    expect(readFileSync(join(out, 'shipgate.sarif'), 'utf8')).not.toContain('alsoAt');
  });
});
