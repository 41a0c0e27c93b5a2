/** Resolving input paths and globs inside the root, and reading each file once: bounded, hashed. */
import { createHash } from 'node:crypto';
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { isAscii, isUtf8 } from 'node:buffer';
import { InputError } from '../errors.js';
import { checkGlobPattern, isGlob, matchGlob } from '../glob.js';
import type { InputFile } from './types.js';

/** Default cap on the size of one input file: 256 MiB. */
export const DEFAULT_MAX_INPUT_BYTES = 256 * 1024 * 1024;

/** Inputs above this size are streamed when their format allows. */
export const DEFAULT_STREAM_ABOVE_BYTES = 16 * 1024 * 1024;

/** Folders a glob never descends into unless the pattern names them literally. */
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);

/**
 * Whether a path `relative` gives leads out of its base: `..` or `../x`, or absolute (another drive);
 * not a name that merely starts with two dots, such as `..data`.
 */
export function leadsOutside(rel: string): boolean {
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}

/** Makes `target` a relative POSIX path under `root`, or returns undefined when it lies outside. */
export function relativeToRoot(root: string, target: string): string | undefined {
  const rel = relative(root, resolve(root, target));
  if (rel === '' || leadsOutside(rel)) return rel === '' ? '' : undefined;
  return rel.split(sep).join('/');
}

/** Where `path` really is: links resolved up to its nearest folder that exists, the rest as written. */
export function realPathSoFar(path: string): string {
  const rest: string[] = [];
  for (let at = resolve(path); ; at = dirname(at)) {
    try {
      return join(realpathSync(at), ...rest.reverse());
    } catch {
      if (dirname(at) === at) return resolve(path);
      rest.push(basename(at));
    }
  }
}

/**
 * The output folder as input globs skip it: its path relative to the root as written and where it
 * really is (a linked folder, or a root named through a link, spells one folder two ways); '' when it
 * is the root itself. Empty when it lies outside the root.
 */
export function outputFolderInRoot(root: string, outDir: string): string[] {
  const places = new Set<string>();
  const written = relativeToRoot(root, outDir);
  if (written !== undefined) places.add(written);
  const real = relativeToRoot(realPathSoFar(root), realPathSoFar(resolve(root, outDir)));
  if (real !== undefined) places.add(real);
  return [...places];
}

/** Whether `path` is `folder` or lies below it (both absolute). */
function isWithin(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || !leadsOutside(rel);
}

/**
 * Where the output folder really is when it lies inside the root where the root really is (not the root
 * itself, which is refused on its own); undefined otherwise. A folder outside the root holds no file
 * the readers accept (they refuse a folder linked outside the root).
 */
function realOutputFolder(root: string, outDir: string): string | undefined {
  const real = realPathSoFar(resolve(root, outDir));
  const placed = relative(realPathSoFar(root), real);
  return placed === '' || leadsOutside(placed) ? undefined : real;
}

/**
 * Whether the file `rel` (relative to the root) lies in the output folder `outDir`, or a folder below
 * it, where both really are: a folder linked to the output folder (`linked -> .artifacts/review-security`)
 * holds its files under a name that does not start with the folder's, which a comparison of the paths
 * as written misses. The file's folder is resolved through its links up to the nearest folder that
 * exists, so a file not written yet (waive's target) is placed as the one it would be.
 */
export function inOutputFolder(root: string, outDir: string, rel: string): boolean {
  const out = realOutputFolder(root, outDir);
  return out !== undefined && isWithin(out, realPathSoFar(dirname(resolve(root, rel))));
}

/**
 * When a folder on the way to a file under the root is a symbolic link that leads outside the root:
 * that folder and where it really is, for the message; undefined when the file's folder is inside the
 * root's real path. The file itself is checked with `lstat` by the readers.
 */
export function escapeThroughLink(root: string, absPath: string): { folder: string; realFolder: string } | undefined {
  let realRoot: string;
  let realFolder: string;
  try {
    realRoot = realpathSync(root);
    realFolder = realpathSync(dirname(absPath));
  } catch {
    // A folder that does not exist: the readers report the missing file.
    return undefined;
  }
  const rel = relative(realRoot, realFolder);
  if (rel === '' || !leadsOutside(rel)) return undefined;
  // The outermost folder below the root that is a link names the cause.
  const parts = (relative(root, dirname(absPath)) || '.').split(sep);
  for (let k = 1; k <= parts.length; k++) {
    const folder = parts.slice(0, k).join('/');
    try {
      if (lstatSync(join(root, folder)).isSymbolicLink())
        return { folder, realFolder: realpathSync(join(root, folder)) };
    } catch {
      break;
    }
  }
  return { folder: parts.join('/'), realFolder };
}

/**
 * Whether the walk of `resolveInputPaths` lists `relPath` for the glob `pattern` (normalized, relative):
 * the glob matches it, and no folder on its way is one the walk skips.
 */
export function globReaches(pattern: string, relPath: string): boolean {
  const skipped = relPath
    .split('/')
    .slice(0, -1)
    .some((folder) => SKIPPED_FOLDERS.has(folder) && !pattern.includes(`${folder}/`));
  return !skipped && matchGlob(pattern, relPath);
}

/**
 * A path or glob as the reader takes it: forward slashes, without `.` segments or repeated slashes
 * (`reports/./*.sarif` and `reports//*.sarif` are `reports/*.sarif`), so that one file matched under two
 * spellings is one input, and a glob's folders compare with the output folder it must not walk into.
 * `..` segments are kept (a glob refuses them; a path is resolved against the root).
 */
export function normalizePattern(pattern: string): string {
  const slashed = pattern.replace(/\\/g, '/');
  const segments = slashed.split('/').filter((segment) => segment !== '' && segment !== '.');
  const path = `${slashed.startsWith('/') ? '/' : ''}${segments.join('/')}`;
  // `.` and `./` name the root folder, which the reader refuses as such (not as an empty path).
  return path === '' && slashed.trim() !== '' && slashed.trim() !== '/' ? '.' : path === '' ? slashed : path;
}

/** Whether evaluate reads `rel` (relative to the root) through this path or glob. */
export function patternReads(root: string, pattern: string, rel: string): boolean {
  const normalized = normalizePattern(pattern);
  if (!isGlob(normalized)) return relativeToRoot(root, normalized) === rel;
  return globReaches(normalized, rel);
}

/**
 * Expands one path or glob to the relative paths of regular files under the root.
 * A literal path that does not exist, a pattern that matches nothing, anything outside
 * the root, a symlink or a directory is an InputError: a gate that saw nothing is not clean.
 * A glob does not descend into the folders of `skip` (relative paths: shipgate's own output
 * folder, whose shipgate.sarif a `**` glob would otherwise read back as a scan), compared where they
 * really are: a glob that starts in a folder linked to one is refused as one that starts there.
 */
export function resolveInputPaths(
  root: string,
  pattern: string,
  skip: readonly string[] = [],
  /** Read `pattern` as a file's path even when it holds glob characters (a report named `a[1].sarif`). */
  literal = false,
): string[] {
  const normalized = normalizePattern(pattern);
  if (literal || !isGlob(normalized)) {
    const rel = relativeToRoot(root, normalized);
    if (normalized.trim() === '')
      throw new InputError(
        `an input path is empty (expected a report's path or a glob inside the root, such as reports/*.sarif; an unset variable after --scan gives this).`,
      );
    if (rel === '')
      throw new InputError(
        `${pattern}: the path is the root folder itself, not a report (expected a report's path or a glob such as reports/*).`,
      );
    if (rel === undefined)
      throw new InputError(
        `${pattern}: the path is outside the root ${root}; inputs must be inside the workspace (paths are relative to the root: set --root, or the Action's root input, to a folder that holds every report).`,
      );
    return [rel];
  }
  const refused = checkGlobPattern(normalized);
  if (refused !== undefined) throw new InputError(`${pattern}: the glob is refused: ${refused}.`);
  if (isAbsolute(normalized) || normalized.split('/').includes('..'))
    throw new InputError(`${pattern}: a glob must be relative to the root and may not contain '..'.`);
  const segments = normalized.split('/');
  const firstGlob = segments.findIndex((s) => isGlob(s));
  const base = segments.slice(0, firstGlob).join('/');
  const found: string[] = [];
  // The skipped folders where they really are, and the glob's fixed folders: a folder linked to the
  // output folder (`linked/*.sarif`, linked -> .artifacts/review-security) names it under another name.
  // Only a folder inside the root counts: one outside holds nothing the readers accept.
  const realRoot = realPathSoFar(root);
  const realSkip = skip
    .map((folder) => realPathSoFar(join(root, folder)))
    .filter((real) => {
      const placed = relative(realRoot, real);
      return placed !== '' && !leadsOutside(placed);
    });
  const realBase = realPathSoFar(join(root, base));
  // A glob whose fixed folders lead into a skipped folder (the output folder) matches nothing there, as a
  // `**` that reaches it from above does: a dry run must not read the last run's outputs as scans.
  const written = skip.some((folder) => base === folder || base.startsWith(`${folder}/`));
  if (written || realSkip.some((folder) => isWithin(folder, realBase)))
    throw new InputError(
      `${pattern}: the glob matched no files under ${root} (it starts in ${base}, shipgate's output folder${written ? '' : ' reached through a symbolic link'}, which globs do not read: outputs are not scans; keep the reports in another folder, or set outputs.dir or --out to a folder of its own).`,
    );
  // Without `**`, a match has exactly as many segments as the glob: deeper folders hold none.
  const maxDepth = normalized.includes('**') ? Number.POSITIVE_INFINITY : segments.length;
  // Each folder's real path is its parent's and its name: the walk never follows a link (a linked
  // folder's entry is no directory), so only the glob's fixed folders can lead through one.
  const walk = (relDir: string, realDir: string): void => {
    let entries;
    try {
      entries = readdirSync(join(root, relDir), { withFileTypes: true });
    } catch (error) {
      // The glob's own folder missing: nothing matches, which the caller reports. Any other folder that
      // cannot be listed may hold reports: skipping it would read a partial set as the whole (fail closed).
      const code = (error as NodeJS.ErrnoException).code;
      if (relDir === base && code === 'ENOENT') return;
      throw new InputError(
        `${pattern}: the folder ${relDir === '' ? '.' : relDir} cannot be read (${code ?? (error as Error).message}), so the reports in it cannot be listed (expected every folder the glob walks to be readable; fix its permissions, or narrow the glob).`,
      );
    }
    for (const entry of entries) {
      const relPath = relDir === '' ? entry.name : `${relDir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (SKIPPED_FOLDERS.has(entry.name) && !normalized.includes(`${entry.name}/`)) continue;
        if (skip.includes(relPath) || realSkip.includes(join(realDir, entry.name))) continue;
        if (relPath.split('/').length >= maxDepth) continue;
        walk(relPath, join(realDir, entry.name));
      } else if (matchGlob(normalized, relPath)) {
        // Symlinks and other non-regular files are kept here so that reading them fails loudly.
        found.push(relPath);
      }
    }
  };
  walk(base, realBase);
  if (found.length === 0) throw new InputError(`${pattern}: the glob matched no files under ${root}.`);
  return found.sort();
}

export interface ReadOptions {
  /** Largest file accepted, in bytes. */
  maxBytes?: number;
}

/** Checks that an input is a non-empty regular file inside the root (not a symlink or directory); returns its size. */
export function inspectInputFile(root: string, relPath: string): { path: string; absPath: string; size: number } {
  const absPath = resolve(root, relPath);
  let stat;
  try {
    stat = lstatSync(absPath);
  } catch (error) {
    // A folder on the way that shipgate may not search is not a missing report: say what stops it.
    if (!isMissing(error)) throw unreadableInput(relPath, error);
    throw new InputError(`${relPath}: the file does not exist (looked in ${absPath}).`);
  }
  refuseLinks(root, relPath, absPath, stat);
  refuseNonFiles(relPath, stat);
  if (stat.size === 0)
    throw new InputError(`${relPath}: the file is empty (0 bytes); an empty report is not a clean scan.`);
  return { path: relPath, absPath, size: stat.size };
}

/** Refuses an input that is a symbolic link, or that lies past a folder linked outside the root. */
function refuseLinks(root: string, relPath: string, absPath: string, stat: { isSymbolicLink(): boolean }): void {
  if (stat.isSymbolicLink())
    throw new InputError(
      `${relPath}: the input is a symbolic link; inputs must be regular files inside the workspace.`,
    );
  const escape = escapeThroughLink(root, absPath);
  if (escape)
    throw new InputError(
      `${relPath}: the folder ${escape.folder} is a symbolic link to ${escape.realFolder}, outside the root ${root}; inputs must be regular files inside the workspace.`,
    );
}

/**
 * What `validate` checks of an input that exists before the scans: what evaluate refuses before reading
 * it (a symbolic link, a folder linked outside the root on the way, a folder, anything but a regular
 * file), not its content (an empty file may be a report not written yet). A path that is not there passes.
 */
export function refuseLinkedInput(root: string, relPath: string): void {
  const absPath = resolve(root, relPath);
  let stat;
  try {
    stat = lstatSync(absPath);
  } catch (error) {
    if (isMissing(error)) return;
    throw unreadableInput(relPath, error);
  }
  refuseLinks(root, relPath, absPath, stat);
  refuseNonFiles(relPath, stat);
}

/** Refuses an input that is a folder, or anything else that is not a regular file. */
function refuseNonFiles(relPath: string, stat: { isDirectory(): boolean; isFile(): boolean }): void {
  if (stat.isDirectory()) throw new InputError(`${relPath}: the input is a directory; give a file or a glob.`);
  if (!stat.isFile()) throw new InputError(`${relPath}: the input is not a regular file.`);
}

/** Whether a file system error says that the path is not there (rather than that it cannot be read). */
export function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** Why a path cannot serve as the workspace folder, or undefined when it is a folder. */
export type RootProblem = { kind: 'missing' } | { kind: 'not-folder' } | { kind: 'unreadable'; reason: string };

/** Whether `root` is a folder: every command that takes a root asks here, and words the answer itself. */
export function rootProblem(root: string): RootProblem | undefined {
  try {
    return statSync(root).isDirectory() ? undefined : { kind: 'not-folder' };
  } catch (error) {
    return isMissing(error) ? { kind: 'missing' } : { kind: 'unreadable', reason: (error as Error).message };
  }
}

/** The input error for a report the system will not let shipgate open or read, with the system's reason. */
function unreadableInput(relPath: string, error: unknown): InputError {
  return new InputError(
    `${relPath}: the file cannot be read: ${(error as Error).message} (expected a report shipgate can read; fix its permissions).`,
  );
}

function openNoFollow(relPath: string, absPath: string): number {
  try {
    return openSync(absPath, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    throw unreadableInput(relPath, error);
  }
}

/** `readSync`, with a failure (an I/O error, a file that turned into a folder) as an input error naming the file. */
function readChunk(
  relPath: string,
  fd: number,
  buffer: Buffer,
  offset: number,
  length: number,
  position: number,
): number {
  try {
    return readSync(fd, buffer, offset, length, position);
  } catch (error) {
    throw unreadableInput(relPath, error);
  }
}

/** The first `length` bytes of an input, for format detection of a file too large to read whole. */
export function readInputHead(root: string, relPath: string, length = 64 * 1024): Buffer {
  const { absPath } = inspectInputFile(root, relPath);
  const fd = openNoFollow(relPath, absPath);
  try {
    const buffer = Buffer.alloc(length);
    const n = readChunk(relPath, fd, buffer, 0, length, 0);
    return buffer.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** Reads one input: refuses symlinks, directories, empty and oversized files; hashes the bytes read. */
/**
 * Refuses a file that grew while it was read (a scanner still writing it), as the streaming path
 * refuses it: its first `size` bytes may be a report of their own, with the rest of the findings to
 * come. Looks at the open file again: its size now, and whether a byte follows the ones read.
 */
export function refuseGrowth(relPath: string, fd: number, size: number): void {
  const after = fstatSync(fd).size;
  const more = readChunk(relPath, fd, Buffer.alloc(1), 0, 1, size);
  if (after !== size || more !== 0)
    throw new InputError(
      `${relPath}: the file changed while it was read (${size} bytes when it was opened, ${Math.max(after, size + more)} or more when it was read; expected a report the scanner has finished writing).`,
    );
}

export function readInputFile(root: string, relPath: string, options: ReadOptions = {}): InputFile {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
  const { absPath } = inspectInputFile(root, relPath);
  const fd = openNoFollow(relPath, absPath);
  try {
    const size = fstatSync(fd).size;
    if (size === 0)
      throw new InputError(`${relPath}: the file is empty (0 bytes); an empty report is not a clean scan.`);
    if (size > maxBytes)
      throw new InputError(
        `${relPath}: the file is ${size} bytes, over the input cap of ${maxBytes} bytes (raise it with --max-input-bytes).`,
      );
    const bytes = Buffer.allocUnsafe(size);
    let offset = 0;
    while (offset < size) {
      const n = readChunk(relPath, fd, bytes, offset, size - offset, offset);
      if (n === 0) break;
      offset += n;
    }
    if (offset !== size)
      throw new InputError(`${relPath}: the file changed while it was read (${offset} of ${size} bytes).`);
    refuseGrowth(relPath, fd, size);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return { path: relPath, absPath, size, sha256, bytes };
  } finally {
    closeSync(fd);
  }
}

/** Decodes UTF-8 strictly; invalid bytes are an InputError naming the byte offset. A leading BOM is dropped. */
export function decodeUtf8(input: Pick<InputFile, 'path' | 'bytes'>): string {
  const { bytes } = input;
  // Most reports are ASCII throughout (and then hold no BOM): copied byte for byte into a one-byte
  // string, about four times faster than decoding, and JSON.parse reads a one-byte string faster too.
  // One character past ASCII anywhere makes the decoded text a two-byte string from end to end.
  if (isAscii(bytes)) return bytes.toString('latin1');
  if (!isUtf8(bytes)) {
    const offset = findInvalidUtf8(bytes);
    throw new InputError(`${input.path}: byte ${offset}: the file is not valid UTF-8 (expected a UTF-8 text report).`);
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return bytes.toString('utf8', start);
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence (the length when none). */
export function findInvalidUtf8(bytes: Buffer): number {
  // Binary search on prefixes would split sequences; a linear scan by sequence length is exact.
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > bytes.length || !isUtf8(bytes.subarray(i, i + len))) return i;
    i += len;
  }
  return bytes.length;
}
