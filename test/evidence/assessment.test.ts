import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { errorOf } from '../helpers.js';
import {
  CONTROL_STATUSES,
  DEFAULT_CONTROLS,
  parseAssessment,
  parseControlStatus,
  renderAssessmentTemplate,
} from '../../src/evidence/assessment.js';

const SOURCE = 'security/manual-assessment.md';
const ACCEPTED = 'Verified, Not verified, Partially verified, Not applicable or Pending';

function problemsOf(text: string): string[] {
  try {
    parseAssessment(text, SOURCE);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).problems;
  }
  throw new Error('expected parseAssessment to throw');
}

function lines(...text: string[]): string {
  return `${text.join('\n')}\n`;
}

const REAL_TABLE = ['| Control | Status |', '| --- | --- |', '| real-control | Verified |'];

const NO_TABLE = `${SOURCE}: there is no markdown table with a 'Control' and a 'Status' column (expected a GFM table outside code blocks, HTML blocks and comments, with a header row such as '| Control | Criticality | Status | Evidence | Verified by | Date |').`;

describe('evidence/assessment', () => {
  it('reads every recognized column and the line of each row', () => {
    const text = lines(
      '# Assessment', //                                                                          1
      '', //                                                                                      2
      '| Control | Name | Criticality | Status | Evidence | Verified by | Date | Notes |', //      3
      '|---|---|---|---|---|---|---|---|', //                                                     4
      '| authentication | Authentication | Critical | Verified | [CI run](https://ci/1) | alice | 2026-11-20 | x |', // 5
      '| Data Protection | | HIGH | not applicable | | | | |', //                                 6
    );
    expect(parseAssessment(text, SOURCE)).toEqual({
      source: SOURCE,
      controls: [
        {
          controlId: 'authentication',
          key: 'authentication',
          name: 'Authentication',
          criticality: 'critical',
          status: 'Verified',
          evidence: 'CI run',
          evidenceLinks: ['https://ci/1'],
          verifiedBy: 'alice',
          date: '2026-11-20',
          line: 5,
        },
        {
          controlId: 'Data Protection',
          key: 'data-protection',
          criticality: 'high',
          status: 'Not applicable',
          line: 6,
        },
      ],
    });
  });

  it('matches header names case-insensitively, in any order, and ignores other columns', () => {
    const text = lines(
      '| DATE | status | Owner | CONTROL | verified  BY |',
      '|-|-|-|-|-|',
      '| 2026-01-02 | pending | x | authz | bob |',
    );
    expect(parseAssessment(text, SOURCE).controls).toEqual([
      { controlId: 'authz', key: 'authz', status: 'Pending', date: '2026-01-02', verifiedBy: 'bob', line: 3 },
    ]);
  });

  it.each([
    ['Verified', 'Verified'],
    ['VERIFIED', 'Verified'],
    ['  verified ', 'Verified'],
    ['not   verified', 'Not verified'],
    ['Partially Verified', 'Partially verified'],
    ['NOT APPLICABLE', 'Not applicable'],
    ['pending', 'Pending'],
  ])('reads the status %j as %s', (word, status) => {
    expect(parseControlStatus(word)).toBe(status);
    const text = lines('| Control | Status |', '|---|---|', `| authentication | ${word} |`);
    expect(parseAssessment(text, SOURCE).controls[0]?.status).toBe(status);
  });

  it('accepts exactly the five status words', () => {
    expect(CONTROL_STATUSES).toEqual(['Verified', 'Not verified', 'Partially verified', 'Not applicable', 'Pending']);
    for (const word of ['Verified!', 'Not-verified', 'Done', 'Yes', ''])
      expect(parseControlStatus(word)).toBeUndefined();
  });

  it('strips emphasis, links, code and inline HTML from cells', () => {
    const text = lines(
      '| Control | Status | Evidence | Verified by |',
      '|---|---|---|---|',
      '| [`authentication`](https://x/a) | **Verified** | See _the_ [run](https://ci/7) and <https://ci/8> | <b>alice</b> |',
      '| `secrets_management` | *Partially* verified | ![screenshot](s.png) | @bob |',
    );
    expect(parseAssessment(text, SOURCE).controls).toEqual([
      {
        controlId: 'authentication',
        key: 'authentication',
        status: 'Verified',
        evidence: 'See the run and https://ci/8',
        evidenceLinks: ['https://ci/7', 'https://ci/8'],
        verifiedBy: 'alice',
        line: 3,
      },
      {
        controlId: 'secrets_management',
        key: 'secrets-management',
        status: 'Partially verified',
        evidence: 'screenshot',
        verifiedBy: '@bob',
        line: 4,
      },
    ]);
  });

  it('refuses a control, status or criticality struck through with HTML, which GitHub shows as withdrawn', () => {
    const text = lines(
      '| Control | Criticality | Status |',
      '|---|---|---|',
      '| a | Critical | <del>Verified</del> |',
      '| b | Critical | <s>Verified</s> |',
      '| c | <STRIKE>Critical</STRIKE> Low | Verified |',
      '| <del>d</del> | Critical | Verified |',
      '| e | Critical | ~~Verified~~ |',
    );
    expect(problemsOf(text)).toEqual([
      `${SOURCE}: line 3: the status cell is struck through ('<del>Verified</del>'), which GitHub shows as withdrawn (expected the status word as it stands, without <del>, <s> or <strike>).`,
      `${SOURCE}: line 4: the status cell is struck through ('<s>Verified</s>'), which GitHub shows as withdrawn (expected the status word as it stands, without <del>, <s> or <strike>).`,
      `${SOURCE}: line 5: the criticality cell is struck through ('<STRIKE>Critical</STRIKE> Low'), which GitHub shows as withdrawn (expected the criticality word as it stands, without <del>, <s> or <strike>).`,
      `${SOURCE}: line 6: the control cell is struck through ('<del>d</del>'), which GitHub shows as withdrawn (expected the control id as it stands, without <del>, <s> or <strike>).`,
      `${SOURCE}: line 7: '~~Verified~~' is not a control status (expected ${ACCEPTED}).`,
    ]);
  });

  it('reads through inline HTML that shows what it reads: bold, a line break, a comment, <span> and <sup>', () => {
    const text = lines(
      '| Control | Criticality | Status |',
      '|---|---|---|',
      '| a | <b>Critical</b> | <b>Verified</b> |',
      '| b | Critical | Verified<br> |',
      '| c | Critical | Verified <br/> |',
      '| d | Critical | Verified <!-- reviewed in PR 12 --> |',
      '| e | **Critical** | `Verified` |',
      '| f | Critical | <span>Verified</span> |',
      '| g | Critical | <sup>Verified</sup> |',
    );
    const controls = parseAssessment(text, SOURCE).controls;
    expect(controls.map((c) => [c.controlId, c.criticality, c.status])).toEqual(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => [id, 'critical', 'Verified']),
    );
  });

  it('compares control ids case-insensitively through a normalized key', () => {
    const text = lines(
      '| Control | Status |',
      '|---|---|',
      '| Secrets_Management | Verified |',
      '| data protection | Pending |',
    );
    expect(parseAssessment(text, SOURCE).controls.map((c) => [c.controlId, c.key])).toEqual([
      ['Secrets_Management', 'secrets-management'],
      ['data protection', 'data-protection'],
    ]);
  });

  describe('which table counts', () => {
    it('does not count a table in a code fence', () => {
      const text = lines('```markdown', '| Control | Status |', '| --- | --- |', '| fenced | Verified |', '```');
      expect(problemsOf(text)).toEqual([NO_TABLE]);
      const tilde = lines('~~~', '| Control | Status |', '| --- | --- |', '| fenced | Verified |', '~~~');
      expect(problemsOf(tilde)).toEqual([NO_TABLE]);
    });

    it('does not count a table in an indented code block', () => {
      const text = lines(
        'Example:',
        '',
        '    | Control | Status |',
        '    | --- | --- |',
        '    | indented | Verified |',
      );
      expect(problemsOf(text)).toEqual([NO_TABLE]);
    });

    it('does not count a table in an HTML comment, even one with blank lines inside', () => {
      const text = lines('<!--', '', '| Control | Status |', '| --- | --- |', '| commented | Verified |', '', '-->');
      expect(problemsOf(text)).toEqual([NO_TABLE]);
    });

    it('does not count a table inside a <details> HTML block', () => {
      const text = lines(
        '<details>',
        '<summary>Old assessment</summary>',
        '| Control | Status |',
        '| --- | --- |',
        '| hidden | Verified |',
        '</details>',
      );
      expect(problemsOf(text)).toEqual([NO_TABLE]);
    });

    it('counts a table after a blank line inside <details>, because CommonMark ends the HTML block there and GitHub renders it', () => {
      const text = lines(
        '<details>',
        '',
        '| Control | Status |',
        '| --- | --- |',
        '| shown | Verified |',
        '',
        '</details>',
      );
      expect(parseAssessment(text, SOURCE).controls).toEqual([
        { controlId: 'shown', key: 'shown', status: 'Verified', line: 5 },
      ]);
    });

    it('skips the hidden tables and uses the real one that follows', () => {
      const text = lines(
        '```', //                               1
        '| Control | Status |', //               2
        '| --- | --- |', //                      3
        '| fenced | Verified |', //              4
        '```', //                               5
        '<!--', //                              6
        '| Control | Status |', //               7
        '| --- | --- |', //                      8
        '| commented | Verified |', //           9
        '-->', //                               10
        '<details>', //                         11
        '| Control | Status |', //               12
        '| --- | --- |', //                      13
        '| hidden | Verified |', //              14
        '</details>', //                        15
        '', //                                  16
        ...REAL_TABLE, //                       17-19
      );
      expect(parseAssessment(text, SOURCE).controls).toEqual([
        { controlId: 'real-control', key: 'real-control', status: 'Verified', line: 19 },
      ]);
    });

    it('reads every table with Control and Status columns, and skips tables without Status or Criticality', () => {
      // A table with a Status column but no Control column is refused (assessment-holes.test.ts).
      const text = lines(
        '| Area | Notes |', //                   1
        '| --- | --- |', //                      2
        '| summary | Verified |', //             3
        '', //                                  4
        ...REAL_TABLE, //                       5-7
        '', //                                  8
        '| Control | Criticality | Status |', // 9
        '| --- | --- | --- |', //                10
        '| later | high | Pending |', //         11
      );
      expect(parseAssessment(text, SOURCE).controls).toEqual([
        { controlId: 'real-control', key: 'real-control', status: 'Verified', line: 7 },
        { controlId: 'later', key: 'later', status: 'Pending', line: 11, criticality: 'high' },
      ]);
    });

    it('refuses a control assessed in two tables (an example or stale table must not decide it)', () => {
      const text = lines(
        '| Control | Status |', //               1
        '| --- | --- |', //                      2
        '| authentication | Verified |', //      3
        '', //                                  4
        '> | Control | Status |', //             5
        '> | --- | --- |', //                    6
        '> | Authentication | Not verified |', // 7
      );
      const error = errorOf(() => parseAssessment(text, SOURCE));
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toBe(
        `${SOURCE}: line 7: control 'Authentication' is already assessed on line 3 (expected each control once; ids are compared case-insensitively).`,
      );
    });

    it('lists every problem of a later table too', () => {
      const text = lines(...REAL_TABLE, '', '| Control | Status |', '| --- | --- |', '| later | bogus status |');
      const error = errorOf(() => parseAssessment(text, SOURCE));
      expect((error as Error).message).toContain(`${SOURCE}: line 7: 'bogus status' is not a control status`);
    });

    it('counts a table inside a blockquote, which GitHub renders as a table', () => {
      const text = lines('> | Control | Status |', '> | --- | --- |', '> | quoted | Pending |');
      expect(parseAssessment(text, SOURCE).controls).toEqual([
        { controlId: 'quoted', key: 'quoted', status: 'Pending', line: 3 },
      ]);
    });

    it('reports a missing table for an empty file and for pipes that are not a table', () => {
      expect(problemsOf('')).toEqual([NO_TABLE]);
      expect(problemsOf(lines('| Control | Status |', '| authentication | Verified |'))).toEqual([NO_TABLE]);
    });
  });

  describe('errors', () => {
    it('names the exact line of an unknown status and lists the accepted words', () => {
      const text = lines(
        '# A',
        '',
        'Intro.',
        '',
        '| Control | Status |',
        '|---|---|',
        '| a | Verified |',
        '| b | Done |',
      );
      expect(problemsOf(text)).toEqual([`${SOURCE}: line 8: 'Done' is not a control status (expected ${ACCEPTED}).`]);
    });

    it('refuses a criticality word it does not know, so a misspelt one cannot demote a control', () => {
      const text = lines(
        '| Control | Criticality | Status |',
        '|---|---|---|',
        '| authentication | critcal | Not verified |',
        '| authorization | Critical! | Pending |',
        '| logging |  | Pending |',
      );
      expect(problemsOf(text)).toEqual([
        `${SOURCE}: line 3: 'critcal' is not a criticality (expected Critical, High, Medium or Low, or an empty cell).`,
        `${SOURCE}: line 4: 'Critical!' is not a criticality (expected Critical, High, Medium or Low, or an empty cell).`,
      ]);
      const known = lines(
        '| Control | Criticality | Status |',
        '|---|---|---|',
        '| a | CRITICAL | Verified |',
        '| b | High | Pending |',
        '| c |  medium  | Pending |',
        '| d | low | Pending |',
      );
      expect(parseAssessment(known, SOURCE).controls.map((c) => c.criticality)).toEqual([
        'critical',
        'high',
        'medium',
        'low',
      ]);
    });

    it('reports an empty status as unknown', () => {
      const text = lines('| Control | Status |', '|---|---|', '| a | |');
      expect(problemsOf(text)).toEqual([`${SOURCE}: line 3: '' is not a control status (expected ${ACCEPTED}).`]);
    });

    it('names both lines of a duplicate control, compared case-insensitively', () => {
      const text = lines(
        '| Control | Status |', //                1
        '|---|---|', //                          2
        '| Authentication | Verified |', //       3
        '| Data protection | Verified |', //      4
        '| authentication | Pending |', //        5
        '| data-protection | Pending |', //       6
      );
      expect(problemsOf(text)).toEqual([
        `${SOURCE}: line 5: control 'authentication' is already assessed on line 3 (expected each control once; ids are compared case-insensitively).`,
        `${SOURCE}: line 6: control 'data-protection' is already assessed on line 4 (expected each control once; ids are compared case-insensitively).`,
      ]);
    });

    it('rejects an empty control id and skips rows that are entirely empty', () => {
      const text = lines('| Control | Status |', '|---|---|', '|  | Verified |', '| | |', '| a | Verified |');
      expect(problemsOf(text)).toEqual([
        `${SOURCE}: line 3: the control id is empty (expected a control id such as authentication).`,
      ]);
    });

    it('rejects a date that is not a real calendar date', () => {
      const text = lines(
        '| Control | Status | Date |',
        '|---|---|---|',
        '| a | Verified | 2026-02-30 |',
        '| b | Verified | 20/11/2026 |',
      );
      expect(problemsOf(text)).toEqual([
        `${SOURCE}: line 3: '2026-02-30' is not a date (expected YYYY-MM-DD).`,
        `${SOURCE}: line 4: '20/11/2026' is not a date (expected YYYY-MM-DD).`,
      ]);
    });

    it('rejects a recognized column given twice', () => {
      const text = lines('| Control | Status | status |', '|---|---|---|', '| a | Verified | Pending |');
      expect(problemsOf(text)).toEqual([
        `${SOURCE}: line 1: the table has a second 'status' column, column 3 (expected each column once; it repeats column 2).`,
      ]);
    });

    it('gathers every problem into one InputError whose message lists them', () => {
      const text = lines(
        '| Control | Status | Date |',
        '|---|---|---|',
        '| a | Nope | 2026-13-01 |',
        '| A | Verified | |',
      );
      let caught: unknown;
      try {
        parseAssessment(text, SOURCE);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(InputError);
      const error = caught as InputError;
      expect(error.exitCode).toBe(3);
      expect(error.problems).toEqual([
        `${SOURCE}: line 3: 'Nope' is not a control status (expected ${ACCEPTED}).`,
        `${SOURCE}: line 3: '2026-13-01' is not a date (expected YYYY-MM-DD).`,
        `${SOURCE}: line 4: control 'A' is already assessed on line 3 (expected each control once; ids are compared case-insensitively).`,
      ]);
      expect(error.message.split('\n')[0]).toBe(`${SOURCE}: the control assessment has 3 problems (expected none).`);
    });
  });

  describe('template', () => {
    it('lists the four default controls as critical and Pending, and parses back', () => {
      const text = renderAssessmentTemplate();
      const controls = parseAssessment(text, '.shipgate/manual-assessment.md').controls;
      expect(controls.map((c) => [c.key, c.name, c.criticality, c.status])).toEqual([
        ['authentication', 'Authentication', 'critical', 'Pending'],
        ['authorization', 'Authorization', 'critical', 'Pending'],
        ['data-protection', 'Data protection', 'critical', 'Pending'],
        ['secrets-management', 'Secrets management', 'critical', 'Pending'],
      ]);
      expect(DEFAULT_CONTROLS.map((c) => c.id)).toEqual([
        'authentication',
        'authorization',
        'data-protection',
        'secrets-management',
      ]);
    });

    it('escapes markdown in control ids and names', () => {
      const text = renderAssessmentTemplate([{ id: 'input_validation', name: 'Input | *output* <encoding>' }]);
      expect(parseAssessment(text, SOURCE).controls).toEqual([
        {
          controlId: 'input_validation',
          key: 'input-validation',
          name: 'Input | *output* <encoding>',
          criticality: 'critical',
          status: 'Pending',
          line: expect.any(Number),
        },
      ]);
    });
  });

  describe('demo examples', () => {
    const read = (name: string) =>
      readFileSync(new URL(`../../fixtures/demo/evidence-examples/${name}`, import.meta.url), 'utf8');

    it('manual-assessment.md has the four default controls, all Verified with evidence, verifier and date', () => {
      const { controls } = parseAssessment(read('manual-assessment.md'), 'manual-assessment.md');
      expect(controls.map((c) => c.key)).toEqual(DEFAULT_CONTROLS.map((c) => c.id));
      for (const control of controls) {
        expect(control).toMatchObject({ criticality: 'critical', status: 'Verified', date: '2026-11-20' });
        expect(control.verifiedBy).toMatch(/^(alice|bob)$/);
        expect(control.evidenceLinks?.[0]).toMatch(/^https:\/\//);
      }
    });

    it('manual-assessment-unverified.md has authorization Partially verified and the rest Verified', () => {
      const { controls } = parseAssessment(read('manual-assessment-unverified.md'), 'manual-assessment-unverified.md');
      expect(controls.map((c) => [c.key, c.status])).toEqual([
        ['authentication', 'Verified'],
        ['authorization', 'Partially verified'],
        ['data-protection', 'Verified'],
        ['secrets-management', 'Verified'],
      ]);
    });
  });
});
