/**
 * One vulnerability in one package version is one finding wherever the package sits. An exception
 * scoped by `path` to one service's copy used to cover the finding, and with it the copy in another
 * service that no exception named; it now covers the finding only when every copy's path matches.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { run } from '../../src/run.js';

function lodash(target: string) {
  return {
    Target: target,
    Class: 'lang-pkgs',
    Type: 'npm',
    Vulnerabilities: [
      {
        VulnerabilityID: 'CVE-2020-8203',
        PkgName: 'lodash',
        InstalledVersion: '4.17.15',
        FixedVersion: '4.17.19',
        Severity: 'HIGH',
        Title: 'Prototype pollution in zipObjectDeep',
      },
    ],
  };
}

async function evaluate(targets: string[], path: string, reports = 1) {
  const root = mkdtempSync(join(tmpdir(), 'sg-path-copies-'));
  mkdirSync(join(root, 'reports'));
  mkdirSync(join(root, '.shipgate/exceptions'), { recursive: true });
  // One report with every copy, or one report per copy (merged across inputs).
  const groups = reports === 1 ? [targets] : targets.map((t) => [t]);
  groups.forEach((group, i) =>
    writeFileSync(
      join(root, `reports/trivy-${i}.json`),
      JSON.stringify({
        SchemaVersion: 2,
        ArtifactName: '.',
        ArtifactType: 'filesystem',
        Results: group.map(lodash),
      }),
    ),
  );
  writeFileSync(
    join(root, '.shipgate/exceptions/lodash.yml'),
    [
      'exceptions:',
      '  - id: EXC-0001',
      '    type: risk-acceptance',
      `    match: { vulnerability: CVE-2020-8203, package: lodash, path: "${path}" }`,
      '    reason: zipObjectDeep is not called in this service.',
      '    owner: alice',
      '    approvedBy: security-lead',
      '    approvedOn: 2026-11-20',
      '    expires: 2027-01-15',
      '',
    ].join('\n'),
  );
  const result = await run({
    root,
    scans: ['reports/*.json'],
    dryRun: true,
    clock: () => new Date('2026-11-25T12:00:00Z'),
    logger: silentLogger,
  });
  return result.evaluation.findings;
}

describe('a path exception on a finding reported at several paths', () => {
  it('covers the one copy it names', async () => {
    const [finding, ...rest] = await evaluate(['services/api/package-lock.json'], 'services/api/**');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ excepted: true, exceptionId: 'EXC-0001' });
  });

  it('does not cover copies in one report when one is outside its path; covers them when all are inside', async () => {
    const both = ['services/api/package-lock.json', 'services/billing/package-lock.json'];
    const [finding, ...rest] = await evaluate(both, 'services/api/**');
    expect(rest).toEqual([]);
    expect(finding?.excepted).toBe(false);
    expect(finding?.alsoAt).toEqual(['services/billing/package-lock.json']);
    const [covered] = await evaluate(both, 'services/**');
    expect(covered).toMatchObject({ excepted: true, exceptionId: 'EXC-0001' });
  });

  it('does not cover copies merged from two reports when one is outside its path', async () => {
    const both = ['services/api/package-lock.json', 'services/billing/package-lock.json'];
    const [finding, ...rest] = await evaluate(both, 'services/api/**', 2);
    expect(rest).toEqual([]);
    expect(finding?.excepted).toBe(false);
    const [covered] = await evaluate(both, 'services/**', 2);
    expect(covered?.excepted).toBe(true);
  });
});
