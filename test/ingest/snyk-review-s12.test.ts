import { FIXTURES, counts, createHarness } from './harness.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode, InputError } from '../../src/errors.js';
import { snyk } from '../../src/ingest/snyk.js';
import { countBySeverity } from '../../src/model.js';
import { gateOneReport } from '../helpers.js';

// Snyk, twelfth session's review: a severity outside Snyk's four words read through the shared vendor table (a
// critical edited to `none` became info); `severityWithCritical: null` hid a real `severity`; a project of 0
// dependencies read as a completed clean scan; and a report with one dependency path cut out, its id still
// listed, passed the uniqueCount check. Every report here is a real fixture, changed inside the test.

const FOLDER = 'snyk-json';
const { parseFixture, parseText, parseError } = createHarness(snyk, FOLDER);

type Project = Record<string, unknown>;
type Vulnerability = Record<string, unknown> & { id: string };

/** A fresh copy of a real fixture's document, to change in a test. */
function load<T = Project>(name: string): T {
  return JSON.parse(readFileSync(join(FIXTURES, FOLDER, name), 'utf8')) as T;
}

function vulnerabilitiesOf(project: Project | undefined): Vulnerability[] {
  return project?.vulnerabilities as Vulnerability[];
}

const gate = gateOneReport;

const NOT_SNYK = 'is not a Snyk severity (expected low, medium, high or critical).';

describe('snyk severity: only low, medium, high and critical', () => {
  /** The real snyk-maven-many.json with log4j (severity high, severityWithCritical critical) changed. */
  function mavenWithLog4j(change: Project): { doc: Project; index: number } {
    const doc = load('snyk-maven-many.json');
    const vulnerabilities = vulnerabilitiesOf(doc);
    const index = vulnerabilities.findIndex((v) => v.id === 'SNYK-JAVA-LOG4J-572732');
    expect(vulnerabilities[index]).toMatchObject({ severity: 'high', severityWithCritical: 'critical' });
    vulnerabilities[index] = { ...vulnerabilities[index], ...change } as Vulnerability;
    return { doc, index };
  }

  describe.each(['severity', 'severityWithCritical'])('in %s', (field) => {
    it.each(['none', 'info', 'note', 'negligible', 'warning', 'error', 'unknown', 'moderate', 'informational'])(
      "refuses '%s', naming the pointer",
      async (word) => {
        const { doc, index } = mavenWithLog4j({ [field]: word });
        const error = await parseError('edited.json', doc);
        expect(error.message).toBe(`edited.json: /vulnerabilities/${index}/${field}: '${word}' ${NOT_SNYK}`);
        expect(error.exitCode).toBe(ExitCode.Input);
      },
    );

    it.each([
      ['the number 4', 4],
      ['the boolean true', true],
    ])('refuses %s', async (described, value) => {
      const { doc, index } = mavenWithLog4j({ [field]: value });
      const error = await parseError('edited.json', doc);
      expect(error.message).toBe(`edited.json: /vulnerabilities/${index}/${field}: ${described} ${NOT_SNYK}`);
    });

    it.each([
      ['low', 'low'],
      ['medium', 'medium'],
      ['high', 'high'],
      ['critical', 'critical'],
      ['Critical', 'critical'],
    ] as const)("reads '%s' as %s when it is the only severity field", async (word, severity) => {
      const { doc, index } = mavenWithLog4j({ severity: undefined, severityWithCritical: undefined, [field]: word });
      const result = await parseText('one-field.json', doc);
      expect(result.findings[index]).toMatchObject({ severity, severitySource: `snyk ${severity}` });
    });
  });

  it('stops the gate with exit 3 where the critical edited to none read as info', async () => {
    const { doc, index } = mavenWithLog4j({ severity: 'none', severityWithCritical: 'none' });
    const error = await gate('none.json', doc).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).exitCode).toBe(ExitCode.Input);
    expect((error as InputError).message).toBe(`none.json: /vulnerabilities/${index}/severity: 'none' ${NOT_SNYK}`);
  });

  it('names the project of a list', async () => {
    const doc = load<Project[]>('snyk-all-projects-list.json');
    const first = vulnerabilitiesOf(doc[1])[1] as Vulnerability;
    first.severity = 'info';
    const error = await parseError('list.json', doc);
    expect(error.message).toBe(`list.json: /1/vulnerabilities/1/severity: 'info' ${NOT_SNYK}`);
  });
});

describe('snyk severity: severity and severityWithCritical together', () => {
  /** The real snyk-all-projects-list.json (4 entries, severity and severityWithCritical medium) changed. */
  function listWith(change: Project): Project[] {
    const doc = load<Project[]>('snyk-all-projects-list.json');
    for (const project of doc)
      for (const v of vulnerabilitiesOf(project)) {
        expect(v).toMatchObject({ severity: 'medium', severityWithCritical: 'medium' });
        Object.assign(v, change);
        for (const [key, value] of Object.entries(change)) if (value === undefined) delete v[key];
      }
    return doc;
  }

  it('reads severityWithCritical: null as absent, so a real severity critical stays critical', async () => {
    // The defect: the field was chosen for not being undefined, and null read as no severity (unknown).
    const result = await parseText('swc-null.json', listWith({ severity: 'critical', severityWithCritical: null }));
    expect(countBySeverity(result.findings)).toEqual(counts({ critical: 4 }));
    expect(result.findings[0]).toMatchObject({ severitySource: 'snyk critical' });
  });

  it('reads severity: null beside a real severityWithCritical the same way', async () => {
    const result = await parseText('sev-null.json', listWith({ severity: null, severityWithCritical: 'high' }));
    expect(countBySeverity(result.findings)).toEqual(counts({ high: 4 }));
  });

  it('takes the higher of the two, whichever field holds it', async () => {
    const lower = await parseText('swc-lower.json', listWith({ severity: 'high', severityWithCritical: 'low' }));
    expect(countBySeverity(lower.findings)).toEqual(counts({ high: 4 }));
    const higher = await parseText('swc-higher.json', listWith({ severity: 'low', severityWithCritical: 'critical' }));
    expect(countBySeverity(higher.findings)).toEqual(counts({ critical: 4 }));
    // As the real snyk-maven-many.json writes it: severity high, severityWithCritical critical.
    const maven = await parseFixture(`${FOLDER}/snyk-maven-many.json`);
    expect(countBySeverity(maven.findings)).toEqual(counts({ critical: 3, high: 9, medium: 29 }));
  });

  it('refuses a bad word in either field even when the other holds a good one', async () => {
    const error = await parseError('mixed.json', listWith({ severity: 'critical', severityWithCritical: 'none' }));
    expect(error.message).toBe(`mixed.json: /0/vulnerabilities/0/severityWithCritical: 'none' ${NOT_SNYK}`);
  });

  it.each([
    ['both absent', { severity: undefined, severityWithCritical: undefined }],
    ['both null', { severity: null, severityWithCritical: null }],
    ['one absent, one null', { severity: undefined, severityWithCritical: null }],
  ])('reads no severity (%s) as unknown, as before', async (_label, change) => {
    const result = await parseText('no-severity.json', listWith(change));
    expect(countBySeverity(result.findings)).toEqual(counts({ unknown: 4 }));
    expect(result.findings[0]).toMatchObject({ severitySource: 'no severity in snyk' });
  });
});

describe('snyk dependencyCount: a project of 0 dependencies covers no scan type', () => {
  const TESTED_NOTHING = (file: string, pointer = '') =>
    `${file}: ${pointer}/dependencyCount: Snyk counts 0 dependencies: it tested no dependency in this project, so the project covers no scan type (check that snyk test ran in the project's folder, on the manifest or lock file that lists its dependencies; a project without dependencies of its own, such as a parent pom, is left out of the coverage).`;

  it('reads the real snyk-no-vulns.json (dependencyCount 0) as a run that covers nothing, with a warning', async () => {
    const result = await parseFixture(`${FOLDER}/snyk-no-vulns.json`);
    expect(result.findings).toEqual([]);
    expect(result.runs).toEqual([
      {
        tool: 'Snyk Open Source',
        scanType: 'dependency',
        coversNothing: true,
        completed: true,
        problems: [],
        resultCount: 0,
      },
    ]);
    expect(result.warnings).toEqual([TESTED_NOTHING(`${FOLDER}/snyk-no-vulns.json`)]);
  });

  it('reads the same project with dependencyCount 1, and without dependencyCount, as covering its scan', async () => {
    const one = await parseText('one.json', { ...load<Project>('snyk-no-vulns.json'), dependencyCount: 1 });
    expect(one.runs[0]).toMatchObject({ completed: true, problems: [] });
    expect(one.runs[0]).not.toHaveProperty('coversNothing');
    expect(one.warnings).toEqual([]);
    const { dependencyCount: _, ...rest } = load('snyk-no-vulns.json');
    const absent = await parseText('absent.json', rest);
    expect(absent.runs[0]).toMatchObject({ completed: true, problems: [] });
    expect(absent.runs[0]).not.toHaveProperty('coversNothing');
  });

  it('fails evidence-completeness in the gate, covering no dependency scan, where it covered one before', async () => {
    // The release preset also requires sast and secret scans, which a Snyk report alone never covers.
    const NO_DEPENDENCY_SCAN =
      'no completed dependency scan among the inputs (the policy requires sast, dependency, secret).';
    const result = await gate('nodeps.json', load('snyk-no-vulns.json'));
    const evidence = result.evaluation.gates.find((g) => g.id === 'evidence-completeness');
    expect(evidence?.status).toBe('fail');
    expect(evidence?.reasons).toContain(NO_DEPENDENCY_SCAN);
    expect(evidence?.summary).toMatch(/; covered: nothing;/);
    expect(result.evaluation.warnings).toContain(TESTED_NOTHING('nodeps.json'));
    expect(result.evaluation.decision).toBe('rejected');
    // The same report with one dependency covers the dependency scan, with no reason about it.
    const tested = await gate('deps.json', { ...load<Project>('snyk-no-vulns.json'), dependencyCount: 1 });
    const testedEvidence = tested.evaluation.gates.find((g) => g.id === 'evidence-completeness');
    expect(testedEvidence?.summary).toMatch(/; covered: dependency;/);
    expect(testedEvidence?.reasons).not.toContain(NO_DEPENDENCY_SCAN);
    expect(testedEvidence?.reasons.filter((r) => r.startsWith('deps.json:'))).toEqual([]);
  });

  it('in an --all-projects list, leaves out the project without dependencies (a parent pom) and the others cover', async () => {
    const doc = load<Project[]>('snyk-container-all-targets.json');
    expect(doc[3]).toMatchObject({ dependencyCount: 1, vulnerabilities: [] });
    doc[3] = { ...doc[3], dependencyCount: 0 };
    const result = await parseText('list.json', doc);
    expect(result.runs.map((r) => r.completed)).toEqual([true, true, true, true, true, true, true]);
    expect(result.runs.map((r) => r.coversNothing === true)).toEqual([false, false, false, true, false, false, false]);
    expect(result.warnings).toContain(TESTED_NOTHING('list.json', '/3'));
    // Through the gate, the list still covers the dependency scan.
    const evaluated = await gate('list.json', doc);
    const evidence = evaluated.evaluation.gates.find((g) => g.id === 'evidence-completeness');
    expect(evidence?.summary).toMatch(/covered: [^;]*dependency/);
  });

  it('still reads the findings of a project that says 0 dependencies, but it covers nothing', async () => {
    const result = await parseText('maven-0.json', { ...load<Project>('snyk-maven-many.json'), dependencyCount: 0 });
    expect(result.findings).toHaveLength(41);
    expect(result.runs[0]).toMatchObject({ completed: true, coversNothing: true, problems: [] });
  });

  describe('a dependencyCount that is not a count is refused', () => {
    const NOT_A_COUNT = '(expected the number of dependencies Snyk tested, a whole number 0 or more).';
    it.each([
      ['the string "0"', '0'],
      ['null', null],
      ['the number -1', -1],
      ['the number 1.5', 1.5],
      ['an array', [688]],
    ])('found %s', async (described, value) => {
      const error = await parseError('count.json', {
        ...load<Project>('snyk-maven-many.json'),
        dependencyCount: value,
      });
      expect(error.message).toBe(`count.json: /dependencyCount: found ${described} ${NOT_A_COUNT}`);
      expect(error.exitCode).toBe(ExitCode.Input);
    });

    it('names the project of a list', async () => {
      const doc = load<Project[]>('snyk-all-projects-list.json');
      doc[2] = { ...doc[2], dependencyCount: '11' };
      const error = await parseError('list.json', doc);
      expect(error.message).toBe(`list.json: /2/dependencyCount: found the string "11" ${NOT_A_COUNT}`);
    });
  });
});

describe('snyk summary: the dependency paths Snyk counts must be listed', () => {
  const FEWER = (counted: string, listed: string, unseen: number): string =>
    `Snyk counts ${counted} but the report lists ${listed}: it lists fewer paths than it counts, so ${unseen} would pass unseen; snyk container test --exclude-base-image-vulns leaves paths out this way, else the report was cut or edited (expected one vulnerabilities[] entry per path Snyk counts: run the scan without that option for the gate).`;

  /** Project 6 of the real container list: 25 entries (dependency paths) for 6 ids, summary 25. */
  function project6(): Project {
    const project = load<Project[]>('snyk-container-all-targets.json')[6] as Project;
    expect(project).toMatchObject({ summary: '25 vulnerable dependency paths', uniqueCount: 6 });
    expect(vulnerabilitiesOf(project)).toHaveLength(25);
    return project;
  }

  /** The index of an entry whose id has other entries, so removing it leaves uniqueCount right. */
  function repeatedEntry(project: Project): number {
    const ids = vulnerabilitiesOf(project).map((v) => v.id);
    const index = ids.findIndex((id, i) => ids.indexOf(id) !== i);
    expect(index).toBeGreaterThan(0);
    return index;
  }

  it('holds in every real report: the summary counts exactly the entries listed', () => {
    const projects = ['snyk-all-projects-list.json', 'snyk-container-all-targets.json', 'snyk-maven-many.json']
      .flatMap((name) => load<Project[]>(name))
      .concat([load('snyk-no-vulns.json')]);
    expect(projects).toHaveLength(12);
    for (const project of projects) {
      const listed = vulnerabilitiesOf(project).length;
      const ignored = (project.filtered as { ignore?: unknown[] } | undefined)?.ignore?.length ?? 0;
      expect(ignored).toBe(0);
      expect(project.summary).toBe(
        listed === 0 ? 'No known vulnerabilities' : `${listed} vulnerable dependency path${listed === 1 ? '' : 's'}`,
      );
    }
  });

  it('refuses one path cut out of a project, its id still listed (uniqueCount cannot see it)', async () => {
    const project = project6();
    vulnerabilitiesOf(project).splice(repeatedEntry(project), 1);
    const error = await parseError('cut.json', project);
    expect(error.message).toBe(
      `cut.json: /summary: ${FEWER('25 vulnerable dependency paths', '24 (24 in /vulnerabilities)', 1)}`,
    );
    expect(error.exitCode).toBe(ExitCode.Input);
  });

  it('names the project of a list', async () => {
    const doc = load<Project[]>('snyk-container-all-targets.json');
    const project = doc[6] as Project;
    vulnerabilitiesOf(project).splice(repeatedEntry(project), 1);
    const error = await parseError('list-cut.json', doc);
    expect(error.message).toBe(
      `list-cut.json: /6/summary: ${FEWER('25 vulnerable dependency paths', '24 (24 in /6/vulnerabilities)', 1)}`,
    );
  });

  it('stops the gate with exit 3, where the cut report was a completed scan', async () => {
    const project = project6();
    vulnerabilitiesOf(project).splice(repeatedEntry(project), 1);
    const error = await gate('cut.json', project).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).exitCode).toBe(ExitCode.Input);
  });

  it('reads a summary that counts the entries listed, or fewer, as before', async () => {
    const real = await parseText('real.json', project6());
    expect(real.runs[0]).toMatchObject({ completed: true });
    const project = project6();
    vulnerabilitiesOf(project).splice(repeatedEntry(project), 1);
    const agreeing = await parseText('agreeing.json', { ...project, summary: '24 vulnerable dependency paths' });
    expect(agreeing.runs[0]).toMatchObject({ completed: true });
    const lower = await parseText('lower.json', { ...project6(), summary: '3 vulnerable dependency paths' });
    expect(lower.runs[0]).toMatchObject({ completed: true });
  });

  it('reads the singular "1 vulnerable dependency path" on both sides of the count', async () => {
    const doc = load<Project[]>('snyk-all-projects-list.json');
    expect(doc[0]).toMatchObject({ summary: '1 vulnerable dependency path' });
    expect(vulnerabilitiesOf(doc[0])).toHaveLength(1);
    expect((await parseText('one.json', doc[0])).runs[0]).toMatchObject({ completed: true });
    const two = await parseError('two.json', { ...doc[0], summary: '2 vulnerable dependency paths' });
    expect(two.message).toBe(
      `two.json: /summary: ${FEWER('2 vulnerable dependency paths', '1 (1 in /vulnerabilities)', 1)}`,
    );
    // A clean project (ok true, uniqueCount 0, nothing listed) whose summary counts one path.
    const clean = { ...(load<Project[]>('snyk-container-all-targets.json')[2] as Project) };
    const error = await parseError('clean-one.json', { ...clean, summary: '1 vulnerable dependency path' });
    expect(error.message).toBe(
      `clean-one.json: /summary: ${FEWER('1 vulnerable dependency path', '0 (0 in /vulnerabilities)', 1)}`,
    );
  });

  it('counts the paths a .snyk policy moved to filtered.ignore and filtered.patch: Snyk counts them too', async () => {
    // snyk-policy's filter moves each ignored or patched path out of vulnerabilities[] after the CLI has
    // written the summary, so the summary still counts it.
    const ignoredProject = project6();
    const [ignored] = vulnerabilitiesOf(ignoredProject).splice(repeatedEntry(ignoredProject), 1);
    ignoredProject.filtered = {
      ignore: [{ ...ignored, filtered: { ignored: [{ reason: 'Not reachable' }] } }],
      patch: [],
    };
    const result = await parseText('ignored.json', ignoredProject);
    expect(result.runs[0]).toMatchObject({ completed: true });
    // The ignored path's id, package and version stay open on another path: one finding each, as before.
    expect(result.findings).toHaveLength(6);

    const patchedProject = project6();
    const [patched] = vulnerabilitiesOf(patchedProject).splice(repeatedEntry(patchedProject), 1);
    patchedProject.filtered = { ignore: [], patch: [patched] };
    expect((await parseText('patched.json', patchedProject)).runs[0]).toMatchObject({ completed: true });

    // Two more paths gone, one of them to filtered.patch: 22 + 1 + 1 listed, 25 counted. The message says
    // where the paths it found are.
    const [movedToPatch] = vulnerabilitiesOf(ignoredProject).splice(repeatedEntry(ignoredProject), 1);
    vulnerabilitiesOf(ignoredProject).splice(repeatedEntry(ignoredProject), 1);
    (ignoredProject.filtered as Project).patch = [movedToPatch];
    const error = await parseError('ignored-cut.json', ignoredProject);
    expect(error.message).toBe(
      `ignored-cut.json: /summary: ${FEWER('25 vulnerable dependency paths', '24 (22 in /vulnerabilities, 1 in /filtered/ignore, 1 in /filtered/patch)', 1)}`,
    );
  });

  it('counts each path of an entry merged by --group-issues (its `from` a list of paths)', async () => {
    // snyk test --json --group-issues: one entry per id, `from` and `name` lists of the merged entries' values.
    const project = project6();
    const grouped = new Map<string, Vulnerability & { from: unknown[]; name: unknown[] }>();
    for (const v of vulnerabilitiesOf(project)) {
      const entry = grouped.get(v.id);
      if (entry) {
        entry.from.push(v.from);
        entry.name.push(v.name);
      } else grouped.set(v.id, { ...v, from: [v.from], name: [v.name] });
    }
    project.vulnerabilities = [...grouped.values()];
    expect(project.vulnerabilities).toHaveLength(6);
    const result = await parseText('grouped.json', project);
    expect(result.runs[0]).toMatchObject({ completed: true });
    expect(result.findings).toHaveLength(6);

    // One path cut from a merged entry's `from`.
    const merged = [...grouped.values()].find((v) => v.from.length > 1);
    merged?.from.pop();
    const error = await parseError('grouped-cut.json', project);
    expect(error.message).toBe(
      `grouped-cut.json: /summary: ${FEWER('25 vulnerable dependency paths', '24 (24 in /vulnerabilities)', 1)}`,
    );
  });

  describe('"No known vulnerabilities"', () => {
    it('is refused beside a vulnerability listed', async () => {
      const doc = load<Project[]>('snyk-all-projects-list.json');
      const error = await parseError('none-said.json', { ...doc[0], summary: 'No known vulnerabilities' });
      expect(error.message).toBe(
        "none-said.json: /summary: Snyk's summary says 'No known vulnerabilities' but /vulnerabilities lists 1 entry (expected a summary that counts the vulnerable dependency paths listed; the report was edited or pieced together).",
      );
      expect(error.exitCode).toBe(ExitCode.Input);
      doc[1] = { ...doc[1], summary: 'No known vulnerabilities' };
      const listed = await parseError('list-none-said.json', doc);
      expect(listed.message).toMatch(/^list-none-said\.json: \/1\/summary: .* \/1\/vulnerabilities lists 2 entries /);
    });

    it('is read as before beside nothing listed (the real clean projects)', async () => {
      const result = await parseFixture(`${FOLDER}/snyk-container-all-targets.json`);
      expect(result.runs.every((r) => r.completed)).toBe(true);
    });
  });

  it.each([
    ['a --severity-threshold summary', '25 high or critical severity vulnerable dependency paths'],
    ["a container's OS summary", 'No known operating system vulnerabilities'],
    ['a summary in other words', '30 vulnerable paths'],
    ['text around the count', 'Found 30 vulnerable dependency paths'],
    ['a number', 30],
    ['null', null],
  ])('leaves %s unchecked', async (_label, summary) => {
    const project = project6();
    vulnerabilitiesOf(project).splice(repeatedEntry(project), 1);
    const result = await parseText('other.json', { ...project, summary });
    expect(result.runs[0]).toMatchObject({ completed: true });
  });
});
