/**
 * yarn audit review defect: the auditSummary check counted auditAdvisory lines, not the advisory and resolution
 * path pairs yarn 1 prints them for, so an exact copy of one line could stand in for another that was removed
 * (the real stream's high NPM-1325 line replaced by a copy of the NPM-1324 line read as complete, one high
 * advisory short). A pair written twice now counts once, as a path written twice in an npm audit v1 advisory
 * does. Real reports, edited in the test.
 */
import { FIXTURES, createHarness } from './harness.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode, InputError } from '../../src/errors.js';
import { yarnAudit } from '../../src/ingest/yarn-audit.js';
import { gateOneReport } from '../helpers.js';

const FOLDER = 'yarn-audit-json';
const { parseFixture, parseText, parseError } = createHarness(yarnAudit, FOLDER);

/** The real yarn 1 stream's lines, as text: NPM-1179 (low), NPM-1324 (high), NPM-1325 (high), the summary. */
const realLines = (): string[] =>
  readFileSync(join(FIXTURES, FOLDER, 'yarn-v1-audit-many.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');

type Line = { type: string; data: Record<string, unknown> };
type Advisory = { id: number; findings: { version: string; paths: string[] }[] };

const parsed = (text: string): Line => JSON.parse(text) as Line;
const advisoryOf = (line: Line): Advisory => line.data.advisory as Advisory;
const resolutionOf = (line: Line): Record<string, unknown> => line.data.resolution as Record<string, unknown>;
const summaryOf = (line: Line): Record<string, number> => line.data.vulnerabilities as Record<string, number>;
const text = (lines: string[]): string => `${lines.join('\n')}\n`;

/** What the review sent: the NPM-1325 line (line 3) replaced by an exact copy of the NPM-1324 line (line 2). */
function copyStandsIn(): string[] {
  const lines = realLines();
  expect(lines[1]).toContain('"id":1324');
  expect(lines[2]).toContain('"id":1325');
  lines[2] = lines[1] as string;
  return lines;
}

const REPEAT_HINT =
  '(expected one auditAdvisory line per vulnerability the summary counts, each a different advisory or resolution path; a repeated line cannot stand in for one left out: the stream was cut or edited, so run yarn audit --json again for the gate).';

describe('yarn 1: one auditAdvisory line per advisory and resolution path', () => {
  it('reads the real stream exactly as before', async () => {
    const result = await parseFixture(`${FOLDER}/yarn-v1-audit-many.jsonl`);
    expect(result.findings.map((f) => [f.ruleId, f.severity, f.package?.name, f.package?.version])).toEqual([
      ['NPM-1179', 'low', 'minimist', '0.0.10'],
      ['NPM-1324', 'high', 'handlebars', '4.5.2'],
      ['NPM-1325', 'high', 'handlebars', '4.5.2'],
    ]);
    expect(result.findings.map((f) => f.sources[0]?.pointer)).toEqual(['line 1', 'line 2', 'line 3']);
    expect(result.runs).toEqual([
      { tool: 'yarn audit', scanType: 'dependency', completed: true, problems: [], resultCount: 3 },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('refuses the real stream with a copy of the NPM-1324 line in place of the NPM-1325 line', async () => {
    const error = await parseError('dupline.jsonl', text(copyStandsIn()));
    expect(error.message).toBe(
      `dupline.jsonl: line 4: the auditSummary counts 3 vulnerabilities (high 2, low 1) but the stream's 3 auditAdvisory lines list 2 distinct advisory and resolution path pairs (high 1, low 1): line 3 repeats line 2 (NPM-1324 on the path 'handlebars'), and a repeated line counts once ${REPEAT_HINT}`,
    );
    expect(error.exitCode).toBe(ExitCode.Input);
  });

  it('stops the gate with exit 3, where the edited stream was a completed scan one high advisory short', async () => {
    const error = await gateOneReport('dupline.jsonl', text(copyStandsIn())).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).exitCode).toBe(ExitCode.Input);
  });

  it('refuses a copied line beside a summary raised to count it: the copy is no second path', async () => {
    const lines = realLines();
    const summary = parsed(lines[3] as string);
    summaryOf(summary).high = 3;
    const error = await parseError(
      'raised.jsonl',
      text([...lines.slice(0, 3), lines[1] as string, JSON.stringify(summary)]),
    );
    expect(error.message).toBe(
      `raised.jsonl: line 5: the auditSummary counts 4 vulnerabilities (high 3, low 1) but the stream's 4 auditAdvisory lines list 3 distinct advisory and resolution path pairs (high 2, low 1): line 4 repeats line 2 (NPM-1324 on the path 'handlebars'), and a repeated line counts once ${REPEAT_HINT}`,
    );
  });

  it('counts a copied line once beside the real summary: nothing is missing, so the stream reads', async () => {
    // Not an input error in itself (npm audit v1 counts a repeated path once too): the summary decides.
    const lines = realLines();
    const result = await parseText(
      'repeat.jsonl',
      text([...lines.slice(0, 3), lines[1] as string, lines[3] as string]),
    );
    expect(result.findings.map((f) => f.ruleId)).toEqual(['NPM-1179', 'NPM-1324', 'NPM-1325']);
    expect(result.runs[0]).toMatchObject({ completed: true, problems: [], resultCount: 4 });
    expect(result.warnings).toEqual([]);
  });

  it('names three repeated lines, then counts the rest (3 and 4 repeats)', async () => {
    const lines = realLines();
    const three = [lines[0], lines[1], lines[1], lines[1], lines[1], lines[3]] as string[];
    const error = await parseError('three.jsonl', text(three));
    expect(error.message).toContain(
      "line 3 repeats line 2 (NPM-1324 on the path 'handlebars'), line 4 repeats line 2 (NPM-1324 on the path 'handlebars'), line 5 repeats line 2 (NPM-1324 on the path 'handlebars'), and a repeated line counts once",
    );
    const four = [lines[0], lines[1], lines[1], lines[1], lines[1], lines[1], lines[3]] as string[];
    const more = await parseError('four.jsonl', text(four));
    expect(more.message).toContain(
      "line 5 repeats line 2 (NPM-1324 on the path 'handlebars'), 1 more line repeating an earlier one, and a repeated line counts once",
    );
    expect(more.message).toMatch(/^four\.jsonl: line 7: .* 6 auditAdvisory lines list 2 distinct /);
  });

  it('reads one advisory on two resolution paths to two installed versions as two lines, two findings', async () => {
    // What yarn 1 prints for an advisory found twice: the same advisory (with every finding) on each line,
    // one line per resolution path, and a summary that counts both.
    const lines = realLines();
    const first = parsed(lines[0] as string);
    advisoryOf(first).findings.push({ version: '0.0.8', paths: ['mkdirp>minimist'] });
    const second = parsed(JSON.stringify(first));
    resolutionOf(second).path = 'mkdirp>minimist';
    const summary = parsed(lines[3] as string);
    summaryOf(summary).low = 2;
    const stream = [first, second].map((l) => JSON.stringify(l)).concat(lines.slice(1, 3), JSON.stringify(summary));
    const result = await parseText('two-paths.jsonl', text(stream));
    expect(result.findings.map((f) => [f.ruleId, f.package?.version, f.sources[0]?.pointer])).toEqual([
      ['NPM-1179', '0.0.10', 'line 1'],
      ['NPM-1179', '0.0.8', 'line 1'],
      ['NPM-1324', '4.5.2', 'line 3'],
      ['NPM-1325', '4.5.2', 'line 4'],
    ]);
    expect(result.runs[0]).toMatchObject({ completed: true, problems: [], resultCount: 4 });

    // The other side: the second path's line replaced by a copy of the first.
    const copied = [first, first].map((l) => JSON.stringify(l)).concat(lines.slice(1, 3), JSON.stringify(summary));
    const error = await parseError('two-paths-copied.jsonl', text(copied));
    expect(error.message).toMatch(
      /^two-paths-copied\.jsonl: line 5: the auditSummary counts 4 vulnerabilities \(high 2, low 2\) but the stream's 4 auditAdvisory lines list 3 distinct advisory and resolution path pairs \(high 2, low 1\): line 2 repeats line 1 \(NPM-1179 on the path 'handlebars>optimist>minimist'\)/,
    );
  });

  describe('data.resolution.path, which yarn 1 writes on every auditAdvisory line', () => {
    it.each([
      ['no resolution', undefined, 'missing (data.resolution is nothing)'],
      ['a null resolution', null, 'missing (data.resolution is null)'],
      ['no path', {}, 'nothing'],
      ['an empty path', { path: '' }, 'the string ""'],
      ['a path that is a list', { path: ['handlebars'] }, 'an array'],
    ])('refuses %s, naming the line', async (_label, resolution, found) => {
      const lines = realLines();
      const line = parsed(lines[2] as string);
      if (resolution === undefined) delete line.data.resolution;
      else line.data.resolution = resolution;
      lines[2] = JSON.stringify(line);
      const error = await parseError('resolution.jsonl', text(lines));
      expect(error.message).toBe(
        `resolution.jsonl: line 3: data.resolution.path is ${found} (expected the dependency path the advisory was found on, such as "handlebars>optimist>minimist", which yarn 1 writes on every auditAdvisory line).`,
      );
    });

    it('reads a one-package path, as the real NPM-1324 and NPM-1325 lines have', async () => {
      const lines = realLines();
      expect(resolutionOf(parsed(lines[1] as string)).path).toBe('handlebars');
      expect((await parseText('short.jsonl', text(lines))).runs[0]).toMatchObject({ completed: true });
    });
  });
});
