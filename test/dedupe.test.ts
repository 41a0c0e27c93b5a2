/** Cross-scanner de-duplication (DESIGN 3.2) on real reports of one image and on one release scanned by four dependency scanners. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../src/logger.js';
import { run } from '../src/run.js';

const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));

async function evaluate(root: string, scans: string[]) {
  const result = await run({
    root,
    scans,
    dryRun: true,
    clock: () => new Date('2026-11-25T12:00:00Z'),
    logger: silentLogger,
    policy: 'release',
  });
  return result.evaluation;
}

describe('de-duplication across scanners', () => {
  it('merges Trivy and Grype reports of the same image: 93 + 327 findings are 352, 68 of them seen by both', async () => {
    const trivy = await evaluate(FIXTURES, ['trivy-json/trivy-legacy-list-many.json']);
    const grype = await evaluate(FIXTURES, ['grype-json/grype-0.7.0-image-many.json']);
    const both = await evaluate(FIXTURES, [
      'trivy-json/trivy-legacy-list-many.json',
      'grype-json/grype-0.7.0-image-many.json',
    ]);
    expect([trivy.findings.length, grype.findings.length, both.findings.length]).toEqual([93, 327, 352]);
    const seenByBoth = both.findings.filter((f) => new Set(f.sources.map((s) => s.format)).size === 2);
    expect(seenByBoth).toHaveLength(68);
    // A merged finding keeps the highest severity and every source.
    for (const f of seenByBoth) expect(f.sources.map((s) => s.format).sort()).toEqual(['grype', 'trivy']);
    expect(both.totals).toEqual({ critical: 5, high: 42, medium: 152, low: 144, info: 0, unknown: 9 });
  });

  it('merges one vulnerability reported by Trivy, Grype, npm audit (GHSA, no installed version) and OSV-Scanner into one finding', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sg-dedupe-'));
    const trivy = {
      SchemaVersion: 2,
      ArtifactName: 'app',
      ArtifactType: 'filesystem',
      Results: [
        {
          Target: 'package-lock.json',
          Class: 'lang-pkgs',
          Type: 'npm',
          Vulnerabilities: [
            {
              VulnerabilityID: 'CVE-2020-8203',
              PkgName: 'lodash',
              InstalledVersion: '4.17.15',
              FixedVersion: '4.17.19',
              Severity: 'HIGH',
              Title: 'lodash: prototype pollution in zipObjectDeep',
            },
          ],
        },
      ],
    };
    const grype = {
      matches: [
        {
          vulnerability: {
            id: 'GHSA-p6mc-m468-83gw',
            severity: 'Critical',
            fix: { versions: ['4.17.19'], state: 'fixed' },
          },
          relatedVulnerabilities: [{ id: 'CVE-2020-8203', severity: 'High' }],
          artifact: {
            name: 'lodash',
            version: '4.17.15',
            type: 'npm',
            purl: 'pkg:npm/lodash@4.17.15',
            locations: [{ path: '/app/package-lock.json' }],
          },
        },
      ],
      source: { type: 'directory', target: '/app' },
      descriptor: { name: 'grype', version: '0.74.0' },
    };
    const npm = {
      auditReportVersion: 2,
      vulnerabilities: {
        lodash: {
          name: 'lodash',
          severity: 'high',
          isDirect: true,
          via: [
            {
              source: 1523,
              name: 'lodash',
              dependency: 'lodash',
              title: 'Prototype Pollution in lodash',
              url: 'https://github.com/advisories/GHSA-p6mc-m468-83gw',
              severity: 'high',
              cwe: ['CWE-770'],
              range: '<4.17.19',
            },
          ],
          effects: [],
          range: '<=4.17.18',
          nodes: ['node_modules/lodash'],
          fixAvailable: true,
        },
      },
      metadata: {
        vulnerabilities: { info: 0, low: 0, moderate: 0, high: 1, critical: 0, total: 1 },
        dependencies: { prod: 1, dev: 0, optional: 0, peer: 0, peerOptional: 0, total: 1 },
      },
    };
    const osv = {
      results: [
        {
          source: { path: '/app/package-lock.json', type: 'lockfile' },
          packages: [
            {
              package: { name: 'lodash', version: '4.17.15', ecosystem: 'npm' },
              vulnerabilities: [
                { id: 'GHSA-p6mc-m468-83gw', aliases: ['CVE-2020-8203'], database_specific: { severity: 'HIGH' } },
              ],
              groups: [{ ids: ['GHSA-p6mc-m468-83gw'] }],
            },
          ],
        },
      ],
    };
    mkdirSync(join(root, 'reports'));
    writeFileSync(join(root, 'reports/trivy.json'), JSON.stringify(trivy));
    writeFileSync(join(root, 'reports/grype.json'), JSON.stringify(grype));
    writeFileSync(join(root, 'reports/npm-audit.json'), JSON.stringify(npm));
    writeFileSync(join(root, 'reports/osv.json'), JSON.stringify(osv));
    const evaluation = await evaluate(root, ['reports/*.json']);
    expect(evaluation.inputs.map((i) => i.format)).toEqual(['grype', 'npm-audit', 'osv-scanner', 'trivy']);
    expect(evaluation.findings).toHaveLength(1);
    const [finding] = evaluation.findings;
    expect(finding?.aliases).toEqual(['CVE-2020-8203', 'GHSA-p6mc-m468-83gw']);
    expect(finding?.severity).toBe('critical');
    expect(finding?.sources.map((s) => s.format).sort()).toEqual(['grype', 'npm-audit', 'osv-scanner', 'trivy']);
    expect(finding?.identity).toBe('dep|CVE-2020-8203|npm:lodash|4.17.15:1');
  });

  it('merges the same secret at the same place found by Gitleaks and TruffleHog', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sg-secrets-'));
    cpSync(join(FIXTURES, 'gitleaks-json/gitleaks-8-many.json'), join(root, 'gitleaks.json'));
    const gitleaks = JSON.parse(readFileSync(join(root, 'gitleaks.json'), 'utf8')) as {
      File: string;
      StartLine: number;
    }[];
    // TruffleHog's real line, pointed at the first place Gitleaks reports.
    const line = JSON.parse(
      readFileSync(join(FIXTURES, 'trufflehog-json/trufflehog-v3-git.jsonl'), 'utf8').split('\n')[0] as string,
    );
    line.SourceMetadata.Data.Git.file = gitleaks[0]?.File.replace(/^\//, '');
    line.SourceMetadata.Data.Git.line = gitleaks[0]?.StartLine;
    writeFileSync(join(root, 'trufflehog.jsonl'), `${JSON.stringify(line)}\n`);
    const alone = await evaluate(root, ['gitleaks.json']);
    const both = await evaluate(root, ['gitleaks.json', 'trufflehog.jsonl']);
    expect(both.findings).toHaveLength(alone.findings.length);
    const merged = both.findings.filter((f) => f.sources.length === 2);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.sources.map((s) => s.format).sort()).toEqual(['gitleaks', 'trufflehog']);
    expect(JSON.stringify(both.findings)).not.toContain('AKIAIOSFODNN7EXAMPLE');
  });
});
