/** Exit codes and the typed errors that map to them (DESIGN 6). */

export const ExitCode = {
  Approved: 0,
  Rejected: 1,
  Config: 2,
  Input: 3,
  Trust: 4,
  Output: 5,
  Internal: 70,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Base class of the errors a user can act on. Each carries its exit code. */
export abstract class ShipgateError extends Error {
  abstract readonly exitCode: ExitCode;
  /** Every problem found, when several were gathered into one error. */
  readonly problems: string[];
  /**
   * Set when the evaluation had already rejected the release (mode enforce) and this error came after,
   * writing its outputs: the rejection stands, so the Action's fail-on-error: false does not pass it.
   */
  afterRejection?: boolean;
  constructor(message: string, problems: string[] = []) {
    super(
      problems.length > 1
        ? `${message}\n${problems.map((p) => `  - ${p}`).join('\n')}`
        : problems.length === 1
          ? (problems[0] as string)
          : message,
    );
    // Explicit names: class names do not survive minification of the bundle.
    this.name = (new.target as unknown as { label?: string }).label ?? 'ShipgateError';
    this.problems = problems.length > 0 ? problems : [message];
  }
}

/** Usage or configuration error: flags, policy, exception file schema. Exit 2. */
export class ConfigError extends ShipgateError {
  static readonly label = 'ConfigError';
  readonly exitCode = ExitCode.Config;
}

/** Input error: a missing, empty, unparseable, incomplete or undetectable report; a bad register or assessment. Exit 3. */
export class InputError extends ShipgateError {
  static readonly label = 'InputError';
  readonly exitCode = ExitCode.Input;
}

/** Trust or integrity error: evidence changed by the pull request itself; a verify mismatch. Exit 4. */
export class TrustError extends ShipgateError {
  static readonly label = 'TrustError';
  readonly exitCode = ExitCode.Trust;
}

/** Output error: the outputs could not be written. Exit 5. */
export class OutputError extends ShipgateError {
  static readonly label = 'OutputError';
  readonly exitCode = ExitCode.Output;
}

export function isShipgateError(error: unknown): error is ShipgateError {
  return error instanceof ShipgateError;
}

/**
 * The problems of one file, kept up to `max` and only counted past it: a file of a million bad cells
 * gives an error that counts a million problems, not a million strings in the heap.
 */
export class BoundedProblems {
  readonly listed: string[] = [];
  total = 0;
  constructor(private readonly max = 100) {}

  push(...problems: string[]): void {
    for (const problem of problems) {
      this.total += 1;
      if (this.listed.length < this.max) this.listed.push(problem);
    }
  }

  get length(): number {
    return this.total;
  }

  /** The listed problems, then a line counting the rest. */
  lines(): string[] {
    const more = this.total - this.listed.length;
    return more > 0 ? [...this.listed, `${more} more problems omitted.`] : [...this.listed];
  }
}
