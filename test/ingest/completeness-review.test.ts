/**
 * What a review of evidence completeness found, each case on both sides of its boundary:
 * - a TruffleHog file of appended runs whose last `running source` has no `finished scanning` after it (a
 *   run cut short after an earlier one finished) is not a completed scan;
 * - a Bandit SARIF run that read 0 lines of code and lists no result covers no scan type, as Bandit JSON;
 * - Checkov's SARIF run is typed by its rules (`CKV_SECRET_*` secret, SCA rules dependency), and an empty
 *   one covers no scan type unless the policy declares it, as an empty Trivy run;
 * - a declared sast or dast scan type of a tool that never does one (Trivy; dast for WizCLI and Checkov)
 *   covers nothing, as the Trivy JSON reader has it;
 * - a SARIF run that names two revisions of one repository is not a completed scan.
 * The SARIF cases are read through the whole-document and the streaming path (readSarifBothWays), and end
 * to end through run() with the input streamed (streamAboveBytes: 1000).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/index.js';
import { silentLogger } from '../../src/logger.js';
import type { ScanType } from '../../src/model.js';
import { checkov } from '../../src/ingest/checkov.js';
import { trufflehog } from '../../src/ingest/trufflehog.js';
import type { IngestContext } from '../../src/ingest/types.js';
import { FIXTURES, createHarness, readSarifBothWays } from './harness.js';

const tmp = mkdtempSync(join(tmpdir(), 'shipgate-completeness-review-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Doc = Record<string, unknown>;
interface Run extends Doc {
  tool: { driver: { name: string; rules?: Doc[] } & Doc };
  results: Doc[];
  properties?: { metrics: Record<string, Doc> };
}
interface Log extends Doc {
  runs: Run[];
}

const fixtureText = (rel: string): string => readFileSync(join(FIXTURES, rel), 'utf8');
/** A fresh copy of a real fixture's document, to edit in a test. */
const fixture = (rel: string): Log => JSON.parse(fixtureText(rel)) as Log;
/** The log with a property bag that makes it over 1000 bytes, so that run() streams it. */
const padded = (log: Log): Log => ({ ...log, properties: { padding: 'x'.repeat(1000) } });

let seq = 0;
/** Reads a log through both paths (they must agree); the whole-document result, which must not be an error. */
async function read(log: unknown, extra: Partial<IngestContext> = {}) {
  seq += 1;
  const { value, error } = await readSarifBothWays(tmp, `log-${seq}.sarif`, log, extra);
  expect(error).toBeUndefined();
  return { ...value!, file: `log-${seq}.sarif` };
}

/**
 * Evaluates one report end to end (dry run) under the release preset requiring only `required`, with the
 * input's scanType when given, and SARIF inputs over 1000 bytes streamed; gives the evaluation's parts.
 */
async function evaluate(
  name: string,
  content: unknown,
  required: ScanType,
  options: { scanType?: ScanType; requireCommit?: boolean; commit?: string } = {},
) {
  const root = mkdtempSync(join(tmp, 'run-'));
  mkdirSync(join(root, 'reports'));
  const text = typeof content === 'string' ? content : JSON.stringify(content, null, 1);
  writeFileSync(join(root, 'reports', name), text);
  mkdirSync(join(root, '.shipgate'));
  const input =
    options.scanType === undefined ? `reports/${name}` : `{ path: reports/${name}, scanType: ${options.scanType} }`;
  writeFileSync(
    join(root, '.shipgate/policy.yml'),
    `version: 1\nextends: release\nevidence:\n  required: [${required}]\n  requireCommit: ${options.requireCommit ?? false}\ngates:\n  control-verification: { enforcement: off }\n  disposition-integrity: { enforcement: off }\ninputs:\n  - ${input}\n`,
  );
  const { evaluation } = await run({
    root,
    scans: [],
    dryRun: true,
    streamAboveBytes: 1000,
    clock: () => new Date('2026-11-25T12:00:00Z'),
    logger: silentLogger,
    ...(options.commit !== undefined ? { commit: options.commit } : {}),
  });
  return {
    bytes: Buffer.byteLength(text),
    gate: evaluation.gates.find((g) => g.id === 'evidence-completeness'),
    input: evaluation.inputs[0],
    findings: evaluation.findings,
  };
}

describe('TruffleHog: every running source needs a finished scanning line after it', () => {
  const { parseText } = createHarness(trufflehog, 'trufflehog-json');
  const FIXTURE = fixtureText('trufflehog-json/trufflehog-v3-git.jsonl');
  const running = (id: string) =>
    JSON.stringify({
      level: 'info-0',
      ts: '2026-02-05T16:41:07Z',
      logger: 'trufflehog',
      msg: 'running source',
      source_manager_worker_id: id,
      with_units: false,
    });
  const finished = (verified: number) =>
    JSON.stringify({
      level: 'info-0',
      ts: '2026-02-05T16:41:09Z',
      logger: 'trufflehog',
      msg: 'finished scanning',
      chunks: 120,
      bytes: 52000,
      verified_secrets: verified,
      unverified_secrets: 0,
      scan_duration: '1.5s',
      trufflehog_version: '3.93.0',
    });
  const lines = (...l: string[]) => `${l.join('\n')}\n`;
  const CUT = (at: string, one = true) =>
    `${at}: TruffleHog logged 'running source' but no 'finished scanning' line comes after ${one ? 'it' : 'them'}, so the scan ${one ? 'it' : 'they'} started may have been cut short (a file that holds several TruffleHog runs needs each run's 'finished scanning' line; keep each run's whole --json output, results and log, and scan again).`;

  it('a second run cut short after the first finished (no results): not complete, naming its line', async () => {
    const cut = await parseText('cut.jsonl', lines(running('0sbab'), finished(0), running('k2x9a')));
    expect(cut.runs).toEqual([
      {
        tool: 'TruffleHog',
        toolVersion: '3.93.0',
        scanType: 'secret',
        completed: false,
        problems: [CUT('line 3')],
        resultCount: 0,
      },
    ]);
    // The other side: the second run finished too.
    const both = await parseText('both.jsonl', lines(running('0sbab'), finished(0), running('k2x9a'), finished(0)));
    expect(both.runs[0]).toMatchObject({ completed: true, problems: [] });
  });

  it('the real report with a finished run and a run cut short appended: not complete; the counts still add up', async () => {
    // The fixture's four results, then the log of the run that found them, then a run that never finished.
    const text = `${FIXTURE.trimEnd()}\n${lines(running('0sbab'), finished(4), running('0sbab'))}`;
    const cut = await parseText('appended.jsonl', text);
    expect(cut.findings).toHaveLength(4);
    expect(cut.runs[0]).toMatchObject({ completed: false, problems: [CUT('line 7')] });
    // Its results came with it (more result lines than counted are allowed): still not complete.
    const withResults = await parseText('appended-results.jsonl', `${text}${FIXTURE.split('\n')[0]}\n`);
    expect(withResults.runs[0]).toMatchObject({ completed: false, problems: [CUT('line 7')], resultCount: 5 });
    const done = await parseText('appended-done.jsonl', `${text}${finished(0)}\n`);
    expect(done.runs[0]).toMatchObject({ completed: true, problems: [], resultCount: 4 });
  });

  it('sums the counts of every finished line, and refuses a report that lists fewer results than they count', async () => {
    const [first, second] = FIXTURE.split('\n') as [string, string];
    const two = lines(running('a'), first, finished(1), running('b'), second, finished(1));
    expect((await parseText('two.jsonl', two)).runs[0]).toMatchObject({ completed: true, resultCount: 2 });
    const short = lines(running('a'), first, finished(1), running('b'), finished(1));
    await expect(parseText('short.jsonl', short)).rejects.toThrow(
      "short.jsonl: TruffleHog's 2 'finished scanning' lines (line 3: verified_secrets 1, unverified_secrets 0; line 5: verified_secrets 1, unverified_secrets 0) count 2 secrets, but the report holds 1 result line",
    );
  });

  it('several sources started before one finished line (multi-scan) are one finished run; sources after it are not', async () => {
    const multi = await parseText('multi.jsonl', lines(running('a'), running('b'), running('c'), finished(0)));
    expect(multi.runs[0]).toMatchObject({ completed: true, problems: [] });
    const cut = await parseText('multi-cut.jsonl', lines(running('a'), finished(0), running('b'), running('c')));
    expect(cut.runs[0]).toMatchObject({ completed: false, problems: [CUT('lines 3, 4', false)] });
  });

  it('end to end: the appended report cut short fails evidence-completeness; finished, it passes', async () => {
    const text = `${FIXTURE.trimEnd()}\n${lines(running('0sbab'), finished(4), running('0sbab'))}`;
    const cut = await evaluate('th.jsonl', text, 'secret');
    expect(cut.input?.format).toBe('trufflehog');
    expect(cut.gate?.status).toBe('fail');
    expect(cut.gate?.reasons.join('\n')).toContain(`reports/th.jsonl: ${CUT('line 7')}`);
    const done = await evaluate('th.jsonl', `${text}${finished(0)}\n`, 'secret');
    expect(done.gate?.status).toBe('pass');
  });
});

describe('Bandit SARIF: a run that read no code covers no scan type, as Bandit JSON', () => {
  const MANY = 'sarif/bandit-1.8.6-many-results.sarif';
  const ZERO = {
    loc: 0,
    nosec: 0,
    skipped_tests: 0,
    'SEVERITY.UNDEFINED': 0,
    'CONFIDENCE.UNDEFINED': 0,
    'SEVERITY.LOW': 0,
    'CONFIDENCE.LOW': 0,
    'SEVERITY.MEDIUM': 0,
    'CONFIDENCE.MEDIUM': 0,
    'SEVERITY.HIGH': 0,
    'CONFIDENCE.HIGH': 0,
  };
  /** The real many-results log emptied: no results, no per-file metrics, totals of 0 with `loc`. */
  function emptied(loc: number, propertiesLast = false): Log {
    const log = fixture(MANY);
    const runDoc = log.runs[0]!;
    runDoc.results = [];
    runDoc.properties = { metrics: { _totals: { ...ZERO, loc } } };
    if (propertiesLast) {
      // Properties after the results: a stream reads them only at the end of the run.
      const { properties, ...rest } = runDoc;
      log.runs[0] = { ...rest, properties } as Run;
    }
    return log;
  }
  const NO_CODE = (file: string, shown = 'the metrics list no scanned file') =>
    `${file}: /runs/0/properties/metrics/_totals/loc: the count of lines of code is 0, ${shown}, and there are no results: Bandit read no code, so the report covers no scan type. Check the paths given to Bandit (bandit -r <folder>), its excludes (-x, --exclude, the config file) and that the target holds Python files, then scan again.`;

  it('loc 0 and no results: covers nothing, with the warning, whichever comes first; loc 1: a sast scan', async () => {
    for (const last of [false, true]) {
      const none = await read(emptied(0, last));
      expect(none.runs).toEqual([
        {
          tool: 'Bandit',
          toolVersion: '1.8.6',
          scanType: 'sast',
          coversNothing: true,
          completed: true,
          problems: [],
          resultCount: 0,
        },
      ]);
      expect(none.warnings).toEqual([NO_CODE(none.file)]);
      const one = await read(emptied(1, last));
      expect(one.runs[0]?.coversNothing).toBeUndefined();
      expect(one.warnings).toEqual([]);
    }
  });

  it('per-file metrics of 0 lines say so; a declared scanType does not make it count; a result does', async () => {
    const log = emptied(0);
    log.runs[0]!.properties!.metrics['./src/app.py'] = { ...ZERO };
    const listed = await read(log);
    expect(listed.warnings).toEqual([NO_CODE(listed.file, 'the metrics list 1 file(s), none with a line of code')]);
    const declared = await read(emptied(0), { scanType: 'sast' });
    expect(declared.runs[0]).toMatchObject({ scanType: 'sast', coversNothing: true });
    // A result shows code was read, whatever loc says (the real log keeps its results, loc set to 0).
    const real = fixture(MANY);
    real.runs[0]!.properties!.metrics._totals!.loc = 0;
    const withResults = await read(real);
    expect(withResults.runs[0]?.coversNothing).toBeUndefined();
    expect(withResults.runs[0]?.resultCount).toBe(172);
  });

  it('end to end, streamed: loc 0 fails evidence-completeness for sast; loc 1 passes', async () => {
    const none = await evaluate('bandit.sarif', emptied(0, true), 'sast');
    expect(none.bytes).toBeGreaterThan(1000);
    expect(none.input?.runs[0]).toMatchObject({ coversNothing: true, completed: true });
    expect(none.gate?.status).toBe('fail');
    expect(none.input?.warnings).toContain(NO_CODE('reports/bandit.sarif'));
    const one = await evaluate('bandit.sarif', emptied(1, true), 'sast');
    expect(one.gate?.status).toBe('pass');
  });
});

describe('Checkov SARIF: typed by its rules; an empty run covers nothing unless declared', () => {
  /**
   * Checkov's own test resource (its openapi runner's SARIF, fixtures/malformed: 12 results of 3 rules), with
   * the tool object Checkov writes (checkov/common/output/sarif.py) put back.
   */
  function openapi(): Log {
    const log = fixture('malformed/checkov-sarif-missing-tool.sarif');
    const rule = (id: string) => ({ id, name: id, defaultConfiguration: { level: 'error' } });
    log.runs[0]!.tool = {
      driver: {
        name: 'checkov',
        version: '3.2.0',
        informationUri: 'https://checkov.io',
        rules: [rule('CKV_OPENAPI_4'), rule('CKV_OPENAPI_1'), rule('CKV_OPENAPI_3')],
        organization: 'bridgecrew',
      },
    };
    return log;
  }
  /** A Checkov result of `ruleId` (index `ruleIndex`) at a line of a file, as Checkov writes one. */
  const result = (ruleId: string, ruleIndex: number, uri: string, line: number) => ({
    ruleId,
    ruleIndex,
    level: 'error',
    attachments: [],
    message: { text: ruleId },
    locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: line, endLine: line } } }],
  });
  /** A run of only these rules, one result each. */
  function onlyRules(ids: string[], uri = 'config/settings.py'): Log {
    const log = openapi();
    log.runs[0]!.tool.driver.rules = ids.map((id) => ({ id, name: id, defaultConfiguration: { level: 'error' } }));
    log.runs[0]!.results = ids.map((id, i) => result(id, i, uri, 10 + i));
    return log;
  }
  const EMPTY_WARNING = (file: string) =>
    `${file}: /runs/0: the checkov run has no rules and no results, so it does not show what it scanned (checkov scans IaC, secrets, dependencies and container images); it covers no scan type. If it was, say, a dependency scan, declare it in the policy: inputs: [{ path: ${file}, scanType: dependency }].`;

  it("reads Checkov's own SARIF as before: 12 iac findings, an iac scan", async () => {
    const log = await read(openapi());
    expect(log.findings).toHaveLength(12);
    expect(new Set(log.findings.map((f) => f.scanType))).toEqual(new Set(['iac']));
    expect(log.findings.map((f) => f.ruleId).slice(0, 3)).toEqual(['CKV_OPENAPI_4', 'CKV_OPENAPI_1', 'CKV_OPENAPI_4']);
    expect(log.runs).toEqual([
      { tool: 'checkov', toolVersion: '3.2.0', scanType: 'iac', completed: true, problems: [], resultCount: 12 },
    ]);
    expect(log.warnings).toEqual([]);
  });

  it('a secrets-only run is a secret scan of secret findings; beside IaC checks the run stays iac', async () => {
    const secrets = await read(onlyRules(['CKV_SECRET_2']));
    expect(secrets.runs[0]).toMatchObject({ scanType: 'secret', completed: true });
    expect(secrets.runs[0]?.coversNothing).toBeUndefined();
    expect(secrets.findings.map((f) => [f.scanType, f.identityKey])).toEqual([
      ['secret', 'secret|config/settings.py|10'],
    ]);
    const mixed = openapi();
    mixed.runs[0]!.tool.driver.rules!.push({ id: 'CKV_SECRET_6', name: 'Base64 High Entropy String' });
    mixed.runs[0]!.results.push(result('CKV_SECRET_6', 3, 'v2/example.yml', 5));
    const both = await read(mixed);
    expect(both.runs[0]?.scanType).toBe('iac');
    expect(both.findings.map((f) => f.scanType).filter((t) => t === 'secret')).toHaveLength(1);
  });

  it('SCA rules are dependency findings with their package; two packages of one CVE stay two', async () => {
    const sca = await read(
      onlyRules(
        ['CVE-2021-23337_lodash@4.17.20', 'CVE-2021-23337_@babel/core@7.0.0', 'GPL-3.0_left-pad@1.0.0'],
        'package.json',
      ),
    );
    expect(sca.runs[0]).toMatchObject({ scanType: 'dependency', completed: true });
    expect(sca.findings.map((f) => [f.scanType, f.package?.name, f.package?.version])).toEqual([
      ['dependency', 'lodash', '4.17.20'],
      ['dependency', '@babel/core', '7.0.0'],
      ['dependency', 'package.json', undefined],
    ]);
    expect(new Set(sca.findings.map((f) => f.identityKey)).size).toBe(3);
    expect(sca.findings[0]?.aliases).toContain('CVE-2021-23337');
    // The check ids of Checkov's SCA before its SARIF writer named the package name none: dependency
    // findings that keep their line (a review found four BC_VUL_2 results at four lines made one).
    const old = await read(onlyRules(['CKV_CVE_2020_29652', 'BC_VUL_2', 'BC_VUL_2'], 'go.sum'));
    expect(old.runs[0]?.scanType).toBe('dependency');
    expect(old.findings.map((f) => f.scanType)).toEqual(['dependency', 'dependency', 'dependency']);
    expect(old.findings.map((f) => f.identityKey)).toEqual([
      'dep|CKV_CVE_2020_29652|:go.sum||line 10',
      'dep|BC_VUL_2|:go.sum||line 11',
      'dep|BC_VUL_2|:go.sum||line 12',
    ]);
    // Declared a dependency scan, the same.
    const declared = await read(onlyRules(['BC_VUL_2', 'BC_VUL_2'], 'go.sum'), { scanType: 'dependency' });
    expect(new Set(declared.findings.map((f) => f.identityKey)).size).toBe(2);
  });

  it('a Checkov secret stays a secret when the input declares scanType iac (as a clean Checkov SARIF needs)', async () => {
    const declared = await read(onlyRules(['CKV_SECRET_2', 'CKV_AWS_20']), { scanType: 'iac' });
    expect(declared.findings.map((f) => [f.ruleId, f.scanType])).toEqual([
      ['CKV_SECRET_2', 'secret'],
      ['CKV_AWS_20', 'iac'],
    ]);
  });

  it('an empty run covers nothing, with the warning an empty Trivy run gets; declared, it covers that type', async () => {
    const log = openapi();
    log.runs[0]!.tool.driver.rules = [];
    log.runs[0]!.results = [];
    const empty = await read(log);
    expect(empty.runs).toEqual([
      {
        tool: 'checkov',
        toolVersion: '3.2.0',
        scanType: 'other',
        coversNothing: true,
        completed: true,
        problems: [],
        resultCount: 0,
      },
    ]);
    expect(empty.warnings).toEqual([EMPTY_WARNING(empty.file)]);
    const declared = await read(log, { scanType: 'iac' });
    expect(declared.runs[0]).toMatchObject({ scanType: 'iac', completed: true });
    expect(declared.runs[0]?.coversNothing).toBeUndefined();
    expect(declared.warnings).toEqual([]);
  });

  it('end to end, streamed: secrets-only is no iac evidence but secret evidence, rated by the preset; IaC passes iac', async () => {
    const secrets = padded(onlyRules(['CKV_SECRET_2']));
    const asIac = await evaluate('checkov.sarif', secrets, 'iac');
    expect(asIac.bytes).toBeGreaterThan(1000);
    expect(asIac.gate?.status).toBe('fail');
    const asSecret = await evaluate('checkov.sarif', secrets, 'secret');
    expect(asSecret.gate?.status).toBe('pass');
    // The release preset's override for secrets applies (level error alone would be high).
    expect(asSecret.findings.map((f) => [f.scanType, f.severity])).toEqual([['secret', 'critical']]);
    expect((await evaluate('checkov.sarif', openapi(), 'iac')).gate?.status).toBe('pass');
    const emptyLog = openapi();
    emptyLog.runs[0]!.tool.driver.rules = [];
    emptyLog.runs[0]!.results = [];
    emptyLog.runs[0]!.invocations = [{ executionSuccessful: true, toolExecutionNotifications: [] }];
    expect((await evaluate('checkov.sarif', padded(emptyLog), 'iac')).gate?.status).toBe('fail');
    expect((await evaluate('checkov.sarif', padded(emptyLog), 'iac', { scanType: 'iac' })).gate?.status).toBe('pass');
  });
});

describe('a declared scan type the tool never does covers nothing', () => {
  /** The real Trivy misconfiguration log, emptied (no rules, no results) as a clean Trivy run. */
  function emptyTrivy(): Log {
    const log = fixture('sarif/trivy-0.62.1-iac.sarif');
    delete log.runs[0]!.tool.driver.rules;
    log.runs[0]!.results = [];
    return log;
  }
  const NEVER = (file: string, declared: ScanType, tool: string, scans: string) =>
    `${file}: /runs/0: the policy declares scanType ${declared} for this input, but no result shows a ${declared} scan, which ${tool} does not do (it scans ${scans}). So the run covers no scan type: declaring a type says what kind of scan it was, not that it looked at anything. Give the ${declared} evidence from a ${declared.toUpperCase()} tool.`;
  const TRIVY_SCANS = 'dependencies, container images, IaC and secrets';

  it('Trivy declared sast or dast covers nothing, empty or not; declared dependency covers it', async () => {
    for (const declared of ['sast', 'dast'] as const) {
      const empty = await read(emptyTrivy(), { scanType: declared });
      expect(empty.runs[0]).toMatchObject({ scanType: declared, coversNothing: true, completed: true });
      expect(empty.warnings).toEqual([NEVER(empty.file, declared, 'Trivy', TRIVY_SCANS)]);
      const full = await read(fixture('sarif/trivy-0.62.1-iac.sarif'), { scanType: declared });
      expect(full.runs[0]).toMatchObject({ scanType: declared, coversNothing: true });
      expect(full.findings).toHaveLength(2);
    }
    const dependency = await read(emptyTrivy(), { scanType: 'dependency' });
    expect(dependency.runs[0]).toMatchObject({ scanType: 'dependency', completed: true });
    expect(dependency.runs[0]?.coversNothing).toBeUndefined();
    expect(dependency.warnings).toEqual([]);
  });

  it('WizCLI and Checkov do static analysis but no dast; Snyk (Snyk Code does SAST) is not refused', async () => {
    const named = (name: string): Log => {
      const log = emptyTrivy();
      log.runs[0]!.tool.driver.name = name;
      return log;
    };
    for (const [name, scans] of [
      ['WizCLI', 'container images, IaC and secrets'],
      ['checkov', 'IaC, secrets, dependencies and container images'],
    ] as const) {
      const dast = await read(named(name), { scanType: 'dast' });
      expect(dast.runs[0]).toMatchObject({ scanType: 'dast', coversNothing: true });
      expect(dast.warnings).toEqual([NEVER(dast.file, 'dast', name === 'WizCLI' ? 'WizCLI' : 'Checkov', scans)]);
      const sast = await read(named(name), { scanType: 'sast' });
      expect(sast.runs[0]?.coversNothing).toBeUndefined();
      expect(sast.warnings).toEqual([]);
    }
    for (const declared of ['sast', 'dast'] as const) {
      const snyk = await read(named('Snyk'), { scanType: declared });
      expect(snyk.runs[0]?.coversNothing).toBeUndefined();
    }
  });

  it('end to end, streamed: an empty Trivy run declared sast fails a policy requiring sast; declared dependency passes', async () => {
    const log = padded(emptyTrivy());
    const sast = await evaluate('trivy.sarif', log, 'sast', { scanType: 'sast' });
    expect(sast.bytes).toBeGreaterThan(1000);
    expect(sast.gate?.status).toBe('fail');
    expect(sast.input?.warnings).toContain(NEVER('reports/trivy.sarif', 'sast', 'Trivy', TRIVY_SCANS));
    const dependency = await evaluate('trivy.sarif', log, 'dependency', { scanType: 'dependency' });
    expect(dependency.gate?.status).toBe('pass');
  });
});

describe('a SARIF run that names two revisions of one repository', () => {
  const A = '0123456789abcdef0123456789abcdef01234567';
  const B = 'fedcba9876543210fedcba9876543210fedcba98';
  const REPO = 'https://github.com/acme/app';
  /** The real Trivy misconfiguration log, naming these revisions. */
  function withProvenance(...entries: Doc[]): Log {
    const log = fixture('sarif/trivy-0.62.1-iac.sarif');
    log.runs[0]!.versionControlProvenance = entries;
    return log;
  }
  const TWO = (i: number, revision: string, other: string, of: string) =>
    `/runs/0/versionControlProvenance/${i}/revisionId: the run names revision ${revision} ${of}, and revision ${other} at /runs/0/versionControlProvenance/0/revisionId: a run that names two revisions of one repository does not say which of them its results are of, so it cannot vouch for the commit under test (expected one revisionId per repositoryUri; give the scan of each commit a run of its own).`;

  it('is not a completed scan; one revision (abbreviated or not, in any case) or two repositories are', async () => {
    const two = await read(
      withProvenance({ repositoryUri: REPO, revisionId: A }, { repositoryUri: `${REPO}.git/`, revisionId: B }),
    );
    expect(two.runs[0]).toMatchObject({ completed: false, commit: A, problems: [TWO(1, B, A, `of ${REPO}.git/`)] });
    const bare = await read(withProvenance({ revisionId: A }, { revisionId: B }));
    expect(bare.runs[0]?.problems).toEqual([TWO(1, B, A, 'of the repository (neither entry gives a repositoryUri)')]);
    const same = await read(
      withProvenance(
        { repositoryUri: REPO, revisionId: A },
        { repositoryUri: REPO, revisionId: A.slice(0, 7).toUpperCase() },
      ),
    );
    expect(same.runs[0]).toMatchObject({ completed: true, problems: [], commit: A });
    const repos = await read(
      withProvenance(
        { repositoryUri: REPO, revisionId: A },
        { repositoryUri: 'https://github.com/acme/lib', revisionId: B },
      ),
    );
    expect(repos.runs[0]).toMatchObject({ completed: true, problems: [], commit: A });
  });

  it('end to end, streamed: fails requireCommit though its first revision is the commit under test', async () => {
    const two = withProvenance({ repositoryUri: REPO, revisionId: A }, { repositoryUri: REPO, revisionId: B });
    const failed = await evaluate('trivy.sarif', two, 'iac', { requireCommit: true, commit: A });
    expect(failed.bytes).toBeGreaterThan(1000);
    expect(failed.gate?.status).toBe('fail');
    expect(failed.gate?.reasons.join('\n')).toContain(`reports/trivy.sarif: ${TWO(1, B, A, `of ${REPO}`)}`);
    const one = withProvenance({ repositoryUri: REPO, revisionId: A });
    expect((await evaluate('trivy.sarif', one, 'iac', { requireCommit: true, commit: A })).gate?.status).toBe('pass');
  });
});

describe('a Checkov JSON secret under a declared scanType iac', () => {
  const checkovHarness = createHarness(checkov, 'checkov-json');
  it('stays a secret finding, as in Checkov SARIF; the IaC checks beside it stay iac', async () => {
    const list = JSON.parse(
      readFileSync(join(FIXTURES, 'checkov-json/checkov-2.0.209-multiple-check-types-list.json'), 'utf8'),
    ) as Record<string, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
    const [terraform] = list;
    const failed = structuredClone(terraform?.results.failed_checks[0]);
    const secrets = {
      check_type: 'secrets',
      results: {
        passed_checks: [],
        failed_checks: [
          {
            ...failed,
            check_id: 'CKV_SECRET_2',
            check_name: 'AWS Access Key',
            file_path: '/config.env',
            file_line_range: [5, 5],
          },
        ],
        skipped_checks: [],
        parsing_errors: [],
      },
      summary: { ...terraform?.summary, passed: 0, failed: 1, resource_count: 1 },
    };
    const report = JSON.stringify([terraform, secrets]);
    const declared = await checkovHarness.parseText('ck.json', report, { scanType: 'iac' });
    const byRule = new Map(declared.findings.map((f) => [f.ruleId, f.scanType]));
    expect(byRule.get('CKV_SECRET_2')).toBe('secret');
    expect(byRule.get('CKV_AWS_161')).toBe('iac');
  });
});
