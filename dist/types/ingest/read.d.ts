import type { InputFile } from './types.js';
/** Default cap on the size of one input file: 256 MiB. */
export declare const DEFAULT_MAX_INPUT_BYTES: number;
/** Inputs above this size are streamed when their format allows. */
export declare const DEFAULT_STREAM_ABOVE_BYTES: number;
/**
 * Whether a path `relative` gives leads out of its base: `..` or `../x`, or absolute (another drive);
 * not a name that merely starts with two dots, such as `..data`.
 */
export declare function leadsOutside(rel: string): boolean;
/** Makes `target` a relative POSIX path under `root`, or returns undefined when it lies outside. */
export declare function relativeToRoot(root: string, target: string): string | undefined;
/** Where `path` really is: links resolved up to its nearest folder that exists, the rest as written. */
export declare function realPathSoFar(path: string): string;
/**
 * The output folder as input globs skip it: its path relative to the root as written and where it
 * really is (a linked folder, or a root named through a link, spells one folder two ways); '' when it
 * is the root itself. Empty when it lies outside the root.
 */
export declare function outputFolderInRoot(root: string, outDir: string): string[];
/**
 * Whether the file `rel` (relative to the root) lies in the output folder `outDir`, or a folder below
 * it, where both really are: a folder linked to the output folder (`linked -> .artifacts/review-security`)
 * holds its files under a name that does not start with the folder's, which a comparison of the paths
 * as written misses. The file's folder is resolved through its links up to the nearest folder that
 * exists, so a file not written yet (waive's target) is placed as the one it would be.
 */
export declare function inOutputFolder(root: string, outDir: string, rel: string): boolean;
/**
 * When a folder on the way to a file under the root is a symbolic link that leads outside the root:
 * that folder and where it really is, for the message; undefined when the file's folder is inside the
 * root's real path. The file itself is checked with `lstat` by the readers.
 */
export declare function escapeThroughLink(root: string, absPath: string): {
    folder: string;
    realFolder: string;
} | undefined;
/**
 * Whether the walk of `resolveInputPaths` lists `relPath` for the glob `pattern` (normalized, relative):
 * the glob matches it, and no folder on its way is one the walk skips.
 */
export declare function globReaches(pattern: string, relPath: string): boolean;
/**
 * A path or glob as the reader takes it: forward slashes, without `.` segments or repeated slashes
 * (`reports/./*.sarif` and `reports//*.sarif` are `reports/*.sarif`), so that one file matched under two
 * spellings is one input, and a glob's folders compare with the output folder it must not walk into.
 * `..` segments are kept (a glob refuses them; a path is resolved against the root).
 */
export declare function normalizePattern(pattern: string): string;
/** Whether evaluate reads `rel` (relative to the root) through this path or glob. */
export declare function patternReads(root: string, pattern: string, rel: string): boolean;
/**
 * Expands one path or glob to the relative paths of regular files under the root.
 * A literal path that does not exist, a pattern that matches nothing, anything outside
 * the root, a symlink or a directory is an InputError: a gate that saw nothing is not clean.
 * A glob does not descend into the folders of `skip` (relative paths: shipgate's own output
 * folder, whose shipgate.sarif a `**` glob would otherwise read back as a scan), compared where they
 * really are: a glob that starts in a folder linked to one is refused as one that starts there.
 */
export declare function resolveInputPaths(root: string, pattern: string, skip?: readonly string[], 
/** Read `pattern` as a file's path even when it holds glob characters (a report named `a[1].sarif`). */
literal?: boolean): string[];
export interface ReadOptions {
    /** Largest file accepted, in bytes. */
    maxBytes?: number;
}
/** Checks that an input is a non-empty regular file inside the root (not a symlink or directory); returns its size. */
export declare function inspectInputFile(root: string, relPath: string): {
    path: string;
    absPath: string;
    size: number;
};
/**
 * What `validate` checks of an input that exists before the scans: what evaluate refuses before reading
 * it (a symbolic link, a folder linked outside the root on the way, a folder, anything but a regular
 * file), not its content (an empty file may be a report not written yet). A path that is not there passes.
 */
export declare function refuseLinkedInput(root: string, relPath: string): void;
/** Whether a file system error says that the path is not there (rather than that it cannot be read). */
export declare function isMissing(error: unknown): boolean;
/** Why a path cannot serve as the workspace folder, or undefined when it is a folder. */
export type RootProblem = {
    kind: 'missing';
} | {
    kind: 'not-folder';
} | {
    kind: 'unreadable';
    reason: string;
};
/** Whether `root` is a folder: every command that takes a root asks here, and words the answer itself. */
export declare function rootProblem(root: string): RootProblem | undefined;
/** The first `length` bytes of an input, for format detection of a file too large to read whole. */
export declare function readInputHead(root: string, relPath: string, length?: number): Buffer;
/** Reads one input: refuses symlinks, directories, empty and oversized files; hashes the bytes read. */
/**
 * Refuses a file that grew while it was read (a scanner still writing it), as the streaming path
 * refuses it: its first `size` bytes may be a report of their own, with the rest of the findings to
 * come. Looks at the open file again: its size now, and whether a byte follows the ones read.
 */
export declare function refuseGrowth(relPath: string, fd: number, size: number): void;
export declare function readInputFile(root: string, relPath: string, options?: ReadOptions): InputFile;
/** Decodes UTF-8 strictly; invalid bytes are an InputError naming the byte offset. A leading BOM is dropped. */
export declare function decodeUtf8(input: Pick<InputFile, 'path' | 'bytes'>): string;
/** Offset of the first byte that does not start or continue a valid UTF-8 sequence (the length when none). */
export declare function findInvalidUtf8(bytes: Buffer): number;
