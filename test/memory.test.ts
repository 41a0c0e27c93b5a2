import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { collectGarbage, HeapGuard, oldGenerationLimit, oldSpaceFlag } from '../src/memory.js';

describe('memory', () => {
  it('collectGarbage runs a full collection: an object nothing refers to is gone afterwards', async () => {
    let ref: WeakRef<object> | undefined;
    (() => {
      ref = new WeakRef({ payload: new Array(100_000).fill('x') });
    })();
    // A WeakRef keeps its target until the current job ends.
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectGarbage();
    expect(ref?.deref()).toBeUndefined();
    // Twice is fine: the collector is looked up once.
    collectGarbage();
  });
});

describe('memory/HeapGuard', () => {
  const MiB = 1024 * 1024;
  /** A heap whose use the test sets; `collect` drops it to `live`. */
  function fakeHeap(budgetMiB: number) {
    const state = { used: 0, live: 0, collections: 0 };
    const guard = new HeapGuard(
      budgetMiB,
      () => ({ used: state.used, limit: 0 }),
      () => {
        state.collections += 1;
        state.used = state.live;
      },
    );
    return { state, guard };
  }

  it('reads --max-old-space-size from Node options: either spelling, = or a separate value, the last one', () => {
    expect(oldSpaceFlag([])).toBeUndefined();
    expect(oldSpaceFlag(['--max-old-space-size=64'])).toBe(64);
    expect(oldSpaceFlag([], '--max_old_space_size 128')).toBe(128);
    expect(oldSpaceFlag(['--max-old-space-size=64', '--trace-gc'], ' --max-old-space-size=256 ')).toBe(256);
    expect(oldSpaceFlag(['--max-old-space-size=lots'], '--max-semi-space-size=4')).toBeUndefined();
  });

  it('takes a heap V8 sized itself as the old generation plus a young one of 3/128 of it, at most 48 MiB', () => {
    expect(oldGenerationLimit(4144 * MiB)).toBe(4096 * MiB);
    expect(oldGenerationLimit(131 * MiB)).toBe(128 * MiB);
  });

  it('allows 70% of the budget, and never more than the budget less 16 MiB', () => {
    expect(fakeHeap(1000).guard.allowed).toBe(700 * MiB);
    expect(fakeHeap(40).guard.allowed).toBe(24 * MiB);
    expect(fakeHeap(16).guard.allowed).toBe(0);
    // 53⅓ MiB is where the two meet.
    expect(fakeHeap(60).guard.allowed).toBe(42 * MiB);
    expect(fakeHeap(50).guard.allowed).toBe(34 * MiB);
  });

  it('does not collect while the heap in use stays under the allowed share', () => {
    const { state, guard } = fakeHeap(100);
    state.used = 70 * MiB - 1;
    guard.check(() => 'scan.sarif');
    expect(state.collections).toBe(0);
  });

  it('collects at the allowed share and goes on when what is live fits, up to exactly the allowed share', () => {
    const { state, guard } = fakeHeap(100);
    state.used = 90 * MiB;
    state.live = 70 * MiB;
    guard.check(() => 'scan.sarif');
    expect(state.collections).toBe(1);
    // The next collection waits until the heap has grown by a tenth of the budget.
    state.used = 80 * MiB - 1;
    guard.check(() => 'scan.sarif');
    expect(state.collections).toBe(1);
    state.used = 80 * MiB;
    state.live = 75 * MiB;
    expect(() => guard.check(() => 'scan.sarif: after 10 results', 0.5)).toThrow(InputError);
    expect(state.collections).toBe(2);
  });

  it('refuses one byte past the allowed share, naming the input, the heap and a larger one to give', () => {
    const { state, guard } = fakeHeap(100);
    state.used = 80 * MiB;
    state.live = 70 * MiB + 1;
    let message = '';
    try {
      guard.check(() => 'reports/codeql.sarif: after 1200 results (byte 10 of 40)', 0.25);
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      message = (error as Error).message;
    }
    // One byte past 70 MiB is written precisely enough to differ from the line it passed.
    expect(message).toContain(
      'reports/codeql.sarif: after 1200 results (byte 10 of 40): live objects fill 73400321 bytes of the 100 MiB heap Node allows this process, past the 73400320 bytes shipgate goes on with',
    );
    // A quarter read: about 280 MiB live at the end, 4/3 of it for the outputs, at 70%: 534 -> 768.
    expect(message).toContain('NODE_OPTIONS=--max-old-space-size=768');
  });

  it('writes the live and allowed sizes in whole MiB when they differ there, in tenths when only those differ', () => {
    const { state, guard } = fakeHeap(100);
    state.used = state.live = 80 * MiB;
    expect(() => guard.check(() => 'x.sarif')).toThrow(/live objects fill 80 MiB of the 100 MiB .* past the 70 MiB /);
    const near = fakeHeap(64);
    near.state.used = near.state.live = 45 * MiB;
    // allowed: 44.8 MiB (70% of 64).
    expect(() => near.guard.check(() => 'x.sarif')).toThrow(
      /live objects fill 45\.0 MiB of the 64 MiB .* past the 44\.8 MiB /,
    );
  });

  it('suggests at least twice the heap there is', () => {
    const { state, guard } = fakeHeap(1000);
    state.used = state.live = 701 * MiB;
    expect(() => guard.check(() => 'x.sarif')).toThrow(/--max-old-space-size=2000 /);
  });

  it('says whether a document read whole fits, collecting only when the heap in use says it might not', () => {
    const { state, guard } = fakeHeap(100);
    state.used = 30 * MiB;
    state.live = 10 * MiB;
    expect(guard.roomFor(40 * MiB)).toBe(true);
    expect(state.collections).toBe(0);
    expect(guard.roomFor(60 * MiB)).toBe(true);
    expect(state.collections).toBe(1);
    expect(guard.roomFor(60 * MiB + 1)).toBe(false);
    expect(guard.tooLargeToReadWhole('audit.json', 20 * MiB).message).toMatch(
      /^audit\.json: reading this 20 MiB report whole takes about 80 MiB of heap, and only 60 MiB of the 100 MiB .* streams only SARIF and Trivy, Grype and Semgrep JSON\. Give Node a larger heap/,
    );
  });
  it('lets a small read in without a collection until the heap has grown by a tenth of the budget since the last one', () => {
    const { state, guard } = fakeHeap(100);
    // Past the allowed share: the first check collects and finds 69 MiB live; the next collection is due at 79 MiB.
    state.used = 75 * MiB;
    state.live = 69 * MiB;
    guard.check(() => 'a.sarif');
    expect(state.collections).toBe(1);
    // A thousand small reads (up to 1 MiB of heap each) with the heap in use just under the next step: no collection.
    for (let i = 0; i < 1000; i += 1) {
      state.used = 79 * MiB - 1;
      expect(guard.roomFor(1024 * 1024)).toBe(true);
    }
    expect(state.collections).toBe(1);
    // At the step, one collection; what is live (69 MiB) and the read fit, so the next step is 79 MiB again.
    state.used = 79 * MiB;
    expect(guard.roomFor(1024 * 1024)).toBe(true);
    expect(state.collections).toBe(2);
    state.used = 75 * MiB;
    expect(guard.roomFor(1024 * 1024)).toBe(true);
    expect(state.collections).toBe(2);
  });

  it('collects before a read one byte larger than a small one, and before any read when nothing is allowed', () => {
    const { state, guard } = fakeHeap(100);
    state.used = 70 * MiB;
    state.live = 69 * MiB;
    expect(guard.roomFor(1024 * 1024 + 1)).toBe(false);
    expect(state.collections).toBe(1);
    expect(guard.roomFor(1024 * 1024)).toBe(true);
    expect(state.collections).toBe(1);
    const none = fakeHeap(16);
    none.state.used = none.state.live = 1024;
    expect(none.guard.roomFor(10)).toBe(false);
    expect(none.state.collections).toBe(1);
  });

  it('refuses a small read when the collection it is due for finds the heap past the allowed share', () => {
    const { state, guard } = fakeHeap(100);
    state.used = 80 * MiB;
    state.live = 70 * MiB - 100;
    expect(guard.roomFor(100)).toBe(true);
    expect(guard.roomFor(101)).toBe(true); // within the step: not collected again
    expect(state.collections).toBe(1);
    state.used = 80 * MiB - 100; // the step is 80 MiB - 100 bytes
    expect(guard.roomFor(101)).toBe(false);
    expect(state.collections).toBe(2);
  });

  it('keeps the step where it was when a collection finds the heap past the allowed share, so the next look collects again', () => {
    const { state, guard } = fakeHeap(100);
    state.used = 80 * MiB;
    state.live = 71 * MiB;
    // A read that does not fit is refused (it would be streamed, or refused, by its caller)...
    expect(guard.roomFor(1024)).toBe(false);
    expect(state.collections).toBe(1);
    // ...and the next small read or check does not skip the collection by a raised step.
    expect(guard.roomFor(1024)).toBe(false);
    expect(state.collections).toBe(2);
    expect(() => guard.check(() => 'x.sarif: after 5 results')).toThrow(InputError);
    expect(state.collections).toBe(3);
  });

  it('settles after the last input: no collection while the heap in use is within the allowed share', () => {
    const { state, guard } = fakeHeap(100);
    state.used = 70 * MiB;
    state.live = 70 * MiB;
    guard.settle(() => 'after reading all 2 input(s)');
    expect(state.collections).toBe(0);
  });

  it('settles after the last input: refuses live objects past the allowed share that no check saw', () => {
    const { state, guard } = fakeHeap(100);
    state.used = 71 * MiB;
    state.live = 65 * MiB;
    guard.check(() => 'a.sarif');
    expect(state.collections).toBe(1);
    // Live objects pass the line while the heap in use stays under the next step (75 MiB): check does not look.
    state.used = 74 * MiB;
    state.live = 70 * MiB + 1;
    guard.check(() => 'b.sarif');
    expect(state.collections).toBe(1);
    expect(() => guard.settle(() => 'after reading all 2 input(s) (9 findings)')).toThrow(
      /^after reading all 2 input\(s\) \(9 findings\): live objects fill 73400321 bytes of the 100 MiB heap/,
    );
    expect(state.collections).toBe(2);
    // Exactly at the line, it goes on.
    state.used = 74 * MiB;
    state.live = 70 * MiB;
    guard.settle(() => 'x');
    expect(state.collections).toBe(3);
  });
});
