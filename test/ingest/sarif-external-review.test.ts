/**
 * SARIF review items: external property files, notification levels, rules named by guid, invalid
 * rule and component indexes, and results located only by their analysis target. Every case is read
 * through the whole-document path and the streaming path (chunks of 7 bytes and of 64 KiB), which must agree.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, readSarifBothWays } from './harness.js';

const tmp = mkdtempSync(join(tmpdir(), 'shipgate-sarif-external-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function read(name: string, log: unknown) {
  const { value, error } = await readSarifBothWays(tmp, name, log);
  expect(error).toBeUndefined();
  if (value === undefined) throw new Error('no value');
  return value;
}

async function refused(name: string, log: unknown): Promise<string> {
  const { value, error } = await readSarifBothWays(tmp, name, log);
  expect(value).toBeUndefined();
  return error ?? '';
}

const LOCATION = [{ physicalLocation: { artifactLocation: { uri: 'a.js' }, region: { startLine: 3 } } }];

function log(run: Record<string, unknown>, top: Record<string, unknown> = {}) {
  return {
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'CodeQL' } }, invocations: [{ executionSuccessful: true }], results: [], ...run }],
    ...top,
  };
}

describe('ingest/sarif: external property files (SARIF 3.13.5, 3.14.2)', () => {
  it.each([
    ['results', { results: [{ location: { uri: 'results-1.sarif-external-properties' }, itemCount: 1000 }] }],
    ['invocations', { invocations: [{ location: { uri: 'inv.sarif-external-properties' }, itemCount: 1 }] }],
    ['driver', { driver: { location: { uri: 'codeql.driver.sarif-external-properties' } } }],
    ['extensions', { extensions: [{ location: { uri: 'ext.sarif-external-properties' } }] }],
  ])('refuses a run whose %s are in an external property file, naming the pointer', async (member, refs) => {
    const error = await refused(`ext-${member}.sarif`, log({ externalPropertyFileReferences: refs }));
    expect(error).toBe(
      `ext-${member}.sarif: /runs/0/externalPropertyFileReferences/${member}: the run keeps its '${member}' in an external property file, which SARIF reads as if it were inside the run (SARIF 2.1.0 sections 3.14.2, 3.15); shipgate reads only self-contained SARIF logs: merge the external property files into the log, or produce the log without the tool's external-properties option.`,
    );
  });

  it('reads a run whose external files hold only what shipgate does not read (flawfinder keeps its CWE taxonomy there)', async () => {
    const value = await read(
      'taxa.sarif',
      log({
        externalPropertyFileReferences: {
          taxonomies: [
            { location: { uri: 'https://example.com/cwe.sarif' }, guid: 'a1b2c3d4-0000-4000-8000-000000000000' },
          ],
          graphs: { location: { uri: 'graphs.sarif-external-properties' } },
        },
      }),
    );
    expect(value.runs[0]?.completed).toBe(true);
  });

  it('refuses it before a rule index that the external driver would resolve (both paths give the same error)', async () => {
    const error = await refused(
      'drvext.sarif',
      log({
        externalPropertyFileReferences: { driver: { location: { uri: 'd.sarif-external-properties' } } },
        results: [{ ruleId: 'js/sql-injection', ruleIndex: 12, message: { text: 'sqli' }, locations: LOCATION }],
      }),
    );
    expect(error).toMatch(/^drvext\.sarif: \/runs\/0\/externalPropertyFileReferences\/driver: /);
  });

  it('reads a run whose externalPropertyFileReferences name nothing (empty lists, only a property bag)', async () => {
    const value = await read(
      'ext-empty.sarif',
      log({ externalPropertyFileReferences: { results: [], properties: { note: 'x' } } }),
    );
    expect(value.runs[0]?.completed).toBe(true);
  });

  it('refuses a log whose inlineExternalProperties carry a run property', async () => {
    const error = await refused(
      'inline.sarif',
      log(
        { externalPropertyFileReferences: undefined },
        {
          inlineExternalProperties: [
            {
              guid: '22222222-2222-1111-8888-222222222222',
              results: [{ ruleId: 'x', level: 'error', message: { text: 'sqli' }, locations: LOCATION }],
            },
          ],
        },
      ),
    );
    expect(error).toBe(
      "inline.sarif: /inlineExternalProperties/0/results: the log keeps a run's 'results' in inline external properties, which SARIF reads as if it were inside its run (SARIF 2.1.0 sections 3.13.5, 3.15); shipgate reads only self-contained SARIF logs: merge the external property files into the log, or produce the log without the tool's external-properties option.",
    );
  });

  it("reads ShiftLeft's inlineExternalProperties, which hold only a guid and a runGuid", async () => {
    const text = readFileSync(join(FIXTURES, 'sarif/shiftleft-scan-python-taint.sarif'), 'utf8');
    expect(text).toContain('"inlineExternalProperties"');
    const value = await read('shiftleft.sarif', text);
    expect(value.findings.length).toBeGreaterThan(0);
  });
});

describe('ingest/sarif: notifications without a level (SARIF 3.58.6)', () => {
  const notification = {
    descriptor: { id: 'js/diagnostics/extraction-errors', index: 0 },
    message: { text: 'Could not process some files due to syntax errors: src/auth/login.js' },
  };
  function notified(descriptor: Record<string, unknown>, invocation: Record<string, unknown> = {}) {
    return log({
      tool: { driver: { name: 'CodeQL', notifications: [{ id: 'js/diagnostics/extraction-errors', ...descriptor }] } },
      invocations: [{ executionSuccessful: true, toolExecutionNotifications: [notification], ...invocation }],
    });
  }

  it("takes its descriptor's default level: error makes the run incomplete", async () => {
    const value = await read('notif.sarif', notified({ defaultConfiguration: { level: 'error' } }));
    expect(value.runs[0]?.completed).toBe(false);
    expect(value.runs[0]?.problems).toEqual([
      '/runs/0/invocations/0/toolExecutionNotifications/0: CodeQL reported an error during the scan (js/diagnostics/extraction-errors) (level error: default level of its descriptor, /runs/0/tool/driver/notifications/0): Could not process some files due to syntax errors: src/auth/login.js.',
    ]);
  });

  it("takes its invocation's notificationConfigurationOverrides before the descriptor's default", async () => {
    const value = await read(
      'notif2.sarif',
      notified(
        { defaultConfiguration: { level: 'note' } },
        {
          notificationConfigurationOverrides: [
            { descriptor: { id: 'js/diagnostics/extraction-errors' }, configuration: { level: 'error' } },
          ],
        },
      ),
    );
    expect(value.runs[0]?.completed).toBe(false);
    expect(value.runs[0]?.problems[0]).toContain('(level error: notificationConfigurationOverrides of invocation 0)');
  });

  it('an override to note makes it no warning; no override and no default leaves it a warning', async () => {
    const quiet = await read(
      'notif3.sarif',
      notified(
        { defaultConfiguration: { level: 'error' } },
        {
          notificationConfigurationOverrides: [{ descriptor: { index: 0 }, configuration: { level: 'note' } }],
        },
      ),
    );
    expect(quiet.runs[0]?.completed).toBe(true);
    expect(quiet.warnings).toEqual([]);
    const plain = await read('notif4.sarif', notified({}));
    expect(plain.runs[0]?.completed).toBe(true);
    expect(plain.warnings).toEqual([
      'notif4.sarif: /runs/0/invocations/0/toolExecutionNotifications/0: CodeQL reported a warning during the scan (js/diagnostics/extraction-errors): Could not process some files due to syntax errors: src/auth/login.js.',
    ]);
  });

  it('refuses a notification override that sets a level but names no descriptor of the run', async () => {
    const error = await refused(
      'notif5.sarif',
      notified(
        {},
        {
          notificationConfigurationOverrides: [
            { descriptor: { id: 'no/such-notification' }, configuration: { level: 'error' } },
          ],
        },
      ),
    );
    expect(error).toMatch(
      /^notif5\.sarif: \/runs\/0\/invocations\/0\/notificationConfigurationOverrides\/0\/descriptor: the descriptor \(id 'no\/such-notification'\) names no notification of the run/,
    );
  });
});

const GUID = '11111111-2222-3333-4444-555555555555';
const RULES = [{ id: 'js/sql-injection', guid: GUID, defaultConfiguration: { level: 'error' } }];

describe('ingest/sarif: rules named by guid (SARIF 3.52.3)', () => {
  it('resolves a result that names its rule only by rule.guid, and takes the rule id', async () => {
    const value = await read(
      'guid.sarif',
      log({
        tool: { driver: { name: 'CodeQL', rules: RULES } },
        results: [{ rule: { guid: GUID.toUpperCase() }, message: { text: 'sqli' }, locations: LOCATION }],
      }),
    );
    expect(value.findings.map((f) => [f.ruleId, f.severity, f.severitySource])).toEqual([
      ['js/sql-injection', 'high', 'level error (rule default)'],
    ]);
  });

  it('a guid that names no rule leaves the result without a rule, as before', async () => {
    const value = await read(
      'guid2.sarif',
      log({
        tool: { driver: { name: 'CodeQL', rules: RULES } },
        results: [
          { rule: { guid: 'ffffffff-2222-3333-4444-555555555555' }, message: { text: 'x' }, locations: LOCATION },
        ],
      }),
    );
    expect(value.findings.map((f) => [f.ruleId, f.severitySource])).toEqual([
      ['(no rule id)', 'level warning (SARIF default)'],
    ]);
  });
});

describe('ingest/sarif: rule and component indexes that name nothing (SARIF 3.27.6, 3.54.2)', () => {
  const driver = { name: 'CodeQL', rules: [{ id: 'js/unused', defaultConfiguration: { level: 'note' } }] };

  it('refuses a ruleIndex out of range when the result names its rule no other way', async () => {
    const error = await refused(
      'idxoor.sarif',
      log({ tool: { driver }, results: [{ ruleIndex: 4, message: { text: 'sqli' }, locations: LOCATION }] }),
    );
    expect(error).toBe(
      "idxoor.sarif: /runs/0/results/0/ruleIndex: 4 names no rule (/runs/0/tool/driver has 1), and the result names its rule no other way, so its rule and severity cannot be told (expected the index of an entry of its tool component's rules, or a ruleId; SARIF 2.1.0 sections 3.27.6, 3.52).",
    );
  });

  it('reads ruleIndex 0 (in range) as the rule', async () => {
    const value = await read(
      'idx0.sarif',
      log({ tool: { driver }, results: [{ ruleIndex: 0, message: { text: 'x' }, locations: LOCATION }] }),
    );
    expect(value.findings.map((f) => [f.ruleId, f.severity])).toEqual([['js/unused', 'low']]);
  });

  it('refuses rule.index and rule.toolComponent.index that name nothing, naming their pointer', async () => {
    const byRule = await refused(
      'idx2.sarif',
      log({ tool: { driver }, results: [{ rule: { index: 1 }, message: { text: 'x' }, locations: LOCATION }] }),
    );
    expect(byRule).toMatch(/^idx2\.sarif: \/runs\/0\/results\/0\/rule\/index: 1 names no rule /);
    const byComponent = await refused(
      'tc.sarif',
      log({
        tool: { driver },
        results: [{ rule: { index: 0, toolComponent: { index: 3 } }, message: { text: 'x' }, locations: LOCATION }],
      }),
    );
    expect(byComponent).toMatch(
      /^tc\.sarif: \/runs\/0\/results\/0\/rule\/toolComponent\/index: 3 names no extension of the run \(it has 0 in tool\.extensions\)/,
    );
  });

  it('with a ruleId as well, warns and rates the result no lower than without a rule', async () => {
    const value = await read(
      'tcbad.sarif',
      log({
        tool: { driver },
        results: [
          {
            ruleId: 'js/unused',
            rule: { id: 'js/unused', index: 0, toolComponent: { index: 3 } },
            message: { text: 'x' },
            locations: LOCATION,
          },
        ],
      }),
    );
    expect(value.findings.map((f) => [f.ruleId, f.severity])).toEqual([['js/unused', 'medium']]);
    expect(value.warnings).toEqual([
      "tcbad.sarif: /runs/0/results/0/rule/toolComponent/index: 3 names no extension of the run (it has 0 in tool.extensions) (invalid SARIF, expected the index of an entry of /runs/0/tool/extensions); the result is read by its ruleId 'js/unused', and its severity is the higher of that rule's and the one it would have without a rule.",
    ]);
  });
});

describe('ingest/sarif: results located by their analysisTarget (SARIF 3.27.7)', () => {
  it('two secretlint results of one rule in two files are two findings, located at their targets', async () => {
    const result = (uri: string) => ({
      ruleId: 'aws-key',
      level: 'error',
      message: { text: 'found AWS key' },
      analysisTarget: { uri },
    });
    const value = await read(
      'at.sarif',
      log({
        tool: { driver: { name: 'secretlint', rules: [{ id: 'aws-key' }] } },
        results: [result('config/prod.env'), result('deploy/keys.txt')],
      }),
    );
    expect(value.findings.map((f) => f.location.path)).toEqual(['config/prod.env', 'deploy/keys.txt']);
    expect(new Set(value.findings.map((f) => f.identityKey)).size).toBe(2);
  });

  it('resolves the target through artifacts and uriBaseId; a physical location still wins', async () => {
    const value = await read(
      'at2.sarif',
      log({
        tool: { driver: { name: 'BinSkim', rules: [{ id: 'BA2008' }] } },
        originalUriBaseIds: { BIN: { uri: 'out/bin/' } },
        artifacts: [{ location: { uri: 'mod0.dll', uriBaseId: 'BIN' } }],
        results: [
          { ruleId: 'BA2008', level: 'error', message: { text: 'CFG' }, analysisTarget: { index: 0 } },
          {
            ruleId: 'BA2008',
            level: 'error',
            message: { text: 'CFG' },
            analysisTarget: { uri: 'x.dll', uriBaseId: 'BIN' },
          },
          {
            ruleId: 'BA2008',
            level: 'error',
            message: { text: 'CFG' },
            analysisTarget: { uri: 'y.dll' },
            locations: LOCATION,
          },
        ],
      }),
    );
    expect(value.findings.map((f) => f.location.path)).toEqual(['out/bin/mod0.dll', 'out/bin/x.dll', 'a.js']);
  });
});
