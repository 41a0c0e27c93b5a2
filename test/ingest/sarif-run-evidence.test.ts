/**
 * What a SARIF run shows about the scan itself: whether it completed (invocations and their
 * notifications, DESIGN 5) and which scan type it counts as for evidence-completeness. Each case is
 * read through the whole-document path and the streaming path, which must agree.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import type { ScanType } from '../../src/model.js';
import { readInputFile } from '../../src/ingest/read.js';
import { readSarifBothWays } from './harness.js';
import { trivy } from '../../src/ingest/trivy.js';
import type { IngestContext } from '../../src/ingest/types.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'shipgate-sarif-evidence-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The parts of a SARIF log these tests change; the rest is carried along unread. */
interface Notification {
  level?: unknown;
  message?: { text: string };
}
interface Invocation {
  executionSuccessful?: unknown;
  toolExecutionNotifications?: unknown;
  toolConfigurationNotifications?: Notification[];
  exitCode?: number;
}
interface Rule {
  id: string;
  properties?: { tags?: string[] };
}
interface Run {
  tool: { driver: { name: string; rules?: Rule[] } };
  results: Record<string, unknown>[];
  invocations?: unknown;
}
interface Log {
  version: string;
  runs: Run[];
}

/** A fresh copy of a corpus SARIF file, to be damaged by the test. */
function corpus(file: string): Log {
  return JSON.parse(readFileSync(join(FIXTURES, 'sarif', file), 'utf8')) as Log;
}

async function runsOf(name: string, log: unknown, extra: Partial<IngestContext> = {}) {
  const { value, error } = await readSarifBothWays(tmp, name, log, extra);
  expect(error).toBeUndefined();
  return value?.runs ?? [];
}

async function errorOf(name: string, log: unknown): Promise<string | undefined> {
  const { value, error } = await readSarifBothWays(tmp, name, log);
  expect(value).toBeUndefined();
  return error;
}

const SPOTBUGS = 'spotbugs-4.4.0-execution-unsuccessful.sarif';
const TRIVY_IAC = 'trivy-0.62.1-iac.sarif';

/** A minimal run: one tool, the given members. */
function logOf(run: Partial<Run>): Log {
  return { version: '2.1.0', runs: [{ tool: { driver: { name: 'deptool' } }, results: [], ...run }] };
}

describe('ingest/sarif: invocations', () => {
  it('names both reasons the real SpotBugs run did not complete: the failed execution and its configuration error', async () => {
    const [run] = await runsOf('spotbugs.sarif', corpus(SPOTBUGS));
    expect(run?.completed).toBe(false);
    expect(run?.problems).toEqual([
      '/runs/0/invocations/0/executionSuccessful: SpotBugs reports that its execution did not succeed.',
      expect.stringMatching(
        /^\/runs\/0\/invocations\/0\/toolConfigurationNotifications\/0: SpotBugs reported a configuration error \(spotbugs-missing-classes\): Classes needed for analysis were missing: \[org\.antlr/,
      ),
    ]);
  });

  it('counts an error-level configuration notification as a failed scan even when execution succeeded', async () => {
    const log = corpus(SPOTBUGS);
    (log.runs[0]!.invocations as Invocation[])[0]!.executionSuccessful = true;
    const [run] = await runsOf('spotbugs-config-error.sarif', log);
    expect(run?.completed).toBe(false);
    expect(run?.problems).toHaveLength(1);
    expect(run?.problems[0]).toMatch(/toolConfigurationNotifications\/0: SpotBugs reported a configuration error/);

    const handWritten = logOf({
      invocations: [
        {
          executionSuccessful: true,
          toolConfigurationNotifications: [{ level: 'error', message: { text: 'rule pack failed to load' } }],
        },
      ],
    });
    expect(await runsOf('deptool.sarif', handWritten)).toEqual([
      {
        tool: 'deptool',
        scanType: 'other',
        completed: false,
        problems: [
          '/runs/0/invocations/0/toolConfigurationNotifications/0: deptool reported a configuration error: rule pack failed to load.',
        ],
        resultCount: 0,
      },
    ]);
  });

  it.each(['none', 'note', 'warning', undefined])(
    'leaves the run completed for a configuration or execution notification of level %s',
    async (level) => {
      const log = corpus(SPOTBUGS);
      const invocation = (log.runs[0]!.invocations as Invocation[])[0]!;
      invocation.executionSuccessful = true;
      invocation.toolConfigurationNotifications![0]!.level = level;
      invocation.toolExecutionNotifications = [{ ...(level ? { level } : {}), message: { text: 'fyi' } }];
      const [run] = await runsOf(`spotbugs-${String(level)}.sarif`, log);
      expect(run).toMatchObject({ completed: true, problems: [] });
    },
  );

  it('reads an empty invocation list, or none at all, as no sign of failure', async () => {
    const log = corpus(TRIVY_IAC);
    expect((await runsOf('trivy-no-invocations.sarif', log))[0]?.completed).toBe(true);
    log.runs[0]!.invocations = [];
    expect((await runsOf('trivy-empty-invocations.sarif', log))[0]?.completed).toBe(true);
  });

  it('still marks executionSuccessful: false and an error-level execution notification as not completed', async () => {
    const log = corpus(TRIVY_IAC);
    log.runs[0]!.invocations = [
      { executionSuccessful: false },
      { executionSuccessful: true, toolExecutionNotifications: [{ level: 'error', message: { text: 'boom' } }] },
    ];
    const [run] = await runsOf('trivy-failed.sarif', log);
    expect(run?.problems).toEqual([
      '/runs/0/invocations/0/executionSuccessful: Trivy reports that its execution did not succeed.',
      '/runs/0/invocations/1/toolExecutionNotifications/0: Trivy reported an error during the scan: boom.',
    ]);
  });

  // Each would otherwise read as a clean, completed scan: the failure it tries to say is hidden.
  const malformed: [string, (invocations: Invocation[]) => unknown, string][] = [
    [
      'invocations is an object',
      (inv) => inv[0]!,
      '/runs/0/invocations: got an object (expected an array of SARIF invocation objects).',
    ],
    [
      'invocations is null',
      () => null,
      '/runs/0/invocations: got null (expected an array of SARIF invocation objects).',
    ],
    ['an invocation is null', () => [null], '/runs/0/invocations/0: got null (expected a SARIF invocation object).'],
    [
      'an invocation is a string',
      () => ['failed'],
      "/runs/0/invocations/0: got the string 'failed' (expected a SARIF invocation object).",
    ],
    [
      "executionSuccessful is the string 'false'",
      (inv) => [{ ...inv[0]!, executionSuccessful: 'false' }],
      "/runs/0/invocations/0/executionSuccessful: got the string 'false' (expected true or false; SARIF requires it).",
    ],
    [
      'executionSuccessful is 0',
      (inv) => [{ ...inv[0]!, executionSuccessful: 0 }],
      '/runs/0/invocations/0/executionSuccessful: got the number 0 (expected true or false; SARIF requires it).',
    ],
    [
      'executionSuccessful is missing',
      () => [{}],
      '/runs/0/invocations/0/executionSuccessful: the invocation does not say whether the tool ran successfully (expected true or false; SARIF requires it).',
    ],
    [
      'executionSuccessful is missing from the second invocation',
      (inv) => [inv[0]!, { exitCode: 2 }],
      '/runs/0/invocations/1/executionSuccessful: the invocation does not say whether the tool ran successfully (expected true or false; SARIF requires it).',
    ],
    [
      'toolExecutionNotifications is an object',
      () => [{ executionSuccessful: true, toolExecutionNotifications: { level: 'error', message: { text: 'x' } } }],
      '/runs/0/invocations/0/toolExecutionNotifications: got an object (expected an array of SARIF notification objects).',
    ],
    [
      'toolConfigurationNotifications is an object',
      (inv) => [{ ...inv[0]!, toolConfigurationNotifications: inv[0]!.toolConfigurationNotifications![0] }],
      '/runs/0/invocations/0/toolConfigurationNotifications: got an object (expected an array of SARIF notification objects).',
    ],
    [
      'a notification is null',
      () => [{ executionSuccessful: true, toolExecutionNotifications: [null] }],
      '/runs/0/invocations/0/toolExecutionNotifications/0: got null (expected a SARIF notification object).',
    ],
    [
      "an execution notification has level 'ERROR'",
      () => [{ executionSuccessful: true, toolExecutionNotifications: [{ level: 'ERROR', message: { text: 'x' } }] }],
      "/runs/0/invocations/0/toolExecutionNotifications/0/level: 'ERROR' is not a SARIF level (expected none, note, warning or error).",
    ],
    [
      "a configuration notification has level 'fatal'",
      (inv) => [
        {
          ...inv[0]!,
          toolConfigurationNotifications: [{ ...inv[0]!.toolConfigurationNotifications![0], level: 'fatal' }],
        },
      ],
      "/runs/0/invocations/0/toolConfigurationNotifications/0/level: 'fatal' is not a SARIF level (expected none, note, warning or error).",
    ],
    [
      'a notification level is a number',
      () => [{ executionSuccessful: true, toolExecutionNotifications: [{ level: 2, message: { text: 'x' } }] }],
      '/runs/0/invocations/0/toolExecutionNotifications/0/level: the number 2 is not a SARIF level (expected none, note, warning or error).',
    ],
  ];

  it.each(malformed)('refuses a log where %s, naming the file and the member', async (what, mutate, message) => {
    // On the SpotBugs run (whose invocation also says it failed) and on the Trivy run (which has none).
    for (const [file, name] of [
      [SPOTBUGS, `spotbugs-${what.replace(/\W+/g, '-')}.sarif`],
      [TRIVY_IAC, `trivy-${what.replace(/\W+/g, '-')}.sarif`],
    ] as const) {
      const log = corpus(file);
      const invocations = (log.runs[0]!.invocations as Invocation[] | undefined) ?? [
        {
          executionSuccessful: true,
          toolConfigurationNotifications: [{ level: 'note', message: { text: 'config read' } }],
        },
      ];
      log.runs[0]!.invocations = mutate(invocations);
      expect(await errorOf(name, log)).toBe(`${name}: ${message}`);
    }
  });
});

describe('ingest/sarif: the scan type a run counts as', () => {
  /** The Trivy JSON reading of trivy-fs-vulns-misconfig-secrets.json with only the results of these classes. */
  async function trivyJsonRunType(classes: string[]): Promise<ScanType | undefined> {
    const report = JSON.parse(
      readFileSync(join(FIXTURES, 'trivy-json/trivy-fs-vulns-misconfig-secrets.json'), 'utf8'),
    ) as { Results: { Class: string }[] };
    report.Results = report.Results.filter((r) => classes.includes(r.Class));
    const name = `trivy-${classes.join('-')}.json`;
    writeFileSync(join(tmp, name), JSON.stringify(report));
    const result = await trivy.parse(readInputFile(tmp, name), { root: tmp, logger: silentLogger });
    return result.runs[0]?.scanType;
  }

  /** A Trivy SARIF rule tagged as Trivy tags it (`misconfiguration`, `secret` or `vulnerability`). */
  function trivyRule(id: string, tag: string) {
    return { id, name: tag, properties: { 'security-severity': '8.0', tags: [tag, 'security', 'HIGH'] } };
  }
  function trivyResult(ruleId: string, ruleIndex: number, line: number) {
    return {
      ruleId,
      ruleIndex,
      level: 'error',
      message: { text: `Package: lodash\nInstalled Version: 4.17.${line}\nVulnerability ${ruleId}` },
      locations: [
        { physicalLocation: { artifactLocation: { uri: 'package-lock.json' }, region: { startLine: line } } },
      ],
    };
  }

  it('counts the corpus Trivy misconfiguration run as iac, as the Trivy JSON reader counts a config scan', async () => {
    const { value } = await readSarifBothWays(tmp, 'trivy-iac.sarif', corpus(TRIVY_IAC));
    expect(value?.findings.map((f) => f.scanType)).toEqual(['iac', 'iac']);
    expect(value?.runs.map((r) => [r.tool, r.scanType, r.completed])).toEqual([['Trivy', 'iac', true]]);
    expect(await trivyJsonRunType(['config'])).toBe('iac');
  });

  it('counts both runs of the Trivy + WizCLI log as iac: every rule of each is a misconfiguration', async () => {
    const runs = await runsOf('multi.sarif', corpus('multi-run-trivy-0.62.1-plus-wizcli.sarif'));
    expect(runs.map((r) => [r.tool, r.scanType])).toEqual([
      ['Trivy', 'iac'],
      ['WizCLI', 'iac'],
    ]);
  });

  it('counts a Trivy run as dependency once one of its rules or findings is a vulnerability', async () => {
    const log = corpus(TRIVY_IAC);
    const run = log.runs[0]!;
    run.tool.driver.rules!.push(trivyRule('CVE-2021-23337', 'vulnerability'));
    const [withRule] = await runsOf('trivy-iac-plus-vuln-rule.sarif', log);
    expect(withRule?.scanType).toBe('dependency');
    run.results.push(trivyResult('CVE-2021-23337', 2, 21));
    const { value } = await readSarifBothWays(tmp, 'trivy-iac-plus-vuln.sarif', log);
    expect(value?.runs[0]?.scanType).toBe('dependency');
    expect(value?.findings.map((f) => f.scanType).sort()).toEqual(['dependency', 'iac', 'iac']);
    expect(await trivyJsonRunType(['config', 'lang-pkgs'])).toBe('dependency');
  });

  it('counts a run of misconfigurations and secrets as iac, and of secrets alone as secret, as Trivy JSON does', async () => {
    const log = corpus(TRIVY_IAC);
    const run = log.runs[0]!;
    run.tool.driver.rules!.push(trivyRule('aws-access-key-id', 'secret'));
    run.results.push({ ...trivyResult('aws-access-key-id', 2, 3), level: 'error' });
    const mixed = await readSarifBothWays(tmp, 'trivy-iac-secret.sarif', log);
    expect(mixed.value?.runs[0]?.scanType).toBe('iac');
    expect(await trivyJsonRunType(['config', 'secret'])).toBe('iac');

    run.tool.driver.rules = [trivyRule('aws-access-key-id', 'secret')];
    run.results = [trivyResult('aws-access-key-id', 0, 3)];
    const secrets = await readSarifBothWays(tmp, 'trivy-secret.sarif', log);
    expect(secrets.value?.runs[0]?.scanType).toBe('secret');
    expect(secrets.value?.findings.map((f) => f.scanType)).toEqual(['secret']);
    expect(await trivyJsonRunType(['secret'])).toBe('secret');
  });

  it('counts a result with no tags and no declared rule as the tool’s type, so its run is the tool’s type too', async () => {
    const log = corpus(TRIVY_IAC);
    log.runs[0]!.results.push({ ...trivyResult('CVE-2021-23337', 0, 9), ruleIndex: undefined });
    const { value } = await readSarifBothWays(tmp, 'trivy-iac-untagged-result.sarif', log);
    expect(value?.findings.map((f) => f.scanType).sort()).toEqual(['dependency', 'iac', 'iac']);
    expect(value?.runs[0]?.scanType).toBe('dependency');
  });

  it('reads misconfiguration rules without results as an iac scan that found nothing', async () => {
    const log = corpus(TRIVY_IAC);
    log.runs[0]!.results = [];
    expect((await runsOf('trivy-iac-clean.sarif', log))[0]).toMatchObject({ scanType: 'iac', completed: true });
  });

  it('falls back to the tool name when its rules carry no type tag; a multi-purpose tool with neither rules nor results covers nothing', async () => {
    const log = corpus(TRIVY_IAC);
    const run = log.runs[0]!;
    for (const rule of run.tool.driver.rules!) rule.properties = { ...rule.properties, tags: ['security'] };
    const untagged = await readSarifBothWays(tmp, 'trivy-untagged.sarif', log);
    expect(untagged.value?.runs[0]?.scanType).toBe('dependency');
    expect(untagged.value?.findings.map((f) => f.scanType)).toEqual(['dependency', 'dependency']);

    run.results = [];
    delete run.tool.driver.rules;
    // Trivy scans dependencies, images, IaC and secrets: an empty run does not show which it was.
    const nothing = await readSarifBothWays(tmp, 'trivy-nothing.sarif', log);
    expect(nothing.value?.runs[0]?.scanType).toBe('other');
    expect(nothing.value?.warnings).toEqual([
      'trivy-nothing.sarif: /runs/0: the Trivy run has no rules and no results, so it does not show what it scanned (Trivy scans dependencies, container images, IaC and secrets); it covers no scan type. If it was, say, a dependency scan, declare it in the policy: inputs: [{ path: trivy-nothing.sarif, scanType: dependency }].',
    ]);
    // Declared, it is what the policy says, with no warning.
    const declared = await readSarifBothWays(tmp, 'trivy-nothing-declared.sarif', log, { scanType: 'dependency' });
    expect(declared.value?.runs[0]?.scanType).toBe('dependency');
    expect(declared.value?.warnings).toEqual([]);
    // A tool whose name says what it scans keeps that type when empty (Gitleaks, Semgrep: below), and so do
    // Snyk's named products: Snyk IaC is an IaC scan, not a dependency scan.
    run.tool.driver.name = 'Snyk IaC';
    const snykIac = await readSarifBothWays(tmp, 'snyk-iac-nothing.sarif', log);
    expect(snykIac.value?.runs[0]?.scanType).toBe('iac');
    expect(snykIac.value?.warnings).toEqual([]);
  });

  it.each([
    ['grype-0.34.7-java.sarif', 'dependency'],
    ['trivy-0.37.1-image.sarif', 'dependency'],
    ['gitleaks-8.0.0-no-results.sarif', 'secret'],
    ['semgrep-1.66.2-empty.sarif', 'sast'],
    ['codeql-2.19.0-ruby-security-severity.sarif', 'sast'],
    ['anchore-scan-action-0.7.3-suppressed-baseline.sarif', 'container'],
  ])('keeps the tool name’s scan type for %s', async (file, scanType) => {
    const runs = await runsOf(`keep-${file}`, corpus(file));
    expect(runs.map((r) => r.scanType)).toEqual([scanType]);
  });

  it('takes the scan type the policy declares for the input over what the rules say', async () => {
    const { value } = await readSarifBothWays(tmp, 'trivy-declared.sarif', corpus(TRIVY_IAC), {
      scanType: 'dependency',
    });
    expect(value?.runs[0]?.scanType).toBe('dependency');
    expect(value?.findings.map((f) => f.scanType)).toEqual(['dependency', 'dependency']);
  });
});
