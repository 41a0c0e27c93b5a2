/**
 * A GitLab security report's `scan.messages[]`: the schema's level `fatal` is "an issue that causes the
 * scan to halt", so a fatal message makes the run incomplete even when `scan.status` says `success`;
 * `warn` stays a warning and `info` is not shown. Tested on the real njsscan report (schema 3.0.0, status
 * success, 8 findings), whose `scan` has no messages, with messages added.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitlab } from '../../src/ingest/gitlab.js';
import type { ToolRun } from '../../src/model.js';
import { completenessGate } from '../helpers.js';
import { FIXTURES, createHarness } from './harness.js';

const REAL = 'gitlab-sast-json/gl-sast-v15-confidence.json';
const { parseText, parseFixture } = createHarness(gitlab, 'gitlab-sast-json');

/** The real njsscan report with scan.messages set. */
function withMessages(messages: unknown): Record<string, unknown> {
  const doc = JSON.parse(readFileSync(join(FIXTURES, REAL), 'utf8')) as Record<string, unknown>;
  return { ...doc, scan: { ...(doc.scan as Record<string, unknown>), messages } };
}

const FATAL = (i: number, text: string) =>
  `/scan/messages/${i}: the njsscan analyzer reported a fatal error${text}; the schema's level fatal is an issue that halts the scan, so the scan is not complete though /scan/status says success (fix the cause the message names and run the analyzer again).`;

/** evidence-completeness over one input holding the run, under a policy that requires only sast. */
function sastGate(run: ToolRun) {
  return completenessGate(run, 'sast', 'gitlab', 'gl-sast-report.json');
}

describe('ingest/gitlab: scan.messages', () => {
  it('a fatal message with status success: an incomplete run naming the pointer and the text; the findings still count', async () => {
    const result = await parseText(
      'fatal.json',
      withMessages([
        { level: 'info', value: 'njsscan 0.1.9 started' },
        { level: 'fatal', value: 'could not parse 14 files: out of memory' },
      ]),
    );
    expect(result.findings).toHaveLength(8);
    expect(result.runs).toEqual([
      {
        tool: 'njsscan',
        toolVersion: '0.1.9',
        scanType: 'sast',
        completed: false,
        problems: [FATAL(1, ': could not parse 14 files: out of memory')],
        resultCount: 8,
      },
    ]);
    expect(result.warnings).toEqual([]);
    // The real report as it is (status success, no messages): a completed scan.
    const doc = JSON.parse(readFileSync(join(FIXTURES, REAL), 'utf8')) as { scan: Record<string, unknown> };
    expect(doc.scan.status).toBe('success');
    expect(doc.scan).not.toHaveProperty('messages');
    const real = await parseFixture(REAL);
    expect(real.runs).toEqual([
      { tool: 'njsscan', toolVersion: '0.1.9', scanType: 'sast', completed: true, problems: [], resultCount: 8 },
    ]);
  });

  it('fatal vs warn vs info: a problem, a warning, nothing', async () => {
    const fatal = await parseText(
      'fatal-one.json',
      withMessages([{ level: 'fatal', value: 'skipped 2 minified files' }]),
    );
    expect(fatal.runs[0]).toMatchObject({ completed: false, problems: [FATAL(0, ': skipped 2 minified files')] });
    expect(fatal.warnings).toEqual([]);
    const warn = await parseText('warn.json', withMessages([{ level: 'warn', value: 'skipped 2 minified files' }]));
    expect(warn.runs[0]).toMatchObject({ completed: true, problems: [] });
    expect(warn.warnings).toEqual([
      'warn.json: /scan/messages/0: the analyzer reported (warn): skipped 2 minified files.',
    ]);
    const info = await parseText('info.json', withMessages([{ level: 'info', value: 'skipped 2 minified files' }]));
    expect(info.runs[0]).toMatchObject({ completed: true, problems: [] });
    expect(info.warnings).toEqual([]);
  });

  it('a fatal message without text, or spelled FATAL, is a problem too', async () => {
    const result = await parseText('bare.json', withMessages([{ level: 'fatal' }, { level: 'FATAL', value: 'halt' }]));
    expect(result.runs[0]?.problems).toEqual([FATAL(0, ' (with no text)'), FATAL(1, ': halt')]);
  });

  it('lists the first 20 fatal messages and counts the rest', async () => {
    const messages = Array.from({ length: 22 }, (_, i) => ({ level: 'fatal', value: `halt ${i}` }));
    const problems = (await parseText('many.json', withMessages(messages))).runs[0]!.problems;
    expect(problems).toHaveLength(21);
    expect(problems[19]).toBe(FATAL(19, ': halt 19'));
    expect(problems[20]).toBe('... and 2 more fatal message(s) in /scan/messages.');
  });

  it('evidence-completeness fails on the fatal message and passes on the warn one', async () => {
    const fatal = await parseText('gate-fatal.json', withMessages([{ level: 'fatal', value: 'halted' }]));
    const failed = sastGate(fatal.runs[0]!);
    expect(failed.status).toBe('fail');
    expect(failed.reasons).toEqual([
      `gl-sast-report.json: ${FATAL(0, ': halted')}`,
      'no completed sast scan among the inputs (the policy requires sast).',
    ]);
    const warn = await parseText('gate-warn.json', withMessages([{ level: 'warn', value: 'slow' }]));
    expect(sastGate(warn.runs[0]!)).toMatchObject({ status: 'pass', reasons: [] });
  });
});
