/**
 * Holes a review found in the manual control assessment parser, each refused now (fail closed):
 * tables it ignored, control ids that escaped duplicate detection, nesting that overflowed the stack or
 * took minutes to parse, and images read as their alt text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import {
  controlKey,
  MAX_EMPHASIS_MARKS,
  MAX_FILE_CONTAINERS,
  MAX_LINE_CONTAINERS,
  MAX_LINE_INDENT,
  parseAssessment,
} from '../../src/evidence/assessment.js';
import { controlVerification } from '../../src/gates/control-verification.js';
import type { GateContext } from '../../src/gates/types.js';
import { errorOf, releasePolicy } from '../helpers.js';

const SOURCE = 'security/manual-assessment.md';
const DEMO = readFileSync(
  new URL('../../fixtures/demo/release/security/manual-assessment.md', import.meta.url),
  'utf8',
);
/** The line just after the demo assessment. */
const AFTER_DEMO = 17;
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

describe('the demo assessment, before each hole', () => {
  it('is 16 lines and parses', () => {
    expect(DEMO.split('\n')).toHaveLength(AFTER_DEMO);
    expect(parseAssessment(DEMO, SOURCE).controls.map((c) => [c.key, c.status])).toEqual([
      ['authentication', 'Verified'],
      ['authorization', 'Verified'],
      ['data-protection', 'Verified'],
      ['secrets-management', 'Verified'],
    ]);
  });
});

describe('1. a table with a Status or Criticality column is read as controls or refused', () => {
  const CONTROL_ID = `${SOURCE}: line 18: a table with a Criticality and a Status column but no Control column: "| Control ID | Criticality | Status |" (expected a header cell 'Control', in any case: the control id column is read under no other name, and a table with a Status or Criticality column is read as controls; the columns read are ${COLUMNS_READ}).`;

  it("refuses a second table whose id column is headed 'Control ID', naming its line", () => {
    const text = `${DEMO}\n${lines('| Control ID | Criticality | Status |', '| --- | --- | --- |', '| authorization | critical | Not verified |')}`;
    expect(problemsOf(text)).toEqual([CONTROL_ID]);
  });

  it('refuses a table with a Status column only, or a Criticality column only, and lists nothing else when no table is read', () => {
    expect(problemsOf(lines('| Area | Status |', '| --- | --- |', '| summary | Verified |'))).toEqual([
      `${SOURCE}: line 1: a table with a Status column but no Control column: "| Area | Status |" (expected a header cell 'Control', in any case: the control id column is read under no other name, and a table with a Status or Criticality column is read as controls; the columns read are ${COLUMNS_READ}).`,
    ]);
    const criticality = `${DEMO}\n${lines('| Id | Criticality |', '|---|---|', '| authorization | critical |')}`;
    expect(problemsOf(criticality)).toEqual([
      `${SOURCE}: line 18: a table with a Criticality column but no Control column: "| Id | Criticality |" (expected a header cell 'Control', in any case: the control id column is read under no other name, and a table with a Status or Criticality column is read as controls; the columns read are ${COLUMNS_READ}).`,
    ]);
  });

  it('refuses a table with a Control and a Criticality column but no Status column', () => {
    const text = `${DEMO}\n${lines('| Control | Criticality | State |', '|---|---|---|', '| authorization | critical | Not verified |')}`;
    expect(problemsOf(text)).toEqual([
      `${SOURCE}: line 18: a table with a Control and a Criticality column but no Status column: "| Control | Criticality | State |" (expected a header cell 'Status', in any case: a table that gives controls a criticality is read as controls; the columns read are ${COLUMNS_READ}).`,
    ]);
  });

  const unread = (line: number, column: number, header: string, value: string) =>
    `${SOURCE}: line ${line}: column ${column}, headed "${header}", holds a criticality ("${value}") but is not read as one: the table has no Criticality column, so only the controls the policy requires count as critical (expected the header cell 'Criticality', in any case, for the column that ranks the controls; the columns read are ${COLUMNS_READ}).`;

  it('refuses a column it does not read that holds criticality words when the table has no Criticality column (a misspelt header)', () => {
    const misspelt = lines(
      '| Control | Criticalty | Status |',
      '| --- | --- | --- |',
      '| logging | low | Verified |',
      '| admin-mfa | critical | Not verified |',
    );
    expect(problemsOf(misspelt)).toEqual([unread(3, 2, 'Criticalty', 'low')]);
    // Read with the header spelt right, the same row is a critical control that is not verified.
    const spelt = parseAssessment(misspelt.replace('Criticalty', 'Criticality'), SOURCE);
    expect(spelt.controls.map((c) => [c.key, c.criticality, c.status])).toEqual([
      ['logging', 'low', 'Verified'],
      ['admin-mfa', 'critical', 'Not verified'],
    ]);
    const severity = lines('| Severity | Control | Status |', '|---|---|---|', '| **CRITICAL** | logging | Pending |');
    expect(problemsOf(`${DEMO}\n${severity}`)).toEqual([unread(20, 1, 'Severity', 'CRITICAL')]);
  });

  it('reads other columns it does not read: without criticality words, or beside a Criticality column', () => {
    const owner = lines('| Control | Status | Owner | |', '|---|---|---|---|', '| logging | Pending | Dana High |   |');
    expect(parseAssessment(owner, SOURCE).controls.map((c) => [c.key, c.status])).toEqual([['logging', 'Pending']]);
    const risk = lines(
      '| Control | Criticality | Status | Risk |',
      '|---|---|---|---|',
      '| logging | medium | Pending | high |',
    );
    expect(parseAssessment(risk, SOURCE).controls.map((c) => [c.key, c.criticality, c.status])).toEqual([
      ['logging', 'medium', 'Pending'],
    ]);
  });

  it('reads a header cell GitHub shows as Control or Status: invisible characters, full-width letters, any case or spacing', () => {
    const text = `${DEMO}\n${lines(
      '| Control\u200B | \uFEFFCriticality | Ｓｔａｔｕｓ | VERIFIED\u2060BY |',
      '|---|---|---|---|',
      '| authorization | critical | Not verified | mallory |',
    )}`;
    // The second table is read: its authorization row is a duplicate, not a row left out.
    expect(problemsOf(text)).toEqual([
      `${SOURCE}: line 20: control 'authorization' is already assessed on line 10 (expected each control once; ids are compared case-insensitively).`,
    ]);
    const alone = lines(
      '| Control\u200B | Status\u00AD | Verified by |',
      '|---|---|---|',
      '| logging | Pending | bob |',
    );
    expect(parseAssessment(alone, SOURCE).controls).toEqual([
      { controlId: 'logging', key: 'logging', status: 'Pending', verifiedBy: 'bob', line: 3 },
    ]);
  });

  it('refuses a column repeated under an invisible character', () => {
    expect(
      problemsOf(lines('| Control | Status | Status\u200B |', '|---|---|---|', '| a | Verified | Pending |')),
    ).toEqual([
      `${SOURCE}: line 1: the table has a second 'status' column, column 3 (expected each column once; it repeats column 2).`,
    ]);
  });

  it('still ignores tables without a Status or Criticality column, such as prose tables', () => {
    const text = `${DEMO}\n${lines(
      '| Area | Notes |',
      '| --- | --- |',
      '| summary | Verified by the team |',
      '',
      '| Control | Description |',
      '| --- | --- |',
      '| authorization | Role checks |',
    )}`;
    expect(parseAssessment(text, SOURCE).controls).toHaveLength(4);
  });
});

describe('2. a control id is compared as GitHub shows it', () => {
  const table = (...rows: string[]) =>
    lines(
      '| Control | Criticality | Status |',
      '| --- | --- | --- |',
      '| authorization | critical | Verified |',
      ...rows,
    );

  it('refuses a second row whose id only differs by a zero-width space, naming the invisible character', () => {
    expect(problemsOf(table('| authorization\u200B | | Not verified |'))).toEqual([
      `${SOURCE}: line 4: the control id "authorization\\u200B" holds invisible characters, so GitHub shows an id the file does not hold (expected the control id in visible characters only, such as "authorization").`,
      `${SOURCE}: line 4: control "authorization\\u200B" is already assessed on line 3, as "authorization" (expected each control once; ids are compared case-insensitively, in Unicode compatibility form (NFKC), with invisible characters removed and Unicode dashes read as '-').`,
    ]);
  });

  it('refuses a second row written with a full-width letter or a non-breaking hyphen', () => {
    expect(problemsOf(table('| ａuthorization | | Not verified |'))).toEqual([
      `${SOURCE}: line 4: control "ａuthorization" is already assessed on line 3, as "authorization" (expected each control once; ids are compared case-insensitively, in Unicode compatibility form (NFKC), with invisible characters removed and Unicode dashes read as '-').`,
    ]);
    expect(
      problemsOf(table('| data-protection | critical | Verified |', '| Data\u2011Protection | | Not verified |')),
    ).toEqual([
      `${SOURCE}: line 5: control "Data\u2011Protection" is already assessed on line 4, as "data-protection" (expected each control once; ids are compared case-insensitively, in Unicode compatibility form (NFKC), with invisible characters removed and Unicode dashes read as '-').`,
    ]);
  });

  it.each(
    ['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D'].map((dash) => [
      (dash.codePointAt(0) as number).toString(16).toUpperCase(),
      dash,
    ]),
  )('reads the dash U+%s as "-"', (_, dash) => {
    expect(controlKey(`data${dash}protection`)).toBe('data-protection');
    expect(controlKey(`Data${dash}Protection`)).toBe(controlKey('data-protection'));
  });

  it('keys ids as before for what shows the same: case, spaces, underscores, a no-break space', () => {
    expect(controlKey('  Data Protection ')).toBe('data-protection');
    expect(controlKey('Secrets_Management')).toBe('secrets-management');
    expect(controlKey('data _ protection')).toBe('data-protection');
    expect(controlKey('_authz')).toBe('-authz');
    expect(controlKey('data\u00A0protection')).toBe('data-protection');
    expect(controlKey('ＡＵＴＨＯＲＩＺＡＴＩＯＮ\u200B')).toBe('authorization');
    // A character whose compatibility form holds a space (U+00A8) is visible, not refused.
    expect(parseAssessment(table('| na\u00A8ive | | Verified |'), SOURCE).controls[1]?.controlId).toBe('na\u00A8ive');
    // A no-break space shows as a space: it is no invisible character.
    expect(parseAssessment(table('| data\u00A0protection | | Verified |'), SOURCE).controls[1]?.key).toBe(
      'data-protection',
    );
  });

  it.each([
    ['\\u2060', '\u2060'],
    ['\\uFEFF', '\uFEFF'],
    ['\\u00AD', '\u00AD'],
    ['\\u202E', '\u202E'],
    ['\\u200D', '\u200D'],
    ['\\u3164', '\u3164'],
  ])('refuses a control id holding the invisible character %s', (shown, invisible) => {
    expect(problemsOf(table(`| log${invisible}ging | high | Verified |`))).toEqual([
      `${SOURCE}: line 4: the control id "log${shown}ging" holds invisible characters, so GitHub shows an id the file does not hold (expected the control id in visible characters only, such as "logging").`,
    ]);
  });

  it('refuses a control id of invisible characters only, without calling it a duplicate of another', () => {
    expect(problemsOf(table('| \u200B | | Verified |', '| \u2060 | | Verified |'))).toEqual([
      `${SOURCE}: line 4: the control id "\\u200B" holds invisible characters, so GitHub shows an id the file does not hold (expected the control id in visible characters only, such as "authentication").`,
      `${SOURCE}: line 5: the control id "\\u2060" holds invisible characters, so GitHub shows an id the file does not hold (expected the control id in visible characters only, such as "authentication").`,
    ]);
  });

  it('matches the required controls of the policy on the same key', () => {
    const context = (requiredControls: string[], text: string): GateContext => ({
      policy: releasePolicy((policy) => {
        policy.gates['control-verification'].requiredControls = requiredControls;
      }),
      findings: [],
      inputs: [],
      today: '2026-11-25',
      assessment: parseAssessment(text, SOURCE),
    });
    // A required control written in the policy with a full-width letter and a non-breaking hyphen is the row.
    const verified = lines(
      '| Control | Status |',
      '|---|---|',
      '| authorization | Verified |',
      '| data-protection | Verified |',
    );
    expect(controlVerification.evaluate(context(['ａuthorization', 'data\u2011protection'], verified))).toMatchObject({
      status: 'pass',
      reasons: [],
    });
    // And, being required, it counts as critical when its criticality is empty.
    const unverified = lines('| Control | Status |', '|---|---|', '| Data Protection | Not verified |');
    expect(controlVerification.evaluate(context(['data\u2011protection'], unverified))).toMatchObject({
      status: 'fail',
      reasons: [`critical control 'Data Protection' is 'Not verified', not 'Verified' (${SOURCE}: line 3).`],
    });
  });
});

describe('3. nesting is bounded before the markdown is parsed, and the tree walks use no recursion', () => {
  const MARKERS = (line: number) =>
    `${SOURCE}: line ${line}: the line starts with more than 64 block quote and list markers ('>', '-', '*', '+', '1.', '1)'), nesting deeper than a control assessment needs; refused before the markdown is parsed (expected at most 64 on a line).`;
  const INDENT = (line: number) =>
    `${SOURCE}: line ${line}: the line's content starts after more than 256 columns of indentation and block quote or list markers (a tab counts 4), nesting deeper than a control assessment needs; refused before the markdown is parsed (expected at most 256).`;

  it('has the caps the messages and the README name', () => {
    expect(MAX_LINE_CONTAINERS).toBe(64);
    expect(MAX_LINE_INDENT).toBe(256);
  });

  it('refuses 12,000 nested list markers and 10,000 nested block quotes (a stack overflow, exit 70, before)', () => {
    expect(problemsOf(`${DEMO}${'- '.repeat(12_000)}x\n`)).toEqual([MARKERS(AFTER_DEMO)]);
    expect(problemsOf(`${DEMO}${'>'.repeat(10_000)} x\n`)).toEqual([MARKERS(AFTER_DEMO)]);
  });

  it.each(['>', '> ', '- ', '* ', '+ ', '1. ', '10) '])(
    'reads the marker %j 64 times at the start of a line, and refuses it 65 times',
    (marker) => {
      const at = `${DEMO}${marker.repeat(MAX_LINE_CONTAINERS)}x\n`;
      expect(parseAssessment(at, SOURCE).controls).toHaveLength(4);
      const past = `${DEMO}${marker.repeat(MAX_LINE_CONTAINERS)}${marker.trimEnd()} x\n`;
      expect(problemsOf(past)).toEqual([MARKERS(AFTER_DEMO)]);
    },
  );

  it('counts block quote and list markers together', () => {
    expect(parseAssessment(`${DEMO}${'> - '.repeat(32)}x\n`, SOURCE).controls).toHaveLength(4);
    expect(problemsOf(`${DEMO}${'> - '.repeat(32)}> x\n`)).toEqual([MARKERS(AFTER_DEMO)]);
  });

  it('counts only markers: a word, a thematic break of dashes or a number without a dot stops the count', () => {
    const text = `${DEMO}${lines(`${'> '.repeat(60)}-x ${'- '.repeat(10)}`, `${'-'.repeat(500)}`, `${'> '.repeat(60)}1234567890. ${'- '.repeat(10)}`)}`;
    expect(parseAssessment(text, SOURCE).controls).toHaveLength(4);
  });

  it('reads content at column 256 and refuses it at column 257, a tab counting 4', () => {
    expect(parseAssessment(`${DEMO}${' '.repeat(256)}x\n`, SOURCE).controls).toHaveLength(4);
    expect(problemsOf(`${DEMO}${' '.repeat(257)}x\n`)).toEqual([INDENT(AFTER_DEMO)]);
    expect(parseAssessment(`${DEMO}${'\t'.repeat(64)}x\n`, SOURCE).controls).toHaveLength(4);
    expect(problemsOf(`${DEMO}${'\t'.repeat(64)} x\n`)).toEqual([INDENT(AFTER_DEMO)]);
    // Indentation after a marker counts too.
    expect(problemsOf(`${DEMO}> -${' '.repeat(255)}x\n`)).toEqual([INDENT(AFTER_DEMO)]);
  });

  it('reads a line of white space only as blank, however long', () => {
    expect(parseAssessment(`${DEMO}${' \t'.repeat(5000)}\n\n`, SOURCE).controls).toHaveLength(4);
  });

  it('names the line after CRLF and CR line endings as the parser numbers them', () => {
    const text = `${DEMO.replace(/\n/g, '\r\n')}\r${'>'.repeat(65)} x\r\n`;
    expect(problemsOf(text)).toEqual([MARKERS(AFTER_DEMO + 1)]);
  });

  it('reads a table nested at the caps', () => {
    const quoted = `${'>'.repeat(MAX_LINE_CONTAINERS)} `;
    const text = lines(`${quoted}| Control | Status |`, `${quoted}| --- | --- |`, `${quoted}| deep | Verified |`);
    expect(parseAssessment(text, SOURCE).controls).toEqual([
      { controlId: 'deep', key: 'deep', status: 'Verified', line: 3 },
    ]);
  });

  it('walks a cell of thousands of nested emphasis marks, which no line cap bounds, without overflowing the stack', () => {
    // The file may now hold at most MAX_EMPHASIS_MARKS '*' and '_' (3,000), so no longer 7,000 on each
    // side (3,500 deep, where the recursive walk overflowed at about 3,000): the cap's 1,500 on each
    // side, 750 deep, still read through the walk.
    const deep = `${'*'.repeat(MAX_EMPHASIS_MARKS / 2)}[run](https://ci/1)${'*'.repeat(MAX_EMPHASIS_MARKS / 2)}`;
    const text = lines('| Control | Status | Evidence |', '|---|---|---|', `| deep | Verified | ${deep} |`);
    expect(parseAssessment(text, SOURCE).controls).toEqual([
      { controlId: 'deep', key: 'deep', status: 'Verified', evidence: 'run', evidenceLinks: ['https://ci/1'], line: 3 },
    ]);
  });
});

describe('4. parse time: a file nested one step further on each line is refused before it is parsed', () => {
  /** `''.join('  '*i+'- a\n' for i in range(n))`: each line one level deeper than the one before. */
  const staircase = (size: number) => {
    const parts: string[] = [];
    let length = 0;
    for (let i = 0; length < size; i += 1) {
      const line = `${'  '.repeat(i)}- a\n`;
      parts.push(line);
      length += line.length;
    }
    return parts.join('');
  };

  it('reads the staircase 128 steps deep (its last content at column 256), and refuses step 129', () => {
    const steps = (n: number) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- a\n`).join('');
    expect(parseAssessment(`${DEMO}${steps(128)}`, SOURCE).controls).toHaveLength(4);
    expect(problemsOf(`${DEMO}${steps(129)}`)).toEqual([
      `${SOURCE}: line ${AFTER_DEMO + 128}: the line's content starts after more than 256 columns of indentation and block quote or list markers (a tab counts 4), nesting deeper than a control assessment needs; refused before the markdown is parsed (expected at most 256).`,
    ]);
  });

  it('refuses a 2 MB staircase (a 1 MB one took 33 s to parse) at its 129th step, before parsing it', () => {
    const text = `${DEMO}${staircase(2_000_000)}`;
    expect(text.length).toBeGreaterThan(2_000_000);
    expect(problemsOf(text)).toEqual([
      `${SOURCE}: line ${AFTER_DEMO + 128}: the line's content starts after more than 256 columns of indentation and block quote or list markers (a tab counts 4), nesting deeper than a control assessment needs; refused before the markdown is parsed (expected at most 256).`,
    ]);
  });

  it('reads 2,000 list and block quote markers in a file and refuses the 2,001st (5,000 lines of `- - x` took 6 s)', () => {
    expect(MAX_FILE_CONTAINERS).toBe(2000);
    const table = lines('| Control | Status |', '|---|---|', '| a | Verified |');
    expect(parseAssessment(`${table}${'- x\n'.repeat(2000)}`, SOURCE).controls).toHaveLength(1);
    expect(parseAssessment(`${table}${'> - x\n'.repeat(1000)}`, SOURCE).controls).toHaveLength(1);
    expect(problemsOf(`${table}${'- x\n'.repeat(2001)}`)).toEqual([
      `${SOURCE}: line 2004: the file has more than 2000 block quote and list markers at the start of its lines by this line, far more list items than a control assessment needs; refused before the markdown is parsed (expected at most 2000 in the file).`,
    ]);
    expect(problemsOf(`${table}${'- - x\n'.repeat(5000)}`)).toEqual([
      `${SOURCE}: line 1004: the file has more than 2000 block quote and list markers at the start of its lines by this line, far more list items than a control assessment needs; refused before the markdown is parsed (expected at most 2000 in the file).`,
    ]);
  });

  it('still parses a large flat assessment: the most table rows the pipe bound allows, after a megabyte of prose', () => {
    // No '*' in the prose: 7,000 paragraphs of '*threat model*' are past MAX_EMPHASIS_MARKS (see
    // assessment-review-s13.test.ts), which a file of a megabyte of italics is refused by.
    const paragraph =
      'The payments API was reviewed by the security team; see the threat model and the [review notes](https://example.com/notes) for `details`.\n\n';
    const prose = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const rows = Array.from({ length: 4998 }, (_, i) => `| control-${i} | Verified |`);
    const text = `# Assessment\n\n${prose}${lines('| Control | Status |', '|---|---|', ...rows)}`;
    expect(text.length).toBeGreaterThan(1_000_000);
    const { controls } = parseAssessment(text, SOURCE);
    expect(controls).toHaveLength(4998);
    expect(controls[4997]).toEqual({
      controlId: 'control-4997',
      key: 'control-4997',
      status: 'Verified',
      line: 5 + 2 * (prose.length / paragraph.length) + 4997,
    });
  });
});

describe('5. an image in the Control, Criticality or Status cell is refused, not read as its alt text', () => {
  const table = (...rows: string[]) =>
    lines('| Control | Criticality | Status | Evidence |', '|---|---|---|---|', ...rows);

  it('refuses a status badge whose alt text says Verified', () => {
    const text = DEMO.replace(
      '| authorization | Authorization | critical | Verified |',
      '| authorization | Authorization | critical | ![Verified](https://img.shields.io/badge/status-NOT%20VERIFIED-red) |',
    );
    expect(problemsOf(text)).toEqual([
      `${SOURCE}: line 10: the status cell shows an image ('![Verified](https://img.shields.io/badge/status-NOT%20VERIFIED-red)'), which GitHub shows as the picture, not the alt text shipgate would read (expected text: write the status as text, without ![...](...) or <img>).`,
    ]);
  });

  it('refuses an HTML image, a reference image and an image beside the word, in each of the three cells', () => {
    const text = lines(
      '| Control | Criticality | Status | Evidence |',
      '|---|---|---|---|',
      '| a | critical | <img src="https://img.shields.io/badge/NOT%20VERIFIED-red" alt="Verified"> | |',
      '| b | critical | Verified <img src="not-verified.svg"> | |',
      '| c | critical | ![Verified][badge] | |',
      '| d | ![critical](low.svg) | Verified | |',
      '| ![e](authorization.svg) | critical | Verified | |',
      '| f | critical | <picture><img src="x.svg" alt="Verified"></picture> | |',
      '',
      '[badge]: https://img.shields.io/badge/status-NOT%20VERIFIED-red',
    );
    const image = (line: number, cell: string, markdown: string, what: string) =>
      `${SOURCE}: line ${line}: the ${cell} cell shows an image (${markdown}), which GitHub shows as the picture, not the alt text shipgate would read (expected text: write the ${what} as text, without ![...](...) or <img>).`;
    expect(problemsOf(text)).toEqual([
      image(3, 'status', `'<img src="https://img.shields.io/badge/NOT%20VERIFIED-red" alt="Verified">'`, 'status'),
      image(4, 'status', `'Verified <img src="not-verified.svg">'`, 'status'),
      image(5, 'status', `'![Verified][badge]'`, 'status'),
      image(6, 'criticality', `'![critical](low.svg)'`, 'criticality'),
      image(7, 'control', `'![e](authorization.svg)'`, 'control id'),
      image(8, 'status', `'<picture><img src="x.svg" alt="Verified"></picture>'`, 'status'),
    ]);
  });

  it('reads a row of images only, which GitHub shows, rather than skipping it as empty', () => {
    expect(problemsOf(table('| <img src="a.svg"> | | <img src="v.svg"> | |'))).toEqual([
      `${SOURCE}: line 3: the control cell shows an image ('<img src="a.svg">'), which GitHub shows as the picture, not the alt text shipgate would read (expected text: write the control id as text, without ![...](...) or <img>).`,
      `${SOURCE}: line 3: the control id is empty (expected a control id such as authentication).`,
      `${SOURCE}: line 3: the status cell shows an image ('<img src="v.svg">'), which GitHub shows as the picture, not the alt text shipgate would read (expected text: write the status as text, without ![...](...) or <img>).`,
    ]);
  });

  it('still reads an image in the Evidence cell as its alt text', () => {
    expect(parseAssessment(table('| a | critical | Verified | ![screenshot](s.png) |'), SOURCE).controls).toEqual([
      { controlId: 'a', key: 'a', criticality: 'critical', status: 'Verified', evidence: 'screenshot', line: 3 },
    ]);
  });
});
