/**
 * Nuclei with `-ms` writes an event for every template it ran. One event with `"matcher-status": false`
 * and an `error` is a warning (a refused connection is often the template's answer), but a run in which
 * every event is such an error (nothing matched and no template finished without one: the target was
 * unreachable) shows no check was made: it is not a completed DAST scan.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nuclei } from '../../src/ingest/nuclei.js';
import { completenessGate } from '../helpers.js';
import { FIXTURES, createHarness } from './harness.js';

const FOLDER = 'nuclei-json';
const { parseText, parseFolderFixture } = createHarness(nuclei, FOLDER);

/** The first result of the real v3 JSONL report, with these keys changed. */
const realLine = readFileSync(join(FIXTURES, FOLDER, 'nuclei-jsonl-critical.jsonl'), 'utf8').split('\n')[0] as string;
const event = (overrides: Record<string, unknown>): string =>
  JSON.stringify({ ...(JSON.parse(realLine) as Record<string, unknown>), ...overrides });

const DNS = 'cause="no address found for host"';
const failed = (templateId: string, error = DNS) =>
  event({
    'template-id': templateId,
    'matched-at': 'https://app.example.com',
    'matcher-status': false,
    error,
  });

const problem = (count: number, first: string) =>
  `every one of the ${count} template run(s) failed: each event has "matcher-status": false and an error, none matched and none finished without an error (the first, ${first}), so nothing shows a check was made and this is not a completed DAST scan (check that the target is reachable from where nuclei ran, and scan again)`;

describe('ingest/nuclei: a run in which every template failed', () => {
  it('is not a completed scan: the problem counts the runs and quotes the first error', async () => {
    const lines = ['tech-detect', 'CVE-2021-44228', 'CVE-2023-22515', 'git-config'].map((id) => failed(id));
    const result = await parseText('n-down.jsonl', `${lines.join('\n')}\n`);
    expect(result.findings).toEqual([]);
    expect(result.runs).toEqual([
      {
        tool: 'Nuclei',
        scanType: 'dast',
        completed: false,
        problems: [problem(4, `line 1: the template tech-detect on https://app.example.com: ${DNS}`)],
        resultCount: 0,
      },
    ]);
    // The errors stay warnings, one by one, as before.
    expect(result.warnings.filter((w) => w.includes('reported an error'))).toHaveLength(4);
  });

  it('a single event that failed is every run: incomplete', async () => {
    const result = await parseText('one.jsonl', failed('tech-detect'));
    expect(result.runs[0]).toMatchObject({
      completed: false,
      problems: [problem(1, `line 1: the template tech-detect on https://app.example.com: ${DNS}`)],
    });
  });

  it('clips the quoted error to its first line and 300 characters, and names the export pointer', async () => {
    const long = `${'x'.repeat(400)}\nsecond line`;
    const result = await parseText('export.json', `[${failed('a', long)},${failed('b')}]`);
    const [text] = result.runs[0]?.problems ?? [];
    expect(text).toContain(`(the first, /0: the template a on https://app.example.com: ${'x'.repeat(299)}…)`);
    expect(text).not.toContain('second line');
    expect(text).toMatch(/^every one of the 2 template run\(s\) failed/);
  });

  it('the other side: one template that finished without an error keeps the run complete', async () => {
    const clean = event({ 'template-id': 'waf-detect', 'matcher-status': false });
    const result = await parseText('one-clean.jsonl', [failed('a'), failed('b'), clean].join('\n'));
    expect(result.findings).toEqual([]);
    expect(result.runs[0]).toMatchObject({ completed: true, problems: [], resultCount: 0 });
  });

  it('the other side: one match keeps the run complete (and is the finding)', async () => {
    const match = event({ 'matcher-status': true });
    const result = await parseText('one-match.jsonl', [failed('a'), match, failed('b')].join('\n'));
    expect(result.findings).toHaveLength(1);
    expect(result.runs[0]).toMatchObject({ completed: true, problems: [], resultCount: 1 });
    // A result written without -ms (no matcher-status) is a match as well.
    const withoutStatus = JSON.parse(realLine) as Record<string, unknown>;
    delete withoutStatus['matcher-status'];
    const plain = await parseText('plain.jsonl', [failed('a'), JSON.stringify(withoutStatus)].join('\n'));
    expect(plain.runs[0]).toMatchObject({ completed: true, problems: [], resultCount: 1 });
  });

  it('the real reports stay complete, and an empty export array stays a clean scan', async () => {
    for (const name of ['nuclei-jsonl-critical.jsonl', 'nuclei-v2-many.jsonl', 'nuclei-v3-array.json']) {
      const result = await parseFolderFixture(name);
      expect(result.runs[0]).toMatchObject({ completed: true, problems: [] });
    }
    const empty = await parseText('empty.json', '[]');
    expect(empty.runs[0]).toMatchObject({ completed: true, problems: [], resultCount: 0 });
  });

  it('evidence-completeness fails for a required DAST scan covered only by a run that failed everywhere', async () => {
    const down = await parseText('gate-down.jsonl', [failed('a'), failed('b')].join('\n'));
    const up = await parseText(
      'gate-up.jsonl',
      [failed('a'), event({ 'template-id': 'b', 'matcher-status': false })].join('\n'),
    );
    expect(completenessGate(down.runs[0]!, 'dast', 'nuclei', 'nuclei.jsonl').status).toBe('fail');
    expect(completenessGate(up.runs[0]!, 'dast', 'nuclei', 'nuclei.jsonl').status).toBe('pass');
  });
});
