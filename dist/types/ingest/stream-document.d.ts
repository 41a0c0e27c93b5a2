import type { IngestContext, Ingestor, StreamedIngestResult, StreamedInput, StreamParseOptions } from './types.js';
/**
 * Builds `parse`, the whole-document path, for such a format: the document (parsed here, or the one
 * detection parsed), the checks the streaming path makes outside the arrays it splits (see
 * `checkStreamedShape`), then the format's reader, which `streamWholeDocument` also calls.
 */
export declare function parseWholeDocument(read: Ingestor['parse'], paths: string[][], expected: string): Ingestor['parse'];
/** Builds `parseStream` for an ingestor from the array paths to split (patterns as json-stream takes them). */
export declare function streamWholeDocument(parse: Ingestor['parse'], paths: string[][]): (input: StreamedInput, context: IngestContext, options?: StreamParseOptions) => Promise<StreamedIngestResult>;
