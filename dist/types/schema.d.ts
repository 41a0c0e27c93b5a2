import type { YamlDocument } from './yaml.js';
/** The schemas in schemas/, compiled at build time (scripts/gen-validators.mjs): no schema compilation at start-up. */
export type SchemaName = 'policy' | 'exception';
/** Validates a document; returns one message per problem, each naming the file, line, column and pointer. */
export declare function validateWithSchema(schema: SchemaName, doc: YamlDocument, file: string): string[];
