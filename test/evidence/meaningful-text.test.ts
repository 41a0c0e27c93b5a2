import { describe, expect, it } from 'vitest';
import { comparableName, meaningfulText, positiveWholeNumber, showInvisible } from '../../src/strings.js';

describe('strings: text that shows nothing', () => {
  it.each(['alice', 'fix in 1.2', '1', 'é', '李', 'alice\u200b', ' \u2060bob '])('%j is meaningful', (text) => {
    expect(meaningfulText(text)).toBe(true);
  });

  it.each([
    '',
    ' ',
    '\u200b',
    '-',
    '**',
    ' \u2060 ',
    '\ufeff',
    '\u200c\u200d',
    '\u00ad',
    '\u3164',
    '\uffa0',
    '\u115f\u1160',
    '\u{e0041}\u{e0042}',
    '\ufe0f',
    '\u034f',
    '\u202e',
    '\u00a0\u3000',
    '--- **',
  ])('%j is not', (text) => {
    expect(meaningfulText(text)).toBe(false);
  });

  it('is false for what is not a string', () => {
    expect(meaningfulText(undefined)).toBe(false);
    expect(meaningfulText(null)).toBe(false);
  });

  it('compares names without invisible characters, white space or case', () => {
    expect(comparableName('security-lead\u200b')).toBe(comparableName('security-lead'));
    expect(comparableName(' Security-Lead\ufeff')).toBe('security-lead');
    expect(comparableName('\u2060security\u200d-lead')).toBe('security-lead');
    // Full-width letters are the letters (NFKC).
    expect(comparableName('ｓｅｃｕｒｉｔｙ-lead')).toBe('security-lead');
    expect(comparableName('alice')).not.toBe(comparableName('security-lead'));
  });

  it('shows invisible characters as escapes in a quoted value', () => {
    expect(showInvisible('\u200b')).toBe('"\\u200B"');
    expect(showInvisible(' \u2060 ')).toBe('" \\u2060 "');
    expect(showInvisible('a\u{e0041}')).toBe('"a\\u{E0041}"');
    expect(showInvisible('alice')).toBe('"alice"');
  });
});

describe('positiveWholeNumber: a count as the command line and the Action take one', () => {
  it('reads decimal digits only, above 0 and within safe integers', () => {
    expect(['1', '16', '007', '9007199254740991'].map(positiveWholeNumber)).toEqual([1, 16, 7, 9007199254740991]);
    for (const text of ['0', '', ' 5', '5 ', '+5', '-5', '1.0', '1e3', '0x10', '0b1', '9007199254740992', '١٢'])
      expect(positiveWholeNumber(text), text).toBeUndefined();
  });
});
