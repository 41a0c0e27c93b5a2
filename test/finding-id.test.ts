import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { findingId, sortById } from '../src/normalize.js';
import { compareText } from '../src/strings.js';

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

describe('sortById', () => {
  const ids = Array.from({ length: 2000 }, (_, i) => findingId(`identity ${i}`));
  // Ids that differ only in the low half, and ones at the ends of the range.
  ids.push(
    'SG-0000000000000000',
    'SG-ffffffffffffffff',
    'SG-00000001ffffffff',
    'SG-0000000100000000',
    'SG-7fffffff80000000',
  );

  it('orders SG ids exactly as comparing the text does, stable for equal ids', () => {
    // A repeated id too: the two keep their order (the sort is stable).
    const findings = [...ids, ids[10] as string].map((id, n) => ({ id, n }));
    const expected = [...findings].sort((a, b) => compareText(a.id, b.id)).map((f) => f.n);
    expect(sortById(findings).map((f) => f.n)).toEqual(expected);
  });

  it('falls back to the text order when an id is not an SG id, and keeps equal ids in their order', () => {
    const findings = [...ids.slice(0, 50), 'MANUAL-1', 'SG-ABCDEF0123456789', ids[3] as string].map((id, n) => ({
      id,
      n,
    }));
    const expected = [...findings].sort((a, b) => compareText(a.id, b.id)).map((f) => f.n);
    expect(sortById(findings).map((f) => f.n)).toEqual(expected);
  });
});
