/**
 * A table in a GFM footnote definition: GitHub (cmark-gfm with its footnotes extension) shows it in the
 * footnotes at the end of the page, while the parser here, which knows no footnotes, read the definition
 * as a paragraph and its indented table as code. An unverified critical control, or a second copy of a
 * control, sat there unseen while the release was approved; a footnote that holds a '|' is refused now.
 * Each case was read with `cmark-gfm -e footnotes -e table` to check what GitHub shows.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseAssessment } from '../../src/evidence/assessment.js';
import { silentLogger } from '../../src/logger.js';
import { run } from '../../src/run.js';
import { errorOf, rejectionOf } from '../helpers.js';

const SOURCE = 'security/manual-assessment.md';
const DEMO_RELEASE = fileURLToPath(new URL('../../fixtures/demo/release', import.meta.url));
const DEMO = readFileSync(join(DEMO_RELEASE, 'security/manual-assessment.md'), 'utf8');
/** The first line after `${DEMO}\n`: the demo assessment is 16 lines, then a blank one. */
const AFTER = 18;

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

const controlsOf = (text: string) => parseAssessment(text, SOURCE).controls;
const keys = (text: string) => controlsOf(text).map((c) => [c.key, c.criticality, c.status]);

const footnote = (line: number, label: string, pipeLine: number, shown: string) =>
  `${SOURCE}: line ${line}: the footnote definition '${label}' holds a '|' on line ${pipeLine} ('${shown}'), which GitHub shows as part of the footnote, at the end of the page (or nowhere when no text refers to it), while shipgate does not read footnotes as GitHub does, so a control written there would be shown and not assessed, or assessed and not shown (expected no table in a footnote: the controls in the assessment table outside footnotes, and footnotes in words, without '|').`;

const HEADER = '| Control | Criticality | Status | Date |';
const DELIMITER = '| --- | --- | --- | --- |';
const AUTHENTICATION = '| authentication | critical | Not verified | 2026-11-24 |';
const SESSIONS = '| session-management | critical | Not verified | 2026-11-24 |';
const indented = (...rows: string[]) => rows.map((row) => `    ${row}`);

/** The review's repro (/tmp/s15/r2/fnA.md) after the demo assessment: its four controls say Verified. */
const REPRO = `${DEMO}\n${lines(
  'Re-assessment after the pen test[^retest].',
  '',
  '[^retest]: Pen test findings, 2026-11-24:',
  '',
  ...indented(HEADER, DELIMITER, AUTHENTICATION, SESSIONS),
)}`;
const REPRO_PROBLEM = footnote(AFTER + 2, '[^retest]:', AFTER + 4, HEADER);

describe('a footnote definition that holds a table', () => {
  it('is refused, naming the line of the definition and the line with the table (the review repro)', () => {
    expect(problemsOf(REPRO)).toEqual([REPRO_PROBLEM]);
    // The same lines ended with CRLF or CR are numbered the same.
    expect(problemsOf(REPRO.replace(/\n/g, '\r\n'))).toEqual([REPRO_PROBLEM]);
    expect(problemsOf(REPRO.replace(/\n/g, '\r'))).toEqual([REPRO_PROBLEM]);
    // Refused whether or not text refers to it (GitHub shows an unreferenced footnote nowhere).
    expect(problemsOf(REPRO.replace('[^retest].', '.'))).toEqual([REPRO_PROBLEM]);
  });

  it('is refused with one row, or with its header row only', () => {
    const one = `${DEMO}\n${lines('[^retest]: Pen test findings:', '', ...indented(HEADER, DELIMITER, SESSIONS))}`;
    expect(problemsOf(one)).toEqual([footnote(AFTER, '[^retest]:', AFTER + 2, HEADER)]);
    const header = `${DEMO}\n${lines('[^retest]: Pen test findings:', '', ...indented(HEADER, DELIMITER))}`;
    expect(problemsOf(header)).toEqual([footnote(AFTER, '[^retest]:', AFTER + 2, HEADER)]);
    // On the definition's line itself, and right under it without a blank line.
    expect(problemsOf(`${DEMO}\n${lines(`[^retest]: ${HEADER}`, ...indented(DELIMITER))}`)).toEqual([
      footnote(AFTER, '[^retest]:', AFTER, `[^retest]: ${HEADER}`),
    ]);
    expect(problemsOf(`${DEMO}\n${lines('[^retest]: Findings:', ...indented(HEADER, DELIMITER, SESSIONS))}`)).toEqual([
      footnote(AFTER, '[^retest]:', AFTER + 1, HEADER),
    ]);
  });

  it('reads the same tables outside a footnote as before: a table of controls, or a header row only', () => {
    const outside = `${DEMO}\n${lines('Pen test findings, 2026-11-24:', '', HEADER, DELIMITER, SESSIONS)}`;
    expect(keys(outside)).toEqual([...keys(DEMO), ['session-management', 'critical', 'Not verified']]);
    expect(keys(`${DEMO}\n${lines('Pen test findings:', '', HEADER, DELIMITER)}`)).toEqual(keys(DEMO));
    // The repro's rows outside the footnote: the second authentication row is a duplicate, as before.
    expect(problemsOf(`${DEMO}\n${lines('Pen test findings:', '', HEADER, DELIMITER, AUTHENTICATION)}`)).toEqual([
      `${SOURCE}: line ${AFTER + 4}: control 'authentication' is already assessed on line 9 (expected each control once; ids are compared case-insensitively).`,
    ]);
  });

  it('is refused when its lines continue the footnote without indentation (GitHub shows them as footnote text)', () => {
    // GitHub folds the lines under '[^note]: ...' into the footnote's paragraph: the table is not shown as
    // one (and, without a reference, not at all), but the parser here read it as a table of controls.
    const lazy = lines('[^note]: Reviewed by the security team.', HEADER, DELIMITER, AUTHENTICATION);
    expect(problemsOf(lazy)).toEqual([footnote(1, '[^note]:', 2, HEADER)]);
    // The footnote comes first; the table read here then repeats a control, as it did before.
    expect(problemsOf(`${DEMO}\n${lazy}`)).toEqual([
      footnote(AFTER, '[^note]:', AFTER + 1, HEADER),
      `${SOURCE}: line ${AFTER + 3}: control 'authentication' is already assessed on line 9 (expected each control once; ids are compared case-insensitively).`,
    ]);
  });

  it('is refused in a block quote or a list item', () => {
    const quoted = lines('> [^retest]: Findings:', ...[HEADER, DELIMITER, SESSIONS].map((row) => `>     ${row}`));
    expect(problemsOf(`${DEMO}\n${quoted}`)).toEqual([footnote(AFTER, '[^retest]:', AFTER + 1, `>     ${HEADER}`)]);
    const item = lines('- [^retest]: Findings:', '', ...[HEADER, DELIMITER, SESSIONS].map((row) => `      ${row}`));
    expect(problemsOf(`${DEMO}\n${item}`)).toEqual([footnote(AFTER, '[^retest]:', AFTER + 2, HEADER)]);
  });

  it('is refused at up to 3 spaces in; at 4, after a blank line, it is code to GitHub too, and read as before', () => {
    const at = (spaces: string) => `${DEMO}\n${lines(`${spaces}[^retest]: ${HEADER}`, '', ...indented(DELIMITER))}`;
    expect(problemsOf(at('   '))).toEqual([footnote(AFTER, '[^retest]:', AFTER, `[^retest]: ${HEADER}`)]);
    expect(keys(at('    '))).toEqual(keys(DEMO));
    expect(keys(at('\t'))).toEqual(keys(DEMO));
  });

  it('is refused where a footnote makes GitHub read the blocks after it otherwise than the parser here', () => {
    // On GitHub '~~~' opens a code block in [^a], '===' and '<custom>' are a paragraph after it, and
    // [^b] holds a table; here [^a] and '===' are a heading, and '<custom>' opens an HTML block (a lone
    // tag, which cannot interrupt a paragraph) that held [^b]'s first line, so [^b] went unseen.
    const html = lines(
      '[^a]: Reviewed with',
      '    ~~~',
      '===',
      '<custom>',
      '[^b]: Findings:',
      '',
      ...indented(HEADER, DELIMITER, AUTHENTICATION),
    );
    expect(problemsOf(`${DEMO}\n${html}`)).toEqual([footnote(AFTER + 4, '[^b]:', AFTER + 6, HEADER)]);
    // On GitHub '2. Re-test:' after [^a] is a list item (a footnote is no paragraph) and [^b] is in it,
    // with its table; here [^a] and '2. Re-test:' are text, and [^b] an indented code block.
    const list = lines(
      '[^a]: Reviewed on 2026-11-24.',
      '2. Re-test:',
      '',
      '    [^b]: Findings:',
      '',
      ...[HEADER, DELIMITER, AUTHENTICATION].map((row) => `       ${row}`),
    );
    expect(problemsOf(`${DEMO}\n${list}`)).toEqual([footnote(AFTER + 3, '[^b]:', AFTER + 5, HEADER)]);
  });

  it('ends as GitHub ends it: a table after a line of fewer than 4 spaces, or less indented, is not in it', () => {
    // A line of 1 to 3 spaces ends the footnote on GitHub (4 spaces, or an empty line, do not): the
    // indented table after it is code to GitHub, and read as code, as before.
    const after = (blank: string, indent: string) =>
      `${DEMO}\n${lines('[^retest]: Findings:', blank, ...[HEADER, DELIMITER, SESSIONS].map((row) => `${indent}${row}`))}`;
    expect(keys(after('   ', '    '))).toEqual(keys(DEMO));
    expect(problemsOf(after('    ', '    '))).toEqual([footnote(AFTER, '[^retest]:', AFTER + 2, HEADER)]);
    expect(problemsOf(after('', '    '))).toEqual([footnote(AFTER, '[^retest]:', AFTER + 2, HEADER)]);
    // 3 spaces in, after a blank line, the table is outside the footnote, shown and read as a table.
    expect(keys(after('', '   '))).toEqual([...keys(DEMO), ['session-management', 'critical', 'Not verified']]);
  });
});

describe('a footnote GitHub shows without a table, or a [^x]: GitHub does not read as one', () => {
  it('reads a footnote of words only, as if it were not there', () => {
    const words = REPRO.slice(0, REPRO.indexOf('\n    |') + 1);
    expect(words.endsWith('[^retest]: Pen test findings, 2026-11-24:\n\n')).toBe(true);
    expect(controlsOf(words)).toEqual(controlsOf(DEMO));
    const notes = lines(
      '[^retest]: Pen test on 2026-11-24, no findings.',
      '',
      '    The report is kept by the security team.',
      '[^other]: Another note.',
    );
    expect(controlsOf(`${DEMO}\n${notes}`)).toEqual(controlsOf(DEMO));
    // Above the table, with a blank line between them, the footnote ends before it.
    expect(keys(`[^retest]: Findings follow.\n\n${DEMO}`)).toEqual(keys(DEMO));
  });

  it('reads a table in a code fence, an HTML comment or an HTML block, or indented as code, as before', () => {
    const table = [`[^retest]: ${HEADER}`, DELIMITER, AUTHENTICATION];
    for (const hidden of [
      ['```', ...table, '```'],
      ['~~~markdown', ...table, '~~~'],
      ['<!--', ...table, '-->'],
      ['<details>', ...table, '</details>'],
      ['', ...indented(...table)],
    ]) {
      expect(controlsOf(`${DEMO}\n${lines(...hidden)}`), hidden[0]).toEqual(controlsOf(DEMO));
    }
    // A label with a space is no footnote to GitHub either: the line is text.
    expect(controlsOf(`${DEMO}\n${lines('[^pen test]: a | b')}`)).toEqual(controlsOf(DEMO));
  });
});

describe('evaluate on the demo release', () => {
  const evaluate = (assessment: string) => {
    const root = mkdtempSync(join(tmpdir(), 'sg-footnote-'));
    cpSync(DEMO_RELEASE, root, { recursive: true });
    writeFileSync(join(root, SOURCE), assessment);
    return run({
      root,
      scans: [],
      dryRun: true,
      clock: () => new Date('2026-11-25T12:00:00Z'),
      clockPinned: true,
      logger: silentLogger,
    });
  };

  it('stops with an input error (exit 3) on the repro, which it approved; a footnote of words changes nothing', async () => {
    const error = await rejectionOf(() => evaluate(REPRO));
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).exitCode).toBe(3);
    expect(error.message).toBe(REPRO_PROBLEM);
    const words = await evaluate(REPRO.slice(0, REPRO.indexOf('\n    |') + 1));
    expect(words.exitCode).toBe(0);
    expect(words.evaluation.decision).toBe((await evaluate(DEMO)).evaluation.decision);
  });
});
