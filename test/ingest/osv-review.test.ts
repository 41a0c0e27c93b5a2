/**
 * OSV-Scanner review defects: an Ubuntu priority in a record's `severity[]` (OSV type `Ubuntu`) was dropped,
 * so a record Ubuntu rates critical read as unknown, and other types were dropped without a word; a group
 * naming a record the package does not list read as unknown. Real reports, edited in the test.
 */
import { FIXTURES, createHarness } from './harness.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { osvScanner } from '../../src/ingest/osv-scanner.js';

const FOLDER = 'osv-scanner-json';
const { parseText, parseError } = createHarness(osvScanner, FOLDER);

interface OsvRecord {
  id: string;
  severity?: unknown;
  database_specific?: Record<string, unknown>;
}
interface OsvPackage {
  package: Record<string, unknown>;
  vulnerabilities: OsvRecord[];
  groups: { ids: string[] }[];
}
interface OsvReport {
  results: { packages: OsvPackage[] }[];
}

function readReport(name: string): OsvReport {
  return JSON.parse(readFileSync(join(FIXTURES, FOLDER, name), 'utf8')) as OsvReport;
}

/** The real MAL-2023-1035 report (no severity at all), its record given these `severity[]` entries. */
function someWith(severity: unknown): OsvReport {
  const report = readReport('osv-scanner-some.json');
  (report.results[0]?.packages[0]?.vulnerabilities[0] as OsvRecord).severity = severity;
  return report;
}

const RECORD = '/results/0/packages/0/vulnerabilities/0';

describe('OSV-Scanner: Ubuntu priorities and other severity types', () => {
  it('reads as unknown the real record without any severity (the other side)', async () => {
    const result = await parseText('none.json', readReport('osv-scanner-some.json'));
    expect(result.findings[0]).toMatchObject({ severity: 'unknown', severitySource: 'no severity in osv-scanner' });
    expect(result.warnings).toEqual([]);
  });

  it.each([
    ['critical', 'critical'],
    ['high', 'high'],
    ['medium', 'medium'],
    ['low', 'low'],
    ['negligible', 'low'],
    ['Critical', 'critical'],
  ])('reads the Ubuntu priority %s as %s', async (priority, severity) => {
    const result = await parseText('ubuntu.json', someWith([{ type: 'Ubuntu', score: priority }]));
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      ruleId: 'MAL-2023-1035',
      severity,
      severitySource: `osv-scanner Ubuntu priority ${priority.toLowerCase()} (severity of MAL-2023-1035)`,
    });
    expect(result.warnings).toEqual([]);
  });

  it('takes the higher of a CVSS vector and an Ubuntu priority; on a tie the vector names the source', async () => {
    const higher = await parseText(
      'ubuntu-higher.json',
      someWith([
        { type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:L/I:L/A:N' },
        { type: 'Ubuntu', score: 'high' },
      ]),
    );
    expect(higher.findings[0]).toMatchObject({
      severity: 'high',
      severitySource: 'osv-scanner Ubuntu priority high (severity of MAL-2023-1035)',
    });
    const tie = await parseText(
      'ubuntu-tie.json',
      someWith([
        { type: 'Ubuntu', score: 'medium' },
        { type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:L/I:L/A:N' },
      ]),
    );
    expect(tie.findings[0]).toMatchObject({
      severity: 'medium',
      severitySource: 'osv-scanner CVSS_V3 5.4 (computed from the vector of MAL-2023-1035)',
    });
  });

  it('gives the highest Ubuntu priority of a group of several records', async () => {
    const report = readReport('osv-scanner-many.json');
    const psr7 = report.results[0]?.packages[1] as OsvPackage;
    expect(psr7.groups).toEqual([expect.objectContaining({ ids: ['GHSA-q7rv-6hp3-vh96', 'GHSA-wxmh-65f7-jcvw'] })]);
    (psr7.vulnerabilities[1] as OsvRecord).severity = [{ type: 'Ubuntu', score: 'critical' }];
    const result = await parseText('many-ubuntu.json', report);
    expect(result.findings.find((f) => f.ruleId === 'GHSA-q7rv-6hp3-vh96')).toMatchObject({
      severity: 'critical',
      severitySource: 'osv-scanner Ubuntu priority critical (severity of GHSA-wxmh-65f7-jcvw)',
    });
    expect(result.warnings).toEqual([]);
  });

  it('warns, naming the pointer and the record, about an Ubuntu word that is no priority', async () => {
    const result = await parseText(
      'untriaged.json',
      someWith([
        { type: 'Ubuntu', score: 'untriaged' },
        { type: 'Ubuntu', score: 'severe' },
      ]),
    );
    expect(result.findings[0]).toMatchObject({ severity: 'unknown', severitySource: 'no severity in osv-scanner' });
    expect(result.warnings).toEqual([
      `untriaged.json: ${RECORD}/severity/0/score: 'untriaged' is not an Ubuntu priority that rates a severity (MAL-2023-1035; expected negligible, low, medium, high or critical); ignored.`,
      `untriaged.json: ${RECORD}/severity/1/score: 'severe' is not an Ubuntu priority that rates a severity (MAL-2023-1035; expected negligible, low, medium, high or critical); ignored.`,
    ]);
  });

  it('warns about a severity type it does not read, and about an entry without type or score, never silently', async () => {
    const result = await parseText(
      'other-types.json',
      someWith([
        { type: 'CVSS_V5', score: 'CVSS:5.0/AV:N' },
        { type: 'ubuntu', score: 'critical' },
        { score: 'critical' },
        { type: 'CVSS_V3' },
        { type: 'Ubuntu' },
        { type: 'Ubuntu', score: 'low' },
      ]),
    );
    expect(result.findings[0]).toMatchObject({
      severity: 'low',
      severitySource: 'osv-scanner Ubuntu priority low (severity of MAL-2023-1035)',
    });
    expect(result.warnings).toEqual([
      `other-types.json: ${RECORD}/severity/0/type: 'CVSS_V5' is not a severity type shipgate reads (MAL-2023-1035; expected CVSS_V2, CVSS_V3, CVSS_V4 or Ubuntu); the severity entry is ignored.`,
      `other-types.json: ${RECORD}/severity/1/type: 'ubuntu' is not a severity type shipgate reads (MAL-2023-1035; expected CVSS_V2, CVSS_V3, CVSS_V4 or Ubuntu); the severity entry is ignored.`,
      `other-types.json: ${RECORD}/severity/2/type: the key is missing (MAL-2023-1035; expected CVSS_V2, CVSS_V3, CVSS_V4 or Ubuntu); the severity entry is ignored.`,
      `other-types.json: ${RECORD}/severity/3/score: the key is missing (MAL-2023-1035; expected a CVSS v3 vector); the severity entry is ignored.`,
      `other-types.json: ${RECORD}/severity/4/score: the key is missing (MAL-2023-1035; expected an Ubuntu priority); the severity entry is ignored.`,
    ]);
  });

  it('still refuses a type or score that is not a string', async () => {
    const error = await parseError('number-type.json', someWith([{ type: 3, score: 'critical' }]));
    expect(error.message).toBe(`number-type.json: ${RECORD}/severity/0/type: got the number 3 (expected a string).`);
  });
});

describe('OSV-Scanner: a group naming a record the package does not list', () => {
  it('reads the real report, whose every group id has its record (the other side)', async () => {
    const result = await parseText('many.json', readReport('osv-scanner-many.json'));
    expect(result.findings).toHaveLength(37);
  });

  it('is an input error naming the group, the id and the package pointer', async () => {
    const report = readReport('osv-scanner-many.json');
    const guzzle = report.results[0]?.packages[0] as OsvPackage;
    expect(guzzle.vulnerabilities[0]?.id).toBe('GHSA-25mq-v84q-4j7r');
    guzzle.vulnerabilities.splice(0, 1);
    const error = await parseError('missing-record.json', report);
    expect(error.message).toBe(
      "missing-record.json: /results/0/packages/0/groups/0/ids/0: the group names GHSA-25mq-v84q-4j7r, but the package's vulnerabilities hold no record with that id (expected a record in /results/0/packages/0/vulnerabilities for every id of the group, as osv-scanner writes).",
    );
  });

  it('names the missing id of a group of two, whose other record is listed', async () => {
    const report = readReport('osv-scanner-many.json');
    const urllib3 = report.results[1]?.packages[1] as OsvPackage;
    expect(urllib3.groups[0]?.ids).toEqual(['GHSA-g4mx-q9vg-27p4', 'PYSEC-2023-212']);
    urllib3.vulnerabilities = urllib3.vulnerabilities.filter((v) => v.id !== 'PYSEC-2023-212');
    const error = await parseError('missing-second.json', report);
    expect(error.message).toBe(
      "missing-second.json: /results/1/packages/1/groups/0/ids/1: the group names PYSEC-2023-212, but the package's vulnerabilities hold no record with that id (expected a record in /results/1/packages/1/vulnerabilities for every id of the group, as osv-scanner writes).",
    );
  });

  it('lists every missing id, each with its own pointer, when a package lists no records at all', async () => {
    const report = readReport('osv-scanner-many.json');
    const psr7 = report.results[0]?.packages[1] as OsvPackage;
    psr7.vulnerabilities = [];
    const error = await parseError('no-records.json', report);
    expect(error.message.split('\n')[0]).toBe(
      'no-records.json: 2 problems make this an invalid OSV-Scanner JSON report.',
    );
    expect(error.problems).toEqual([
      "no-records.json: /results/0/packages/1/groups/0/ids/0: the group names GHSA-q7rv-6hp3-vh96, but the package's vulnerabilities hold no record with that id (expected a record in /results/0/packages/1/vulnerabilities for every id of the group, as osv-scanner writes).",
      "no-records.json: /results/0/packages/1/groups/0/ids/1: the group names GHSA-wxmh-65f7-jcvw, but the package's vulnerabilities hold no record with that id (expected a record in /results/0/packages/1/vulnerabilities for every id of the group, as osv-scanner writes).",
    ]);
  });
});
