/** Normalizing the paths tools write: file:// URIs, absolute paths under the root, Windows separators. */
import { realpathSync } from 'node:fs';
import { posix } from 'node:path';

/** decodeURIComponent, keeping the text as it is when it is not valid percent-encoding. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A root as a normalized POSIX path without a trailing slash (`''` for the file system root). */
function rootPath(root: string): string {
  const text = root.replace(/\\/g, '/');
  return text === '' ? '' : posix.normalize(text).replace(/\/+$/, '');
}

let lastRoot: string | undefined;
let lastForms: readonly string[] = [];
/** Other folders that stand for a root while it is evaluated (see `withRootAlias`). */
const aliases = new Map<string, string[]>();

/**
 * The spellings of the root an absolute path may start with: the root as given and, when a symlink
 * leads to it, its real path (scanners write real paths), then any alias it has while `withRootAlias`
 * runs. Worked out once per root, not per path.
 */
function rootForms(root: string): readonly string[] {
  if (root === lastRoot) return lastForms;
  const given = rootPath(root);
  let real = given;
  try {
    real = given === '' ? '' : rootPath(realpathSync(root));
  } catch {
    // A root that does not exist (a report read for another machine's paths) compares as given.
  }
  const forms = real === given ? [given] : [given, real];
  for (const alias of aliases.get(root) ?? []) {
    const form = rootPath(alias);
    if (!forms.includes(form)) forms.push(form);
  }
  lastRoot = root;
  lastForms = forms;
  return lastForms;
}

/**
 * Runs `fn` with each alias standing for `root` too: an absolute path under an alias is made relative as
 * one under the root. `verify` evaluates the attested reports again in the folder it is given, and the
 * reports name their files under the folder the certificate was evaluated in (a CI runner's checkout),
 * which paths were made relative to then.
 */
export async function withRootAlias<T>(root: string, alias: readonly string[], fn: () => Promise<T>): Promise<T> {
  const added = alias.filter((a) => rootPath(a) !== rootPath(root));
  if (added.length === 0) return fn();
  const list = aliases.get(root) ?? [];
  list.push(...added);
  aliases.set(root, list);
  lastRoot = undefined;
  try {
    return await fn();
  } finally {
    for (const a of added) list.splice(list.lastIndexOf(a), 1);
    if (list.length === 0) aliases.delete(root);
    lastRoot = undefined;
  }
}

/**
 * Returns a relative POSIX path when `raw` lies under `root` (or under the root's real path, when the
 * root was given through a symlink); other absolute paths and URLs are kept (normalized), since they
 * still identify where the tool looked. `.` and `..` segments are resolved before the root is compared.
 *
 * `raw` is a path as the tool wrote it on the file system: only a `file:` URI is percent-decoded. A
 * native report's `src/a%41pp.py` names a file of that name, not `src/aApp.py` (see normalizeUri).
 */
export function normalizePath(root: string, raw: string): string {
  return normalize(root, raw, false);
}

/**
 * normalizePath for a URI reference (a SARIF `artifactLocation.uri`, RFC 3986), which is percent-encoded:
 * `src/my%20app.ts` is `src/my app.ts`.
 */
export function normalizeUri(root: string, uri: string): string {
  return normalize(root, uri, true);
}

/** A path with its Windows drive letter, if any, in lower case. */
function driveCase(path: string): string {
  return /^[A-Za-z]:\//.test(path) ? `${path.charAt(0).toLowerCase()}${path.slice(1)}` : path;
}

function normalize(root: string, raw: string, uri: boolean): string {
  let text = raw.trim();
  if (/^file:/i.test(text)) {
    text = safeDecode(text.replace(/^file:(\/\/[^/]*)?/i, ''));
    if (/^\/[A-Za-z]:\//.test(text)) text = text.slice(1);
  } else if (/^[a-z][a-z0-9+.-]+:\/\//i.test(text)) {
    return text;
  } else if (uri) {
    text = safeDecode(text);
  }
  text = text.replace(/\\/g, '/');
  if (text.startsWith('/') || /^[A-Za-z]:\//.test(text)) {
    const absolute = posix.normalize(text);
    // Windows drive letters compare whatever their case (`D:\a\r` is `d:\a\r`), as Windows does.
    const compared = driveCase(absolute);
    for (const rootPosix of rootForms(root)) {
      const form = driveCase(rootPosix);
      if (form !== '' && (compared === form || compared.startsWith(`${form}/`)))
        return absolute.slice(rootPosix.length + 1) || '.';
    }
    return absolute;
  }
  const normalized = posix.normalize(text);
  return normalized === '.' ? '' : normalized.replace(/^\.\//, '');
}
