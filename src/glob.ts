/**
 * Bounded glob matching over relative POSIX paths. Supports `*`, `?`, `**` and
 * character-free literal segments; no braces, no character classes, no user regex,
 * so a pattern cannot blow up (matching is O(pattern * path) with memoization).
 */

export const MAX_PATTERN_LENGTH = 512;

/** Why a pattern is refused, or undefined when it is acceptable. */
export function checkGlobPattern(pattern: string): string | undefined {
  if (pattern.length === 0) return 'the pattern is empty';
  if (pattern.length > MAX_PATTERN_LENGTH)
    return `the pattern is ${pattern.length} characters long (at most ${MAX_PATTERN_LENGTH})`;
  if (/[{}[\]]/.test(pattern)) return 'braces and character classes are not supported (use *, ** and ?)';
  if (pattern.includes('\0')) return 'the pattern contains a NUL character';
  return undefined;
}

export function isGlob(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

/** Matches a whole path against a glob; `**` spans any number of segments, `*` and `?` stay within one. */
export function matchGlob(pattern: string, path: string): boolean {
  const patternSegments = pattern.split('/').filter((s, i, all) => s !== '' || i === all.length - 1);
  const pathSegments = path.split('/');
  const memo = new Map<string, boolean>();
  const walk = (pi: number, si: number): boolean => {
    const key = `${pi},${si}`;
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    let result: boolean;
    if (pi === patternSegments.length) result = si === pathSegments.length;
    else if (patternSegments[pi] === '**') result = walk(pi + 1, si) || (si < pathSegments.length && walk(pi, si + 1));
    else
      result =
        si < pathSegments.length &&
        matchSegment(patternSegments[pi] ?? '', pathSegments[si] ?? '') &&
        walk(pi + 1, si + 1);
    memo.set(key, result);
    return result;
  };
  return walk(0, 0);
}

function matchSegment(pattern: string, text: string): boolean {
  // Iterative wildcard match with single backtrack point: linear in practice, never exponential.
  let p = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    const c = pattern[p];
    if (c === '?' || (c !== undefined && c !== '*' && c === text[t])) {
      p += 1;
      t += 1;
    } else if (c === '*') {
      star = p;
      mark = t;
      p += 1;
    } else if (star !== -1) {
      p = star + 1;
      mark += 1;
      t = mark;
    } else return false;
  }
  while (pattern[p] === '*') p += 1;
  return p === pattern.length;
}
