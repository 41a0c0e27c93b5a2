/** Normalizing the paths tools write: file:// URIs, absolute paths under the root, Windows separators. */
import { posix } from 'node:path';

/** decodeURIComponent, keeping the text as it is when it is not valid percent-encoding. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Returns a relative POSIX path when `raw` lies under `root`; other absolute paths and URLs are kept
 * (normalized), since they still identify where the tool looked.
 */
export function normalizePath(root: string, raw: string): string {
  let text = raw.trim();
  if (/^file:/i.test(text)) {
    text = safeDecode(text.replace(/^file:(\/\/[^/]*)?/i, ''));
    if (/^\/[A-Za-z]:\//.test(text)) text = text.slice(1);
  } else if (!/^[a-z][a-z0-9+.-]+:\/\//i.test(text)) {
    text = safeDecode(text);
  } else {
    return text;
  }
  text = text.replace(/\\/g, '/');
  const rootPosix = root.replace(/\\/g, '/').replace(/\/+$/, '');
  if (text.startsWith('/') || /^[A-Za-z]:\//.test(text)) {
    if (rootPosix !== '' && (text === rootPosix || text.startsWith(`${rootPosix}/`)))
      return posix.normalize(text.slice(rootPosix.length + 1) || '.');
    return posix.normalize(text);
  }
  const normalized = posix.normalize(text);
  return normalized === '.' ? '' : normalized.replace(/^\.\//, '');
}
