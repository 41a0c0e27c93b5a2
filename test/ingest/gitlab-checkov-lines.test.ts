/**
 * Review fixes of the GitLab and Checkov readers, each tested on both sides from the real fixtures edited in
 * the test:
 * - a GitLab `location.start_line` / `end_line` or a Checkov `file_line_range` item that is there but is not a
 *   whole number (the string "246", 246.5, -1) is an input error naming the pointer, where it was read as no
 *   line and two results of one rule in one file on different lines merged into one finding; 0, null and no
 *   key still say no line (Checkov writes [0, 0] for a check on a whole file);
 * - a GitLab dependency or container finding's `dependency.version` that is there but is not a string (1, 2)
 *   is an input error, where it was dropped and the findings of two versions merged; null or no key is no
 *   version; a `dependency.package.name` that is not a string is refused, naming what was found.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkov } from '../../src/ingest/checkov.js';
import { gitlab } from '../../src/ingest/gitlab.js';
import type { IngestResult } from '../../src/ingest/types.js';
import { FIXTURES, createHarness, settle } from './harness.js';

const SAST = 'gitlab-sast-json/gl-sast-v15-confidence.json';
const DEPENDENCY = 'gitlab-dependency-scanning-json/gl-dependency-scanning-v15-many.json';
const CHECKOV = 'checkov-json/checkov-2.2.34-with-severity.json';

const fixture = <T>(rel: string): T => JSON.parse(readFileSync(join(FIXTURES, rel), 'utf8')) as T;
const identities = (value: IngestResult | undefined): string[] => value!.findings.map((f) => f.identityKey);

describe('GitLab SAST: start_line and end_line', () => {
  const { parseText } = createHarness(gitlab, 'gitlab-sast-json');
  type Sast = { vulnerabilities: { location: Record<string, unknown> }[] };

  /** The real report; its first two findings are one rule in data/datacreator.js, at lines 246 and 250. */
  function sast(first: Record<string, unknown>, second?: Record<string, unknown>): Sast {
    const doc = fixture<Sast>(SAST);
    const [a, b] = doc.vulnerabilities;
    expect(a!.location).toEqual({ file: 'data/datacreator.js', start_line: 246, end_line: 246 });
    expect(b!.location).toEqual({ file: 'data/datacreator.js', start_line: 250, end_line: 250 });
    Object.assign(a!.location, first);
    if (second) Object.assign(b!.location, second);
    return doc;
  }

  it('reads the real lines as two findings', async () => {
    const { value } = await settle(() => parseText('lines.json', sast({})));
    expect(value!.findings).toHaveLength(8);
    expect(value!.findings[0]!.location).toEqual({ path: 'data/datacreator.js', startLine: 246, endLine: 246 });
    expect(new Set(identities(value)).size).toBe(8);
  });

  it.each([
    ['start_line', '246', 'the string "246"'],
    ['start_line', 246.5, 'the number 246.5'],
    ['start_line', -1, 'the number -1'],
    ['end_line', '246', 'the string "246"'],
    ['end_line', true, 'the boolean true'],
  ])('refuses %s %j, naming the pointer', async (key, line, shown) => {
    const { error } = await settle(() => parseText('bad.json', sast({ [key]: line }, { [key]: line })));
    expect(error).toBe(
      `bad.json: /vulnerabilities/0/location/${key}: found ${shown} (expected a line number, a whole number of at least 0).`,
    );
  });

  it.each([
    ['0', 0],
    ['null', null],
  ])('reads start_line %s as no line, as before', async (_, line) => {
    const { value, error } = await settle(() => parseText('none.json', sast({ start_line: line, end_line: line })));
    expect(error).toBeUndefined();
    expect(value!.findings[0]!.location).toEqual({ path: 'data/datacreator.js' });
  });

  it('reads a finding with no line key as before', async () => {
    const doc = sast({});
    delete doc.vulnerabilities[0]!.location.start_line;
    delete doc.vulnerabilities[0]!.location.end_line;
    const { value, error } = await settle(() => parseText('absent.json', doc));
    expect(error).toBeUndefined();
    expect(value!.findings[0]!.location).toEqual({ path: 'data/datacreator.js' });
  });
});

describe('GitLab dependency scanning: dependency.version and package.name', () => {
  const { parseText } = createHarness(gitlab, 'gitlab-dependency-scanning-json');
  type Dependency = { vulnerabilities: { location: { dependency: Record<string, unknown> } }[] };

  /** The real report; its first two findings are one advisory on two versions of golang.org/x/crypto. */
  function dependency(edit: (deps: Record<string, unknown>[]) => void): Dependency {
    const doc = fixture<Dependency>(DEPENDENCY);
    const deps = doc.vulnerabilities.map((v) => v.location.dependency);
    expect(deps[0]!.package).toEqual({ name: 'golang.org/x/crypto' });
    expect(deps[1]!.package).toEqual({ name: 'golang.org/x/crypto' });
    edit(deps);
    return doc;
  }

  it('reads the real versions as distinct findings', async () => {
    const { value } = await settle(() =>
      parseText(
        'versions.json',
        dependency(() => {}),
      ),
    );
    expect(value!.findings).toHaveLength(6);
    expect(value!.findings[0]!.package?.version).toBe('v0.0.0-20190219172222-a4c6cb3142f2');
    expect(new Set(identities(value)).size).toBe(6);
  });

  it.each([
    [1, 'the number 1'],
    [2.5, 'the number 2.5'],
    [{ value: '1' }, 'an object'],
  ])('refuses a version %j, naming the pointer', async (version, shown) => {
    const doc = dependency((deps) => {
      deps[0]!.version = version;
    });
    const { error } = await settle(() => parseText('numver.json', doc));
    expect(error).toBe(
      `numver.json: /vulnerabilities/0/location/dependency/version: found ${shown} (expected the version of the package, a string).`,
    );
  });

  it.each([
    ['null', null],
    ['no key', undefined],
  ])('reads a version that is %s as no version, as before', async (_, version) => {
    const doc = dependency((deps) => {
      if (version === undefined) delete deps[0]!.version;
      else deps[0]!.version = version;
    });
    const { value, error } = await settle(() => parseText('nover.json', doc));
    expect(error).toBeUndefined();
    expect(value!.findings[0]!.package).toEqual({ name: 'golang.org/x/crypto', ecosystem: expect.any(String) });
  });

  it('refuses a package name that is not a string, naming what was found', async () => {
    const doc = dependency((deps) => {
      deps[0]!.package = { name: 7 };
    });
    const { error } = await settle(() => parseText('numname.json', doc));
    expect(error).toBe(
      'numname.json: /vulnerabilities/0/location/dependency/package/name: the dependency_scanning finding names no package: found the number 7 (expected the name of the vulnerable package, a string).',
    );
  });
});

describe('Checkov: file_line_range', () => {
  const { parseText } = createHarness(checkov, 'checkov-json');
  type Report = { results: { failed_checks: Record<string, unknown>[] }; summary: { failed: number } };

  /**
   * The real report with its first failed check (CKV_GCP_29 on /gcs.tf, lines 1-15) listed a second time at
   * lines 30-40, as Checkov lists one check failing on two resources of a file, with this range.
   */
  function twice(range: unknown): Report {
    const doc = fixture<Report>(CHECKOV);
    const first = doc.results.failed_checks[0]!;
    expect(first.file_line_range).toEqual([1, 15]);
    doc.results.failed_checks.push({ ...first, file_line_range: [30, 40] });
    doc.summary.failed += 1;
    if (range === undefined) delete first.file_line_range;
    else first.file_line_range = range;
    return doc;
  }

  it('reads the real lines, and the same check on other lines as another finding', async () => {
    const doc = twice([1, 15]);
    // Without a resource (as a secrets check has none) the line is what tells the two results apart.
    const checks = doc.results.failed_checks;
    delete checks[0]!.resource;
    delete checks[4]!.resource;
    const { value, error } = await settle(() => parseText('lines.json', doc));
    expect(error).toBeUndefined();
    expect(value!.findings[0]!.location).toMatchObject({ startLine: 1, endLine: 15 });
    expect(value!.findings[4]!.location).toMatchObject({ startLine: 30, endLine: 40 });
    expect(value!.findings[0]!.identityKey).not.toBe(value!.findings[4]!.identityKey);
  });

  it.each([
    [['1', '15'], '/0', 'the string "1"'],
    [[1.5, 15], '/0', 'the number 1.5'],
    [[1, '15'], '/1', 'the string "15"'],
    [[-1, 15], '/0', 'the number -1'],
    ['1-15', '', 'the string "1-15"'],
  ])('refuses file_line_range %j, naming the pointer', async (range, at, shown) => {
    const { error } = await settle(() => parseText('bad.json', twice(range)));
    const expected =
      at === ''
        ? 'the first and last line of the result, two whole numbers of at least 0'
        : 'a line number, a whole number of at least 0';
    expect(error).toBe(
      `bad.json: /results/failed_checks/0/file_line_range${at}: found ${shown} (expected ${expected}).`,
    );
  });

  it.each([
    ['[0, 0] (a whole file)', [0, 0]],
    ['null', null],
    ['[null, null]', [null, null]],
    ['no key', undefined],
  ])('reads file_line_range %s as no line, as before', async (_, range) => {
    const { value, error } = await settle(() => parseText('none.json', twice(range)));
    expect(error).toBeUndefined();
    expect(value!.findings[0]!.location.startLine).toBeUndefined();
    expect(value!.findings[0]!.location.endLine).toBeUndefined();
  });
});
