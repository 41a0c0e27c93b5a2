/** Below this many findings the heap is small and a collection is not worth its time. */
export declare const COLLECT_ABOVE_FINDINGS = 20000;
/** Runs a full collection; does nothing where V8 does not allow it. */
export declare function collectGarbage(): void;
