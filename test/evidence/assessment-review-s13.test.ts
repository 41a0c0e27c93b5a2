/**
 * Holes a review found in the manual control assessment parser, each refused now (fail closed): a
 * file of many emphasis marks that took minutes to parse, a table of controls with misspelt Status and
 * Criticality headers that was skipped unseen, and YAML front matter GitHub shows but was not read.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { MAX_EMPHASIS_MARKS, parseAssessment } from '../../src/evidence/assessment.js';
import { errorOf } from '../helpers.js';

const SOURCE = 'security/manual-assessment.md';
const DEMO = readFileSync(
  new URL('../../fixtures/demo/release/security/manual-assessment.md', import.meta.url),
  'utf8',
);
const COLUMNS_READ = 'Control, Name, Criticality, Status, Evidence, Verified by and Date';

function lines(...text: string[]): string {
  return `${text.join('\n')}\n`;
}

/** The problems of an assessment that must be refused (one problem: the message itself). */
function problemsOf(text: string): string[] {
  const error = errorOf(() => parseAssessment(text, SOURCE));
  expect(error).toBeInstanceOf(InputError);
  expect((error as InputError).exitCode).toBe(3);
  const { problems } = error as InputError;
  return problems.length > 0 ? problems : [error.message];
}

const keys = (text: string) => parseAssessment(text, SOURCE).controls.map((c) => [c.key, c.criticality, c.status]);

describe('1. emphasis marks are bounded before the markdown is parsed', () => {
  const TOO_MANY = `${SOURCE}: the file has more than 3000 emphasis marks ('*' and '_'), far more than a table of controls needs; refused before the markdown is parsed (expected the manual control assessment, a markdown table with a few words in bold or italics).`;

  it("reads 3,000 '*' and '_' in a file and refuses the 3,001st, '*' or '_'", () => {
    expect(MAX_EMPHASIS_MARKS).toBe(3000);
    expect(DEMO).not.toMatch(/[*_]/);
    // One run of each: cheap to parse, so the test stays fast; it is the count that is bounded.
    const at = `${DEMO}\n${'*'.repeat(1000)}a${'_'.repeat(2000)}\n`;
    expect(parseAssessment(at, SOURCE).controls).toHaveLength(4);
    expect(problemsOf(`${at}*\n`)).toEqual([TOO_MANY]);
    expect(problemsOf(`${at}_\n`)).toEqual([TOO_MANY]);
  });

  it("refuses 200,000 '*a' (10+ minutes to parse) at once", () => {
    const started = Date.now();
    expect(problemsOf(`${DEMO}\n${'*a'.repeat(200_000)}\n`)).toEqual([TOO_MANY]);
    expect(problemsOf(`${DEMO}\n${'a_ '.repeat(200_000)}\n`)).toEqual([TOO_MANY]);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('2. a table with a Control column that is not read is refused when it holds criticality words', () => {
  const unread = (line: number, column: number, header: string, value: string) =>
    `${SOURCE}: line ${line}: column ${column}, headed "${header}", holds a criticality ("${value}") in a table with a Control column but no Status or Criticality column, which is not read, so its controls would go unseen (expected the header cells 'Criticality' and 'Status', in any case, for a table of controls; the columns read are ${COLUMNS_READ}).`;

  it('refuses a second table headed Criticalty and Stauts, whose critical control would go unseen', () => {
    const text = `${DEMO}\n${lines('| Control | Criticalty | Stauts |', '| --- | --- | --- |', '| logging | Critical | Not verified |')}`;
    expect(problemsOf(text)).toEqual([unread(20, 2, 'Criticalty', 'Critical')]);
    // Spelt right, the same row is read: a critical control that is not verified.
    const spelt = text.replace('Criticalty', 'Criticality').replace('Stauts', 'Status');
    expect(keys(spelt)).toContainEqual(['logging', 'critical', 'Not verified']);
  });

  it('refuses a Severity column beside a Verification status column, alone in the file or after the demo', () => {
    const table = lines(
      '| Control | Severity | Verification status |',
      '|---|---|---|',
      '| logging | high | Verified |',
    );
    expect(problemsOf(table)).toEqual([unread(3, 2, 'Severity', 'high')]);
    expect(problemsOf(`${DEMO}\n${table}`)).toEqual([unread(20, 2, 'Severity', 'high')]);
  });

  it('still ignores a table with a Control column and no criticality words, and still refuses a file with no other table', () => {
    const prose = lines('| Control | Owner | Notes |', '|---|---|---|', '| logging | Dana High | reviewed |');
    expect(keys(`${DEMO}\n${prose}`)).toHaveLength(4);
    expect(problemsOf(prose)).toEqual([
      `${SOURCE}: there is no markdown table with a 'Control' and a 'Status' column (expected a GFM table outside code blocks, HTML blocks and comments, with a header row such as '| Control | Criticality | Status | Evidence | Verified by | Date |').`,
    ]);
  });
});

describe('3. YAML front matter, which GitHub shows as a table, is refused', () => {
  const FRONT = lines('---', 'Control: authorization', 'Criticality: critical', 'Status: Not verified', '---', '');
  const frontMatter = (closing: string, line: number) =>
    `${SOURCE}: line 1: the file begins with YAML front matter (from '---' on line 1 to '${closing}' on line ${line}), which GitHub shows as a table above the document but shipgate does not read, so a control in it would be shown and not assessed (expected the controls in the markdown table: remove the front matter, or move what it says into the table).`;

  it('refuses front matter above a table that says Verified, with LF, CRLF or CR line endings, or closed by ...', () => {
    expect(problemsOf(`${FRONT}${DEMO}`)).toEqual([frontMatter('---', 5)]);
    expect(problemsOf(`${FRONT}${DEMO}`.replace(/\n/g, '\r\n'))).toEqual([frontMatter('---', 5)]);
    expect(problemsOf(`${FRONT}${DEMO}`.replace(/\n/g, '\r'))).toEqual([frontMatter('---', 5)]);
    expect(problemsOf(`${FRONT.replace(/---\n\n$/, '...\n\n')}${DEMO}`)).toEqual([frontMatter('...', 5)]);
    expect(problemsOf(`\uFEFF---\n---\n${DEMO}`)).toEqual([frontMatter('---', 2)]);
  });

  it('reads a file whose first line is --- with no closing line, or whose --- lines come later', () => {
    expect(keys(`---\n\n${DEMO}`)).toHaveLength(4);
    expect(keys(`${DEMO}\n---\n\nMore notes.\n\n---\n`)).toHaveLength(4);
    expect(keys(`Title\n\n${FRONT}${DEMO}`)).toHaveLength(4);
    // A closing line must be the marker alone: '----' or '--- x' closes nothing.
    expect(keys(`---\nnotes\n----\n--- x\n\n${DEMO}`)).toHaveLength(4);
  });
});

describe('4. a control character in a control id', () => {
  it('is an input error, as an invisible character is: a browser shows authorization twice', () => {
    const row = DEMO.split('\n').find((line) => line.startsWith('| authorization')) as string;
    for (const control of ['\u0001', '\u001b', '\u007f', '\u0085', '\u009b']) {
      const twice = DEMO.replace(
        row,
        `${row}\n${row.replace('| authorization', `| authorization${control}`).replace('Verified', 'Not verified')}`,
      );
      expect(problemsOf(twice).join('\n'), JSON.stringify(control)).toMatch(/invisible/);
    }
    // The id alone, without the character, reads as it did.
    expect(keys(DEMO).map(([key]) => key)).toContain('authorization');
  });
});
