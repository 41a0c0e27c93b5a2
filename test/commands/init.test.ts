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
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_EXCEPTION_DAYS, initProject } from '../../src/commands/init.js';
import { validateEvidence } from '../../src/commands/validate.js';
import { InputError } from '../../src/errors.js';
import { exceptionProblem, parseExceptionFile } from '../../src/evidence/exceptions.js';
import { loadPolicy } from '../../src/policy/load.js';
import { createWorkspaceReader } from '../../src/evidence/source.js';
import { errorOf } from '../helpers.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const FILES = [
  '.shipgate/policy.yml',
  '.shipgate/exceptions/example.yml',
  'security/findings-register.csv',
  'security/manual-assessment.md',
];

function folder(): string {
  return realpathSync(mkdtempSync(join(tmpdir(), 'sg-init-')));
}

/** The example exception of init's file, uncommented as its comment says. */
function uncommentExample(text: string): string {
  return text
    .replace('exceptions: []', 'exceptions:')
    .split('\n')
    .map((line) => (line.startsWith('#  ') ? line.slice(1) : line))
    .join('\n');
}

describe('commands/init', () => {
  it('scaffolds every file, and a second run keeps them all', () => {
    const root = folder();
    expect(initProject(root, NOW)).toEqual(FILES);
    writeFileSync(join(root, 'security/findings-register.csv'), 'finding_id,status\n');
    expect(initProject(root, NOW)).toEqual([]);
    expect(readFileSync(join(root, 'security/findings-register.csv'), 'utf8')).toBe('finding_id,status\n');
  });

  it('creates a folder that does not exist yet', () => {
    const root = join(folder(), 'new/project');
    expect(initProject(root, NOW)).toEqual(FILES);
  });

  it('gives the example exception a window that applies: from today, for 30 days, within maxDays', async () => {
    const root = folder();
    initProject(root, NOW);
    const path = '.shipgate/exceptions/example.yml';
    const text = readFileSync(join(root, path), 'utf8');
    expect(text).toContain('#    approvedOn: 2026-11-25\n#    expires: 2026-12-25\n');
    expect(EXAMPLE_EXCEPTION_DAYS).toBeLessThanOrEqual(30);
    writeFileSync(join(root, path), uncommentExample(text));
    const [example, ...others] = parseExceptionFile(readFileSync(join(root, path), 'utf8'), path);
    expect(others).toEqual([]);
    expect(example?.id).toBe('EXC-EXAMPLE-1');
    const { policy } = loadPolicy(createWorkspaceReader(root));
    expect(exceptionProblem(example as NonNullable<typeof example>, policy, '2026-11-25')).toBeUndefined();
    expect(exceptionProblem(example as NonNullable<typeof example>, policy, '2026-12-24')).toBeUndefined();
    const { report, error } = await validateEvidence({ root });
    expect(error).toBeUndefined();
    expect(report).toContain(`exceptions: ${path}: 1 exception(s), valid`);
  });

  describe('a path in the way: an input error naming it, and nothing written', () => {
    it('a dangling symbolic link where the register goes', () => {
      const root = folder();
      mkdirSync(join(root, 'security'));
      symlinkSync(join(root, 'nowhere/reg.csv'), join(root, 'security/findings-register.csv'));
      const error = errorOf(() => initProject(root, NOW));
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toBe(
        'security/findings-register.csv: the path is a symbolic link; evidence files must be regular files inside the workspace (replace the link with the file).',
      );
      expect(readdirSync(root).sort()).toEqual(['security']);
    });

    it('a symbolic link to a regular file, which the readers refuse', () => {
      const root = folder();
      writeFileSync(join(root, 'real.md'), '# assessment\n');
      mkdirSync(join(root, 'security'));
      symlinkSync(join(root, 'real.md'), join(root, 'security/manual-assessment.md'));
      expect(errorOf(() => initProject(root, NOW)).message).toContain(
        'security/manual-assessment.md: the path is a symbolic link',
      );
      expect(existsSync(join(root, '.shipgate'))).toBe(false);
    });

    it('.shipgate is a file, not a folder', () => {
      const root = folder();
      writeFileSync(join(root, '.shipgate'), '');
      const error = errorOf(() => initProject(root, NOW));
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toBe(
        `${root}: nothing was written, as 2 files cannot be written there:\n` +
          '  - .shipgate/policy.yml: .shipgate is a file, not a folder; move it away (evidence files go in the folder .shipgate/).\n' +
          '  - .shipgate/exceptions/example.yml: .shipgate is a file, not a folder; move it away (evidence files go in the folder .shipgate/).',
      );
      expect(readdirSync(root)).toEqual(['.shipgate']);
    });

    it('a folder where a file goes', () => {
      const root = folder();
      mkdirSync(join(root, '.shipgate/policy.yml'), { recursive: true });
      expect(errorOf(() => initProject(root, NOW)).message).toBe(
        '.shipgate/policy.yml: the path is a folder or another non-regular file, not a file.',
      );
      expect(existsSync(join(root, 'security'))).toBe(false);
    });

    it('security linked to a folder outside the root', () => {
      const outside = folder();
      const root = folder();
      symlinkSync(outside, join(root, 'security'));
      const error = errorOf(() => initProject(root, NOW));
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toContain(
        `security/findings-register.csv: the folder security is a symbolic link to ${outside}, outside the root ${root}; evidence must be inside the workspace.`,
      );
      expect(readdirSync(outside)).toEqual([]);
      expect(existsSync(join(root, '.shipgate'))).toBe(false);
    });

    it('a folder linked inside the root is written through, as the readers read through it', () => {
      const root = folder();
      mkdirSync(join(root, 'docs/security'), { recursive: true });
      symlinkSync(join(root, 'docs/security'), join(root, 'security'));
      expect(initProject(root, NOW)).toEqual(FILES);
      expect(readdirSync(join(root, 'docs/security')).sort()).toEqual([
        'findings-register.csv',
        'manual-assessment.md',
      ]);
    });

    it('a target that is a dangling symbolic link', () => {
      const root = folder();
      symlinkSync(join(root, 'nowhere'), join(root, 'project'));
      const error = errorOf(() => initProject(join(root, 'project'), NOW));
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toBe(
        `${join(root, 'project')}: the folder is a symbolic link to nothing (a dangling link).`,
      );
    });

    it('a target that is a file', () => {
      const root = folder();
      writeFileSync(join(root, 'file'), '');
      expect(errorOf(() => initProject(join(root, 'file'), NOW)).message).toBe(
        `${join(root, 'file')}: the path is a file, not a folder (expected the folder to scaffold).`,
      );
    });
  });
});
