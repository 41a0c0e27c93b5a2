/** JSON Schema validation (ajv standalone code, draft 2020-12) with errors that name the file, line, column and value. */
import type { ErrorObject, ValidateFunction } from 'ajv';
import * as validators from './generated/validators.js';
import type { YamlDocument } from './yaml.js';

/** The schemas in schemas/, compiled at build time (scripts/gen-validators.mjs): no schema compilation at start-up. */
export type SchemaName = 'policy' | 'exception';

const VALIDATORS: Record<SchemaName, ValidateFunction> = { policy: validators.policy, exception: validators.exception };

function valueAt(root: unknown, pointer: string): unknown {
  let current = root;
  for (const token of pointer.split('/').slice(1)) {
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function show(value: unknown): string {
  // JSON has no infinity or NaN (JSON.stringify gives null): shown as YAML writes them.
  if (typeof value === 'number' && !Number.isFinite(value))
    return Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf';
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function describe(error: ErrorObject, document: unknown): { pointer: string; key: boolean; text: string } {
  const pointer = error.instancePath;
  const value = valueAt(document, pointer);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      return { pointer: `${pointer}/${key}`, key: true, text: `unknown key '${key}'` };
    }
    case 'required':
      return { pointer, key: false, text: `the key '${String(params.missingProperty)}' is missing` };
    case 'enum':
      return {
        pointer,
        key: false,
        text: `${show(value)} is not allowed (expected one of ${(params.allowedValues as unknown[]).map(show).join(', ')})`,
      };
    case 'const':
      return { pointer, key: false, text: `${show(value)} is not allowed (expected ${show(params.allowedValue)})` };
    case 'type':
      return { pointer, key: false, text: `${show(value)} is not allowed (expected ${String(params.type)})` };
    case 'pattern':
      if (params.pattern === '\\S')
        return { pointer, key: false, text: `${show(value)} is blank (expected text, not only white space)` };
      return { pointer, key: false, text: `${show(value)} is not allowed: ${error.message ?? 'invalid'}` };
    default:
      return { pointer, key: false, text: `${show(value)} is not allowed: ${error.message ?? 'invalid'}` };
  }
}

/**
 * Validates a document; returns one message per problem, each naming the file, line, column and
 * pointer: at most `max`, then a line counting the rest (a file of a hundred thousand bad entries
 * must not build as many messages).
 */
export function validateWithSchema(schema: SchemaName, doc: YamlDocument, file: string, max = 100): string[] {
  const validate = VALIDATORS[schema];
  if (validate(doc.value)) return [];
  const errors = validate.errors ?? [];
  // anyOf/oneOf produce one error per branch plus a summary; keep the most specific ones.
  const specific = errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf');
  const seen = new Set<string>();
  const messages: string[] = [];
  const chosen = specific.length > 0 ? specific : errors;
  for (const error of chosen) {
    if (messages.length === max) {
      messages.push(`${chosen.length - max} more schema problems omitted (at most ${max} are listed).`);
      break;
    }
    const { pointer, key, text } = describe(error, doc.value);
    const message = `${file}: ${doc.positionOf(pointer, key)}: ${pointer || '/'}: ${text}.`;
    if (!seen.has(message)) {
      seen.add(message);
      messages.push(message);
    }
  }
  return messages;
}
