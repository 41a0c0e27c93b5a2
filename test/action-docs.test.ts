import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
// @ts-expect-error: a plain ES module script without type declarations
import { updateReadme } from '../scripts/action-docs.mjs';

const REPO = new URL('..', import.meta.url);

describe('action.yml and README', () => {
  const actionYml = readFileSync(new URL('action.yml', REPO), 'utf8');
  const readme = readFileSync(new URL('README.md', REPO), 'utf8');

  it('keeps the README tables equal to what action.yml generates', () => {
    expect(updateReadme(readme, actionYml)).toBe(readme);
  });

  it('runs on node24 from the committed bundle and declares every output the Action sets', () => {
    const action = load(actionYml) as {
      runs: { using: string; main: string };
      outputs: Record<string, unknown>;
      inputs: Record<string, unknown>;
    };
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/action.js' });
    expect(Object.keys(action.outputs).sort()).toEqual(
      [
        'certificate',
        'critical',
        'decision',
        'disposition-record',
        'exit-code',
        'high',
        'info',
        'low',
        'medium',
        'sarif',
        'unknown',
      ].sort(),
    );
    const source = readFileSync(new URL('src/action.ts', REPO), 'utf8');
    const read = [...source.matchAll(/(?:getInput|getMultilineInput|readBoolean|readPositive)\('([a-z-]+)'/g)].map(
      (m) => m[1],
    );
    // The inputs that name the reports and where the outputs go are read by src/host.ts (actionReportPlan),
    // for the Action's entry and the Action alike.
    const host = readFileSync(new URL('src/host.ts', REPO), 'utf8');
    read.push(...[...host.matchAll(/\binput\('([a-z-]+)'\)/g)].map((m) => m[1]));
    expect([...new Set(read)].sort()).toEqual(Object.keys(action.inputs).sort());
    // Every output the code sets by name is declared (the severity counts are set in a loop over SEVERITIES).
    const set = [...source.matchAll(/core\.setOutput\('([a-z-]+)'/g)].map((m) => m[1] as string);
    expect(set.length).toBeGreaterThan(3);
    for (const name of set) expect(Object.keys(action.outputs)).toContain(name);
  });
});

describe('generated validators', () => {
  it('match the schemas in schemas/ (run node scripts/gen-validators.mjs after editing a schema)', async () => {
    // @ts-expect-error: a plain ES module script without type declarations
    const { generateValidators } = await import('../scripts/gen-validators.mjs');
    expect(readFileSync(new URL('src/generated/validators.js', REPO), 'utf8')).toBe(generateValidators());
  });
});
