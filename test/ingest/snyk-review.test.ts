import { FIXTURES, counts, createHarness, fixtureFiles, sampleOf } from './harness.js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode, InputError } from '../../src/errors.js';
import { detectFormat } from '../../src/ingest/detect.js';
import { readInputFile } from '../../src/ingest/read.js';
import { snyk } from '../../src/ingest/snyk.js';
import { silentLogger } from '../../src/logger.js';
import { countBySeverity } from '../../src/model.js';
import { run } from '../../src/run.js';

// Snyk: `ok: false` with nothing listed read as a clean scan when uniqueCount was missing or not a number, and
// an --all-projects list holding a project Snyk could not test was "not recognized". Every report here is a
// real fixture, changed inside the test.

const FOLDER = 'snyk-json';
const { parseFixture, parseText, parseError } = createHarness(snyk, FOLDER);

type Project = Record<string, unknown>;

/** A fresh copy of a real fixture's document, to change in a test. */
function load<T = Project>(name: string): T {
  return JSON.parse(readFileSync(join(FIXTURES, FOLDER, name), 'utf8')) as T;
}

/** The real snyk-maven-many.json (ok: false, 41 vulnerabilities, uniqueCount 41) with these changes. */
function maven(change: Project): Project {
  const project = { ...load('snyk-maven-many.json'), ...change };
  for (const [key, value] of Object.entries(change)) if (value === undefined) delete project[key];
  return project;
}

/** Writes a report to a fresh folder; gives the folder. */
function folderWith(name: string, report: unknown): string {
  const root = mkdtempSync(join(tmpdir(), 'shipgate-snyk-review-'));
  writeFileSync(join(root, name), JSON.stringify(report));
  return root;
}

/** Runs the gate in-process on one report, as the CLI does (dry run, release preset). */
function gate(name: string, report: unknown) {
  return run({
    root: folderWith(name, report),
    scans: [name],
    dryRun: true,
    clock: () => new Date('2026-11-25T12:00:00Z'),
    clockPinned: true,
    logger: silentLogger,
  });
}

const OK_FALSE_NONE =
  'the project says ok: false (Snyk found issues) but lists no vulnerability, so what Snyk found would pass unseen (expected the vulnerabilities Snyk found, or ok: true for a project with none; was the report cut or edited?).';

const NOT_A_COUNT = '(expected the number of distinct vulnerabilities Snyk found, a whole number 0 or more).';

const NOT_TESTED = '(expected test results; a project that was not tested is not a clean scan).';

describe('snyk: ok and uniqueCount must agree with what is listed', () => {
  describe('ok: false with no vulnerability listed is refused', () => {
    it.each([
      ['uniqueCount missing', { uniqueCount: undefined }],
      ['uniqueCount 0', { uniqueCount: 0 }],
    ])('the real maven project emptied, %s', async (_label, change) => {
      const error = await parseError('emptied.json', maven({ vulnerabilities: [], ...change }));
      expect(error.message).toBe(`emptied.json: /vulnerabilities: ${OK_FALSE_NONE}`);
      expect(error.exitCode).toBe(ExitCode.Input);
    });

    it('names the project of a list (snyk-all-projects-list.json, project 1 emptied, uniqueCount removed)', async () => {
      const doc = load<Project[]>('snyk-all-projects-list.json');
      doc[1] = { ...doc[1], vulnerabilities: [] };
      delete doc[1]?.uniqueCount;
      const error = await parseError('list-emptied.json', doc);
      expect(error.message).toBe(`list-emptied.json: /1/vulnerabilities: ${OK_FALSE_NONE}`);
    });

    it('also when the emptied vulnerabilities sit in filtered.ignore: Snyk then writes ok: true', async () => {
      const doc = load('snyk-maven-many.json');
      const vulnerabilities = doc.vulnerabilities as Project[];
      const ignored = { ...vulnerabilities[0], filtered: { ignored: [{ reason: 'Not reachable' }] } };
      const error = await parseError(
        'ignored-all.json',
        maven({ vulnerabilities: [], uniqueCount: 0, filtered: { ignore: [ignored], patch: [] } }),
      );
      expect(error.message).toBe(`ignored-all.json: /vulnerabilities: ${OK_FALSE_NONE}`);
    });

    it('keeps the uniqueCount message when uniqueCount counts what is missing', async () => {
      const error = await parseError('emptied-41.json', maven({ vulnerabilities: [] }));
      expect(error.message).toBe(
        'emptied-41.json: /vulnerabilities: the project says ok: false and uniqueCount counts 41 distinct vulnerabilities but none is listed (expected the vulnerabilities; was the report cut?).',
      );
    });

    it('stops the gate with exit 3 (it was a completed clean scan before)', async () => {
      const error = await gate('emptied.json', maven({ vulnerabilities: [], uniqueCount: undefined })).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).exitCode).toBe(ExitCode.Input);
      expect((error as InputError).message).toBe(`emptied.json: /vulnerabilities: ${OK_FALSE_NONE}`);
    });
  });

  describe('a uniqueCount that is not a count is refused', () => {
    it.each([
      ['the string "0"', '0'],
      ['null', null],
      ['the boolean false', false],
      ['an array', [41]],
      ['the number -1', -1],
      ['the number 1.5', 1.5],
    ])('found %s', async (described, value) => {
      const error = await parseError('count.json', maven({ uniqueCount: value }));
      expect(error.message).toBe(`count.json: /uniqueCount: found ${described} ${NOT_A_COUNT}`);
      expect(error.exitCode).toBe(ExitCode.Input);
    });

    it('in a clean project too (snyk-no-vulns.json with uniqueCount "0")', async () => {
      const error = await parseError('clean-count.json', { ...load<Project>('snyk-no-vulns.json'), uniqueCount: '0' });
      expect(error.message).toBe(`clean-count.json: /uniqueCount: found the string "0" ${NOT_A_COUNT}`);
    });

    it('names the project of a list', async () => {
      const doc = load<Project[]>('snyk-container-all-targets.json');
      doc[6] = { ...doc[6], uniqueCount: '6' };
      const error = await parseError('list-count.json', doc);
      expect(error.message).toBe(`list-count.json: /6/uniqueCount: found the string "6" ${NOT_A_COUNT}`);
    });
  });

  describe('what reads as before', () => {
    it.each([
      ['snyk-all-projects-list.json', 4, 3, counts({ medium: 4 })],
      ['snyk-container-all-targets.json', 17, 7, counts({ critical: 1, high: 9, medium: 4, low: 3 })],
      ['snyk-maven-many.json', 41, 1, counts({ critical: 3, high: 9, medium: 29 })],
      // snyk-no-vulns.json reads as no completed scan since the twelfth session (dependencyCount 0): see
      // snyk-review-s12.test.ts.
    ])('%s: %i findings in %i completed runs, no warnings', async (file, total, runCount, expected) => {
      const result = await parseFixture(`${FOLDER}/${file}`);
      expect(result.findings).toHaveLength(total);
      expect(countBySeverity(result.findings)).toEqual(expected);
      expect(result.runs).toHaveLength(runCount);
      for (const run of result.runs) expect(run).toMatchObject({ completed: true, problems: [] });
      expect(result.warnings).toEqual([]);
    });

    it('covers every fixture', () => {
      expect(fixtureFiles(FOLDER)).toHaveLength(4);
    });

    it('reads ok: true with nothing listed as clean, with or without uniqueCount', async () => {
      // A real clean project with dependencies (snyk-no-vulns.json tested none, so it is no completed scan).
      const clean = load<Project[]>('snyk-container-all-targets.json')[2] as Project;
      expect(clean).toMatchObject({ ok: true, vulnerabilities: [], uniqueCount: 0, dependencyCount: 17 });
      expect((await parseText('clean.json', clean)).runs).toEqual([
        expect.objectContaining({ completed: true, resultCount: 0 }) as unknown,
      ]);
      delete clean.uniqueCount;
      const result = await parseText('clean-no-count.json', clean);
      expect(result.findings).toEqual([]);
      expect(result.runs).toEqual([expect.objectContaining({ completed: true, resultCount: 0 }) as unknown]);
    });

    it('reads ok: false with vulnerabilities and no uniqueCount (the count is Snyk’s, not required)', async () => {
      const result = await parseText('no-count.json', maven({ uniqueCount: undefined }));
      expect(result.findings).toHaveLength(41);
      expect(result.warnings).toEqual([]);
    });

    it('gates the real snyk-maven-many.json as a completed scan', async () => {
      const result = await gate('maven.json', load('snyk-maven-many.json'));
      expect(result.evaluation.inputs[0]).toMatchObject({
        format: 'snyk',
        counts: counts({ critical: 3, high: 9, medium: 29 }),
        runs: [{ tool: 'Snyk Open Source', completed: true, resultCount: 41 }],
      });
    });
  });
});

describe('snyk: a project Snyk could not test inside an --all-projects list', () => {
  const FAILURE = { ok: false, error: 'Could not detect supported target files', path: 'x' };

  /** The real snyk-all-projects-list.json with the failure object as its element 1. */
  function listWithFailure(failure: Project = FAILURE): Project[] {
    const doc = load<Project[]>('snyk-all-projects-list.json');
    return [doc[0] as Project, failure, ...doc.slice(1)];
  }

  const failed = (file: string, pointer: string, text: string): string =>
    `${file}: ${pointer}/error: snyk test failed with '${text}' ${NOT_TESTED}`;

  it('is detected as Snyk, certain while a real project sits beside it', () => {
    const name = 'all-projects.json';
    const root = folderWith(name, listWithFailure());
    expect(snyk.detect(sampleOf(root, name))).toBe('certain');
    expect(detectFormat(readInputFile(root, name)).ingestor.id).toBe('snyk');
  });

  it('gives the same message as a single failure object, naming the element', async () => {
    const error = await parseError('all-projects.json', listWithFailure());
    expect(error.message).toBe(failed('all-projects.json', '/1', 'Could not detect supported target files'));
    expect(error.exitCode).toBe(ExitCode.Input);
    const single = await parseError('single.json', FAILURE);
    expect(single.message).toBe(failed('single.json', '', 'Could not detect supported target files'));
  });

  it('stops the gate with exit 3 and that message, where it was "not recognized"', async () => {
    const error = await gate('all-projects.json', listWithFailure()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).exitCode).toBe(ExitCode.Input);
    expect((error as InputError).message).toBe(
      failed('all-projects.json', '/1', 'Could not detect supported target files'),
    );
  });

  it('reads a list of failures only as possible Snyk, as a single failure object, and refuses it', async () => {
    const doc = [FAILURE, { ...FAILURE, path: 'y', error: 'Authentication failed' }];
    const name = 'failures.json';
    const root = folderWith(name, doc);
    expect(snyk.detect(sampleOf(root, name))).toBe('possible');
    expect(detectFormat(readInputFile(root, name)).ingestor.id).toBe('snyk');
    const error = await gate(name, doc).catch((e: unknown) => e);
    expect((error as InputError).exitCode).toBe(ExitCode.Input);
    expect((error as InputError).message).toBe(failed(name, '/0', 'Could not detect supported target files'));
  });

  it('does not take a list with an element that is neither a project nor a failure for Snyk', () => {
    const doc = [...listWithFailure(), { ok: false, path: 'z' }];
    const root = folderWith('other.json', doc);
    expect(snyk.detect(sampleOf(root, 'other.json'))).toBe('no');
    expect(() => detectFormat(readInputFile(root, 'other.json'))).toThrow(
      /^other\.json: the format was not recognized;/,
    );
  });

  it('still detects and reads the real lists as before', async () => {
    for (const file of ['snyk-all-projects-list.json', 'snyk-container-all-targets.json'])
      expect(snyk.detect(sampleOf(FIXTURES, `${FOLDER}/${file}`))).toBe('certain');
    const result = await gate('list.json', load('snyk-all-projects-list.json'));
    // 3, not 4: projects 0 and 2 both report CVE-2020-8908 in guava 29.0-jre, one finding with both
    // sources once the occurrence rule counts within the input (it counted within each project).
    expect(result.evaluation.inputs[0]).toMatchObject({ format: 'snyk', counts: counts({ medium: 3 }) });
    expect(result.evaluation.inputs[0]?.runs).toHaveLength(3);
  });
});
