import { TrustError } from '../errors.js';
import { type RunOptions } from '../run.js';
export interface VerifyOptions {
    /** The certificate JSON, relative to the current directory or absolute. */
    certificate: string;
    /** The workspace the certificate's paths are relative to. */
    root: string;
    /** A PEM public key: the signature must verify with it. */
    key?: string;
    /** The detached signature; default the certificate's path + `.sig`. Needs `key`. */
    signature?: string;
    /**
     * Accept a certificate evaluated under a pinned clock (SHIPGATE_NOW), as a demo or a test writes
     * one (`--allow-pinned-clock`). Without it, such a certificate does not verify.
     */
    allowPinnedClock?: boolean;
    /**
     * The input caps of the evaluation derived again (`evaluate`'s --max-input-bytes, --stream-above,
     * --max-result-bytes, --max-findings, and Node's --max-old-space-size): a certificate evaluated with
     * raised caps is derived again with the same ones.
     */
    limits?: Pick<RunOptions, 'maxInputBytes' | 'streamAboveBytes' | 'maxResultBytes' | 'maxFindings' | 'maxOldSpaceMiB'>;
}
/** The keys verify accepts at each level, for the test that holds them to the schema. */
export declare const CERTIFICATE_KEYS: {
    statement: string[];
    predicate: string[];
    shipgate: string[];
};
/**
 * The report, and the TrustError (exit 4) naming every failed check when one failed. A `--signature`
 * without `--key`, a key that cannot check a signature, or a root that is not a folder is a ConfigError
 * (exit 2).
 */
export declare function verifyCertificate(options: VerifyOptions): Promise<{
    report: string;
    error?: TrustError;
}>;
