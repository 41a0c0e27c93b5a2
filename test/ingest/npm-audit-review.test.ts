import { FIXTURES, counts, createHarness, fixtureFiles } from './harness.js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode, InputError } from '../../src/errors.js';
import { detectFormat } from '../../src/ingest/detect.js';
import { npmAudit } from '../../src/ingest/npm-audit.js';
import { readInputFile } from '../../src/ingest/read.js';
import { countBySeverity } from '../../src/model.js';
import { gateOneReport } from '../helpers.js';

// npm audit v2: a vulnerable package whose `via` chain reaches no advisory object (an empty via, names of
// packages the report does not list, names that lead only to one another) was read as a carrier, adding no
// finding: the report read clean. Every report here is a real fixture, changed inside the test.

const FOLDER = 'npm-audit-json';
const { parseFixture, parseText, parseError } = createHarness(npmAudit, FOLDER);

interface V2Package {
  name: string;
  severity: string;
  via: unknown[];
  [key: string]: unknown;
}
interface V2Report {
  vulnerabilities: Record<string, V2Package>;
  metadata: { vulnerabilities: Record<string, number> };
}

/** A fresh copy of a real fixture's document, to change in a test. */
function load(name: string): V2Report {
  return JSON.parse(readFileSync(join(FIXTURES, FOLDER, name), 'utf8')) as V2Report;
}

/** The real npm-audit-v2-one.json (debug, two advisories, and the name "ms" the report does not list). */
function oneWithVia(via: unknown[]): V2Report {
  const report = load('npm-audit-v2-one.json');
  (report.vulnerabilities.debug as V2Package).via = via;
  return report;
}

const NO_ADVISORY = 'a package with no advisory anywhere down its via chain cannot be a vulnerable package';

/** The message for a name the report does not list, in a package that reaches no advisory. */
const unlisted = (file: string, key: string, index: number, name: string): string =>
  `${file}: /vulnerabilities/${key}/via/${index}: found the string ${JSON.stringify(name)}, which names no package of /vulnerabilities, and no advisory is reached down /vulnerabilities/${key}/via (expected the name of a package the report lists, or an advisory object; ${NO_ADVISORY}).`;

/** The message for an empty via. */
const empty = (file: string, key: string): string =>
  `${file}: /vulnerabilities/${key}/via: found an empty array, so the package is vulnerable through nothing the report shows (expected an advisory object, or the name of a package the report lists whose via chain reaches one; ${NO_ADVISORY}).`;

/** The message for names that lead only to one another. */
const cycle = (file: string, key: string, chain: string): string =>
  `${file}: /vulnerabilities/${key}/via: no advisory is reached down its via chain, which leads only to ${chain}, packages that hold no advisory object and name no package outside this chain (expected an advisory object, or the name of a package the report lists whose via chain reaches one; ${NO_ADVISORY}).`;

const gate = gateOneReport;

describe('npm audit v2: a vulnerable package must reach an advisory down its via chain', () => {
  describe('the reviewer’s variants of npm-audit-v2-one.json are refused', () => {
    it('via ["ms"], a name the report does not list: the pointer of that entry', async () => {
      const error = await parseError('v2-via-ms.json', oneWithVia(['ms']));
      expect(error.message).toBe(unlisted('v2-via-ms.json', 'debug', 0, 'ms'));
      expect(error.exitCode).toBe(ExitCode.Input);
    });

    it('via [], no entry at all', async () => {
      const error = await parseError('v2-via-empty.json', oneWithVia([]));
      expect(error.message).toBe(empty('v2-via-empty.json', 'debug'));
      expect(error.exitCode).toBe(ExitCode.Input);
    });

    it('two packages whose via name only each other', async () => {
      const report = oneWithVia(['ms']);
      report.vulnerabilities.ms = {
        name: 'ms',
        severity: 'high',
        isDirect: false,
        via: ['debug'],
        effects: ['debug'],
        range: '<2.0.0',
        nodes: ['node_modules/ms'],
        fixAvailable: true,
      };
      const error = await parseError('v2-cycle.json', report);
      expect(error.message).toBe(cycle('v2-cycle.json', 'debug', "'ms', 'debug'"));
      expect(error.exitCode).toBe(ExitCode.Input);
    });

    it('a package that names only itself', async () => {
      const error = await parseError('v2-self.json', oneWithVia(['debug']));
      expect(error.message).toBe(cycle('v2-self.json', 'debug', "'debug'"));
    });

    it('two unlisted names: the first is named', async () => {
      const error = await parseError('v2-two.json', oneWithVia(['ms', 'ghost']));
      expect(error.message).toBe(unlisted('v2-two.json', 'debug', 0, 'ms'));
    });

    it('is detected as npm audit and stops the gate with exit 3 (the report read clean before)', async () => {
      const name = 'v2-via-ms.json';
      const root = mkdtempSync(join(tmpdir(), 'shipgate-npm-review-'));
      writeFileSync(join(root, name), JSON.stringify(oneWithVia(['ms'])));
      expect(detectFormat(readInputFile(root, name)).ingestor.id).toBe('npm-audit');
      const error = await gate(name, oneWithVia(['ms'])).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).exitCode).toBe(ExitCode.Input);
      expect((error as InputError).message).toBe(unlisted(name, 'debug', 0, 'ms'));
    });
  });

  describe('the same breaks inside the real carrier chains', () => {
    it('names the package where the chain breaks, not the carriers that lead to it', async () => {
      // npm-audit-v2-npm7-many.json: gulp -> gulp-cli -> yargs -> yargs-parser (advisory 1500); sass-graph -> yargs.
      const report = load('npm-audit-v2-npm7-many.json');
      (report.vulnerabilities['yargs-parser'] as V2Package).via = [];
      const error = await parseError('npm7-parser-emptied.json', report);
      expect(error.message).toBe(empty('npm7-parser-emptied.json', 'yargs-parser'));
    });

    it('lists the chain of the first package whose names lead only to one another', async () => {
      const report = load('npm-audit-v2-npm7-many.json');
      (report.vulnerabilities['yargs-parser'] as V2Package).via = ['gulp'];
      const error = await parseError('npm7-loop.json', report);
      expect(error.message).toBe(cycle('npm7-loop.json', 'gulp', "'gulp-cli', 'yargs', 'yargs-parser', 'gulp'"));
    });

    it('escapes the package name in the pointer', async () => {
      // npm-audit-v2-many.json: @vercel/node carries undici only; vercel still reaches advisories through @vercel/fun.
      const report = load('npm-audit-v2-many.json');
      (report.vulnerabilities['@vercel/node'] as V2Package).via = ['@vercel/undici'];
      const error = await parseError('v2-node-unlisted.json', report);
      expect(error.message).toBe(unlisted('v2-node-unlisted.json', '@vercel~1node', 0, '@vercel/undici'));
    });

    it('keeps the summary’s message when a package was cut: its carriers then name nothing', async () => {
      // undici removed: @vercel/node names a package the report no longer lists, and the summary counts it.
      const report = load('npm-audit-v2-many.json');
      delete report.vulnerabilities.undici;
      const error = await parseError('v2-undici-cut.json', report);
      expect(error.message).toMatch(
        /^v2-undici-cut\.json: \/vulnerabilities: the summary \(\/metadata\/vulnerabilities\) counts more vulnerable packages than the report lists \(low: 2 counted, 1 listed; total: 6 counted, 5 listed\), /,
      );
      // With the summary lowered to match, the broken chain is named instead.
      report.metadata.vulnerabilities.low = 1;
      report.metadata.vulnerabilities.total = 5;
      const named = await parseError('v2-undici-cut.json', report);
      expect(named.message).toBe(unlisted('v2-undici-cut.json', '@vercel~1node', 0, 'undici'));
    });
  });

  describe('real reports read as before', () => {
    it.each([
      // Carriers (via names only) whose chain reaches an advisory add no finding and no error.
      ['npm-audit-v2-many.json', 3, counts({ medium: 2, low: 1 })],
      ['npm-audit-v2-no-vulns.json', 0, counts({})],
      ['npm-audit-v2-npm7-many.json', 8, counts({ high: 1, medium: 2, low: 5 })],
      // debug names "ms", which the report does not list, beside its two advisories: read as npm wrote it.
      ['npm-audit-v2-one.json', 2, counts({ high: 1, medium: 1 })],
    ])('%s: %i findings, completed, no warnings', async (file, total, expected) => {
      const result = await parseFixture(`${FOLDER}/${file}`);
      expect(result.findings).toHaveLength(total);
      expect(countBySeverity(result.findings)).toEqual(expected);
      expect(result.runs).toEqual([
        expect.objectContaining({ tool: 'npm audit', completed: true, problems: [] }) as unknown,
      ]);
      expect(result.warnings).toEqual([]);
    });

    it('covers every v2 fixture', () => {
      expect(fixtureFiles(FOLDER).filter((rel) => rel.includes('npm-audit-v2-'))).toHaveLength(4);
    });

    it('reads an unlisted name beside a name whose chain reaches an advisory, as beside an advisory', async () => {
      const report = load('npm-audit-v2-many.json');
      (report.vulnerabilities['@vercel/fun'] as V2Package).via = ['debug', 'ghost', 'semver'];
      const result = await parseText('v2-fun-ghost.json', report);
      expect(result.findings.map((f) => f.package?.name).sort()).toEqual(['debug', 'semver', 'undici']);
      expect(result.warnings).toEqual([]);
    });

    it('gates the real npm-audit-v2-one.json as a completed scan with its two findings', async () => {
      const result = await gate('v2-one.json', load('npm-audit-v2-one.json'));
      expect(result.evaluation.inputs).toHaveLength(1);
      expect(result.evaluation.inputs[0]).toMatchObject({
        format: 'npm-audit',
        counts: counts({ high: 1, medium: 1 }),
        runs: [{ tool: 'npm audit', completed: true, resultCount: 1 }],
      });
    });
  });
});
