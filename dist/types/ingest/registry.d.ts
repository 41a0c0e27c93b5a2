import type { Ingestor } from './types.js';
export declare const INGESTORS: readonly Ingestor[];
/** Builds a registry; refuses duplicate ids. */
export declare function createRegistry(ingestors: readonly Ingestor[]): readonly Ingestor[];
export declare function findIngestor(id: string, registry?: readonly Ingestor[]): Ingestor | undefined;
