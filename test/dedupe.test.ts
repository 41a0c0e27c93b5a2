/**
 * Cross-scanner de-duplication (DESIGN 3.2) on real reports of one image and on one release scanned by
 * four dependency scanners; what joins and what does not, and that no order of inputs or entries and no
 * file name changes the merged findings.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { EvaluatedFinding } from '../src/gates/types.js';
import { silentLogger } from '../src/logger.js';
import { run } from '../src/run.js';

const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));

async function evaluate(root: string, scans: string[], policy = 'release') {
  const result = await run({
    root,
    scans,
    dryRun: true,
    clock: () => new Date('2026-11-25T12:00:00Z'),
    logger: silentLogger,
    policy,
  });
  return result.evaluation;
}

/** A temporary root holding the given reports (text, or the JSON of any other value). */
function rootWith(files: Record<string, unknown>): string {
  const root = mkdtempSync(join(tmpdir(), 'sg-dedupe-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return root;
}

function fixture(rel: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, rel), 'utf8'));
}

/** A Trivy filesystem report of one target. */
function trivyReport(type: string, vulnerabilities: Record<string, unknown>[], target = 'package-lock.json') {
  return {
    SchemaVersion: 2,
    ArtifactName: '.',
    ArtifactType: 'filesystem',
    Results: [{ Target: target, Class: 'lang-pkgs', Type: type, Vulnerabilities: vulnerabilities }],
  };
}

function trivyVulnerability(id: string, name: string, version: string, extra: Record<string, unknown> = {}) {
  return {
    VulnerabilityID: id,
    PkgName: name,
    InstalledVersion: version,
    Severity: 'HIGH',
    Title: `${id} in ${name}`,
    ...extra,
  };
}

/** A Grype report of the given matches. */
function grypeReport(matches: Record<string, unknown>[]) {
  return { matches, source: { type: 'directory', target: '.' }, descriptor: { name: 'grype', version: '0.96.0' } };
}

function grypeMatch(id: string, related: string[], artifact: Record<string, unknown>, severity = 'Critical') {
  return {
    vulnerability: { id, severity, description: `${id} description` },
    relatedVulnerabilities: related.map((rel) => ({ id: rel })),
    matchDetails: [],
    artifact: { locations: [{ path: '/app/lock' }], ...artifact },
  };
}

/**
 * The fields of findings that must not depend on input order, file names or entry order: all but where
 * each came from (input, pointer) and the internal run index an ingestor numbered in entry order.
 */
function withoutOrigins(findings: readonly EvaluatedFinding[]) {
  return findings.map((finding) => {
    const { sources, ...rest } = finding;
    delete (rest as { run?: number }).run;
    delete (rest as { identityKey?: string }).identityKey;
    return { ...rest, sources: sources.map((s) => `${s.format} ${s.tool}`).sort() };
  });
}

/** The same order every run: a seeded Fisher-Yates shuffle. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i -= 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
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
    // Grype rates CVE-2020-27618 (libc6, libc-bin) Unknown, Trivy MEDIUM: unknown counts as the policy's
    // severity.unknown (high), above medium, so the two stay unknown rather than counted lower.
    expect(both.totals).toEqual({ critical: 5, high: 42, medium: 150, low: 144, info: 0, unknown: 11 });
    expect(
      both.findings.filter((f) => f.aliases.includes('CVE-2020-27618')).map((f) => [f.severity, f.severitySource]),
    ).toEqual([
      ['unknown', 'grype Unknown; unknown counts as high, above trivy MEDIUM'],
      ['unknown', 'grype Unknown; unknown counts as high, above trivy MEDIUM'],
    ]);
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

describe('a report without the installed version (npm audit v2)', () => {
  const npm = fixture('npm-audit-json/npm-audit-v2-one.json');
  const trivy = fixture('trivy-json/trivy-dev-npm-with-suppressed.json');
  const debug = (version: string) =>
    grypeMatch('GHSA-9vvw-cc9w-f27h', ['CVE-2017-20165'], {
      name: 'debug',
      version,
      type: 'npm',
      purl: `pkg:npm/debug@${version}`,
    });

  it('joins the findings of its alias and package when they are all of one version', async () => {
    const root = rootWith({ 'npm.json': npm, 'trivy.json': trivy, 'grype.json': grypeReport([debug('3.0.1')]) });
    const { findings } = await evaluate(root, ['npm.json', 'trivy.json', 'grype.json']);
    const joined = findings.filter((f) => f.aliases.includes('CVE-2017-20165'));
    expect(joined).toHaveLength(1);
    expect(joined[0]).toMatchObject({
      identity: 'dep|CVE-2017-20165|npm:debug|3.0.1:1',
      ruleId: 'CVE-2017-20165',
      package: { name: 'debug', version: '3.0.1' },
    });
    expect(joined[0]?.sources.map((s) => s.format).sort()).toEqual(['grype', 'npm-audit', 'trivy']);
  });

  it('stays a finding of its own when two versions are installed, whatever the order', async () => {
    const ids: string[][] = [];
    for (const [matches, scans] of [
      [
        [debug('3.0.1'), debug('2.6.8')],
        ['npm.json', 'trivy.json', 'grype.json'],
      ],
      [
        [debug('2.6.8'), debug('3.0.1')],
        ['grype.json', 'trivy.json', 'npm.json'],
      ],
    ] as const) {
      const root = rootWith({ 'npm.json': npm, 'trivy.json': trivy, 'grype.json': grypeReport([...matches]) });
      const { findings } = await evaluate(root, [...scans]);
      const debugFindings = findings.filter((f) => f.aliases.includes('GHSA-9vvw-cc9w-f27h'));
      expect(debugFindings.map((f) => f.identity).sort()).toEqual([
        'dep|CVE-2017-20165|npm:debug|2.6.8:1',
        'dep|CVE-2017-20165|npm:debug|3.0.1:1',
        'dep|GHSA-9vvw-cc9w-f27h|npm:debug|:1',
      ]);
      // The npm audit finding keeps the id it has alone.
      expect(debugFindings.find((f) => f.package?.version === undefined)?.id).toBe('SG-0a5c67ca7eaaf842');
      expect(debugFindings.find((f) => f.package?.version === '2.6.8')?.sources.map((s) => s.format)).toEqual([
        'grype',
      ]);
      ids.push(findings.map((f) => f.id));
    }
    expect(ids[1]).toEqual(ids[0]);
  });

  it('joins other reports without a version of the same alias and package, even with two versions installed', async () => {
    const root = rootWith({
      'a/npm.json': npm,
      'b/npm.json': npm,
      'grype.json': grypeReport([debug('3.0.1'), debug('2.6.8')]),
    });
    const { findings } = await evaluate(root, ['a/npm.json', 'b/npm.json', 'grype.json']);
    const versionless = findings.filter((f) => f.identity === 'dep|GHSA-9vvw-cc9w-f27h|npm:debug|:1');
    expect(versionless).toHaveLength(1);
    expect(versionless[0]?.sources.map((s) => s.input)).toEqual(['a/npm.json', 'b/npm.json']);
  });
});

describe('merged findings do not depend on order or file names', () => {
  it('gives the same findings for real Trivy, Grype, Bandit and GitLab SAST reports in any order, under any names, with shuffled entries', async () => {
    const trivy = fixture('trivy-json/trivy-legacy-list-many.json') as { Vulnerabilities?: unknown[] }[];
    const grype = fixture('grype-json/grype-0.7.0-image-many.json') as { matches: unknown[] };
    const bandit = fixture('bandit-json/bandit-many.json') as { results: unknown[] };
    const gitlab = fixture('gitlab-sast-json/gl-sast-v14-many.json') as { vulnerabilities: unknown[] };
    const shuffledTrivy = shuffled(trivy, 7).map((target) =>
      target.Vulnerabilities ? { ...target, Vulnerabilities: shuffled(target.Vulnerabilities, 11) } : target,
    );
    const variants = [
      rootWith({ 'trivy.json': trivy, 'grype.json': grype, 'bandit.json': bandit, 'gl.json': gitlab }),
      rootWith({
        'z-trivy.json': shuffledTrivy,
        'a-grype.json': { ...grype, matches: shuffled(grype.matches, 3) },
        'y-bandit.json': { ...bandit, results: shuffled(bandit.results, 5) },
        'b-gl.json': { ...gitlab, vulnerabilities: shuffled(gitlab.vulnerabilities, 9) },
      }),
    ];
    const first = await evaluate(variants[0] as string, ['trivy.json', 'grype.json', 'bandit.json', 'gl.json']);
    const second = await evaluate(variants[1] as string, [
      'b-gl.json',
      'y-bandit.json',
      'a-grype.json',
      'z-trivy.json',
    ]);
    expect(first.findings.filter((f) => f.sources.length > 1).length).toBeGreaterThan(100);
    expect(withoutOrigins(second.findings)).toEqual(withoutOrigins(first.findings));
  });

  it('takes the id, rule, title, scan type and package of a merged finding the same way in either order (PyYAML, pyyaml)', async () => {
    const trivy = trivyReport(
      'pip',
      [
        trivyVulnerability('CVE-2020-14343', 'PyYAML', '5.3.1', { Severity: 'CRITICAL' }),
        trivyVulnerability('CVE-2023-0001', 'python_dateutil', '2.8.0'),
      ],
      'requirements.txt',
    );
    const grype = grypeReport([
      grypeMatch('GHSA-8q59-q68h-6hv4', ['CVE-2020-14343'], { name: 'pyyaml', version: '5.3.1', type: 'python' }),
      grypeMatch('CVE-2023-0001', [], { name: 'python-dateutil', version: '2.8.0', type: 'python' }, 'High'),
    ]);
    const results = [];
    for (const [files, scans] of [
      [{ 'trivy.json': trivy, 'grype.json': grype }, ['trivy.json', 'grype.json']],
      [{ 'trivy.json': trivy, 'grype.json': grype }, ['grype.json', 'trivy.json']],
      [{ 'c-trivy.json': trivy, 'b-grype.json': grype }, ['b-grype.json', 'c-trivy.json']],
    ] as const)
      results.push(withoutOrigins((await evaluate(rootWith(files), [...scans])).findings));
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
    expect(results[0]?.map((f) => [f.identity, f.ruleId, f.scanType, f.package?.name, f.sources])).toEqual([
      [
        'dep|CVE-2023-0001|pypi:python-dateutil|2.8.0:1',
        'CVE-2023-0001',
        'dependency',
        'python-dateutil',
        ['grype grype', 'trivy Trivy'],
      ],
      [
        'dep|CVE-2020-14343|pypi:pyyaml|5.3.1:1',
        'CVE-2020-14343',
        'dependency',
        'PyYAML',
        ['grype grype', 'trivy Trivy'],
      ],
    ]);
  });

  // A rule override speaks for the copies whose rule it names (README "Severity"): it raises the merged
  // finding, as Trivy's copy is ruled CVE-2017-20165, but would lower it only if every copy were.
  it("applies a policy override of the CVE as the merged finding's rule in either order", async () => {
    const files = {
      '.shipgate/policy.yml':
        'version: 1\nextends: release\nseverity:\n  overrides:\n    - { match: { rule: CVE-2017-20165 }, severity: critical }\n',
      'npm.json': fixture('npm-audit-json/npm-audit-v2-one.json'),
      'trivy.json': fixture('trivy-json/trivy-dev-npm-with-suppressed.json'),
      'grype.json': grypeReport([
        grypeMatch('GHSA-9vvw-cc9w-f27h', ['CVE-2017-20165'], { name: 'debug', version: '3.0.1', type: 'npm' }),
      ]),
    };
    for (const scans of [
      ['grype.json', 'npm.json', 'trivy.json'],
      ['trivy.json', 'npm.json', 'grype.json'],
    ]) {
      const { findings } = await evaluate(rootWith(files), scans, '.shipgate/policy.yml');
      const merged = findings.find((f) => f.aliases.includes('CVE-2017-20165'));
      expect(merged).toMatchObject({ ruleId: 'CVE-2017-20165', severity: 'critical' });
      expect(merged?.sources).toHaveLength(3);
    }
  });
});

describe('what joins across scanners', () => {
  it('joins a Maven package named by its artifact and purl (Grype) with its group:artifact (Trivy)', async () => {
    const root = rootWith({
      'trivy.json': trivyReport(
        'pom',
        [trivyVulnerability('CVE-2021-44228', 'org.apache.logging.log4j:log4j-core', '2.14.1')],
        'pom.xml',
      ),
      'grype.json': grypeReport([
        grypeMatch('CVE-2021-44228', [], {
          name: 'log4j-core',
          version: '2.14.1',
          type: 'java-archive',
          purl: 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1',
        }),
        // Another artifact of the same group is another package.
        grypeMatch('CVE-2021-44228', [], {
          name: 'log4j-api',
          version: '2.14.1',
          type: 'java-archive',
          purl: 'pkg:maven/org.apache.logging.log4j/log4j-api@2.14.1',
        }),
      ]),
    });
    const { findings } = await evaluate(root, ['grype.json', 'trivy.json']);
    expect(findings.map((f) => [f.identity, f.sources.length])).toEqual(
      expect.arrayContaining([
        ['dep|CVE-2021-44228|maven:org.apache.logging.log4j:log4j-core|2.14.1:1', 2],
        ['dep|CVE-2021-44228|maven:org.apache.logging.log4j:log4j-api|2.14.1:1', 1],
      ]),
    );
    expect(findings).toHaveLength(2);
  });

  it("joins Go's standard library as govulncheck (v1.20.1) and Grype (go1.20.1) write it, keeping govulncheck's id", async () => {
    const root = rootWith({
      'gv.json': readFileSync(join(FIXTURES, 'govulncheck-json/govulncheck-1.0.0-array-wrapped.json'), 'utf8'),
      'grype.json': grypeReport([
        grypeMatch('CVE-2023-29403', [], { name: 'stdlib', version: 'go1.20.1', type: 'go-module' }, 'High'),
        grypeMatch('CVE-2023-29403', [], { name: 'stdlib', version: 'go1.20.2', type: 'go-module' }, 'High'),
      ]),
    });
    const { findings } = await evaluate(root, ['grype.json', 'gv.json']);
    expect(findings.map((f) => [f.id, f.identity, f.sources.map((s) => s.format).sort()])).toEqual(
      expect.arrayContaining([
        ['SG-bbb32839dbe442ae', 'dep|CVE-2023-29403|golang:stdlib|v1.20.1:1', ['govulncheck', 'grype']],
        [expect.any(String), 'dep|CVE-2023-29403|golang:stdlib|v1.20.2:1', ['grype']],
      ]),
    );
    expect(findings).toHaveLength(2);
  });

  it('keeps two CVEs apart when a Grype advisory relates both, and joins it with its only CVE', async () => {
    const trivy = {
      SchemaVersion: 2,
      ArtifactName: 'img',
      ArtifactType: 'container_image',
      Results: [
        {
          Target: 'img (amazon 2)',
          Class: 'os-pkgs',
          Type: 'amazon',
          Vulnerabilities: ['CVE-2023-0286', 'CVE-2023-0215'].map((id) =>
            trivyVulnerability(id, 'openssl-libs', '1:1.0.2k-24.amzn2.0.4', { VendorIDs: ['ALAS-2023-1935'] }),
          ),
        },
      ],
    };
    const openssl = { name: 'openssl-libs', version: '1:1.0.2k-24.amzn2.0.4', type: 'rpm' };
    const both = await evaluate(
      rootWith({
        'trivy.json': trivy,
        'grype.json': grypeReport([grypeMatch('ALAS-2023-1935', ['CVE-2023-0215', 'CVE-2023-0286'], openssl, 'High')]),
      }),
      ['trivy.json', 'grype.json'],
    );
    expect(both.findings.map((f) => [f.ruleId, f.sources.length]).sort()).toEqual([
      ['ALAS-2023-1935', 1],
      ['CVE-2023-0215', 1],
      ['CVE-2023-0286', 1],
    ]);
    const one = await evaluate(
      rootWith({
        'trivy.json': trivy,
        'grype.json': grypeReport([grypeMatch('ALAS-2023-1935', ['CVE-2023-0286'], openssl, 'High')]),
      }),
      ['trivy.json', 'grype.json'],
    );
    expect(one.findings.map((f) => [f.ruleId, f.sources.length]).sort()).toEqual([
      ['CVE-2023-0215', 1],
      ['CVE-2023-0286', 2],
    ]);
  });
});
