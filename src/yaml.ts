/**
 * Loading YAML evidence (policy, exception files) strictly: the core schema (dates stay strings),
 * no aliases, no duplicate keys (named, with the place of the first), no
 * `__proto__`/`constructor`/`prototype` keys, bounded depth, and a map from JSON pointer to
 * line:column so every schema error names its place.
 */
import { EVENT_ID, getScalarValue, load, parseEvents, YAMLException, type Event } from 'js-yaml';
import { escapePointer, lineColumnAt } from './ingest/json.js';

export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 64;

/** A loaded YAML document and where each of its nodes sits. */
export interface YamlDocument {
  value: unknown;
  /** "line L, column C" of the node at a JSON pointer (the key, when `key` is set), or of the nearest ancestor. */
  positionOf(pointer: string, key?: boolean): string;
}

/** A YAML problem: the reason and where. */
export class YamlError extends Error {
  constructor(
    readonly reason: string,
    readonly where: string,
  ) {
    super(`${where}: ${reason}`);
  }
}

interface Frame {
  kind: 'map' | 'seq';
  pointer: string;
  index: number;
  key?: string;
  expectingKey: boolean;
}

/** A key as a message quotes it: control characters escaped, at most 80 characters. */
function showKey(key: string): string {
  const escaped = JSON.stringify(key).slice(1, -1);
  return escaped.length > 80 ? `${escaped.slice(0, 77)}...` : escaped;
}

function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof YAMLException) {
      const reason = error.reason.replace(/^aliases exceeded maxAliases \(0\)$/, 'YAML aliases are not allowed');
      const where = error.mark ? `line ${error.mark.line + 1}, column ${error.mark.column + 1}` : 'line 1, column 1';
      throw new YamlError(reason, where);
    }
    throw new YamlError(String((error as Error).message), 'line 1, column 1');
  }
}

/**
 * What loadYaml reads of a text: its value, and the offset of each key and value by JSON pointer.
 * The built-in presets' parts are read at build time (scripts/gen-presets.mjs), so that an evaluation
 * under a preset does not start the YAML parser.
 */
export interface YamlParts {
  value: unknown;
  keys: Map<string, number>;
  values: Map<string, number>;
}

export function loadYaml(text: string): YamlDocument {
  return yamlDocument(text, readYamlParts(text));
}

/** The document of `text` from its parts (see readYamlParts). */
export function yamlDocument(text: string, parts: YamlParts): YamlDocument {
  const { value, keys, values } = parts;
  const at = (offset: number): string => {
    const { line, column } = lineColumnAt(text, offset, true);
    return `line ${line}, column ${column}`;
  };
  return {
    value,
    positionOf(pointer: string, key = false): string {
      let current = pointer;
      for (;;) {
        const offset = (key ? keys.get(current) : undefined) ?? values.get(current) ?? keys.get(current);
        if (offset !== undefined) return at(offset);
        if (current === '') return 'line 1, column 1';
        current = current.slice(0, current.lastIndexOf('/'));
      }
    },
  };
}

/** Reads `text` strictly (see the top of this file); a YamlError names the first problem and its place. */
export function readYamlParts(text: string): YamlParts {
  const values = new Map<string, number>();
  const keys = new Map<string, number>();
  const events: Event[] = guard(() => parseEvents(text, { maxDepth: MAX_DEPTH }));
  const stack: Frame[] = [];
  const at = (offset: number): string => {
    const { line, column } = lineColumnAt(text, offset, true);
    return `line ${line}, column ${column}`;
  };
  /** Pointer of the node that starts now, consuming the parent's slot. Undefined for a mapping key. */
  const nextPointer = (): string | undefined => {
    const top = stack[stack.length - 1];
    if (!top) return '';
    if (top.kind === 'seq') return `${top.pointer}/${top.index++}`;
    if (top.expectingKey) return undefined;
    top.expectingKey = true;
    return `${top.pointer}/${escapePointer(top.key ?? '')}`;
  };
  let documents = 0;
  for (const event of events) {
    if (event.type === EVENT_ID.DOCUMENT) {
      documents += 1;
      continue;
    }
    if (documents > 1) {
      // A second document would read as more keys of the first (a duplicated key), or be dropped.
      const node =
        event.type === EVENT_ID.SCALAR
          ? event.valueStart
          : event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE
            ? event.start
            : -1;
      const from = node >= 0 ? node : text.length;
      const separator = text.lastIndexOf('\n---', from);
      throw new YamlError(
        "the file holds more than one YAML document (expected a single document: remove the '---' that starts a second one)",
        at(separator >= 0 ? separator + 1 : Math.max(0, from)),
      );
    }
    if (event.type === EVENT_ID.POP) {
      stack.pop();
      continue;
    }
    if (event.type === EVENT_ID.ALIAS)
      throw new YamlError('YAML aliases are not allowed', at(Math.max(0, event.anchorStart - 1)));
    const start = event.type === EVENT_ID.SCALAR ? event.valueStart : event.start;
    const pointer = nextPointer();
    if (pointer === undefined) {
      const top = stack[stack.length - 1] as Frame;
      if (event.type !== EVENT_ID.SCALAR) throw new YamlError('complex mapping keys are not allowed', at(start));
      const key = getScalarValue(text, event);
      if (FORBIDDEN_KEYS.has(key)) throw new YamlError(`the key '${key}' is not allowed`, at(start));
      const keyPointer = `${top.pointer}/${escapePointer(key)}`;
      const first = keys.get(keyPointer);
      // Found here rather than by load(), whose message does not name the key.
      if (first !== undefined)
        throw new YamlError(
          `duplicated mapping key '${showKey(key)}': it is already set at ${at(first)}, and a key may appear once in a mapping`,
          at(start),
        );
      top.key = key;
      top.expectingKey = false;
      keys.set(keyPointer, start);
      continue;
    }
    // An empty value (`owner:` and nothing) has no position of its own: its key's position stands in.
    if (start >= 0) values.set(pointer, start);
    if (event.type === EVENT_ID.MAPPING) stack.push({ kind: 'map', pointer, index: 0, expectingKey: true });
    else if (event.type === EVENT_ID.SEQUENCE) stack.push({ kind: 'seq', pointer, index: 0, expectingKey: false });
  }
  // Loaded after the event walk, so aliases and forbidden keys are reported at their own position.
  const value = guard(() => load(text, { maxAliases: 0, maxDepth: MAX_DEPTH }));
  return { value, keys, values };
}
