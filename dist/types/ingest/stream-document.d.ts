import type { IngestContext, Ingestor, StreamedIngestResult, StreamedInput, StreamParseOptions } from './types.js';
/** Builds `parseStream` for an ingestor from the array paths to split (patterns as json-stream takes them). */
export declare function streamWholeDocument(parse: Ingestor['parse'], paths: string[][]): (input: StreamedInput, context: IngestContext, options?: StreamParseOptions) => Promise<StreamedIngestResult>;
