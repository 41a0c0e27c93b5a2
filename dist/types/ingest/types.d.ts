/** The contract every format ingestor implements (STYLE: one file per format in src/ingest/). */
import type { Logger } from '../logger.js';
import type { RawFinding, ScanType, ToolRun } from '../model.js';
/** One input file, read once, bounded and hashed. */
export interface InputFile {
    /** Path relative to the root, POSIX separators: the name every message uses. */
    path: string;
    /** Absolute path on disk. */
    absPath: string;
    /** Size in bytes. */
    size: number;
    /** sha256 (hex) of exactly the bytes parsed. */
    sha256: string;
    /** The bytes. */
    bytes: Buffer;
}
/** An input too large to read whole: it is streamed from disk, and hashed while it is read. */
export interface StreamedInput {
    /** Path relative to the root, POSIX separators. */
    path: string;
    /** Absolute path on disk. */
    absPath: string;
    /** Size in bytes when it was opened. */
    size: number;
}
/** What a streaming parse returns: the result, plus the digest of exactly the bytes it read. */
export interface StreamedIngestResult extends IngestResult {
    sha256: string;
    /** Bytes read (the file may not change while it is read). */
    bytes: number;
}
/** How sure a detector is that an input is its format. */
export declare const DETECTIONS: readonly ["certain", "possible", "no"];
export type Detection = (typeof DETECTIONS)[number];
/** What a detector sees: the path, the first bytes as text, and the parsed document when there is one. */
export interface DetectSample {
    path: string;
    /** The first bytes of the file (at most 64 KiB), decoded as UTF-8. */
    head: string;
    /** The whole parsed JSON document, when the input is a single JSON text that parsed. */
    document?: unknown;
}
/** What an ingestor needs besides the input. */
export interface IngestContext {
    /** Absolute workspace root; locations are made relative to it. */
    root: string;
    logger: Logger;
    /** Scan type declared for this input in the policy; overrides the tool table. */
    scanType?: ScanType;
    /** The parsed document when the caller already parsed the input (detection needs it anyway). */
    document?: unknown;
}
/** What an ingestor returns. */
export interface IngestResult {
    findings: RawFinding[];
    /** One entry per tool run in the input (a SARIF log may hold several). */
    runs: ToolRun[];
    /** Problems that do not stop evaluation, each naming the file and place. */
    warnings: string[];
}
/** A format ingestor. */
export interface Ingestor {
    /** Format id; equals the file name in src/ingest/. */
    id: string;
    /** Human name of the format. */
    title: string;
    /** How the format is recognized, for `shipgate formats`. */
    detection: string;
    /** Scan types this format produces. */
    scanTypes: readonly ScanType[];
    /** Pure, cheap, never throws. */
    detect(sample: DetectSample): Detection;
    /** Throws InputError naming the file and JSON pointer when the input is malformed. */
    parse(input: InputFile, context: IngestContext): Promise<IngestResult>;
    /**
     * Reads a large input in bounded memory (formats whose reports grow large). Same findings as
     * `parse` on the same bytes; a differential test holds them to it.
     */
    parseStream?(input: StreamedInput, context: IngestContext, options?: StreamParseOptions): Promise<StreamedIngestResult>;
}
/** Limits and hooks of a streaming parse. */
export interface StreamParseOptions {
    /** Largest single result accepted, in bytes. */
    maxElementBytes?: number;
    /** Called as bytes are read, for a progress line on a terminal. */
    onProgress?: (bytesRead: number, results: number) => void;
    /** Read in this many bytes at a time (tests use small chunks). */
    chunkSize?: number;
    /**
     * Called with the whole document, once it is put back together, before the format's reader runs: for
     * a format chosen from the first bytes, the check that detection from the whole document agrees. Only
     * formats read as one document (Trivy, Grype, Semgrep) have one to give.
     */
    confirmFormat?: (document: unknown) => void;
}
