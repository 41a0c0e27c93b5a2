/**
 * OSV schema: severity may be given per package, in `affected[].severity` ("If any package level severity
 * fields are set, the top level severity must not be set"). The reader reads the `severity[]` of the
 * affected entry that names the scanned package (ecosystem and name), or of every entry when none names
 * it, as it reads the record's own `severity[]`. Real reports, edited in the test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { osvScanner } from '../../src/ingest/osv-scanner.js';
import { FIXTURES, createHarness } from './harness.js';

const FOLDER = 'osv-scanner-json';
const { parseText, parseError } = createHarness(osvScanner, FOLDER);

type Json = Record<string, unknown>;
interface OsvRecord extends Json {
  id: string;
  affected: Json[];
}
interface OsvReport {
  results: { packages: { package: Json; vulnerabilities: OsvRecord[]; groups: Json[] }[] }[];
}

const CRITICAL = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'; // 9.8
const LOW = 'CVSS:3.1/AV:N/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N'; // 2.0

/** The real MAL-2023-1035 report (flot-axis, npm; no severity at all). */
function some(): OsvReport {
  return JSON.parse(readFileSync(join(FIXTURES, FOLDER, 'osv-scanner-some.json'), 'utf8')) as OsvReport;
}
const RECORD = '/results/0/packages/0/vulnerabilities/0';
const recordOf = (report: OsvReport): OsvRecord => report.results[0]!.packages[0]!.vulnerabilities[0]!;

/** The real report, its one affected entry (flot-axis, npm) given these `severity[]` entries. */
function affectedWith(severity: unknown): OsvReport {
  const report = some();
  recordOf(report).affected[0]!.severity = severity;
  return report;
}

/** An affected entry for another package, with these `severity[]` entries. */
const other = (name: string, ecosystem: string, severity: unknown): Json => ({
  package: { ecosystem, name },
  severity,
  ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }] }],
});

describe('OSV-Scanner: per-package severity (affected[].severity)', () => {
  it('reads a CVSS v3 vector of the affected entry as the record top-level one is read', async () => {
    const result = await parseText('affected.json', affectedWith([{ type: 'CVSS_V3', score: CRITICAL }]));
    expect(result.findings[0]).toMatchObject({
      ruleId: 'MAL-2023-1035',
      severity: 'critical',
      severitySource: 'osv-scanner CVSS_V3 9.8 (computed from the affected[0].severity vector of MAL-2023-1035)',
    });
    expect(result.warnings).toEqual([]);
  });

  it('the other side: the real record with no severity stays unknown, and the top-level vector reads the same', async () => {
    const none = await parseText('none.json', some());
    expect(none.findings[0]).toMatchObject({ severity: 'unknown', severitySource: 'no severity in osv-scanner' });
    const report = some();
    recordOf(report).severity = [{ type: 'CVSS_V3', score: CRITICAL }];
    const top = await parseText('top.json', report);
    expect(top.findings[0]).toMatchObject({
      severity: 'critical',
      severitySource: 'osv-scanner CVSS_V3 9.8 (computed from the vector of MAL-2023-1035)',
    });
  });

  it("reads the reviewer's Bitnami record (severity only under affected) as the same record with it on top", async () => {
    const record = (severityOnTop: boolean): Json => {
      const severity = [{ type: 'CVSS_V3', score: CRITICAL }];
      const affected: Json = {
        package: { ecosystem: 'Bitnami', name: 'apache', purl: 'pkg:bitnami/apache' },
        ranges: [{ type: 'SEMVER', events: [{ introduced: '2.4.49' }, { fixed: '2.4.50' }] }],
      };
      if (!severityOnTop) affected.severity = severity;
      return {
        schema_version: '1.5.0',
        id: 'BIT-apache-2021-41773',
        aliases: ['CVE-2021-41773'],
        details: 'Path traversal',
        affected: [affected],
        ...(severityOnTop ? { severity } : {}),
      };
    };
    const report = (severityOnTop: boolean) => ({
      results: [
        {
          source: { path: '/src/app/package-lock.json', type: 'lockfile' },
          packages: [
            {
              package: { name: 'apache', version: '2.4.49', ecosystem: 'Bitnami' },
              vulnerabilities: [record(severityOnTop)],
              groups: [
                {
                  ids: ['BIT-apache-2021-41773'],
                  aliases: ['BIT-apache-2021-41773', 'CVE-2021-41773'],
                  max_severity: '',
                },
              ],
            },
          ],
        },
      ],
    });
    const affected = await parseText('osv-affsev.json', report(false));
    const top = await parseText('osv-topsev.json', report(true));
    expect(affected.findings[0]?.severity).toBe('critical');
    expect(top.findings[0]?.severity).toBe('critical');
    expect(affected.findings[0]?.package?.fixedVersions).toEqual(['2.4.50']);
  });

  it('reads only the affected entry of the scanned package (ecosystem and name), not another package', async () => {
    const report = affectedWith([{ type: 'CVSS_V3', score: LOW }]);
    recordOf(report).affected.push(
      other('flot-axis', 'PyPI', [{ type: 'CVSS_V3', score: CRITICAL }]),
      other('flot-axes', 'npm', [{ type: 'CVSS_V3', score: CRITICAL }]),
    );
    const result = await parseText('mixed.json', report);
    expect(result.findings[0]).toMatchObject({
      severity: 'low',
      severitySource: 'osv-scanner CVSS_V3 2.0 (computed from the affected[0].severity vector of MAL-2023-1035)',
    });
  });

  it('matches the ecosystem up to its suffix (Debian:12 is Debian), as the fixed versions are matched', async () => {
    const report = some();
    const pkg = report.results[0]!.packages[0]!;
    pkg.package = { name: 'flot-axis', version: '0.0.0', ecosystem: 'Debian:12' };
    recordOf(report).affected = [
      other('flot-axis', 'Debian:11', [{ type: 'CVSS_V3', score: LOW }]),
      other('other', 'Debian:12', [{ type: 'CVSS_V3', score: CRITICAL }]),
    ];
    const result = await parseText('suffix.json', report);
    expect(result.findings[0]).toMatchObject({ severity: 'low' });
  });

  it('considers every affected entry when none names the scanned package, and the highest wins', async () => {
    const report = some();
    recordOf(report).affected = [
      other('flot-axis-renamed', 'npm', [{ type: 'CVSS_V3', score: LOW }]),
      other('flot-axis', 'PyPI', [{ type: 'CVSS_V3', score: CRITICAL }]),
    ];
    const result = await parseText('none-named.json', report);
    expect(result.findings[0]).toMatchObject({
      severity: 'critical',
      severitySource: 'osv-scanner CVSS_V3 9.8 (computed from the affected[1].severity vector of MAL-2023-1035)',
    });
  });

  it('reads an Ubuntu priority and a CVSS v4.0 vector under affected', async () => {
    const ubuntu = await parseText('ubuntu.json', affectedWith([{ type: 'Ubuntu', score: 'high' }]));
    expect(ubuntu.findings[0]).toMatchObject({
      severity: 'high',
      severitySource: 'osv-scanner Ubuntu priority high (affected[0].severity of MAL-2023-1035)',
    });
    const v4 = await parseText(
      'v4.json',
      affectedWith([{ type: 'CVSS_V4', score: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N' }]),
    );
    expect(v4.findings[0]).toMatchObject({ severity: 'critical' });
  });

  it('warns, naming the pointer under affected, about a type it cannot read and a vector that is not valid', async () => {
    const result = await parseText(
      'unread.json',
      affectedWith([
        { type: 'SEVERITY_X', score: 'whatever' },
        { type: 'CVSS_V3', score: 'CVSS:3.1/AV:N' },
      ]),
    );
    expect(result.findings[0]).toMatchObject({ severity: 'unknown' });
    expect(result.warnings).toEqual([
      `unread.json: ${RECORD}/affected/0/severity/0/type: 'SEVERITY_X' is not a severity type shipgate reads (MAL-2023-1035; expected CVSS_V2, CVSS_V3, CVSS_V4 or Ubuntu); the severity entry is ignored.`,
      `unread.json: ${RECORD}/affected/0/severity/1/score: 'CVSS:3.1/AV:N' is not a valid CVSS v3 vector (MAL-2023-1035); ignored.`,
    ]);
  });

  it('refuses an affected severity that is not an array, naming its pointer', async () => {
    const error = await parseError('not-array.json', affectedWith('CRITICAL'));
    expect(error.message).toContain(`${RECORD}/affected/0/severity`);
    expect(error.message).toMatch(/an array/);
  });

  it("takes a record's affected severity into the group's severity, above a lower max_severity and another record's word", async () => {
    const report = affectedWith([{ type: 'CVSS_V3', score: CRITICAL }]);
    const pkg = report.results[0]!.packages[0]!;
    pkg.vulnerabilities.push({
      id: 'GHSA-8348-2q94-ffjx',
      affected: [other('flot-axis', 'npm', undefined)],
      database_specific: { severity: 'LOW' },
    });
    pkg.groups = [{ ids: ['MAL-2023-1035', 'GHSA-8348-2q94-ffjx'], aliases: [], max_severity: '3.1' }];
    const result = await parseText('group.json', report);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      severity: 'critical',
      severitySource: 'osv-scanner CVSS_V3 9.8 (computed from the affected[0].severity vector of MAL-2023-1035)',
    });
    // The other side: without the affected vector, max_severity 3.1 (low) names the group's severity.
    delete recordOf(report).affected[0]!.severity;
    const without = await parseText('group-without.json', report);
    expect(without.findings[0]).toMatchObject({ severity: 'low', severitySource: 'osv-scanner max_severity 3.1' });
  });
});
