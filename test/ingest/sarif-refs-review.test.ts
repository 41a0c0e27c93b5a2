/**
 * SARIF defects a review found, each read from a corpus log edited here, through the whole-document and the
 * streamed path (readSarifBothWays: both must agree, in findings or in the error's words):
 * - a result's message given by `message.id` (and `arguments`) is looked up in its rule's `messageStrings`,
 *   then in the `globalMessageStrings` of the tool component (SARIF 3.11.7): a rule-less result has only the
 *   latter, and its message was lost, so two such results at one place with other arguments merged; an id
 *   that names no message string tells rule-less results apart by the id and its arguments;
 * - a location that names by index an artifact or a logical location the run does not have (and gives no
 *   uri or name itself), or whose index or address is not a whole number, is refused: it was read as no
 *   file, name or address, and results merged;
 * - a region with a line but no column is told apart by its offsets (minified code is one line).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/index.js';
import { silentLogger } from '../../src/logger.js';
import type { Finding, RawFinding } from '../../src/model.js';
import { assignIds } from '../../src/normalize.js';
import { FIXTURES, readSarifBothWays } from './harness.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const tmp = mkdtempSync(join(tmpdir(), 'shipgate-sarif-refs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function corpus(file: string): Json {
  return JSON.parse(readFileSync(join(FIXTURES, 'sarif', file), 'utf8')) as Json;
}

/** The log as text with run 0's members in this order first (e.g. `results` before `tool`), the rest after. */
function withRunOrder(log: Json, keys: string[]): string {
  const run = log.runs[0] as Json;
  const members = [...keys, ...Object.keys(run).filter((k) => !keys.includes(k))].filter((k) => k in run);
  const text = members.map((k) => `${JSON.stringify(k)}:${JSON.stringify(run[k])}`).join(',');
  return `{"version":"2.1.0","runs":[{${text}}]}`;
}

let files = 0;
async function findingsOf(log: Json | string): Promise<Finding[]> {
  const { value, error } = await readSarifBothWays(tmp, `scan-${(files += 1)}.sarif`, log);
  expect(error).toBeUndefined();
  return assignIds(value!.findings as RawFinding[]);
}

async function errorOf(log: Json | string): Promise<string | undefined> {
  const { value, error } = await readSarifBothWays(tmp, 'scan.sarif', log);
  expect(value).toBeUndefined();
  return error;
}

/** The real CodeQL log with one result, its results replaced by copies of that result changed by `edits`. */
function codeqlLog(...edits: ((result: Json) => void)[]): Json {
  const log = corpus('codeql-2.19.0-typescript-one-result.sarif');
  const original = log.runs[0].results[0] as Json;
  // No fingerprint and no code flow: what tells the results apart is their location and message alone.
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

describe('message ids of results without a rule: the tool component’s globalMessageStrings', () => {
  /**
   * Gitleaks 7's real log (no rule ids): its results 0 and 1 are one secret at one place, here given by a
   * message id with `args`; the driver's globalMessageStrings define `strings`.
   */
  function gitleaks(args: [string[], string[]], strings?: Record<string, unknown>): Json {
    const log = corpus('gitleaks-7.4.0.sarif');
    const results = log.runs[0].results as Json[];
    expect(results[0]!.locations).toEqual(results[1]!.locations);
    expect(results[0]!.ruleId).toBeUndefined();
    results[0]!.message = { id: 'detected', arguments: args[0] };
    results[1]!.message = { id: 'detected', arguments: args[1] };
    if (strings) log.runs[0].tool.driver.globalMessageStrings = strings;
    return log;
  }
  const at = (findings: Finding[]) =>
    findings.filter((f) => f.location.path?.endsWith('gitlab_secret_detection_report_1_vuln.json'));
  const detected = { detected: { text: '{0} secret detected' } };

  it('two messages with other arguments are two findings, titled by the message string; the same twice, one', async () => {
    for (const order of [
      ['tool', 'results'],
      ['results', 'tool'],
    ]) {
      const two = at(await findingsOf(withRunOrder(gitleaks([['AWS Access Key'], ['Slack token']], detected), order)));
      expect(two.map((f) => f.title).sort()).toEqual(['AWS Access Key secret detected', 'Slack token secret detected']);
      const one = at(
        await findingsOf(withRunOrder(gitleaks([['AWS Access Key'], ['AWS Access Key']], detected), order)),
      );
      expect(one.map((f) => f.title)).toEqual(['AWS Access Key secret detected']);
      expect(one[0]?.sources).toHaveLength(2);
    }
  });

  it('an id no message string defines: the id and its arguments tell the results apart', async () => {
    const two = at(await findingsOf(gitleaks([['AWS Access Key'], ['Slack token']])));
    expect(two).toHaveLength(2);
    expect(two.map((f) => f.title)).toEqual(['(no rule id)', '(no rule id)']);
    expect(at(await findingsOf(gitleaks([['AWS Access Key'], ['AWS Access Key']])))).toHaveLength(1);
    // Defined in another table than the driver's globalMessageStrings: still not found, still told apart.
    const elsewhere = gitleaks([['AWS Access Key'], ['Slack token']]);
    elsewhere.runs[0].tool.driver.rules[0].messageStrings = detected;
    expect(at(await findingsOf(elsewhere)).map((f) => f.title)).toEqual(['(no rule id)', '(no rule id)']);
  });
});

describe('message ids of results with a rule', () => {
  const byId = (result: Json): void => {
    result.message = { id: 'flow', arguments: ['username'] };
  };

  it("the rule's messageStrings first, then its tool component's globalMessageStrings", async () => {
    const log = codeqlLog(byId);
    const driver = log.runs[0].tool.driver as Json;
    expect(driver.rules[7].id).toBe('js/code-injection');
    driver.globalMessageStrings = { flow: { text: 'Global: {0} flows here.' } };
    expect((await findingsOf(log)).map((f) => f.title)).toEqual(['Global: username flows here.']);
    driver.rules[7].messageStrings = { flow: { text: 'Rule: {0} flows here.' } };
    expect((await findingsOf(log)).map((f) => f.title)).toEqual(['Rule: username flows here.']);
  });

  it("a rule of an extension takes that extension's globalMessageStrings, not the driver's", async () => {
    const log = codeqlLog((result) => {
      byId(result);
      delete result.ruleIndex;
      result.rule = { id: 'js/extension-query', index: 0, toolComponent: { index: 0 } };
      result.ruleId = 'js/extension-query';
    });
    const tool = log.runs[0].tool as Json;
    tool.driver.globalMessageStrings = { flow: { text: 'Driver: {0}.' } };
    tool.extensions[0].rules = [{ id: 'js/extension-query' }];
    tool.extensions[0].globalMessageStrings = { flow: { text: 'Extension: {0}.' } };
    expect((await findingsOf(log)).map((f) => f.title)).toEqual(['Extension: username.']);
  });
});

describe('logical locations named by index', () => {
  /** A result located only by its first logical location. */
  const logical =
    (reference: Json) =>
    (result: Json): void => {
      result.locations = [{ logicalLocations: [reference] }];
    };
  const names = [{ fullyQualifiedName: 'App.Controllers.Login' }, { fullyQualifiedName: 'App.Controllers.Register' }];
  const missing = (index: number, listed: string) =>
    `scan.sarif: /runs/0/results/0/locations/0/logicalLocations/0/index: ${index} names no logical location of the run (${listed}), and the logical location gives no name, so where the result is cannot be told (expected the index of an entry of /runs/0/logicalLocations, or a name or fullyQualifiedName; SARIF 2.1.0 section 3.33.3).`;

  it.each([
    ['before', ['tool', 'logicalLocations', 'results']],
    ['after', ['tool', 'results', 'logicalLocations']],
  ])('the last index is read and the next refused, with the list %s the results', async (_, order) => {
    const good = codeqlLog(logical({ index: 1 }), logical({ index: 0 }));
    good.runs[0].logicalLocations = names;
    const findings = await findingsOf(withRunOrder(good, order));
    expect(findings.map((f) => f.location.path)).toEqual(['App.Controllers.Register', 'App.Controllers.Login']);
    const bad = codeqlLog(logical({ index: 2 }), logical({ index: 3 }));
    bad.runs[0].logicalLocations = names;
    expect(await errorOf(withRunOrder(bad, order))).toBe(missing(2, 'it lists 2 in /runs/0/logicalLocations'));
  });

  it('an index in a run that lists no logical locations is refused (two such results merged)', async () => {
    expect(await errorOf(codeqlLog(logical({ index: 0 }), logical({ index: 1 })))).toBe(missing(0, 'it lists none'));
  });

  it('a dangling index is read when the logical location gives its name, or the physical location its file', async () => {
    const named = await findingsOf(codeqlLog(logical({ index: 5, name: 'Login' })));
    expect(named.map((f) => f.location.path)).toEqual(['Login']);
    const withFile = await findingsOf(
      codeqlLog((result) => {
        result.locations[0].logicalLocations = [{ index: 5 }];
      }),
    );
    expect(withFile.map((f) => f.location.path)).toEqual(['yarn/src/app.ts']);
  });

  it('-1, SARIF’s "not given", is no index; "0", 0.5 and -2 are refused', async () => {
    const none = await findingsOf(codeqlLog(logical({ index: -1 })));
    expect(none.map((f) => f.location)).toEqual([{}]);
    for (const [index, shown] of [
      ['0', "the string '0'"],
      [0.5, 'the number 0.5'],
      [-2, 'the number -2'],
    ] as const) {
      const log = codeqlLog(logical({ index }), logical({ index: index === '0' ? '1' : index }));
      log.runs[0].logicalLocations = names;
      expect(await errorOf(log)).toBe(
        `scan.sarif: /runs/0/results/0/locations/0/logicalLocations/0/index: got ${shown} (expected the index of an entry of the run's logicalLocations, a whole number, or -1 for none; SARIF 2.1.0 section 3.33.3).`,
      );
    }
  });

  it('through the run: refused alike with and without --stream-above, with the list after the results', async () => {
    const log = codeqlLog(logical({ index: 5 }), logical({ index: 6 }));
    log.runs[0].logicalLocations = [names[0]];
    const text = withRunOrder(log, ['tool', 'results', 'logicalLocations']);
    const root = mkdtempSync(join(tmp, 'run-'));
    mkdirSync(join(root, 'reports'));
    writeFileSync(join(root, 'reports/ll.sarif'), text);
    const errors: string[] = [];
    for (const stream of [false, true])
      errors.push(
        await run({
          root,
          scans: ['reports/ll.sarif'],
          dryRun: true,
          clock: () => new Date('2026-11-25T12:00:00Z'),
          logger: silentLogger,
          ...(stream ? { streamAboveBytes: 1000 } : {}),
        }).then(
          () => 'read',
          (e: Error) => e.message,
        ),
      );
    expect(text.length).toBeGreaterThan(1000);
    expect(errors[0]).toContain(
      'reports/ll.sarif: /runs/0/results/0/locations/0/logicalLocations/0/index: 5 names no logical location of the run (it lists 1 in /runs/0/logicalLocations)',
    );
    expect(errors[1]).toBe(errors[0]);
  });
});

describe('artifacts named by index', () => {
  /** The result's artifact location: only an index (the real log gives uri, uriBaseId and index 0). */
  const artifact =
    (location: Json) =>
    (result: Json): void => {
      result.locations[0].physicalLocation.artifactLocation = location;
    };
  const missing = (index: number, listed: string, at = 'locations/0/physicalLocation/artifactLocation') =>
    `scan.sarif: /runs/0/results/0/${at}/index: ${index} names no artifact of the run (${listed}), and the artifact location gives no uri, so the file of the result cannot be told (expected the index of an entry of /runs/0/artifacts, or a uri; SARIF 2.1.0 section 3.4.5).`;

  it.each([
    ['before', ['tool', 'artifacts', 'results']],
    ['after', ['tool', 'results', 'artifacts']],
  ])('the last of the 11 artifacts is read and the 12th refused, with the list %s the results', async (_, order) => {
    const findings = await findingsOf(withRunOrder(codeqlLog(artifact({ index: 10 })), order));
    expect(findings.map((f) => f.location.path)).toEqual(['yarn/tsconfig.json']);
    expect(await errorOf(withRunOrder(codeqlLog(artifact({ index: 11 }), artifact({ index: 12 })), order))).toBe(
      missing(11, 'it lists 11 in /runs/0/artifacts'),
    );
  });

  it('an index in a run that lists no artifacts is refused; one beside a uri is read', async () => {
    const none = codeqlLog(artifact({ index: 0 }), artifact({ index: 1 }));
    delete none.runs[0].artifacts;
    expect(await errorOf(none)).toBe(missing(0, 'it lists none'));
    const beside = codeqlLog(artifact({ uri: 'yarn/src/app.ts', index: 40 }));
    delete beside.runs[0].artifacts;
    expect((await findingsOf(beside)).map((f) => f.location.path)).toEqual(['yarn/src/app.ts']);
  });

  it('so is the analysis target’s index of a result without a physical location', async () => {
    const target = (index: number) => (result: Json) => {
      result.analysisTarget = { index };
      result.locations = [];
    };
    expect((await findingsOf(codeqlLog(target(3)))).map((f) => f.location.path)).toEqual(['yarn/package.json']);
    expect(await errorOf(codeqlLog(target(11)))).toBe(
      missing(11, 'it lists 11 in /runs/0/artifacts', 'analysisTarget'),
    );
  });

  it('-1 is no index; the string "0" is refused', async () => {
    expect((await findingsOf(codeqlLog(artifact({ index: -1 })))).map((f) => f.location)).toEqual([
      { startLine: 38, startColumn: 24 },
    ]);
    expect(await errorOf(codeqlLog(artifact({ index: '0' })))).toBe(
      "scan.sarif: /runs/0/results/0/locations/0/physicalLocation/artifactLocation/index: got the string '0' (expected the index of an entry of the run's artifacts, a whole number, or -1 for none; SARIF 2.1.0 section 3.4.5).",
    );
  });

  it('a result waiting for the artifacts is refused before a later result refused at once, as in the whole document', async () => {
    // Result 0 names artifact 20 (the artifacts come after the results); result 1 a logical location
    // the run, which lists them before its results, does not have.
    const log = codeqlLog(artifact({ index: 20 }), (result) => {
      result.locations = [{ logicalLocations: [{ index: 9 }] }];
    });
    log.runs[0].logicalLocations = [{ name: 'A' }];
    expect(await errorOf(withRunOrder(log, ['tool', 'logicalLocations', 'results', 'artifacts']))).toBe(
      missing(20, 'it lists 11 in /runs/0/artifacts'),
    );
  });
});

describe('addresses in a binary', () => {
  const atAddress =
    (address: unknown) =>
    (result: Json): void => {
      result.analysisTarget = { uri: 'bin/app.dll' };
      result.locations = [{ physicalLocation: { address } }];
    };

  it.each([
    ['absoluteAddress', '0x1000', "the string '0x1000'", ', or -1 for none'],
    ['absoluteAddress', 4096.5, 'the number 4096.5', ', or -1 for none'],
    ['absoluteAddress', -2, 'the number -2', ', or -1 for none'],
    ['relativeAddress', '16', "the string '16'", ', which may be negative'],
    ['offsetFromParent', 1.5, 'the number 1.5', ', which may be negative'],
    ['index', '0', "the string '0'", ', or -1 for none'],
    ['parentIndex', null, 'null', ', or -1 for none'],
  ])('refuses %s %j, naming the pointer (two such addresses merged)', async (key, value, shown, expected) => {
    expect(await errorOf(codeqlLog(atAddress({ [key]: value }), atAddress({ [key]: value })))).toBe(
      `scan.sarif: /runs/0/results/0/locations/0/physicalLocation/address/${key}: got ${shown} (expected a whole number${expected}; SARIF 2.1.0 section 3.32).`,
    );
  });

  it('refuses an address that is not an object', async () => {
    expect(await errorOf(codeqlLog(atAddress('0x1000')))).toBe(
      "scan.sarif: /runs/0/results/0/locations/0/physicalLocation/address: got the string '0x1000' (expected a SARIF address object; SARIF 2.1.0 section 3.32).",
    );
  });

  it('reads -1 as no address, and negative relative addresses and offsets as given', async () => {
    expect(
      await findingsOf(codeqlLog(atAddress({ absoluteAddress: -1 }), atAddress({ absoluteAddress: -1 }))),
    ).toHaveLength(1);
    expect(
      await findingsOf(codeqlLog(atAddress({ relativeAddress: -16 }), atAddress({ relativeAddress: 16 }))),
    ).toHaveLength(2);
    expect(
      await findingsOf(codeqlLog(atAddress({ offsetFromParent: -8 }), atAddress({ offsetFromParent: -4 }))),
    ).toHaveLength(2);
  });
});

describe('offsets on a line without a column (minified code)', () => {
  const region =
    (value: Json) =>
    (result: Json): void => {
      result.locations[0].physicalLocation.region = value;
    };

  it('two character offsets on line 1 are two findings; one offset twice, one', async () => {
    const two = await findingsOf(
      codeqlLog(
        region({ startLine: 1, charOffset: 5000, charLength: 5 }),
        region({ startLine: 1, charOffset: 100, charLength: 5 }),
      ),
    );
    expect(two).toHaveLength(2);
    // Numbered by offset: the result at offset 100 is `:1`.
    expect(two.map((f) => [f.sources[0]?.pointer, f.identity.slice(-2)])).toEqual([
      ['/runs/0/results/1', ':1'],
      ['/runs/0/results/0', ':2'],
    ]);
    expect(
      await findingsOf(codeqlLog(region({ startLine: 1, charOffset: 100 }), region({ startLine: 1, charOffset: 100 }))),
    ).toHaveLength(1);
  });

  it('so are two byte offsets; with a column, the line and column are the place and the offsets add nothing', async () => {
    expect(
      await findingsOf(codeqlLog(region({ startLine: 1, byteOffset: 7 }), region({ startLine: 1, byteOffset: 8 }))),
    ).toHaveLength(2);
    expect(
      await findingsOf(
        codeqlLog(
          region({ startLine: 1, startColumn: 1, charOffset: 100 }),
          region({ startLine: 1, startColumn: 1, charOffset: 5000 }),
        ),
      ),
    ).toHaveLength(1);
  });
});
