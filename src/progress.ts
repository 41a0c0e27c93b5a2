/** Progress of streamed inputs, as the command line and the Action show it. */

/** `reports/codeql.sarif: 12 of 95 MiB, 10422 results`. */
export function progressLine(input: string, bytes: number, total: number, results: number): string {
  return `${input}: ${(bytes / 1048576).toFixed(0)} of ${(total / 1048576).toFixed(0)} MiB, ${results} results`;
}

/**
 * A run's onProgress that shows at most one line per `everyMs` through `show`, and always the last
 * one of each input (all of its bytes read). `now` is injectable for tests.
 */
export function throttledProgress(
  everyMs: number,
  show: (line: string, last: boolean) => void,
  now: () => number = Date.now,
): (input: string, bytes: number, total: number, results: number) => void {
  let shown = Number.NEGATIVE_INFINITY;
  return (input, bytes, total, results) => {
    const last = bytes >= total;
    const time = now();
    if (!last && time - shown < everyMs) return;
    shown = time;
    show(progressLine(input, bytes, total, results), last);
  };
}
