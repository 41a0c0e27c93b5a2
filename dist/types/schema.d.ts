import type { YamlDocument } from './yaml.js';
/** The schemas in schemas/, compiled at build time (scripts/gen-validators.mjs): no schema compilation at start-up. */
export type SchemaName = 'policy' | 'exception';
/**
 * Validates a document; returns one message per problem, each naming the file, line, column and
 * pointer: at most `max`, then a line counting the rest (a file of a hundred thousand bad entries
 * must not build as many messages).
 */
export declare function validateWithSchema(schema: SchemaName, doc: YamlDocument, file: string, max?: number): string[];
