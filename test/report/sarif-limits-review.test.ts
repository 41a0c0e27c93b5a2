/**
 * Two limits of the SARIF SDK (Sarif.Multitool, and the consumers built on it) that shipgate.sarif keeps
 * within, from either writer (the main thread's renderer and the SARIF thread give the same bytes):
 *
 * - a URI longer than 65,519 characters (.NET's System.Uri) makes the SDK skip the whole log without a
 *   word. The limit is on the URI as written: percent-encoded (a CJK character takes 9 characters, a
 *   space 3), with the repository folder before a relative path and file:// before an absolute one. A
 *   finding whose file's URI is longer is placed as a finding without a file is: in the report it came
 *   from, without a line, its path as the logical location;
 * - a run with a commit and a repository carries versionControlProvenance, whose repository top is
 *   mapped to the base id that every relative URI names (SARIF 2.1.0 3.23.9; the validator's SARIF2007).
 *
 * sarif-validator.test.ts runs the validator itself on such logs.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/evaluation.js';
import type { EvaluatedFinding } from '../../src/gates/types.js';
import { silentLogger } from '../../src/logger.js';
import { renderSarif } from '../../src/report/sarif.js';
import { writeOutputs } from '../../src/report/write.js';
import { run } from '../../src/run.js';
import { evaluationOf, makeFinding } from '../helpers.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'sg-sarif-limits-review-'));
const PROVENANCE = { commit: 'c'.repeat(40), repository: 'acme/payments' };

interface Location {
  physicalLocation?: {
    artifactLocation: { uri: string; uriBaseId?: string };
    region?: { startLine: number; endLine?: number };
  };
  logicalLocations?: { fullyQualifiedName: string }[];
}

interface Log {
  runs: {
    versionControlProvenance?: { repositoryUri: string; revisionId: string; mappedTo?: { uriBaseId?: string } }[];
    originalUriBaseIds?: Record<string, { uri?: string; description?: { text: string } }>;
    results: { partialFingerprints: { shipgateFindingId: string }; locations?: Location[] }[];
  }[];
}

let cases = 0;

/** shipgate.sarif written by the SARIF thread and by the main thread: the same bytes, parsed. */
async function written(evaluation: Evaluation): Promise<Log> {
  const texts = [];
  cases += 1;
  for (const min of [0, Number.POSITIVE_INFINITY]) {
    const out = join(tmp, `case-${cases}-${min}`);
    await writeOutputs(out, evaluation, undefined, { sarifThreadMinFindings: min });
    texts.push(readFileSync(join(out, 'shipgate.sarif'), 'utf8'));
  }
  expect(texts[0]).toBe(texts[1]);
  expect(texts[0]).toBe(renderSarif(evaluation));
  return JSON.parse(texts[0] as string) as Log;
}

/** The location of each finding's result, by finding. */
function locationsOf(log: Log, findings: readonly EvaluatedFinding[]): (Location | undefined)[] {
  const byId = new Map(log.runs[0]?.results.map((r) => [r.partialFingerprints.shipgateFindingId, r]));
  expect(byId.size).toBe(findings.length);
  return findings.map((f) => byId.get(f.id)?.locations?.[0]);
}

/** A finding on line 7 of `path`, from scan.sarif. */
const on = (path: string) => makeFinding({ location: { path, startLine: 7 } });

/** Where a finding at its own file is: its URI and line, with no logical location. */
const atFile = (uri: string, base?: string): Location => ({
  physicalLocation: { artifactLocation: { uri, ...(base ? { uriBaseId: base } : {}) }, region: { startLine: 7 } },
});

/** Where a finding whose file's URI is too long is: the report, no line, the path as the logical location. */
const inReport = (path: string, report = 'scan.sarif', base?: string): Location => ({
  physicalLocation: { artifactLocation: { uri: report, ...(base ? { uriBaseId: base } : {}) } },
  logicalLocations: [{ fullyQualifiedName: path }],
});

describe('report/shipgate.sarif: URIs the SARIF SDK can read', () => {
  it('keeps a file whose URI is 65,519 characters, and places one of 65,520 or 70,000 in its report', async () => {
    const paths = [`src/${'a'.repeat(65_515)}`, `src/${'b'.repeat(65_516)}`, `src/${'x'.repeat(69_996)}`];
    expect(paths.map((p) => p.length)).toEqual([65_519, 65_520, 70_000]);
    const findings = paths.map(on);
    const log = await written(evaluationOf(findings));
    expect(log.runs[0]?.results).toHaveLength(3);
    expect(locationsOf(log, findings)).toEqual([
      atFile(paths[0] as string),
      inReport(paths[1] as string),
      inReport(paths[2] as string),
    ]);
  });

  it('counts the URI as written: percent-encoded, with the repository folder, and file:// before an absolute path', async () => {
    const folder = 'services/api/'; // 13 characters before every relative path
    const kept = [
      `src/${'日'.repeat(7_278)}`, // 13 + 4 + 7,278 × 9 = 65,519
      `src/${' '.repeat(21_833)}.js`, // 13 + 4 + 21,833 × 3 + 3 = 65,519
      `/${'c'.repeat(65_511)}`, // file:///ccc...: 65,519
      'f'.repeat(65_506), // 13 + 65,506 = 65,519
    ];
    const over = [
      `src/${'日'.repeat(7_278)}a`,
      `src/${' '.repeat(21_833)}a.js`,
      `/${'d'.repeat(65_512)}`,
      'g'.repeat(65_507), // 65,507 from the root, within the limit; 65,520 from the top
    ];
    const findings = [...kept, ...over].map(on);
    const log = await written(evaluationOf(findings, { repositoryFolder: folder }));
    const uris = [
      `${folder}src/${'%E6%97%A5'.repeat(7_278)}`,
      `${folder}src/${'%20'.repeat(21_833)}.js`,
      `file:///${'c'.repeat(65_511)}`,
      `${folder}${'f'.repeat(65_506)}`,
    ];
    expect(uris.map((u) => u.length)).toEqual([65_519, 65_519, 65_519, 65_519]);
    expect(locationsOf(log, findings)).toEqual([
      ...uris.map((uri) => atFile(uri)),
      ...over.map((path) => inReport(path, `${folder}scan.sarif`)),
    ]);
  });

  it('counts the encoded characters, not the path: 7,280 CJK characters or 21,840 spaces are past the limit', async () => {
    const kept = [`${'日'.repeat(7_279)}${'a'.repeat(8)}`, `${' '.repeat(21_839)}aa`]; // 65,519 encoded each
    const over = ['日'.repeat(7_280), ' '.repeat(21_840)]; // 65,520 encoded each, from 7,280 and 21,840 characters
    const findings = [...kept, ...over].map(on);
    const log = await written(evaluationOf(findings));
    expect(locationsOf(log, findings)).toEqual([
      atFile(`${'%E6%97%A5'.repeat(7_279)}${'a'.repeat(8)}`),
      atFile(`${'%20'.repeat(21_839)}aa`),
      ...over.map((path) => inReport(path)),
    ]);
  });

  it('leaves a finding with a report whose URI is too long too without a location, rather than the log unread', async () => {
    const report = 'r'.repeat(65_520);
    const long = makeFinding({
      location: { path: `src/${'x'.repeat(69_996)}`, startLine: 7 },
      sources: [{ input: report, format: 'sarif', tool: 'CodeQL', pointer: '/runs/0/results/0' }],
    });
    const justFits = makeFinding({
      location: { path: `src/${'x'.repeat(69_996)}`, startLine: 7 },
      sources: [{ input: report.slice(1), format: 'sarif', tool: 'CodeQL', pointer: '/runs/0/results/0' }],
    });
    const findings = [long, justFits];
    const log = await written(evaluationOf(findings));
    expect(locationsOf(log, findings)).toEqual([undefined, inReport(long.location.path as string, report.slice(1))]);
  });

  it('places a 70,000-character path from a real report in that report, through run and both writers', async () => {
    const root = join(tmp, 'real');
    mkdirSync(root);
    const log = JSON.parse(readFileSync(join(FIXTURES, 'sarif/codeql-2.19.0-typescript-one-result.sarif'), 'utf8')) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    const path = `yarn/src/${'x'.repeat(69_991)}`;
    const result = log.runs[0]?.results[0];
    if (!result) throw new Error('the fixture has a result');
    // Its result as CodeQL wrote it, with the long path as its file; a second result keeps app.ts.
    log.runs[0]?.results.push(structuredClone(result));
    (result.locations[0] as (typeof result.locations)[0]).physicalLocation.artifactLocation = {
      uri: path,
      uriBaseId: '%SRCROOT%',
    } as { uri: string };
    writeFileSync(join(root, 'codeql.sarif'), JSON.stringify(log));
    const { evaluation } = await run({
      root,
      scans: ['codeql.sarif'],
      dryRun: true,
      clock: () => new Date('2026-11-25T12:00:00Z'),
      logger: silentLogger,
      ...PROVENANCE,
    });
    const findings = [...evaluation.findings].sort(
      (a, b) => (a.location.path?.length ?? 0) - (b.location.path?.length ?? 0),
    );
    expect(findings.map((f) => f.location.path)).toEqual(['yarn/src/app.ts', path]);
    const sarif = await written(evaluation);
    expect(sarif.runs[0]?.results).toHaveLength(2);
    expect(locationsOf(sarif, findings)).toEqual([
      { physicalLocation: { ...atFile('yarn/src/app.ts', '%SRCROOT%').physicalLocation, region: { startLine: 38 } } },
      inReport(path, 'codeql.sarif', '%SRCROOT%'),
    ]);
  });
});

describe('report/shipgate.sarif: versionControlProvenance', () => {
  const findings = () => [
    on('src/a b.ts'),
    on('/usr/lib/libssl.so'),
    makeFinding({ location: {}, package: { name: 'lodash', version: '4.17.20' } }),
  ];

  it("maps the repository's top to %SRCROOT%, which every relative URI names and no file:// URI does", async () => {
    const found = findings();
    const log = await written(evaluationOf(found, { ...PROVENANCE, repositoryFolder: 'services/api/' }));
    const [run0] = log.runs;
    expect(run0?.versionControlProvenance).toEqual([
      {
        repositoryUri: 'https://github.com/acme/payments',
        revisionId: PROVENANCE.commit,
        mappedTo: { uriBaseId: '%SRCROOT%' },
      },
    ]);
    // A base with no uri: where the checkout lay is of the machine that ran, not of the repository.
    expect(run0?.originalUriBaseIds).toEqual({
      '%SRCROOT%': {
        description: {
          text: 'The top of the repository that versionControlProvenance names: relative URIs are from there.',
        },
      },
    });
    expect(locationsOf(log, found)).toEqual([
      atFile('services/api/src/a%20b.ts', '%SRCROOT%'),
      atFile('file:///usr/lib/libssl.so'),
      {
        physicalLocation: { artifactLocation: { uri: 'services/api/scan.sarif', uriBaseId: '%SRCROOT%' } },
        logicalLocations: [{ fullyQualifiedName: 'lodash@4.17.20' }],
      },
    ]);
  });

  it('names no base without a commit or without a repository, as a local run has neither', async () => {
    for (const overrides of [{}, { commit: PROVENANCE.commit }, { repository: PROVENANCE.repository }]) {
      const found = findings();
      const text = renderSarif(evaluationOf(found, overrides));
      expect(text).not.toContain('uriBaseId');
      const log = await written(evaluationOf(found, overrides));
      expect(log.runs[0]?.versionControlProvenance).toBeUndefined();
      expect(log.runs[0]?.originalUriBaseIds).toBeUndefined();
      expect(locationsOf(log, found)[0]).toEqual(atFile('src/a%20b.ts'));
    }
  });

  it('gives the thread the base id the frame names (a real report of 1,768 findings)', async () => {
    const root = join(tmp, 'many');
    mkdirSync(root);
    cpSync(join(FIXTURES, 'sarif/semgrep-0.17.0-owasp-benchmark-many-results.sarif'), join(root, 'many.sarif'));
    const { evaluation } = await run({
      root,
      scans: ['many.sarif'],
      dryRun: true,
      clock: () => new Date('2026-11-25T12:00:00Z'),
      logger: silentLogger,
      ...PROVENANCE,
    });
    expect(evaluation.findings.length).toBeGreaterThan(1000);
    const log = await written(evaluation);
    const bases = new Set(
      log.runs[0]?.results.map((r) => r.locations?.[0]?.physicalLocation?.artifactLocation.uriBaseId),
    );
    expect([...bases]).toEqual(['%SRCROOT%']);
  }, 60_000);
});
