/** Finding ids in the register: a shipgate id in the wrong case is refused; other ids are the team's own. */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseRegister } from '../../src/evidence/register.js';

const SOURCE = 'security/findings-register.csv';

async function problemsOf(text: string): Promise<string[]> {
  const error = await parseRegister(text, SOURCE).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).problems;
}

const wrongCase = (row: number, id: string, right: string): string =>
  `${SOURCE}: row ${row}, column finding_id: '${id}' is a shipgate finding id in the wrong case, which matches no finding (expected SG- and 16 lower-case hex digits, as shipgate writes them: '${right}').`;

describe('evidence/register finding ids', () => {
  it('refuses sg-D58906D1D0EEC93A beside SG-d58906d1d0eec93a, naming the row, the column and the id as shipgate writes it', async () => {
    expect(await problemsOf('finding_id,status\nSG-d58906d1d0eec93a,open\nsg-D58906D1D0EEC93A,open\n')).toEqual([
      wrongCase(3, 'sg-D58906D1D0EEC93A', 'SG-d58906d1d0eec93a'),
    ]);
  });

  it.each([
    ['SG-D58906D1D0EEC93A', 'upper-case hex'],
    ['sg-d58906d1d0eec93a', 'a lower-case prefix'],
    ['Sg-d58906d1d0eec93a', 'a mixed-case prefix'],
    ['SG-d58906d1d0eEc93a', 'one upper-case digit'],
  ])('refuses %s (%s) on its own', async (id) => {
    expect(await problemsOf(`finding_id,status\n ${id} ,open\n`)).toEqual([wrongCase(2, id, 'SG-d58906d1d0eec93a')]);
  });

  it('reads SG- and 16 lower-case hex digits, and ids of other forms, as before', async () => {
    const ids = [
      'SG-d58906d1d0eec93a',
      // Not SG- and 16 hex digits in any case: the team's own ids for findings found by hand.
      'sg-d58906d1d0eec93',
      'SG-D58906D1D0EEC93A0',
      'SG-g58906d1d0eec93a',
      'PENTEST-7',
      'pentest-7',
    ];
    const register = await parseRegister(`finding_id,status\n${ids.map((id) => `${id},open`).join('\n')}\n`, SOURCE);
    expect(register.rows.map((row) => row.findingId)).toEqual(ids);
  });

  it('refuses an id holding an invisible character, which looks like a shipgate id and matches none', async () => {
    expect(await problemsOf('finding_id,status\nSG-\u200bd58906d1d0eec93a,open\n')).toEqual([
      `${SOURCE}: row 2, column finding_id: 'SG-\\u200Bd58906d1d0eec93a' holds invisible characters, so it matches no finding that looks the same (expected the id in visible characters only, e.g. SG-0123456789abcdef).`,
    ]);
  });

  it('still compares other ids exactly: PENTEST-7 and pentest-7 are two findings, a repeated one a duplicate', async () => {
    expect(await problemsOf('finding_id,status\nPENTEST-7,open\npentest-7,open\nPENTEST-7,open\n')).toEqual([
      `${SOURCE}: row 4, column finding_id: 'PENTEST-7' is already the finding id of row 2 (expected each finding once).`,
    ]);
  });
});
