// SARIF location forms other than a file and a line: character and byte offsets, addresses in a binary,
// logical locations named by index, and rule-less results. Each tells one result from another as a line
// does, so two such results are two findings, and exact repeats stay one.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignIds } from '../../src/normalize.js';
import type { Finding, RawFinding } from '../../src/model.js';
import { FIXTURES, readSarifBothWays } from './harness.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The real CodeQL log with one result, its results replaced by copies of that result changed by `edits`. */
function codeqlLog(...edits: ((result: Json) => void)[]): Json {
  const log = JSON.parse(readFileSync(join(FIXTURES, 'sarif/codeql-2.19.0-typescript-one-result.sarif'), 'utf8'));
  const original = log.runs[0].results[0];
  // No fingerprint and no code flow: what tells the results apart is their location alone.
  delete original.partialFingerprints;
  delete original.codeFlows;
  delete original.relatedLocations;
  log.runs[0].results = edits.map((edit) => {
    const result = structuredClone(original);
    edit(result);
    return result;
  });
  return log;
}

/** Sets the region of a result's first physical location. */
const region =
  (value: Json) =>
  (result: Json): void => {
    result.locations[0].physicalLocation.region = value;
  };

async function findingsOf(log: unknown): Promise<Finding[]> {
  const dir = mkdtempSync(join(tmpdir(), 'shipgate-sarif-locations-'));
  const read = await readSarifBothWays(dir, 'scan.sarif', log);
  expect(read.error).toBeUndefined();
  return assignIds(read.value?.findings as RawFinding[]);
}

async function errorOf(log: unknown): Promise<string | undefined> {
  const dir = mkdtempSync(join(tmpdir(), 'shipgate-sarif-locations-'));
  return (await readSarifBothWays(dir, 'scan.sarif', log)).error;
}

describe('offsets without a line', () => {
  it('two character offsets in one file are two findings, numbered in offset order', async () => {
    const findings = await findingsOf(
      codeqlLog(region({ charOffset: 900, charLength: 4 }), region({ charOffset: 12, charLength: 4 })),
    );
    expect(findings).toHaveLength(2);
    expect(findings.map((f) => f.identity.slice(-2)).sort()).toEqual([':1', ':2']);
    // Numbered by offset, not by the order of the report: the result at offset 12 is `:1`.
    expect(findings.map((f) => f.sources[0]?.pointer)).toEqual(['/runs/0/results/1', '/runs/0/results/0']);
    expect(findings[0]?.identity.endsWith(':1')).toBe(true);
  });

  it('one character offset twice is one finding (an exact repeat)', async () => {
    const findings = await findingsOf(codeqlLog(region({ charOffset: 12 }), region({ charOffset: 12 })));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.sources).toHaveLength(2);
  });

  it('two byte offsets are two findings; -1, SARIF\'s "none", is no offset', async () => {
    expect(await findingsOf(codeqlLog(region({ byteOffset: 7 }), region({ byteOffset: 8 })))).toHaveLength(2);
    expect(await findingsOf(codeqlLog(region({ byteOffset: -1 }), region({ byteOffset: -1 })))).toHaveLength(1);
  });

  it('with a line and a column, the offsets add nothing: one line and column is one place', async () => {
    // With a line but no column the offsets tell the results apart (sarif-refs-review.test.ts).
    const findings = await findingsOf(
      codeqlLog(
        region({ startLine: 3, startColumn: 5, charOffset: 10 }),
        region({ startLine: 3, startColumn: 5, charOffset: 99 }),
      ),
    );
    expect(findings).toHaveLength(1);
  });

  it('the offsets reach no output: the location keeps only what it had', async () => {
    const [finding] = await findingsOf(codeqlLog(region({ charOffset: 12 })));
    expect(finding?.location).toEqual({ path: 'yarn/src/app.ts' });
    expect(finding && 'occurrenceKey' in finding).toBe(false);
  });
});

describe('addresses in a binary', () => {
  /** A result about a binary: an analysis target and a physical location with only an address. */
  const atAddress =
    (address: Json) =>
    (result: Json): void => {
      result.analysisTarget = { uri: 'bin/app.dll' };
      result.locations = [{ physicalLocation: { address } }];
    };

  it('the binary is the analysis target, and two addresses are two findings', async () => {
    const findings = await findingsOf(
      codeqlLog(atAddress({ absoluteAddress: 4096 }), atAddress({ absoluteAddress: 8192 })),
    );
    expect(findings).toHaveLength(2);
    expect(findings.map((f) => f.location.path)).toEqual(['bin/app.dll', 'bin/app.dll']);
  });

  it('one address twice is one finding; a named address is told apart by its name', async () => {
    expect(
      await findingsOf(codeqlLog(atAddress({ absoluteAddress: 4096 }), atAddress({ absoluteAddress: 4096 }))),
    ).toHaveLength(1);
    expect(
      await findingsOf(
        codeqlLog(atAddress({ fullyQualifiedName: 'main+0x10' }), atAddress({ fullyQualifiedName: 'main+0x20' })),
      ),
    ).toHaveLength(2);
  });
});

describe('logical locations named by index', () => {
  /** A result located only by `logicalLocations[0].index` into the run's logical locations. */
  const logical =
    (index: number) =>
    (result: Json): void => {
      result.locations = [{ logicalLocations: [{ index }] }];
    };

  it("takes the run's logical location's name, whether the run lists them before or after its results", async () => {
    const names = [{ fullyQualifiedName: 'App.Controllers.Login', name: 'Login' }, { name: 'Register' }];
    const before = codeqlLog(logical(0), logical(1));
    before.runs[0] = { logicalLocations: names, ...before.runs[0] };
    const after = codeqlLog(logical(0), logical(1));
    after.runs[0].logicalLocations = names;
    for (const log of [before, after]) {
      const findings = await findingsOf(log);
      expect(findings.map((f) => f.location.path)).toEqual(['App.Controllers.Login', 'Register']);
      expect(new Set(findings.map((f) => f.id)).size).toBe(2);
    }
  });

  it('the real SARIF SDK log that names a logical location by index gets its name', async () => {
    const log = readFileSync(
      join(
        FIXTURES,
        'suites/sarif-sdk-validate/inputs/SARIF1009.IndexPropertiesMustBeConsistentWithArrays_Valid.sarif',
      ),
      'utf8',
    );
    const findings = await findingsOf(log);
    expect(findings.map((f) => f.location.path)).toEqual(['B']);
  });

  it('a log that keeps the logical locations in an external property file is refused', async () => {
    const log = codeqlLog(logical(0));
    log.runs[0].externalPropertyFileReferences = {
      logicalLocations: [{ location: { uri: 'logical.sarif-external-properties' } }],
    };
    expect(await errorOf(log)).toMatch(
      /externalPropertyFileReferences\/logicalLocations: the run keeps its 'logicalLocations' in an external property file/,
    );
  });
});

describe('results that name no rule', () => {
  const ruleless =
    (text: string) =>
    (result: Json): void => {
      delete result.ruleId;
      delete result.ruleIndex;
      delete result.rule;
      result.message = { text };
    };

  it('two messages that differ only after their first line are two findings', async () => {
    const findings = await findingsOf(
      codeqlLog(ruleless('Secret found\nin the AWS key'), ruleless('Secret found\nin the Slack token')),
    );
    expect(findings).toHaveLength(2);
    expect(findings.map((f) => f.ruleId)).toEqual(['(no rule id)', '(no rule id)']);
  });

  it('the same message twice is one finding', async () => {
    expect(await findingsOf(codeqlLog(ruleless('Secret found\nin X'), ruleless('Secret found\nin X')))).toHaveLength(1);
  });
});

describe('line and column numbers', () => {
  it('a line given as a string is refused, with its pointer', async () => {
    expect(await errorOf(codeqlLog(region({ startLine: '38' })))).toBe(
      "scan.sarif: /runs/0/results/0/locations/0/physicalLocation/region/startLine: got the string '38' (expected a whole number; SARIF 2.1.0 section 3.30).",
    );
  });

  it('so are a fractional column and an offset below -1; line 0, which some tools write, is read', async () => {
    expect(await errorOf(codeqlLog(region({ startLine: 3, startColumn: 1.5 })))).toMatch(/region\/startColumn: got/);
    expect(await errorOf(codeqlLog(region({ charOffset: -2 })))).toMatch(
      /region\/charOffset: got .* \(expected a whole number, or -1 for none/,
    );
    const [finding] = await findingsOf(codeqlLog(region({ startLine: 0 })));
    expect(finding?.location.startLine).toBe(0);
  });
});

describe('two runs of one tool in one log', () => {
  /** The real CodeQL log twice over (two categories), the second run's result at `line`. */
  function twoRuns(line: number): Json {
    const log = JSON.parse(readFileSync(join(FIXTURES, 'sarif/codeql-2.19.0-typescript-one-result.sarif'), 'utf8'));
    const second = structuredClone(log.runs[0]);
    second.results[0].locations[0].physicalLocation.region.startLine = line;
    log.runs.push(second);
    return log;
  }

  it('one rule and fingerprint at two lines are two findings, `:1` and `:2` (they were both `:1`, one finding)', async () => {
    const findings = await findingsOf(twoRuns(90));
    expect(findings).toHaveLength(2);
    expect(findings.map((f) => f.identity.slice(-2))).toEqual([':1', ':2']);
    expect(findings.map((f) => f.location.startLine)).toEqual([38, 90]);
  });

  it('at the same place they are one finding with both sources', async () => {
    const findings = await findingsOf(twoRuns(38));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.sources.map((s) => s.pointer)).toEqual(['/runs/0/results/0', '/runs/1/results/0']);
  });
});
