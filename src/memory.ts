/**
 * A full garbage collection at a phase boundary of a large evaluation. Ingestion leaves tens of MiB
 * of dead parse results in the old generation; V8 would collect them only after the heap had grown
 * further, so the next phase would add to a heap already at its peak. Two collections, each a few
 * tens of milliseconds: one inside `assignIds` of each large input, once the identity keys it has
 * replaced by identities are dead as well (about 45 MiB less at the peak of 700 MB of SARIF), and
 * one when ingestion ends, before the gates and outputs.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Below this many findings the heap is small and a collection is not worth its time. */
export const COLLECT_ABOVE_FINDINGS = 20_000;

let collect: (() => void) | null | undefined;

/** Runs a full collection; does nothing where V8 does not allow it. */
export function collectGarbage(): void {
  if (collect === undefined) {
    try {
      // `gc` is installed in contexts created after the flag is set; the main context is left as it is.
      setFlagsFromString('--expose-gc');
      const gc: unknown = runInNewContext('gc');
      collect = typeof gc === 'function' ? (gc as () => void) : null;
    } catch {
      collect = null;
    }
  }
  collect?.();
}
