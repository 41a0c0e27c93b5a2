/**
 * The one way evidence files (policy, exception files, register, assessment) are read: bytes plus
 * where they came from. The Action swaps in a reader for the trusted base commit without the gates
 * noticing.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import { isGlob } from '../glob.js';
import { escapeThroughLink, relativeToRoot, resolveInputPaths } from '../ingest/read.js';

/** Largest evidence file accepted: 16 MiB. */
export const MAX_EVIDENCE_BYTES = 16 * 1024 * 1024;

/** An evidence file's bytes and provenance. */
export interface EvidenceFile {
  /** Path relative to the root (POSIX). */
  path: string;
  bytes: Buffer;
  sha256: string;
  /** `workspace`, or `<ref>` when read from a trusted commit. */
  origin: string;
}

/** Reads evidence files. */
export interface EvidenceReader {
  /** The file, or undefined when it does not exist. Throws InputError for a symlink, directory or oversized file. */
  read(path: string): EvidenceFile | undefined;
  /** Relative paths matching a glob (or the literal path when it exists). */
  list(pattern: string): string[];
  /** Describes where files come from, for outputs. */
  readonly origin: string;
}

/** Reads evidence from the working tree under `root`. */
export function createWorkspaceReader(root: string): EvidenceReader {
  return {
    origin: 'workspace',
    read(path: string): EvidenceFile | undefined {
      const rel = relativeToRoot(root, path);
      if (rel === undefined || rel === '')
        throw new InputError(
          `${path}: the evidence file is outside the root ${root}; evidence must be inside the workspace.`,
        );
      const abs = resolve(root, rel);
      let stat;
      try {
        stat = lstatSync(abs);
      } catch {
        return undefined;
      }
      if (stat.isSymbolicLink())
        throw new InputError(`${rel}: the evidence file is a symbolic link; symlinks are refused.`);
      const escape = escapeThroughLink(root, abs);
      if (escape)
        throw new InputError(
          `${rel}: the folder ${escape.folder} is a symbolic link to ${escape.realFolder}, outside the root ${root}; evidence must be inside the workspace.`,
        );
      if (!stat.isFile()) throw new InputError(`${rel}: the evidence path is not a regular file.`);
      const fd = openSync(abs, constants.O_RDONLY | constants.O_NOFOLLOW);
      try {
        const size = fstatSync(fd).size;
        if (size > MAX_EVIDENCE_BYTES)
          throw new InputError(`${rel}: the evidence file is ${size} bytes (at most ${MAX_EVIDENCE_BYTES}).`);
        const bytes = Buffer.alloc(size);
        let offset = 0;
        while (offset < size) {
          const n = readSync(fd, bytes, offset, size - offset, offset);
          if (n === 0) break;
          offset += n;
        }
        return {
          path: rel,
          bytes: bytes.subarray(0, offset),
          sha256: sha256(bytes.subarray(0, offset)),
          origin: 'workspace',
        };
      } finally {
        closeSync(fd);
      }
    },
    list(pattern: string): string[] {
      if (!isGlob(pattern)) return this.read(pattern) ? [relativeToRoot(root, pattern) as string] : [];
      try {
        return resolveInputPaths(root, pattern);
      } catch (error) {
        if (error instanceof InputError && /matched no files/.test(error.message)) return [];
        throw error;
      }
    },
  };
}

export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}
