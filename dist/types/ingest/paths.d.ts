/** decodeURIComponent, keeping the text as it is when it is not valid percent-encoding. */
export declare function safeDecode(text: string): string;
/**
 * Returns a relative POSIX path when `raw` lies under `root` (or under the root's real path, when the
 * root was given through a symlink); other absolute paths and URLs are kept (normalized), since they
 * still identify where the tool looked. `.` and `..` segments are resolved before the root is compared.
 */
export declare function normalizePath(root: string, raw: string): string;
