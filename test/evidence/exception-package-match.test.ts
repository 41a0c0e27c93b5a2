/**
 * An exception's `package` selector compares as identity compares packages: a name in its ecosystem's
 * normal form (PEP 503 for PyPI) and without case, a package URL by its type, normalized name and
 * (when it gives one) version. A finding merged from Trivy (`PyYAML`) and pip-audit (`pyyaml`) keeps
 * Trivy's name, and `package: pyyaml` used to match nothing, so a correct exception was dropped.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exceptionMatches } from '../../src/evidence/exceptions.js';
import { silentLogger } from '../../src/logger.js';
import { run } from '../../src/run.js';
import { makeFinding } from '../helpers.js';

const TRIVY = {
  SchemaVersion: 2,
  ArtifactName: '.',
  ArtifactType: 'filesystem',
  Results: [
    {
      Target: 'requirements.txt',
      Class: 'lang-pkgs',
      Type: 'pip',
      Vulnerabilities: [
        {
          VulnerabilityID: 'CVE-2020-14343',
          PkgName: 'PyYAML',
          InstalledVersion: '5.3.1',
          FixedVersion: '5.4',
          Severity: 'CRITICAL',
          Title: 'PyYAML arbitrary code execution',
        },
      ],
    },
  ],
};

const PIP_AUDIT = {
  dependencies: [
    {
      name: 'pyyaml',
      version: '5.3.1',
      vulns: [
        {
          id: 'PYSEC-2021-142',
          fix_versions: ['5.4'],
          aliases: ['CVE-2020-14343'],
          description: 'PyYAML arbitrary code execution',
        },
      ],
    },
  ],
  fixes: [],
};

/** Evaluates the Trivy and pip-audit reports of PyYAML 5.3.1 with one exception selecting `package`. */
async function evaluate(pkg: string) {
  const root = mkdtempSync(join(tmpdir(), 'sg-package-match-'));
  mkdirSync(join(root, 'reports'));
  mkdirSync(join(root, '.shipgate/exceptions'), { recursive: true });
  writeFileSync(join(root, 'reports/trivy.json'), JSON.stringify(TRIVY));
  writeFileSync(join(root, 'reports/pip.json'), JSON.stringify(PIP_AUDIT));
  writeFileSync(
    join(root, '.shipgate/policy.yml'),
    [
      'version: 1',
      'extends: release',
      'inputs:',
      '  - reports/trivy.json',
      '  - { path: reports/pip.json, format: pip-audit }',
      'evidence: { required: [dependency] }',
      'gates:',
      '  control-verification: { enforcement: off }',
      '  disposition-integrity: { enforcement: off }',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(root, '.shipgate/exceptions/pyyaml.yml'),
    [
      'exceptions:',
      '  - id: EXC-1',
      '    type: risk-acceptance',
      `    match: { vulnerability: CVE-2020-14343, package: "${pkg}" }`,
      '    reason: yaml.load is never called on untrusted input',
      '    owner: alice',
      '    approvedBy: security-lead',
      '    approvedOn: 2026-11-20',
      '    expires: 2026-12-20',
      '',
    ].join('\n'),
  );
  const result = await run({
    root,
    scans: [],
    dryRun: true,
    clock: () => new Date('2026-11-25T12:00:00Z'),
    logger: silentLogger,
  });
  return result.evaluation;
}

describe('an exception package selector, compared as identity compares packages', () => {
  it('the merged finding keeps the name Trivy wrote, and two tools reported it', async () => {
    const evaluation = await evaluate('PyYAML');
    expect(evaluation.findings).toHaveLength(1);
    const [finding] = evaluation.findings;
    expect(finding?.package?.name).toBe('PyYAML');
    expect(finding?.sources.map((s) => s.tool).sort()).toEqual(['Trivy', 'pip-audit']);
    expect(evaluation.decision).toBe('approved');
  });

  it('a PEP 503 name (pyyaml; py-yaml is another project) covers the merged finding; a prefix does not', async () => {
    for (const pkg of ['pyyaml', 'PYYAML']) {
      const evaluation = await evaluate(pkg);
      expect(evaluation.exceptions.applied.map((e) => e.id)).toEqual(['EXC-1']);
      expect(evaluation.decision).toBe('approved');
    }
    for (const pkg of ['py-yaml', 'pyyam', 'yaml']) {
      const evaluation = await evaluate(pkg);
      expect(evaluation.exceptions.applied).toEqual([]);
      expect(evaluation.exceptions.unused.map((e) => e.id)).toEqual(['EXC-1']);
      expect(evaluation.decision).toBe('rejected');
    }
  });

  it('a package URL by its type and PEP 503 name, at any version or the installed one; not another version, type or name', async () => {
    for (const pkg of ['pkg:pypi/pyyaml', 'pkg:pypi/PyYAML', 'pkg:pypi/pyyaml@5.3.1']) {
      const evaluation = await evaluate(pkg);
      expect(
        evaluation.exceptions.applied.map((e) => e.id),
        pkg,
      ).toEqual(['EXC-1']);
    }
    for (const pkg of ['pkg:pypi/pyyaml@5.4', 'pkg:npm/pyyaml', 'pkg:pypi/pyyam', 'pkg:pypi', 'pkg:pypi/']) {
      const evaluation = await evaluate(pkg);
      expect(evaluation.exceptions.applied, pkg).toEqual([]);
      expect(evaluation.decision, pkg).toBe('rejected');
    }
  });

  describe('exceptionMatches', () => {
    const vulnerability = 'CVE-2021-1';
    const base = { scanType: 'dependency' as const, ruleId: vulnerability, aliases: [vulnerability] };
    const matches = (pkg: string, finding: ReturnType<typeof makeFinding>): boolean =>
      exceptionMatches({ match: { vulnerability, package: pkg } }, finding);

    it('a PyPI name in any PEP 503 spelling; another ecosystem compares names only without case', () => {
      const dateutil = makeFinding({
        ...base,
        package: { name: 'python-dateutil', version: '2.8.0', ecosystem: 'pip' },
      });
      for (const pkg of ['python-dateutil', 'Python_Dateutil', 'python.dateutil', 'PYTHON--DATEUTIL'])
        expect(matches(pkg, dateutil), pkg).toBe(true);
      for (const pkg of ['python', 'dateutil', 'python-dateutil2', 'pythondateutil'])
        expect(matches(pkg, dateutil), pkg).toBe(false);
      // npm names are kept as written (no PEP 503): `_` and `-` are two packages there.
      const npm = makeFinding({ ...base, package: { name: 'left_pad', version: '1.0.0', ecosystem: 'npm' } });
      expect(matches('LEFT_PAD', npm)).toBe(true);
      expect(matches('left-pad', npm)).toBe(false);
    });

    it('a Maven group:artifact covers the artifact Grype names with the group in its purl', () => {
      const log4j = makeFinding({
        ...base,
        package: {
          name: 'log4j-core',
          version: '2.14.1',
          ecosystem: 'java-archive',
          purl: 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1',
        },
      });
      for (const pkg of [
        'log4j-core',
        'org.apache.logging.log4j:log4j-core',
        'pkg:maven/org.apache.logging.log4j/log4j-core',
        'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1',
      ])
        expect(matches(pkg, log4j), pkg).toBe(true);
      for (const pkg of [
        'org.apache.logging.log4j:log4j',
        'org.example:log4j-core',
        'pkg:maven/org.apache.logging.log4j/log4j-core@2.15.0',
        'pkg:maven/log4j-core',
      ])
        expect(matches(pkg, log4j), pkg).toBe(false);
    });

    it("a Debian package URL with a version covers Grype's purl with qualifiers (fixtures/grype-json)", () => {
      // As grype-0.7.0-image-many.json names openssl.
      const openssl = makeFinding({
        ...base,
        scanType: 'container',
        package: {
          name: 'openssl',
          version: '1.1.1d-0+deb10u3',
          ecosystem: 'deb',
          purl: 'pkg:deb/debian/openssl@1.1.1d-0+deb10u3?arch=amd64',
        },
      });
      expect(matches('pkg:deb/debian/openssl@1.1.1d-0+deb10u3', openssl)).toBe(true);
      expect(matches('pkg:deb/debian/openssl', openssl)).toBe(true);
      expect(matches('openssl', openssl)).toBe(true);
      expect(matches('pkg:deb/debian/openssl@1.1.1d-0+deb10u2', openssl)).toBe(false);
      expect(matches('pkg:deb/debian/openss', openssl)).toBe(false);
      expect(matches('pkg:rpm/debian/openssl@1.1.1d-0+deb10u3', openssl)).toBe(false);
    });

    it('a package URL needs the finding to be of its ecosystem: a finding of none is not matched by one', () => {
      const bare = makeFinding({ ...base, package: { name: 'pyyaml', version: '5.3.1' } });
      expect(matches('pyyaml', bare)).toBe(true);
      expect(matches('pkg:pypi/pyyaml', bare)).toBe(false);
      expect(matches('pkg:pypi/pyyaml', makeFinding({ ...base }))).toBe(false);
    });
  });
});
