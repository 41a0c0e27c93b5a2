/** Writing evidence files (init, waive) as the readers will read them: inside the root, never through a link. */
import { randomUUID } from 'node:crypto';
import {
  closeSync,
  constants,
  fchmodSync,
  fsyncSync,
  lstatSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError, OutputError } from '../errors.js';
import { escapeThroughLink } from '../ingest/read.js';
import { makeFolders } from '../report/write.js';

/** What is at a path that a command means to write: nothing yet, or a regular file to keep. */
export type WriteTarget = 'absent' | 'file';

/**
 * Checks that `relPath` (relative POSIX, inside `root`) can be written as the readers will read it: no
 * symbolic link at the path, no folder on the way that is a file or a symbolic link leading outside the
 * root (the readers refuse both), and no folder at the path. Throws an InputError naming the path.
 */
export function inspectWriteTarget(root: string, relPath: string): WriteTarget {
  const parts = relPath.split('/');
  let existing = root;
  for (let k = 1; k < parts.length; k++) {
    const folder = parts.slice(0, k).join('/');
    let stat;
    try {
      stat = lstatSync(join(root, folder));
    } catch {
      break;
    }
    let isFolder = stat.isDirectory();
    if (stat.isSymbolicLink())
      try {
        isFolder = statSync(join(root, folder)).isDirectory();
      } catch {
        throw new InputError(`${relPath}: the folder ${folder} is a symbolic link to nothing (a dangling link).`);
      }
    if (!isFolder)
      throw new InputError(
        `${relPath}: ${folder} is a file, not a folder; move it away (evidence files go in the folder ${folder}/).`,
      );
    existing = join(root, folder);
  }
  // The deepest folder that exists: where it really is decides whether a new file lands inside the root.
  const escape = escapeThroughLink(root, join(existing, '.probe'));
  if (escape)
    throw new InputError(
      `${relPath}: the folder ${escape.folder} is a symbolic link to ${escape.realFolder}, outside the root ${root}; evidence must be inside the workspace.`,
    );
  let stat;
  try {
    stat = lstatSync(resolve(root, relPath));
  } catch {
    return 'absent';
  }
  if (stat.isSymbolicLink())
    throw new InputError(
      `${relPath}: the path is a symbolic link; evidence files must be regular files inside the workspace (replace the link with the file).`,
    );
  if (!stat.isFile()) throw new InputError(`${relPath}: the path is a folder or another non-regular file, not a file.`);
  return 'file';
}

/** Writes every byte: a short write (a full disk, a file size limit) goes on until the system refuses. */
function writeAll(fd: number, bytes: Buffer): void {
  for (let offset = 0; offset < bytes.length;) {
    const written = writeSync(fd, bytes, offset, bytes.length - offset);
    if (written <= 0)
      throw new Error(`the system wrote none of the last ${bytes.length - offset} of ${bytes.length} bytes`);
    offset += written;
  }
}

/**
 * Writes `content` to a path `inspectWriteTarget` approved, never through a symbolic link and never in
 * part: the bytes go to a temporary file in the same folder, which is synced and renamed into place. A
 * failure (a full disk, a short write, no permission) removes the temporary file and leaves the path as
 * it was (an existing file untouched, a new one not created): an OutputError naming the path.
 */
export function writeTargetFile(root: string, relPath: string, content: string, target: WriteTarget): void {
  const abs = resolve(root, relPath);
  const temporary = join(dirname(abs), `.${basename(abs)}.${randomUUID()}.tmp`);
  let created = false;
  try {
    if (target === 'absent') makeFolders(dirname(abs));
    // The file it replaces keeps its permissions.
    const mode = target === 'file' ? lstatSync(abs).mode & 0o7777 : 0o644;
    const fd = openSync(
      temporary,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
      mode,
    );
    created = true;
    try {
      if (target === 'file') fchmodSync(fd, mode);
      writeAll(fd, Buffer.from(content, 'utf8'));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // A new file never replaces one that appeared after the path was checked.
    if (target === 'absent' && existsPath(abs))
      throw new OutputError(
        `${relPath}: a file appeared at the path after it was checked; it was kept, and nothing was written over it`,
      );
    renameSync(temporary, abs);
    created = false;
  } catch (error) {
    let leftover = '';
    if (created)
      try {
        rmSync(temporary, { force: true });
      } catch (removal) {
        leftover = `; the temporary file ${temporary} could not be removed (${(removal as Error).message}): delete it`;
      }
    throw new OutputError(
      error instanceof OutputError
        ? `${error.message}${leftover}.`
        : `${relPath}: the file cannot be written: ${(error as Error).message}; ${target === 'file' ? 'the file was left as it was' : 'it was not created'}${leftover}.`,
    );
  }
}

function existsPath(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
