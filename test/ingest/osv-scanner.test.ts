import { FIXTURES, counts, createHarness, fixtureFiles, sampleOf } from './harness.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { dependencyIdentity } from '../../src/ingest/identity.js';
import { cvss3BaseScore, osvScanner, roundUpCvss31 } from '../../src/ingest/osv-scanner.js';
import { readInputFile } from '../../src/ingest/read.js';
import { countBySeverity, type SeverityCounts } from '../../src/model.js';

const FOLDER = 'osv-scanner-json';
const OWN_MALFORMED = ['malformed/osv-scanner-zero-bytes.json'];
const { parseFixture, otherFormatFiles, parseText, parseError } = createHarness(osvScanner, FOLDER, OWN_MALFORMED);

/** An OSV-Scanner document with one package holding the given records and groups. */
function report(vulnerabilities: unknown[], groups?: unknown[]): string {
  return JSON.stringify({
    results: [
      {
        source: { path: 'app/package-lock.json', type: 'lockfile' },
        packages: [
          {
            package: { name: 'lodash', version: '4.17.20', ecosystem: 'npm' },
            vulnerabilities,
            ...(groups !== undefined ? { groups } : {}),
          },
        ],
      },
    ],
  });
}

function record(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, summary: `summary of ${id}`, ...extra };
}

describe('ingest/osv-scanner', () => {
  it('has a fixture set to test against', () => {
    expect(fixtureFiles(FOLDER)).toHaveLength(2);
  });

  // The manifest counts records by database_specific.severity; shipgate counts one finding per group and
  // falls back to the CVSS v3 vector when no record of the group has a database severity.
  const table: { file: string; manifest: string; expected: Partial<SeverityCounts>; records: number; why: string }[] = [
    {
      file: 'osv-scanner-many.json',
      manifest:
        '66 vulnerability records in 37 groups; no max_severity; records by database_specific.severity {CRITICAL: 5, HIGH: 16, MODERATE: 15, none: 30}',
      expected: { critical: 5, high: 20, medium: 12 },
      records: 66,
      why: '37 groups, not 66 records. MODERATE 15 records -> 14 groups (GHSA-q7rv-6hp3-vh96 and GHSA-wxmh-65f7-jcvw share one group), 12 of them medium: in two, a PYSEC record of the same vulnerability has a CVSS 7.5 vector, and a group keeps its highest severity (GHSA-hrfv-mqp8-q5rw with PYSEC-2023-221, GHSA-5h86-8mv2-jq9f with PYSEC-2024-24), so they are high. HIGH 16 -> 16 groups, plus 2 high groups whose records carry no database severity: CVE-2023-50094 (CVSS 8.8) and PYSEC-2023-206 (CVSS 7.5). The 30 records without one sit in groups with a GHSA record except those two.',
    },
    {
      file: 'osv-scanner-some.json',
      manifest: '1 vulnerability records in 1 groups; records by database_specific.severity {none: 1}',
      expected: { unknown: 1 },
      records: 1,
      why: 'MAL-2023-1035 has no database severity and no CVSS vector: unknown',
    },
  ];

  it('covers every fixture in the table', () => {
    expect(table.map((row) => `${FOLDER}/${row.file}`).sort()).toEqual(fixtureFiles(FOLDER));
  });

  it.each(table)('counts $file per group ($manifest)', async ({ file, expected, records }) => {
    const result = await parseFixture(`${FOLDER}/${file}`);
    expect(countBySeverity(result.findings)).toEqual(counts(expected));
    expect(result.runs).toEqual([
      { tool: 'osv-scanner', scanType: 'dependency', completed: true, problems: [], resultCount: records },
    ]);
    expect(result.warnings).toEqual([]);
    for (const finding of result.findings) expect(finding.scanType).toBe('dependency');
  });

  it('reads every field of a group of two records', async () => {
    const rel = `${FOLDER}/osv-scanner-many.json`;
    const { findings } = await parseFixture(rel);
    const finding = findings.find((f) => f.ruleId === 'GHSA-g4mx-q9vg-27p4');
    const pkg = { name: 'urllib3', version: '1.26.17', ecosystem: 'PyPI', fixedVersions: ['2.0.7', '1.26.18'] };
    const aliases = ['CVE-2023-45803', 'GHSA-g4mx-q9vg-27p4', 'PYSEC-2023-212'];
    expect(finding).toEqual({
      identityKey: dependencyIdentity('GHSA-g4mx-q9vg-27p4', aliases, pkg),
      run: 0,
      scanType: 'dependency',
      ruleId: 'GHSA-g4mx-q9vg-27p4',
      title: "urllib3's request body not stripped after redirect from 303 status changes request method to GET",
      severity: 'medium',
      severitySource: 'osv-scanner MODERATE (database_specific of GHSA-g4mx-q9vg-27p4)',
      aliases,
      cwe: ['CWE-200'],
      location: { path: '/tmpgapps/requirements.txt' },
      package: pkg,
      sources: [{ input: rel, format: 'osv-scanner', tool: 'osv-scanner', pointer: '/results/1/packages/1/groups/0' }],
    });
    expect(finding?.identityKey).toBe('dep|CVE-2023-45803|pypi:urllib3|1.26.17');
  });

  it('computes the severity from the CVSS v3 vector when no record has a database severity', async () => {
    const { findings } = await parseFixture(`${FOLDER}/osv-scanner-many.json`);
    expect(findings.find((f) => f.ruleId === 'PYSEC-2023-206')).toMatchObject({
      severity: 'high',
      severitySource: 'osv-scanner CVSS_V3 7.5 (computed from the vector of PYSEC-2023-206)',
      package: { name: 'selenium', version: '3.141.0', ecosystem: 'PyPI' },
    });
  });

  it("keeps the group's highest severity: a record's CVSS vector above another record's database word wins, and a word above a vector", async () => {
    const { findings } = await parseFixture(`${FOLDER}/osv-scanner-many.json`);
    // werkzeug CVE-2023-46136: the GHSA record says MODERATE, the PYSEC record's vector scores 7.5.
    expect(findings.find((f) => f.ruleId === 'GHSA-hrfv-mqp8-q5rw')).toMatchObject({
      severity: 'high',
      severitySource: 'osv-scanner CVSS_V3 7.5 (computed from the vector of PYSEC-2023-221)',
    });
    // The same group with the GHSA record's word raised to CRITICAL: the word, above the 7.5 vector, wins.
    const text = readFileSync(join(FIXTURES, FOLDER, 'osv-scanner-many.json'), 'utf8');
    const doc = JSON.parse(text) as {
      results: { packages: { vulnerabilities: { id: string; database_specific?: { severity?: string } }[] }[] }[];
    };
    let raised = 0;
    for (const r of doc.results)
      for (const p of r.packages)
        for (const v of p.vulnerabilities)
          if (v.id === 'GHSA-hrfv-mqp8-q5rw' && v.database_specific) {
            v.database_specific.severity = 'CRITICAL';
            raised += 1;
          }
    expect(raised).toBe(1);
    const changed = await parseText('osv-raised.json', doc);
    expect(changed.findings.find((f) => f.ruleId === 'GHSA-hrfv-mqp8-q5rw')).toMatchObject({
      severity: 'critical',
      severitySource: 'osv-scanner CRITICAL (database_specific of GHSA-hrfv-mqp8-q5rw)',
    });
  });

  it('names a git source package by its path and commit', async () => {
    const { findings } = await parseFixture(`${FOLDER}/osv-scanner-many.json`);
    expect(findings.find((f) => f.ruleId === 'CVE-2023-50094')).toMatchObject({
      severity: 'high',
      severitySource: 'osv-scanner CVSS_V3 8.8 (computed from the vector of CVE-2023-50094)',
      location: { path: '/tmprengine/' },
      package: { name: '/tmprengine/', version: 'f5f3c22f3ed5a6804a2a8d9ee9fa43044cfa24a6', ecosystem: 'GIT' },
    });
  });

  it('takes the malicious-package advisory as unknown with the GHSA as alias', async () => {
    const { findings } = await parseFixture(`${FOLDER}/osv-scanner-some.json`);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'MAL-2023-1035',
      title: 'Malicious code in flot-axis (npm)',
      severity: 'unknown',
      severitySource: 'no severity in osv-scanner',
      aliases: ['GHSA-8348-2q94-ffjx', 'MAL-2023-1035'],
      location: { path: '/tmp/components/yarn.lock' },
    });
  });

  it('refuses the 0-byte report before any parsing (readInputFile)', () => {
    expect(() => readInputFile(FIXTURES, 'malformed/osv-scanner-zero-bytes.json')).toThrow(InputError);
    expect(() => readInputFile(FIXTURES, 'malformed/osv-scanner-zero-bytes.json')).toThrow(
      /^malformed\/osv-scanner-zero-bytes\.json: the file is empty \(0 bytes\)/,
    );
  });

  it('reads an empty result list as a completed scan with no findings', async () => {
    const result = await parseText('empty.json', '{"results": []}');
    expect(result.findings).toEqual([]);
    expect(result.runs[0]).toMatchObject({ completed: true, resultCount: 0 });
  });

  describe('severity order', () => {
    it('takes groups[].max_severity when it is higher than every record', async () => {
      const result = await parseText(
        'max.json',
        report(
          [record('GHSA-aaaa-bbbb-cccc', { database_specific: { severity: 'LOW' } })],
          [{ ids: ['GHSA-aaaa-bbbb-cccc'], aliases: ['CVE-2024-1111'], max_severity: '9.1' }],
        ),
      );
      expect(result.findings[0]).toMatchObject({
        severity: 'critical',
        severitySource: 'osv-scanner max_severity 9.1',
        aliases: ['CVE-2024-1111', 'GHSA-aaaa-bbbb-cccc'],
      });
    });

    it('does not let a lower max_severity lower a record: the database word or the vector wins when higher', async () => {
      const word = await parseText(
        'max-low-word.json',
        report(
          [record('GHSA-aaaa-bbbb-cccc', { database_specific: { severity: 'CRITICAL' } })],
          [{ ids: ['GHSA-aaaa-bbbb-cccc'], max_severity: '5.3' }],
        ),
      );
      expect(word.findings[0]).toMatchObject({
        severity: 'critical',
        severitySource: 'osv-scanner CRITICAL (database_specific of GHSA-aaaa-bbbb-cccc)',
      });
      const vector = await parseText(
        'max-low-vector.json',
        report(
          [
            record('GHSA-aaaa-bbbb-cccc', {
              severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
            }),
          ],
          [{ ids: ['GHSA-aaaa-bbbb-cccc'], max_severity: '4.0' }],
        ),
      );
      expect(vector.findings[0]).toMatchObject({ severity: 'critical' });
      expect(vector.findings[0]?.severitySource).toMatch(/^osv-scanner CVSS_V3 9\.8 \(computed from the vector/);
      // Equal bands: max_severity still names the source.
      const tie = await parseText(
        'max-tie.json',
        report(
          [record('GHSA-aaaa-bbbb-cccc', { database_specific: { severity: 'HIGH' } })],
          [{ ids: ['GHSA-aaaa-bbbb-cccc'], max_severity: '7.5' }],
        ),
      );
      expect(tie.findings[0]).toMatchObject({ severity: 'high', severitySource: 'osv-scanner max_severity 7.5' });
    });

    it('takes the highest database severity of the group (MODERATE is medium) when max_severity is empty', async () => {
      const result = await parseText(
        'db.json',
        report(
          [
            record('GHSA-aaaa-bbbb-cccc', { database_specific: { severity: 'MODERATE' } }),
            record('PYSEC-2024-1', { aliases: ['CVE-2024-2222'] }),
            record('GHSA-dddd-eeee-ffff', { database_specific: { severity: 'LOW' } }),
          ],
          [{ ids: ['GHSA-aaaa-bbbb-cccc', 'GHSA-dddd-eeee-ffff', 'PYSEC-2024-1'], max_severity: '' }],
        ),
      );
      expect(result.findings).toHaveLength(1);
      expect(result.findings[0]).toMatchObject({
        severity: 'medium',
        severitySource: 'osv-scanner MODERATE (database_specific of GHSA-aaaa-bbbb-cccc)',
        aliases: ['CVE-2024-2222', 'GHSA-aaaa-bbbb-cccc', 'GHSA-dddd-eeee-ffff', 'PYSEC-2024-1'],
        identityKey: 'dep|CVE-2024-2222|npm:lodash|4.17.20',
      });
    });

    it('computes the highest CVSS base score among the records, whatever the CVSS version', async () => {
      const result = await parseText(
        'cvss.json',
        report(
          [
            record('PYSEC-2024-1', {
              severity: [
                { type: 'CVSS_V4', score: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:N/SC:N/SI:N/SA:N' },
                { type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:L/A:N' },
              ],
            }),
            record('GO-2024-1', {
              severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N' }],
            }),
          ],
          [{ ids: ['GO-2024-1', 'PYSEC-2024-1'] }],
        ),
      );
      // v4.0 6.9 (PYSEC-2024-1) beats v3 3.7 (PYSEC-2024-1) and v3 6.1 (GO-2024-1).
      expect(result.findings[0]).toMatchObject({
        severity: 'medium',
        severitySource: 'osv-scanner CVSS_V4 6.9 (computed from the vector of PYSEC-2024-1)',
      });
      expect(result.warnings).toEqual([]);
    });

    it('computes the severity of a record whose only vector is CVSS v4.0 (the review record: critical 9.3)', async () => {
      const result = await parseText(
        'v4.json',
        report([
          record('PYSEC-2024-1', {
            aliases: ['CVE-2024-0001'],
            severity: [{ type: 'CVSS_V4', score: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N' }],
          }),
        ]),
      );
      expect(result.findings[0]).toMatchObject({
        severity: 'critical',
        severitySource: 'osv-scanner CVSS_V4 9.3 (computed from the vector of PYSEC-2024-1)',
      });
      expect(result.warnings).toEqual([]);
    });

    it.each([
      // Both sides of each band's boundary, with FIRST's reference scores (see test/ingest/severity.test.ts).
      ['CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:N/VC:H/VI:N/VA:N/SC:L/SI:L/SA:H', 'critical', '9.0'],
      ['CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:N', 'high', '8.8'],
      ['CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:N/VC:N/VI:L/VA:L/SC:H/SI:L/SA:L', 'high', '7.0'],
      ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:N/SC:N/SI:L/SA:N', 'medium', '6.9'],
      ['CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:P/VC:L/VI:L/VA:N/SC:H/SI:N/SA:N', 'medium', '4.9'],
      ['CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:A/VC:N/VI:N/VA:N/SC:L/SI:N/SA:N', 'low', '2.1'],
      ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N', 'info', '0.0'],
    ])('bands the CVSS v4.0 vector %s as %s (%s)', async (vector, severity, score) => {
      const result = await parseText(
        'band.json',
        report([record('GO-2024-4', { severity: [{ type: 'CVSS_V4', score: vector }] })]),
      );
      expect(result.findings[0]).toMatchObject({
        severity,
        severitySource: `osv-scanner CVSS_V4 ${score} (computed from the vector of GO-2024-4)`,
      });
    });

    it('computes the severity of a record whose only vector is CVSS v2', async () => {
      const result = await parseText(
        'v2.json',
        report([record('PYSEC-2014-1', { severity: [{ type: 'CVSS_V2', score: 'AV:N/AC:L/Au:N/C:P/I:P/A:P' }] })]),
      );
      expect(result.findings[0]).toMatchObject({
        severity: 'high',
        severitySource: 'osv-scanner CVSS_V2 7.5 (computed from the vector of PYSEC-2014-1)',
      });
    });

    it('warns about a vector it cannot read, naming the record and its pointer, and falls back to unknown', async () => {
      const result = await parseText(
        'badvector.json',
        report([
          record('GO-2024-3', {
            severity: [
              { type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L' },
              { type: 'CVSS_V4', score: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H' },
              { type: 'CVSS_V2', score: 'AV:N/AC:L/Au:N/C:P/I:P' },
            ],
          }),
        ]),
      );
      expect(result.findings[0]).toMatchObject({ severity: 'unknown', severitySource: 'no severity in osv-scanner' });
      expect(result.warnings).toEqual([
        "badvector.json: /results/0/packages/0/vulnerabilities/0/severity/0/score: 'CVSS:3.1/AV:N/AC:L' is not a valid CVSS v3 vector (GO-2024-3); ignored.",
        "badvector.json: /results/0/packages/0/vulnerabilities/0/severity/1/score: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H' is not a valid CVSS v4.0 vector (GO-2024-3); ignored.",
        "badvector.json: /results/0/packages/0/vulnerabilities/0/severity/2/score: 'AV:N/AC:L/Au:N/C:P/I:P' is not a valid CVSS v2 vector (GO-2024-3); ignored.",
      ]);
    });
  });

  describe('package entries without vulnerabilities', () => {
    /** A result whose packages are the given entries. */
    const packages = (entries: unknown[]): unknown => ({
      results: [{ source: { path: 'package-lock.json', type: 'lockfile' }, packages: entries }],
    });

    it('warns, naming the package and its pointer, when an entry lists neither vulnerabilities nor groups', async () => {
      const result = await parseText(
        'all-packages.json',
        packages([
          { package: { name: 'lodash', version: '4.17.21', ecosystem: 'npm' } },
          { package: { name: 'left-pad', version: '1.3.0', ecosystem: 'npm' }, vulnerabilities: [], groups: [] },
        ]),
      );
      expect(result.findings).toEqual([]);
      expect(result.warnings).toEqual([
        'all-packages.json: 2 package entries list neither vulnerabilities nor groups, so they add no finding: /results/0/packages/0 (lodash 4.17.21), /results/0/packages/1 (left-pad 1.3.0) (osv-scanner --all-packages lists packages without known vulnerabilities; otherwise check that the report was not cut or edited).',
      ]);
    });

    it('says nothing of the license entries osv-scanner --licenses writes', async () => {
      const result = await parseText(
        'licenses.json',
        packages([
          { package: { name: 'lodash', version: '4.17.21', ecosystem: 'npm' }, licenses: ['MIT'] },
          { package: { name: 'gpl-thing', version: '1.0.0', ecosystem: 'npm' }, license_violations: ['GPL-3.0'] },
        ]),
      );
      expect(result.warnings).toEqual([]);
    });

    it('has no such entry in the real reports', async () => {
      for (const file of fixtureFiles(FOLDER)) expect((await parseFixture(file)).warnings).toEqual([]);
    });
  });

  it('makes one finding per record when the report has no groups', async () => {
    const result = await parseText(
      'nogroups.json',
      report([
        record('GHSA-aaaa-bbbb-cccc', { aliases: ['CVE-2024-3333'], database_specific: { severity: 'HIGH' } }),
        record('GHSA-dddd-eeee-ffff', { database_specific: { severity: 'CRITICAL' } }),
      ]),
    );
    expect(result.findings.map((f) => [f.ruleId, f.severity, f.sources[0]?.pointer])).toEqual([
      ['GHSA-aaaa-bbbb-cccc', 'high', '/results/0/packages/0/vulnerabilities/0'],
      ['GHSA-dddd-eeee-ffff', 'critical', '/results/0/packages/0/vulnerabilities/1'],
    ]);
    expect(result.findings[0]?.aliases).toEqual(['CVE-2024-3333', 'GHSA-aaaa-bbbb-cccc']);
    expect(result.warnings).toEqual([]);
  });

  it('still counts a record that no group names, with a warning', async () => {
    const result = await parseText(
      'ungrouped.json',
      report([record('GHSA-aaaa-bbbb-cccc'), record('GHSA-dddd-eeee-ffff')], [{ ids: ['GHSA-aaaa-bbbb-cccc'] }]),
    );
    expect(result.findings.map((f) => f.ruleId)).toEqual(['GHSA-aaaa-bbbb-cccc', 'GHSA-dddd-eeee-ffff']);
    expect(result.warnings).toEqual([
      'ungrouped.json: /results/0/packages/0/vulnerabilities/1: the vulnerability GHSA-dddd-eeee-ffff is in no group; counted as a finding of its own.',
    ]);
  });

  it('lets the declared scan type override every finding and the run', async () => {
    const result = await parseFixture(`${FOLDER}/osv-scanner-some.json`, { scanType: 'container' });
    expect(result.findings[0]?.scanType).toBe('container');
    expect(result.runs[0]?.scanType).toBe('container');
  });

  describe('CVSS v3 calculator', () => {
    // Scores as published by NVD / GitHub advisories for these vectors.
    it.each([
      ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8],
      ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', 10],
      ['CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H', 8.8],
      ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H', 7.5],
      ['CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:N/A:N', 7.7],
      ['CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:C/C:H/I:H/A:N', 8.0],
      ['CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:C/C:H/I:N/A:N', 6.1],
      ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N', 6.1],
      ['CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:N', 5.4],
      ['CVSS:3.1/AV:N/AC:L/PR:H/UI:R/S:C/C:L/I:L/A:N', 4.8],
      ['CVSS:3.1/AV:A/AC:H/PR:H/UI:N/S:U/C:H/I:N/A:N', 4.2],
      ['CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:L/A:N', 3.7],
      ['CVSS:3.0/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H', 7.8],
      ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:L', 7.3],
      ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N', 0],
      ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P/RL:O/RC:C', 9.8],
    ])('scores %s as %s', (vector, score) => {
      expect(cvss3BaseScore(vector)).toBe(score);
    });

    it.each([
      ['a base metric missing', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H'],
      ['a value out of range', 'CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'],
      ['a repeated metric', 'CVSS:3.1/AV:N/AV:L/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'],
      ['an unknown metric', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/ZZ:1'],
      ['no version prefix', 'AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'],
      ['a CVSS v4 vector', 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'],
      ['a CVSS v2 vector', 'AV:N/AC:L/Au:N/C:P/I:P/A:P'],
      ['an empty metric', 'CVSS:3.1/AV:N//AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'],
    ])('refuses %s', (_why, vector) => {
      expect(cvss3BaseScore(vector)).toBeUndefined();
    });

    it('rounds up as CVSS v3.1 Appendix A says, immune to floating-point noise', () => {
      expect(roundUpCvss31(4.000000000000001)).toBe(4.0);
      expect(roundUpCvss31(4.0)).toBe(4.0);
      expect(roundUpCvss31(4.02)).toBe(4.1);
      expect(roundUpCvss31(9.999)).toBe(10);
    });
  });

  describe('detection', () => {
    it.each(fixtureFiles(FOLDER))('detects %s as certain', (rel) => {
      expect(osvScanner.detect(sampleOf(FIXTURES, rel))).toBe('certain');
    });

    it.each(otherFormatFiles())('does not claim %s', (rel) => {
      expect(osvScanner.detect(sampleOf(FIXTURES, rel))).not.toBe('certain');
    });

    it('says no to SARIF written by osv-scanner', () => {
      const files = fixtureFiles('sarif').filter((r) => /osv/.test(r));
      expect(files.length).toBeGreaterThan(0);
      for (const rel of files) expect(osvScanner.detect(sampleOf(FIXTURES, rel))).toBe('no');
    });

    it('is only possibly sure about a bare empty result list, and not at all when other keys say otherwise', () => {
      expect(osvScanner.detect({ path: 'x.json', head: '{"results":[]}', document: { results: [] } })).toBe('possible');
      expect(osvScanner.detect({ path: 'x.json', head: '', document: { results: [], errors: [] } })).toBe('no');
      expect(osvScanner.detect(sampleOf(FIXTURES, 'semgrep-json/semgrep-empty.json'))).toBe('no');
      expect(osvScanner.detect(sampleOf(FIXTURES, 'bandit-json/bandit-no-vulns.json'))).toBe('no');
    });

    it('never throws, whatever the sample', () => {
      for (const document of [undefined, null, 1, [], {}, { results: 1 }, { results: [null] }])
        expect(() => osvScanner.detect({ path: 'x.json', head: '', document })).not.toThrow();
    });
  });

  describe('malformed input', () => {
    it('names the file, line and column of truncated JSON', async () => {
      const error = await parseError('truncated.json', '{"results": [{"source": {"path": "a"}, ');
      expect(error.message).toMatch(/^truncated\.json: line 1, column \d+/);
    });

    it('refuses a document without results', async () => {
      const error = await parseError('other.json', '{"vulns": []}');
      expect(error.message).toBe(
        "other.json: (root): got an object without 'results' (expected an OSV-Scanner JSON report (an object with 'results')).",
      );
    });

    it.each([
      ['semgrep-json/semgrep-empty.json', "the top-level key 'errors' is"],
      ['bandit-json/bandit-no-vulns.json', "the top-level keys 'errors', 'generated_at', 'metrics' are"],
    ])('refuses %s declared as osv-scanner, naming the keys OSV-Scanner does not write', async (rel, keys) => {
      const text = readFileSync(join(FIXTURES, rel), 'utf8');
      const error = await parseError('deps.json', text);
      expect(error.message).toBe(
        `deps.json: (root): ${keys} not written by OSV-Scanner (expected only results, experimental_config, experimental_generic_findings, image_metadata, license_summary; Semgrep, Bandit and tfsec reports also have 'results': declare the input's own format).`,
      );
    });

    it("refuses the review's {results: [], errors: []}, and reads {results: []} and every key OSV-Scanner writes", async () => {
      const error = await parseError('semgrep.json', '{"results":[],"errors":[]}');
      expect(error.message).toMatch(
        /^semgrep\.json: \(root\): the top-level key 'errors' is not written by OSV-Scanner/,
      );
      const bare = await parseText('bare.json', '{"results":[]}');
      expect(bare.runs[0]).toMatchObject({ completed: true });
      const full = await parseText(
        'full.json',
        JSON.stringify({
          results: [],
          experimental_config: { licenses: { summary: false, allowlist: null } },
          image_metadata: { os: 'Alpine Linux v3.20', layer_metadata: [], base_images: [] },
          license_summary: [{ name: 'MIT', count: 1 }],
          experimental_generic_findings: [],
        }),
      );
      expect(full.warnings).toEqual([]);
    });

    it('warns that the findings of experimental detectors are not read', async () => {
      const result = await parseText(
        'generic.json',
        JSON.stringify({
          results: [],
          experimental_generic_findings: [{ adv: { id: { reference: 'etc-shadow-weakcred' } } }],
        }),
      );
      expect(result.warnings).toEqual([
        "generic.json: /experimental_generic_findings: 1 finding of OSV-Scanner's experimental detectors is not read; shipgate reads the vulnerabilities of results[].packages[] only.",
      ]);
    });

    it('names the pointer of results that is not an array', async () => {
      const error = await parseError('results.json', '{"results": 3}');
      expect(error.message).toBe('results.json: /results: got the number 3 (expected an array).');
    });

    it('names the pointer of a result without a source path', async () => {
      const error = await parseError(
        'nosource.json',
        '{"results": [{"source": {"type": "lockfile"}, "packages": []}]}',
      );
      expect(error.message).toBe('nosource.json: /results/0/source/path: the key is missing (expected a string).');
    });

    it('refuses a max_severity that is not a score', async () => {
      const error = await parseError(
        'maxsev.json',
        report([record('GHSA-aaaa-bbbb-cccc')], [{ ids: ['GHSA-aaaa-bbbb-cccc'], max_severity: 'HIGH' }]),
      );
      expect(error.message).toBe(
        "maxsev.json: /results/0/packages/0/groups/0/max_severity: 'HIGH' is not a CVSS score (expected a number from 0 to 10).",
      );
    });

    it('gathers every problem into one error', async () => {
      const error = await parseError(
        'many.json',
        report([{ summary: 'no id' }, record('GHSA-aaaa-bbbb-cccc', { aliases: 'CVE-2024-1' })], [{ ids: [] }]),
      );
      expect(error.problems).toEqual([
        'many.json: /results/0/packages/0/vulnerabilities/0/id: the key is missing (expected a string).',
        "many.json: /results/0/packages/0/vulnerabilities/1/aliases: got the string 'CVE-2024-1' (expected an array).",
        'many.json: /results/0/packages/0/groups/0/ids: the group names no vulnerability ids (expected a non-empty array of ids).',
      ]);
    });
  });
});
