/**
 * Line (and column) fields of Gitleaks and TruffleHog: present but not a whole number of at least 0 (a string
 * such as "21", a fraction, a negative number) is an input error naming the pointer (Gitleaks) or the JSON
 * line and key (TruffleHog), as the Trivy reader and SARIF do. Before, such a line read as no line, and the
 * same secret at two lines merged into one finding. 0 and null say "no line" and are read so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitleaks } from '../../src/ingest/gitleaks.js';
import { trufflehog } from '../../src/ingest/trufflehog.js';
import { FIXTURES, createHarness } from './harness.js';

const gl = createHarness(gitleaks, 'gitleaks-json');
const th = createHarness(trufflehog, 'trufflehog-json');

type Entry = Record<string, unknown>;
const fixtureJson = (rel: string): Entry[] => JSON.parse(readFileSync(join(FIXTURES, rel), 'utf8')) as Entry[];

/** gitleaks-8-many.json with entry 3 (generic-api-key, tests/api.py:21) edited. */
function gitleaks8(edit: (entry: Entry) => void): Entry[] {
  const report = fixtureJson('gitleaks-json/gitleaks-8-many.json');
  edit(report[3]!);
  return report;
}

describe('ingest/gitleaks: line and column fields', () => {
  it.each([
    ['StartLine', '21', 'the string "21"', 'line'],
    ['StartLine', 21.5, 'the number 21.5', 'line'],
    ['StartLine', -1, 'the number -1', 'line'],
    ['EndLine', '21', 'the string "21"', 'line'],
    ['StartColumn', '10', 'the string "10"', 'column'],
    ['StartColumn', 10.5, 'the number 10.5', 'column'],
  ])('refuses %s %j, naming its pointer', async (key, value, found, what) => {
    const error = await gl.parseError(
      'gl.json',
      gitleaks8((entry) => (entry[key] = value)),
    );
    expect(error.message).toBe(
      `gl.json: /3/${key}: found ${found} (expected a ${what} number, a whole number of at least 0).`,
    );
  });

  it('refuses a v7 lineNumber given as a string', async () => {
    const report = fixtureJson('gitleaks-json/gitleaks-7.5.0.json');
    report[2]!.lineNumber = '13';
    const error = await gl.parseError('gl7.json', report);
    expect(error.message).toBe(
      'gl7.json: /2/lineNumber: found the string "13" (expected a line number, a whole number of at least 0).',
    );
  });

  it('keeps the same secret at two numeric lines as two findings (the merge a string line caused)', async () => {
    const report = gitleaks8(() => undefined);
    report.push({ ...report[3]!, StartLine: 22, EndLine: 22 });
    const { findings } = await gl.parseText('gl.json', report);
    expect(findings.map((f) => f.identityKey).slice(3)).toEqual(['secret|tests/api.py|21', 'secret|tests/api.py|22']);
  });

  it.each([
    ['0', 0],
    ['null', null],
  ])('reads StartLine %s as no line, as before', async (_name, value) => {
    const { findings } = await gl.parseText(
      'gl.json',
      gitleaks8((entry) => {
        entry.StartLine = value;
        entry.EndLine = value;
      }),
    );
    expect(findings[3]?.identityKey).toBe('secret|tests/api.py||generic-api-key');
    expect(findings[3]?.location).toEqual({ path: 'tests/api.py', startColumn: 10 });
  });
});

/** The real TruffleHog report's lines, with the `line` of the first result replaced (or removed). */
function truffle(line: unknown): string {
  const lines = readFileSync(join(FIXTURES, 'trufflehog-json/trufflehog-v3-git.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const first = JSON.parse(lines[0]!) as { SourceMetadata: { Data: { Git: Entry } } };
  if (line === undefined) delete first.SourceMetadata.Data.Git.line;
  else first.SourceMetadata.Data.Git.line = line;
  lines[0] = JSON.stringify(first);
  return `${lines.join('\n')}\n`;
}

describe('ingest/trufflehog: the line of a result', () => {
  it.each([
    ['"4"', '4', 'the string "4"'],
    ['4.5', 4.5, 'the number 4.5'],
    ['-1', -1, 'the number -1'],
    ['true', true, 'the boolean true'],
  ])('refuses line %s, naming the JSON line and key', async (_name, value, found) => {
    const error = await th.parseError('th.jsonl', truffle(value));
    expect(error.message).toBe(
      `th.jsonl: line 1: SourceMetadata.Data.Git.line: the line is ${found} (expected the line number of the secret, a whole number of at least 0).`,
    );
  });

  it('reads the numeric line as before', async () => {
    const { findings } = await th.parseText('th.jsonl', truffle(4));
    expect(findings[0]?.identityKey).toBe('secret|keys|4');
    expect(findings[0]?.location).toEqual({ path: 'keys', startLine: 4 });
  });

  it.each([
    ['0', 0],
    ['null', null],
    ['left out', undefined],
  ])('reads line %s as no line (TruffleHog leaves a 0 line out)', async (_name, value) => {
    const { findings } = await th.parseText('th.jsonl', truffle(value));
    expect(findings[0]?.location).toEqual({ path: 'keys' });
    expect(findings[0]?.identityKey).toMatch(/^secret\|keys\|\|AWS\|/);
  });
});
