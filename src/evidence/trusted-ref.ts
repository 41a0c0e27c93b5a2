/**
 * Reading evidence from a trusted commit (DESIGN 7): on pull requests, the policy, exception files,
 * register and assessment come from the base commit, so a pull request cannot approve itself by
 * editing them. `git show <ref>:<path>` first; when the commit is not in the clone (a shallow
 * checkout), a fetcher the Action supplies (the contents API).
 *
 * Every reader here takes paths relative to the root, as the workspace reader does; when the root is
 * a folder of the repository (a monorepo), the files are read at the root's path inside the commit.
 */
import { execFileSync } from 'node:child_process';
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { InputError, TrustError } from '../errors.js';
import { matchGlob } from '../glob.js';
import { loadPolicy, PRESETS } from '../policy/load.js';
import { MAX_EVIDENCE_BYTES, sha256, type EvidenceFile, type EvidenceReader } from './source.js';
import { leadsOutside } from '../ingest/read.js';

/** Fetches one file at a ref from elsewhere (the GitHub contents API); undefined when it does not exist there. */
export type RemoteFetcher = (path: string, ref: string) => Promise<Buffer | undefined>;

/** One entry of a folder listing: a path from the repository's top. */
export interface RemoteEntry {
  path: string;
  type: 'file' | 'dir';
}

/** Lists one folder (not recursively) at a ref from elsewhere; empty when it does not exist there. */
export type RemoteLister = (folder: string, ref: string) => Promise<RemoteEntry[]>;

/**
 * Folders listed for one glob through a remote lister, at most. A pattern such as `**\/*.yml` would
 * otherwise list the whole repository one request per folder.
 */
export const MAX_REMOTE_FOLDERS = 50;

/**
 * An environment for git without the step's inputs and tokens (INPUT_TOKEN, GITHUB_TOKEN, the runtime
 * tokens): git needs none of them, and no command git runs may see them. No prompt either.
 */
export function gitEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const kept: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(env)) if (!/^INPUT_/i.test(key) && !/TOKEN/i.test(key)) kept[key] = value;
  kept.GIT_TERMINAL_PROMPT = '0';
  return kept;
}

/** The environment git runs in: the process's own unless the adapter gave one (useGitEnvironment). */
let childEnvironment: NodeJS.ProcessEnv | undefined;

/** Runs git in `env` less its inputs and tokens (see gitEnvironment): the Action calls it with its own. */
export function useGitEnvironment(env: NodeJS.ProcessEnv): void {
  childEnvironment = gitEnvironment(env);
}

/**
 * git, never in a repository a folder's files make: a bare repository is used only when named
 * (`safe.bareRepository=explicit`, git 2.38 and later; repositoryOf checks on any git), so files a pull
 * request adds to the root (`HEAD`, `config`, `objects/`, `refs/`) are not taken for one, with their
 * replace refs, alternates and commands.
 */
function runGit(cwd: string, args: string[], maxBuffer: number): Buffer {
  // Replace refs off as well: `refs/replace/<blob>` would show another file under the base commit's path.
  const config = ['-c', 'safe.bareRepository=explicit', '-c', 'core.useReplaceRefs=false'];
  return execFileSync('git', [...config, '--literal-pathspecs', ...args], {
    cwd,
    ...(childEnvironment ? { env: childEnvironment } : {}),
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer,
  });
}

/**
 * The repository git found for a folder, checked (see repositoryOf): its git directory, its top, and
 * the folder's path inside it ('' at the top, else `sub/dir/`), all from one git process.
 */
interface Repository {
  gitDir: string;
  top: string;
  prefix: string;
}

const repositories = new Map<string, Repository | Error>();

/** The git directory a work tree's own `.git` names: the folder itself, or the `gitdir:` of a `.git` file. */
function ownGitDir(top: string): string | undefined {
  const dotGit = join(top, '.git');
  const stat = lstatSync(dotGit, { throwIfNoEntry: false });
  if (stat?.isDirectory()) return dotGit;
  if (!stat?.isFile()) return undefined;
  const named = /^gitdir: (.+)$/m.exec(readFileSync(dotGit, 'utf8'));
  return named ? resolve(top, (named[1] as string).trim()) : undefined;
}

/**
 * The repository git answers for at `dir`, once checked to be the one the work tree's own `.git` names.
 * A folder of the checkout cannot hold a `.git` (git refuses such paths), but it can hold the files of
 * a repository: git takes a folder with `HEAD`, `objects/` and `refs/` for a bare repository, and its
 * `config` can give it the checkout as work tree (`core.worktree`), borrow the real objects
 * (`objects/info/alternates`), replace the base commit's files (`refs/replace`) or run a command
 * (a partial clone's `uploadpack`). Such a repository is a TrustError; a folder in no work tree is an
 * Error, as a failing git is. Remembered per folder: no git command runs before the check.
 */
function repositoryOf(dir: string): Repository {
  const key = resolve(dir);
  let known = repositories.get(key);
  if (known === undefined) {
    known = findRepository(key);
    repositories.set(key, known);
  }
  if (known instanceof Error) throw known;
  return known;
}

function findRepository(dir: string): Repository | Error {
  let lines: string[];
  try {
    // One line each, in this order: the git directory, the top, the prefix ('' at the top). git
    // writes paths as they are: a line break in one would shift the lines (the prefix of `a/<LF>b`
    // read as `a/`, another folder's evidence), so any other count of lines is refused.
    lines = runGit(dir, ['rev-parse', '--absolute-git-dir', '--show-toplevel', '--show-prefix'], 1 << 20)
      .toString('utf8')
      .split('\n');
  } catch (error) {
    if (/bare repository/i.test(gitReason(error)))
      return new TrustError(
        `the root ${dir} is in a folder that holds the files of a git repository (git: ${gitReason(error)}): files a pull request adds can make one, which git would read instead of the checkout's, so the trusted commit's evidence cannot be read there; set the root input to a folder of the checked-out repository without such files.`,
      );
    return error as Error;
  }
  if (lines.length !== 4 || lines[3] !== '')
    return new TrustError(
      `the root ${JSON.stringify(dir)} is in a git repository whose paths git gives on ${lines.length - 1} line(s), not 3: a line break in the root's path or the repository's makes git's answer (its git directory, top and the root's folder in it) ambiguous, so the trusted commit's evidence cannot be matched to the root; set the root input to a folder whose path has no line break.`,
    );
  // Not trimmed: a folder's name may end in a space (' x' is not 'x').
  const [gitDir, top, prefix] = lines as [string, string, string, string];
  if (gitDir === '' || top === '') return new Error(`${dir}: not in a git work tree`);
  const own = ownGitDir(top);
  if (own === undefined || realOrResolved(own) !== realOrResolved(gitDir))
    return new TrustError(
      `the root ${dir} is read by git through the repository ${gitDir}, not the one its work tree ${top} holds (${own ?? 'none'}): files a pull request adds to a folder can make a repository of their own, which git would read instead of the checkout's, so the trusted commit's evidence cannot be read there; set the root input to a folder of the checked-out repository without such files.`,
    );
  return { gitDir, top, prefix };
}

/** git in `root`'s repository, checked first (see repositoryOf): a TrustError for a repository made of a folder's files. */
function git(root: string, args: string[], maxBuffer = MAX_EVIDENCE_BYTES + 1): Buffer {
  repositoryOf(root);
  return runGit(root, args, maxBuffer);
}

/** Rethrows a TrustError (a repository made of a folder's files); any other error is git's failure. */
function rethrowTrust(error: unknown): void {
  if (error instanceof TrustError) throw error;
}

/**
 * The listing of a whole tree can be far larger than any evidence file: about 250 bytes a file, so
 * 25 MB for a repository of 100,000 files. The cap only stops a runaway.
 */
const MAX_LISTING_BYTES = 1 << 30;

/** Whether git's output passed the buffer `execFileSync` was given. */
function tooLarge(error: unknown): boolean {
  return (error as { code?: unknown })?.code === 'ENOBUFS';
}

/** Whether the commit is present in the clone at `root`. */
export function hasCommit(root: string, ref: string): boolean {
  try {
    git(root, ['cat-file', '-e', `${ref}^{commit}`]);
    return true;
  } catch (error) {
    rethrowTrust(error);
    return false;
  }
}

/**
 * The root's path inside its git repository: '' at the top, else `sub/dir/` with a trailing slash
 * (`git rev-parse --show-prefix`); undefined when the root is not inside a git work tree.
 */
export function repositoryPrefix(root: string): string | undefined {
  let prefix: string;
  let top: string;
  try {
    // Asked with the repository itself (see findRepository): no git process of its own.
    ({ prefix, top } = repositoryOf(root));
  } catch (error) {
    rethrowTrust(error);
    return undefined;
  }
  // The prefix must lead from the top to the root itself, whatever git's answer looked like.
  if (!samePlace(join(top, prefix), root))
    throw new TrustError(
      `the root ${JSON.stringify(root)} is not the folder ${JSON.stringify(prefix)} of its repository ${JSON.stringify(top)}, as git gave it: the trusted commit's evidence cannot be matched to the root; set the root input to a folder of the repository whose path has no line break.`,
    );
  // git answers for where the root really is. A root reached through a symbolic link inside the
  // repository (a pull request can turn services/api into a link to ..) would read another folder's
  // evidence at the base commit: refused.
  const realTop = realpathSync(top);
  const insideTop = (path: string): boolean => {
    const rel = relative(realTop, realpathSync(path));
    return rel === '' || !leadsOutside(rel);
  };
  for (let at = resolve(root); dirname(at) !== at; at = dirname(at)) {
    // A link that lives in the repository's tree (its folder is inside the top) is the repository's
    // content, which a pull request controls; a link above the top (a workspace path) is not.
    if (lstatSync(at).isSymbolicLink() && insideTop(dirname(at)))
      throw new TrustError(
        `the root ${root} is reached through the symbolic link ${at} (to ${realpathSync(at)}): the base commit's evidence cannot be matched to it; set the root input to the folder itself.`,
      );
    if (realpathSync(at) === realTop && !lstatSync(at).isSymbolicLink()) break;
  }
  return prefix;
}

/** A path's real path, or the path resolved when it has none (it does not exist). */
function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Whether two paths are one folder (their real paths are equal); false when either does not exist. */
function samePlace(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/** What git says of the work tree `dir` is in; undefined when it is not in one (or git cannot tell). */
function workTree(dir: string): { top: string; superproject: string } | undefined {
  try {
    // One line each: the top, then the superproject's top, printed only when `dir` is in a submodule.
    const lines = git(dir, ['rev-parse', '--show-toplevel', '--show-superproject-working-tree'])
      .toString('utf8')
      .split('\n');
    const top = (lines[0] ?? '').trim();
    return top === '' ? undefined : { top, superproject: (lines[1] ?? '').trim() };
  } catch (error) {
    rethrowTrust(error);
    return undefined;
  }
}

/**
 * Refuses a root that is not in the repository whose commit is the trusted one. A root inside a git
 * submodule is in another repository (one a pull request can point anywhere, and a fork of this one
 * holds the base commit too): git would answer for the submodule, its top taken for the repository's,
 * and the base commit's evidence read at the repository's top. With `workspace` (GITHUB_WORKSPACE) the
 * top of a checkout, the root must be in that same work tree (not a clone inside it either). A root in
 * no work tree is left to the caller (a checkout without git).
 */
export function checkRootRepository(root: string, workspace?: string): void {
  const tree = workTree(root);
  if (tree === undefined) return;
  if (tree.superproject !== '')
    throw new TrustError(
      `the root ${root} is in a git submodule (${tree.top}, inside the repository ${tree.superproject}): a submodule is another repository, which a pull request can point anywhere, so the trusted commit's evidence cannot be matched to it; set the root input to a folder of the repository itself.`,
    );
  if (workspace === undefined) return;
  const outer = workTree(workspace);
  if (outer === undefined) return;
  // Only a workspace that is itself a checkout's top says which repository is under test (a workspace
  // inside some other work tree, such as a self-hosted runner's, holds checkouts of their own).
  if (realOrResolved(outer.top) === realOrResolved(workspace) && realOrResolved(tree.top) !== realOrResolved(outer.top))
    throw new TrustError(
      `the root ${root} is in the git repository ${tree.top}, not in the workspace's repository ${outer.top}: the trusted commit's evidence cannot be matched to it; set the root input to a folder of the repository itself.`,
    );
}

/** The last line git wrote to stderr for a failed command, for a message; the error's own text otherwise. */
function gitReason(error: unknown): string {
  const stderr = (error as { stderr?: unknown }).stderr;
  const text = Buffer.isBuffer(stderr) ? stderr.toString('utf8') : typeof stderr === 'string' ? stderr : '';
  const last = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .at(-1);
  return (last ?? (error as Error).message ?? String(error)).slice(0, 300);
}

/** What to do when git cannot read the trusted commit in the clone. */
const FETCH_ADVICE =
  'fetch the base commit into the clone in full (actions/checkout with fetch-depth: 0 and no filter; a partial clone needs the remote it was cloned from to read files it did not download)';

/**
 * A path or glob relative to the root as the readers compare them: forward slashes, no `./` or empty
 * segments (`./.shipgate/./exceptions/*.yml` is `.shipgate/exceptions/*.yml`).
 */
function cleanPattern(pattern: string): string {
  return posix.normalize(pattern.replace(/\\/g, '/'));
}

/** A full commit SHA (SHA-1 or SHA-256): it names the same content in any clone that holds it. */
export const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;

/** The `owner/name` a git remote URL names (https, ssh or scp-like; `.git` dropped), lower-cased. */
export function remoteRepository(url: string): string | undefined {
  const parts = url
    .trim()
    .replace(/\/+$/, '')
    .replace(/\.git$/i, '')
    .split(/[/:]/);
  const [owner, name] = parts.slice(-2);
  return owner && name && parts.length >= 3 ? `${owner}/${name}`.toLowerCase() : undefined;
}

/**
 * Whether the clone's `origin` is the repository under test (`owner/name`, GITHUB_REPOSITORY). A branch
 * name is read from the clone only then: a pull request from a fork checked out with
 * `repository: <the fork>` has the fork as its origin, and the fork's `main` is the author's.
 */
export function originIs(root: string, repository: string): boolean {
  let url: string;
  try {
    url = git(root, ['remote', 'get-url', 'origin']).toString('utf8');
  } catch (error) {
    rethrowTrust(error);
    return false;
  }
  return remoteRepository(url) === repository.toLowerCase();
}

/**
 * The commit a trusted ref names in the clone: a full SHA or a full ref as given; a short name as the
 * remote branch (origin/NAME), else the local branch, never a tag of the same name (a tag named like the
 * base branch, pushed by anyone with write access, would otherwise be read instead); a short SHA as a
 * branch of that name, else the commit.
 */
export function resolveTrustedRef(root: string, ref: string): string | undefined {
  const branches = [`refs/remotes/origin/${ref}`, `refs/heads/${ref}`];
  const candidates =
    /^[0-9a-f]{40}$/i.test(ref) || ref.startsWith('refs/')
      ? [ref]
      : /^[0-9a-f]{7,39}$/i.test(ref)
        ? [...branches, ref]
        : branches;
  for (const candidate of candidates)
    try {
      return git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${candidate}^{commit}`])
        .toString('utf8')
        .trim();
    } catch (error) {
      rethrowTrust(error);
      // The next candidate.
    }
  return undefined;
}

/**
 * A path relative to the root, normalized; paths that leave the root are refused as the workspace
 * reader refuses them, so a trusted copy is never read from outside the root either.
 */
function cleanPath(path: string, ref: string): string {
  const clean = posix.normalize(path.replace(/^\.\//, ''));
  if (clean === '..' || clean.startsWith('../') || posix.isAbsolute(clean) || clean === '.')
    throw new InputError(
      `${path}@${ref}: the evidence file is outside the root; evidence must be inside the workspace.`,
    );
  return clean;
}

function fileFromBytes(path: string, bytes: Buffer, ref: string): EvidenceFile {
  if (bytes.length > MAX_EVIDENCE_BYTES)
    throw new InputError(`${path}@${ref}: the evidence file is ${bytes.length} bytes (at most ${MAX_EVIDENCE_BYTES}).`);
  return { path, bytes, sha256: sha256(bytes), origin: ref };
}

/**
 * A reader over a commit of the local clone. Paths are relative to the root, and read at the root's
 * path inside the repository. Symlinks in the tree are refused as they are in the workspace.
 */
export function createGitReader(root: string, ref: string): EvidenceReader {
  checkRootRepository(root);
  const prefix = repositoryPrefix(root);
  if (prefix === undefined)
    throw new TrustError(`the root ${root} is not inside a git work tree, so the commit ${ref} cannot be read there.`);
  const tree = new Map<string, string>();
  let listing: string;
  try {
    listing = git(
      root,
      ['ls-tree', '-r', '-z', '--full-tree', ref, ...(prefix ? ['--', prefix] : [])],
      MAX_LISTING_BYTES,
    ).toString('utf8');
  } catch (error) {
    rethrowTrust(error);
    if (!tooLarge(error))
      throw new TrustError(
        `the commit ${ref}${prefix ? ` under ${prefix}` : ''} cannot be listed in the clone (git ls-tree: ${gitReason(error)}), so shipgate cannot read the policy and evidence there; ${FETCH_ADVICE}.`,
      );
    throw new TrustError(
      `the file listing of the commit ${ref}${prefix ? ` under ${prefix}` : ''} is larger than ${MAX_LISTING_BYTES} bytes, so shipgate cannot find the evidence files in it; set the root to the folder that holds the policy and evidence.`,
    );
  }
  for (const entry of listing.split('\0')) {
    const match = /^(\d+) (\w+) [0-9a-f]+\t(.*)$/s.exec(entry);
    if (match?.[3]?.startsWith(prefix)) tree.set(match[3].slice(prefix.length), match[1] as string);
  }
  return {
    origin: ref,
    read(path: string): EvidenceFile | undefined {
      const clean = cleanPath(path, ref);
      const mode = tree.get(clean);
      if (mode === undefined) return undefined;
      if (mode === '120000')
        throw new InputError(`${clean}@${ref}: the evidence file is a symbolic link; symlinks are refused.`);
      let bytes: Buffer;
      try {
        bytes = git(root, ['show', `${ref}:${prefix}${clean}`]);
      } catch (error) {
        if (!tooLarge(error))
          throw new TrustError(
            `${clean}@${ref}: the trusted copy cannot be read from the clone (git show: ${gitReason(error)}); ${FETCH_ADVICE}.`,
          );
        throw new InputError(
          `${clean}@${ref}: the evidence file is larger than ${MAX_EVIDENCE_BYTES} bytes (at most ${MAX_EVIDENCE_BYTES}).`,
        );
      }
      return fileFromBytes(clean, bytes, ref);
    },
    list(pattern: string): string[] {
      const clean = cleanPattern(pattern);
      return [...tree.keys()].filter((p) => matchGlob(clean, p)).sort();
    },
  };
}

/** A reader over files fetched from elsewhere; `fetch` adds files, `read` and `list` see what was fetched. */
export interface RemoteReader extends EvidenceReader {
  /** Fetches these literal paths and the files matching these globs (relative to the root), once each. */
  fetch(paths: readonly string[], patterns?: readonly string[]): Promise<void>;
}

/**
 * A reader that fetches the files it may need through the remote fetcher, for when the base commit is
 * not in the clone. `prefix` is the root's path inside the repository (see repositoryPrefix).
 */
export function createRemoteReader(
  ref: string,
  fetcher: RemoteFetcher,
  lister: RemoteLister,
  prefix = '',
): RemoteReader {
  const files = new Map<string, Buffer>();
  const fetched = new Set<string>();
  const fetchOne = async (path: string): Promise<void> => {
    if (fetched.has(path)) return;
    fetched.add(path);
    const bytes = await fetcher(`${prefix}${path}`, ref);
    if (bytes) files.set(path, bytes);
  };
  const underRoot = (entry: RemoteEntry): string | undefined =>
    entry.path.startsWith(prefix) ? entry.path.slice(prefix.length) : undefined;
  const fetchPattern = async (pattern: string): Promise<void> => {
    const clean = cleanPattern(pattern);
    const segments = clean.split('/');
    const firstGlob = segments.findIndex((s) => /[*?]/.test(s));
    if (firstGlob === -1) return fetchOne(cleanPath(clean, ref));
    // Below the first glob segment, any folder may hold a match when more segments follow it.
    const deep = firstGlob < segments.length - 1;
    const queue = [segments.slice(0, firstGlob).join('/')];
    let listed = 0;
    while (queue.length > 0) {
      const folder = queue.shift() as string;
      listed += 1;
      if (listed > MAX_REMOTE_FOLDERS)
        throw new TrustError(
          `${pattern}@${ref}: matching this pattern in the trusted commit takes more than ${MAX_REMOTE_FOLDERS} folder listings through the contents API; fetch the base commit into the clone (actions/checkout with fetch-depth: 0) or narrow the pattern.`,
        );
      const full = `${prefix}${folder}`.replace(/\/$/, '');
      for (const entry of await lister(full, ref)) {
        const path = underRoot(entry);
        if (path === undefined) continue;
        if (entry.type === 'dir') {
          if (deep) queue.push(path);
        } else if (matchGlob(clean, path)) await fetchOne(path);
      }
    }
  };
  return {
    origin: ref,
    async fetch(paths: readonly string[], patterns: readonly string[] = []): Promise<void> {
      for (const path of paths) await fetchOne(cleanPath(path, ref));
      for (const pattern of patterns) await fetchPattern(pattern);
    },
    read(path: string): EvidenceFile | undefined {
      const clean = cleanPath(path, ref);
      const bytes = files.get(clean);
      return bytes ? fileFromBytes(clean, bytes, ref) : undefined;
    },
    list(pattern: string): string[] {
      const clean = cleanPattern(pattern);
      return [...files.keys()].filter((p) => matchGlob(clean, p)).sort();
    },
  };
}

/** Passes of fetchPolicyChain at most: far above the policy loader's bound on an extends chain. */
const MAX_CHAIN_PASSES = 32;

/**
 * Fetches the policy and every file of its `extends` chain into a remote reader. The chain is
 * followed by the policy loader itself: each pass loads the policy from what was fetched so far and
 * fetches the files it missed, so paths resolve exactly as the loader resolves them and the loader's
 * own bound on the chain ends the walk. Preset names are never fetched. Errors (a bad policy, a file
 * missing at the trusted commit) are left to the caller's own load of the policy, which reports them.
 */
export async function fetchPolicyChain(reader: RemoteReader, policy: string | undefined): Promise<void> {
  const tried = new Set<string>();
  // Each pass fetches at least one new file and the loader stops a chain longer than its bound; the
  // pass limit only guards against a loader that would not.
  for (let pass = 0; pass < MAX_CHAIN_PASSES; pass += 1) {
    const missed: string[] = [];
    const recording: EvidenceReader = {
      origin: reader.origin,
      read(path) {
        const file = reader.read(path);
        if (!file && !Object.hasOwn(PRESETS, path) && !tried.has(path)) missed.push(path);
        return file;
      },
      list: (pattern) => reader.list(pattern),
    };
    try {
      loadPolicy(recording, policy);
    } catch {
      // Reported by the caller's load once nothing more can be fetched.
    }
    if (missed.length === 0) return;
    for (const path of missed) tried.add(path);
    await reader.fetch(missed);
  }
}

/**
 * Evidence files the pull request adds, changes or deletes compared with the trusted reader: what the
 * head holds that is not applied, and what the trusted reader still applies that the head no longer holds.
 */
export function changedEvidence(
  trusted: EvidenceReader,
  head: EvidenceReader,
  patterns: readonly string[],
): { file: string; reason: string }[] {
  const changed: { file: string; reason: string }[] = [];
  const seen = new Set<string>();
  const base = trusted.origin.slice(0, 12);
  for (const pattern of patterns) {
    // Both sides: a file the pull request deletes is listed by the trusted reader only.
    const paths = [...new Set([...head.list(pattern), ...trusted.list(pattern)].map(cleanPattern))].sort();
    for (const path of paths) {
      if (seen.has(path)) continue;
      seen.add(path);
      const before = trusted.read(path);
      const current = head.read(path);
      if (!current && before)
        changed.push({
          file: path,
          reason: `deleted by the pull request; the base version (${base}) is applied until it is merged.`,
        });
      else if (current && !before)
        changed.push({
          file: path,
          reason: `added by the pull request; it is not applied until it is merged and reviewed (base ${base}).`,
        });
      else if (current && before && before.sha256 !== current.sha256)
        changed.push({
          file: path,
          reason: `changed by the pull request; the base version (${base}) is applied instead.`,
        });
    }
  }
  return changed;
}
