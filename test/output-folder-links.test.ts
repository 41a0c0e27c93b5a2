/**
 * The output folder reached through a symbolic link inside the root (`linked -> .artifacts/review-security`)
 * is the output folder: evidence read there is refused by evaluate and validate (exit 2), waive does not
 * write there, and an input glob that starts there reads nothing, as under the folder's own name. Before,
 * the paths were compared as written: `linked/*.yml` exceptions were applied, and `linked/*.sarif` read
 * the folder's files as scans.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateEvidence } from '../src/commands/validate.js';
import { waiveFinding } from '../src/commands/waive.js';
import { ConfigError, InputError } from '../src/errors.js';
import { createWorkspaceReader, type EvidenceReader } from '../src/evidence/source.js';
import { inOutputFolder, resolveInputPaths } from '../src/ingest/read.js';
import { silentLogger } from '../src/logger.js';
import { checkOutputFolder, run, type RunOptions } from '../src/run.js';
import { errorOf } from './helpers.js';

const DEMO = fileURLToPath(new URL('../fixtures/demo/release', import.meta.url));
const OUT = '.artifacts/review-security';
const NOW = new Date('2026-11-25T12:00:00Z');

/** Two exceptions for the demo's two open highs: applied, they would turn the rejection into an approval. */
const WAIVERS = `exceptions:
  - id: EXC-0002
    type: risk-acceptance
    match: { finding: SG-d58906d1d0eec93a }
    reason: not reachable
    owner: alice
    approvedBy: security-lead
    approvedOn: 2026-11-20
    expires: 2027-01-15
  - id: EXC-0003
    type: risk-acceptance
    match: { finding: SG-51bfe6fd5d2101cd }
    reason: not reachable
    owner: alice
    approvedBy: security-lead
    approvedOn: 2026-11-20
    expires: 2027-01-15
`;

/** The demo release with `lines` added to its policy, `linked` a link to `target`, and `files` written. */
function demo(lines: string, target: string, files: Record<string, string> = {}): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'sg-outlink-')));
  cpSync(DEMO, root, { recursive: true });
  const policy = join(root, '.shipgate/policy.yml');
  writeFileSync(policy, `${readFileSync(policy, 'utf8')}${lines}`);
  mkdirSync(join(root, target), { recursive: true });
  symlinkSync(join(root, target), join(root, 'linked'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const LINKED_EXCEPTIONS = '  paths: [".shipgate/exceptions/*.yml", "linked/*.yml"]\n';

function evaluate(root: string, options: Partial<RunOptions> = {}) {
  return run({ root, scans: [], dryRun: true, clock: () => NOW, logger: silentLogger, ...options });
}

const holdsEvidence = (root: string, files: string) =>
  `${join(root, OUT)}: the output folder holds evidence this run reads: ${files} (expected evidence committed outside shipgate's output folder, whose files are replaced by every run and are no reviewed evidence: move the file, or set outputs.dir or --out to another folder).`;

describe('evidence in the output folder reached through a link inside the root', () => {
  it('evaluate refuses exceptions read through the link, dry or writing (exit 2); through a link elsewhere they apply', async () => {
    const root = demo(LINKED_EXCEPTIONS, OUT, { [`${OUT}/waivers.yml`]: WAIVERS });
    const expected = holdsEvidence(
      root,
      'the exceptions file linked/waivers.yml (its folder leads there through a symbolic link)',
    );
    for (const dryRun of [true, false]) {
      const error = await evaluate(root, { dryRun }).catch((e: unknown) => e);
      expect(error, `dryRun ${dryRun}`).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).message).toBe(expected);
      expect((error as ConfigError).exitCode).toBe(2);
    }
    // validate calls evaluate's check, with the same words.
    const validated = await validateEvidence({ root });
    expect(validated.error).toBeInstanceOf(ConfigError);
    expect(validated.error?.message).toBe(expected);
    expect(validated.report).toContain('outputs: .artifacts/review-security: invalid\n');

    // The other side: the link leads to a folder of its own, whose exceptions are evidence like any other.
    const elsewhere = demo(LINKED_EXCEPTIONS, 'security/waivers', { 'security/waivers/waivers.yml': WAIVERS });
    const result = await evaluate(elsewhere);
    expect(result.evaluation.evidence.map((e) => e.path)).toContain('linked/waivers.yml');
    expect(result.evaluation.exceptions.applied.map((a) => a.id).sort()).toEqual(['EXC-0001', 'EXC-0002', 'EXC-0003']);
    expect((await validateEvidence({ root: elsewhere })).error).toBeUndefined();
  });

  it('a link to a folder above the output folder is compared where it really is too', async () => {
    const root = demo('  paths: ["linked/*/*.yml"]\n', '.artifacts', { [`${OUT}/waivers.yml`]: WAIVERS });
    const error = await evaluate(root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toBe(
      holdsEvidence(
        root,
        'the exceptions file linked/review-security/waivers.yml (its folder leads there through a symbolic link)',
      ),
    );
  });

  it('evidence read from a trusted commit is at its path there, where the workspace link does not lead', async () => {
    // The workspace has `linked` pointing into the output folder; the trusted tree (a copy with `linked`
    // a folder of its own, read as the git reader would: origin is the ref) has the reviewed file.
    const root = demo(LINKED_EXCEPTIONS, OUT, { [`${OUT}/waivers.yml`]: WAIVERS });
    const tree = realpathSync(mkdtempSync(join(tmpdir(), 'sg-outlink-tree-')));
    cpSync(DEMO, tree, { recursive: true });
    writeFileSync(join(tree, '.shipgate/policy.yml'), readFileSync(join(root, '.shipgate/policy.yml')));
    mkdirSync(join(tree, 'linked'));
    writeFileSync(join(tree, 'linked/waivers.yml'), WAIVERS);
    const asRef = (reader: EvidenceReader, origin: string): EvidenceReader => ({
      origin,
      read: (path) => {
        const file = reader.read(path);
        return file && { ...file, origin };
      },
      list: (pattern) => reader.list(pattern),
    });
    const trusted = await evaluate(root, { evidence: asRef(createWorkspaceReader(tree), 'a'.repeat(40)) });
    expect(trusted.evaluation.evidence.find((e) => e.path === 'linked/waivers.yml')?.origin).toBe('a'.repeat(40));
    // The same files said to be the workspace's are placed where the workspace's link leads.
    const error = await evaluate(root, { evidence: asRef(createWorkspaceReader(tree), 'workspace') }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
  });

  it('checkOutputFolder: evidence without an origin (validate) is the workspace', () => {
    const root = demo('', OUT, { [`${OUT}/waivers.yml`]: WAIVERS });
    const check = (origin?: string) => () =>
      checkOutputFolder(
        join(root, OUT),
        root,
        [],
        [{ path: 'linked/waivers.yml', kind: 'exceptions', ...(origin ? { origin } : {}) }],
        false,
      );
    expect(check()).toThrow(ConfigError);
    expect(check('workspace')).toThrow(ConfigError);
    expect(check('base-ref')).not.toThrow();
  });
});

describe('inOutputFolder', () => {
  it('places files by where their folder really is, also files and folders not there yet', () => {
    const root = demo('', '.artifacts');
    const out = join(root, OUT);
    // The output folder does not exist yet: `linked/review-security` leads to it all the same.
    expect(existsSync(out)).toBe(false);
    expect(inOutputFolder(root, out, 'linked/review-security/waivers.yml')).toBe(true);
    expect(inOutputFolder(root, out, 'linked/review-security/deeper/waivers.yml')).toBe(true);
    expect(inOutputFolder(root, out, `${OUT}/waivers.yml`)).toBe(true);
    // Beside it, and the folder above it, are not in it.
    expect(inOutputFolder(root, out, 'linked/review-security-2/waivers.yml')).toBe(false);
    expect(inOutputFolder(root, out, 'linked/waivers.yml')).toBe(false);
    expect(inOutputFolder(root, out, '.shipgate/exceptions/tomcat.yml')).toBe(false);
    // An output folder outside the root, or the root itself, holds nothing the readers accept.
    expect(inOutputFolder(root, root, 'linked/waivers.yml')).toBe(false);
    expect(inOutputFolder(join(root, 'linked'), join(root, '.artifacts'), 'x.yml')).toBe(false);
  });
});

describe('waive does not write into the output folder through a link', () => {
  const waive = (root: string, file: string) =>
    waiveFinding({
      root,
      findingId: 'SG-d58906d1d0eec93a',
      clock: () => NOW,
      reason: 'Not reachable',
      owner: 'alice',
      approvedBy: 'security-lead',
      expires: '2027-01-01',
      file,
    });

  it('refuses --file linked/waivers.yml and writes nothing; a link to a folder of its own is written', () => {
    const root = demo(LINKED_EXCEPTIONS, OUT);
    const error = errorOf(() => waive(root, 'linked/waivers.yml'));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe(
      `linked/waivers.yml: the file is in shipgate's output folder (.artifacts/review-security, reached through a symbolic link), whose files are replaced by every run and are no reviewed evidence; evaluate refuses evidence there (expected an exception file outside it, such as .shipgate/exceptions/waivers.yml).`,
    );
    expect(existsSync(join(root, OUT, 'waivers.yml'))).toBe(false);

    const elsewhere = demo(LINKED_EXCEPTIONS, 'security/waivers');
    expect(waive(elsewhere, 'linked/waivers.yml')).toEqual({ id: 'EXC-0002', file: 'linked/waivers.yml' });
    expect(readFileSync(join(elsewhere, 'security/waivers/waivers.yml'), 'utf8')).toContain('SG-d58906d1d0eec93a');
  });

  it('refuses a file whose folders do not exist yet when the link leads into the output folder', () => {
    const root = demo('  paths: ["linked/*/*.yml"]\n', '.artifacts');
    expect(existsSync(join(root, OUT))).toBe(false);
    const error = errorOf(() => waive(root, 'linked/review-security/waivers.yml'));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/^linked\/review-security\/waivers\.yml: the file is in shipgate's output folder/);
    expect(existsSync(join(root, OUT))).toBe(false);
    // Beside the output folder, through the same link: written.
    expect(waive(root, 'linked/reviewed/waivers.yml').file).toBe('linked/reviewed/waivers.yml');
  });
});

describe('input globs skip the output folder reached through a link', () => {
  it("evaluate and validate refuse a glob that starts in it (nothing read); a link to the reports' folder is read", async () => {
    const root = demo('', OUT, { [`${OUT}/extra.sarif`]: readFileSync(join(DEMO, 'reports/codeql.sarif'), 'utf8') });
    const expected = `linked/*.sarif: the glob matched no files under ${root} (it starts in linked, shipgate's output folder reached through a symbolic link, which globs do not read: outputs are not scans; keep the reports in another folder, or set outputs.dir or --out to a folder of its own).`;
    const error = await evaluate(root, { scans: ['linked/*.sarif'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(expected);
    // The same glob among the policy's inputs, as validate checks it.
    const policy = join(root, '.shipgate/policy.yml');
    writeFileSync(
      policy,
      readFileSync(policy, 'utf8').replace(
        '  - reports/gitleaks.sarif\n',
        '  - reports/gitleaks.sarif\n  - "linked/*.sarif"\n',
      ),
    );
    const validated = await validateEvidence({ root });
    expect(validated.error?.message).toContain(
      "(it starts in linked, shipgate's output folder reached through a symbolic link, which globs do not read",
    );

    const reports = demo('', 'reports');
    const read = await evaluate(reports, { scans: ['linked/*.sarif'] });
    expect(read.evaluation.inputs.map((i) => i.path)).toEqual(
      expect.arrayContaining(['linked/codeql.sarif', 'linked/gitleaks.sarif']),
    );
  });

  it('a glob that walks through a link to the folder above does not descend into the output folder', () => {
    const root = demo('', '.artifacts', {
      [`${OUT}/shipgate.sarif`]: '{}',
      '.artifacts/other/scan.sarif': '{}',
    });
    const skip = [OUT];
    expect(resolveInputPaths(root, 'linked/*/*.sarif', skip)).toEqual(['linked/other/scan.sarif']);
    expect(resolveInputPaths(root, 'linked/**/*.sarif', skip)).toEqual(['linked/other/scan.sarif']);
    // Without the output folder to skip, its file is listed: the skip is what leaves it out.
    expect(resolveInputPaths(root, 'linked/*/*.sarif')).toEqual([
      'linked/other/scan.sarif',
      'linked/review-security/shipgate.sarif',
    ]);
  });
});
