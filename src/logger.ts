/** The logging and time seams library code receives instead of touching `process` or `@actions/core`. */

export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

/** Returns the current time. The engine never calls `new Date()` itself. */
export type Clock = () => Date;

export const silentLogger: Logger = {
  info: () => undefined,
  warning: () => undefined,
  debug: () => undefined,
};

/** A logger that keeps every message, for tests and for collecting warnings into outputs. */
export function createMemoryLogger(): Logger & { messages: { level: string; message: string }[] } {
  const messages: { level: string; message: string }[] = [];
  return {
    messages,
    info: (message) => messages.push({ level: 'info', message }),
    warning: (message) => messages.push({ level: 'warning', message }),
    debug: (message) => messages.push({ level: 'debug', message }),
  };
}
