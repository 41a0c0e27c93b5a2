/**
 * yarn berry (`yarn npm audit --json`) writes every advisory's `children.Severity`, and writes no summary
 * that would catch one gone missing: a berry line whose Severity is null or missing is an input error
 * naming the line and key (as npm audit's null severity is), never a severity of unknown.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yarnAudit } from '../../src/ingest/yarn-audit.js';
import { countBySeverity, emptyCounts } from '../../src/model.js';
import { FIXTURES, createHarness } from './harness.js';

const { parseText, parseError } = createHarness(yarnAudit, 'yarn-audit-json');

/** The real berry report's lines, with line 2's `children` edited. */
function berry(edit: (children: Record<string, unknown>) => void): string {
  const lines = readFileSync(join(FIXTURES, 'yarn-audit-json/yarn-berry-audit.json'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const second = JSON.parse(lines[1]!) as { children: Record<string, unknown> };
  edit(second.children);
  lines[1] = JSON.stringify(second);
  return `${lines.join('\n')}\n`;
}

const MESSAGE = (found: string) =>
  `berry.json: line 2: children.Severity is ${found} (expected the advisory's severity: info, low, moderate, high or critical; yarn npm audit writes one on every line).`;

describe('ingest/yarn-audit: a yarn berry line must carry its Severity', () => {
  it('reads the real berry report (every line has a Severity)', async () => {
    const { findings } = await parseText(
      'berry.json',
      berry(() => undefined),
    );
    expect(countBySeverity(findings)).toEqual({ ...emptyCounts(), medium: 3, low: 1 });
  });

  it('refuses a Severity that is null (was read as unknown)', async () => {
    const error = await parseError(
      'berry.json',
      berry((children) => (children.Severity = null)),
    );
    expect(error.message).toBe(MESSAGE('null'));
  });

  it('refuses a line without Severity (was read as unknown)', async () => {
    const error = await parseError(
      'berry.json',
      berry((children) => delete children.Severity),
    );
    expect(error.message).toBe(MESSAGE('missing'));
  });

  it('reads the edited line when its Severity is a yarn word', async () => {
    const { findings } = await parseText(
      'berry.json',
      berry((children) => (children.Severity = 'critical')),
    );
    expect(countBySeverity(findings)).toEqual({ ...emptyCounts(), critical: 1, medium: 2, low: 1 });
  });
});
