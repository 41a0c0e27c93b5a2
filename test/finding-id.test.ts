import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { findingId } from '../src/normalize.js';

describe('findingId', () => {
  it('is "SG-" and the first 16 hex digits of sha256(identity), for ASCII and non-ASCII identities', () => {
    for (const identity of [
      'code|CodeQL|js/xss|src/a.js|abc:1',
      'dep|npm|lodash|4.17.20|CVE-2021-23337:1',
      'ü ✓ 𝌆',
      '',
    ])
      expect(findingId(identity)).toBe(
        `SG-${createHash('sha256').update(identity, 'utf8').digest('hex').slice(0, 16)}`,
      );
  });
});
