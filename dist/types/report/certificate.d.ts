import type { Evaluation } from '../evaluation.js';
export declare const STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
export declare const VSA_PREDICATE_TYPE = "https://slsa.dev/verification_summary/v1";
export declare const VERIFIER_ID = "https://github.com/shipgate/shipgate";
/**
 * Why `repository` cannot go into the certificate's `resourceUri` (`git+https://github.com/<owner>/<name>`),
 * or undefined when it is a GitHub `owner/name`: anything else (`?`, `#`, `@`, a third segment, `..`)
 * would make the URI name another resource.
 */
export declare function checkRepository(repository: string): string | undefined;
/** The commit as the certificate records it everywhere: hex digits in lower case (as git prints them), else as given. */
export declare function certificateCommit(commit: string): string;
/** Orders by path, comparing the UTF-8 bytes (not UTF-16 code units), so that every platform agrees. */
export declare function sortByPath<T extends {
    path: string;
}>(items: readonly T[]): T[];
/**
 * The sha256 of a set of inputs, one `sha256  path` line each in path order (so that the same set gives
 * the same digest whatever order `--scan` named it in): the subject's sha256.
 */
export declare function inputSetDigest(inputs: readonly {
    sha256: string;
    path: string;
}[]): string;
/** The GitHub server repositories are named on when no other is given. */
export declare const DEFAULT_SERVER_URL = "https://github.com";
/**
 * The GitHub server (`--server-url`, else GITHUB_SERVER_URL: `https://github.com`, or a GitHub
 * Enterprise Server's address) as the outputs name it: scheme and host (and port), no trailing slash.
 * Anything more (a path, a query, credentials) would make the repository's URI name another resource.
 */
export declare function checkServerUrl(serverUrl: string): string;
/**
 * The server as checkServerUrl records it (scheme, host in lower case, port), or undefined when it is not
 * a server's address: `verify` holds the server a certificate's resourceUri names to the same rule. The
 * host is letters, digits, `.` and `-` (a look-alike letter such as a Cyrillic `і` is not one), and a
 * port is 1 to 65535 written without a leading zero (a port past 65535 names no server; a URL parser
 * may read `:0443` as 443, while the URI is compared as text).
 */
export declare function serverAddress(serverUrl: string): string | undefined;
/** `resourceUri`: the repository at the commit, or the input set when no repository is named. */
export declare function resourceUriOf(repository: string | undefined, commit: string | undefined, inputsSha256: string, serverUrl?: string): string;
export declare function buildCertificate(evaluation: Evaluation): Record<string, unknown>;
export declare function renderCertificateJson(evaluation: Evaluation): string;
export declare function renderCertificateMarkdown(evaluation: Evaluation): string;
