/**
 * OSS Index vulnerabilities whose CVSS vector Dependency-Check cannot read (or that have none) are written by
 * its jsonReport template as `"unscored": "true"` with the CVSS score as the severity text
 * (OssIndexAnalyzer: `setUnscoredSeverity(Double.toString(cvssScore))`, -1 when OSS Index gave no score).
 * The score is banded like any other; before, "9.8" was no severity word and read as unknown.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, createHarness } from './harness.js';
import { dependencyCheck } from '../../src/ingest/dependency-check.js';

const FOLDER = 'dependency-check-json';
const FIXTURE = `${FOLDER}/dependency-check-12.1.3-maven.json`;
const { parseText } = createHarness(dependencyCheck, FOLDER);

/** /dependencies/121/vulnerabilities/0 of the real report: OSSINDEX CVE-2023-6481, HIGH with a cvssv3 block. */
const POINTER = '/dependencies/121/vulnerabilities/0';

/** The real report with that OSS Index vulnerability rewritten as Dependency-Check writes an unscored one. */
function withUnscored(severity: string): string {
  const report = JSON.parse(readFileSync(join(FIXTURES, FIXTURE), 'utf8')) as {
    dependencies: { vulnerabilities?: Record<string, unknown>[] }[];
  };
  const vuln = report.dependencies[121]?.vulnerabilities?.[0];
  if (vuln === undefined || vuln.source !== 'OSSINDEX') throw new Error('the fixture changed');
  delete vuln.cvssv3;
  delete vuln.cvssv2;
  // Key order as jsonReport.vsl writes it: source, name, unscored, severity.
  const { source, name, ...rest } = vuln;
  delete rest.severity;
  report.dependencies[121]!.vulnerabilities![0] = { source, name, unscored: 'true', severity, ...rest };
  return JSON.stringify(report);
}

async function readAt(severity: string) {
  const result = await parseText('dc-unscored.json', withUnscored(severity));
  const finding = result.findings.find((f) => f.sources[0]?.pointer === POINTER);
  return { finding, warnings: result.warnings };
}

describe('Dependency-Check unscored OSS Index severities', () => {
  it.each([
    ['9.8', 'critical', 'dependency-check score 9.8'],
    ['10.0', 'critical', 'dependency-check score 10.0'],
    ['9.0', 'critical', 'dependency-check score 9.0'],
    ['8.9', 'high', 'dependency-check score 8.9'],
    ['7.0', 'high', 'dependency-check score 7.0'],
    ['6.9', 'medium', 'dependency-check score 6.9'],
    ['4.0', 'medium', 'dependency-check score 4.0'],
    ['3.9', 'low', 'dependency-check score 3.9'],
    ['0.1', 'low', 'dependency-check score 0.1'],
    // A float score written as a double (Float 9.8 widened): the float noise is rounded away.
    ['9.800000190734863', 'critical', 'dependency-check score 9.8'],
  ])('bands severity %s as %s', async (text, severity, source) => {
    const { finding, warnings } = await readAt(text);
    expect(finding).toMatchObject({ ruleId: 'CVE-2023-6481', severity, severitySource: source });
    expect(warnings.filter((w) => w.includes(POINTER))).toEqual([]);
  });

  it.each([
    // OSS Index gave a score of 0 or none (-1): no score, so the severity is unknown (severity.unknown decides).
    ['0.0', 'dependency-check unscored 0.0 (no CVSS score)'],
    ['-1.0', 'dependency-check unscored -1.0 (no CVSS score)'],
  ])('reads severity %s as unknown, without a warning', async (text, source) => {
    const { finding, warnings } = await readAt(text);
    expect(finding).toMatchObject({ severity: 'unknown', severitySource: source });
    expect(warnings.filter((w) => w.includes(POINTER))).toEqual([]);
  });

  // Neither a score Dependency-Check writes nor a severity word: unknown as before (counted as severity.unknown
  // says, high by default), with a warning naming the pointer. Not refused: the reader treats every unusable
  // severity field so, and moves on to the next one (a cvssv3 block, when there is one).
  it.each([
    ['11', `${POINTER}/severity: '11' is not a CVSS score from 0 to 10 nor a severity word`],
    ['10.1', `${POINTER}/severity: '10.1' is not a CVSS score from 0 to 10 nor a severity word`],
    ['-2.0', `${POINTER}/severity: '-2.0' is not a CVSS score from 0 to 10 nor a severity word`],
    ['9.8x', `${POINTER}/severity: '9.8x' is not a severity word`],
    ['9.8e0', `${POINTER}/severity: '9.8e0' is not a severity word`],
  ])('reads severity %s as unknown with a warning', async (text, warning) => {
    const { finding, warnings } = await readAt(text);
    expect(finding).toMatchObject({ severity: 'unknown', severitySource: 'no severity in dependency-check' });
    expect(warnings.some((w) => w.includes(warning))).toBe(true);
  });

  it('still reads the severity words of RETIREJS unscored entries', async () => {
    const { findings } = await parseText('dc-unscored.json', withUnscored('9.8'));
    const retire = findings.find((f) => f.sources[0]?.pointer === '/dependencies/178/vulnerabilities/6');
    expect(retire).toMatchObject({ severity: 'medium', severitySource: 'dependency-check medium' });
  });
});
