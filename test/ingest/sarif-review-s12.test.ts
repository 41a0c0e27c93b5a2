/**
 * What the twelfth session's SARIF review found, each on a real CodeQL log edited in the test, read whole
 * and streamed: a conversion that did not succeed left the run complete; one result marked `baselineState:
 * absent` in a run without a baseline dropped a critical finding; and one result's unusable
 * security-severity (an array) decided the severity of the next result of its rule.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputFile } from '../../src/ingest/read.js';
import { sarif } from '../../src/ingest/sarif.js';
import { silentLogger } from '../../src/logger.js';
import { FIXTURES } from './harness.js';

type Json = Record<string, unknown>;
const REAL = 'sarif/codeql-2.19.0-ruby-security-severity.sarif';

function real(): { runs: (Json & { results: Json[] })[] } & Json {
  return JSON.parse(readFileSync(join(FIXTURES, REAL), 'utf8')) as { runs: (Json & { results: Json[] })[] } & Json;
}

const tmp = mkdtempSync(join(tmpdir(), 'sg-sarif-s12-'));
const context = { root: tmp, logger: silentLogger };

/** Parses the log whole and streamed (tiny chunks): both must give the same findings and runs, or refuse alike. */
async function both(name: string, log: unknown) {
  writeFileSync(join(tmp, name), JSON.stringify(log));
  const input = readInputFile(tmp, name);
  const whole = await sarif.parse(input, context).catch((error: unknown) => error as Error);
  const streamed = await sarif.parseStream!({ path: name, absPath: join(tmp, name), size: input.size }, context, {
    chunkSize: 97,
  }).catch((error: unknown) => error as Error);
  if (whole instanceof Error) {
    expect(streamed).toBeInstanceOf(Error);
    expect((streamed as Error).message).toBe(whole.message);
    throw whole;
  }
  expect(streamed).not.toBeInstanceOf(Error);
  const stream = streamed as Awaited<ReturnType<typeof sarif.parse>>;
  expect(stream.findings).toEqual(whole.findings);
  expect(stream.runs).toEqual(whole.runs);
  return whole;
}

describe('a run converted to SARIF (run.conversion.invocation)', () => {
  it('is not complete when the conversion did not succeed, or reported an error; it is when it succeeded', async () => {
    const failed = real();
    failed.runs[0]!.conversion = {
      tool: { driver: { name: 'converter' } },
      invocation: { executionSuccessful: false },
    };
    const run = (await both('failed.sarif', failed)).runs[0]!;
    expect(run.completed).toBe(false);
    expect(run.problems).toEqual([
      "/runs/0/conversion/invocation/executionSuccessful: the conversion of CodeQL's output to SARIF reports that it did not succeed, so results may be missing.",
    ]);
    const noted = real();
    noted.runs[0]!.conversion = {
      tool: { driver: { name: 'converter' } },
      invocation: {
        executionSuccessful: true,
        toolExecutionNotifications: [{ level: 'error', message: { text: 'could not convert 12 results' } }],
      },
    };
    expect((await both('noted.sarif', noted)).runs[0]?.problems).toEqual([
      "/runs/0/conversion/invocation/toolExecutionNotifications/0: the conversion of CodeQL's output to SARIF reported an error: could not convert 12 results, so results may be missing.",
    ]);
    const fine = real();
    fine.runs[0]!.conversion = { tool: { driver: { name: 'converter' } }, invocation: { executionSuccessful: true } };
    expect((await both('fine.sarif', fine)).runs[0]).toMatchObject({ completed: true, problems: [] });
    const garbage = real();
    garbage.runs[0]!.conversion = { tool: { driver: { name: 'converter' } }, invocation: 'garbage' };
    await expect(both('garbage.sarif', garbage)).rejects.toThrow(
      /\/runs\/0\/conversion\/invocation: got the string 'garbage' \(expected the SARIF invocation object of the conversion\)/,
    );
  });
});

describe("baselineState 'absent'", () => {
  it('on one result of a run whose others carry none is refused; on a run that marks every result, the absent one is no finding', async () => {
    const partial = real();
    const count = partial.runs[0]!.results.length;
    expect(count).toBeGreaterThan(1);
    partial.runs[0]!.results[0]!.baselineState = 'absent';
    await expect(both('partial.sarif', partial)).rejects.toThrow(
      "partial.sarif: /runs/0/results: 1 result(s) are marked baselineState 'absent' (not findings of this scan), but /runs/0/results/1 carries no baselineState (expected a baselineState on every result of a run that compares with a baseline, as SARIF 2.1.0 section 3.27.24 requires).",
    );
    const full = real();
    full.runs[0]!.results.forEach((result, i) => (result.baselineState = i === 0 ? 'absent' : 'unchanged'));
    const read = await both('full.sarif', full);
    expect(read.findings).toHaveLength(count - 1);
  });
});

describe('security-severity of two results of one rule', () => {
  it('an unusable one (an array) does not decide the severity of a usable one, in either order', async () => {
    const log = real();
    const [first] = log.runs[0]!.results;
    const ruleId = first!.ruleId as string;
    // The rule itself gives no score and a default level of note: only a result's own score rates it higher.
    const rules = ((log.runs[0]!.tool as Json).driver as { rules: Json[] }).rules;
    for (const rule of rules.filter((r) => r.id === ruleId)) {
      rule.properties = { ...(rule.properties as Json), 'security-severity': undefined };
      rule.defaultConfiguration = { level: 'note' };
    }
    const a = { ...first!, properties: { 'security-severity': ['9.8'] } };
    const b = {
      ...first!,
      properties: { 'security-severity': '9.8' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'app/other.rb' }, region: { startLine: 7 } } }],
    };
    for (const results of [
      [a, b],
      [b, a],
    ]) {
      log.runs[0]!.results = results;
      const read = await both('order.sarif', log);
      const usable = read.findings.find((f) => f.location.path === 'app/other.rb');
      expect(usable?.ruleId).toBe(ruleId);
      expect(usable?.severity).toBe('critical');
    }
  });
});

describe('a rule override whose descriptor names no rule of the run', () => {
  const withOverride = (descriptor: Json) => {
    const log = real();
    const invocation = (log.runs[0]!.invocations as Json[])[0]!;
    invocation.ruleConfigurationOverrides = [{ descriptor, configuration: { level: 'note' } }];
    return log;
  };

  it('is refused when its index holds a rule of another id, or its toolComponent defines no rule of that id', async () => {
    // rb/request-forgery is rule 5 of the driver; the extensions (query packs) define no rules.
    await expect(both('wrong-id.sarif', withOverride({ index: 5, id: 'nonexistent' }))).rejects.toThrow(
      /\/runs\/0\/invocations\/0\/ruleConfigurationOverrides\/0\/descriptor: the descriptor \(id 'nonexistent', index 5\) names no rule of the run/,
    );
    await expect(
      both('other-component.sarif', withOverride({ id: 'rb/request-forgery', toolComponent: { index: 0 } })),
    ).rejects.toThrow(/the descriptor \(id 'rb\/request-forgery', toolComponent index 0\) names no rule of the run/);
  });

  it('applies when index and id agree, or the id alone names the rule', async () => {
    for (const descriptor of [{ index: 5, id: 'rb/request-forgery' }, { id: 'rb/request-forgery' }, { index: 5 }]) {
      const read = await both('right.sarif', withOverride(descriptor));
      expect(read.findings.length).toBeGreaterThan(0);
    }
  });
});

describe("a result's rule.toolComponent given by name or by an unknown guid", () => {
  /** The driver and one extension both define js/code-injection, scored 2.0 and 9.3. */
  const log = (toolComponent: Json) => ({
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'CodeQL',
            rules: [{ id: 'js/code-injection', properties: { 'security-severity': '2.0' } }],
          },
          extensions: [
            {
              name: 'codeql/javascript-queries',
              guid: '11111111-2222-4333-8444-555555555555',
              rules: [{ id: 'js/code-injection', properties: { 'security-severity': '9.3' } }],
            },
          ],
        },
        invocations: [{ executionSuccessful: true }],
        results: [
          {
            ruleId: 'js/code-injection',
            rule: { id: 'js/code-injection', toolComponent },
            level: 'warning',
            message: { text: 'Code injection' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'src/a.js' }, region: { startLine: 3 } } }],
          },
        ],
      },
    ],
  });

  it('by name, takes the rule of the component it names', async () => {
    const read = await both('by-name.sarif', log({ name: 'codeql/javascript-queries' }));
    expect(read.findings[0]?.severity).toBe('critical');
    const driver = await both('by-driver-name.sarif', log({ name: 'CodeQL' }));
    expect(driver.findings[0]?.severity).toBe('low');
  });

  it('by a guid or a name no component has: a warning, and rated no lower than without a rule', async () => {
    for (const [name, toolComponent] of [
      ['unknown-guid.sarif', { guid: '99999999-2222-4333-8444-555555555555' }],
      ['unknown-name.sarif', { name: 'codeql/other-queries' }],
    ] as const) {
      const read = await both(name, log(toolComponent));
      // Without a rule, its level (warning) rates it medium: the driver's 2.0 (low) may not decide.
      expect(read.findings[0]?.severity, name).toBe('medium');
      expect(read.warnings.join('\n')).toMatch(/names no tool component of the run/);
    }
    const known = await both('known-guid.sarif', log({ guid: '11111111-2222-4333-8444-555555555555' }));
    expect(known.findings[0]?.severity).toBe('critical');
  });
});
