/**
 * Evidence files a person could not have written by hand (a million table cells, a hundred thousand
 * empty exceptions, a header of a million empty columns) end in a counted error, not in V8's abort.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, InputError } from '../../src/errors.js';
import { parseAssessment } from '../../src/evidence/assessment.js';
import { parseExceptionFile } from '../../src/evidence/exceptions.js';
import { parseRegister } from '../../src/evidence/register.js';
import { errorOf } from '../helpers.js';

describe('evidence bounds', () => {
  it("refuses an assessment with more than 20,000 '|' before parsing it, and reads one at the bound", () => {
    const table = (rows: number) =>
      `| Control | Status |\n|---|---|\n${Array.from({ length: rows }, (_, i) => `| c${i} | Verified |`).join('\n')}\n`;
    // 4 '|' a row wide enough for two cells, two header rows of 3 '|'... count them exactly.
    const atBound = `${table(4998)}${'|'.repeat(20_000 - (6 + 4998 * 3))}\n`;
    expect(atBound.split('|').length - 1).toBe(20_000);
    expect(parseAssessment(atBound, 'a.md').controls).toHaveLength(4998);
    const past = `${atBound}|`;
    const error = errorOf(() => parseAssessment(past, 'a.md'));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(
      "a.md: the file has more than 20000 table cell separators ('|'), far more than a table of controls needs (expected the manual control assessment, a markdown table of a few hundred cells).",
    );
  });

  it('counts a register header of many empty cells, listing 100 problems', async () => {
    const error = await parseRegister(`finding_id,status${','.repeat(5000)}\n`, 'r.csv').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    const { message, problems } = error as InputError;
    expect(message.split('\n')[0]).toBe('r.csv: the findings register has 5000 problems (expected none).');
    expect(problems).toHaveLength(101);
    expect(problems[100]).toBe('4900 more problems omitted.');
  });

  it('counts the schema problems of an exception file of many empty entries, listing 100', () => {
    const error = errorOf(() => parseExceptionFile(`exceptions: [${Array(2000).fill('{}').join(',')}]\n`, 'x.yml'));
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(101);
    expect(problems.at(-1)).toMatch(/^\d+ more schema problems omitted \(at most 100 are listed\)\.$/);
  });

  it('refuses an exception file of more than 10,000 entries before checking them, and checks one of 10,000', () => {
    const entries = (n: number) => `exceptions: [${Array(n).fill('{}').join(',')}]\n`;
    const at = errorOf(() => parseExceptionFile(entries(10_000), 'x.yml'));
    expect(at.message).toMatch(/^x\.yml: the exception file is invalid\./);
    const past = errorOf(() => parseExceptionFile(entries(10_001), 'x.yml'));
    expect(past).toBeInstanceOf(ConfigError);
    expect(past.message).toBe(
      'x.yml: the file lists 10001 exceptions (expected at most 10000 in one file: split them, or except by rule or vulnerability instead of one finding at a time).',
    );
  });
});
