/** Writing evidence files (init, waive) as the readers will read them: inside the root, never through a link. */
import { closeSync, constants, lstatSync, mkdirSync, openSync, statSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { InputError, OutputError } from '../errors.js';
import { escapeThroughLink } from '../ingest/read.js';

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

/**
 * Writes `content` to a path `inspectWriteTarget` approved, never through a symbolic link: a new file
 * is created exclusively, an existing one is replaced in place. A failure to write is an OutputError.
 */
export function writeTargetFile(root: string, relPath: string, content: string, target: WriteTarget): void {
  const abs = resolve(root, relPath);
  const flags =
    constants.O_WRONLY |
    constants.O_NOFOLLOW |
    (target === 'absent' ? constants.O_CREAT | constants.O_EXCL : constants.O_TRUNC);
  try {
    if (target === 'absent') mkdirSync(dirname(abs), { recursive: true });
    const fd = openSync(abs, flags, 0o644);
    try {
      writeSync(fd, content);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new OutputError(`${relPath}: the file cannot be written: ${(error as Error).message}.`);
  }
}
