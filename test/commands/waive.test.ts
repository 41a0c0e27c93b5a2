import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { waiveFinding, type WaiveOptions } from '../../src/commands/waive.js';
import { ConfigError, InputError } from '../../src/errors.js';
import { parseExceptionFile } from '../../src/evidence/exceptions.js';
import { errorOf } from '../helpers.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const FINDING = 'SG-d58906d1d0eec93a';
const WAIVERS = '.shipgate/exceptions/waivers.yml';

const EXISTING_ENTRY = `  - id: EXC-0001
    type: risk-acceptance
    match: { finding: SG-51bfe6fd5d2101cd }
    reason: y
    owner: alice
    approvedBy: security-lead
    approvedOn: 2026-11-20
    expires: 2027-01-01
`;

function workspace(files: Record<string, string> = {}): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'sg-waive-')));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function waive(root: string, overrides: Partial<WaiveOptions> = {}) {
  return waiveFinding({
    root,
    findingId: FINDING,
    clock: () => NOW,
    reason: 'Not reachable',
    owner: 'alice',
    approvedBy: 'security-lead',
    expires: '2027-01-01',
    ...overrides,
  });
}

/** The ids of the entries the file holds, read as evaluate reads it. */
function idsIn(root: string, file: string): string[] {
  return parseExceptionFile(readFileSync(join(root, file), 'utf8'), file).map((e) => `${e.id} ${e.match.finding}`);
}

describe('commands/waive', () => {
  describe('the file it writes is one the policy reads', () => {
    it('writes .shipgate/exceptions/waivers.yml with the presets, and numbers on from every file read', () => {
      const root = workspace({ '.shipgate/exceptions/a.yml': `exceptions:\n${EXISTING_ENTRY}` });
      expect(waive(root)).toEqual({ id: 'EXC-0002', file: WAIVERS });
      expect(idsIn(root, WAIVERS)).toEqual([`EXC-0002 ${FINDING}`]);
    });

    it("follows the policy's exceptions.paths: waivers.yml in the first path's folder, and the next id follows", () => {
      const root = workspace({
        '.shipgate/policy.yml': 'version: 1\nexceptions:\n  paths: ["security/exceptions/*.yml"]\n',
      });
      expect(waive(root)).toEqual({ id: 'EXC-0001', file: 'security/exceptions/waivers.yml' });
      expect(waive(root, { findingId: 'SG-51bfe6fd5d2101cd' }).id).toBe('EXC-0002');
      expect(existsSync(join(root, WAIVERS))).toBe(false);
      expect(idsIn(root, 'security/exceptions/waivers.yml')).toEqual([
        `EXC-0001 ${FINDING}`,
        'EXC-0002 SG-51bfe6fd5d2101cd',
      ]);
    });

    it('picks waivers.yaml, or a literal path, when that is what the policy reads', () => {
      const yaml = workspace({ '.shipgate/policy.yml': 'version: 1\nexceptions:\n  paths: ["sec/**/*.yaml"]\n' });
      expect(waive(yaml).file).toBe('sec/waivers.yaml');
      const literal = workspace({
        '.shipgate/policy.yml': 'version: 1\nexceptions:\n  paths: [security/waived.yml]\n',
      });
      expect(waive(literal).file).toBe('security/waived.yml');
    });

    it('refuses to choose when the policy reads no exception file (exit 2, naming the paths)', () => {
      const root = workspace({ '.shipgate/policy.yml': 'version: 1\nexceptions:\n  paths: []\n' });
      const error = errorOf(() => waive(root));
      expect(error).toBeInstanceOf(ConfigError);
      expect(error.message).toBe(
        'waive cannot choose an exception file: the policy (.shipgate/policy.yml) reads exceptions from no path (exceptions.paths); give --file with a path they match.',
      );
    });

    it('accepts a --file the patterns match, and refuses one they do not (exit 2), writing nothing', () => {
      const root = workspace();
      expect(waive(root, { file: '.shipgate/exceptions/team.yml' })).toEqual({
        id: 'EXC-0001',
        file: '.shipgate/exceptions/team.yml',
      });
      for (const file of ['notes.yml', '.shipgate/exceptions/w.yaml', '.shipgate/exceptions/sub/w.yml']) {
        const error = errorOf(() => waive(root, { file }));
        expect(error).toBeInstanceOf(ConfigError);
        expect(error.message).toBe(
          `--file '${file}': evaluate would never read an exception written there: the policy (preset:release) reads exceptions from '.shipgate/exceptions/*.yml' (exceptions.paths); give a --file they match, or add the file to exceptions.paths.`,
        );
        expect(existsSync(join(root, file))).toBe(false);
      }
    });

    it('refuses a --file in node_modules unless the pattern names that folder, as the readers skip it', () => {
      const root = workspace({ '.shipgate/policy.yml': 'version: 1\nexceptions:\n  paths: ["**/w.yml"]\n' });
      expect(errorOf(() => waive(root, { file: 'node_modules/x/w.yml' }))).toBeInstanceOf(ConfigError);
      expect(waive(root, { file: 'security/w.yml' }).file).toBe('security/w.yml');
    });
  });

  describe('symbolic links', () => {
    it('refuses a --file that is a symbolic link (exit 3), leaving its target alone', () => {
      const outside = workspace({ 'target.yml': `exceptions:\n${EXISTING_ENTRY}` });
      const root = workspace();
      mkdirSync(join(root, '.shipgate/exceptions'), { recursive: true });
      symlinkSync(join(outside, 'target.yml'), join(root, '.shipgate/exceptions/linked.yml'));
      const error = errorOf(() => waive(root, { file: '.shipgate/exceptions/linked.yml' }));
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toBe(
        '.shipgate/exceptions/linked.yml: the path is a symbolic link; evidence files must be regular files inside the workspace (replace the link with the file).',
      );
      expect(readFileSync(join(outside, 'target.yml'), 'utf8')).toBe(`exceptions:\n${EXISTING_ENTRY}`);
    });

    it('refuses the default file when .shipgate/exceptions is linked outside the root, writing nothing there', () => {
      const outside = workspace();
      const root = workspace();
      mkdirSync(join(root, '.shipgate'));
      symlinkSync(outside, join(root, '.shipgate/exceptions'));
      const error = errorOf(() => waive(root));
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toBe(
        `${WAIVERS}: the folder .shipgate/exceptions is a symbolic link to ${outside}, outside the root ${root}; evidence must be inside the workspace.`,
      );
      expect(readdirSync(outside)).toEqual([]);
    });

    it('refuses a --file under a linked folder, even one that does not exist yet', () => {
      const outside = workspace();
      const root = workspace({ '.shipgate/policy.yml': 'version: 1\nexceptions:\n  paths: ["linkdir/**/*.yml"]\n' });
      symlinkSync(outside, join(root, 'linkdir'));
      for (const file of ['linkdir/w.yml', 'linkdir/sub/w.yml']) {
        const error = errorOf(() => waive(root, { file }));
        expect(error).toBeInstanceOf(InputError);
        expect(error.message).toContain(
          `${file}: the folder linkdir is a symbolic link to ${outside}, outside the root`,
        );
      }
      expect(readdirSync(outside)).toEqual([]);
    });

    it('writes through a folder linked inside the root, which the readers read', () => {
      const root = workspace({ 'real/keep.txt': '' });
      mkdirSync(join(root, '.shipgate'));
      symlinkSync(join(root, 'real'), join(root, '.shipgate/exceptions'));
      expect(waive(root).file).toBe(WAIVERS);
      expect(idsIn(root, 'real/waivers.yml')).toEqual([`EXC-0001 ${FINDING}`]);
    });
  });

  describe('appending to an existing file', () => {
    const cases: [string, string, string][] = [
      [
        'a comment after the key',
        `exceptions: # reviewed quarterly\n${EXISTING_ENTRY}`,
        'exceptions: # reviewed quarterly\n',
      ],
      ['a quoted key', `"exceptions":\n${EXISTING_ENTRY}`, '"exceptions":\n'],
      ['a document start and end', `---\nexceptions:\n${EXISTING_ENTRY}...\n`, '---\nexceptions:\n'],
      ['no final line break', `exceptions:\n${EXISTING_ENTRY.trimEnd()}`, 'exceptions:\n'],
      ['an indentless list', `exceptions:\n${EXISTING_ENTRY.replace(/^ {2}/gm, '')}`, 'exceptions:\n- id: EXC-0001\n'],
      [
        'four-space indentation',
        `exceptions:\n${EXISTING_ENTRY.replace(/^/gm, '  ')}`,
        'exceptions:\n    - id: EXC-0001\n',
      ],
      ['a comment after the list', `exceptions:\n${EXISTING_ENTRY}# trailing comment\n`, '# trailing comment\n'],
    ];
    for (const [what, text, kept] of cases)
      it(`keeps the file as it was and adds the entry: ${what}`, () => {
        const root = workspace({ [WAIVERS]: text });
        expect(waive(root).id).toBe('EXC-0002');
        const updated = readFileSync(join(root, WAIVERS), 'utf8');
        expect(updated).toContain(kept);
        expect(updated.startsWith(text.trimEnd())).toBe(!text.endsWith('...\n'));
        expect(idsIn(root, WAIVERS)).toEqual(['EXC-0001 SG-51bfe6fd5d2101cd', `EXC-0002 ${FINDING}`]);
      });

    it('keeps the value of a block scalar that keeps its trailing blank lines (|+) at the end of the file', () => {
      const text = `exceptions:\n${EXISTING_ENTRY}    ticket: |+\n      T-1\n\n`;
      const root = workspace({ [WAIVERS]: text });
      waive(root);
      const entries = parseExceptionFile(readFileSync(join(root, WAIVERS), 'utf8'), WAIVERS);
      expect(entries.map((e) => e.ticket)).toEqual(['T-1\n\n', undefined]);
    });

    it('keeps a byte order mark', () => {
      const root = workspace({ [WAIVERS]: `\uFEFFexceptions:\n${EXISTING_ENTRY}` });
      expect(waive(root).id).toBe('EXC-0002');
      const bytes = readFileSync(join(root, WAIVERS));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(idsIn(root, WAIVERS)).toHaveLength(2);
    });

    it('keeps CRLF line endings, and writes the new lines with them', () => {
      const text = `exceptions:\n${EXISTING_ENTRY}`.replace(/\n/g, '\r\n');
      const root = workspace({ [WAIVERS]: text });
      waive(root);
      const updated = readFileSync(join(root, WAIVERS), 'utf8');
      expect(updated.startsWith(text)).toBe(true);
      expect(updated.replace(/\r\n/g, '')).not.toContain('\n');
      expect(idsIn(root, WAIVERS)).toHaveLength(2);
    });

    it('turns an empty flow list into a block list, keeping its comment', () => {
      const root = workspace({ [WAIVERS]: '# waivers\nexceptions: [] # none yet\n' });
      expect(waive(root).id).toBe('EXC-0001');
      const updated = readFileSync(join(root, WAIVERS), 'utf8');
      expect(updated).toMatch(/^# waivers\nexceptions: # none yet\n {2}- id: EXC-0001\n/);
      expect(idsIn(root, WAIVERS)).toEqual([`EXC-0001 ${FINDING}`]);
    });

    it("appends to the example file init writes ('exceptions: []' and a commented example)", () => {
      const root = workspace();
      waive(root, { file: '.shipgate/exceptions/example.yml' });
      expect(idsIn(root, '.shipgate/exceptions/example.yml')).toEqual([`EXC-0001 ${FINDING}`]);
    });

    it('refuses a non-empty flow list with a message saying what to change; the file is unchanged', () => {
      const text = `exceptions: [{ id: EXC-0001, type: risk-acceptance, match: { finding: SG-51bfe6fd5d2101cd }, reason: y, owner: alice, approvedBy: security-lead, approvedOn: 2026-11-20, expires: 2027-01-01 }]\n`;
      const root = workspace({ [WAIVERS]: text });
      const error = errorOf(() => waive(root));
      expect(error).toBeInstanceOf(ConfigError);
      expect(error.message).toMatch(
        /^\.shipgate\/exceptions\/waivers\.yml: line 1: cannot append to 'exceptions: \[\{ id: EXC-0001.*': waive extends a block list; write the entries one per '- id: \.\.\.' item under 'exceptions:', then run waive again\.$/,
      );
      expect(readFileSync(join(root, WAIVERS), 'utf8')).toBe(text);
    });

    it('refuses a top-level flow mapping; the file is unchanged', () => {
      const text = `{ exceptions: [] }\n`;
      const root = workspace({ [WAIVERS]: text });
      const error = errorOf(() => waive(root));
      expect(error).toBeInstanceOf(ConfigError);
      expect(error.message).toContain(`${WAIVERS}: cannot append: no line starts with 'exceptions:'`);
      expect(readFileSync(join(root, WAIVERS), 'utf8')).toBe(text);
    });
  });

  describe('messages', () => {
    it('refuses a blank reason, owner or approver (a config error), writing nothing; a word passes', () => {
      const root = workspace();
      const blank = errorOf(() => waive(root, { reason: ' ', owner: '\t', approvedBy: '\u00a0' }));
      expect(blank).toBeInstanceOf(ConfigError);
      expect(blank.message).toBe(
        'waive needs --reason, --owner, --approved-by (each with text, not only white space).',
      );
      expect(existsSync(join(root, WAIVERS))).toBe(false);
      expect(waive(root, { reason: ' x ' }).id).toBe('EXC-0001');
      expect(idsIn(root, WAIVERS)).toEqual([`EXC-0001 ${FINDING}`]);
    });

    it('refuses a reason, owner or approver that shows no letter or digit, naming each flag and its value; writing nothing', () => {
      const root = workspace();
      for (const blank of ['\u200b', '-', '**', ' \u2060 '])
        for (const key of ['reason', 'owner', 'approvedBy'] as const) {
          const error = errorOf(() => waive(root, { [key]: blank }));
          expect(error).toBeInstanceOf(ConfigError);
          expect(error.message).toMatch(
            /^waive needs a letter or digit in --(reason|owner|approved-by) \(".*"\) \(a name, or a reason in words: white space, punctuation and invisible characters alone name nobody and say nothing\)\.$/,
          );
        }
      expect(errorOf(() => waive(root, { owner: '\u200b', reason: '**' })).message).toBe(
        'waive needs a letter or digit in --reason ("**"), --owner ("\\u200B") (a name, or a reason in words: white space, punctuation and invisible characters alone name nobody and say nothing).',
      );
      expect(existsSync(join(root, WAIVERS))).toBe(false);
      expect(waive(root, { owner: 'alice', reason: 'fix in 1.2' }).id).toBe('EXC-0001');
      expect(idsIn(root, WAIVERS)).toEqual([`EXC-0001 ${FINDING}`]);
    });

    it('refuses an owner that is the approver up to invisible characters, white space or case', () => {
      const root = workspace();
      for (const owner of ['security-lead\u200b', '\ufeffsecurity-lead', 'SECURITY-LEAD\u2060'])
        expect(errorOf(() => waive(root, { owner, approvedBy: 'security-lead' })).message).toMatch(
          /^the exception would not apply: it is approved by its own owner ".*" \(approver "security-lead": names that differ only in look-alike letters, accents, punctuation, white space, invisible characters or case are one person\); an exception needs a second person\.$/,
        );
      expect(existsSync(join(root, WAIVERS))).toBe(false);
    });

    it("says why the exception would not apply, in a sentence, for an approver not on the list and for the owner's own approval", () => {
      const root = workspace();
      expect(errorOf(() => waive(root, { approvedBy: 'bob' })).message).toBe(
        "the exception would not apply: the approver 'bob' is not on the policy's approver list (security-lead).",
      );
      expect(errorOf(() => waive(root, { approvedBy: 'security-lead', owner: 'security-lead' })).message).toBe(
        "the exception would not apply: it is approved by its own owner 'security-lead'; an exception needs a second person.",
      );
      expect(errorOf(() => waive(root, { approvedOn: '2026-11-26' })).message).toBe(
        'the exception would not apply: it is approved on 2026-11-26, which is after today, 2026-11-25 (expected approvedOn today or earlier: an exception applies from its approval date).',
      );
      expect(errorOf(() => waive(root, { approvedOn: '2026-11-01', expires: '2026-11-25' })).message).toBe(
        'the exception would not apply: it expired on 2026-11-25 (expected expires after today, 2026-11-25: renew it with a new approval, or fix the finding).',
      );
      expect(existsSync(join(root, WAIVERS))).toBe(false);
    });
  });

  describe('an owner who only looks different from the approver', () => {
    it.each([
      ['security\u2010lead', '"security\\u2010lead"'],
      ['security\u2011lead', '"security\\u2011lead"'],
      ['security-l\u0435ad', '"security-l\\u0435ad"'],
      ['security-le\u0301ad', '"security-le\\u0301ad"'],
      ['security-lead.', '"security-lead."'],
      ['security_lead', '"security_lead"'],
    ])('refuses owner %s approved by security-lead, writing nothing', (owner, shown) => {
      const root = workspace();
      const error = errorOf(() => waive(root, { owner, approvedBy: 'security-lead' }));
      expect(error).toBeInstanceOf(ConfigError);
      expect(error.message).toBe(
        `the exception would not apply: it is approved by its own owner ${shown} (approver "security-lead": names that differ only in look-alike letters, accents, punctuation, white space, invisible characters or case are one person); an exception needs a second person.`,
      );
      expect(existsSync(join(root, WAIVERS))).toBe(false);
    });

    it('writes the exception of an owner whose name differs in a letter', () => {
      const root = workspace();
      expect(waive(root, { owner: 'security-leads', approvedBy: 'security-lead' }).id).toBe('EXC-0001');
    });
  });

  describe('the next id', () => {
    const withId = (id: string) => `exceptions:\n${EXISTING_ENTRY.replace('EXC-0001', id)}`;

    it.each([
      ['EXC-9007199254740991', 'EXC-9007199254740992'],
      ['EXC-9007199254740992', 'EXC-9007199254740993'],
      ['EXC-99999999999999999999999', 'EXC-100000000000000000000000'],
      ['EXC-0009', 'EXC-0010'],
    ])('follows %s with %s, past the precision of a Number', (existing, next) => {
      const root = workspace({ '.shipgate/exceptions/a.yml': withId(existing) });
      expect(waive(root).id).toBe(next);
      expect(idsIn(root, WAIVERS)).toEqual([`${next} ${FINDING}`]);
    });

    it('counts the highest id of every file the policy reads, whatever their order', () => {
      const root = workspace({
        '.shipgate/exceptions/a.yml': withId('EXC-9007199254740993'),
        '.shipgate/exceptions/b.yml': withId('EXC-9007199254740992'),
      });
      expect(waive(root).id).toBe('EXC-9007199254740994');
    });

    it('refuses an id longer than the schema allows, writing nothing; the longest allowed is written', () => {
      const longest = workspace({ '.shipgate/exceptions/a.yml': withId(`EXC-${'9'.repeat(59)}`) });
      expect(waive(longest).id).toBe(`EXC-1${'0'.repeat(59)}`);
      const root = workspace({ '.shipgate/exceptions/a.yml': withId(`EXC-${'9'.repeat(60)}`) });
      const error = errorOf(() => waive(root));
      expect(error).toBeInstanceOf(ConfigError);
      expect(error.message).toBe(
        `the next exception id after EXC-${'9'.repeat(60)} would be 65 characters long (expected at most 64, as the exception schema allows); write the entry by hand with an id of your choice.`,
      );
      expect(existsSync(join(root, WAIVERS))).toBe(false);
    });
  });

  describe('the root', () => {
    it('refuses a root that does not exist or is a file (exit 2), creating nothing', () => {
      const parent = workspace({ 'file.txt': '' });
      const missing = join(parent, 'missing');
      const gone = errorOf(() => waive(missing));
      expect(gone).toBeInstanceOf(ConfigError);
      expect(gone.message).toBe(
        `the root '${missing}' does not exist (expected the workspace folder: --root DIR, $GITHUB_WORKSPACE or the current directory).`,
      );
      expect(existsSync(missing)).toBe(false);
      const file = join(parent, 'file.txt');
      expect(errorOf(() => waive(file)).message).toBe(
        `the root '${file}' is not a folder (expected the workspace folder: --root DIR, $GITHUB_WORKSPACE or the current directory).`,
      );
    });
  });
});
