/**
 * The `__proto__` key, refused in every input, and JSON pointers. Its own module so that both the
 * whole-document reader (json.ts) and the streaming reader (json-stream.ts) use it without a cycle.
 */
/**
 * Whether JSON text may hold a `__proto__` key: spelled out, or with any of its characters escaped
 * (`"\u005f_proto__"` is the same key to JSON.parse). False means it certainly holds none.
 */
export declare function mayHoldProtoKey(text: string): boolean;
/** The JSON pointer of the first `__proto__` key in a parsed value, below `pointer`; undefined when none. */
export declare function findProtoKey(value: unknown, pointer?: string): string | undefined;
/** Escapes one JSON pointer reference token (RFC 6901). */
export declare function escapePointer(token: string): string;
