import { FIXTURES, counts, createHarness, fixtureFiles, sampleOf } from './harness.js';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode, InputError } from '../../src/errors.js';
import { detectFormat } from '../../src/ingest/detect.js';
import { npmAudit } from '../../src/ingest/npm-audit.js';
import { readInputFile } from '../../src/ingest/read.js';
import { INGESTORS } from '../../src/ingest/registry.js';
import { countBySeverity } from '../../src/model.js';
import { gateOneReport } from '../helpers.js';

// The twelfth session's review of the npm audit reader, both shapes: severity words npm does not write, a v2
// package above every advisory it reaches, a report that audited no dependency, summary counts that are not
// whole numbers, and npm 7+'s failed-request JSON. Every report here is a real fixture (or the reviewer's
// copy of npm's failure output), changed inside the test.

const FOLDER = 'npm-audit-json';
const { parseFixture, parseText, parseError } = createHarness(npmAudit, FOLDER);

const WORDS = ['critical', 'high', 'moderate', 'low', 'info'] as const;

interface V1Advisory {
  severity: unknown;
  [key: string]: unknown;
}
interface V1Report {
  advisories: Record<string, V1Advisory>;
  metadata: Record<string, unknown> & { vulnerabilities: Record<string, unknown> };
}
interface V2Advisory {
  severity?: unknown;
  [key: string]: unknown;
}
interface V2Package {
  severity?: unknown;
  via: (string | V2Advisory)[];
  [key: string]: unknown;
}
interface V2Report {
  vulnerabilities: Record<string, V2Package>;
  metadata: Record<string, unknown> & {
    vulnerabilities: Record<string, unknown>;
    dependencies: Record<string, unknown>;
  };
}

/** A fresh copy of a real fixture's document, to change in a test. */
function load<T>(name: string): T {
  return JSON.parse(readFileSync(join(FIXTURES, FOLDER, name), 'utf8')) as T;
}

/** The package of a v2 report, by key (it must be there). */
function pkg(report: V2Report, key: string): V2Package {
  const found = report.vulnerabilities[key];
  if (found === undefined) throw new Error(`no package ${key}`);
  return found;
}

/** The advisory object at via[index] of a v2 package. */
function advisory(report: V2Report, key: string, index: number): V2Advisory {
  const entry = pkg(report, key).via[index];
  if (typeof entry !== 'object') throw new Error(`${key}/via/${index} is not an advisory`);
  return entry;
}

/**
 * Rewrites a v2 summary to count what the report lists (per package severity), as an edit that keeps the
 * summary in step would: the summary check then passes, and only the check under test can refuse.
 */
function recount(report: V2Report): V2Report {
  const summary: Record<string, number> = Object.fromEntries(WORDS.map((word) => [word, 0]));
  for (const entry of Object.values(report.vulnerabilities)) {
    const word = String(entry.severity).toLowerCase();
    summary[word] = (summary[word] ?? 0) + 1;
  }
  summary.total = Object.keys(report.vulnerabilities).length;
  report.metadata.vulnerabilities = summary;
  return report;
}

const gate = gateOneReport;

/** The InputError a gate run stops with. */
async function gateError(name: string, report: unknown): Promise<InputError> {
  const error = await gate(name, report).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  expect((error as InputError).exitCode).toBe(ExitCode.Input);
  return error as InputError;
}

const notNpmWord = (file: string, pointer: string, word: string): string =>
  `${file}: ${pointer}: '${word}' is not an npm audit severity (expected info, low, moderate, high or critical).`;

const aboveAdvisories = (file: string, key: string, own: string, highest: string, at: string): string =>
  `${file}: /vulnerabilities/${key}/severity: the package is '${own}', above every advisory down its via chain, the highest of which is '${highest}' (${at}) (expected at most '${highest}': npm gives a package the highest severity of the advisories it reaches, in its own via and through the packages it names; its findings take the advisories' severities, so they would read lower than npm found; was the report edited?).`;

/** Words of other vendors' tables (the shared severityFromWord reads them) that npm never writes. */
const OTHER_WORDS = ['none', 'note', 'negligible', 'unknown', 'medium', 'warning', 'error', 'informational'];

describe('npm audit: only npm’s five severity words are read', () => {
  describe('v1 advisories', () => {
    it.each(OTHER_WORDS)('refuses %j as an advisory severity, naming its pointer', async (word) => {
      // npm-audit-v1-many.json: advisory 534 (debug) is low.
      const report = load<V1Report>('npm-audit-v1-many.json');
      (report.advisories['534'] as V1Advisory).severity = word;
      const error = await parseError('v1-word.json', report);
      expect(error.message).toBe(notNpmWord('v1-word.json', '/advisories/534/severity', word));
      expect(error.exitCode).toBe(ExitCode.Input);
    });

    it.each([...WORDS, 'LOW', 'Low', ' low '])('reads %j (any case) as before', async (word) => {
      const report = load<V1Report>('npm-audit-v1-many.json');
      const debug = report.advisories['534'] as V1Advisory;
      debug.severity = word;
      // The summary counts debug's paths under the word it is now written with.
      const lower = word.trim().toLowerCase();
      const paths = (debug.findings as { paths: string[] }[])[0]?.paths.length ?? 0;
      expect(paths).toBe(7);
      const summary = report.metadata.vulnerabilities as Record<string, number>;
      summary.low = (summary.low as number) - paths;
      summary[lower] = (summary[lower] ?? 0) + paths;
      const result = await parseText('v1-word-ok.json', report);
      const finding = result.findings.find((f) => f.sources[0]?.pointer.startsWith('/advisories/534/'));
      expect(finding?.severity).toBe(lower === 'moderate' ? 'medium' : lower);
    });
  });

  describe('v2 vulnerabilities', () => {
    it.each(OTHER_WORDS)('refuses %j in an advisory of via, naming its pointer', async (word) => {
      // npm-audit-v2-one.json: debug (high) holds a moderate and a high advisory.
      const report = load<V2Report>('npm-audit-v2-one.json');
      advisory(report, 'debug', 0).severity = word;
      const error = await parseError('v2-via-word.json', report);
      expect(error.message).toBe(notNpmWord('v2-via-word.json', '/vulnerabilities/debug/via/0/severity', word));
    });

    it('refuses the reviewer’s variants: none (A) and note (F) in the advisories of debug', async () => {
      const none = load<V2Report>('npm-audit-v2-one.json');
      advisory(none, 'debug', 0).severity = 'none';
      advisory(none, 'debug', 1).severity = 'none';
      expect((await parseError('npm-A-none.json', none)).message).toBe(
        notNpmWord('npm-A-none.json', '/vulnerabilities/debug/via/0/severity', 'none'),
      );
      const note = load<V2Report>('npm-audit-v2-one.json');
      advisory(note, 'debug', 1).severity = 'note';
      expect((await parseError('npm-F-note.json', note)).message).toBe(
        notNpmWord('npm-F-note.json', '/vulnerabilities/debug/via/1/severity', 'note'),
      );
    });

    it.each(OTHER_WORDS)('refuses %j as the severity of a carrier, which adds no finding', async (word) => {
      // npm-audit-v2-many.json: @vercel/fun carries debug and semver only.
      const report = load<V2Report>('npm-audit-v2-many.json');
      pkg(report, '@vercel/fun').severity = word;
      const error = await parseError('v2-carrier-word.json', report);
      expect(error.message).toBe(notNpmWord('v2-carrier-word.json', '/vulnerabilities/@vercel~1fun/severity', word));
    });

    it('names the package’s severity, not the advisory’s, when an advisory without one would take it', async () => {
      const report = load<V2Report>('npm-audit-v2-one.json');
      delete advisory(report, 'debug', 1).severity;
      pkg(report, 'debug').severity = 'none';
      const error = await parseError('v2-package-word.json', report);
      expect(error.message).toBe(notNpmWord('v2-package-word.json', '/vulnerabilities/debug/severity', 'none'));
    });

    it('reads the five words in any case, and an advisory without a severity at its package’s', async () => {
      const report = load<V2Report>('npm-audit-v2-one.json');
      pkg(report, 'debug').severity = 'HIGH';
      advisory(report, 'debug', 0).severity = 'Moderate';
      delete advisory(report, 'debug', 1).severity;
      const result = await parseText('v2-case.json', report);
      expect(result.findings.map((f) => [f.severity, f.severitySource])).toEqual([
        ['medium', 'npm audit Moderate'],
        ['high', 'npm audit HIGH'],
      ]);
    });
  });
});

describe('npm audit v2: a package may not be above every advisory it reaches', () => {
  it('refuses the reviewer’s report B: debug critical, its one advisory low (the gate approved it before)', async () => {
    const report = load<V2Report>('npm-audit-v2-one.json');
    pkg(report, 'debug').severity = 'critical';
    pkg(report, 'debug').via = [{ ...advisory(report, 'debug', 1), severity: 'low' }];
    recount(report);
    const error = await gateError('npm-B-lowvia.json', report);
    expect(error.message).toBe(
      aboveAdvisories('npm-B-lowvia.json', 'debug', 'critical', 'low', '/vulnerabilities/debug/via/0/severity'),
    );
  });

  it('refuses the reviewer’s report C: debug critical, its advisory info beside the unlisted name "ms"', async () => {
    const report = load<V2Report>('npm-audit-v2-one.json');
    pkg(report, 'debug').severity = 'critical';
    pkg(report, 'debug').via = [{ ...advisory(report, 'debug', 1), severity: 'info' }, 'ms'];
    recount(report);
    const error = await parseError('npm-C-info-under-critical.json', report);
    expect(error.message).toBe(
      aboveAdvisories(
        'npm-C-info-under-critical.json',
        'debug',
        'critical',
        'info',
        '/vulnerabilities/debug/via/0/severity',
      ),
    );
  });

  describe('at the boundary, in the real npm-audit-v2-one.json (debug high: a moderate and a high advisory)', () => {
    it('one step above the highest advisory is refused, naming the first advisory at the highest', async () => {
      const report = load<V2Report>('npm-audit-v2-one.json');
      advisory(report, 'debug', 1).severity = 'moderate';
      const error = await parseError('v2-one-above.json', report);
      expect(error.message).toBe(
        aboveAdvisories('v2-one-above.json', 'debug', 'high', 'moderate', '/vulnerabilities/debug/via/0/severity'),
      );
    });

    it('at the highest advisory it reads as before (the fixture itself)', async () => {
      const result = await parseFixture(`${FOLDER}/npm-audit-v2-one.json`);
      expect(countBySeverity(result.findings)).toEqual(counts({ high: 1, medium: 1 }));
    });

    it('below the highest advisory it is read as it is: the findings keep their advisories’ severities', async () => {
      const report = load<V2Report>('npm-audit-v2-one.json');
      pkg(report, 'debug').severity = 'moderate';
      const result = await parseText('v2-one-below.json', recount(report));
      expect(countBySeverity(result.findings)).toEqual(counts({ high: 1, medium: 1 }));
    });

    it('compares words in any case', async () => {
      const report = load<V2Report>('npm-audit-v2-one.json');
      pkg(report, 'debug').severity = 'High';
      advisory(report, 'debug', 1).severity = 'HIGH';
      await expect(parseText('v2-one-case.json', report)).resolves.toBeDefined();
      advisory(report, 'debug', 1).severity = 'MODERATE';
      const error = await parseError('v2-one-case.json', report);
      expect(error.message).toBe(
        aboveAdvisories('v2-one-case.json', 'debug', 'High', 'moderate', '/vulnerabilities/debug/via/0/severity'),
      );
    });
  });

  describe('through the packages via names (npm-audit-v2-many.json: vercel carries @vercel/fun and @vercel/node)', () => {
    // vercel (moderate) -> @vercel/fun (moderate) -> debug, semver (moderate advisories); -> @vercel/node (low) -> undici (low).
    it('a carrier at the highest advisory down its chain reads as before', async () => {
      const result = await parseFixture(`${FOLDER}/npm-audit-v2-many.json`);
      expect(countBySeverity(result.findings)).toEqual(counts({ medium: 2, low: 1 }));
    });

    it('a carrier one step above it is refused, naming where the highest was found two packages down', async () => {
      const report = load<V2Report>('npm-audit-v2-many.json');
      pkg(report, 'vercel').severity = 'high';
      const error = await parseError('v2-vercel-high.json', recount(report));
      expect(error.message).toBe(
        aboveAdvisories('v2-vercel-high.json', 'vercel', 'high', 'moderate', '/vulnerabilities/debug/via/0/severity'),
      );
    });

    it('refuses a carrier left above advisories lowered down the chain, also when their packages were lowered', async () => {
      const report = load<V2Report>('npm-audit-v2-many.json');
      for (const key of ['debug', 'semver']) {
        pkg(report, key).severity = 'low';
        advisory(report, key, 0).severity = 'low';
      }
      const error = await parseError('v2-lowered.json', recount(report));
      expect(error.message).toBe(
        aboveAdvisories('v2-lowered.json', '@vercel~1fun', 'moderate', 'low', '/vulnerabilities/debug/via/0/severity'),
      );
    });

    it('a carrier reaching a higher advisory through one name than another is held to the higher', async () => {
      // vercel moderate: @vercel/fun reaches moderate, @vercel/node only low.
      const report = load<V2Report>('npm-audit-v2-many.json');
      pkg(report, 'vercel').via = ['@vercel/node', '@vercel/fun'];
      await expect(parseText('v2-order.json', report)).resolves.toBeDefined();
    });
  });

  describe('a cycle of names ends (npm-audit-v2-npm7-many.json: gulp -> gulp-cli -> yargs -> yargs-parser, low)', () => {
    /** The real report with yargs-parser also naming gulp: a cycle around its advisory. */
    function looped(): V2Report {
      const report = load<V2Report>('npm-audit-v2-npm7-many.json');
      pkg(report, 'yargs-parser').via.push('gulp');
      return report;
    }

    it('reads the cycle as before when no package is above what it reaches', async () => {
      const result = await parseText('npm7-cycle.json', looped());
      const fixture = await parseFixture(`${FOLDER}/npm-audit-v2-npm7-many.json`);
      expect(result.findings.map((f) => [f.identityKey, f.severity])).toEqual(
        fixture.findings.map((f) => [f.identityKey, f.severity]),
      );
    });

    it('refuses a package of the cycle raised above it', async () => {
      const report = looped();
      pkg(report, 'gulp').severity = 'moderate';
      const error = await parseError('npm7-cycle-raised.json', recount(report));
      expect(error.message).toBe(
        aboveAdvisories(
          'npm7-cycle-raised.json',
          'gulp',
          'moderate',
          'low',
          '/vulnerabilities/yargs-parser/via/0/severity',
        ),
      );
    });
  });

  it('passes every real v2 report: each package is at the highest advisory it reaches', async () => {
    const files = fixtureFiles(FOLDER).filter((rel) => rel.includes('npm-audit-v2-'));
    expect(files).toHaveLength(4);
    for (const rel of files) {
      const result = await parseFixture(rel);
      expect([rel, result.runs[0]?.completed]).toEqual([rel, true]);
    }
  });
});

describe('npm audit: a report that audited no dependency is not a completed scan', () => {
  const NONE_AUDITED = (pointer: string): string =>
    `${pointer}: the report counts 0 dependencies: npm audit audited no dependency, so it is not a completed scan (check that npm audit ran in the project's folder, next to its package.json and package-lock.json, and that the project has dependencies to audit).`;

  describe('v1 metadata.totalDependencies (npm-audit-v1-no-vulns.json counts 918)', () => {
    it('0 is an incomplete run with the problem, and the gate does not approve it', async () => {
      const report = load<V1Report>('npm-audit-v1-no-vulns.json');
      report.metadata.totalDependencies = 0;
      const result = await parseText('v1-zero.json', report);
      expect(result.findings).toEqual([]);
      expect(result.runs).toEqual([
        {
          tool: 'npm audit',
          scanType: 'dependency',
          completed: false,
          problems: [NONE_AUDITED('/metadata/totalDependencies')],
          resultCount: 0,
        },
      ]);
      const gated = await gate('v1-zero.json', report);
      expect(gated.evaluation.decision).toBe('rejected');
      expect(gated.exitCode).toBe(ExitCode.Rejected);
    });

    it.each([1, 918])('%i is a completed run', async (total) => {
      const report = load<V1Report>('npm-audit-v1-no-vulns.json');
      report.metadata.totalDependencies = total;
      const result = await parseText('v1-some.json', report);
      expect(result.runs[0]).toMatchObject({ completed: true, problems: [] });
    });

    it('absent, the run is completed as before', async () => {
      const report = load<V1Report>('npm-audit-v1-no-vulns.json');
      delete report.metadata.totalDependencies;
      const result = await parseText('v1-no-count.json', report);
      expect(result.runs[0]).toMatchObject({ completed: true, problems: [] });
    });

    it.each([['0'], [-1], [1.5], [null], [true]])('refuses %j, naming the pointer', async (value) => {
      const report = load<V1Report>('npm-audit-v1-no-vulns.json');
      report.metadata.totalDependencies = value;
      const error = await parseError('v1-bad-count.json', report);
      expect(error.message).toMatch(
        /^v1-bad-count\.json: \/metadata\/totalDependencies: found .* \(expected the number of dependencies audited, a whole number of at least 0\)\.$/,
      );
    });
  });

  describe('v2 metadata.dependencies.total (npm-audit-v2-no-vulns.json counts 97)', () => {
    it('0 (the reviewer’s npm-zero-deps.json) is an incomplete run with the problem', async () => {
      const report = load<V2Report>('npm-audit-v2-no-vulns.json');
      report.metadata.dependencies = { prod: 0, dev: 0, optional: 0, peer: 0, peerOptional: 0, total: 0 };
      const result = await parseText('npm-zero-deps.json', report);
      expect(result.runs).toEqual([
        {
          tool: 'npm audit',
          scanType: 'dependency',
          completed: false,
          problems: [NONE_AUDITED('/metadata/dependencies/total')],
          resultCount: 0,
        },
      ]);
      const gated = await gate('npm-zero-deps.json', report);
      expect(gated.evaluation.decision).toBe('rejected');
    });

    it.each([1, 97])('%i is a completed run', async (total) => {
      const report = load<V2Report>('npm-audit-v2-no-vulns.json');
      report.metadata.dependencies.total = total;
      const result = await parseText('v2-some.json', report);
      expect(result.runs[0]).toMatchObject({ completed: true, problems: [] });
    });

    it('absent (no total, or no dependencies), the run is completed as before', async () => {
      const report = load<V2Report>('npm-audit-v2-no-vulns.json');
      delete report.metadata.dependencies.total;
      expect((await parseText('v2-no-total.json', report)).runs[0]).toMatchObject({ completed: true });
      delete (report.metadata as Record<string, unknown>).dependencies;
      expect((await parseText('v2-no-dependencies.json', report)).runs[0]).toMatchObject({ completed: true });
    });

    it.each([['0'], [-1], [1.5], [null]])('refuses a total of %j, naming the pointer', async (value) => {
      const report = load<V2Report>('npm-audit-v2-no-vulns.json');
      report.metadata.dependencies.total = value;
      const error = await parseError('v2-bad-count.json', report);
      expect(error.message).toMatch(
        /^v2-bad-count\.json: \/metadata\/dependencies\/total: found .* \(expected the number of dependencies audited, a whole number of at least 0\)\.$/,
      );
    });

    it('refuses dependencies that are not an object of counts', async () => {
      const report = load<V2Report>('npm-audit-v2-no-vulns.json');
      (report.metadata as Record<string, unknown>).dependencies = 97;
      const error = await parseError('v2-dependencies-number.json', report);
      expect(error.message).toBe(
        "v2-dependencies-number.json: /metadata/dependencies: found the number 97 (expected the counts of the dependencies npm audit audited, an object with 'total').",
      );
    });

    it('refuses metadata that is not an object', async () => {
      const report = load<V2Report>('npm-audit-v2-no-vulns.json');
      (report as unknown as Record<string, unknown>).metadata = 'none';
      const error = await parseError('v2-metadata-string.json', report);
      expect(error.message).toBe(
        'v2-metadata-string.json: /metadata: found the string "none" (expected npm audit\'s metadata object, with the summary counts).',
      );
    });
  });
});

describe('npm audit: summary counts must be whole numbers of at least 0', () => {
  const badCount = (file: string, word: string, found: string): string =>
    `${file}: /metadata/vulnerabilities/${word}: found ${found} (expected the number of vulnerabilities npm audit counted${word === 'total' ? ' in all' : ` at severity ${word}`}, a whole number of at least 0; the report is checked against these counts).`;

  it('refuses the reviewer’s report E: critical counted as the string "2" (read as 0, it hid a critical)', async () => {
    const report = load<V2Report>('npm-audit-v2-one.json');
    report.metadata.vulnerabilities.critical = '2';
    const error = await parseError('npm-E-strcounts.json', report);
    expect(error.message).toBe(badCount('npm-E-strcounts.json', 'critical', 'the string "2"'));
  });

  it.each([...WORDS, 'total'])('v2: refuses "1", -1, 0.5 and null under %s', async (word) => {
    for (const [value, found] of [
      ['1', 'the string "1"'],
      [-1, 'the number -1'],
      [0.5, 'the number 0.5'],
      [null, 'null'],
    ] as const) {
      const report = load<V2Report>('npm-audit-v2-many.json');
      report.metadata.vulnerabilities[word] = value;
      const error = await parseError('v2-count.json', report);
      expect(error.message).toBe(badCount('v2-count.json', word, found));
    }
  });

  it.each(WORDS)('v1: refuses the string "7" under %s', async (word) => {
    const report = load<V1Report>('npm-audit-v1-many.json');
    report.metadata.vulnerabilities[word] = '7';
    const error = await parseError('v1-count.json', report);
    expect(error.message).toBe(badCount('v1-count.json', word, 'the string "7"'));
  });

  it('reads 0 and an absent word (v1 writes no total) as 0, as before', async () => {
    const report = load<V2Report>('npm-audit-v2-many.json');
    report.metadata.vulnerabilities.critical = 0;
    delete report.metadata.vulnerabilities.info;
    await expect(parseText('v2-zero-count.json', report)).resolves.toBeDefined();
    const v1 = load<V1Report>('npm-audit-v1-many.json');
    expect(v1.metadata.vulnerabilities.total).toBeUndefined();
    await expect(parseText('v1-no-total.json', v1)).resolves.toBeDefined();
  });

  it('refuses a summary that is not an object', async () => {
    const report = load<V2Report>('npm-audit-v2-many.json');
    (report.metadata as Record<string, unknown>).vulnerabilities = 6;
    const error = await parseError('v2-summary-number.json', report);
    expect(error.message).toBe(
      'v2-summary-number.json: /metadata/vulnerabilities: found the number 6 (expected the summary counts per severity, an object).',
    );
  });
});

describe('npm audit: npm 7+’s failed-request JSON is detected, so the user gets npm’s message', () => {
  /** The reviewer's copy of what npm/cli's audit-error.js prints under --json when the bulk request fails. */
  const FAILED = {
    message:
      'request to https://registry.npmjs.org/-/npm/v1/security/advisories/bulk failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org',
    method: 'POST',
    uri: 'https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
    headers: {},
    statusCode: null,
    body: null,
  };
  const detectDoc = (doc: unknown) =>
    npmAudit.detect({ path: 'x.json', head: JSON.stringify(doc, null, 2), document: doc });

  it('is certain of it, is the only format to answer, and the gate stops with npm’s message', async () => {
    expect(detectDoc(FAILED)).toBe('certain');
    const sample = { path: 'npm-fail.json', head: JSON.stringify(FAILED), document: FAILED as unknown };
    expect(INGESTORS.filter((i) => i.detect(sample) !== 'no').map((i) => i.id)).toEqual(['npm-audit']);
    const error = await gateError('npm-fail.json', FAILED);
    expect(error.message).toBe(
      `npm-fail.json: /message: npm audit failed with '${FAILED.message}' (expected an audit report; an audit that did not run is not a clean scan).`,
    );
  });

  it('is certain of the quick-audit endpoint and of a 500 with a body', () => {
    expect(
      detectDoc({
        message: '500 Internal Server Error - POST https://registry.npmjs.org/-/npm/v1/security/audits/quick',
        method: 'POST',
        uri: 'https://registry.npmjs.org/-/npm/v1/security/audits/quick',
        headers: { 'content-type': ['text/html'] },
        statusCode: 500,
        body: '<html>oops</html>',
      }),
    ).toBe('certain');
  });

  it.each([
    ['another /-/npm/ path of a registry', 'https://npm.corp.test/-/npm/v2/other'],
    ['a uri naming audit', 'https://mirror.test/security/audit/bulk'],
    ['a uri naming Audits in another case', 'https://mirror.test/Audits'],
  ])('is possible of %s, and detection picks npm audit', (_, uri) => {
    const doc = { message: 'Not Found', uri, statusCode: 404 };
    expect(detectDoc(doc)).toBe('possible');
    const root = mkdtempSync(join(tmpdir(), 'shipgate-npm-s12-'));
    writeFileSync(join(root, 'failed.json'), JSON.stringify(doc));
    expect(detectFormat(readInputFile(root, 'failed.json')).ingestor.id).toBe('npm-audit');
  });

  it.each([
    ['no uri (the reviewer’s npm-msg.json)', { message: 'Internal Server Error', statusCode: 500 }],
    ['a uri that is not npm’s', { message: 'Internal Server Error', uri: 'https://api.test/v1/scan', statusCode: 500 }],
    ['a message that is not a string', { ...FAILED, message: { text: 'x' } }],
    ['a uri that is not a string', { ...FAILED, uri: ['https://registry.npmjs.org/-/npm/v1/security/audits'] }],
    ['a report beside it', { ...FAILED, advisories: [] }],
  ])('answers no for %s', (_, doc) => {
    expect(detectDoc(doc)).toBe('no');
  });

  it('claims no fixture of another format: only its own and the ENOAUDIT error object', () => {
    const files = (dir: string): string[] =>
      readdirSync(join(FIXTURES, dir)).flatMap((name) => {
        const rel = dir === '' ? name : `${dir}/${name}`;
        if (statSync(join(FIXTURES, rel)).isDirectory()) return files(rel);
        return name === 'README.md' ? [] : [rel];
      });
    const all = files('');
    expect(all.length).toBeGreaterThan(100);
    const claimed = all.filter((rel) => npmAudit.detect(sampleOf(FIXTURES, rel)) !== 'no').sort();
    expect(claimed).toEqual([...fixtureFiles(FOLDER), 'malformed/npm-audit-enoaudit-error.json'].sort());
  });
});
