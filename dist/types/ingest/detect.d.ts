import type { DetectSample, Ingestor, InputFile } from './types.js';
/** What detection found: the ingestor, and the parsed document when the input was one JSON text. */
export interface DetectedFormat {
    ingestor: Ingestor;
    document?: unknown;
}
/** Builds the detector's view of an input: its head as text and, when it is one JSON text, the document. */
export declare function sampleInput(input: InputFile): {
    sample: DetectSample;
    parseError?: string;
};
/**
 * Picks the ingestor: the declared format when given; otherwise exactly one 'certain' answer, or with
 * none certain exactly one 'possible'. Anything else is an InputError listing the candidates.
 */
export declare function chooseIngestor(sample: DetectSample, declared: string | undefined, parseError: string | undefined, registry?: readonly Ingestor[]): Ingestor;
/** Detects the format of an input read whole; returns the parsed document too when it is one JSON text. */
export declare function detectFormat(input: InputFile, declared?: string, registry?: readonly Ingestor[]): DetectedFormat;
/** Detects the format of an input too large to read whole, from its first bytes. */
export declare function detectFormatFromHead(path: string, head: Buffer, declared?: string, registry?: readonly Ingestor[]): Ingestor;
/**
 * For a report streamed in a format told from its first bytes: the detection a report read whole gets,
 * made on the document the stream put back together. Throws what that detection throws (ambiguous, not
 * recognized), or an InputError when it picks another format than the first bytes did.
 */
export declare function confirmStreamedFormat(path: string, head: Buffer, document: unknown, fromHead: Ingestor, registry?: readonly Ingestor[]): void;
