/** The progress line and its throttle, shared by the command line and the Action. */
import { describe, expect, it } from 'vitest';
import { progressLine, throttledProgress } from '../src/progress.js';

describe('progress', () => {
  it('names the input, the MiB read of the whole, and the results so far', () => {
    expect(progressLine('reports/codeql.sarif', 12.4 * 1048576, 95.6 * 1048576, 10422)).toBe(
      'reports/codeql.sarif: 12 of 96 MiB, 10422 results',
    );
  });

  it('shows at most one line per interval, on both sides of its boundary, and always the last one', () => {
    let time = 0;
    const shown: [string, boolean][] = [];
    const progress = throttledProgress(
      2000,
      (line, last) => shown.push([line, last]),
      () => time,
    );
    const MiB = 1048576;
    progress('a.sarif', 0, 10 * MiB, 0); // t=0: the first is shown
    time = 1999;
    progress('a.sarif', 1 * MiB, 10 * MiB, 100); // 1 ms short of the interval: not shown
    time = 2000;
    progress('a.sarif', 2 * MiB, 10 * MiB, 200); // exactly the interval: shown
    time = 2001;
    progress('a.sarif', 3 * MiB, 10 * MiB, 300); // 1 ms after the last shown: not shown
    progress('a.sarif', 10 * MiB, 10 * MiB, 1000); // the whole file: shown however soon
    expect(shown).toEqual([
      ['a.sarif: 0 of 10 MiB, 0 results', false],
      ['a.sarif: 2 of 10 MiB, 200 results', false],
      ['a.sarif: 10 of 10 MiB, 1000 results', true],
    ]);
  });
});
