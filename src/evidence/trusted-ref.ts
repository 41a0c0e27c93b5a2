/**
 * Reading evidence from a trusted commit (DESIGN 7): on pull requests, policy and exception files come
 * from the base commit, so a pull request cannot approve itself by editing them. `git show <ref>:<path>`
 * first; when the commit is not in the clone (a shallow checkout), a fetcher the Action supplies
 * (the contents API).
 */
import { execFileSync } from 'node:child_process';
import { InputError } from '../errors.js';
import { matchGlob } from '../glob.js';
import { MAX_EVIDENCE_BYTES, sha256, type EvidenceFile, type EvidenceReader } from './source.js';

/** Fetches one file at a ref from elsewhere (the GitHub contents API); undefined when it does not exist there. */
export type RemoteFetcher = (path: string, ref: string) => Promise<Buffer | undefined>;

/** Lists files under a folder at a ref from elsewhere. */
export type RemoteLister = (folder: string, ref: string) => Promise<string[]>;

function git(root: string, args: string[]): Buffer {
  return execFileSync('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: MAX_EVIDENCE_BYTES + 1 });
}

/** Whether the commit is present in the clone at `root`. */
export function hasCommit(root: string, ref: string): boolean {
  try {
    git(root, ['cat-file', '-e', `${ref}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

function fileFromBytes(path: string, bytes: Buffer, ref: string): EvidenceFile {
  if (bytes.length > MAX_EVIDENCE_BYTES)
    throw new InputError(`${path}@${ref}: the evidence file is ${bytes.length} bytes (at most ${MAX_EVIDENCE_BYTES}).`);
  return { path, bytes, sha256: sha256(bytes), origin: ref };
}

/**
 * A reader over a commit of the local clone. Paths are relative to the repository root (the workspace).
 * Symlinks in the tree are refused as they are in the workspace.
 */
export function createGitReader(root: string, ref: string): EvidenceReader {
  const tree = new Map<string, string>();
  const listing = git(root, ['ls-tree', '-r', '-z', '--full-tree', ref]).toString('utf8');
  for (const entry of listing.split('\0')) {
    const match = /^(\d+) (\w+) [0-9a-f]+\t(.*)$/s.exec(entry);
    if (match?.[3]) tree.set(match[3], match[1] as string);
  }
  return {
    origin: ref,
    read(path: string): EvidenceFile | undefined {
      const clean = path.replace(/^\.\//, '');
      const mode = tree.get(clean);
      if (mode === undefined) return undefined;
      if (mode === '120000')
        throw new InputError(`${clean}@${ref}: the evidence file is a symbolic link; symlinks are refused.`);
      return fileFromBytes(clean, git(root, ['show', `${ref}:${clean}`]), ref);
    },
    list(pattern: string): string[] {
      const clean = pattern.replace(/^\.\//, '');
      return [...tree.keys()].filter((p) => matchGlob(clean, p)).sort();
    },
  };
}

/**
 * A reader that prefetches the files it may need through the remote fetcher, for when the base commit
 * is not in the clone. `paths` are literal paths; `folders` are listed for globs.
 */
export async function createRemoteReader(
  ref: string,
  fetcher: RemoteFetcher,
  lister: RemoteLister,
  paths: readonly string[],
  patterns: readonly string[],
): Promise<EvidenceReader> {
  const files = new Map<string, Buffer>();
  for (const path of paths) {
    const bytes = await fetcher(path, ref);
    if (bytes) files.set(path, bytes);
  }
  for (const pattern of patterns) {
    const clean = pattern.replace(/^\.\//, '');
    const segments = clean.split('/');
    const firstGlob = segments.findIndex((s) => /[*?]/.test(s));
    if (firstGlob === -1) {
      const bytes = files.has(clean) ? undefined : await fetcher(clean, ref);
      if (bytes) files.set(clean, bytes);
      continue;
    }
    for (const path of await lister(segments.slice(0, firstGlob).join('/'), ref))
      if (matchGlob(clean, path) && !files.has(path)) {
        const bytes = await fetcher(path, ref);
        if (bytes) files.set(path, bytes);
      }
  }
  return {
    origin: ref,
    read(path: string): EvidenceFile | undefined {
      const bytes = files.get(path.replace(/^\.\//, ''));
      return bytes ? fileFromBytes(path.replace(/^\.\//, ''), bytes, ref) : undefined;
    },
    list(pattern: string): string[] {
      return [...files.keys()].filter((p) => matchGlob(pattern.replace(/^\.\//, ''), p)).sort();
    },
  };
}

/** Evidence files the pull request adds or changes compared with the trusted reader. */
export function changedEvidence(
  trusted: EvidenceReader,
  head: EvidenceReader,
  patterns: readonly string[],
): { file: string; reason: string }[] {
  const changed: { file: string; reason: string }[] = [];
  const seen = new Set<string>();
  for (const pattern of patterns)
    for (const path of head.list(pattern)) {
      if (seen.has(path)) continue;
      seen.add(path);
      const base = trusted.read(path);
      const current = head.read(path);
      if (!current) continue;
      if (!base)
        changed.push({
          file: path,
          reason: `added by the pull request; it is not applied until it is merged and reviewed (base ${trusted.origin.slice(0, 12)}).`,
        });
      else if (base.sha256 !== current.sha256)
        changed.push({
          file: path,
          reason: `changed by the pull request; the base version (${trusted.origin.slice(0, 12)}) is applied instead.`,
        });
    }
  return changed;
}
