/**
 * SARIF defects a review confirmed, each read from a corpus log edited here, through the whole-document
 * and the streaming path (which must agree): rule configuration overrides of invocations, review and
 * open results with a level, a ruleId that names no rule beside a ruleIndex that names one, `results:
 * null`, looping base URI ids, and results without a rule id at one place.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { run } from '../../src/run.js';
import { readSarifBothWays } from './harness.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'shipgate-sarif-review-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The parts of a SARIF log these tests change; the rest is carried along unread. */
interface Rule {
  id: string;
  defaultConfiguration?: { level?: string };
  properties?: Record<string, unknown>;
}
interface Result {
  ruleId?: string;
  ruleIndex?: number;
  rule?: { id?: string; index?: number; toolComponent?: { index: number } };
  level?: string;
  kind?: string;
  message: { text: string };
  provenance?: { invocationIndex?: number };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[];
}
interface Run {
  tool: { driver: { name: string; rules: Rule[] }; extensions?: { name: string; rules: Rule[] }[] };
  invocations?: unknown[];
  originalUriBaseIds?: Record<string, unknown>;
  results: Result[] | null;
  [key: string]: unknown;
}
interface Log {
  version: string;
  runs: Run[];
}

function corpus(file: string): Log {
  return JSON.parse(readFileSync(join(FIXTURES, 'sarif', file), 'utf8')) as Log;
}

function resultsOf(log: Log): Result[] {
  return log.runs[0]!.results as Result[];
}

async function read(name: string, log: Log | string) {
  const { value, error } = await readSarifBothWays(tmp, name, log);
  expect(error).toBeUndefined();
  return value!;
}

async function errorOf(name: string, log: Log | string): Promise<string | undefined> {
  const { value, error } = await readSarifBothWays(tmp, name, log);
  expect(value).toBeUndefined();
  return error;
}

/** The log with run 0's members in this order (`invocations` before or after `results`). */
function withRunOrder(log: Log, keys: string[]): string {
  const run = log.runs[0]!;
  const rest = Object.keys(run).filter((k) => !keys.includes(k));
  const members = [...keys, ...rest].filter((k) => run[k] !== undefined);
  const text = members.map((k) => `${JSON.stringify(k)}:${JSON.stringify(run[k])}`).join(',');
  return `{"version":"2.1.0","runs":[{${text}}]}`;
}

/** CodeQL 2.2.4's two js/xss results (no level, no security-severity), its rule's default lowered to note. */
function oldCli(): Log {
  const log = corpus('codeql-2.2.4-old-cli.sarif');
  log.runs[0]!.tool.driver.rules[0]!.defaultConfiguration = { level: 'note' };
  return log;
}

function override(descriptor: unknown, level: string | undefined) {
  return { descriptor, configuration: level === undefined ? { enabled: true } : { level } };
}

function invocation(overrides?: unknown[]) {
  return { executionSuccessful: true, ...(overrides ? { ruleConfigurationOverrides: overrides } : {}) };
}

const severities = (findings: { severity: string; severitySource: string }[]) =>
  findings.map((f) => [f.severity, f.severitySource]);

describe('ingest/sarif: rule configuration overrides of invocations (SARIF 3.27.10)', () => {
  it('reads the rule default when no invocation overrides it', async () => {
    const log = oldCli();
    log.runs[0]!.invocations = [invocation()];
    expect(severities((await read('override-none.sarif', log)).findings)).toEqual([
      ['low', 'level note (rule default)'],
      ['low', 'level note (rule default)'],
    ]);
  });

  it.each([
    ['before', ['tool', 'invocations', 'artifacts', 'results']],
    ['after', ['tool', 'artifacts', 'results', 'invocations']],
  ])('raises a result without a level to its invocation’s override (invocations %s the results)', async (_, order) => {
    const log = oldCli();
    log.runs[0]!.invocations = [invocation([override({ index: 0 }, 'error')])];
    const { findings, warnings } = await read(`override-index-${_}.sarif`, withRunOrder(log, order));
    expect(severities(findings)).toEqual([
      ['high', 'level error (override of invocation 0)'],
      ['high', 'level error (override of invocation 0)'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('finds the overridden rule by id, and a result’s own level still decides', async () => {
    const log = oldCli();
    log.runs[0]!.invocations = [invocation([override({ id: 'js/xss' }, 'error')])];
    resultsOf(log)[1]!.level = 'warning';
    expect(severities((await read('override-id.sarif', log)).findings)).toEqual([
      ['high', 'level error (override of invocation 0)'],
      ['medium', 'level warning'],
    ]);
  });

  it('applies an override to the rule of the tool component it names, not to a rule of the same id elsewhere', async () => {
    const log = oldCli();
    log.runs[0]!.tool.extensions = [
      { name: 'pack', rules: [{ id: 'js/xss', defaultConfiguration: { level: 'note' } }] },
    ];
    resultsOf(log)[0]!.rule = { id: 'js/xss', index: 0, toolComponent: { index: 0 } };
    log.runs[0]!.invocations = [invocation([override({ id: 'js/xss', toolComponent: { index: 0 } }, 'error')])];
    expect(severities((await read('override-extension.sarif', log)).findings)).toEqual([
      ['high', 'level error (override of invocation 0)'],
      ['low', 'level note (rule default)'],
    ]);
    // The same override without its toolComponent is the driver's rule.
    log.runs[0]!.invocations = [invocation([override({ id: 'js/xss' }, 'error')])];
    expect(severities((await read('override-driver.sarif', log)).findings)).toEqual([
      ['low', 'level note (rule default)'],
      ['high', 'level error (override of invocation 0)'],
    ]);
  });

  it('lowers a level as the only invocation says, and an override without a level changes nothing', async () => {
    const log = corpus('codeql-2.2.4-old-cli.sarif');
    log.runs[0]!.invocations = [invocation([override({ index: 0 }, 'note')])];
    expect(severities((await read('override-lower.sarif', log)).findings)).toEqual([
      ['low', 'level note (override of invocation 0)'],
      ['low', 'level note (override of invocation 0)'],
    ]);
    log.runs[0]!.invocations = [invocation([override({ index: 0 }, undefined)])];
    expect(severities((await read('override-no-level.sarif', log)).findings)).toEqual([
      ['high', 'level error (rule default)'],
      ['high', 'level error (rule default)'],
    ]);
  });

  it('takes the invocation a result’s provenance names, else the highest level any invocation gives the rule', async () => {
    const log = oldCli();
    log.runs[0]!.invocations = [
      invocation([override({ index: 0 }, 'none')]),
      invocation([override({ index: 0 }, 'error')]),
      invocation(),
    ];
    resultsOf(log)[0]!.provenance = { invocationIndex: 0 };
    expect(severities((await read('override-several.sarif', log)).findings)).toEqual([
      ['info', 'level none (override of invocation 0)'],
      ['high', 'level error (the highest level the invocations give the rule)'],
    ]);
    // An invocation without an override runs the rule at its default: the highest of warning and the default note.
    log.runs[0]!.invocations = [invocation([override({ index: 0 }, 'warning')]), invocation()];
    resultsOf(log)[0]!.provenance = { invocationIndex: 1 };
    expect(severities((await read('override-default.sarif', log)).findings)).toEqual([
      ['low', 'level note (rule default)'],
      ['medium', 'level warning (the highest level the invocations give the rule)'],
    ]);
  });

  it('warns about an invocationIndex that names no invocation, and takes the highest level', async () => {
    const log = oldCli();
    log.runs[0]!.invocations = [
      invocation([override({ index: 0 }, 'note')]),
      invocation([override({ index: 0 }, 'error')]),
    ];
    resultsOf(log)[0]!.provenance = { invocationIndex: 5 };
    const { findings, warnings } = await read('override-bad-invocation.sarif', log);
    expect(severities(findings)).toEqual([
      ['high', 'level error (the highest level the invocations give the rule)'],
      ['high', 'level error (the highest level the invocations give the rule)'],
    ]);
    expect(warnings).toEqual([
      'override-bad-invocation.sarif: /runs/0/results/0/provenance/invocationIndex: 5 names no invocation of the run (it has 2); its results take the highest level any invocation gives their rule.',
    ]);
  });

  it.each([
    [{ id: 'js/nope' }, "the descriptor (id 'js/nope')"],
    [{ index: 7 }, 'the descriptor (index 7)'],
    [{ id: 'js/xss', toolComponent: { index: 3 } }, "the descriptor (id 'js/xss', toolComponent index 3)"],
    [{ guid: '0f4c3b1a-1111-4a2b-9c3d-abcdef012345' }, 'the descriptor (guid 0f4c3b1a-1111-4a2b-9c3d-abcdef012345)'],
    [{}, 'the descriptor (no index, id or guid)'],
  ])('refuses an override whose descriptor %j names no rule', async (descriptor, shown) => {
    const log = oldCli();
    log.runs[0]!.invocations = [
      invocation(),
      invocation([override({ index: 0 }, 'note'), override(descriptor, 'error')]),
    ];
    for (const order of [
      ['tool', 'invocations', 'results'],
      ['tool', 'results', 'invocations'],
    ])
      expect(await errorOf('override-unresolved.sarif', withRunOrder(log, order))).toBe(
        `override-unresolved.sarif: /runs/0/invocations/1/ruleConfigurationOverrides/1/descriptor: ${shown} names no rule of the run, so the results whose level it sets cannot be told (expected the index, id or guid of a rule in tool.driver.rules, or in the rules of the extension its toolComponent names; SARIF 2.1.0 section 3.52).`,
      );
  });

  it('does not look for the rule of an override that sets no level (the SARIF SDK’s SARIF1009 input)', async () => {
    const log = oldCli();
    log.runs[0]!.invocations = [invocation([override({ index: 7 }, undefined), override({ id: 'js/xss' }, 'error')])];
    expect(severities((await read('override-enabled-only.sarif', log)).findings)).toEqual([
      ['high', 'level error (override of invocation 0)'],
      ['high', 'level error (override of invocation 0)'],
    ]);
  });

  it('refuses an override that is not one SARIF defines', async () => {
    const cases: [unknown, string][] = [
      [
        'x',
        "/runs/0/invocations/0/ruleConfigurationOverrides: got the string 'x' (expected an array of SARIF configurationOverride objects).",
      ],
      [
        [1],
        '/runs/0/invocations/0/ruleConfigurationOverrides/0: got the number 1 (expected a SARIF configurationOverride object).',
      ],
      [
        [{ descriptor: { index: 0 } }],
        '/runs/0/invocations/0/ruleConfigurationOverrides/0/configuration: the key is missing (expected a SARIF reportingConfiguration object; SARIF requires it).',
      ],
      [
        [{ configuration: { level: 'error' } }],
        '/runs/0/invocations/0/ruleConfigurationOverrides/0/descriptor: the key is missing (expected a SARIF reportingDescriptorReference naming a rule; SARIF requires it).',
      ],
      [
        [override({ index: 0 }, 'critical')],
        "/runs/0/invocations/0/ruleConfigurationOverrides/0/configuration/level: 'critical' is not a SARIF level (expected none, note, warning or error).",
      ],
    ];
    for (const [overrides, message] of cases) {
      const log = oldCli();
      log.runs[0]!.invocations = [{ executionSuccessful: true, ruleConfigurationOverrides: overrides }];
      expect(await errorOf('override-bad.sarif', log)).toBe(
        `override-bad.sarif:${message.startsWith('/') ? ' ' : ''}${message}`,
      );
    }
  });
});

describe('ingest/sarif: review and open results with a level (SARIF 3.27.9, 3.27.10)', () => {
  const TRIVY_IAC = 'trivy-0.62.1-iac.sarif';

  it.each(['review', 'open'])('refuses kind %s with a level other than none', async (kind) => {
    for (const level of ['error', 'warning', 'note']) {
      const log = corpus(TRIVY_IAC);
      Object.assign(resultsOf(log)[1]!, { kind, level });
      expect(await errorOf(`kind-${kind}-${level}.sarif`, log)).toBe(
        `kind-${kind}-${level}.sarif: /runs/0/results/1: kind '${kind}' with level '${level}' contradicts itself (expected level 'none' or no level for a result of kind ${kind}, or kind 'fail' for a finding; SARIF 2.1.0 section 3.27.9).`,
      );
    }
  });

  it.each(['review', 'open'])(
    'reads kind %s with level none or no level as info, and fail with a level as that level',
    async (kind) => {
      const log = corpus(TRIVY_IAC);
      Object.assign(resultsOf(log)[0]!, { kind, level: 'none' });
      delete resultsOf(log)[1]!.level;
      resultsOf(log)[1]!.kind = kind;
      const none = await read(`kind-${kind}-none.sarif`, log);
      expect(severities(none.findings)).toEqual([
        ['info', `kind ${kind}`],
        ['info', `kind ${kind}`],
      ]);
      Object.assign(resultsOf(log)[1]!, { kind: 'fail', level: 'error' });
      const fail = await read(`kind-${kind}-fail.sarif`, log);
      expect(fail.findings[1]?.severity).toBe('high');
    },
  );
});

describe('ingest/sarif: a ruleId that names no rule beside a ruleIndex that names one (SARIF 3.52)', () => {
  it('uses the rule of the index, with a warning naming the result, the ruleId and the rule', async () => {
    const log = corpus('codeql-2.2.4-old-cli.sarif');
    resultsOf(log)[0]!.ruleId = 'js/xss-renamed';
    resultsOf(log)[1]!.ruleId = 'js/xss-renamed';
    const { findings, warnings } = await read('rule-id-unknown.sarif', log);
    expect(findings.map((f) => [f.ruleId, f.severity, f.severitySource, f.cwe])).toEqual([
      ['js/xss-renamed', 'high', 'level error (rule default)', ['CWE-116', 'CWE-79']],
      ['js/xss-renamed', 'high', 'level error (rule default)', ['CWE-116', 'CWE-79']],
    ]);
    // Once per ruleId and rule.
    expect(warnings).toEqual([
      "rule-id-unknown.sarif: /runs/0/results/0: ruleId 'js/xss-renamed' names no rule of the run; the rule its ruleIndex 0 names ('js/xss', /runs/0/tool/driver/rules/0) is read for it, and its severity is the higher of that rule's and the one it would have without a rule.",
    ]);
  });

  it('never lets the rule of the index rate the result lower than no rule would (the two disagree)', async () => {
    const log = corpus('codeql-2.2.4-old-cli.sarif');
    log.runs[0]!.tool.driver.rules[0]!.defaultConfiguration = { level: 'note' };
    resultsOf(log)[0]!.ruleId = 'js/xss-renamed';
    delete resultsOf(log)[0]!.level;
    const { findings } = await read('rule-id-lower.sarif', log);
    expect(severities(findings)[0]).toEqual([
      'medium',
      'level warning (SARIF default); the rule its ruleIndex names rates it lower',
    ]);
    // With its own level, that level counts as without a rule.
    resultsOf(log)[0]!.level = 'error';
    expect(severities((await read('rule-id-own-level.sarif', log)).findings)[0]).toEqual(['high', 'level error']);
  });

  it('keeps a ruleId that names another rule than the index (Anchore writes ruleIndex 0 for all), without a warning', async () => {
    const log = corpus('codeql-2.2.4-old-cli.sarif');
    log.runs[0]!.tool.driver.rules.push({ id: 'js/other', defaultConfiguration: { level: 'note' } });
    resultsOf(log)[1]!.ruleId = 'js/other';
    const { findings, warnings } = await read('rule-id-other.sarif', log);
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['js/xss', 'high'],
      ['js/other', 'low'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('reads a ruleId that names no rule, with no index, at the SARIF default as before', async () => {
    const log = corpus('codeql-2.2.4-old-cli.sarif');
    resultsOf(log)[0]!.ruleId = 'js/xss-renamed';
    delete resultsOf(log)[0]!.ruleIndex;
    const { findings, warnings } = await read('rule-id-no-index.sarif', log);
    expect(severities(findings)[0]).toEqual(['medium', 'level warning (SARIF default)']);
    expect(warnings).toEqual([]);
  });
});

describe('ingest/sarif: results null (SARIF 3.14.23)', () => {
  it('reads results: null as a run that did not complete, naming why', async () => {
    const log = corpus('codeql-2.2.4-old-cli.sarif');
    log.runs[0]!.results = null;
    log.runs[0]!.invocations = [
      { executionSuccessful: false, processStartFailureMessage: 'codeql: command not found' },
    ];
    const { findings, runs } = await read('results-null.sarif', log);
    expect(findings).toEqual([]);
    expect(runs[0]).toMatchObject({ completed: false, resultCount: 0 });
    expect(runs[0]?.problems).toEqual([
      '/runs/0/results: CodeQL command-line toolchain reported results as null, which SARIF writes for a tool that failed to start or to begin its analysis (SARIF 2.1.0 section 3.14.23); a null result list is not a clean scan.',
      '/runs/0/invocations/0/executionSuccessful: CodeQL command-line toolchain reports that its execution did not succeed (processStartFailureMessage: codeql: command not found).',
    ]);
  });

  it('still refuses results that are neither an array nor null', async () => {
    const log = corpus('codeql-2.2.4-old-cli.sarif');
    (log.runs[0] as Record<string, unknown>).results = {};
    expect(await errorOf('results-object.sarif', log)).toBe(
      'results-object.sarif: /runs/0/results: results is a object, not an array (expected an array of SARIF results).',
    );
  });
});

describe('ingest/sarif: base URI ids that loop (SARIF 3.14.14)', () => {
  const RUBY = 'codeql-2.19.0-ruby-security-severity.sarif';

  it('resolves a chain of base ids', async () => {
    const log = corpus(RUBY);
    log.runs[0]!.originalUriBaseIds = { '%SRCROOT%': { uri: 'app/', uriBaseId: 'REPO' }, REPO: { uri: 'src/' } };
    const { findings } = await read('base-chain.sarif', log);
    expect(findings[0]?.location.path).toBe('src/app/script.rb');
  });

  it.each([
    [{ '%SRCROOT%': { uri: 'x/', uriBaseId: '%SRCROOT%' } }, '%SRCROOT%', "'%SRCROOT%' -> '%SRCROOT%'"],
    [
      { '%SRCROOT%': { uri: 'x/', uriBaseId: 'A/B' }, 'A/B': { uri: 'y/', uriBaseId: '%SRCROOT%' } },
      'A~1B',
      "'%SRCROOT%' -> 'A/B' -> '%SRCROOT%'",
    ],
    // A loop no result names is refused too: SARIF says resolution fails.
    [{ '%SRCROOT%': { uri: 'file:///repo/' }, A: { uriBaseId: 'B' }, B: { uriBaseId: 'A' } }, 'B', "'A' -> 'B' -> 'A'"],
  ])('refuses the loop %j', async (bases, at, loop) => {
    const log = corpus(RUBY);
    log.runs[0]!.originalUriBaseIds = bases;
    for (const order of [
      ['tool', 'originalUriBaseIds', 'results'],
      ['tool', 'results', 'originalUriBaseIds'],
    ])
      expect(await errorOf('base-loop.sarif', withRunOrder(log, order))).toBe(
        `base-loop.sarif: /runs/0/originalUriBaseIds/${at}/uriBaseId: the base URI ids loop (${loop}), so a path that names one cannot be resolved (expected each chain of uriBaseId to end at a base without one, or with an absolute uri; SARIF 2.1.0 section 3.14.14).`,
      );
  });

  function chain(length: number): Record<string, unknown> {
    const bases: Record<string, unknown> = {};
    for (let i = 0; i < length; i++)
      bases[i === 0 ? '%SRCROOT%' : `B${i}`] = { uri: `d${i}/`, ...(i + 1 < length ? { uriBaseId: `B${i + 1}` } : {}) };
    return bases;
  }

  it('resolves a chain of 16 base ids and refuses one of 17', async () => {
    const log = corpus(RUBY);
    log.runs[0]!.originalUriBaseIds = chain(16);
    const { findings } = await read('base-16.sarif', log);
    expect(findings[0]?.location.path).toBe(
      `${Array.from({ length: 16 }, (_, i) => `d${15 - i}`).join('/')}/script.rb`,
    );
    log.runs[0]!.originalUriBaseIds = chain(17);
    expect(await errorOf('base-17.sarif', log)).toBe(
      "base-17.sarif: /runs/0/originalUriBaseIds/%SRCROOT%: the chain of base URI ids from '%SRCROOT%' is longer than 16 ('%SRCROOT%' -> 'B1' -> ... -> 'B16'), so a path that names it cannot be resolved (expected at most 16 bases in a chain of uriBaseId).",
    );
  });
});

describe.each([false, true])('ingest/sarif: results without a rule id at one place (streamed: %s)', (stream) => {
  async function findingsOf(log: Log) {
    const root = mkdtempSync(join(tmp, 'gitleaks-'));
    writeFileSync(join(root, 'g.sarif'), JSON.stringify(log));
    const result = await run({
      root,
      scans: ['g.sarif'],
      dryRun: true,
      clock: () => new Date('2026-11-25T12:00:00Z'),
      logger: silentLogger,
      policy: 'release',
      ...(stream ? { streamAboveBytes: 1 } : {}),
    });
    return result.evaluation.findings;
  }

  it('keeps two different secrets on one line two findings, exact repeats one, and the ids of the corpus', async () => {
    const original = await findingsOf(corpus('gitleaks-7.4.0.sarif'));
    // Gitleaks 7 writes no ruleId: 8 results, 4 of them repeats.
    expect(original.map((f) => f.id).sort()).toEqual([
      'SG-386891857c92ca53',
      'SG-4d9587579e26517a',
      'SG-541c40efcf691e6a',
      'SG-c7ef83d1bac6821c',
    ]);
    const log = corpus('gitleaks-7.4.0.sarif');
    const copy = structuredClone(resultsOf(log)[4]!);
    copy.message.text = 'Generic API Key secret detected';
    resultsOf(log).push(copy);
    const findings = await findingsOf(log);
    expect(findings).toHaveLength(5);
    const at = findings.filter(
      (f) => f.location.path === 'dojo/unittests/tools/test_gitlab_secret_detection_report_parser.py',
    );
    expect(at.map((f) => [f.title, f.identity]).sort((a, b) => a[1]!.localeCompare(b[1]!))).toEqual([
      [
        'AWS Access Key secret detected',
        'secret|dojo/unittests/tools/test_gitlab_secret_detection_report_parser.py|37:1',
      ],
      [
        'Generic API Key secret detected',
        'secret|dojo/unittests/tools/test_gitlab_secret_detection_report_parser.py|37:2',
      ],
    ]);
    // The findings the corpus had keep their ids.
    expect(findings.map((f) => f.id)).toEqual(expect.arrayContaining(original.map((f) => f.id)));
  });

  it('keeps two different code results without a rule id at one line two findings', async () => {
    const log = corpus('codeql-2.2.4-old-cli.sarif');
    log.runs[0]!.tool.driver.rules = [];
    for (const result of resultsOf(log)) {
      delete result.ruleId;
      delete result.ruleIndex;
      delete (result as { partialFingerprints?: unknown }).partialFingerprints;
      result.locations = structuredClone(resultsOf(log)[0]!.locations);
    }
    resultsOf(log)[1]!.message.text = 'Another issue';
    // Told apart by a hash of the message in the rule's place (so two reports keep them apart too).
    const findings = await findingsOf(log);
    expect(findings.map((f) => f.title)).toEqual([
      'Cross-site scripting vulnerability due to [user-provided value](1).',
      'Another issue',
    ]);
    for (const f of findings)
      expect(f.identity).toMatch(
        /^code\|CodeQL command-line toolchain\|\(no rule id\) [0-9a-f]{16}\|examples\/Xss\.js\|4:1$/,
      );
    expect(new Set(findings.map((f) => f.id)).size).toBe(2);
    resultsOf(log)[1]!.message.text = resultsOf(log)[0]!.message.text;
    expect(await findingsOf(log)).toHaveLength(1);
  });
});
