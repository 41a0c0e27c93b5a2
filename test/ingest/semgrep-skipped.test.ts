/**
 * A file Semgrep did not scan makes its run incomplete. Semgrep reports a file it could not parse
 * (Syntax error, Lexical error, Other syntax error) or a rule that never finished on a file (Timeout,
 * Out of memory, Stack overflow, Internal matching error) as a warn-level error and exits 0 unless --strict; its own summary counts
 * such files as skipped ("analysis_failed_parser_or_internal_error"). In Semgrep JSON they are in
 * `errors[]`; in Semgrep's SARIF they are warning-level `toolExecutionNotifications` whose `descriptor.id`
 * is the type, beside an `executionSuccessful: true`. Each boundary is tested on both sides: the seven types
 * make the run incomplete, PartialParsing, Too many matches and info level do not, another SARIF tool's
 * warning is a warning only, and the list is capped at 20 problems and a count. Both formats are read
 * through the whole-document and the streaming path, which must agree.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readInputFile } from '../../src/ingest/read.js';
import { semgrep } from '../../src/ingest/semgrep.js';
import type { IngestContext, IngestResult } from '../../src/ingest/types.js';
import { silentLogger } from '../../src/logger.js';
import type { ToolRun } from '../../src/model.js';
import { completenessGate } from '../helpers.js';
import { FIXTURES, readSarifBothWays, settle } from './harness.js';

const tmp = mkdtempSync(join(tmpdir(), 'shipgate-semgrep-skipped-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The seven types that mean a file was not scanned, or not fully. */
const NOT_PARSED = ['Syntax error', 'Lexical error', 'Other syntax error'] as const;
const NOT_FINISHED = ['Timeout', 'Out of memory', 'Stack overflow', 'Internal matching error'] as const;
const SKIP_TYPES = [...NOT_PARSED, ...NOT_FINISHED];

/** What to do, per type, as the problem says it. */
const FIX: Record<string, string> = {
  'Syntax error': 'fix the file, or exclude it from the scan, e.g. in .semgrepignore, and scan again',
  'Lexical error': 'fix the file, or exclude it from the scan, e.g. in .semgrepignore, and scan again',
  'Other syntax error': 'fix the file, or exclude it from the scan, e.g. in .semgrepignore, and scan again',
  Timeout: 'raise --timeout, or exclude the file from the scan, e.g. in .semgrepignore, and scan again',
  'Out of memory': 'raise --max-memory, or exclude the file from the scan, e.g. in .semgrepignore, and scan again',
  'Stack overflow': 'exclude the file from the scan, e.g. in .semgrepignore, and scan again',
  'Internal matching error':
    'exclude the file from the scan, e.g. in .semgrepignore, and scan again; the error is a Semgrep bug worth reporting',
};

/**
 * The problem for a skipped file, as both readers word it: the whole message on one line, and the file
 * the message names when the error names none.
 */
function skipProblem(pointer: string, type: string, path: string, message: string): string {
  const flat = message.replace(/\s+/g, ' ').trim();
  const file = path === 'a file' ? (/\bat line (\S+?):\d+/.exec(message)?.[1] ?? path) : path;
  return (NOT_PARSED as readonly string[]).includes(type)
    ? `${pointer}: Semgrep could not parse ${file} (${type}: ${flat}), so its rules did not run on that file and the scan is not complete (${FIX[type]}).`
    : `${pointer}: a Semgrep rule did not finish on ${file} (${type}: ${flat}), so that file was not fully scanned and the scan is not complete (${FIX[type]}).`;
}

/** The evidence-completeness gate, requiring only sast, over one input holding the run. */
function sastGate(toolRun: ToolRun, format: string) {
  return completenessGate(toolRun, 'sast', format, `report.${format}`);
}

describe('ingest/semgrep: an error that says a file was not scanned makes the run incomplete', () => {
  /** Reads Semgrep JSON through the whole-document path and the streaming one (small and large chunks). */
  async function readBothWays(name: string, document: unknown): Promise<IngestResult> {
    const text = JSON.stringify(document);
    writeFileSync(join(tmp, name), text);
    const context: IngestContext = { root: tmp, logger: silentLogger };
    const whole = await settle(() => semgrep.parse(readInputFile(tmp, name), context));
    if (whole.value === undefined) throw new Error(`${name} was refused: ${whole.error}`);
    for (const chunkSize of [7, 4096]) {
      const input = { path: name, absPath: join(tmp, name), size: Buffer.byteLength(text) };
      const streamed = await settle(() => semgrep.parseStream!(input, context, { chunkSize }));
      expect(streamed.error).toBeUndefined();
      expect(streamed.value?.findings).toEqual(whole.value.findings);
      expect(streamed.value?.runs).toEqual(whole.value.runs);
      expect(streamed.value?.warnings).toEqual(whole.value.warnings);
    }
    return whole.value;
  }

  /** A Semgrep 1.x report that scanned src/a.js and src/b.js and found nothing, with these errors. */
  const report = (errors: unknown[]) => ({
    version: '1.100.0',
    results: [],
    errors,
    paths: { scanned: ['src/a.js', 'src/b.js'] },
  });

  /** A warn-level error as Semgrep writes it (Core_error.ml: code 3, warn, the type, the message, the path). */
  const error = (type: unknown, path = 'src/a.js', extra: Record<string, unknown> = {}) => ({
    code: 3,
    level: 'warn',
    type,
    message: `${Array.isArray(type) ? String(type[0]) : String(type)} at line ${path}:3:\n \`)\` was unexpected`,
    path,
    ...extra,
  });

  it.each(SKIP_TYPES)('%s: the run is not complete, and the error is still a warning', async (type) => {
    const result = await readBothWays(`skip-${type}.json`, report([error(type)]));
    const message = `${type} at line src/a.js:3:`;
    const full = `${message}\n \`)\` was unexpected`;
    expect(result.runs).toEqual([
      {
        tool: 'Semgrep',
        toolVersion: '1.100.0',
        scanType: 'sast',
        completed: false,
        problems: [skipProblem('/errors/0', type, 'src/a.js', full)],
        resultCount: 0,
      },
    ]);
    expect(result.warnings).toEqual([
      `skip-${type}.json: /errors/0: Semgrep reported a warning (${type}) in src/a.js: ${message}.`,
    ]);
    expect(sastGate(result.runs[0]!, 'semgrep')).toMatchObject({ status: 'fail' });
  });

  it('leaves a Syntax error in a metavariable-pattern snippet a warning, by its temporary path or its message', async () => {
    const temp = error('Syntax error', '/tmp/tmp-1280322-236379.mvar-pattern');
    const named = error('Syntax error', '.github/workflows/ci.yml', {
      message: 'Syntax error at line .github/workflows/ci.yml:12: when parsing a snippet for metavariable-pattern',
    });
    const result = await readBothWays('mvar.json', report([temp, named]));
    expect(result.runs[0]).toMatchObject({ completed: true, problems: [] });
    expect(result.warnings).toHaveLength(2);
    // The other side: the same error in a file of the project is a problem.
    const real = await readBothWays('mvar-real.json', report([error('Syntax error', 'src/a.js')]));
    expect(real.runs[0]?.completed).toBe(false);
  });

  it('reads the type from an array whose first element is its name; without a path, it names "a file"', async () => {
    const result = await readBothWays(
      'skip-array.json',
      report([
        { code: 3, level: 'warn', type: ['Timeout'], rule_id: 'js.rule', message: 'Timeout when running js.rule' },
      ]),
    );
    expect(result.runs[0]?.problems).toEqual([
      '/errors/0: a Semgrep rule did not finish on a file (Timeout: Timeout when running js.rule), so that file was not fully scanned and the scan is not complete (raise --timeout, or exclude the file from the scan, e.g. in .semgrepignore, and scan again).',
    ]);
  });

  it.each([
    ['PartialParsing (the file was parsed, some of it skipped)', error(['PartialParsing', [{ path: 'src/a.js' }]])],
    ['Too many matches', error('Too many matches')],
    ['an info-level Syntax error', error('Syntax error', 'src/a.js', { level: 'info' })],
    ['an info-level Timeout', error('Timeout', 'src/a.js', { level: 'info' })],
  ])(
    '%s: a warning only, the run stays complete; beside a skipped file, only that file is a problem',
    async (what, entry) => {
      const name = `warn-${what.replace(/\W+/g, '-')}`;
      const result = await readBothWays(`${name}.json`, report([entry]));
      expect(result.runs[0]).toMatchObject({ completed: true, problems: [] });
      expect(result.warnings).toHaveLength(1);
      expect(result.warnings[0]).toMatch(/: \/errors\/0: Semgrep reported an? (warning|info) \(/);
      expect(sastGate(result.runs[0]!, 'semgrep')).toMatchObject({ status: 'pass', reasons: [] });

      const beside = await readBothWays(`${name}-beside.json`, report([entry, error('Syntax error', 'src/b.js')]));
      expect(beside.runs[0]?.problems).toEqual([
        skipProblem('/errors/1', 'Syntax error', 'src/b.js', 'Syntax error at line src/b.js:3: `)` was unexpected'),
      ]);
      expect(beside.warnings).toHaveLength(2);
    },
  );

  it('keeps an error-level error a problem of its own, outside the cap', async () => {
    const result = await readBothWays(
      'mixed.json',
      report([
        error(['PartialParsing', []]),
        { code: 2, level: 'error', type: 'Rule parse error', message: 'Invalid rule schema' },
        error('Syntax error', 'src/b.js'),
      ]),
    );
    expect(result.runs[0]?.problems).toEqual([
      '/errors/1: Semgrep reported an error (Rule parse error): Invalid rule schema.',
      skipProblem('/errors/2', 'Syntax error', 'src/b.js', 'Syntax error at line src/b.js:3: `)` was unexpected'),
    ]);
    expect(result.warnings).toHaveLength(3);
  });

  it('names 20 skipped files one by one, and counts those past 20 in one more problem', async () => {
    const files = (n: number) =>
      Array.from({ length: n }, (_, i) => error(i % 2 ? 'Timeout' : 'Syntax error', `f${i}.js`));
    const twenty = await readBothWays('twenty.json', report(files(20)));
    expect(twenty.runs[0]?.problems).toHaveLength(20);
    expect(twenty.runs[0]?.problems.at(-1)).toMatch(/^\/errors\/19: a Semgrep rule did not finish on f19\.js /);

    const more = await readBothWays('twenty-one.json', report(files(21)));
    const problems = more.runs[0]?.problems ?? [];
    expect(problems).toHaveLength(21);
    expect(problems.slice(0, 20)).toEqual(twenty.runs[0]?.problems);
    expect(problems[20]).toBe(
      '/errors: and 1 more like these: Semgrep could not parse, or did not finish, 1 more file(s) (the report names each one), so the scan is not complete.',
    );
    // The warnings still name each one.
    expect(more.warnings).toHaveLength(21);

    const many = await readBothWays('many.json', report(files(2000)));
    expect(many.runs[0]?.problems).toHaveLength(21);
    expect(many.runs[0]?.problems[20]).toMatch(/^\/errors: and 1980 more like these: /);
  });

  it('leaves the real Semgrep JSON fixtures complete (their errors lists are empty), and not with a Syntax error added', async () => {
    for (const name of ['semgrep-1.100.0-fingerprints.json', 'semgrep-1.84.1-low-severity.json', 'semgrep-many.json']) {
      const document = JSON.parse(readFileSync(join(FIXTURES, 'semgrep-json', name), 'utf8')) as { errors: unknown[] };
      expect(document.errors).toEqual([]);
      const result = await semgrep.parse(readInputFile(FIXTURES, `semgrep-json/${name}`), {
        root: FIXTURES,
        logger: silentLogger,
      });
      expect(result.runs[0]).toMatchObject({ completed: true, problems: [] });
      document.errors = [error('Syntax error', 'src/broken.js')];
      const broken = await readBothWays(`broken-${name}`, document);
      // The findings are read as before: only the run's completeness changes.
      expect(broken.findings.map((f) => f.identityKey)).toEqual(result.findings.map((f) => f.identityKey));
      expect(broken.runs[0]).toMatchObject({
        completed: false,
        problems: [
          skipProblem(
            '/errors/0',
            'Syntax error',
            'src/broken.js',
            'Syntax error at line src/broken.js:3: `)` was unexpected',
          ),
        ],
      });
    }
  });
});

describe('ingest/sarif: warning-level notifications, and the files Semgrep did not scan', () => {
  interface Notification {
    level?: string;
    descriptor?: { id: string };
    message: { text: string };
    locations?: unknown[];
  }

  /** A notification as Semgrep's SARIF writer makes one of a Semgrep error (Sarif_output.ml). */
  const notification = (id: string, text = `${id} at line src/a.js:3:\n \`)\` was unexpected`, level = 'warning') => ({
    descriptor: { id },
    level,
    message: { text },
  });

  /** A one-run log of the tool; the invocations come after the results, as Semgrep writes them. */
  const logOf = (
    execution: Notification[],
    options: { tool?: string; configuration?: Notification[]; invocations?: unknown[] } = {},
  ) => ({
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: options.tool ?? 'Semgrep OSS', semanticVersion: '1.69.0', rules: [] } },
        results: [],
        invocations: options.invocations ?? [
          {
            executionSuccessful: true,
            toolExecutionNotifications: execution,
            ...(options.configuration ? { toolConfigurationNotifications: options.configuration } : {}),
          },
        ],
      },
    ],
  });

  async function read(name: string, log: unknown): Promise<IngestResult> {
    const { value, error } = await readSarifBothWays(tmp, name, log);
    expect(error).toBeUndefined();
    return value as IngestResult;
  }

  const AT = '/runs/0/invocations/0/toolExecutionNotifications';

  it.each(SKIP_TYPES)('Semgrep, %s: the run is not complete, and the notification is a warning', async (type) => {
    const result = await read(`sarif-skip-${type}.sarif`, logOf([notification(type)]));
    const message = `${type} at line src/a.js:3:`;
    const full = `${message}\n \`)\` was unexpected`;
    expect(result.runs).toEqual([
      {
        tool: 'Semgrep OSS',
        toolVersion: '1.69.0',
        scanType: 'sast',
        completed: false,
        problems: [skipProblem(`${AT}/0`, type, 'a file', full)],
        resultCount: 0,
      },
    ]);
    expect(result.warnings).toEqual([
      `sarif-skip-${type}.sarif: ${AT}/0: Semgrep OSS reported a warning during the scan (${type}): ${message}.`,
    ]);
    expect(sastGate(result.runs[0]!, 'sarif')).toMatchObject({ status: 'fail' });
  });

  it('names the file from the first location; a notification without a level is a warning (SARIF 3.58.6)', async () => {
    const located: Notification = {
      descriptor: { id: 'Timeout' },
      message: { text: 'Timeout when running js.rule on src/big.min.js' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'src/big.min.js' } } }],
    };
    // Semgrep 0.x named its driver "semgrep": matched whatever the case.
    const result = await read('sarif-located.sarif', logOf([located], { tool: 'semgrep' }));
    expect(result.runs[0]?.problems).toEqual([
      `${AT}/0: a Semgrep rule did not finish on src/big.min.js (Timeout: Timeout when running js.rule on src/big.min.js), so that file was not fully scanned and the scan is not complete (raise --timeout, or exclude the file from the scan, e.g. in .semgrepignore, and scan again).`,
    ]);
    expect(result.warnings).toEqual([
      `sarif-located.sarif: ${AT}/0: semgrep reported a warning during the scan (Timeout): Timeout when running js.rule on src/big.min.js.`,
    ]);
  });

  it.each([
    ['PartialParsing', notification('PartialParsing')],
    ['Too many matches', notification('Too many matches')],
    ['Rule parse error at level warning', notification('Rule parse error')],
  ])('Semgrep, %s: a warning only, the run stays complete', async (what, n) => {
    const name = `sarif-warn-${what.replace(/\W+/g, '-')}.sarif`;
    const result = await read(name, logOf([n]));
    expect(result.runs[0]).toMatchObject({ completed: true, problems: [] });
    expect(result.warnings).toEqual([
      `${name}: ${AT}/0: Semgrep OSS reported a warning during the scan (${n.descriptor.id}): ${n.descriptor.id} at line src/a.js:3:.`,
    ]);
    expect(sastGate(result.runs[0]!, 'sarif')).toMatchObject({ status: 'pass', reasons: [] });
  });

  it.each(['note', 'none'])(
    'Semgrep, a Syntax error at level %s: neither a problem nor a warning; the warning-level one beside it is both',
    async (level) => {
      const result = await read(`sarif-${level}.sarif`, logOf([notification('Syntax error', 'x', level)]));
      expect(result.runs[0]).toMatchObject({ completed: true, problems: [] });
      expect(result.warnings).toEqual([]);

      const beside = await read(
        `sarif-${level}-beside.sarif`,
        logOf([notification('Syntax error', 'x', level), notification('Syntax error', 'y')]),
      );
      expect(beside.runs[0]?.problems).toEqual([skipProblem(`${AT}/1`, 'Syntax error', 'a file', 'y')]);
      expect(beside.warnings).toEqual([
        `sarif-${level}-beside.sarif: ${AT}/1: Semgrep OSS reported a warning during the scan (Syntax error): y.`,
      ]);
    },
  );

  it('Semgrep, a Syntax error among the configuration notifications: a warning, not a skipped file', async () => {
    const result = await read('sarif-config.sarif', logOf([], { configuration: [notification('Syntax error', 'x')] }));
    expect(result.runs[0]).toMatchObject({ completed: true, problems: [] });
    expect(result.warnings).toEqual([
      'sarif-config.sarif: /runs/0/invocations/0/toolConfigurationNotifications/0: Semgrep OSS reported a configuration warning (Syntax error): x.',
    ]);
  });

  it('Semgrep, an error-level Syntax error: one problem, as any error-level notification, not two', async () => {
    const result = await read(
      'sarif-error.sarif',
      logOf([notification('Syntax error', 'broken', 'error'), notification('Syntax error', 'skipped')]),
    );
    expect(result.runs[0]?.problems).toEqual([
      `${AT}/0: Semgrep OSS reported an error during the scan (Syntax error): broken.`,
      skipProblem(`${AT}/1`, 'Syntax error', 'a file', 'skipped'),
    ]);
    expect(result.warnings).toEqual([
      `sarif-error.sarif: ${AT}/1: Semgrep OSS reported a warning during the scan (Syntax error): skipped.`,
    ]);
  });

  it('another tool: a warning-level execution or configuration notification is a warning, the run stays complete', async () => {
    const log = logOf([notification('Syntax error', 'could not parse a.js'), { message: { text: 'no level' } }], {
      tool: 'CodeQL',
      configuration: [notification('cfg/deprecated', 'option X is deprecated')],
    });
    const result = await read('sarif-codeql.sarif', log);
    expect(result.runs[0]).toMatchObject({ tool: 'CodeQL', completed: true, problems: [] });
    expect(result.warnings).toEqual([
      `sarif-codeql.sarif: ${AT}/0: CodeQL reported a warning during the scan (Syntax error): could not parse a.js.`,
      `sarif-codeql.sarif: ${AT}/1: CodeQL reported a warning during the scan: no level.`,
      'sarif-codeql.sarif: /runs/0/invocations/0/toolConfigurationNotifications/0: CodeQL reported a configuration warning (cfg/deprecated): option X is deprecated.',
    ]);
    expect(sastGate(result.runs[0]!, 'sarif')).toMatchObject({ status: 'pass', reasons: [] });
  });

  it('another tool: an error-level notification is still a problem, the warning-level one beside it a warning', async () => {
    const log = logOf(
      [notification('extractor-crash', 'the extractor crashed', 'error'), notification('Timeout', 'slow file')],
      { tool: 'CodeQL' },
    );
    const result = await read('sarif-codeql-error.sarif', log);
    expect(result.runs[0]).toMatchObject({
      completed: false,
      problems: [`${AT}/0: CodeQL reported an error during the scan (extractor-crash): the extractor crashed.`],
    });
    expect(result.warnings).toEqual([
      `sarif-codeql-error.sarif: ${AT}/1: CodeQL reported a warning during the scan (Timeout): slow file.`,
    ]);
  });

  it('names 20 skipped files and 20 warnings one by one, and counts the rest, across invocations', async () => {
    const files = (n: number, from = 0) =>
      Array.from({ length: n }, (_, i) => notification('Syntax error', `Syntax error at line f${from + i}.js:1:`));
    const twenty = await read('sarif-twenty.sarif', logOf(files(20)));
    expect(twenty.runs[0]?.problems).toHaveLength(20);
    expect(twenty.warnings).toHaveLength(20);

    // 21 in two invocations: the 21st is counted, not named.
    const log = logOf([], {
      invocations: [
        { executionSuccessful: true, toolExecutionNotifications: files(15) },
        { executionSuccessful: true, toolExecutionNotifications: files(6, 15) },
      ],
    });
    const more = await read('sarif-twenty-one.sarif', log);
    const problems = more.runs[0]?.problems ?? [];
    expect(problems).toHaveLength(21);
    expect(problems[19]).toMatch(/^\/runs\/0\/invocations\/1\/toolExecutionNotifications\/4: Semgrep could not parse /);
    expect(problems[20]).toBe(
      '/runs/0/invocations: and 1 more like these: Semgrep could not parse, or did not finish, 1 more file(s) (the report names each one), so the scan is not complete.',
    );
    expect(more.warnings).toHaveLength(21);
    expect(more.warnings[20]).toBe(
      'sarif-twenty-one.sarif: /runs/0/invocations: and 1 more warning-level notification(s) of Semgrep OSS, not listed one by one.',
    );

    // Another tool's warnings are capped the same way.
    const other = await read('sarif-other-many.sarif', logOf(files(25), { tool: 'CodeQL' }));
    expect(other.runs[0]).toMatchObject({ completed: true, problems: [] });
    expect(other.warnings).toHaveLength(21);
    expect(other.warnings[20]).toBe(
      'sarif-other-many.sarif: /runs/0/invocations: and 5 more warning-level notification(s) of CodeQL, not listed one by one.',
    );
  });

  it('leaves a Syntax error about a metavariable-pattern snippet a warning (the file itself was scanned)', async () => {
    const temp = {
      descriptor: { id: 'Syntax error' },
      level: 'warning',
      message: { text: 'Syntax error at line /tmp/tmp-1280322-236379.mvar-pattern:1:\n `${{` was unexpected' },
      locations: [{ physicalLocation: { artifactLocation: { uri: '/tmp/tmp-1280322-236379.mvar-pattern' } } }],
    };
    const named = notification(
      'Syntax error',
      'Syntax error at line .github/workflows/ci.yml:12: when parsing a snippet for metavariable-pattern',
    );
    const result = await read('sarif-mvar.sarif', logOf([temp, named]));
    expect(result.runs[0]).toMatchObject({ completed: true, problems: [] });
    expect(result.warnings).toHaveLength(2);
  });

  it('reads the real Semgrep 1.69.0 SARIF (27 Syntax errors, 4 Timeouts) as an incomplete scan', async () => {
    // This corpus report was read as a completed scan before: Semgrep wrote executionSuccessful: true and
    // listed the 31 files it did not scan as warning-level notifications, which were ignored. The report
    // itself says those files were not scanned, so its run is not complete; its 77 findings are unchanged.
    const log: unknown = JSON.parse(
      readFileSync(join(FIXTURES, 'sarif/semgrep-1.69.0-security-severity.sarif'), 'utf8'),
    );
    const result = await read('semgrep-1.69.0.sarif', log);
    expect(result.findings).toHaveLength(77);
    const [run] = result.runs;
    expect(run).toMatchObject({ tool: 'Semgrep OSS', toolVersion: '1.69.0', scanType: 'sast', completed: false });
    expect(run?.problems).toHaveLength(21);
    // The file is named from the message, and the message is given whole (on one line, cut at 300).
    expect(run?.problems[0]).toMatch(
      /^\/runs\/0\/invocations\/0\/toolExecutionNotifications\/0: Semgrep could not parse data\/static\/codefixes\/weakPasswordChallenge_4\.ts \(Syntax error: Syntax error at line data\/static\/codefixes\/weakPasswordChallenge_4\.ts:1: `User\.init\( .*…\), so its rules did not run on that file and the scan is not complete \(fix the file, or exclude it from the scan, e\.g\. in \.semgrepignore, and scan again\)\.$/,
    );
    expect(run?.problems[20]).toBe(
      '/runs/0/invocations: and 11 more like these: Semgrep could not parse, or did not finish, 11 more file(s) (the report names each one), so the scan is not complete.',
    );
    const notifications = result.warnings.filter((w) => w.includes('/invocations'));
    expect(notifications).toHaveLength(21);
    expect(notifications[20]).toBe(
      'semgrep-1.69.0.sarif: /runs/0/invocations: and 11 more warning-level notification(s) of Semgrep OSS, not listed one by one.',
    );
    expect(sastGate(run!, 'sarif')).toMatchObject({ status: 'fail' });
  });
});
