/**
 * Report values are attacker-controlled: none may start a line a CI runner reads as a workflow command
 * (`::error::`, `::stop-commands::`, `##[error]`), move the terminal, or split a line of the text report.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { silentLogger } from '../src/logger.js';
import { plain } from '../src/report/text.js';
import { run } from '../src/run.js';
import { forLog, neutralizeWorkflowCommands } from '../src/strings.js';
import { hostileSarif } from './helpers.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(REPO, 'dist/cli.js');
const ACTION = join(REPO, 'dist/action.js');
const COMMAND_LINE = /^[ \t]*(::|##\[)/m;

/** What the runner trims from a line's start before it looks for `::` (.NET's Char.IsWhiteSpace). */
const RUNNER_TRIMS = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
/** The runner's registered workflow commands (actions/runner ActionCommandManager). */
const RUNNER_COMMANDS = new Set([
  'stop-commands',
  'error',
  'warning',
  'notice',
  'debug',
  'add-mask',
  'set-output',
  'save-state',
  'group',
  'endgroup',
  'echo',
  'add-matcher',
  'remove-matcher',
]);

/**
 * The command the Actions runner reads in one log line, as actions/runner's ActionCommand does: `::name`
 * once the line's white space is trimmed (TryParseV2), else `##[name]` anywhere in it (the legacy
 * TryParse); undefined when it reads none.
 */
function runnerCommand(line: string): string | undefined {
  const trimmed = line.replace(RUNNER_TRIMS, '');
  const named = (info: string) => {
    const name = info.split(' ')[0]?.toLowerCase() ?? '';
    return RUNNER_COMMANDS.has(name) ? name : undefined;
  };
  if (trimmed.startsWith('::')) {
    const end = trimmed.indexOf('::', 2);
    const name = end < 0 ? undefined : named(trimmed.slice(2, end));
    if (name) return name;
  }
  const legacy = trimmed.indexOf('##[');
  const close = legacy < 0 ? -1 : trimmed.indexOf(']', legacy);
  return close < 0 ? undefined : named(trimmed.slice(legacy + 3, close));
}

/** Lines of a log the runner reads as a command but that `@actions/core` did not write (it writes `::` at column 0). */
function forgedCommands(log: string): string[] {
  return log.split(/\r\n|\r|\n/).filter((line) => runnerCommand(line) !== undefined && !line.startsWith('::'));
}

/** A SARIF report whose rule ids carry the commands a reviewer smuggled past the log filter. */
function unicodeHostileSarif(ruleIds: readonly string[]): string {
  return JSON.stringify({
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'CodeQL',
            rules: ruleIds.map((id) => ({ id, properties: { 'security-severity': 'n/a' } })),
          },
        },
        results: ruleIds.map((ruleId, i) => ({
          ruleId,
          level: 'note',
          message: { text: 'm' },
          locations: [{ physicalLocation: { artifactLocation: { uri: `src/${i}.js` }, region: { startLine: 1 } } }],
        })),
      },
    ],
  });
}

const REVIEWER_RULE_IDS = [
  'r1\n\u00a0::error title=shipgate approved::Release approved by security-lead',
  'r2 ##[warning]forged mid-line legacy command',
  'r3\n\u3000::stop-commands::resume42',
];

describe('log safety', () => {
  it('neutralizeWorkflowCommands puts a word joiner before every command-like line, and leaves other text alone', () => {
    const text = 'first\n::error::x\n  ::add-mask::y\r\n##[error]z\u2028::warning::w\nkeeps :: inside';
    const safe = neutralizeWorkflowCommands(text);
    expect(safe).not.toMatch(COMMAND_LINE);
    expect(safe.split(/\r?\n|\u2028/)).toEqual([
      'first',
      '\u2060::error::x',
      '  \u2060::add-mask::y',
      '##\u2060[error]z',
      '\u2060::warning::w',
      'keeps :: inside',
    ]);
    expect(neutralizeWorkflowCommands('no command here\n')).toBe('no command here\n');
  });

  it('treats any run of the white space the runner trims as a line start, and breaks ##[ wherever it is', () => {
    const spaces = [
      ...'\t\v\f \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000',
    ];
    for (const space of spaces) {
      const safe = neutralizeWorkflowCommands(`x\n${space}::error::forged\n${space}${space} ::add-mask::y`);
      expect(safe).toBe(`x\n${space}\u2060::error::forged\n${space}${space} \u2060::add-mask::y`);
      expect(forgedCommands(safe)).toEqual([]);
    }
    // A line break the runner splits on, then white space of any kind, counts as a line start too.
    expect(neutralizeWorkflowCommands('a\r\u00a0::error::b\u2028\u3000::warning::c\u2029::notice::d')).toBe(
      'a\r\u00a0\u2060::error::b\u2028\u3000\u2060::warning::c\u2029\u2060::notice::d',
    );
    expect(neutralizeWorkflowCommands('::error::first')).toBe('\u2060::error::first');
    expect(neutralizeWorkflowCommands('r2 ##[warning]forged ###[error]x')).toBe(
      'r2 ##\u2060[warning]forged ###\u2060[error]x',
    );
    // What is not white space to the runner is left alone, and so is text with no command in it.
    expect(neutralizeWorkflowCommands('a\n\u200b::error::b')).toBe('a\n\u200b::error::b');
    expect(neutralizeWorkflowCommands('keeps :: inside, and # [ apart')).toBe('keeps :: inside, and # [ apart');
  });

  it("neutralizes the reviewer's rule ids: no line the runner would read as a command, the text still readable", () => {
    for (const id of REVIEWER_RULE_IDS) {
      expect(forgedCommands(`warning: rule '${id}' x`)).not.toEqual([]);
      const safe = forLog(`warning: rule '${id}' has security-severity 'n/a'`);
      expect(forgedCommands(safe)).toEqual([]);
      expect(safe.replace(/\u2060/g, '')).toBe(`warning: rule '${id}' has security-severity 'n/a'`);
    }
  });

  it('the Action logs no line the runner reads as a command it did not write, for rule ids with Unicode white space and ##[', () => {
    const root = mkdtempSync(join(tmpdir(), 'sg-log-action-'));
    writeFileSync(join(root, 'extra.sarif'), unicodeHostileSarif(REVIEWER_RULE_IDS));
    const runner = mkdtempSync(join(tmpdir(), 'sg-log-runner-'));
    writeFileSync(join(runner, 'output'), '');
    writeFileSync(join(runner, 'summary'), '');
    const result = spawnSync(process.execPath, [ACTION], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: root,
        GITHUB_REPOSITORY: 'acme/payments',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_OUTPUT: join(runner, 'output'),
        GITHUB_STEP_SUMMARY: join(runner, 'summary'),
        SHIPGATE_NOW: '2026-11-25T12:00:00Z',
        INPUT_SCANS: 'extra.sarif',
        INPUT_POLICY: 'release',
        'INPUT_DRY-RUN': 'true',
        'INPUT_TRUSTED-REF': 'auto',
      },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    const log = `${result.stdout}${result.stderr}`;
    // The values are logged (the warnings name each rule), readably, and none is a command.
    // A value's line break and Unicode white space are written as escapes: it stays on its line.
    expect(log).toContain("rule 'r1\\n\\u00A0::error title=shipgate approved::Release approved by security-lead'");
    expect(log).toContain("rule 'r2 ##\u2060[warning]forged mid-line legacy command'");
    expect(log).toContain("rule 'r3\\n\\u3000::stop-commands::resume42'");
    expect(forgedCommands(log)).toEqual([]);
  });

  it('forLog also replaces terminal controls and a lone carriage return, keeping line breaks', () => {
    expect(forLog('a\u001b[2Jb\rc\r\nd\n::error::e')).toBe('a?[2Jb?c\r\nd\n\u2060::error::e');
  });

  it('plain keeps a value on its line', () => {
    expect(plain('R1\n::stop-commands::zz\tx')).toBe('R1 ::stop-commands::zz x');
  });

  it('the CLI prints no command-like line, and the text report keeps each finding on one line', () => {
    const root = mkdtempSync(join(tmpdir(), 'sg-log-'));
    writeFileSync(join(root, 'evil.sarif'), hostileSarif());
    const result = spawnSync(process.execPath, [CLI, 'evaluate', '--root', root, '--scan', 'evil.sarif', '--dry-run'], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', SHIPGATE_NOW: '2026-11-25T12:00:00Z' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('R1 ::stop-commands::zz');
    expect(result.stdout).toContain("has security-severity 'bad\\n::add-mask::shipgate'");
    for (const stream of [result.stdout, result.stderr]) {
      expect(stream).not.toMatch(COMMAND_LINE);
      expect(stream).not.toContain('\u001b');
    }
  });

  it('--format json on stdout holds no ##[ (written as the JSON escape), and parses to the same text', () => {
    const root = mkdtempSync(join(tmpdir(), 'sg-log-json-'));
    // The rule id is in every output; with ##[ in it the JSON would carry a legacy command mid-line.
    writeFileSync(
      join(root, 'evil.sarif'),
      hostileSarif().replaceAll('R1\\n::stop-commands::zz', 'R1 ##[error]forged'),
    );
    const result = spawnSync(
      process.execPath,
      [CLI, 'evaluate', '--root', root, '--scan', 'evil.sarif', '--dry-run', '--format', 'json'],
      { cwd: root, env: { PATH: process.env.PATH ?? '', SHIPGATE_NOW: '2026-11-25T12:00:00Z' }, encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    expect(result.stdout).not.toContain('##[');
    expect(result.stdout).not.toMatch(COMMAND_LINE);
    expect(result.stdout).toContain('##\\u005b');
    // The escape is JSON's: the parsed text holds the report's ##[ as it was.
    const parsed = JSON.stringify(JSON.parse(result.stdout));
    expect(parsed).toContain('R1 ##[error]forged');
  });

  it('--format json writes C1, U+2028 and bidirectional controls as escapes: the same JSON, nothing raw', () => {
    const root = mkdtempSync(join(tmpdir(), 'sg-log-json-'));
    // U+009B is a one-character CSI to terminals that read C1; U+202E reverses the text after it.
    const hostile = 'R1 \u009b2J \u202eexe.txt\u202c \u2028 \u2066x\u2069';
    writeFileSync(
      join(root, 'evil.sarif'),
      hostileSarif().replaceAll('R1\\n::stop-commands::zz', JSON.stringify(hostile).slice(1, -1)),
    );
    const result = spawnSync(
      process.execPath,
      [CLI, 'evaluate', '--root', root, '--scan', 'evil.sarif', '--dry-run', '--format', 'json'],
      { cwd: root, env: { PATH: process.env.PATH ?? '', SHIPGATE_NOW: '2026-11-25T12:00:00Z' }, encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    expect(result.stdout).not.toMatch(/[\u0080-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect(result.stdout).toContain('R1 \\u009b2J \\u202eexe.txt\\u202c \\u2028 \\u2066x\\u2069');
    expect(JSON.stringify(JSON.parse(result.stdout))).toContain(JSON.stringify(hostile).slice(1, -1));
  });

  it('refuses a report whose file name holds a line break (it could stand for another list of inputs)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sg-log-name-'));
    cpSync(join(REPO, 'fixtures/demo/release'), root, { recursive: true });
    writeFileSync(join(root, 'reports/a\nb.sarif'), '{}');
    let error: unknown;
    try {
      await run({
        root,
        scans: ['reports/*'],
        dryRun: true,
        clock: () => new Date('2026-11-25T12:00:00Z'),
        logger: silentLogger,
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(
      `"reports/a\\nb.sarif": the report's file name holds a control character or line break (expected a file name of printable characters; rename the file).`,
    );
  });
});
