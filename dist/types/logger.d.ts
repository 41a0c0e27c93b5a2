/** The logging and time seams library code receives instead of touching `process` or `@actions/core`. */
export interface Logger {
    info(message: string): void;
    warning(message: string): void;
    debug(message: string): void;
}
/** Returns the current time. The engine never calls `new Date()` itself. */
export type Clock = () => Date;
export declare const silentLogger: Logger;
/** A logger that keeps every message, for tests and for collecting warnings into outputs. */
export declare function createMemoryLogger(): Logger & {
    messages: {
        level: string;
        message: string;
    }[];
};
