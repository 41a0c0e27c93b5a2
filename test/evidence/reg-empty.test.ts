/**
 * A findings register without a header row (0 bytes, only blank lines, spaces, empty cells or a BOM) is
 * an input error naming the file and the header `shipgate init` writes: DESIGN requires the header row,
 * and empty input never counts (it read as a valid register of 0 rows, and evaluate approved). A header
 * row with no findings below it is still an empty register. Through the parser, run() and validate.
 */
import { cpSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { initProject } from '../../src/commands/init.js';
import { validateEvidence } from '../../src/commands/validate.js';
import { InputError } from '../../src/errors.js';
import { parseRegister, REGISTER_COLUMNS } from '../../src/evidence/register.js';
import { silentLogger } from '../../src/logger.js';
import { run } from '../../src/run.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const REGISTER = 'security/findings-register.csv';
const NOW = '2026-11-25T12:00:00Z';
const HEADER = REGISTER_COLUMNS.join(',');
const EXPECTED = `(expected the header row shipgate init writes, ${HEADER}, then one row per finding; a header row alone is an empty register, and without the file evaluate writes a new one).`;

/** The message for a register file without a header row. */
function noHeader(what: string): string {
  return `${REGISTER}: the findings register has no header row: ${what} ${EXPECTED}`;
}

const HEADERLESS: [string, string, string][] = [
  ['0 bytes', '', 'the file is empty (0 bytes)'],
  ['blank lines', '\n\n', 'the file holds only blank lines, spaces, empty cells or a byte order mark'],
  ['a lone UTF-8 BOM', '\uFEFF', 'the file holds only blank lines, spaces, empty cells or a byte order mark'],
  ['a single space', ' ', 'the file holds only blank lines, spaces, empty cells or a byte order mark'],
  ['CRLF blank lines', '\r\n \r\n', 'the file holds only blank lines, spaces, empty cells or a byte order mark'],
  ['a row of empty cells', ',,\n', 'the file holds only blank lines, spaces, empty cells or a byte order mark'],
];

/** The demo release (its policy's gates read the register) with `register` as the register file. */
function release(register: string): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'sg-reg-empty-')));
  cpSync(join(REPO, 'fixtures/demo/release'), root, { recursive: true });
  writeFileSync(join(root, REGISTER), register);
  return root;
}

function evaluate(root: string) {
  return run({ root, scans: [], dryRun: true, clock: () => new Date(NOW), logger: silentLogger });
}

describe('register: a file without a header row', () => {
  it('quotes the header init writes', () => {
    const root = realpathSync(mkdtempSync(join(tmpdir(), 'sg-reg-empty-init-')));
    initProject(root, new Date(NOW));
    expect(readFileSync(join(root, REGISTER), 'utf8')).toBe(`${HEADER}\n`);
  });

  it.each(HEADERLESS)('the parser refuses %s, naming the file', async (_name, text, what) => {
    const error = await parseRegister(text, REGISTER).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(noHeader(what));
  });

  it.each([
    ['the header alone', `${HEADER}\n`],
    ['the header after blank lines and a BOM', `\uFEFF\n \n${HEADER}`],
    ['the required columns alone, no line break', 'finding_id,status'],
  ])('the parser reads %s as an empty register (0 rows)', async (_name, text) => {
    const register = await parseRegister(text, REGISTER);
    expect(register.rows).toEqual([]);
    expect(register.columns.length).toBeGreaterThan(0);
  });

  it.each(HEADERLESS)('run() refuses %s as an input error (exit 3)', async (_name, text, what) => {
    const error = await evaluate(release(text)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).exitCode).toBe(3);
    expect((error as InputError).message).toBe(noHeader(what));
  });

  it('run() reads the header alone as an empty register and lists it as evidence', async () => {
    const result = await evaluate(release(`${HEADER}\n`));
    expect(result.evaluation.evidence.filter((e) => e.kind === 'register').map((e) => e.path)).toEqual([REGISTER]);
  });

  it('validate refuses an empty register and passes the header alone as 0 rows', async () => {
    const empty = await validateEvidence({ root: release('') });
    expect(empty.error).toBeInstanceOf(InputError);
    expect(empty.error?.message).toContain(noHeader('the file is empty (0 bytes)'));
    expect(empty.report).not.toContain('0 row(s), valid');

    const header = await validateEvidence({ root: release(`${HEADER}\n`) });
    expect(header.error).toBeUndefined();
    expect(header.report).toContain(`register: ${REGISTER}: 0 row(s), valid`);
  });
});
