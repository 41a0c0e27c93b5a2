import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { loadPolicy } from '../../src/policy/load.js';
import { memoryReader } from '../helpers.js';

function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}

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

  it('gives the same digest for the same files and a different one when a byte changes', () => {
    const a = loadPolicy(memoryReader({ '.shipgate/policy.yml': 'version: 1\n' }));
    const b = loadPolicy(memoryReader({ '.shipgate/policy.yml': 'version: 1\n' }));
    expect(a.digest).toBe(b.digest);
  });
});
