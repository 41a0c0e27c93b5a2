import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MAX_REMOTE_FOLDERS,
  changedEvidence,
  checkRootRepository,
  createGitReader,
  createRemoteReader,
  fetchPolicyChain,
  repositoryPrefix,
  type RemoteEntry,
} from '../../src/evidence/trusted-ref.js';
import { createWorkspaceReader } from '../../src/evidence/source.js';
import { loadPolicy } from '../../src/policy/load.js';
import { git } from '../helpers.js';
import { InputError, TrustError } from '../../src/errors.js';

function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** A repository with one commit of these files; returns its top and the commit. */
function repository(files: Record<string, string>): { top: string; commit: string } {
  const top = mkdtempSync(join(tmpdir(), 'sg-trusted-'));
  writeFiles(top, files);
  git(top, 'init', '-q', '-b', 'main');
  git(top, 'add', '-A');
  git(top, 'commit', '-qm', 'base');
  return { top, commit: git(top, 'rev-parse', 'HEAD') };
}

/** An in-memory repository at one ref, answering as the contents API does (paths from the top). */
function fakeRemote(ref: string, files: Record<string, string>) {
  const requests: string[] = [];
  const fetcher = async (path: string, at: string): Promise<Buffer | undefined> => {
    requests.push(`GET ${path}`);
    const text = at === ref ? files[path] : undefined;
    return text === undefined ? undefined : Buffer.from(text);
  };
  const lister = async (folder: string, at: string): Promise<RemoteEntry[]> => {
    requests.push(`LIST ${folder}`);
    if (at !== ref) return [];
    const prefix = folder === '' ? '' : `${folder}/`;
    const entries = new Map<string, RemoteEntry>();
    for (const path of Object.keys(files)) {
      if (!path.startsWith(prefix)) continue;
      const [name, ...rest] = path.slice(prefix.length).split('/');
      entries.set(`${prefix}${name}`, { path: `${prefix}${name}`, type: rest.length > 0 ? 'dir' : 'file' });
    }
    return [...entries.values()];
  };
  return { fetcher, lister, requests };
}

const POLICY = 'version: 1\nextends: release\n';
const TEAM = 'version: 1\nextends: ../shared/base.yml\nexceptions:\n  maxDays: 30\n';
const SHARED = 'version: 1\nextends: strict\n';
const EXCEPTION = 'exceptions: []\n';

describe('evidence/trusted-ref', () => {
  describe('repositoryPrefix', () => {
    it("is '' at the top of a repository, the folder's path with a slash below it, undefined outside one", () => {
      const { top } = repository({ 'services/api/a.txt': 'a' });
      expect(repositoryPrefix(top)).toBe('');
      expect(repositoryPrefix(join(top, 'services/api'))).toBe('services/api/');
      expect(repositoryPrefix(mkdtempSync(join(tmpdir(), 'sg-not-git-')))).toBeUndefined();
    });

    it('keeps the spaces of a folder name, and refuses a root whose path holds a line break', () => {
      const { top } = repository({ ' x /a.txt': 'a', 'a/a.txt': 'a', 'a\nb/a.txt': 'a' });
      expect(repositoryPrefix(join(top, ' x '))).toBe(' x /');
      expect(repositoryPrefix(join(top, 'a'))).toBe('a/');
      // git's answer for a/<LF>b is one line longer: read line by line, its prefix would be a/, another
      // folder, whose evidence would be read at the base commit.
      expect(() => repositoryPrefix(join(top, 'a\nb'))).toThrow(TrustError);
      expect(() => repositoryPrefix(join(top, 'a\nb'))).toThrow(/git gives on 4 line\(s\), not 3: a line break/);
    });
  });

  describe('checkRootRepository', () => {
    /** A repository whose folder `services/api` is a submodule: a clone of another repository, recorded as a gitlink. */
    function withSubmodule(): { top: string; root: string } {
      const other = repository({ '.shipgate/policy.yml': POLICY }).top;
      const { top } = repository({ '.shipgate/policy.yml': POLICY });
      mkdirSync(join(top, 'services'));
      git(top, 'clone', '-q', other, 'services/api');
      writeFileSync(join(top, '.gitmodules'), `[submodule "services/api"]\n\tpath = services/api\n\turl = ${other}\n`);
      const commit = git(join(top, 'services/api'), 'rev-parse', 'HEAD');
      git(top, 'update-index', '--add', '--cacheinfo', `160000,${commit},services/api`);
      git(top, 'add', '.gitmodules');
      git(top, 'commit', '-qm', 'submodule');
      return { top, root: join(top, 'services/api') };
    }

    it('accepts a root in the repository at the workspace, and a root in no work tree', () => {
      const { top } = repository({ 'services/api/a.txt': 'a' });
      expect(() => checkRootRepository(top, top)).not.toThrow();
      expect(() => checkRootRepository(join(top, 'services/api'), top)).not.toThrow();
      expect(() => checkRootRepository(join(top, 'services/api'))).not.toThrow();
      const plain = mkdtempSync(join(tmpdir(), 'sg-not-git-'));
      expect(() => checkRootRepository(plain, plain)).not.toThrow();
    });

    it('refuses a root inside a git submodule as a trust error naming the root, with or without the workspace', () => {
      const { top, root } = withSubmodule();
      for (const workspace of [top, undefined]) {
        expect(() => checkRootRepository(root, workspace)).toThrow(TrustError);
        expect(() => checkRootRepository(root, workspace)).toThrow(`the root ${root} is in a git submodule (`);
      }
      mkdirSync(join(root, 'deeper'));
      expect(() => checkRootRepository(join(root, 'deeper'), top)).toThrow(/is in a git submodule/);
      // The reader refuses it too: git would answer for the submodule's repository.
      expect(() => createGitReader(root, git(top, 'rev-parse', 'HEAD'))).toThrow(/is in a git submodule/);
    });

    it("refuses a root in another clone inside the workspace's checkout; a workspace that is no checkout's top decides nothing", () => {
      const { top } = repository({ 'a.txt': 'a' });
      const inner = repository({ 'b.txt': 'b' }).top;
      git(top, 'clone', '-q', inner, 'nested');
      expect(() => checkRootRepository(join(top, 'nested'), top)).toThrow(
        `the root ${join(top, 'nested')} is in the git repository`,
      );
      // actions/checkout with path: the workspace is no repository, the checkout below it is.
      const workspace = mkdtempSync(join(tmpdir(), 'sg-workspace-'));
      git(workspace, 'clone', '-q', inner, 'repo');
      expect(() => checkRootRepository(join(workspace, 'repo'), workspace)).not.toThrow();
    });
  });

  describe('createGitReader', () => {
    it('reads and lists files at the root of a monorepo folder, under paths relative to that root', () => {
      const { top, commit } = repository({
        '.shipgate/policy.yml': 'version: 1\nextends: advisory\n',
        'services/api/.shipgate/policy.yml': POLICY,
        'services/api/.shipgate/exceptions/a.yml': EXCEPTION,
        'services/web/.shipgate/exceptions/b.yml': EXCEPTION,
      });
      const reader = createGitReader(join(top, 'services/api'), commit);
      expect(reader.read('.shipgate/policy.yml')?.bytes.toString()).toBe(POLICY);
      expect(reader.read('./.shipgate/policy.yml')?.path).toBe('.shipgate/policy.yml');
      expect(reader.list('.shipgate/exceptions/*.yml')).toEqual(['.shipgate/exceptions/a.yml']);
      // The same file as the workspace reader sees it: the comparison of base and head holds.
      const workspace = createWorkspaceReader(join(top, 'services/api'));
      expect(reader.read('.shipgate/policy.yml')?.sha256).toBe(workspace.read('.shipgate/policy.yml')?.sha256);
      // At the top, the top's files.
      expect(createGitReader(top, commit).read('.shipgate/policy.yml')?.bytes.toString()).toContain('advisory');
    });

    it('refuses a path that leaves the root, as the workspace reader does', () => {
      const { top, commit } = repository({ 'shared/base.yml': SHARED, 'services/api/x.yml': POLICY });
      const reader = createGitReader(join(top, 'services/api'), commit);
      expect(() => reader.read('../../shared/base.yml')).toThrow(/outside the root/);
    });

    it('reads a folder name with glob characters literally', () => {
      const { top, commit } = repository({ 'a*/p.yml': POLICY, 'ab/p.yml': SHARED });
      expect(createGitReader(join(top, 'a*'), commit).list('**')).toEqual(['p.yml']);
    });

    it('reads a commit whose file listing is larger than an evidence file may be (a large repository)', () => {
      // 70,000 entries of 240-character names: a listing of about 20 MB, past the 16 MiB evidence cap
      // that git's output buffer had, which made such a pull request exit 70 (ENOBUFS). Built with
      // git's plumbing, one blob under every name, so that the test stays fast.
      const { top } = repository({ '.shipgate/policy.yml': POLICY });
      const blob = git(top, 'hash-object', '-w', '.shipgate/policy.yml');
      const entries: string[] = [];
      for (let i = 0; i < 70_000; i += 1) entries.push(`100644 blob ${blob}\t${String(i).padStart(240, 'f')}.txt`);
      const filler = execFileSync('git', ['mktree'], { cwd: top, input: `${entries.join('\n')}\n` })
        .toString()
        .trim();
      const shipgate = git(top, 'rev-parse', 'HEAD:.shipgate');
      const tree = execFileSync('git', ['mktree'], {
        cwd: top,
        input: `040000 tree ${shipgate}\t.shipgate\n040000 tree ${filler}\tfiller\n`,
      })
        .toString()
        .trim();
      const commit = git(top, 'commit-tree', tree, '-m', 'large');
      const listing = execFileSync('git', ['ls-tree', '-r', commit], { cwd: top, maxBuffer: 1 << 26 });
      expect(listing.length).toBeGreaterThan(16 * 1024 * 1024);
      const reader = createGitReader(top, commit);
      expect(reader.read('.shipgate/policy.yml')?.bytes.toString()).toBe(POLICY);
      expect(reader.list('filler/*.txt')).toHaveLength(70_000);
    });

    it('lists a pattern normalized as read() takes a path: ./ and . segments, doubled slashes', () => {
      const { top, commit } = repository({ '.shipgate/exceptions/a.yml': EXCEPTION, 'r.csv': 'x' });
      const reader = createGitReader(top, commit);
      for (const pattern of [
        './.shipgate/./exceptions/*.yml',
        '.shipgate//exceptions/*.yml',
        '././.shipgate/exceptions/*.yml',
      ])
        expect(reader.list(pattern)).toEqual(['.shipgate/exceptions/a.yml']);
      expect(reader.list('./r.csv')).toEqual(['r.csv']);
    });

    it('refuses a file git cannot read at the commit (a partial clone without its remote) as a trust error naming it, not a crash', () => {
      const { top, commit } = repository({ 'security/register.csv': 'finding_id\n', 'a.yml': EXCEPTION });
      // The blob goes, the tree that lists it stays: what a partial clone whose remote is gone holds.
      const blob = git(top, 'rev-parse', `${commit}:security/register.csv`);
      rmSync(join(top, '.git/objects', blob.slice(0, 2), blob.slice(2)));
      const reader = createGitReader(top, commit);
      expect(reader.list('security/*.csv')).toEqual(['security/register.csv']);
      expect(reader.read('a.yml')?.bytes.toString()).toBe(EXCEPTION);
      expect(() => reader.read('security/register.csv')).toThrow(TrustError);
      expect(() => reader.read('security/register.csv')).toThrow(
        new RegExp(
          `^security/register\\.csv@${commit}: the trusted copy cannot be read from the clone \\(git show: .+\\); fetch the base commit into the clone in full \\(actions/checkout with fetch-depth: 0`,
        ),
      );
    });

    it('refuses a commit git cannot list (its tree is missing) as a trust error naming it', () => {
      const { top, commit } = repository({ 'a.yml': EXCEPTION });
      const tree = git(top, 'rev-parse', `${commit}^{tree}`);
      rmSync(join(top, '.git/objects', tree.slice(0, 2), tree.slice(2)));
      expect(() => createGitReader(top, commit)).toThrow(TrustError);
      expect(() => createGitReader(top, commit)).toThrow(
        new RegExp(
          `^the commit ${commit} cannot be listed in the clone \\(git ls-tree: .+\\), so shipgate cannot read the policy and evidence there; fetch the base commit into the clone in full`,
        ),
      );
    });

    it('refuses an evidence file past the cap as an input error naming it, not a crash', () => {
      // One byte past the cap fills git's buffer exactly; more overflows it (ENOBUFS, which was exit 70).
      const { top } = repository({
        'security/register.csv': 'x'.repeat(16 * 1024 * 1024 + 1),
        'security/manual-assessment.md': 'x'.repeat(17 * 1024 * 1024),
      });
      const reader = createGitReader(top, git(top, 'rev-parse', 'HEAD'));
      expect(() => reader.read('security/register.csv')).toThrow(InputError);
      expect(() => reader.read('security/register.csv')).toThrow(
        /^security\/register\.csv@[0-9a-f]{40}: the evidence file is 16777217 bytes \(at most 16777216\)/,
      );
      expect(() => reader.read('security/manual-assessment.md')).toThrow(InputError);
      expect(() => reader.read('security/manual-assessment.md')).toThrow(
        /^security\/manual-assessment\.md@[0-9a-f]{40}: the evidence file is larger than 16777216 bytes/,
      );
    });
  });

  describe('createRemoteReader', () => {
    it('fetches under the prefix and returns paths relative to the root', async () => {
      const ref = 'b'.repeat(40);
      const remote = fakeRemote(ref, {
        '.shipgate/policy.yml': 'version: 1\nextends: advisory\n',
        'services/api/.shipgate/policy.yml': POLICY,
        'services/api/.shipgate/exceptions/a.yml': EXCEPTION,
        'services/api/.shipgate/exceptions/old/b.yml': EXCEPTION,
      });
      const reader = createRemoteReader(ref, remote.fetcher, remote.lister, 'services/api/');
      await reader.fetch(['.shipgate/policy.yml'], ['.shipgate/exceptions/*.yml']);
      expect(reader.read('.shipgate/policy.yml')?.bytes.toString()).toBe(POLICY);
      expect(reader.list('.shipgate/exceptions/*.yml')).toEqual(['.shipgate/exceptions/a.yml']);
      expect(remote.requests).toEqual([
        'GET services/api/.shipgate/policy.yml',
        'LIST services/api/.shipgate/exceptions',
        'GET services/api/.shipgate/exceptions/a.yml',
      ]);
    });

    it('fetches and lists a pattern normalized as read() takes a path: ./ and . segments', async () => {
      const ref = 'b'.repeat(40);
      const remote = fakeRemote(ref, { 'services/api/.shipgate/exceptions/a.yml': EXCEPTION });
      const reader = createRemoteReader(ref, remote.fetcher, remote.lister, 'services/api/');
      await reader.fetch([], ['./.shipgate/./exceptions/*.yml']);
      expect(remote.requests).toEqual([
        'LIST services/api/.shipgate/exceptions',
        'GET services/api/.shipgate/exceptions/a.yml',
      ]);
      expect(reader.list('./.shipgate/./exceptions/*.yml')).toEqual(['.shipgate/exceptions/a.yml']);
      expect(reader.list('.shipgate//exceptions/*.yml')).toEqual(['.shipgate/exceptions/a.yml']);
    });

    it('descends into folders for a pattern with more segments after its first glob', async () => {
      const ref = 'b'.repeat(40);
      const remote = fakeRemote(ref, {
        'x/.shipgate/exceptions/a.yml': EXCEPTION,
        'x/.shipgate/exceptions/team/b.yml': EXCEPTION,
        'x/.shipgate/exceptions/team/deep/c.yml': EXCEPTION,
        'x/.shipgate/exceptions/team/notes.txt': 'x',
      });
      const reader = createRemoteReader(ref, remote.fetcher, remote.lister, 'x/');
      await reader.fetch([], ['.shipgate/exceptions/**/*.yml']);
      expect(reader.list('**')).toEqual([
        '.shipgate/exceptions/a.yml',
        '.shipgate/exceptions/team/b.yml',
        '.shipgate/exceptions/team/deep/c.yml',
      ]);
    });

    it(`fails closed when a pattern needs more than ${MAX_REMOTE_FOLDERS} folder listings`, async () => {
      const ref = 'b'.repeat(40);
      const files: Record<string, string> = {};
      for (let i = 0; i <= MAX_REMOTE_FOLDERS; i += 1) files[`e/f${i}/a.yml`] = EXCEPTION;
      const remote = fakeRemote(ref, files);
      const reader = createRemoteReader(ref, remote.fetcher, remote.lister);
      await expect(reader.fetch([], ['e/**/*.yml'])).rejects.toThrow(
        /takes more than 50 folder listings through the contents API; fetch the base commit/,
      );
      const fewer = createRemoteReader(ref, remote.fetcher, remote.lister);
      await fewer.fetch([], ['e/f1/*.yml']);
      expect(fewer.list('**')).toEqual(['e/f1/a.yml']);
    });

    it('fetches each path once and refuses a path that leaves the root', async () => {
      const ref = 'b'.repeat(40);
      const remote = fakeRemote(ref, { 'shared/base.yml': SHARED });
      const reader = createRemoteReader(ref, remote.fetcher, remote.lister, 'services/api/');
      await reader.fetch(['a.yml', './a.yml', 'a.yml']);
      expect(remote.requests).toEqual(['GET services/api/a.yml']);
      await expect(reader.fetch(['../../shared/base.yml'])).rejects.toThrow(/outside the root/);
      expect(() => reader.read('../x.yml')).toThrow(/outside the root/);
    });
  });

  describe('fetchPolicyChain', () => {
    it('fetches every file of the extends chain, resolved as the loader resolves it, and no preset name', async () => {
      const ref = 'c'.repeat(40);
      const remote = fakeRemote(ref, {
        'api/.shipgate/policy.yml': 'version: 1\nextends: ./team.yml\n',
        'api/.shipgate/team.yml': TEAM,
        'api/shared/base.yml': SHARED,
      });
      const reader = createRemoteReader(ref, remote.fetcher, remote.lister, 'api/');
      await fetchPolicyChain(reader, undefined);
      const loaded = loadPolicy(reader);
      expect(loaded.chain.map((c) => c.source)).toEqual([
        '.shipgate/policy.yml',
        '.shipgate/team.yml',
        'shared/base.yml',
        'preset:strict',
        'preset:release',
      ]);
      expect(loaded.policy.exceptions.maxDays).toBe(30);
      expect(remote.requests).toEqual([
        'GET api/.shipgate/policy.yml',
        // Asked on the first pass, before the policy is fetched: where a misnamed policy would be refused.
        'GET api/.shipgate/policy.yaml',
        'GET api/shipgate.yml',
        'GET api/.shipgate/team.yml',
        'GET api/shared/base.yml',
      ]);
    });

    it('asks for nothing when the policy is a preset name', async () => {
      const remote = fakeRemote('r', {});
      const reader = createRemoteReader('r', remote.fetcher, remote.lister);
      await fetchPolicyChain(reader, 'release');
      expect(remote.requests).toEqual([]);
      expect(loadPolicy(reader, 'release').source).toBe('preset:release');
    });

    it('stops at a file missing at the ref, leaving the loader to report it', async () => {
      const remote = fakeRemote('r', { 'p.yml': 'version: 1\nextends: ./gone.yml\n' });
      const reader = createRemoteReader('r', remote.fetcher, remote.lister);
      await fetchPolicyChain(reader, 'p.yml');
      expect(remote.requests).toEqual(['GET p.yml', 'GET gone.yml']);
      expect(() => loadPolicy(reader, 'p.yml')).toThrow(/extends '\.\/gone\.yml': no such preset or file/);
    });

    it("is bounded by the loader's own limit on a chain, and by its loop check", async () => {
      const files: Record<string, string> = {};
      for (let i = 0; i < 20; i += 1) files[`p${i}.yml`] = `version: 1\nextends: ./p${i + 1}.yml\n`;
      const long = fakeRemote('r', files);
      const reader = createRemoteReader('r', long.fetcher, long.lister);
      await fetchPolicyChain(reader, 'p0.yml');
      expect(long.requests.length).toBeLessThanOrEqual(10);
      expect(() => loadPolicy(reader, 'p0.yml')).toThrow(/the extends chain is longer than 8/);

      const loop = fakeRemote('r', {
        'a.yml': 'version: 1\nextends: ./b.yml\n',
        'b.yml': 'version: 1\nextends: ./a.yml\n',
      });
      const looped = createRemoteReader('r', loop.fetcher, loop.lister);
      await fetchPolicyChain(looped, 'a.yml');
      expect(loop.requests).toEqual(['GET a.yml', 'GET b.yml']);
      expect(() => loadPolicy(looped, 'a.yml')).toThrow(/loops back/);
    });
  });

  describe('changedEvidence', () => {
    it('lists what the head adds, edits or deletes, never what it leaves alone', () => {
      const { top, commit } = repository({ 'e/a.yml': 'a', 'e/b.yml': 'b', 'e/c.yml': 'c', 'r.csv': 'x' });
      writeFiles(top, { 'e/a.yml': 'edited', 'e/d.yml': 'new', 'r.csv': 'y' });
      execFileSync('rm', [join(top, 'e/c.yml')]);
      const changed = changedEvidence(createGitReader(top, commit), createWorkspaceReader(top), ['e/*.yml', 'r.csv']);
      expect(changed.map((c) => [c.file, c.reason.split(';')[0]])).toEqual([
        ['e/a.yml', 'changed by the pull request'],
        ['e/c.yml', 'deleted by the pull request'],
        ['e/d.yml', 'added by the pull request'],
        ['r.csv', 'changed by the pull request'],
      ]);
      expect(changed[1]?.reason).toBe(
        `deleted by the pull request; the base version (${commit.slice(0, 12)}) is applied until it is merged.`,
      );
    });

    it('lists a deleted register or exception file once, under its normalized path, whatever the pattern spells', () => {
      const { top, commit } = repository({ 'e/a.yml': 'a', 'r.csv': 'x' });
      rmSync(join(top, 'e/a.yml'));
      rmSync(join(top, 'r.csv'));
      const changed = changedEvidence(createGitReader(top, commit), createWorkspaceReader(top), [
        './e/./*.yml',
        'e/*.yml',
        'security/../r.csv',
        'r.csv',
      ]);
      expect(changed.map((c) => [c.file, c.reason.split(';')[0]])).toEqual([
        ['e/a.yml', 'deleted by the pull request'],
        ['r.csv', 'deleted by the pull request'],
      ]);
    });
  });
});
