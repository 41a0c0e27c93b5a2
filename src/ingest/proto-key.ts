/**
 * The `__proto__` key, refused in every input, and JSON pointers. Its own module so that both the
 * whole-document reader (json.ts) and the streaming reader (json-stream.ts) use it without a cycle.
 */

/** A `\uXXXX` escape of one of the characters of `__proto__` (`_`, `o`, `p`, `r`, `t`). */
const ESCAPED_PROTO_CHARACTER = /\\u00(?:5[fF]|6[fF]|7[024])/;

/**
 * Whether JSON text may hold a `__proto__` key: spelled out, or with any of its characters escaped
 * (`"\u005f_proto__"` is the same key to JSON.parse). False means it certainly holds none.
 */
export function mayHoldProtoKey(text: string): boolean {
  return text.includes('__proto__') || ESCAPED_PROTO_CHARACTER.test(text);
}

/** The JSON pointer of the first `__proto__` key in a parsed value, below `pointer`; undefined when none. */
export function findProtoKey(value: unknown, pointer = ''): string | undefined {
  const stack: { value: unknown; pointer: string }[] = [{ value, pointer }];
  while (stack.length > 0) {
    const { value: current, pointer: at } = stack.pop() as { value: unknown; pointer: string };
    if (current === null || typeof current !== 'object') continue;
    for (const key of Object.keys(current)) {
      const child = `${at}/${escapePointer(key)}`;
      if (key === '__proto__') return child;
      stack.push({ value: (current as Record<string, unknown>)[key], pointer: child });
    }
  }
  return undefined;
}

/** Escapes one JSON pointer reference token (RFC 6901). */
export function escapePointer(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
