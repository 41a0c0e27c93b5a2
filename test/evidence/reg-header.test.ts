/** The register's header row: a known column written with invisible or compatibility characters, and a header that is not found. */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseRegister, quoteShowingInvisible, REGISTER_COLUMNS } from '../../src/evidence/register.js';

const SOURCE = 'security/findings-register.csv';
const NAMES = REGISTER_COLUMNS.join(', ');
const ROW = 'SG-0000000000000001,alice,open,fix it,2026-12-01';

async function problemsOf(text: string): Promise<string[]> {
  const error = await parseRegister(text, SOURCE).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).problems;
}

describe('evidence/register header', () => {
  describe('a known column written with invisible or compatibility characters', () => {
    it('refuses owner + U+200B, naming row 1, the column, the cell with the character shown and the right name', async () => {
      expect(await problemsOf(`finding_id,owner\u200b,status,remediation_plan,due_date\n${ROW}\n`)).toEqual([
        `${SOURCE}: row 1, column 2: 'owner\\u200B' is not a column name shipgate reads; it looks like owner written with invisible characters (expected the column names as written: ${NAMES}).`,
      ]);
    });

    it('refuses a full-width ｏｗｎｅｒ', async () => {
      expect(await problemsOf(`finding_id,ｏｗｎｅｒ,status,remediation_plan,due_date\n${ROW}\n`)).toEqual([
        `${SOURCE}: row 1, column 2: 'ｏｗｎｅｒ' is not a column name shipgate reads; it looks like owner written with full-width or other compatibility characters (expected the column names as written: ${NAMES}).`,
      ]);
    });

    it('refuses exception_id + U+200B, and a name with both kinds (U+2060 and full-width letters)', async () => {
      expect(
        await problemsOf(
          `finding_id,status,exception_id\u200b,\u2060ＴＩＣＫＥＴ\nSG-0000000000000001,risk-accepted,EXC-1,T-1\n`,
        ),
      ).toEqual([
        `${SOURCE}: row 1, column 3: 'exception_id\\u200B' is not a column name shipgate reads; it looks like exception_id written with invisible characters (expected the column names as written: ${NAMES}).`,
        `${SOURCE}: row 1, column 4: '\\u2060ＴＩＣＫＥＴ' is not a column name shipgate reads; it looks like ticket written with invisible characters and full-width or other compatibility characters (expected the column names as written: ${NAMES}).`,
      ]);
    });

    it('refuses a required column so written, and then also says the header lacks it', async () => {
      expect(await problemsOf(`finding_id\u200d,status\nSG-0000000000000001,open\n`)).toEqual([
        `${SOURCE}: row 1, column 1: 'finding_id\\u200D' is not a column name shipgate reads; it looks like finding_id written with invisible characters (expected the column names as written: ${NAMES}).`,
        `${SOURCE}: row 1: the header has no finding_id column; it reads 'finding_id\\u200D,status' (expected at least the columns finding_id and status).`,
      ]);
    });

    it('shows a no-break space in a spelling with a space (due\u00a0date)', async () => {
      expect(await problemsOf(`finding_id,status,due\u00a0date\nSG-0000000000000001,open,2026-12-01\n`)).toEqual([
        `${SOURCE}: row 1, column 3: 'due\\u00A0date' is not a column name shipgate reads; it looks like due_date (expected the column names as written: ${NAMES}).`,
      ]);
    });

    it('reads the plain names as before, case-insensitively, and keeps an unknown name with invisible characters', async () => {
      const register = await parseRegister(
        `finding_id,OWNER,Status,notes\u200b\nSG-0000000000000001,alice,open,x\n`,
        SOURCE,
      );
      expect(register.rows[0]?.owner).toBe('alice');
      expect(register.rows[0]?.extra).toEqual({ 'notes\u200b': 'x' });
      // owner\u200Bs (plural, with the character) is no standard column in any spelling: kept as unknown.
      expect(
        (await parseRegister(`finding_id,status,owner\u200bs\nSG-0000000000000001,open,x\n`, SOURCE)).rows[0]?.extra,
      ).toEqual({ 'owner\u200bs': 'x' });
    });
  });

  describe('a header without finding_id or status', () => {
    const SEMICOLONS =
      'finding_id;title;severity;scan_type;location;owner;status;remediation_plan;due_date;exception_id;ticket';

    it('quotes the header it read, cut to 80 characters, and says the file looks separated by semicolons', async () => {
      expect(await problemsOf(`${SEMICOLONS}\nSG-0000000000000001;x;high;sast;a;alice;open;p;2026-12-01;;T\n`)).toEqual(
        [
          `${SOURCE}: row 1: the header has no finding_id or status column; it reads '${SEMICOLONS.slice(0, 77)}...', which looks separated by ';' (expected comma-separated columns, with at least the columns finding_id and status).`,
        ],
      );
    });

    it('says the file looks separated by tabs', async () => {
      expect(await problemsOf('finding_id\tstatus\nSG-0000000000000001\topen\n')).toEqual([
        `${SOURCE}: row 1: the header has no finding_id or status column; it reads 'finding_id\\tstatus', which looks separated by tabs (expected comma-separated columns, with at least the columns finding_id and status).`,
      ]);
    });

    it('says a header with NUL characters looks like UTF-16 (a file saved as UTF-16 without a byte order mark)', async () => {
      const utf16 = Buffer.from('finding_id,status\r\nSG-0000000000000001,open\r\n', 'utf16le').toString('utf8');
      const [problem] = await problemsOf(utf16);
      expect(problem).toBe(
        `${SOURCE}: row 1: the header has no finding_id or status column; it reads 'f\\u0000i\\u0000n\\u0000d\\u0000i\\u0000n\\u0000g\\u0000_\\u0000i\\u0000d\\u0000,\\u0000...', which has NUL characters between the letters, as UTF-16 text has: the file looks saved as UTF-16 (expected UTF-8 text, with at least the columns finding_id and status).`,
      );
    });

    it('names the one column missing from a comma-separated header, with no guess about the separator', async () => {
      expect(await problemsOf('title,owner;x,status\nx,y,open\n')).toEqual([
        `${SOURCE}: row 1: the header has no finding_id column; it reads 'title,owner;x,status' (expected at least the columns finding_id and status).`,
      ]);
    });
  });

  describe('quoteShowingInvisible', () => {
    it('shows invisible characters and control characters, and leaves a plain space', () => {
      expect(quoteShowingInvisible('a\u200bb\u00a0c d\te\u0000\u{E0041}')).toBe(
        "'a\\u200Bb\\u00A0c d\\te\\u0000\\u{E0041}'",
      );
    });

    it('shows 80 characters whole and cuts 81 to 77 and ..., never inside an escape', () => {
      expect(quoteShowingInvisible('x'.repeat(80))).toBe(`'${'x'.repeat(80)}'`);
      expect(quoteShowingInvisible('x'.repeat(81))).toBe(`'${'x'.repeat(77)}...'`);
      // 12 escapes of 6 characters are 72; a 13th would pass 77.
      expect(quoteShowingInvisible('\u200b'.repeat(2_000_000))).toBe(`'${'\\u200B'.repeat(12)}...'`);
    });
  });
});
