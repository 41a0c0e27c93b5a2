import { FIXTURES, counts, createHarness, fixtureFiles, sampleOf } from './harness.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dependencyCheck, parsePurl } from '../../src/ingest/dependency-check.js';
import { dependencyIdentity } from '../../src/ingest/identity.js';
import { countBySeverity, type SeverityCounts } from '../../src/model.js';

const FOLDER = 'dependency-check-json';
const { parseFixture, otherFormatFiles, writeTemp, parseText, parseError } = createHarness(dependencyCheck, FOLDER);

/** The temporary folder the harness writes inputs to. */
function tempDir(): string {
  return writeTemp('.keep', '').root;
}

/** A Dependency-Check report around the given dependencies. */
function report(dependencies: unknown[], scanInfo: Record<string, unknown> = {}): string {
  return JSON.stringify({
    reportSchema: '1.1',
    scanInfo: { engineVersion: '9.0.9', dataSource: [], ...scanInfo },
    projectInfo: { name: 'demo', reportDate: '2026-01-01T00:00:00Z', credits: {} },
    dependencies,
  });
}

function dependency(vulnerabilities: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    isVirtual: false,
    fileName: 'lodash-4.17.20.tgz',
    filePath: '/ci/project/node_modules/lodash/package.json',
    packages: [{ id: 'pkg:npm/lodash@4.17.20', confidence: 'HIGHEST' }],
    vulnerabilities,
    ...extra,
  };
}

describe('ingest/dependency-check', () => {
  it('has a fixture set to test against', () => {
    expect(fixtureFiles(FOLDER)).toHaveLength(2);
  });

  // Manifest column "Findings by severity (computed)" (raw severity words, case kept) next to what
  // shipgate counts.
  const table: { file: string; manifest: string; expected: Partial<SeverityCounts>; version: string; why?: string }[] =
    [
      {
        file: 'dependency-check-12.1.3-maven.json',
        manifest: '52 vulnerabilities; severity {CRITICAL: 4, HIGH: 2, LOW: 1, MEDIUM: 36, low: 4, medium: 5}',
        expected: { critical: 4, high: 2, medium: 41, low: 5 },
        version: '12.1.3',
        why: 'case is normalized: MEDIUM 36 + medium 5 = 41 medium, LOW 1 + low 4 = 5 low',
      },
      {
        file: 'dependency-check-7.1.1-no-vulns.json',
        manifest: '19 dependencies; 0 vulnerabilities; severity {0}',
        expected: {},
        version: '7.1.1',
      },
    ];

  it('covers every fixture in the table', () => {
    expect(table.map((row) => `${FOLDER}/${row.file}`).sort()).toEqual(fixtureFiles(FOLDER));
  });

  it.each(table)('counts $file against the manifest ($manifest)', async ({ file, expected, version }) => {
    const result = await parseFixture(`${FOLDER}/${file}`);
    expect(countBySeverity(result.findings)).toEqual(counts(expected));
    expect(result.runs).toEqual([
      {
        tool: 'dependency-check',
        toolVersion: version,
        scanType: 'dependency',
        completed: true,
        problems: [],
        resultCount: result.findings.length,
      },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('reads every field of a vulnerability', async () => {
    const rel = `${FOLDER}/dependency-check-12.1.3-maven.json`;
    const { findings } = await parseFixture(rel);
    const pkg = {
      name: 'org.apache.commons:commons-lang3',
      version: '3.17.0',
      ecosystem: 'maven',
      purl: 'pkg:maven/org.apache.commons/commons-lang3@3.17.0',
    };
    expect(findings[0]).toEqual({
      identityKey: dependencyIdentity('CVE-2025-48924', ['CVE-2025-48924'], pkg),
      run: 0,
      scanType: 'dependency',
      ruleId: 'CVE-2025-48924',
      title: 'Uncontrolled Recursion vulnerability in Apache Commons Lang.',
      severity: 'medium',
      severitySource: 'dependency-check MEDIUM',
      aliases: ['CVE-2025-48924'],
      cwe: ['CWE-674'],
      location: {
        path: '/home/runner/.m2/repository/org/apache/commons/commons-lang3/3.17.0/commons-lang3-3.17.0.jar',
      },
      package: pkg,
      sources: [
        {
          input: rel,
          format: 'dependency-check',
          tool: 'dependency-check',
          toolVersion: '12.1.3',
          pointer: '/dependencies/18/vulnerabilities/0',
        },
      ],
    });
    expect(findings[0]?.identityKey).toBe('dep|CVE-2025-48924|maven:org.apache.commons:commons-lang3|3.17.0');
  });

  it('normalizes the lowercase RETIREJS severities and keeps prose names out of the aliases', async () => {
    const { findings } = await parseFixture(`${FOLDER}/dependency-check-12.1.3-maven.json`);
    const eol = findings.find((f) => f.ruleId.startsWith('Bootstrap before 4.0.0'));
    expect(eol).toMatchObject({
      severity: 'low',
      severitySource: 'dependency-check low',
      aliases: [],
      package: { name: 'bootstrap', version: '3.3.7', ecosystem: 'javascript', purl: 'pkg:javascript/bootstrap@3.3.7' },
    });
    const retire = findings.filter((f) => f.severitySource === 'dependency-check medium');
    expect(retire).toHaveLength(5);
    expect(retire.every((f) => f.severity === 'medium')).toBe(true);
  });

  it('names a dependency without a package URL by its file name', async () => {
    const { findings } = await parseFixture(`${FOLDER}/dependency-check-12.1.3-maven.json`);
    const bcprov = findings.find((f) => f.ruleId === 'CVE-2023-33202');
    expect(bcprov?.package).toEqual({ name: 'jruby-stdlib-9.4.2.0.jar: bcprov-jdk18on-1.71.jar' });
    expect(bcprov?.location.path).toMatch(/bcprov-jdk18on-1\.71\.jar$/);
  });

  it('makes the file path relative when it lies under the root', async () => {
    const root = tempDir();
    const result = await parseText(
      'relative.json',
      report([
        dependency([{ source: 'NPM', name: 'GHSA-35jh-r3h4-6jhm', severity: 'high' }], {
          filePath: `${root}/services/api/node_modules/lodash/package.json`,
        }),
      ]),
    );
    expect(result.findings[0]?.location).toEqual({ path: 'services/api/node_modules/lodash/package.json' });
    expect(result.findings[0]?.aliases).toEqual(['GHSA-35jh-r3h4-6jhm']);
  });

  describe('severity fallbacks', () => {
    it.each([
      ['the severity word, whatever its case', { severity: 'High' }, 'high', 'dependency-check High'],
      ['npm moderate', { severity: 'moderate' }, 'medium', 'dependency-check moderate'],
      [
        'cvssv3.baseSeverity',
        { cvssv3: { baseScore: 9.8, baseSeverity: 'CRITICAL' } },
        'critical',
        'dependency-check cvssv3 CRITICAL',
      ],
      ['cvssv2.severity', { cvssv2: { score: 5, severity: 'MEDIUM' } }, 'medium', 'dependency-check cvssv2 MEDIUM'],
      ['cvssv3.baseScore', { cvssv3: { baseScore: 7.5 } }, 'high', 'dependency-check cvssv3 7.5'],
      ['cvssv3.baseScore as a string', { cvssv3: { baseScore: '9.8' } }, 'critical', 'dependency-check cvssv3 9.8'],
      [
        'cvssv4.baseSeverity',
        { cvssv4: { baseScore: 9.3, baseSeverity: 'CRITICAL' } },
        'critical',
        'dependency-check cvssv4 CRITICAL',
      ],
      ['cvssv4.baseScore', { cvssv4: { baseScore: 8.7 } }, 'high', 'dependency-check cvssv4 8.7'],
      ['cvssv4.baseScore as a string', { cvssv4: { baseScore: '6.9' } }, 'medium', 'dependency-check cvssv4 6.9'],
      ['cvssv2.score', { cvssv2: { score: 7.5 } }, 'high', 'dependency-check cvssv2 7.5'],
      ['cvssv2.score as a string', { cvssv2: { score: '10.0' } }, 'critical', 'dependency-check cvssv2 10.0'],
      ['cvssv2.score 0', { cvssv2: { score: 0 } }, 'info', 'dependency-check cvssv2 0.0'],
      // Between bands, as a SARIF security-severity is: not rounded up into the next band.
      ['an off-grid 8.95, as high', { cvssv3: { baseScore: 8.95 } }, 'high', 'dependency-check cvssv3 8.95'],
      ['an off-grid 8.99, as high', { cvssv3: { baseScore: '8.99' } }, 'high', 'dependency-check cvssv3 8.99'],
      ['9.0 as critical', { cvssv3: { baseScore: 9 } }, 'critical', 'dependency-check cvssv3 9.0'],
      [
        'single-precision 8.949999809',
        { cvssv2: { score: 8.949999809265137 } },
        'high',
        'dependency-check cvssv2 8.949999809265137',
      ],
      ['single-precision 8.899999619', { cvssv2: { score: 8.899999618530273 } }, 'high', 'dependency-check cvssv2 8.9'],
      [
        'single-precision 9.000000954',
        { cvssv2: { score: 9.000000953674316 } },
        'critical',
        'dependency-check cvssv2 9.0',
      ],
      [
        'the v3 score before the v4 and v2 scores',
        { cvssv3: { baseScore: 5.3 }, cvssv4: { baseScore: 9.3 }, cvssv2: { score: 7.5 } },
        'medium',
        'dependency-check cvssv3 5.3',
      ],
      ['nothing', {}, 'unknown', 'no severity in dependency-check'],
      [
        'empty score strings',
        { cvssv3: { baseScore: '' }, cvssv2: { score: ' ' } },
        'unknown',
        'no severity in dependency-check',
      ],
    ])('reads %s', async (_what, fields, severity, severitySource) => {
      const result = await parseText(
        'sev.json',
        report([dependency([{ source: 'NVD', name: 'CVE-2024-1234', ...fields }])]),
      );
      expect(result.findings[0]).toMatchObject({ severity, severitySource });
    });

    it('reads the score of the real CVSS v2-only vulnerabilities when their severity words are gone', async () => {
      // CVE-2024-12798 and CVE-2024-12801 (logback) have cvssv2 and no cvssv3; without a word, the float
      // scores 5.900000095367432 and 2.4000000953674316 are read to one decimal.
      const doc = JSON.parse(readFileSync(join(FIXTURES, FOLDER, 'dependency-check-12.1.3-maven.json'), 'utf8')) as {
        dependencies: { vulnerabilities?: Record<string, unknown>[] }[];
      };
      const logback = doc.dependencies[121]?.vulnerabilities ?? [];
      for (const vuln of logback) {
        delete vuln.severity;
        if (vuln.cvssv2 !== undefined) delete (vuln.cvssv2 as Record<string, unknown>).severity;
        if (vuln.cvssv3 !== undefined) delete (vuln.cvssv3 as Record<string, unknown>).baseSeverity;
      }
      const result = await parseText('no-words.json', JSON.stringify(doc));
      const byName = (name: string) => result.findings.find((f) => f.ruleId === name);
      expect(byName('CVE-2024-12798')).toMatchObject({
        severity: 'medium',
        severitySource: 'dependency-check cvssv2 5.9',
      });
      expect(byName('CVE-2024-12801')).toMatchObject({
        severity: 'low',
        severitySource: 'dependency-check cvssv2 2.4',
      });
      expect(result.warnings).toEqual([]);
    });

    it('warns about a score that is not one and uses the next field', async () => {
      const result = await parseText(
        'badscore.json',
        report([
          dependency([
            { name: 'CVE-2024-1234', cvssv3: { baseScore: 'high' }, cvssv4: { baseScore: 11 }, cvssv2: { score: 4.3 } },
          ]),
        ]),
      );
      expect(result.findings[0]).toMatchObject({ severity: 'medium', severitySource: 'dependency-check cvssv2 4.3' });
      expect(result.warnings).toEqual([
        "badscore.json: /dependencies/0/vulnerabilities/0/cvssv3/baseScore: 'high' is not a CVSS score from 0 to 10; the next severity field was used.",
        'badscore.json: /dependencies/0/vulnerabilities/0/cvssv4/baseScore: the number 11 is not a CVSS score from 0 to 10; the next severity field was used.',
      ]);
    });

    it('refuses a cvssv4 that is not an object', async () => {
      const error = await parseError('v4.json', report([dependency([{ name: 'CVE-2024-1234', cvssv4: 9.3 }])]));
      expect(error.message).toBe(
        'v4.json: /dependencies/0/vulnerabilities/0/cvssv4: got the number 9.3 (expected an object).',
      );
    });

    it('warns about a word it does not know and uses the next field', async () => {
      const result = await parseText(
        'odd.json',
        report([dependency([{ name: 'CVE-2024-1234', severity: 'SEVERE', cvssv3: { baseSeverity: 'HIGH' } }])]),
      );
      expect(result.findings[0]).toMatchObject({ severity: 'high', severitySource: 'dependency-check cvssv3 HIGH' });
      expect(result.warnings).toEqual([
        "odd.json: /dependencies/0/vulnerabilities/0/severity: 'SEVERE' is not a severity word; the next severity field was used.",
      ]);
    });
  });

  it('reads suppressed vulnerabilities as suppressed findings, with the notes of the suppression', async () => {
    const result = await parseText(
      'suppressed.json',
      report([
        dependency([{ name: 'CVE-2024-1', severity: 'HIGH' }], {
          suppressedVulnerabilities: [
            {
              name: 'CVE-2024-2',
              cvssv3: { baseScore: 9.8, baseSeverity: 'CRITICAL' },
              notes: '\n   Not reachable: the parser is never called.\n   ',
            },
            { name: 'CVE-2024-3', severity: 'LOW', notes: '' },
          ],
        }),
        dependency([], { suppressedVulnerabilities: [{ name: 'CVE-2024-4', severity: 'HIGH' }] }),
      ]),
    );
    expect(result.findings.map((f) => [f.ruleId, f.severity, f.sources[0]?.pointer, f.suppressions])).toEqual([
      ['CVE-2024-1', 'high', '/dependencies/0/vulnerabilities/0', undefined],
      [
        'CVE-2024-2',
        'critical',
        '/dependencies/0/suppressedVulnerabilities/0',
        [{ kind: 'external', status: 'accepted', justification: 'Not reachable: the parser is never called.' }],
      ],
      ['CVE-2024-3', 'low', '/dependencies/0/suppressedVulnerabilities/1', [{ kind: 'external', status: 'accepted' }]],
      ['CVE-2024-4', 'high', '/dependencies/1/suppressedVulnerabilities/0', [{ kind: 'external', status: 'accepted' }]],
    ]);
    // The identity, package and location a vulnerability has when it is not suppressed.
    const plain = await parseText(
      'plain.json',
      report([dependency([{ name: 'CVE-2024-2', cvssv3: { baseScore: 9.8, baseSeverity: 'CRITICAL' } }])]),
    );
    const { suppressions, sources, ...suppressed } = result.findings[1] ?? {};
    expect(suppressions).toHaveLength(1);
    expect(sources).toHaveLength(1);
    expect({ ...plain.findings[0], sources: undefined }).toEqual({ ...suppressed, sources: undefined });
    expect(result.runs[0]?.resultCount).toBe(4);
    expect(result.warnings).toEqual([
      'suppressed.json: 3 vulnerabilities were suppressed by a Dependency-Check suppression file (suppressedVulnerabilities); they are read as suppressed findings and counted unless the policy sets exceptions.inFileSuppressions: honor.',
    ]);
  });

  it('warns about CPE identifiers a suppression file removed, whose vulnerabilities the report cannot name', async () => {
    const result = await parseText(
      'cpe.json',
      report([
        dependency([], { suppressedVulnerabilityIds: [{ id: 'cpe:2.3:a:lodash:lodash:4.17.20:*:*:*:*:*:*:*' }] }),
      ]),
    );
    expect(result.findings).toEqual([]);
    expect(result.warnings).toEqual([
      'cpe.json: 1 dependency has CPE identifiers removed by a Dependency-Check suppression file (suppressedVulnerabilityIds); vulnerabilities of a removed identifier that the report does not list under suppressedVulnerabilities cannot be counted.',
    ]);
  });

  it('marks the run incomplete when an analyzer threw', async () => {
    const result = await parseText(
      'exceptions.json',
      report([dependency([{ name: 'CVE-2024-1', severity: 'HIGH' }])], {
        analysisExceptions: [{ exception: { message: 'Failed to request component-reports', stackTrace: ['x'] } }],
      }),
    );
    expect(result.findings).toHaveLength(1);
    expect(result.runs[0]?.completed).toBe(false);
    expect(result.runs[0]?.problems).toEqual([
      'Dependency-Check reported an analysis exception (/scanInfo/analysisExceptions/0): Failed to request component-reports',
    ]);
  });

  it('lets the declared scan type override every finding and the run', async () => {
    const result = await parseFixture(`${FOLDER}/dependency-check-12.1.3-maven.json`, { scanType: 'container' });
    expect(new Set(result.findings.map((f) => f.scanType))).toEqual(new Set(['container']));
    expect(result.runs[0]?.scanType).toBe('container');
  });

  describe('package URLs', () => {
    it.each([
      [
        'pkg:maven/org.apache.commons/commons-lang3@3.17.0',
        { ecosystem: 'maven', name: 'org.apache.commons:commons-lang3', version: '3.17.0' },
      ],
      ['pkg:npm/%40babel/core@7.24.0', { ecosystem: 'npm', name: '@babel/core', version: '7.24.0' }],
      ['pkg:npm/@babel/core@7.24.0', { ecosystem: 'npm', name: '@babel/core', version: '7.24.0' }],
      [
        'pkg:golang/github.com/gin-gonic/gin@v1.9.0',
        { ecosystem: 'golang', name: 'github.com/gin-gonic/gin', version: 'v1.9.0' },
      ],
      ['pkg:deb/debian/bash@5.0-4?arch=amd64#sub/path', { ecosystem: 'deb', name: 'debian/bash', version: '5.0-4' }],
      ['pkg:javascript/jquery@2.2.3.min', { ecosystem: 'javascript', name: 'jquery', version: '2.2.3.min' }],
      ['pkg:PyPI/requests', { ecosystem: 'pypi', name: 'requests' }],
    ])('parses %s', (purl, expected) => {
      expect(parsePurl(purl)).toEqual(expected);
    });

    it.each(['cpe:2.3:a:qos:logback:1.4.12:*:*:*:*:*:*:*', 'pkg:', 'pkg:npm/', 'lodash@4.17.20'])(
      'refuses %s',
      (text) => {
        expect(parsePurl(text)).toBeUndefined();
      },
    );
  });

  describe('detection', () => {
    it.each(fixtureFiles(FOLDER))('detects %s as certain', (rel) => {
      expect(dependencyCheck.detect(sampleOf(FIXTURES, rel))).toBe('certain');
    });

    it.each(otherFormatFiles())('does not claim %s', (rel) => {
      expect(dependencyCheck.detect(sampleOf(FIXTURES, rel))).not.toBe('certain');
    });

    it('says no to SARIF written by Dependency-Check and to pip-audit dependencies', () => {
      const files = [
        ...fixtureFiles('sarif').filter((r) => /dependency-check/.test(r)),
        ...fixtureFiles('pip-audit-json'),
      ];
      expect(files.length).toBeGreaterThan(2);
      for (const rel of files) expect(dependencyCheck.detect(sampleOf(FIXTURES, rel))).toBe('no');
    });

    it('never throws, whatever the sample', () => {
      for (const document of [undefined, null, 1, [], {}, { dependencies: 1 }, { dependencies: [], scanInfo: 'x' }])
        expect(() => dependencyCheck.detect({ path: 'x.json', head: '', document })).not.toThrow();
    });
  });

  describe('malformed input', () => {
    it('names the file, line and column of truncated JSON', async () => {
      const error = await parseError('truncated.json', '{"reportSchema": "1.1", "dependencies": [');
      expect(error.message).toMatch(/^truncated\.json: line 1, column \d+/);
    });

    it('refuses a document without dependencies', async () => {
      const error = await parseError('other.json', '{"reportSchema": "1.1"}');
      expect(error.message).toBe(
        "other.json: (root): got an object without 'dependencies' (expected an OWASP Dependency-Check JSON report (an object with 'dependencies' and 'scanInfo')).",
      );
    });

    it('names the pointer of a missing scanInfo', async () => {
      const error = await parseError('noinfo.json', '{"reportSchema": "1.1", "dependencies": []}');
      expect(error.message).toBe('noinfo.json: /scanInfo: the key is missing (expected an object with engineVersion).');
    });

    it('names the pointer of a vulnerability without a name', async () => {
      const error = await parseError('noname.json', report([dependency([{ severity: 'HIGH' }])]));
      expect(error.message).toBe(
        'noname.json: /dependencies/0/vulnerabilities/0/name: the key is missing (expected a string).',
      );
    });

    it('gathers every problem into one error', async () => {
      const error = await parseError(
        'many.json',
        report([
          dependency([{ name: 'CVE-2024-1', cwes: [79] }], { fileName: 3 }),
          dependency('none' as unknown as []),
        ]),
      );
      expect(error.problems).toEqual([
        'many.json: /dependencies/0/fileName: got the number 3 (expected a string).',
        'many.json: /dependencies/0/vulnerabilities/0/cwes/0: got the number 79 (expected a string).',
        "many.json: /dependencies/1/vulnerabilities: got the string 'none' (expected an array).",
      ]);
    });
  });
});
