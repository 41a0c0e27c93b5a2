/**
 * The one way evidence files (policy, exception files, register, assessment) are read: bytes plus
 * where they came from. The Action swaps in a reader for the trusted base commit without the gates
 * noticing.
 */
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import { isGlob } from '../glob.js';
import { escapeThroughLink, findInvalidUtf8, isMissing, relativeToRoot, resolveInputPaths } from '../ingest/read.js';

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

/**
 * An evidence file's text, decoded strictly: bytes that are not UTF-8 (a register saved as Latin-1 or
 * UTF-16, an owner typed in another encoding) would otherwise become U+FFFD without a word, and the
 * updated register written back would keep the replacement for good. The error names the file, the
 * line and the byte, and what was expected. `kind` names the file in the message ("findings register");
 * `Problem` is the error class (InputError for the register and assessment, ConfigError for the policy
 * and exception files, as their other errors are).
 */
export function evidenceText(
  file: Pick<EvidenceFile, 'path' | 'bytes'>,
  kind: string,
  Problem: new (message: string) => Error = InputError,
): string {
  const { bytes } = file;
  if (isUtf8(bytes)) return bytes.toString('utf8');
  const offset = findInvalidUtf8(bytes);
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (bytes[i] === 0x0a) line += 1;
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  throw new Problem(
    `${file.path}: line ${line} (byte ${offset}): the ${kind} is not valid UTF-8 (byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')}${utf16 ? '; it starts like UTF-16' : ''}; expected UTF-8 text: save it as UTF-8).`,
  );
}

/**
 * The system will not let shipgate open or read an evidence file (no permission, an I/O error): an input
 * error naming the file and the system's reason, which the policy's loader turns into a configuration error.
 */
function unreadableEvidence(rel: string, error: unknown): InputError {
  return new InputError(
    `${rel}: the evidence file cannot be read: ${(error as Error).message} (expected a file shipgate can read; fix its permissions).`,
  );
}

/** Reads evidence files. */
export interface EvidenceReader {
  /**
   * The file, or undefined when it does not exist. Throws InputError for a symlink, directory or oversized
   * file, and for one the system will not let shipgate read (naming the reason, such as EACCES).
   */
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
      } catch (error) {
        // Only a path that is not there is absent: a folder shipgate may not search could hide the file.
        if (isMissing(error)) return undefined;
        throw unreadableEvidence(rel, error);
      }
      if (stat.isSymbolicLink())
        throw new InputError(`${rel}: the evidence file is a symbolic link; symlinks are refused.`);
      const escape = escapeThroughLink(root, abs);
      if (escape)
        throw new InputError(
          `${rel}: the folder ${escape.folder} is a symbolic link to ${escape.realFolder}, outside the root ${root}; evidence must be inside the workspace.`,
        );
      if (!stat.isFile()) throw new InputError(`${rel}: the evidence path is not a regular file.`);
      let fd: number;
      try {
        fd = openSync(abs, constants.O_RDONLY | constants.O_NOFOLLOW);
      } catch (error) {
        throw unreadableEvidence(rel, error);
      }
      try {
        const size = fstatSync(fd).size;
        if (size > MAX_EVIDENCE_BYTES)
          throw new InputError(`${rel}: the evidence file is ${size} bytes (at most ${MAX_EVIDENCE_BYTES}).`);
        const bytes = Buffer.alloc(size);
        let offset = 0;
        while (offset < size) {
          let n: number;
          try {
            n = readSync(fd, bytes, offset, size - offset, offset);
          } catch (error) {
            throw unreadableEvidence(rel, error);
          }
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
