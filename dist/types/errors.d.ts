/** Exit codes and the typed errors that map to them (DESIGN 6). */
export declare const ExitCode: {
    readonly Approved: 0;
    readonly Rejected: 1;
    readonly Config: 2;
    readonly Input: 3;
    readonly Trust: 4;
    readonly Output: 5;
    readonly Internal: 70;
};
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
/** Base class of the errors a user can act on. Each carries its exit code. */
export declare abstract class ShipgateError extends Error {
    abstract readonly exitCode: ExitCode;
    /** Every problem found, when several were gathered into one error. */
    readonly problems: string[];
    /**
     * Set when the evaluation had already rejected the release (mode enforce) and this error came after,
     * writing its outputs: the rejection stands, so the Action's fail-on-error: false does not pass it.
     */
    afterRejection?: boolean;
    constructor(message: string, problems?: string[]);
}
/** Usage or configuration error: flags, policy, exception file schema. Exit 2. */
export declare class ConfigError extends ShipgateError {
    static readonly label = "ConfigError";
    readonly exitCode: 2;
}
/** Input error: a missing, empty, unparseable, incomplete or undetectable report; a bad register or assessment. Exit 3. */
export declare class InputError extends ShipgateError {
    static readonly label = "InputError";
    readonly exitCode: 3;
}
/** Trust or integrity error: evidence changed by the pull request itself; a verify mismatch. Exit 4. */
export declare class TrustError extends ShipgateError {
    static readonly label = "TrustError";
    readonly exitCode: 4;
}
/** Output error: the outputs could not be written. Exit 5. */
export declare class OutputError extends ShipgateError {
    static readonly label = "OutputError";
    readonly exitCode: 5;
}
export declare function isShipgateError(error: unknown): error is ShipgateError;
/**
 * The problems of one file, kept up to `max` and only counted past it: a file of a million bad cells
 * gives an error that counts a million problems, not a million strings in the heap.
 */
export declare class BoundedProblems {
    private readonly max;
    readonly listed: string[];
    total: number;
    constructor(max?: number);
    push(...problems: string[]): void;
    get length(): number;
    /** The listed problems, then a line counting the rest. */
    lines(): string[];
}
