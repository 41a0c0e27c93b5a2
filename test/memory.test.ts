import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../src/memory.js';

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
