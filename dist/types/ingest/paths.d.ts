/** decodeURIComponent, keeping the text as it is when it is not valid percent-encoding. */
export declare function safeDecode(text: string): string;
/**
 * Runs `fn` with each alias standing for `root` too: an absolute path under an alias is made relative as
 * one under the root. `verify` evaluates the attested reports again in the folder it is given, and the
 * reports name their files under the folder the certificate was evaluated in (a CI runner's checkout),
 * which paths were made relative to then.
 */
export declare function withRootAlias<T>(root: string, alias: readonly string[], fn: () => Promise<T>): Promise<T>;
/**
 * Returns a relative POSIX path when `raw` lies under `root` (or under the root's real path, when the
 * root was given through a symlink); other absolute paths and URLs are kept (normalized), since they
 * still identify where the tool looked. `.` and `..` segments are resolved before the root is compared.
 *
 * `raw` is a path as the tool wrote it on the file system: only a `file:` URI is percent-decoded. A
 * native report's `src/a%41pp.py` names a file of that name, not `src/aApp.py` (see normalizeUri).
 */
export declare function normalizePath(root: string, raw: string): string;
/**
 * normalizePath for a URI reference (a SARIF `artifactLocation.uri`, RFC 3986), which is percent-encoded:
 * `src/my%20app.ts` is `src/my app.ts`.
 */
export declare function normalizeUri(root: string, uri: string): string;
