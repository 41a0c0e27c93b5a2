import { describe, expect, it } from 'vitest';
import { escapeEveryTime, escapeMarkdown } from '../../src/report/markdown.js';
import { plain } from '../../src/report/text.js';

describe('report/markdown escapeMarkdown', () => {
  it('breaks the URLs and www. names GitHub would link by themselves, and keeps them readable', () => {
    const title = 'Reset at https://evil.example/reset?src=ci or www.evil.example/help or WWW.Evil.example';
    const escaped = escapeMarkdown(title);
    expect(escaped).toBe(
      'Reset at https&#58;//evil.example/reset?src=ci or www&#46;evil.example/help or WWW&#46;Evil.example',
    );
    expect(escaped).not.toMatch(/:\/\/|\bwww\./i);
    // Words that only contain "www" or a colon are left alone.
    expect(escapeMarkdown('awww.x and a: b and c://')).toBe('awww.x and a: b and c&#58;//');
  });

  it('shows bidirectional controls as U+FFFD in markdown and in the terminal text', () => {
    const trojan = 'src/\u202eexe.txt\u202c and \u2066admin\u2069 \u200fx\u061c';
    expect(escapeMarkdown(trojan)).toBe('src/\ufffdexe.txt\ufffd and \ufffdadmin\ufffd \ufffdx\ufffd');
    expect(plain(trojan)).toBe('src/\ufffdexe.txt\ufffd and \ufffdadmin\ufffd \ufffdx\ufffd');
    // Right-to-left text itself is not a control and stays.
    expect(escapeMarkdown('שלום مرحبا')).toBe('שלום مرحبا');
  });
});

describe('report/markdown: links GitHub makes by itself', () => {
  it('puts a word joiner after @, # and GH- and inside :emoji: shortcodes, and leaves times alone', () => {
    const out = escapeMarkdown('@org/security-team fixes #12 and GH-3 :white_check_mark: at 12:00:00');
    expect(out).toBe(
      '&#64;\u2060org/security-team fixes &#35;\u206012 and GH-\u20603 :\u2060white&#95;check&#95;mark: at 12:00:00',
    );
    expect(escapeMarkdown('no signs here')).toBe('no signs here');
  });

  it('returns text unchanged only when the full escaping would not change it (its shortcut)', () => {
    // Every character the escaping looks at, plain letters and the words it breaks, at random.
    const pieces = [
      ...'ab Z09/.-+=',
      ...'&<>|`@#*_[]\\~:',
      '\u0000',
      '\n',
      '\t',
      '\u007f',
      '\u0085',
      '\u2028',
      '\u00a0',
      '\u3000',
      '\ufeff',
      '\u200e',
      '\u202e',
      '\u2066',
      '\u061c',
      'www.',
      'WWW.',
      'GH-1',
      'gh-',
      '://',
      ':ok:',
      'é',
      '😀',
    ];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let shortcut = 0;
    for (let i = 0; i < 20_000; i += 1) {
      const length = random(12);
      let text = '';
      for (let j = 0; j < length; j += 1) text += pieces[random(pieces.length)];
      const max = random(3) === 0 ? random(8) + 1 : 500;
      expect(escapeMarkdown(text, max), JSON.stringify([text, max])).toBe(escapeEveryTime(text, max));
      if (escapeMarkdown(text, max) === text) shortcut += 1;
    }
    // Both sides of the shortcut were seen.
    expect(shortcut).toBeGreaterThan(500);
    expect(shortcut).toBeLessThan(20_000);
  });
});
