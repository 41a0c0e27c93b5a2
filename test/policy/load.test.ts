import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspaceReader } from '../../src/evidence/source.js';
import { ConfigError } from '../../src/errors.js';
import { loadPolicy } from '../../src/policy/load.js';
import { errorOf, memoryReader } from '../helpers.js';

describe('policy/load', () => {
  it('uses the release preset when there is no policy file', () => {
    const loaded = loadPolicy(memoryReader({}));
    expect(loaded.source).toBe('preset:release');
    expect(loaded.policy.gates['scan-cleanliness'].max).toEqual({ critical: 0, high: 3 });
    expect(loaded.policy.severity.unknown).toBe('high');
    expect(loaded.policy.severity.overrides).toEqual([{ match: { scanType: 'secret' }, severity: 'critical' }]);
  });

  it('reads .shipgate/policy.yml and merges it onto its preset', () => {
    const loaded = loadPolicy(
      memoryReader({ '.shipgate/policy.yml': 'version: 1\nextends: strict\nexceptions:\n  approvers: [carol]\n' }),
    );
    expect(loaded.chain.map((c) => c.source)).toEqual(['.shipgate/policy.yml', 'preset:strict', 'preset:release']);
    expect(loaded.policy.gates['scan-cleanliness'].max.high).toBe(0);
    expect(loaded.policy.exceptions).toMatchObject({ maxDays: 30, approvers: ['carol'] });
    expect(loaded.policy.evidence.requireCommit).toBe(true);
  });

  it('makes every advisory-preset gate advisory', () => {
    const { policy } = loadPolicy(memoryReader({}), 'advisory');
    expect(Object.values(policy.gates).map((g) => g.enforcement)).toEqual([
      'advisory',
      'advisory',
      'advisory',
      'advisory',
    ]);
    expect(policy.mode).toBe('advisory');
  });

  it('follows a relative extends and refuses a loop', () => {
    const files = { 'p/a.yml': 'version: 1\nextends: b.yml\n', 'p/b.yml': 'version: 1\nextends: a.yml\n' };
    expect(errorOf(() => loadPolicy(memoryReader(files), 'p/a.yml')).message).toMatch(/the extends chain loops back/);
  });

  it('names the file, line, column, value and what was expected for a schema error', () => {
    const text =
      'version: 1\ngates:\n  scan-cleanliness:\n    max: { critical: 0, high: -1 }\n    enforcement: sometimes\n';
    const error = errorOf(() => loadPolicy(memoryReader({ 'policy.yml': text }), 'policy.yml'));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain(
      'policy.yml: line 4, column 31: /gates/scan-cleanliness/max/high: -1 is not allowed: must be >= 0.',
    );
    expect(error.message).toContain(
      'policy.yml: line 5, column 18: /gates/scan-cleanliness/enforcement: "sometimes" is not allowed (expected one of "blocking", "advisory", "off").',
    );
  });

  it.each([
    ['aliases', 'version: 1\nmode: &m enforce\nx: *m\n', /line 3, column 4: YAML aliases are not allowed/],
    ['duplicate keys', 'version: 1\nversion: 1\n', /line 2, column 1: duplicated mapping key/],
    ['__proto__', 'version: 1\n__proto__: { polluted: true }\n', /the key '__proto__' is not allowed/],
    ['constructor', 'version: 1\ngates:\n  constructor: {}\n', /the key 'constructor' is not allowed/],
    ['prototype', 'version: 1\nprototype: 1\n', /the key 'prototype' is not allowed/],
    ['a wrong version', 'version: 2\n', /\/version: 2 is not allowed \(expected 1\)/],
    ['a missing version', 'mode: enforce\n', /the key 'version' is missing/],
    ['a list', '- a\n', /must be a YAML mapping/],
    ['an unknown preset', 'version: 1\nextends: lenient\n', /extends 'lenient': no such preset or file/],
  ])('refuses %s', (_name, text, message) => {
    const error = errorOf(() => loadPolicy(memoryReader({ 'policy.yml': text }), 'policy.yml'));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(message);
  });

  it('refuses a --policy file that does not exist', () => {
    expect(errorOf(() => loadPolicy(memoryReader({}), 'nope.yml')).message).toMatch(
      /nope\.yml: the policy file does not exist/,
    );
  });

  it('keeps outputs.dir inside the root: a folder under it loads, one that leads out is a config error', () => {
    const dir = (value: string) => ({ 'policy.yml': `version: 1\noutputs:\n  dir: '${value}'\n` });
    for (const inside of ['out', 'a/../out', './build/review', 'a\\b'])
      expect(loadPolicy(memoryReader(dir(inside)), 'policy.yml').policy.outputs.dir).toBe(inside);
    for (const outside of ['..', '../escape', 'a/../../escape', '/tmp/escape', '..\\escape']) {
      const error = errorOf(() => loadPolicy(memoryReader(dir(outside)), 'policy.yml'));
      expect(error).toBeInstanceOf(ConfigError);
      expect(error.message).toBe(
        `policy.yml: outputs.dir '${outside}' leads outside the root (expected a folder relative to the root; give --out, or the Action's output-dir, to write elsewhere).`,
      );
    }
    // The layer that set it is named, not the one that extends it.
    const base = {
      'p/base.yml': "version: 1\noutputs:\n  dir: '../x'\n",
      'p/top.yml': 'version: 1\nextends: base.yml\n',
    };
    expect(errorOf(() => loadPolicy(memoryReader(base), 'p/top.yml')).message).toMatch(
      /^p\/base\.yml: outputs\.dir '\.\.\/x'/,
    );
  });

  it('reports a policy path the reader refuses (outside the root, not a file) as a config error of the policy', () => {
    const root = mkdtempSync(join(tmpdir(), 'sg-policy-'));
    mkdirSync(join(root, '.shipgate'));
    writeFileSync(join(root, '.shipgate/policy.yml'), 'version: 1\nextends: ../../outside.yml\n');
    const reader = createWorkspaceReader(root);
    const outside = errorOf(() => loadPolicy(reader));
    expect(outside).toBeInstanceOf(ConfigError);
    expect(outside.message).toMatch(
      /^\.shipgate\/policy\.yml: extends '\.\.\/\.\.\/outside\.yml': \.\.\/outside\.yml: the evidence file is outside the root .*; evidence must be inside the workspace\.$/,
    );
    writeFileSync(join(root, '.shipgate/policy.yml'), 'version: 1\nextends: .\n');
    expect(errorOf(() => loadPolicy(reader))).toBeInstanceOf(ConfigError);
    const flag = errorOf(() => loadPolicy(reader, '.shipgate'));
    expect(flag).toBeInstanceOf(ConfigError);
    expect(flag.message).toMatch(/^\.shipgate: the evidence path is not a regular file\.$/);
  });

  it('gives the same digest for the same files and a different one when a byte changes', () => {
    const a = loadPolicy(memoryReader({ '.shipgate/policy.yml': 'version: 1\n' }));
    const b = loadPolicy(memoryReader({ '.shipgate/policy.yml': 'version: 1\n' }));
    expect(a.digest).toBe(b.digest);
  });
});
