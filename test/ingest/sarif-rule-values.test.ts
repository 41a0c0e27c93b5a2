/**
 * Rules and results as the verdict reads them: which rule a result belongs to when two tool
 * components define the same id, and the SARIF enums (rule default level, result level and kind)
 * refused when a value is outside them. Each case goes through both the whole-document path and the
 * streaming path, which must agree.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readSarifBothWays } from './harness.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'shipgate-sarif-rules-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The parts of a SARIF log these tests change; the rest is carried along unread. */
interface Rule {
  id: string;
  defaultConfiguration?: unknown;
  properties?: Record<string, unknown>;
}
interface Component {
  name: string;
  rules?: Rule[];
}
interface Result {
  ruleId?: string;
  ruleIndex?: number;
  rule?: { id?: string; index?: number; toolComponent?: { index: number } };
  level?: unknown;
  kind?: unknown;
  message: { text: string };
  locations?: unknown[];
}
interface Run {
  tool: { driver: Component; extensions?: Component[] };
  results: Result[];
}
interface Log {
  version: string;
  runs: Run[];
}

function corpus(file: string): Log {
  return JSON.parse(readFileSync(join(FIXTURES, 'sarif', file), 'utf8')) as Log;
}

async function findingsOf(name: string, log: Log | string) {
  const { value, error } = await readSarifBothWays(tmp, name, log);
  expect(error).toBeUndefined();
  return value?.findings ?? [];
}

async function errorOf(name: string, log: Log | string): Promise<string | undefined> {
  const { value, error } = await readSarifBothWays(tmp, name, log);
  expect(value).toBeUndefined();
  return error;
}

function at(line: number) {
  return [{ physicalLocation: { artifactLocation: { uri: 'src/a.js' }, region: { startLine: line } } }];
}

/** `{ "a": ..., "b": ... }` with the members in the given order (JSON.stringify keeps insertion order). */
function ordered(entries: [string, unknown][]): string {
  return `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`).join(',')}}`;
}

describe('ingest/sarif: the same rule id in two tool components', () => {
  /** The reviewers' log: driver rule X scores 2.0, the extension's rule X scores 9.8. */
  function twoComponents(order: 'extension first' | 'driver first'): Log {
    const extension: Result = {
      ruleId: 'X',
      rule: { id: 'X', index: 0, toolComponent: { index: 0 } },
      message: { text: 'from the pack' },
      locations: at(1),
    };
    const driver: Result = {
      ruleId: 'X',
      rule: { id: 'X', index: 0 },
      message: { text: 'built in' },
      locations: at(2),
    };
    return {
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: { name: 'CodeQL', rules: [{ id: 'X', properties: { 'security-severity': '2.0' } }] },
            extensions: [{ name: 'pack', rules: [{ id: 'X', properties: { 'security-severity': '9.8' } }] }],
          },
          results: order === 'extension first' ? [extension, driver] : [driver, extension],
        },
      ],
    };
  }

  it.each(['extension first', 'driver first'] as const)(
    'scores each result by its own component’s rule, %s',
    async (order) => {
      const findings = await findingsOf(`two-components-${order.replace(' ', '-')}.sarif`, twoComponents(order));
      const byTitle = Object.fromEntries(findings.map((f) => [f.title, [f.severity, f.severitySource]]));
      expect(byTitle).toEqual({
        'from the pack': ['critical', 'security-severity 9.8'],
        'built in': ['low', 'security-severity 2.0'],
      });
    },
  );

  it.each(['extension first', 'driver first'] as const)(
    'also when the results come before the tool (resolved at the end of the run), %s',
    async (order) => {
      const log = twoComponents(order);
      const run = log.runs[0]!;
      const text = `{"version":"2.1.0","runs":[${ordered([
        ['results', run.results],
        ['tool', run.tool],
      ])}]}`;
      const findings = await findingsOf(`two-components-late-${order.replace(' ', '-')}.sarif`, text);
      expect(findings.map((f) => f.severity).sort()).toEqual(['critical', 'low']);
    },
  );

  it('finds the extension’s rule by id when the result names the component but no rule index', async () => {
    const log = twoComponents('driver first');
    delete log.runs[0]!.results[1]!.rule!.index;
    const findings = await findingsOf('two-components-by-id.sarif', log);
    expect(findings.map((f) => [f.title, f.severity])).toEqual([
      ['built in', 'low'],
      ['from the pack', 'critical'],
    ]);
  });

  it('keeps two rules of one id in one component apart when results point at each by index', async () => {
    const log: Log = {
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'CodeQL',
              rules: [
                { id: 'X', properties: { 'security-severity': '9.8' } },
                { id: 'X', properties: { 'security-severity': '2.0' } },
              ],
            },
          },
          results: [
            { ruleId: 'X', ruleIndex: 1, message: { text: 'second' }, locations: at(1) },
            { ruleId: 'X', ruleIndex: 0, message: { text: 'first' }, locations: at(2) },
          ],
        },
      ],
    };
    const findings = await findingsOf('same-component-twice.sarif', log);
    expect(findings.map((f) => [f.title, f.severity])).toEqual([
      ['second', 'low'],
      ['first', 'critical'],
    ]);
  });

  it.each([0, 1])(
    'scores a CodeQL result that points at a query pack’s copy of its rule by that copy (pack result at %i)',
    async (position) => {
      const log = corpus('codeql-2.19.0-ruby-security-severity.sarif');
      const run = log.runs[0]!;
      const forgery = run.tool.driver.rules!.find((r) => r.id === 'rb/request-forgery')!;
      run.tool.extensions![0]!.rules = [
        { ...forgery, properties: { ...forgery.properties, 'security-severity': '1.0' } },
      ];
      const original = run.results[0]!;
      const fromPack: Result = {
        ...original,
        // CodeQL writes ruleIndex equal to rule.index (SARIF 3.27.6); the driver's index would name no rule of the pack.
        ruleIndex: 0,
        rule: { id: 'rb/request-forgery', index: 0, toolComponent: { index: 0 } },
        message: { text: 'from the pack' },
        locations: at(7),
      };
      run.results.splice(position, 0, fromPack);
      const findings = await findingsOf(`codeql-pack-${position}.sarif`, log);
      const forgeries = findings.filter((f) => f.ruleId === 'rb/request-forgery');
      expect(forgeries.map((f) => [f.title === 'from the pack', f.severity, f.severitySource]).sort()).toEqual([
        [false, 'critical', 'security-severity 9.1'],
        [true, 'low', 'security-severity 1.0'],
      ]);
    },
  );
});

describe('ingest/sarif: a rule’s defaultConfiguration.level', () => {
  const OLD_CLI = 'codeql-2.2.4-old-cli.sarif';

  it.each([
    ['none', 'info'],
    ['note', 'low'],
    ['warning', 'medium'],
    ['error', 'high'],
  ])('reads the rule default level %s as %s', async (level, severity) => {
    const log = corpus(OLD_CLI);
    log.runs[0]!.tool.driver.rules![0]!.defaultConfiguration = { level };
    const findings = await findingsOf(`rule-level-${level}.sarif`, log);
    expect(findings.map((f) => [f.severity, f.severitySource])).toEqual([
      [severity, `level ${level} (rule default)`],
      [severity, `level ${level} (rule default)`],
    ]);
  });

  it('reads a rule with no default level, or no defaultConfiguration, as SARIF’s default warning', async () => {
    const log = corpus(OLD_CLI);
    log.runs[0]!.tool.driver.rules![0]!.defaultConfiguration = { enabled: true };
    expect((await findingsOf('rule-level-absent.sarif', log))[0]?.severitySource).toBe('level warning (SARIF default)');
    delete log.runs[0]!.tool.driver.rules![0]!.defaultConfiguration;
    expect((await findingsOf('rule-config-absent.sarif', log))[0]?.severity).toBe('medium');
  });

  const LEVEL_EXPECTED = '(expected none, note, warning or error).';
  it.each([
    ['critical', "'critical' is not a SARIF level"],
    ['Error', "'Error' is not a SARIF level"],
    ['', "'' is not a SARIF level"],
    [3, 'the number 3 is not a SARIF level'],
    [null, 'null is not a SARIF level'],
  ])('refuses the rule default level %j, naming the rule', async (level, says) => {
    const log = corpus(OLD_CLI);
    log.runs[0]!.tool.driver.rules![0]!.defaultConfiguration = { level };
    const name = `rule-level-bad-${String(level)}.sarif`;
    expect(await errorOf(name, log)).toBe(
      `${name}: /runs/0/tool/driver/rules/0/defaultConfiguration/level: ${says} ${LEVEL_EXPECTED}`,
    );
  });

  it('refuses a bad level on a CodeQL rule deep in the list and on a query pack’s rule, results or none', async () => {
    const log = corpus('codeql-2.19.0-ruby-security-severity.sarif');
    const run = log.runs[0]!;
    run.tool.driver.rules![31]!.defaultConfiguration = { enabled: true, level: 'critical' };
    expect(await errorOf('ruby-rule-31.sarif', log)).toBe(
      `ruby-rule-31.sarif: /runs/0/tool/driver/rules/31/defaultConfiguration/level: 'critical' is not a SARIF level ${LEVEL_EXPECTED}`,
    );
    run.tool.driver.rules![31]!.defaultConfiguration = { enabled: true, level: 'warning' };
    run.tool.extensions![1]!.rules = [{ id: 'unused', defaultConfiguration: { level: 'severe' } }];
    expect(await errorOf('ruby-pack-rule.sarif', log)).toBe(
      `ruby-pack-rule.sarif: /runs/0/tool/extensions/1/rules/0/defaultConfiguration/level: 'severe' is not a SARIF level ${LEVEL_EXPECTED}`,
    );
    run.results = [];
    expect(await errorOf('ruby-pack-rule-no-results.sarif', log)).toMatch(/\/tool\/extensions\/1\/rules\/0\//);
  });

  it('refuses a defaultConfiguration that is not an object', async () => {
    const log = corpus(OLD_CLI);
    log.runs[0]!.tool.driver.rules![0]!.defaultConfiguration = 'error';
    expect(await errorOf('rule-config-string.sarif', log)).toBe(
      "rule-config-string.sarif: /runs/0/tool/driver/rules/0/defaultConfiguration: got the string 'error' (expected a SARIF reportingConfiguration object).",
    );
  });

  it('refuses it when the tool comes after the results too, and reports a result’s own error first in both paths', async () => {
    const log = corpus(OLD_CLI);
    const run = log.runs[0]!;
    run.tool.driver.rules![0]!.defaultConfiguration = { level: 'critical' };
    const late = `{"version":"2.1.0","runs":[${ordered([
      ['results', run.results],
      ['tool', run.tool],
    ])}]}`;
    expect(await errorOf('rule-level-late.sarif', late)).toMatch(
      /^rule-level-late\.sarif: \/runs\/0\/tool\/driver\/rules\/0\/defaultConfiguration\/level: 'critical'/,
    );
    run.results[1]!.level = 'fatal';
    expect(await errorOf('rule-and-result-level.sarif', log)).toBe(
      `rule-and-result-level.sarif: /runs/0/results/1/level: 'fatal' is not a SARIF level ${LEVEL_EXPECTED}`,
    );
  });
});

describe('ingest/sarif: result level and kind', () => {
  const TRIVY_IAC = 'trivy-0.62.1-iac.sarif';
  const KIND_EXPECTED = '(expected pass, open, informational, notApplicable, review or fail).';

  it.each([
    ['pass', []],
    ['notApplicable', []],
    ['informational', []],
    ['review', ['info']],
    ['open', ['info']],
    ['fail', ['low']],
    [undefined, ['low']],
  ])('reads kind %s on the Trivy result', async (kind, severities) => {
    const log = corpus(TRIVY_IAC);
    const result = log.runs[0]!.results[0]!;
    result.kind = kind;
    if (kind !== undefined && kind !== 'fail') {
      // A pass is not an error, nor is a result to review: with the result's own level it contradicts
      // itself and is refused (SARIF 3.27.9, 3.27.10).
      expect(await errorOf(`kind-${String(kind)}-level.sarif`, log)).toBe(
        `kind-${String(kind)}-level.sarif: /runs/0/results/0: kind '${String(kind)}' with level '${String(result.level)}' contradicts itself (expected level 'none' or no level for a result of kind ${String(kind)}, or kind 'fail' for a finding; SARIF 2.1.0 section 3.27.9).`,
      );
      result.level = 'none';
    }
    const { value } = await readSarifBothWays(tmp, `kind-${String(kind)}.sarif`, log);
    const first = value?.findings.filter((f) => f.ruleId === 's3-bucket-logging') ?? [];
    expect(first.map((f) => f.severity)).toEqual(severities);
    expect(value?.runs[0]?.resultCount).toBe(2);
  });

  it.each([
    ['bogus', "'bogus'"],
    ['FAIL', "'FAIL'"],
    ['not_applicable', "'not_applicable'"],
    ['', "''"],
    [1, 'the number 1'],
    [null, 'null'],
    [['fail'], 'an array'],
  ])('refuses kind %j, naming the result', async (kind, shown) => {
    const log = corpus(TRIVY_IAC);
    log.runs[0]!.results[1]!.kind = kind;
    const name = `kind-bad-${JSON.stringify(kind).replace(/\W/g, '_')}.sarif`;
    expect(await errorOf(name, log)).toBe(
      `${name}: /runs/0/results/1/kind: ${shown} is not a SARIF result kind ${KIND_EXPECTED}`,
    );
  });

  it.each([
    ['fatal', "'fatal'"],
    ['ERROR', "'ERROR'"],
    ['', "''"],
    [2, 'the number 2'],
    [null, 'null'],
  ])('refuses result level %j, naming the result', async (level, shown) => {
    const log = corpus(TRIVY_IAC);
    log.runs[0]!.results[0]!.level = level;
    const name = `level-bad-${JSON.stringify(level).replace(/\W/g, '_')}.sarif`;
    expect(await errorOf(name, log)).toBe(
      `${name}: /runs/0/results/0/level: ${shown} is not a SARIF level (expected none, note, warning or error).`,
    );
  });

  it('cuts a long bad value short in the message', async () => {
    const log = corpus(TRIVY_IAC);
    log.runs[0]!.results[0]!.kind = 'x'.repeat(500);
    expect(await errorOf('kind-long.sarif', log)).toBe(
      `kind-long.sarif: /runs/0/results/0/kind: '${'x'.repeat(40)}...' is not a SARIF result kind ${KIND_EXPECTED}`,
    );
  });
});
