/**
 * An exception file the policy's patterns do not read (`.shipgate/exceptions/a.yaml` beside the default
 * `*.yml`, or a file in a subfolder) used to be ignored without a word: evaluate rejected ("add an
 * exception") and validate said `exceptions: none`. Each such file is now named in a warning, with the
 * patterns and what to do.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateEvidence } from '../../src/commands/validate.js';
import { InputError } from '../../src/errors.js';
import { unreadExceptionFiles } from '../../src/evidence/exceptions.js';
import type { EvidenceReader } from '../../src/evidence/source.js';
import { createGitReader } from '../../src/evidence/trusted-ref.js';
import { git, memoryReader } from '../helpers.js';

const DEFAULT = '.shipgate/exceptions/*.yml';

const EXCEPTION = `exceptions:
  - id: EXC-1
    type: risk-acceptance
    match: { vulnerability: CVE-2020-8203 }
    reason: not reachable
    owner: alice
    approvedBy: security-lead
    approvedOn: 2026-11-20
    expires: 2027-01-01
`;

/** A memory reader that counts its listings. */
function counting(files: Record<string, string>): EvidenceReader & { listed: string[] } {
  const reader = memoryReader(files);
  const listed: string[] = [];
  return { ...reader, listed, list: (pattern) => (listed.push(pattern), reader.list(pattern)) };
}

function workspace(files: Record<string, string>): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'sg-unread-exceptions-')));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const unreadWarning = (path: string, patterns: string, fix: string, pattern: string) =>
  `${path}: looks like an exception file, but no exceptions.paths pattern reads it (${patterns}), so none of its exceptions apply (expected ${fix}a pattern that matches it, such as ${pattern}, added to exceptions.paths).`;

describe('exception files no pattern reads', () => {
  it('names a .yaml beside the default *.yml (rename it) and a subfolder file (move it); not what is read or not YAML', () => {
    const reader = counting({
      '.shipgate/policy.yml': 'version: 1\n',
      '.shipgate/exceptions/a.yml': EXCEPTION,
      '.shipgate/exceptions/b.yaml': EXCEPTION,
      '.shipgate/exceptions/team/c.yml': EXCEPTION,
      '.shipgate/exceptions/README.md': '# exceptions',
      'docs/d.yaml': EXCEPTION,
    });
    expect(unreadExceptionFiles(reader, [DEFAULT])).toEqual([
      unreadWarning(
        '.shipgate/exceptions/b.yaml',
        DEFAULT,
        'rename it to .shipgate/exceptions/b.yml, or ',
        '.shipgate/exceptions/*.yaml',
      ),
      unreadWarning(
        '.shipgate/exceptions/team/c.yml',
        DEFAULT,
        'move it to .shipgate/exceptions/c.yml, or ',
        '.shipgate/exceptions/team/*.yml',
      ),
    ]);
    // One listing of the pattern's fixed folder.
    expect(reader.listed).toEqual(['.shipgate/exceptions/**']);
  });

  it('is silent when the patterns read every such file, and names only what is left', () => {
    const files = {
      '.shipgate/exceptions/a.yml': EXCEPTION,
      '.shipgate/exceptions/b.yaml': EXCEPTION,
      '.shipgate/exceptions/team/c.yml': EXCEPTION,
    };
    const deep = '.shipgate/exceptions/**/*.yml';
    expect(unreadExceptionFiles(memoryReader(files), [deep, '.shipgate/exceptions/*.yaml'])).toEqual([]);
    expect(unreadExceptionFiles(memoryReader(files), [deep])).toEqual([
      unreadWarning(
        '.shipgate/exceptions/b.yaml',
        deep,
        'rename it to .shipgate/exceptions/b.yml, or ',
        '.shipgate/exceptions/*.yaml',
      ),
    ]);
    // A .YML the glob does not match (globs are case-sensitive) is named too; renaming it to .yml is read.
    expect(unreadExceptionFiles(memoryReader({ '.shipgate/exceptions/E.YML': EXCEPTION }), [DEFAULT])).toEqual([
      unreadWarning(
        '.shipgate/exceptions/E.YML',
        DEFAULT,
        'rename it to .shipgate/exceptions/E.yml, or ',
        '.shipgate/exceptions/*.YML',
      ),
    ]);
  });

  it("lists a folder inside another pattern's folder once, naming every pattern whose folder holds the file", () => {
    const reader = counting({ '.shipgate/exceptions/team/old/x.yaml': EXCEPTION });
    const team = '.shipgate/exceptions/team/*.yml';
    expect(unreadExceptionFiles(reader, [DEFAULT, team])).toEqual([
      unreadWarning(
        '.shipgate/exceptions/team/old/x.yaml',
        `${DEFAULT}, ${team}`,
        'move it to .shipgate/exceptions/x.yml, or ',
        '.shipgate/exceptions/team/old/*.yaml',
      ),
    ]);
    expect(reader.listed).toEqual(['.shipgate/exceptions/**']);
  });

  it('does not look around a literal path or a glob with no fixed folder, and skips the policy files', () => {
    const reader = counting({
      '.shipgate/exceptions.yaml': EXCEPTION,
      'other.yml': EXCEPTION,
      '.shipgate/policy.yml': 'v',
    });
    expect(unreadExceptionFiles(reader, ['.shipgate/exceptions.yml', '*.yml', '**/exceptions/*.yml'])).toEqual([]);
    expect(reader.listed).toEqual([]);
    // `.shipgate/*-exceptions.yml` reads from .shipgate, where the policy lives: the policy is no exception file.
    const own = '.shipgate/*-exceptions.yml';
    const beside = memoryReader({
      '.shipgate/policy.yml': 'version: 1\n',
      '.shipgate/team-exceptions.yml': EXCEPTION,
      '.shipgate/old-exceptions.yaml': EXCEPTION,
    });
    expect(unreadExceptionFiles(beside, [own], ['.shipgate/policy.yml'])).toEqual([
      unreadWarning(
        '.shipgate/old-exceptions.yaml',
        own,
        'rename it to .shipgate/old-exceptions.yml, or ',
        '.shipgate/*.yaml',
      ),
    ]);
  });

  it('counts the files past the tenth in one line', () => {
    const files = Object.fromEntries(
      Array.from({ length: 13 }, (_, i) => [`.shipgate/exceptions/e${String(i).padStart(2, '0')}.yaml`, EXCEPTION]),
    );
    const warnings = unreadExceptionFiles(memoryReader(files), [DEFAULT]);
    expect(warnings).toHaveLength(11);
    expect(warnings[9]).toMatch(/^\.shipgate\/exceptions\/e09\.yaml: /);
    expect(warnings[10]).toBe(
      '3 more file(s) under .shipgate/exceptions look like exception files, but no exceptions.paths pattern reads them (expected them renamed to .yml or moved where a pattern reads them, or a pattern that matches them added to exceptions.paths).',
    );
  });

  it('skips a folder the reader cannot list: a hint never stops the run', () => {
    const reader: EvidenceReader = {
      origin: 'test',
      read: () => undefined,
      list: () => {
        throw new InputError('.shipgate/exceptions/**: the folder .shipgate/exceptions cannot be read (EACCES)');
      },
    };
    expect(unreadExceptionFiles(reader, [DEFAULT])).toEqual([]);
  });

  describe('validate', () => {
    it("warns after 'exceptions: none' for an a.yaml only, and exits 0; a.yml is read and not named", async () => {
      const root = workspace({ '.shipgate/exceptions/a.yaml': EXCEPTION });
      const { report, error } = await validateEvidence({ root });
      expect(error).toBeUndefined();
      expect(report).toContain(
        `exceptions: none\nexceptions: warning: ${unreadWarning('.shipgate/exceptions/a.yaml', DEFAULT, 'rename it to .shipgate/exceptions/a.yml, or ', '.shipgate/exceptions/*.yaml')}\n`,
      );
      const renamed = workspace({ '.shipgate/exceptions/a.yml': EXCEPTION });
      const ok = await validateEvidence({ root: renamed });
      expect(ok.error).toBeUndefined();
      expect(ok.report).toContain('exceptions: .shipgate/exceptions/a.yml: 1 exception(s), valid\n');
      expect(ok.report).not.toContain('warning');
    });

    it('reads what the trusted commit holds, not the workspace, through the evidence reader', async () => {
      const root = workspace({ '.shipgate/exceptions/team/a.yml': EXCEPTION });
      git(root, 'init', '-q', '-b', 'main');
      git(root, 'add', '-A');
      git(root, 'commit', '-qm', 'base');
      const commit = git(root, 'rev-parse', 'HEAD');
      // The workspace no longer has the file; the commit does.
      rmSync(join(root, '.shipgate/exceptions/team'), { recursive: true });
      expect((await validateEvidence({ root })).report).not.toContain('warning');
      const { report, error } = await validateEvidence({ root, evidence: createGitReader(root, commit) });
      expect(error).toBeUndefined();
      expect(report).toContain(
        `exceptions: warning: ${unreadWarning('.shipgate/exceptions/team/a.yml', DEFAULT, 'move it to .shipgate/exceptions/a.yml, or ', '.shipgate/exceptions/team/*.yml')}\n`,
      );
    });
  });
});
