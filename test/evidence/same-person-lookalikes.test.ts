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

  it('still tells other names apart', () => {
    for (const [a, b] of [
      ['security-lead', 'security-team'],
      ['ꜱᴇᴄᴜʀɪᴛʏ-ᴛᴇᴀᴍ', 'security-lead'],
      ['bob', 'rob'],
      ['ʙᴏʙ', 'ʀᴏʙ'],
      ['carol', 'security-lead'],
      ['ユーザー', 'ユザ-x'],
      // An i is not an l (only a capital I is read as one), and a dash-like letter after a letter of
      // its own script makes another name: Marie is not Mari, Yuri not Yuri with a short u.
      ['Neil', 'Neli'],
      ['Ilse', 'Lise'],
      ['Gail', 'Gali'],
      ['Ella', 'Eila'],
      ['マリー', 'マリ'],
      ['ユーリ', 'ユリ'],
      ['王一', '王'],
      ['그림', '김'],
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
