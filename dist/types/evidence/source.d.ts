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
/**
 * An evidence file's text, decoded strictly: bytes that are not UTF-8 (a register saved as Latin-1 or
 * UTF-16, an owner typed in another encoding) would otherwise become U+FFFD without a word, and the
 * updated register written back would keep the replacement for good. The error names the file, the
 * line and the byte, and what was expected. `kind` names the file in the message ("findings register");
 * `Problem` is the error class (InputError for the register and assessment, ConfigError for the policy
 * and exception files, as their other errors are).
 */
export declare function evidenceText(file: Pick<EvidenceFile, 'path' | 'bytes'>, kind: string, Problem?: new (message: string) => Error): string;
/** Reads evidence files. */
export interface EvidenceReader {
    /**
     * The file, or undefined when it does not exist. Throws InputError for a symlink, directory or oversized
     * file, and for one the system will not let shipgate read (naming the reason, such as EACCES).
     */
    read(path: string): EvidenceFile | undefined;
    /** Relative paths matching a glob (or the literal path when it exists). */
    list(pattern: string): string[];
    /** Describes where files come from, for outputs. */
    readonly origin: string;
}
/** Reads evidence from the working tree under `root`. */
export declare function createWorkspaceReader(root: string): EvidenceReader;
export declare function sha256(bytes: Buffer | string): string;
