import { FIXTURES, createHarness, fixtureFiles } from './harness.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { npmAudit } from '../../src/ingest/npm-audit.js';
import type { IngestResult } from '../../src/ingest/types.js';

// The summary npm writes beside the list (metadata.vulnerabilities) against what the report lists, severity by
// severity, on both sides of each boundary: every report here is a real fixture, changed inside the test.

const FOLDER = 'npm-audit-json';
const { parseFixture, parseText, parseError } = createHarness(npmAudit, FOLDER);

/** npm's severity words, as metadata.vulnerabilities keys them. */
const WORDS = ['critical', 'high', 'moderate', 'low', 'info'] as const;

interface V1Finding {
  version: string;
  paths: string[];
}
interface V1Advisory {
  module_name: string;
  severity: string;
  findings: V1Finding[];
}
interface V1Report {
  advisories: Record<string, V1Advisory>;
  metadata: { vulnerabilities: Record<string, number> };
}
interface V2Package {
  name: string;
  severity: string;
  via: (string | { severity?: string })[];
}
interface V2Report {
  vulnerabilities: Record<string, V2Package>;
  metadata: { vulnerabilities: Record<string, number> };
}

const V1_FILES = fixtureFiles(FOLDER)
  .map((rel) => rel.slice(FOLDER.length + 1))
  .filter((name) => name.startsWith('npm-audit-v1-'));
const V2_FILES = fixtureFiles(FOLDER)
  .map((rel) => rel.slice(FOLDER.length + 1))
  .filter((name) => name.startsWith('npm-audit-v2-'));

/** A fresh copy of a real fixture's document, to change in a test. */
function load<T>(name: string): T {
  return JSON.parse(readFileSync(join(FIXTURES, FOLDER, name), 'utf8')) as T;
}

/** v1 as npm counts it: the paths of each advisory's findings, under the advisory's severity. */
function listedPaths(report: V1Report): Record<string, number> {
  const listed: Record<string, number> = Object.fromEntries(WORDS.map((word) => [word, 0]));
  for (const advisory of Object.values(report.advisories))
    listed[advisory.severity] =
      (listed[advisory.severity] ?? 0) + advisory.findings.reduce((n, finding) => n + finding.paths.length, 0);
  return listed;
}

/** v2 as npm counts it: one per vulnerable package, carriers included, under the package's severity. */
function listedPackages(report: V2Report): Record<string, number> {
  const listed: Record<string, number> = Object.fromEntries(WORDS.map((word) => [word, 0]));
  for (const vulnerability of Object.values(report.vulnerabilities))
    listed[vulnerability.severity] = (listed[vulnerability.severity] ?? 0) + 1;
  return listed;
}

/** The severity words the summary counts at least one vulnerability of. */
const countedWords = (report: { metadata: { vulnerabilities: Record<string, number> } }): string[] =>
  WORDS.filter((word) => (report.metadata.vulnerabilities[word] ?? 0) > 0);

/** What the findings are, whatever file they were read from. */
const identities = (result: IngestResult): string[] =>
  result.findings.map((f) => `${f.identityKey} ${f.severity}`).sort();

/** The "(word: n counted, m listed; ...)" part of a refusal. */
function shortfall(message: string): string | undefined {
  return /than (?:the report lists|the advisories list in findings\[\]\.paths) \(([^)]*)\)/.exec(message)?.[1];
}

describe('ingest/npm-audit: the summary against the list, severity by severity', () => {
  it('has v1 and v2 fixtures to derive the reports from', () => {
    expect(V1_FILES).toEqual([
      'npm-audit-v1-many.json',
      'npm-audit-v1-multiple-cwes-critical.json',
      'npm-audit-v1-no-vulns.json',
    ]);
    expect(V2_FILES).toEqual([
      'npm-audit-v2-many.json',
      'npm-audit-v2-no-vulns.json',
      'npm-audit-v2-npm7-many.json',
      'npm-audit-v2-one.json',
    ]);
  });

  describe('real reports: the counts agree exactly, and the report reads', () => {
    it.each(V1_FILES)('v1 %s: metadata.vulnerabilities counts the paths of each advisory', async (name) => {
      const report = load<V1Report>(name);
      const summary = Object.fromEntries(WORDS.map((word) => [word, report.metadata.vulnerabilities[word] ?? 0]));
      expect(listedPaths(report)).toEqual(summary);
      // Not the advisories: in both real reports with vulnerabilities they count fewer.
      const advisories = Object.values(report.advisories).length;
      if (advisories > 0) expect(advisories).toBeLessThan(Object.values(summary).reduce((a, b) => a + b, 0));
      const result = await parseFixture(`${FOLDER}/${name}`);
      expect(result.runs[0]).toMatchObject({ completed: true, resultCount: advisories });
    });

    it.each(V2_FILES)('v2 %s: metadata.vulnerabilities counts the packages by their own severity', async (name) => {
      const report = load<V2Report>(name);
      const summary = Object.fromEntries(WORDS.map((word) => [word, report.metadata.vulnerabilities[word] ?? 0]));
      expect(listedPackages(report)).toEqual(summary);
      expect(report.metadata.vulnerabilities.total).toBe(Object.keys(report.vulnerabilities).length);
      const result = await parseFixture(`${FOLDER}/${name}`);
      expect(result.runs[0]).toMatchObject({
        completed: true,
        resultCount: Object.keys(report.vulnerabilities).length,
      });
    });
  });

  describe('v1 (paths per severity)', () => {
    it.each(V1_FILES)('%s: a summary one above the list in any severity is refused, naming it', async (name) => {
      for (const word of WORDS) {
        const report = load<V1Report>(name);
        const n = report.metadata.vulnerabilities[word] ?? 0;
        report.metadata.vulnerabilities[word] = n + 1;
        const error = await parseError(`v1-summary-${word}.json`, report);
        expect(shortfall(error.message), `${name} ${word}`).toBe(`${word}: ${n + 1} counted, ${n} listed`);
        expect(error.message).toMatch(new RegExp(`^v1-summary-${word}\\.json: /advisories: `));
      }
    });

    it.each(V1_FILES.filter((name) => !name.includes('no-vulns')))(
      '%s: one path less in any severity is refused; the same count passes; one more reads as before',
      async (name) => {
        const baseline = identities(await parseFixture(`${FOLDER}/${name}`));
        for (const word of countedWords(load<V1Report>(name))) {
          const n = load<V1Report>(name).metadata.vulnerabilities[word] as number;
          /** The report with the paths of the first finding of its first advisory of this severity changed. */
          const withPaths = (change: (paths: string[]) => void): V1Report => {
            const report = load<V1Report>(name);
            const advisory = Object.values(report.advisories).find((a) => a.severity === word) as V1Advisory;
            change((advisory.findings[0] as V1Finding).paths);
            return report;
          };

          const less = await parseError(
            `v1-less-${word}.json`,
            withPaths((paths) => paths.pop()),
          );
          expect(shortfall(less.message), `${name} ${word}`).toBe(`${word}: ${n} counted, ${n - 1} listed`);

          const same = await parseText(
            `v1-same-${word}.json`,
            withPaths(() => undefined),
          );
          expect(identities(same)).toEqual(baseline);

          const more = await parseText(
            `v1-more-${word}.json`,
            withPaths((paths) => paths.push('extra>path')),
          );
          expect(identities(more), `${name} ${word}`).toEqual(baseline);
          expect(more.warnings).toEqual([]);
          expect(more.runs[0]).toMatchObject({ completed: true, problems: [] });

          const report = load<V1Report>(name);
          report.metadata.vulnerabilities[word] = n - 1;
          const counted = await parseText(`v1-summary-less-${word}.json`, report);
          expect(identities(counted)).toEqual(baseline);
          expect(counted.warnings).toEqual([]);
        }
      },
    );

    it('refuses a high advisory removed (the reviewer’s npm1-drop-high), naming high with its counts', async () => {
      const report = load<V1Report>('npm-audit-v1-many.json');
      delete report.advisories['521']; // pg, high, one path
      const error = await parseError('npm1-drop-high.json', report);
      expect(error.message).toBe(
        'npm1-drop-high.json: /advisories: the summary (/metadata/vulnerabilities) counts more vulnerable paths than the advisories list in findings[].paths (high: 6 counted, 5 listed), so vulnerabilities npm found would pass unseen or at a lower severity (expected an unfiltered, unedited npm audit --json report, whose advisories list each path its summary counts, under the severity counted; pnpm audit --json needs --audit-level info and no auditConfig ignores; was the report cut, filtered or edited?).',
      );
    });

    it('counts a path once per advisory, so a copy cannot stand in for a path removed', async () => {
      const report = load<V1Report>('npm-audit-v1-many.json');
      const paths = ((report.advisories['526'] as V1Advisory).findings[0] as V1Finding).paths; // fresh, high, 4 paths
      paths[paths.length - 1] = paths[0] as string;
      const error = await parseError('v1-path-copied.json', report);
      expect(shortfall(error.message)).toBe('high: 6 counted, 5 listed');
    });

    it('refuses a high advisory lowered to low (the reviewer’s npm1-high-to-low), though the total is unchanged', async () => {
      const report = load<V1Report>('npm-audit-v1-many.json');
      (report.advisories['521'] as V1Advisory).severity = 'low';
      const error = await parseError('npm1-high-to-low.json', report);
      // Only high is short: low lists one more than counted, which alone would read.
      expect(shortfall(error.message)).toBe('high: 6 counted, 5 listed');
    });

    it('refuses a severity raised, since the severity it left is short', async () => {
      const report = load<V1Report>('npm-audit-v1-many.json');
      (report.advisories['534'] as V1Advisory).severity = 'critical'; // debug, low, 7 paths
      const error = await parseError('v1-low-to-critical.json', report);
      expect(shortfall(error.message)).toBe('low: 7 counted, 0 listed');
    });

    it('refuses several short severities at once, most severe first', async () => {
      const report = load<V1Report>('npm-audit-v1-multiple-cwes-critical.json');
      for (const advisory of Object.values(report.advisories))
        if (advisory.severity === 'critical' || advisory.severity === 'low') advisory.findings = [];
      const error = await parseError('v1-two-short.json', report);
      expect(shortfall(error.message)).toBe('critical: 3 counted, 0 listed; low: 2 counted, 0 listed');
    });
  });

  describe('v2 (packages per severity, and the total)', () => {
    it.each(V2_FILES)(
      '%s: a summary one above the list in any severity or in total is refused, naming it',
      async (name) => {
        for (const word of [...WORDS, 'total']) {
          const report = load<V2Report>(name);
          const n = report.metadata.vulnerabilities[word] ?? 0;
          report.metadata.vulnerabilities[word] = n + 1;
          const error = await parseError(`v2-summary-${word}.json`, report);
          expect(shortfall(error.message), `${name} ${word}`).toBe(`${word}: ${n + 1} counted, ${n} listed`);
          expect(error.message).toMatch(new RegExp(`^v2-summary-${word}\\.json: /vulnerabilities: `));
        }
      },
    );

    it.each(V2_FILES.filter((name) => !name.includes('no-vulns')))(
      '%s: one package less in any severity is refused; the same count passes; one more reads as before',
      async (name) => {
        const baseline = await parseFixture(`${FOLDER}/${name}`);
        for (const word of countedWords(load<V2Report>(name))) {
          const { total, [word]: n } = load<V2Report>(name).metadata.vulnerabilities as Record<string, number>;
          const key = (report: V2Report): string =>
            Object.keys(report.vulnerabilities).find((k) => report.vulnerabilities[k]?.severity === word) as string;

          const less = load<V2Report>(name);
          delete less.vulnerabilities[key(less)];
          const error = await parseError(`v2-less-${word}.json`, less);
          expect(shortfall(error.message), `${name} ${word}`).toBe(
            `${word}: ${n} counted, ${(n as number) - 1} listed; total: ${total} counted, ${(total as number) - 1} listed`,
          );

          const same = await parseText(`v2-same-${word}.json`, load<V2Report>(name));
          expect(identities(same)).toEqual(identities(baseline));

          // One more package of this severity (a copy under another name) is read, its findings with it.
          const more = load<V2Report>(name);
          const copy = structuredClone(more.vulnerabilities[key(more)]) as V2Package;
          more.vulnerabilities['extra-package'] = { ...copy, name: 'extra-package' };
          const read = await parseText(`v2-more-${word}.json`, more);
          expect(read.warnings).toEqual([]);
          expect(read.findings.length).toBe(
            baseline.findings.length + copy.via.filter((v) => typeof v !== 'string').length,
          );
          expect(read.findings.filter((f) => f.package?.name !== 'extra-package').map((f) => f.identityKey)).toEqual(
            baseline.findings.map((f) => f.identityKey),
          );

          const counted = load<V2Report>(name);
          counted.metadata.vulnerabilities[word] = (n as number) - 1;
          counted.metadata.vulnerabilities.total = (total as number) - 1;
          expect(identities(await parseText(`v2-summary-less-${word}.json`, counted))).toEqual(identities(baseline));
        }
      },
    );

    it('refuses a high package lowered to low (the reviewer’s npm2-high-to-low), though the total is unchanged', async () => {
      const report = load<V2Report>('npm-audit-v2-npm7-many.json');
      const highcharts = report.vulnerabilities.highcharts as V2Package;
      highcharts.severity = 'low';
      for (const via of highcharts.via) if (typeof via !== 'string') via.severity = 'low';
      const error = await parseError('npm2-high-to-low.json', report);
      expect(error.message).toBe(
        'npm2-high-to-low.json: /vulnerabilities: the summary (/metadata/vulnerabilities) counts more vulnerable packages than the report lists (high: 1 counted, 0 listed), so vulnerabilities npm found would pass unseen or at a lower severity (expected an unfiltered, unedited npm audit --json report, which lists each package its summary counts, under the severity counted; was the report cut, filtered or edited?).',
      );
    });

    it('counts carriers as npm does: a carrier removed is refused though it held no finding', async () => {
      const report = load<V2Report>('npm-audit-v2-npm7-many.json');
      expect((report.vulnerabilities.gulp as V2Package).via.every((v) => typeof v === 'string')).toBe(true);
      delete report.vulnerabilities.gulp;
      const error = await parseError('v2-carrier-removed.json', report);
      expect(shortfall(error.message)).toBe('low: 12 counted, 11 listed; total: 15 counted, 14 listed');
    });

    it('refuses a package severity raised, since the severity it left is short', async () => {
      const report = load<V2Report>('npm-audit-v2-many.json');
      (report.vulnerabilities.undici as V2Package).severity = 'critical';
      const error = await parseError('v2-low-to-critical.json', report);
      expect(shortfall(error.message)).toBe('low: 2 counted, 1 listed');
    });
  });
});
