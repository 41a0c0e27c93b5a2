/**
 * Snyk review defect: the summary check counted vulnerabilities[] entries, not the distinct ids and dependency
 * paths Snyk counts, and the reader drops an entry it has seen (same id, package and version) without a word.
 * So a copy of one entry could stand in for another: the same id on guava 22.0 (medium) and 23.0 (high, through
 * another path), the 23.0 entry replaced by a copy of the 22.0 one, read as a complete scan without the high
 * finding. A repeated id and path now counts once, as a path written twice in an npm audit v1 advisory does.
 * Every report here is a real fixture, changed inside the test.
 */
import { FIXTURES, createHarness } from './harness.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode, InputError } from '../../src/errors.js';
import { snyk } from '../../src/ingest/snyk.js';
import { gateOneReport } from '../helpers.js';

const FOLDER = 'snyk-json';
const { parseFixture, parseText, parseError } = createHarness(snyk, FOLDER);

type Project = Record<string, unknown>;
type Vulnerability = Record<string, unknown> & { id: string; from: unknown[] };

function load<T = Project>(name: string): T {
  return JSON.parse(readFileSync(join(FIXTURES, FOLDER, name), 'utf8')) as T;
}

const vulnerabilitiesOf = (project: Project | undefined): Vulnerability[] =>
  project?.vulnerabilities as Vulnerability[];
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const rows = (findings: { ruleId: string; severity: string; package?: { version?: string } }[]) =>
  findings.map((f) => [f.ruleId, f.package?.version, f.severity]);

const GUAVA = 'SNYK-JAVA-COMGOOGLEGUAVA-1015415';

/**
 * What the review built from project 1 of the real --all-projects list (com.test:project-a): the guava
 * 1015415 entry on 22.0 (medium) and, in place of the second entry, the same id on 23.0 (high) through
 * com.test:lib. uniqueCount 1 (one id), summary 2 paths.
 */
function twoVersions(): Project {
  const project = load<Project[]>('snyk-all-projects-list.json')[1] as Project;
  const [first] = vulnerabilitiesOf(project);
  expect(first).toMatchObject({ id: GUAVA, version: '22.0', severity: 'medium' });
  expect(project).toMatchObject({ summary: '2 vulnerable dependency paths', uniqueCount: 2 });
  vulnerabilitiesOf(project)[1] = {
    ...copy(first as Vulnerability),
    version: '23.0',
    severity: 'high',
    from: ['com.test:project-a@0.0.1-SNAPSHOT', 'com.test:lib@1.0', 'com.google.guava:guava@23.0'],
  };
  project.uniqueCount = 1;
  return project;
}

/** The same report with the 23.0 entry replaced by a copy of the 22.0 entry. */
function copyStandsIn(): Project {
  const project = twoVersions();
  vulnerabilitiesOf(project)[1] = copy(vulnerabilitiesOf(project)[0] as Vulnerability);
  return project;
}

/** Project 6 of the real container list: 25 entries, each a different id or path, for 6 ids; summary 25. */
function project6(): Project {
  const project = load<Project[]>('snyk-container-all-targets.json')[6] as Project;
  expect(project).toMatchObject({ summary: '25 vulnerable dependency paths', uniqueCount: 6 });
  expect(vulnerabilitiesOf(project)).toHaveLength(25);
  return project;
}

const REPEATED = (counted: string, listed: string, repeats: string, unseen: number): string =>
  `Snyk counts ${counted} but the report lists ${listed}: ${repeats}, and a repeated path counts once, so ${unseen} would pass unseen (expected one vulnerabilities[] entry per path Snyk counts, each a different id or dependency path; a repeated entry cannot stand in for one left out: the report was cut or edited).`;

describe('snyk: each id and dependency path counted once against the summary', () => {
  it('reads the real reports exactly as before', async () => {
    const list = await parseFixture(`${FOLDER}/snyk-all-projects-list.json`);
    expect(list.findings.map((f) => [f.run, f.ruleId, f.package?.version, f.severity])).toEqual([
      [0, GUAVA, '29.0-jre', 'medium'],
      [1, GUAVA, '22.0', 'medium'],
      [1, 'SNYK-JAVA-COMGOOGLEGUAVA-32236', '22.0', 'medium'],
      [2, GUAVA, '29.0-jre', 'medium'],
    ]);
    expect(list.runs.map((r) => [r.completed, r.resultCount])).toEqual([
      [true, 1],
      [true, 2],
      [true, 1],
    ]);
    expect(list.warnings).toEqual([]);
    // The container list: 25 paths of 6 ids in project 6, each path listed once.
    const containers = await parseFixture(`${FOLDER}/snyk-container-all-targets.json`);
    expect(containers.runs.every((r) => r.completed)).toBe(true);
    expect(containers.findings.filter((f) => f.run === 6).map((f) => f.ruleId)).toEqual([
      'SNYK-DOTNET-SYSTEMNETHTTP-60045',
      'SNYK-DOTNET-SYSTEMNETHTTP-60046',
      'SNYK-DOTNET-SYSTEMNETHTTP-60047',
      'SNYK-DOTNET-SYSTEMNETHTTP-60048',
      'SNYK-DOTNET-SYSTEMNETHTTP-72439',
      'SNYK-DOTNET-SYSTEMTEXTREGULAREXPRESSIONS-174708',
    ]);
  });

  it('reads the same id on two versions through two paths as two findings', async () => {
    const result = await parseText('two-versions.json', twoVersions());
    expect(rows(result.findings)).toEqual([
      [GUAVA, '22.0', 'medium'],
      [GUAVA, '23.0', 'high'],
    ]);
    expect(result.runs[0]).toMatchObject({ completed: true, problems: [], resultCount: 2 });
    expect(result.warnings).toEqual([]);
  });

  it('refuses the 23.0 entry replaced by a copy of the 22.0 entry', async () => {
    const error = await parseError('dup-entry.json', copyStandsIn());
    expect(error.message).toBe(
      `dup-entry.json: /summary: ${REPEATED('2 vulnerable dependency paths', '1 distinct id and path (1 in /vulnerabilities)', '/vulnerabilities/1 repeats the id and dependency path of /vulnerabilities/0', 1)}`,
    );
    expect(error.exitCode).toBe(ExitCode.Input);
  });

  it('stops the gate with exit 3, where the edited report was a completed scan without the high finding', async () => {
    const error = await gateOneReport('dup-entry.json', copyStandsIn()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).exitCode).toBe(ExitCode.Input);
  });

  it('counts an exact repeat of an entry once: beside the real summary it reads as before', async () => {
    const project = twoVersions();
    vulnerabilitiesOf(project).push(copy(vulnerabilitiesOf(project)[0] as Vulnerability));
    const result = await parseText('repeat.json', project);
    expect(rows(result.findings)).toEqual([
      [GUAVA, '22.0', 'medium'],
      [GUAVA, '23.0', 'high'],
    ]);
    expect(result.runs[0]).toMatchObject({ completed: true, problems: [] });
  });

  it('refuses a repeat beside a summary raised to count it: the copy is no third path', async () => {
    const project = twoVersions();
    vulnerabilitiesOf(project).push(copy(vulnerabilitiesOf(project)[1] as Vulnerability));
    project.summary = '3 vulnerable dependency paths';
    const error = await parseError('raised.json', project);
    expect(error.message).toBe(
      `raised.json: /summary: ${REPEATED('3 vulnerable dependency paths', '2 distinct ids and paths (2 in /vulnerabilities)', '/vulnerabilities/2 repeats the id and dependency path of /vulnerabilities/1', 1)}`,
    );
  });

  it('refuses a real container project with one path replaced by a copy of another path of its id', async () => {
    // Entry 17 (through System.Xml.ReaderWriter) replaced by entry 16 (through NETStandard.Library): the same
    // id, package and version, so uniqueCount and the findings are unchanged; only the paths tell.
    const project = project6();
    const entries = vulnerabilitiesOf(project);
    expect(entries[16]?.id).toBe(entries[17]?.id);
    expect(entries[16]?.from).not.toEqual(entries[17]?.from);
    entries[17] = copy(entries[16] as Vulnerability);
    const error = await parseError('container.json', project);
    expect(error.message).toBe(
      `container.json: /summary: ${REPEATED('25 vulnerable dependency paths', '24 distinct ids and paths (24 in /vulnerabilities)', '/vulnerabilities/17 repeats the id and dependency path of /vulnerabilities/16', 1)}`,
    );
    // The other side: the real project reads.
    expect((await parseText('real.json', project6())).runs[0]).toMatchObject({ completed: true });
  });

  it('names three repeated entries, then counts the rest (3 and 4 repeats)', async () => {
    const withRepeats = (n: number): Project => {
      const project = project6();
      const entries = vulnerabilitiesOf(project);
      for (let i = 0; i < n; i += 1) entries[17 + i] = copy(entries[16] as Vulnerability);
      return project;
    };
    const three = await parseError('three.json', withRepeats(3));
    expect(three.message).toContain(
      ': /vulnerabilities/17 repeats the id and dependency path of /vulnerabilities/16, /vulnerabilities/18 repeats the id and dependency path of /vulnerabilities/16, /vulnerabilities/19 repeats the id and dependency path of /vulnerabilities/16, and a repeated path counts once, so 3 would pass unseen',
    );
    const four = await parseError('four.json', withRepeats(4));
    expect(four.message).toContain(
      '/vulnerabilities/19 repeats the id and dependency path of /vulnerabilities/16, 1 more entry repeats an earlier one, and a repeated path counts once, so 4 would pass unseen',
    );
  });

  it('refuses a copy in filtered.ignore in place of the path a .snyk policy moved there', async () => {
    const ignoredAs = (entry: Vulnerability): Project => ({
      ...entry,
      filtered: { ignored: [{ reason: 'Not reachable' }] },
    });
    // The path really ignored: entry 17 moved to filtered.ignore reads (snyk-review-s12 tests this too).
    const moved = project6();
    const [entry17] = vulnerabilitiesOf(moved).splice(17, 1);
    moved.filtered = { ignore: [ignoredAs(entry17 as Vulnerability)], patch: [] };
    expect((await parseText('moved.json', moved)).runs[0]).toMatchObject({ completed: true });
    // A copy of entry 16 in its place.
    const copied = project6();
    vulnerabilitiesOf(copied).splice(17, 1);
    copied.filtered = { ignore: [ignoredAs(copy(vulnerabilitiesOf(copied)[16] as Vulnerability))], patch: [] };
    const error = await parseError('ignored-copy.json', copied);
    expect(error.message).toBe(
      `ignored-copy.json: /summary: ${REPEATED('25 vulnerable dependency paths', '24 distinct ids and paths (24 in /vulnerabilities)', '/filtered/ignore/0 repeats the id and dependency path of /vulnerabilities/16', 1)}`,
    );
  });

  it('refuses a path repeated in an entry merged by --group-issues in place of one cut out', async () => {
    // snyk test --json --group-issues: one entry per id, `from` a list of its paths.
    const project = project6();
    const grouped = new Map<string, Vulnerability>();
    for (const v of vulnerabilitiesOf(project)) {
      const entry = grouped.get(v.id);
      if (entry) entry.from.push(v.from);
      else grouped.set(v.id, { ...v, from: [v.from] });
    }
    project.vulnerabilities = [...grouped.values()];
    expect((await parseText('grouped.json', project)).runs[0]).toMatchObject({ completed: true });
    const merged = vulnerabilitiesOf(project)[5] as Vulnerability;
    expect(merged.from).toHaveLength(10);
    merged.from[9] = copy(merged.from[0]);
    const error = await parseError('grouped-copy.json', project);
    expect(error.message).toBe(
      `grouped-copy.json: /summary: ${REPEATED('25 vulnerable dependency paths', '24 distinct ids and paths (24 in /vulnerabilities)', '/vulnerabilities/5/from lists a dependency path twice', 1)}`,
    );
  });

  it('tells entries without `from` apart by package and version', async () => {
    const withoutFrom = (project: Project): Project => {
      for (const entry of vulnerabilitiesOf(project)) delete (entry as Record<string, unknown>).from;
      return project;
    };
    const two = await parseText('two-no-from.json', withoutFrom(twoVersions()));
    expect(rows(two.findings)).toEqual([
      [GUAVA, '22.0', 'medium'],
      [GUAVA, '23.0', 'high'],
    ]);
    expect(two.runs[0]).toMatchObject({ completed: true });
    const error = await parseError('dup-no-from.json', withoutFrom(copyStandsIn()));
    expect(error.message).toMatch(
      /^dup-no-from\.json: \/summary: Snyk counts 2 vulnerable dependency paths but the report lists 1 distinct id and path .*\/vulnerabilities\/1 repeats the id and dependency path of \/vulnerabilities\/0/,
    );
  });
});
