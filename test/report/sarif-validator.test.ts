/**
 * shipgate.sarif checked by Microsoft's SARIF validator (`@microsoft/sarif-multitool validate`) with
 * its SARIF rules and its GitHub ingestion rules, at the levels error and warning: the outputs of every
 * fixture, of a generated evaluation large enough for the SARIF thread, of paths that need
 * percent-encoding, and of the naughty strings. A validator that finds nothing proves nothing by
 * itself, so a broken copy must show each fault it is meant to catch.
 *
 * SARIF2006 (URIs should be reachable) is turned off in sarif-validator.xml: it fetches URLs, and tests
 * make no network calls. SARIF2017 (a location without a region) is left out of the verdict: a finding
 * on a whole file (a manifest, or the report a package or URL finding came from) has no line, and
 * inventing one would point at the wrong place. The test checks instead that every finding with a line
 * has a region.
 *
 * The outputs are of runs with a commit and a repository, as every Action run has, so the log carries
 * versionControlProvenance and the validator checks it (SARIF2007: the repository's top is mapped to a
 * base id, and every file in it is named from there). SARIF2007 on a file named by an absolute path is
 * left out of the verdict too, and only there: such a file (a container image's /usr/lib/libssl.so) is
 * outside the repository, and has no place in it to name. One output is of a run without them.
 *
 * The SARIF SDK skips a whole log whose URI is longer than 65,519 characters without a word (no
 * result, no notification): a log with such paths is validated at the level note too, where every
 * result draws a remark, and each must be there.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { INGESTORS } from '../../src/ingest/registry.js';
import { createMemoryLogger } from '../../src/logger.js';
import { run } from '../../src/run.js';
import { generateSarif, scannerReports } from '../helpers.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = join(REPO, 'fixtures');
const CONFIG = fileURLToPath(new URL('./sarif-validator.xml', import.meta.url));
const NOW = () => new Date('2026-11-25T12:00:00Z');

/** The validator binary of this platform (an optional dependency of @microsoft/sarif-multitool). */
function validatorPath(): string {
  const path = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;
  try {
    accessSync(path, constants.X_OK);
  } catch {
    // npm may skip the package's install script, which only marks the binary executable.
    chmodSync(path, 0o755);
  }
  return path;
}

interface Issue {
  ruleId: string;
  level: string;
  file: string;
  text: string;
  /** The log the issue is in, as a path. */
  log: string;
  /** Where in that log (the validator's first message argument: `runs[0].results[3].message`). */
  at: string;
}

/** The commit and repository of the runs validated, as every Action run has them. */
const PROVENANCE = { commit: 'c'.repeat(40), repository: 'acme/payments' };

/** Runs the validator on `files`; returns what it reported at the levels error and warning (and note, when asked). */
function validate(files: string[], scratch: string, name: string, levels = 'Error;Warning'): Issue[] {
  const out = join(scratch, `${name}.validation.sarif`);
  const result = spawnSync(
    validatorPath(),
    [
      'validate',
      '--quiet',
      'true',
      '--rule-kind',
      'Sarif;Gh',
      '--level',
      levels,
      '--config',
      CONFIG,
      '-o',
      out,
      ...files,
    ],
    {
      encoding: 'utf8',
      env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
      timeout: 240_000,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  // Quiet, it exits 0 whatever it finds (1 is a failure to run): the log says what it found.
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  const log = JSON.parse(readFileSync(out, 'utf8'));
  const [validation] = log.runs;
  const strings = new Map<string, Record<string, { text: string }>>(
    validation.tool.driver.rules.map((r: { id: string; messageStrings: Record<string, { text: string }> }) => [
      r.id,
      r.messageStrings,
    ]),
  );
  // Files the validator could not read would otherwise pass silently.
  expect(validation.invocations[0].toolExecutionNotifications ?? []).toEqual([]);
  return validation.results.map(
    (r: {
      ruleId: string;
      level?: string;
      message: { id: string; arguments: string[] };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[];
    }) => {
      const template = strings.get(r.ruleId)?.[r.message.id]?.text ?? r.message.id;
      const location = r.locations[0]?.physicalLocation;
      const log = fileURLToPath(location?.artifactLocation.uri ?? 'file:///unknown');
      return {
        ruleId: r.ruleId,
        level: r.level ?? 'warning',
        file: `${log}:${location?.region?.startLine ?? 0}`,
        text: template.replace(/\{(\d+)\}/g, (_all, n: string) => r.message.arguments[Number(n)] ?? ''),
        log,
        at: r.message.arguments[0] ?? '',
      };
    },
  );
}

async function evaluate(root: string, scans: string[], outDir: string, provenance = true): Promise<string> {
  await run({
    root,
    scans,
    policy: 'release',
    dryRun: false,
    clock: NOW,
    logger: createMemoryLogger(),
    outDir,
    ...(provenance ? PROVENANCE : {}),
  });
  return join(outDir, 'shipgate.sarif');
}

/** The artifact location a validator pointer (`runs[0].results[3].locations[0]...`) names in `log`. */
function uriAt(log: string, at: string): string | undefined {
  const [, result, location] = /^runs\[0\]\.results\[(\d+)\]\.locations\[(\d+)\]/.exec(at) ?? [];
  if (result === undefined || location === undefined) return undefined;
  const sarif = JSON.parse(readFileSync(log, 'utf8'));
  return sarif.runs[0].results[Number(result)]?.locations[Number(location)]?.physicalLocation?.artifactLocation?.uri;
}

/** Left out of the verdict: a location without a region, and a file outside the repository (an absolute path). */
function outOfVerdict(issue: Issue): boolean {
  return (
    issue.ruleId === 'SARIF2017' ||
    (issue.ruleId === 'SARIF2007' && uriAt(issue.log, issue.at)?.startsWith('file://') === true)
  );
}

/**
 * Paths whose URIs reach the SDK's limit of 65,519 characters, as written: percent-encoded (a CJK
 * character takes 9, a space 3) and, for an absolute path, with its file:// prefix.
 */
const LONG_PATHS = [
  `src/${'x'.repeat(69_996)}`, // 70,000 characters
  `src/${'a'.repeat(65_515)}`, // 65,519: kept
  `src/${'b'.repeat(65_516)}`, // 65,520
  `/${'c'.repeat(65_511)}`, // file:///ccc...: 65,519, kept
  `/${'d'.repeat(65_512)}`, // 65,520
  `src/${'日'.repeat(7_280)}`, // 7,284 characters, 65,524 encoded
  `src/${' '.repeat(21_840)}.js`, // 65,527 encoded
];

/** A real CodeQL log whose one result is repeated on each of `paths`, each with a line. */
function longPathSarif(paths: readonly string[]): string {
  const log = JSON.parse(readFileSync(join(FIXTURES, 'sarif/codeql-2.19.0-typescript-one-result.sarif'), 'utf8'));
  const [result] = log.runs[0].results;
  log.runs[0].results = paths.map((path, i) => {
    const copy = structuredClone(result);
    copy.ruleId = `js/long-path-${i}`;
    delete copy.rule;
    delete copy.ruleIndex;
    delete copy.codeFlows;
    delete copy.relatedLocations;
    delete copy.partialFingerprints;
    copy.locations[0].physicalLocation.artifactLocation = {
      uri: path.startsWith('/') ? `file://${encodeURI(path)}` : path.split('/').map(encodeURIComponent).join('/'),
    };
    return copy;
  });
  return JSON.stringify(log);
}

/** Paths that need percent-encoding or a file URI, and findings with no file. */
const AWKWARD_PATHS = [
  'src/name with spaces.js',
  'src/100%.js',
  'src/a#b?c.js',
  'src/ünïcode/日本.ts',
  'docker.io/redis:6.0.5 (debian 10.4)',
  '/usr/lib/x86_64-linux-gnu/libssl.so.1.1',
  'C:/Windows/System32/drivers/x.sys',
  '../outside/the root.py',
];

function awkwardSarif(): string {
  const results = AWKWARD_PATHS.map((path, i) => ({
    ruleId: `rule-${i}`,
    level: 'error',
    message: { text: `finding ${i}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: /^[A-Za-z]:/.test(path) ? `file:///${path}` : path.replace(/%/g, '%25') },
          ...(i % 2 === 0 ? { region: { startLine: i + 1 } } : {}),
        },
      },
    ],
  }));
  return JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'CodeQL' } }, results }] });
}

/** A Trivy report with a package finding (no file) and a ZAP-shaped DAST finding come from the fixtures. */
describe('report/shipgate.sarif under the SARIF validator', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'sg-sarif-validator-'));
  const logs: string[] = [];
  const refused: string[] = [];
  const formats = new Set<string>();
  let awkwardLog = '';
  let bareLog = '';
  let bigLog = '';
  let naughtyLog = '';
  let longLog = '';

  beforeAll(async () => {
    let n = 0;
    for (const file of scannerReports()) {
      const rel = relative(REPO, file);
      const outDir = join(scratch, `fixture-${(n += 1)}`);
      try {
        logs.push(await evaluate(REPO, [rel], outDir));
        for (const input of JSON.parse(readFileSync(join(outDir, 'scan-results.json'), 'utf8')).inputs)
          formats.add(input.format as string);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        refused.push(rel);
      }
    }

    const awkward = join(scratch, 'awkward');
    mkdirSync(awkward);
    writeFileSync(join(awkward, 'awkward.sarif'), awkwardSarif());
    awkwardLog = await evaluate(awkward, ['awkward.sarif'], join(awkward, 'out'));
    // A local run names no commit: no versionControlProvenance, and no base id.
    bareLog = await evaluate(awkward, ['awkward.sarif'], join(awkward, 'bare'), false);

    const long = join(scratch, 'long');
    mkdirSync(long);
    writeFileSync(join(long, 'long.sarif'), longPathSarif(LONG_PATHS));
    longLog = await evaluate(long, ['long.sarif'], join(long, 'out'));

    const big = join(scratch, 'big');
    mkdirSync(big);
    generateSarif(join(big, 'big.sarif'), '7MB', '11');
    bigLog = await evaluate(big, ['big.sarif'], join(big, 'out'));

    const naughty = join(scratch, 'naughty');
    mkdirSync(naughty);
    const strings = (
      JSON.parse(readFileSync(join(FIXTURES, 'suites/naughty-strings/blns.json'), 'utf8')) as string[]
    ).filter((s) => s.trim() !== '');
    const results = strings.map((s, i) => ({
      ruleId: `rule-${i}-${s}`,
      level: 'error',
      message: { text: s },
      locations: [{ physicalLocation: { artifactLocation: { uri: `src/${encodeURIComponent(s)}.js` } } }],
    }));
    writeFileSync(
      join(naughty, 'n.sarif'),
      JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'CodeQL' } }, results }] }),
    );
    naughtyLog = await evaluate(naughty, ['n.sarif'], join(naughty, 'out'));
  }, 300_000);

  it('evaluates a fixture of every supported format (the refused ones are formats shipgate does not read)', () => {
    expect(logs.length).toBeGreaterThan(80);
    expect([...formats].sort()).toEqual(INGESTORS.map((i) => i.id).sort());
    for (const rel of refused)
      expect(rel).toMatch(/anchore|eslint-json|kics|tfsec|zap-xml|dependency-check-xml|empty|null/);
  });

  it('reports no error and no warning on any output (every format, the SARIF thread, awkward paths, naughty strings, long paths)', () => {
    const big = JSON.parse(readFileSync(bigLog, 'utf8'));
    expect(big.runs[0].results.length).toBeGreaterThanOrEqual(5000); // written by the SARIF thread
    const all = [...logs, awkwardLog, bareLog, bigLog, naughtyLog, longLog];
    const issues = validate(all, scratch, 'all');
    expect(issues.filter((i) => !outOfVerdict(i)).map((i) => `${i.ruleId} ${i.file}: ${i.text}`)).toEqual([]);
    // SARIF2007 is left out on exactly the files named by absolute paths, in the runs that map the
    // repository's top: none on versionControlProvenance, none on a file of the repository.
    const absolute = all.flatMap((log) => {
      const run0 = JSON.parse(readFileSync(log, 'utf8')).runs[0];
      if (!run0.versionControlProvenance) return [];
      return run0.results.flatMap(
        (r: { locations?: { physicalLocation: { artifactLocation: { uri: string } } }[] }, i: number) =>
          r.locations?.[0]?.physicalLocation.artifactLocation.uri.startsWith('file://')
            ? [`${log} runs[0].results[${i}].locations[0].physicalLocation.artifactLocation`]
            : [],
      );
    });
    expect(absolute.length).toBeGreaterThanOrEqual(3); // the awkward paths' two, and a long path's
    expect(
      issues
        .filter((i) => i.ruleId === 'SARIF2007')
        .map((i) => `${i.log} ${i.at}`)
        .sort(),
    ).toEqual(absolute.sort());
  }, 300_000);

  it("maps the repository's top to the base id every relative URI names, in a run with a commit and a repository", () => {
    for (const path of [...logs, awkwardLog, bigLog, naughtyLog, longLog]) {
      const run0 = JSON.parse(readFileSync(path, 'utf8')).runs[0];
      expect(run0.versionControlProvenance, path).toEqual([
        {
          repositoryUri: 'https://github.com/acme/payments',
          revisionId: PROVENANCE.commit,
          mappedTo: { uriBaseId: '%SRCROOT%' },
        },
      ]);
      expect(Object.keys(run0.originalUriBaseIds)).toEqual(['%SRCROOT%']);
      for (const result of run0.results) {
        const where = result.locations[0].physicalLocation.artifactLocation;
        expect(where.uriBaseId).toBe(where.uri.startsWith('file://') ? undefined : '%SRCROOT%');
      }
    }
    const bare = JSON.parse(readFileSync(bareLog, 'utf8')).runs[0];
    expect(bare.versionControlProvenance).toBeUndefined();
    expect(bare.originalUriBaseIds).toBeUndefined();
    expect(JSON.stringify(bare.results)).not.toContain('uriBaseId');
  });

  it("reads every result of a log with paths past the SDK's URI limit, which is otherwise skipped without a word", () => {
    const log = JSON.parse(readFileSync(longLog, 'utf8'));
    const results = log.runs[0].results as {
      locations: {
        physicalLocation: { artifactLocation: { uri: string }; region?: unknown };
        logicalLocations?: { fullyQualifiedName: string }[];
      }[];
    }[];
    expect(results).toHaveLength(LONG_PATHS.length);
    const uris = results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri ?? '');
    expect(Math.max(...uris.map((u) => u.length))).toBe(65_519);
    // The two at the limit keep their files and lines; the rest are in the report, named logically.
    const kept = results.filter((r) => r.locations[0]?.physicalLocation.region);
    expect(kept.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri.length)).toEqual([65_519, 65_519]);
    const placed = results.filter((r) => !r.locations[0]?.physicalLocation.region);
    expect(placed.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri)).toEqual(
      Array(LONG_PATHS.length - 2).fill('long.sarif'),
    );
    expect(placed.map((r) => r.locations[0]?.logicalLocations?.[0]?.fullyQualifiedName).sort()).toEqual(
      LONG_PATHS.filter((p) => !p.includes('aaa') && !p.includes('ccc')).sort(),
    );

    // The same log with the 70,000-character path put back as its URI, as shipgate wrote it before.
    const before = structuredClone(log);
    const index = results.findIndex((r) => r.locations[0]?.logicalLocations?.[0]?.fullyQualifiedName === LONG_PATHS[0]);
    before.runs[0].results[index].locations[0].physicalLocation.artifactLocation.uri = LONG_PATHS[0];
    const skipped = join(scratch, 'long', 'before.sarif');
    writeFileSync(skipped, JSON.stringify(before));

    // At the level note every result draws a remark (SARIF2002 on its message at least).
    const issues = validate([longLog, skipped], scratch, 'long', 'Error;Warning;Note');
    const seen = (file: string) =>
      new Set(
        issues.filter((i) => i.log === file).flatMap((i) => /^runs\[0\]\.results\[(\d+)\]/.exec(i.at)?.[1] ?? []),
      );
    expect([...seen(longLog)].map(Number).sort((a, b) => a - b)).toEqual([...results.keys()]);
    // The SDK skipped the whole log it could not read: not one remark, not one notification.
    expect(issues.filter((i) => i.log === skipped)).toEqual([]);
  }, 120_000);

  it('gives every result a physical location with a URI, as GitHub code scanning requires of a whole upload', () => {
    for (const path of [...logs, awkwardLog, bareLog, bigLog, naughtyLog]) {
      const log = JSON.parse(readFileSync(path, 'utf8'));
      const scan = JSON.parse(readFileSync(join(path, '../scan-results.json'), 'utf8'));
      const byId = new Map(scan.findings.map((f: { id: string }) => [f.id, f]));
      // GitHub reads security severity from the rule: no result may score above its rule.
      const ruleScore = new Map<string, number>(
        log.runs[0].tool.driver.rules.map((r: { id: string; properties: Record<string, string> }) => [
          r.id,
          Number(r.properties['security-severity'] ?? 0),
        ]),
      );
      for (const result of log.runs[0].results)
        expect(Number(result.properties['security-severity'] ?? 0)).toBeLessThanOrEqual(
          ruleScore.get(result.ruleId) ?? -1,
        );
      for (const result of log.runs[0].results) {
        const where = result.locations?.[0]?.physicalLocation;
        expect(typeof where?.artifactLocation?.uri, `${path}: ${result.partialFingerprints.shipgateFindingId}`).toBe(
          'string',
        );
        const finding = byId.get(result.partialFingerprints.shipgateFindingId) as {
          location: { path?: string; startLine?: number };
          sources: { input: string }[];
        };
        // A finding with a line has a region; one without a file is placed in the report it came from.
        expect(where.region?.startLine).toBe(finding.location.path ? finding.location.startLine : undefined);
        if (!finding.location.path)
          expect(decodeURIComponent(where.artifactLocation.uri)).toBe(finding.sources[0]?.input);
      }
    }
  });

  it('writes awkward paths as RFC 3986 references that read back as the same paths', async () => {
    const log = JSON.parse(readFileSync(awkwardLog, 'utf8'));
    const uris = log.runs[0].results.map(
      (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        r.locations[0]?.physicalLocation.artifactLocation.uri,
    );
    expect(uris).toEqual(
      expect.arrayContaining([
        'src/name%20with%20spaces.js',
        'src/100%25.js',
        'src/a%23b%3Fc.js',
        'docker.io/redis%3A6.0.5%20(debian%2010.4)',
        'file:///usr/lib/x86_64-linux-gnu/libssl.so.1.1',
        'file:///C%3A/Windows/System32/drivers/x.sys',
        '../outside/the%20root.py',
      ]),
    );
    // shipgate.sarif read back by shipgate: the same paths.
    const again = join(scratch, 'awkward', 'again');
    mkdirSync(again);
    writeFileSync(join(again, 'shipgate.sarif'), readFileSync(awkwardLog));
    await evaluate(again, ['shipgate.sarif'], join(again, 'out'));
    const paths = JSON.parse(readFileSync(join(again, 'out', 'scan-results.json'), 'utf8')).findings.map(
      (f: { location: { path: string } }) => f.location.path,
    );
    expect(paths.sort()).toEqual([...AWKWARD_PATHS].sort());
  }, 60_000);

  it('finds the faults it is meant to find in a broken copy (so a clean verdict means something)', () => {
    const log = JSON.parse(readFileSync(awkwardLog, 'utf8'));
    const [first, second, third] = log.runs[0].results;
    delete log.runs[0].tool.driver.rules[0].fullDescription;
    first.locations[0].physicalLocation.artifactLocation.uri = 'src/name with spaces.js';
    second.locations[0].physicalLocation.artifactLocation.uri = '/usr/lib/x.so';
    delete third.locations;
    // The provenance as shipgate wrote it before: the repository's top mapped to no base id.
    delete log.runs[0].versionControlProvenance[0].mappedTo;
    const broken = join(scratch, 'broken.sarif');
    writeFileSync(broken, JSON.stringify(log));
    const issues = validate([broken], scratch, 'broken');
    const found = new Set(issues.map((i) => i.ruleId));
    expect([...found].sort()).toEqual(expect.arrayContaining(['GH1015', 'GH2012', 'SARIF1002', 'SARIF1004']));
    expect(issues.filter((i) => i.ruleId === 'SARIF2007').map((i) => i.at)).toContain(
      'runs[0].versionControlProvenance[0]',
    );
  }, 120_000);
});
