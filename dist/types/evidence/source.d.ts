/** Largest evidence file accepted: 16 MiB. */
export declare const MAX_EVIDENCE_BYTES: number;
/** An evidence file's bytes and provenance. */
export interface EvidenceFile {
    /** Path relative to the root (POSIX). */
    path: string;
    bytes: Buffer;
    sha256: string;
    /** `workspace`, or `<ref>` when read from a trusted commit. */
    origin: string;
}
/** Reads evidence files. */
export interface EvidenceReader {
    /** The file, or undefined when it does not exist. Throws InputError for a symlink, directory or oversized file. */
    read(path: string): EvidenceFile | undefined;
    /** Relative paths matching a glob (or the literal path when it exists). */
    list(pattern: string): string[];
    /** Describes where files come from, for outputs. */
    readonly origin: string;
}
/** Reads evidence from the working tree under `root`. */
export declare function createWorkspaceReader(root: string): EvidenceReader;
export declare function sha256(bytes: Buffer | string): string;
