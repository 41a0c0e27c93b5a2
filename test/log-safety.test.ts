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
const COMMAND_LINE = /^[ \t]*(::|##\[)/m;

describe('log safety', () => {
  it('neutralizeWorkflowCommands puts a word joiner before every command-like line, and leaves other text alone', () => {
    const text = 'first\n::error::x\n  ::add-mask::y\r\n##[error]z\u2028::warning::w\nkeeps :: inside';
    const safe = neutralizeWorkflowCommands(text);
    expect(safe).not.toMatch(COMMAND_LINE);
    expect(safe.split(/\r?\n|\u2028/)).toEqual([
      'first',
      '\u2060::error::x',
      '  \u2060::add-mask::y',
      '\u2060##[error]z',
      '\u2060::warning::w',
      'keeps :: inside',
    ]);
    expect(neutralizeWorkflowCommands('no command here\n')).toBe('no command here\n');
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
    expect(result.stdout).toContain("has security-severity 'bad ::add-mask::shipgate'");
    for (const stream of [result.stdout, result.stderr]) {
      expect(stream).not.toMatch(COMMAND_LINE);
      expect(stream).not.toContain('\u001b');
    }
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
