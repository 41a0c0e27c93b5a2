/**
 * showReportText takes a fast path for text that hides nothing (one search, then the text or a cut of
 * it): it must give exactly what showing each character gives, cuts included.
 */
import { describe, expect, it } from 'vitest';
import { showReportText } from '../../src/ingest/report-reader.js';

const HIDING = /^(?! )[\s\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]$/u;

/** Each character as showReportText shows it, one at a time: the reading the fast path must equal. */
function slowly(value: string, max = Infinity): string {
  let text = '';
  for (const c of value) {
    const code = c.codePointAt(0) as number;
    const piece =
      c === '\t'
        ? '\\t'
        : c === '\n'
          ? '\\n'
          : c === '\r'
            ? '\\r'
            : !HIDING.test(c)
              ? c
              : code < 0xa0
                ? `\\u${code.toString(16).padStart(4, '0')}`
                : code > 0xffff
                  ? `\\u{${code.toString(16).toUpperCase()}}`
                  : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
    if (text.length + piece.length > max) return `${text}...`;
    text += piece;
  }
  return text;
}

describe('ingest/report-reader: showReportText', () => {
  it('shows plain text as it is, and cuts it where showing each character would, never inside a pair', () => {
    expect(showReportText('js/sql-injection')).toBe('js/sql-injection');
    expect(showReportText('abcdef', 3)).toBe('abc...');
    expect(showReportText('abc', 3)).toBe('abc');
    expect(showReportText('ab\u{1F600}c', 3)).toBe('ab...');
    expect(showReportText('ab\u{1F600}c', 4)).toBe('ab\u{1F600}...');
    expect(showReportText('a\ud800b', 2)).toBe('a\ud800...');
    expect(showReportText('abc', 0)).toBe('...');
    expect(showReportText('', 0)).toBe('');
  });

  it('gives what showing each character gives, on text with and without hiding characters', () => {
    const alphabet = [
      'a',
      'Z',
      ' ',
      '9',
      '\u00e9',
      '\u65e5',
      '\u{1F600}',
      '\ud800',
      '\udc00',
      '\n',
      '\t',
      '\u0085',
      '\u2028',
      '\u202e',
      '\u200b',
      '\u00a0',
      '\u3000',
      '\u0000',
      '\u007f',
    ];
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let plain = 0;
    for (let i = 0; i < 3000; i++) {
      const length = next(12);
      // Half of the strings draw only from the first seven (nothing hiding), to cover the fast path.
      const span = i % 2 === 0 ? 7 : alphabet.length;
      const value = Array.from({ length }, () => alphabet[next(span)]).join('');
      const max = [0, 1, 2, 3, 5, 8, 40, Infinity][next(8)] as number;
      if (i % 2 === 0) plain += 1;
      expect(showReportText(value, max), JSON.stringify([value, max])).toBe(slowly(value, max));
    }
    expect(plain).toBe(1500);
  });
});
