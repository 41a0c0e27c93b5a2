/**
 * Review fixes of the Dependency-Check JSON reader, each tested on both sides from the real fixtures edited in
 * the test:
 * - `dependencies: []` (Dependency-Check found no file to analyse) is not a completed scan, as pip-audit's
 *   report with no dependencies is not: the run is incomplete, with a problem saying why;
 * - a dependency's `vulnerabilities` (or `suppressedVulnerabilities`) that is present but not an array (null)
 *   is an input error naming its pointer, not read as none. Dependency-Check leaves the key out when there
 *   are none (jsonReport.vsl), as in every dependency of the real reports without a vulnerability.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { dependencyCheck } from '../../src/ingest/dependency-check.js';
import { pipAudit } from '../../src/ingest/pip-audit.js';
import { readInputFile } from '../../src/ingest/read.js';
import { silentLogger } from '../../src/logger.js';
import { countBySeverity } from '../../src/model.js';
import { completenessGate } from '../helpers.js';
import { FIXTURES, counts, createHarness } from './harness.js';

const FOLDER = 'dependency-check-json';
const CLEAN = 'dependency-check-7.1.1-no-vulns.json';
const MAVEN = 'dependency-check-12.1.3-maven.json';
const { parseText, parseFixture, writeTemp } = createHarness(dependencyCheck, FOLDER);

type Report = { dependencies: Record<string, unknown>[] } & Record<string, unknown>;

/** A fresh copy of a real fixture. */
const fixture = (name: string): Report => JSON.parse(readFileSync(join(FIXTURES, FOLDER, name), 'utf8')) as Report;

const NO_DEPENDENCIES =
  'Dependency-Check listed no dependencies (/dependencies is empty): it found no file it could analyse, so the report does not show a completed scan (check the paths given to --scan, the --exclude patterns and the enabled analyzers, then scan again)';

describe('ingest/dependency-check (review): a report that lists no dependencies', () => {
  it('the real 7.1.1 report with its 19 dependencies taken out: an incomplete run saying why', async () => {
    const report = { ...fixture(CLEAN), dependencies: [] };
    const result = await parseText('empty.json', report);
    expect(result.findings).toEqual([]);
    expect(result.runs).toEqual([
      {
        tool: 'dependency-check',
        toolVersion: '7.1.1',
        scanType: 'dependency',
        completed: false,
        problems: [NO_DEPENDENCIES],
        resultCount: 0,
      },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('the real 7.1.1 report as it is (19 dependencies, none vulnerable), or with one left: a completed scan', async () => {
    const real = fixture(CLEAN);
    expect(real.dependencies).toHaveLength(19);
    for (const run of [
      (await parseFixture(`${FOLDER}/${CLEAN}`)).runs,
      (await parseText('one.json', { ...real, dependencies: real.dependencies.slice(0, 1) })).runs,
    ])
      expect(run).toEqual([
        {
          tool: 'dependency-check',
          toolVersion: '7.1.1',
          scanType: 'dependency',
          completed: true,
          problems: [],
          resultCount: 0,
        },
      ]);
  });

  it('is what pip-audit does with no dependencies: not completed, and not a run that covers nothing', async () => {
    const { root, rel } = writeTemp('pip-audit.json', JSON.stringify({ dependencies: [], fixes: [] }));
    const pip = await pipAudit.parse(readInputFile(root, rel), { root, logger: silentLogger });
    const dc = await parseText('dc-empty.json', { ...fixture(CLEAN), dependencies: [] });
    expect(pip.runs[0]).toMatchObject({ completed: false, problems: ['pip-audit listed no dependencies'] });
    expect(pip.runs[0]).not.toHaveProperty('coversNothing');
    expect(dc.runs[0]).toMatchObject({ completed: false });
    expect(dc.runs[0]).not.toHaveProperty('coversNothing');
  });

  it('a declared scanType does not make it complete', async () => {
    const result = await parseText(
      'declared.json',
      { ...fixture(CLEAN), dependencies: [] },
      { scanType: 'dependency' },
    );
    expect(result.runs[0]).toMatchObject({ scanType: 'dependency', completed: false, problems: [NO_DEPENDENCIES] });
  });

  it('evidence-completeness fails for a required dependency scan covered only by it, and passes on the real report', async () => {
    const empty = await parseText('gate-empty.json', { ...fixture(CLEAN), dependencies: [] });
    const failed = completenessGate(empty.runs[0]!, 'dependency', 'dependency-check', 'dependency-check-report.json');
    expect(failed.status).toBe('fail');
    expect(failed.reasons).toEqual([
      `dependency-check-report.json: ${NO_DEPENDENCIES}`,
      'no completed dependency scan among the inputs (the policy requires dependency).',
    ]);
    const real = await parseFixture(`${FOLDER}/${CLEAN}`);
    expect(
      completenessGate(real.runs[0]!, 'dependency', 'dependency-check', 'dependency-check-report.json'),
    ).toMatchObject({ status: 'pass', reasons: [] });
  });
});

describe('ingest/dependency-check (review): vulnerabilities that are not a list', () => {
  it('the real reports leave the key out when a dependency has none', () => {
    for (const name of [CLEAN, MAVEN])
      for (const dependency of fixture(name).dependencies) {
        if ('vulnerabilities' in dependency) expect(Array.isArray(dependency.vulnerabilities)).toBe(true);
        if ('suppressedVulnerabilities' in dependency)
          expect(Array.isArray(dependency.suppressedVulnerabilities)).toBe(true);
      }
    expect(fixture(CLEAN).dependencies.every((d) => !('vulnerabilities' in d))).toBe(true);
  });

  it.each([
    ['null', null, 'got null'],
    ['an object', {}, 'got an object'],
    ['false', false, 'got the boolean false'],
  ])('vulnerabilities %s in the real 7.1.1 report: refused, naming the pointer', async (_what, value, got) => {
    const report = fixture(CLEAN);
    report.dependencies[3] = { ...report.dependencies[3], vulnerabilities: value };
    await expect(parseText('null.json', report)).rejects.toThrow(
      new InputError(`null.json: /dependencies/3/vulnerabilities: ${got} (expected an array).`),
    );
  });

  it('vulnerabilities null in the real 12.1.3 report, where that dependency has one: refused; the key left out reads as none', async () => {
    const report = fixture(MAVEN);
    const vulnerabilities = report.dependencies[18]?.vulnerabilities as unknown[];
    expect(vulnerabilities).toHaveLength(1);
    report.dependencies[18] = { ...report.dependencies[18], vulnerabilities: null };
    await expect(parseText('maven-null.json', report)).rejects.toThrow(
      new InputError('maven-null.json: /dependencies/18/vulnerabilities: got null (expected an array).'),
    );
    const { vulnerabilities: _, ...rest } = report.dependencies[18]!;
    report.dependencies[18] = rest;
    const read = await parseText('maven-none.json', report);
    expect(read.findings).toHaveLength(51);
    expect(read.runs[0]).toMatchObject({ completed: true, problems: [], resultCount: 51 });
  });

  it('the real 12.1.3 report as it is: its 52 vulnerabilities, complete', async () => {
    const result = await parseFixture(`${FOLDER}/${MAVEN}`);
    expect(countBySeverity(result.findings)).toEqual(counts({ critical: 4, high: 2, medium: 41, low: 5 }));
    expect(result.runs).toEqual([
      {
        tool: 'dependency-check',
        toolVersion: '12.1.3',
        scanType: 'dependency',
        completed: true,
        problems: [],
        resultCount: 52,
      },
    ]);
  });

  it('suppressedVulnerabilities null: refused too, naming its pointer', async () => {
    const report = fixture(CLEAN);
    report.dependencies[0] = { ...report.dependencies[0], suppressedVulnerabilities: null };
    await expect(parseText('suppressed-null.json', report)).rejects.toThrow(
      new InputError('suppressed-null.json: /dependencies/0/suppressedVulnerabilities: got null (expected an array).'),
    );
  });
});
