/**
 * A review found owners that look like the approver and were taken for someone else, so the exception
 * applied as if a second person had approved it: Latin small capitals (`ꜱᴇᴄᴜʀɪᴛʏ-ʟᴇᴀᴅ`), a capital I
 * for an l (`security-Iead`), and the katakana prolonged sound mark that looks like a dash
 * (`securityーlead`, and its half-width form `ｰ`). Through samePersonBy and run() over the demo release.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { run } from '../../src/run.js';
import { samePersonBy } from '../../src/strings.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const NOW = '2026-11-25T12:00:00Z';
const EXCEPTION = '.shipgate/exceptions/tomcat.yml';

describe('strings: names that differ only in look-alike letters are one person', () => {
  it('reads Latin small capitals, a capital I for an l, and the prolonged sound mark as what they look like', () => {
    for (const owner of [
      'ꜱᴇᴄᴜʀɪᴛʏ-ʟᴇᴀᴅ',
      'ꜱecurity-lead',
      'security-Iead',
      'securityーlead',
      'securityｰlead',
      'security-|ead',
      'security-ǀead',
      'security一lead',
      'securityㅡlead',
      'securityـlead',
      'ꓢꓰꓚꓴꓣꓲꓔꓬ-ꓡꓰꓮꓓ',
      'ᏚᎬᏟᏌᎡᎥᎢᎩ-ᏞᎬᎪᎠ',
      '@ꜱᴇᴄᴜʀɪᴛʏ-ʟᴇᴀᴅ',
      'ꜱᴇᴄᴜʀɪᴛʏ-ʟᴇᴀᴅ@example.com',
    ])
      expect(samePersonBy(owner, 'security-lead'), owner).toBeDefined();
    expect(samePersonBy('ʙᴏʙ', 'bob')).toBe('name');
    expect(samePersonBy('aIice', 'alice')).toBe('name');
    expect(samePersonBy('ᴀʟɪᴄᴇ', 'Alice')).toBe('name');
  });

  it("reads the look-alikes a re-review found next: other scripts' capital I, more bars and dashes, modifier letters", () => {
    for (const [a, b] of [
      ['security-Іead', 'security-lead'],
      ['security-Ιead', 'security-lead'],
      ['security-ꓲead', 'security-lead'],
      ['security一一lead', 'security-lead'],
      ['security-一lead', 'security-lead'],
      ['securityㄧlead', 'security-lead'],
      ['security-ㅣead', 'security-lead'],
      ['security-丨ead', 'security-lead'],
      ['security-❘ead', 'security-lead'],
      ['عـلي', 'علي'],
      ['Oʼbrien', 'obrien'],
      ['johnꓸsmith', 'john.smith'],
      ['ꮪꭼꮯꮜꭱꭵꭲꭹ-ꮮꭼꭺꭰ', 'security-lead'],
    ] as const)
      expect(samePersonBy(a, b), `${a} / ${b}`).toBeDefined();
  });

  it('still tells other names apart', () => {
    for (const [a, b] of [
      ['security-lead', 'security-team'],
      ['ꜱᴇᴄᴜʀɪᴛʏ-ᴛᴇᴀᴍ', 'security-lead'],
      ['bob', 'rob'],
      ['ʙᴏʙ', 'ʀᴏʙ'],
      ['carol', 'security-lead'],
      ['ユーザー', 'ユザ-x'],
      // An i is not an l: only a capital I between small letters is read as one (not `Ian`, `NEIL`).
      ['Neil', 'Neli'],
      ['Ilse', 'Lise'],
      ['Gail', 'Gali'],
      ['Ella', 'Eila'],
      ['Ian', 'Lan'],
      ['Iina', 'Lina'],
      ['Iola', 'Lola'],
      ['Ian Chen', 'Lan Chen'],
      ['NEIL', 'Nell'],
      ['ELIA', 'ELLA'],
      ['KAI', 'Kal'],
      // A dash-like letter after a letter of its own script (its mark between), or at the start of a
      // name or word, makes another name: Marie is not Mari, Paul not Pol, Kazuki not Itsuki.
      ['マリー', 'マリ'],
      ['ユーリ', 'ユリ'],
      ['ポール', 'ポル'],
      ['ジーン', 'ジン'],
      ['ｼﾞｰﾝ', 'ｼﾞﾝ'],
      ['じーん', 'じん'],
      ['王一', '王'],
      ['一花', '花'],
      ['山田 一樹', '山田 樹'],
      ['佐藤 一真', '佐藤 真'],
      ['王 一博', '王 博'],
      ['그림', '김'],
      ['은지', '인지'],
      ['이승민', '이성민'],
      ['박은영', '박영'],
      ['محمد', 'محمود'],
    ] as const)
      expect(samePersonBy(a, b), `${a} / ${b}`).toBeUndefined();
  });

  it('refuses an exception whose owner is the approver in small capitals or with a capital I', async () => {
    for (const [owner, applied] of [
      ['carol', true],
      ['ꜱᴇᴄᴜʀɪᴛʏ-ʟᴇᴀᴅ', false],
      ['security-Iead', false],
      ['securityーlead', false],
    ] as const) {
      const root = mkdtempSync(join(tmpdir(), 'sg-lookalike-'));
      cpSync(join(REPO, 'fixtures/demo/release'), root, { recursive: true });
      const text = readFileSync(join(root, EXCEPTION), 'utf8');
      writeFileSync(join(root, EXCEPTION), text.replace('owner: carol', `owner: ${owner}`));
      const { evaluation } = await run({
        root,
        scans: [],
        dryRun: true,
        clock: () => new Date(NOW),
        logger: silentLogger,
      });
      expect(
        evaluation.exceptions.applied.map((e) => e.id),
        owner,
      ).toEqual(applied ? ['EXC-0001'] : []);
      if (!applied)
        expect(evaluation.exceptions.rejected.map((r) => r.reason).join('\n'), owner).toMatch(
          /approved by its own owner/,
        );
    }
  });
});
