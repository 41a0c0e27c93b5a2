import { FIXTURES, counts, createHarness, fixtureFiles, sampleOf } from './harness.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snyk } from '../../src/ingest/snyk.js';
import { countBySeverity } from '../../src/model.js';

const FOLDER = 'snyk-json';
const { parseText, parseFixture, otherFormatFiles, parseError } = createHarness(snyk, FOLDER);

function vulnerability(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'SNYK-DEBIAN12-OPENSSL-1',
    title: 'Out-of-bounds Write',
    severity: 'high',
    packageName: 'openssl/libssl3',
    version: '3.0.11-1',
    identifiers: { CVE: ['CVE-2023-5678'], CWE: ['CWE-787'] },
    from: ['docker-image|nginx@latest', 'openssl/libssl3@3.0.11-1'],
    ...extra,
  };
}

describe('ingest/snyk', () => {
  it('has a fixture set to test against', () => {
    expect(fixtureFiles(FOLDER)).toHaveLength(4);
  });

  // The manifest counts vulnerabilities[] entries, one per dependency path (from[]); shipgate counts one
  // finding per vulnerability id and package@version within each project.
  it.each([
    // manifest: 4 entries (2 unique ids) {medium 4}; 3 projects: guava 29.0-jre in project 0 and in project 2,
    // guava 22.0 with two ids in project 1: 4 findings, one entry each.
    ['snyk-all-projects-list.json', 4, 3, counts({ medium: 4 })],
    // manifest: 40 entries (17 unique ids) {critical 1, high 28, low 3, medium 8}; the 17 ids each sit on one
    // package@version, repeated once per path: 17 findings.
    ['snyk-container-all-targets.json', 17, 7, counts({ critical: 1, high: 9, medium: 4, low: 3 })],
    // manifest: 41 entries {high 12, medium 29} counts `severity`; 3 of the 12 have severityWithCritical
    // "critical", which shipgate uses: {critical 3, high 9, medium 29}.
    ['snyk-maven-many.json', 41, 1, counts({ critical: 3, high: 9, medium: 29 })],
    // snyk-no-vulns.json (dependencyCount 0) is no completed scan: see the test below.
  ])('counts %s as %i findings in %i runs', async (file, total, runCount, expected) => {
    const result = await parseFixture(`${FOLDER}/${file}`);
    expect(result.findings).toHaveLength(total);
    expect(countBySeverity(result.findings)).toEqual(expected);
    expect(result.runs).toHaveLength(runCount);
    for (const run of result.runs)
      expect(run).toMatchObject({ tool: 'Snyk Open Source', scanType: 'dependency', completed: true, problems: [] });
    // Snyk's own uniqueCount (distinct ids per project) agrees with what was read: no warnings.
    expect(result.warnings).toEqual([]);
  });

  it('counts the raw entries of each project as its result count', async () => {
    const result = await parseFixture(`${FOLDER}/snyk-container-all-targets.json`);
    expect(result.runs.map((r) => r.resultCount)).toEqual([9, 6, 0, 0, 0, 0, 25]);
    expect(result.runs.reduce((sum, r) => sum + r.resultCount, 0)).toBe(40);
  });

  it('maps a vulnerability with every field, once for all its dependency paths', async () => {
    const result = await parseFixture(`${FOLDER}/snyk-container-all-targets.json`);
    const matches = result.findings.filter((f) => f.ruleId === 'SNYK-DOTNET-SYSTEMNETHTTP-60045');
    expect(matches).toHaveLength(1);
    expect(matches[0]).toEqual({
      scanType: 'dependency',
      ruleId: 'SNYK-DOTNET-SYSTEMNETHTTP-60045',
      title: 'Denial of Service (DoS)',
      severity: 'high',
      severitySource: 'snyk high',
      aliases: ['CVE-2017-0247'],
      cwe: ['CWE-254'],
      location: { path: 'sbom/SBOMTests/obj/project.assets.json' },
      package: { name: 'System.Net.Http', version: '4.3.0', ecosystem: 'nuget', fixedVersions: ['4.1.2', '4.3.2'] },
      sources: [
        {
          input: `${FOLDER}/snyk-container-all-targets.json`,
          format: 'snyk',
          tool: 'Snyk Open Source',
          pointer: '/6/vulnerabilities/0',
        },
      ],
      identityKey: 'dep|CVE-2017-0247|nuget:System.Net.Http|4.3.0',
      run: 6,
    });
  });

  it('keeps the same id on different packages and projects apart, with aliases from CVE and GHSA', async () => {
    const result = await parseFixture(`${FOLDER}/snyk-all-projects-list.json`);
    expect(result.findings.map((f) => [f.run, f.ruleId, f.package?.version, f.location.path])).toEqual([
      [0, 'SNYK-JAVA-COMGOOGLEGUAVA-1015415', '29.0-jre', 'pom.xml'],
      [1, 'SNYK-JAVA-COMGOOGLEGUAVA-1015415', '22.0', 'project-a/pom.xml'],
      [1, 'SNYK-JAVA-COMGOOGLEGUAVA-32236', '22.0', 'project-a/pom.xml'],
      [2, 'SNYK-JAVA-COMGOOGLEGUAVA-1015415', '29.0-jre', 'project-b/pom.xml'],
    ]);
    expect(result.findings[2]).toMatchObject({
      aliases: ['CVE-2018-10237', 'GHSA-mvr2-9pj6-7w5j'],
      cwe: ['CWE-119'],
      package: { name: 'com.google.guava:guava', ecosystem: 'maven' },
      identityKey: 'dep|CVE-2018-10237|maven:com.google.guava:guava|22.0',
    });
  });

  it('reads severityWithCritical over the capped severity', async () => {
    const result = await parseFixture(`${FOLDER}/snyk-maven-many.json`);
    const log4j = result.findings.find((f) => f.ruleId === 'SNYK-JAVA-LOG4J-572732');
    expect(log4j).toMatchObject({ severity: 'critical', severitySource: 'snyk critical' });
  });

  it('treats ok: true with no vulnerabilities as a clean scan', async () => {
    // A real clean project with dependencies: element 2 of the container list (17 dependencies, none vulnerable).
    const doc = JSON.parse(
      readFileSync(join(FIXTURES, FOLDER, 'snyk-container-all-targets.json'), 'utf8'),
    ) as unknown[];
    expect(doc[2]).toMatchObject({ ok: true, vulnerabilities: [], dependencyCount: 17 });
    const result = await parseText('clean.json', doc[2]);
    expect(result.findings).toEqual([]);
    expect(result.runs).toEqual([
      { tool: 'Snyk Open Source', scanType: 'dependency', completed: true, problems: [], resultCount: 0 },
    ]);
  });

  it('does not let the real snyk-no-vulns.json cover a scan type: Snyk tested 0 dependencies', async () => {
    // It covered the dependency scan until the twelfth session; its project (com.test:maven-profiles,
    // pom.xml) has dependencyCount 0: Snyk found no dependency in it, so it tested nothing.
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
    expect(result.warnings).toEqual([
      expect.stringMatching(/\/dependencyCount: Snyk counts 0 dependencies/) as unknown,
    ]);
  });

  describe('container scans', () => {
    it.each([
      ['a docker key', { docker: { baseImage: 'nginx:latest' }, packageManager: 'npm' }],
      ['a docker-image project name', { projectName: 'docker-image|nginx', packageManager: 'npm' }],
      ['an OS package manager', { packageManager: 'deb' }],
    ])('recognizes a container scan by %s', async (_label, project) => {
      const result = await parseText('container.json', { ok: false, vulnerabilities: [vulnerability()], ...project });
      expect(result.findings[0]).toMatchObject({
        scanType: 'container',
        sources: [{ tool: 'Snyk Container', pointer: '/vulnerabilities/0' }],
      });
      expect(result.runs[0]).toMatchObject({ tool: 'Snyk Container', scanType: 'container' });
    });

    it('reads applications inside an image as part of the container scan', async () => {
      const application = {
        ok: false,
        packageManager: 'npm',
        displayTargetFile: '/usr/src/app/package-lock.json',
        vulnerabilities: [
          vulnerability({ id: 'SNYK-JS-LODASH-1', packageName: 'lodash', version: '4.17.20', identifiers: {} }),
        ],
      };
      const result = await parseText('apps.json', {
        ok: false,
        packageManager: 'deb',
        projectName: 'docker-image|nginx',
        vulnerabilities: [vulnerability()],
        applications: [application],
      });
      expect(result.runs.map((r) => [r.tool, r.scanType])).toEqual([
        ['Snyk Container', 'container'],
        ['Snyk Container', 'container'],
      ]);
      expect(result.findings[0]?.package).toEqual({
        name: 'openssl/libssl3',
        version: '3.0.11-1',
        ecosystem: 'deb',
      });
      expect(result.findings[1]).toMatchObject({
        run: 1,
        ruleId: 'SNYK-JS-LODASH-1',
        package: { ecosystem: 'npm' },
        sources: [{ pointer: '/applications/0/vulnerabilities/0' }],
        location: { path: '/usr/src/app/package-lock.json' },
      });
    });

    it('lets the declared scan type win', async () => {
      const result = await parseFixture(`${FOLDER}/snyk-maven-many.json`, { scanType: 'container' });
      expect(result.findings.every((f) => f.scanType === 'container')).toBe(true);
      expect(result.runs[0]?.scanType).toBe('container');
    });
  });

  it('keeps issues ignored by a Snyk policy as suppressed findings', async () => {
    const ignored = vulnerability({
      id: 'SNYK-JS-IGNORED-2',
      filtered: { ignored: [{ reason: 'Not reachable', expires: '2030-01-01', source: 'cli' }] },
    });
    const result = await parseText('ignored.json', {
      ok: true,
      packageManager: 'npm',
      uniqueCount: 0,
      vulnerabilities: [],
      filtered: { ignore: [ignored], patch: [] },
    });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      ruleId: 'SNYK-JS-IGNORED-2',
      sources: [{ pointer: '/filtered/ignore/0' }],
      suppressions: [{ kind: 'external', status: 'accepted', justification: 'Not reachable' }],
    });
    expect(result.warnings).toEqual([]);
  });

  it('warns when the project lists more distinct vulnerabilities than uniqueCount counts', async () => {
    const result = await parseText('count.json', {
      ok: false,
      packageManager: 'npm',
      uniqueCount: 1,
      vulnerabilities: [vulnerability(), vulnerability({ id: 'SNYK-DEBIAN12-OPENSSL-2' })],
    });
    expect(result.findings).toHaveLength(2);
    expect(result.warnings).toEqual([
      'count.json: /uniqueCount: Snyk counts 1 distinct vulnerabilities but the project lists 2.',
    ]);
  });

  describe('a uniqueCount above the distinct vulnerabilities listed', () => {
    /** A fresh copy of a real fixture's document, to damage in a test. */
    const fixtureDocument = (name: string): unknown =>
      JSON.parse(readFileSync(join(FIXTURES, FOLDER, name), 'utf8')) as unknown;
    /** snyk-maven-many.json with only the vulnerabilities whose `severity` is one of these, uniqueCount kept. */
    const mavenWithOnly = (...severities: string[]): Record<string, unknown> => {
      const doc = fixtureDocument('snyk-maven-many.json') as { vulnerabilities: { severity: string }[] };
      return { ...doc, vulnerabilities: doc.vulnerabilities.filter((v) => severities.includes(v.severity)) };
    };
    const EXPECTED =
      'a filter such as snyk test --severity-threshold is the likely cause, else the report was cut or edited (expected every vulnerability Snyk found: run snyk test without --severity-threshold for the gate).';

    it('reads uniqueCount as every real report writes it: the distinct ids of vulnerabilities[]', () => {
      const projects = ['snyk-all-projects-list.json', 'snyk-container-all-targets.json', 'snyk-maven-many.json']
        .flatMap((name) => [fixtureDocument(name)].flat() as Record<string, unknown>[])
        .concat([fixtureDocument('snyk-no-vulns.json') as Record<string, unknown>]);
      expect(projects).toHaveLength(12);
      for (const project of projects) {
        const ids = new Set((project.vulnerabilities as { id: string }[]).map((v) => v.id));
        expect(project.uniqueCount).toBe(ids.size);
      }
    });

    // The defect: 29 medium findings of a project whose uniqueCount is 41 read as a complete scan, with a warning.
    it('refuses the real project with every non-medium vulnerability left out (29 listed, 41 counted)', async () => {
      const doc = mavenWithOnly('medium');
      expect((doc.vulnerabilities as unknown[]).length).toBe(29);
      const error = await parseError('medium-only.json', doc);
      expect(error.message).toBe(
        `medium-only.json: /uniqueCount: Snyk counts 41 distinct vulnerabilities but /vulnerabilities lists 29, so 12 would pass unseen; ${EXPECTED}`,
      );
    });

    it('refuses the real project as a high threshold leaves it (12 high listed, 41 counted)', async () => {
      const error = await parseError('high-only.json', mavenWithOnly('high'));
      expect(error.message).toBe(
        `high-only.json: /uniqueCount: Snyk counts 41 distinct vulnerabilities but /vulnerabilities lists 12, so 29 would pass unseen; ${EXPECTED}`,
      );
    });

    it('names the project of a list, and counts distinct ids, not entries (one per dependency path)', async () => {
      const doc = fixtureDocument('snyk-container-all-targets.json') as Record<string, unknown>[];
      const project = doc[6] as { uniqueCount: number; vulnerabilities: { id: string }[] };
      expect([project.uniqueCount, project.vulnerabilities.length]).toEqual([6, 25]);
      // Every path of one id left out: 6 ids counted, 5 listed, however many entries remain.
      const dropped = project.vulnerabilities[0]?.id;
      project.vulnerabilities = project.vulnerabilities.filter((v) => v.id !== dropped);
      const error = await parseError('container-cut.json', doc);
      expect(error.message).toBe(
        `container-cut.json: /6/uniqueCount: Snyk counts 6 distinct vulnerabilities but /6/vulnerabilities lists 5, so 1 would pass unseen; ${EXPECTED}`,
      );
    });

    it('does not count ignored vulnerabilities (filtered.ignore[]) as listed: Snyk counts them out too', async () => {
      const ignored = { ...vulnerability({ id: 'SNYK-JS-IGNORED-2' }), filtered: { ignored: [{ reason: 'No' }] } };
      const error = await parseError('ignored-short.json', {
        ok: false,
        packageManager: 'npm',
        uniqueCount: 2,
        vulnerabilities: [vulnerability()],
        filtered: { ignore: [ignored], patch: [] },
      });
      expect(error.message).toMatch(
        /^ignored-short\.json: \/uniqueCount: Snyk counts 2 distinct vulnerabilities but \/vulnerabilities lists 1,/,
      );
    });
  });

  describe('a uniqueCount beside an empty vulnerabilities list', () => {
    /** A fresh copy of a real fixture's document, to damage in a test. */
    const fixtureDocument = (name: string): unknown =>
      JSON.parse(readFileSync(join(FIXTURES, FOLDER, name), 'utf8')) as unknown;

    it('refuses the real project with its vulnerabilities emptied while uniqueCount counts 41', async () => {
      const doc = { ...(fixtureDocument('snyk-maven-many.json') as Record<string, unknown>), vulnerabilities: [] };
      const error = await parseError('emptied.json', doc);
      expect(error.message).toBe(
        'emptied.json: /vulnerabilities: the project says ok: false and uniqueCount counts 41 distinct vulnerabilities but none is listed (expected the vulnerabilities; was the report cut?).',
      );
    });

    it('names the project in a list whose vulnerabilities were emptied', async () => {
      const doc = fixtureDocument('snyk-all-projects-list.json') as Record<string, unknown>[];
      doc[1] = { ...doc[1], vulnerabilities: [] };
      const error = await parseError('list-emptied.json', doc);
      expect(error.message).toMatch(
        /^list-emptied\.json: \/1\/vulnerabilities: the project says ok: false and uniqueCount counts 2 distinct vulnerabilities but none is listed/,
      );
    });

    it('reads a project whose uniqueCount is 0 and lists none without a uniqueCount complaint', async () => {
      // The real project with nothing found: ok true, uniqueCount 0, vulnerabilities [] (its run covers
      // nothing for its dependencyCount 0, whose warning is the only one).
      const result = await parseFixture(`${FOLDER}/snyk-no-vulns.json`);
      expect(result.findings).toEqual([]);
      expect(result.warnings).toEqual([expect.stringMatching(/\/dependencyCount: Snyk counts 0 dependencies/)]);
      expect(result.warnings.join('\n')).not.toMatch(/uniqueCount/);
    });
  });

  describe('failed scans and malformed input', () => {
    it('turns a project Snyk could not test into an input error', async () => {
      const error = await parseError('failed.json', [
        { ok: true, packageManager: 'npm', vulnerabilities: [] },
        { ok: false, error: 'Could not detect supported target files in /src', path: '/src' },
      ]);
      expect(error.message).toBe(
        "failed.json: /1/error: snyk test failed with 'Could not detect supported target files in /src' (expected test results; a project that was not tested is not a clean scan).",
      );
    });

    it.each([
      ['alone', { ok: false, error: 'Authentication failed', path: '/app', vulnerabilities: [] }, ''],
      [
        'in a list',
        [
          { ok: true, packageManager: 'npm', vulnerabilities: [] },
          {
            ok: false,
            error: 'Authentication failed',
            path: '/app',
            vulnerabilities: [],
            packageManager: 'npm',
            dependencyCount: 0,
            uniqueCount: 0,
          },
        ],
        '/1',
      ],
    ])('refuses a project with an error and an empty vulnerabilities list (%s)', async (_label, content, pointer) => {
      const error = await parseError('error-empty.json', content);
      expect(error.message).toBe(
        `error-empty.json: ${pointer}/error: snyk test failed with 'Authentication failed' (expected test results; a project that was not tested is not a clean scan).`,
      );
    });

    it('reads a project whose error is null as tested', async () => {
      const result = await parseText('error-null.json', {
        ok: true,
        error: null,
        packageManager: 'npm',
        vulnerabilities: [],
      });
      expect(result.runs[0]).toMatchObject({ completed: true });
    });

    it.each([
      [
        'truncated.json',
        '{"vulnerabilities": [{"id": "SNYK-1"',
        /^truncated\.json: line 1, column \d+ \(byte \d+\): invalid JSON/,
      ],
      ['null.json', 'null', /^null\.json: the document is null/],
      ['empty.json', '[]', /^empty\.json: the document is an empty array/],
      ['element.json', '[1]', /^element\.json: \/0: found the number 1 \(expected a Snyk test result object\)\.$/],
      ['vulns.json', '{"ok": false, "vulnerabilities": {}}', /^vulns\.json: \/vulnerabilities: found an object/],
      [
        'id.json',
        { ok: false, vulnerabilities: [vulnerability({ id: 5 })] },
        /^id\.json: \/vulnerabilities\/0\/id: found the number 5/,
      ],
      [
        'package.json',
        { ok: false, vulnerabilities: [vulnerability({ packageName: undefined })] },
        /^package\.json: \/vulnerabilities\/0\/packageName: found nothing \(expected the vulnerable package name\)\.$/,
      ],
      [
        'severity.json',
        { ok: false, vulnerabilities: [vulnerability(), vulnerability({ severity: 'urgent', id: 'X' })] },
        /^severity\.json: \/vulnerabilities\/1\/severity: 'urgent' is not a Snyk severity \(expected low, medium, high or critical\)\.$/,
      ],
      [
        'apps.json',
        { ok: true, vulnerabilities: [], applications: {} },
        /^apps\.json: \/applications: found an object/,
      ],
    ])('rejects %s with the file and pointer', async (name, content, pattern) => {
      const error = await parseError(name, content);
      expect(error.message).toMatch(pattern);
    });
  });

  describe('detection', () => {
    it.each(fixtureFiles(FOLDER))('is certain of %s', (rel) => {
      expect(snyk.detect(sampleOf(FIXTURES, rel))).toBe('certain');
    });

    it('does not take Snyk SARIF for Snyk JSON', () => {
      const sarif = fixtureFiles('sarif').filter((rel) => rel.startsWith('sarif/snyk-'));
      expect(sarif).toHaveLength(2);
      for (const rel of sarif) expect(snyk.detect(sampleOf(FIXTURES, rel))).toBe('no');
    });

    it('is never certain of other formats', () => {
      const files = otherFormatFiles();
      expect(files.filter((rel) => rel.startsWith('sarif/')).length).toBeGreaterThan(20);
      const certain = files.filter((rel) => snyk.detect(sampleOf(FIXTURES, rel)) === 'certain');
      expect(certain).toEqual([]);
    });

    it('thinks a Snyk failure object possible and null no', () => {
      const failure = { ok: false, error: 'Authentication failed', path: '/src' };
      expect(snyk.detect({ path: 'x.json', head: JSON.stringify(failure), document: failure })).toBe('possible');
      expect(snyk.detect({ path: 'x.json', head: 'null', document: null })).toBe('no');
    });
  });
});
