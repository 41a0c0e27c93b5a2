import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/evidence/source.js';
import { loadPolicy, parsePolicyText, presetDocument, PRESETS } from '../../src/policy/load.js';
import { memoryReader } from '../helpers.js';

const REPO = new URL('../../', import.meta.url);

/** Every JSON pointer of a value, the root included. */
function pointers(value: unknown, at = ''): string[] {
  if (value === null || typeof value !== 'object') return [at];
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  return [at, ...entries.flatMap(([k, v]) => pointers(v, `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`))];
}

describe('policy/load: the presets read at build time', () => {
  it('match the presets in gates/ (run node scripts/gen-presets.mjs after editing one)', async () => {
    // @ts-expect-error: a plain ES module script without type declarations
    const { generatePresets } = await import('../../scripts/gen-presets.mjs');
    expect(readFileSync(new URL('src/generated/presets.js', REPO), 'utf8')).toBe(await generatePresets());
  });

  it('give each preset the value and every position that parsing its text gives', () => {
    expect(Object.keys(PRESETS).sort()).toEqual(['advisory', 'release', 'strict']);
    for (const [name, text] of Object.entries(PRESETS)) {
      const parsed = parsePolicyText(text, `preset:${name}`);
      const built = presetDocument(name, text, sha256(text));
      expect(built, name).toBeDefined();
      expect(built?.value, name).toEqual(parsed.value);
      const all = [...pointers(parsed.value), '/missing', '/gates/missing/deeper'];
      expect(all.length, name).toBeGreaterThan(8);
      for (const pointer of all)
        for (const key of [false, true])
          expect(built?.positionOf(pointer, key), `${name} ${pointer} ${key}`).toBe(parsed.positionOf(pointer, key));
    }
    // Positions are of the text: the mode of the release preset is on line 3.
    expect(
      presetDocument('release', PRESETS.release as string, sha256(PRESETS.release as string))?.positionOf('/mode'),
    ).toBe('line 3, column 7');
  });

  it('are used only for the text they were read from; another text is parsed', () => {
    const release = PRESETS.release as string;
    expect(presetDocument('release', release, sha256(release))).toBeDefined();
    expect(presetDocument('release', `${release}\n`, sha256(`${release}\n`))).toBeUndefined();
    expect(presetDocument('strict', release, sha256(release))).toBeUndefined();
    expect(presetDocument('toString', release, sha256(release))).toBeUndefined();
    const changed = release.replace('high: 3', 'high: 5');
    expect(changed).not.toBe(release);
    try {
      PRESETS.release = changed;
      const loaded = loadPolicy(memoryReader({}));
      expect(loaded.policy.gates['scan-cleanliness'].max.high).toBe(5);
      expect(loaded.chain).toEqual([{ source: 'preset:release', sha256: sha256(changed), origin: 'built-in' }]);
    } finally {
      PRESETS.release = release;
    }
    expect(loadPolicy(memoryReader({})).policy.gates['scan-cleanliness'].max.high).toBe(3);
  });

  it('give every load a value of its own', () => {
    const first = loadPolicy(memoryReader({}), 'strict');
    first.policy.gates['scan-cleanliness'].max.high = 99;
    (first.policy.evidence.required as string[]).push('dast');
    const second = loadPolicy(memoryReader({}), 'strict');
    expect(second.policy.gates['scan-cleanliness'].max.high).toBe(0);
    expect(second.policy.evidence.required).toEqual(['sast', 'dependency', 'secret']);
  });
});
