import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/report/markdown.js';
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
});
