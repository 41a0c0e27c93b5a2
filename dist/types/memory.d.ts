import { InputError } from './errors.js';
/** Below this many findings the heap is small and a collection is not worth its time. */
export declare const COLLECT_ABOVE_FINDINGS = 20000;
/** Runs a full collection; does nothing where V8 does not allow it. */
export declare function collectGarbage(): void;
/**
 * How much of the old generation live objects may fill while inputs are read: 70%, and at least
 * 16 MiB less than all of it. The gates and outputs add to the heap after ingestion (per finding, and
 * a few MiB for buffers, maps and the text of the outputs), and V8 needs room to collect, so a run
 * past this line would likely end in V8's out-of-memory abort (exit 134, a native stack trace, no
 * output) instead of an error a person can act on. Measured: a 100 MB CodeQL-shaped log (82k
 * findings, 48 MiB live after ingestion) aborts with --max-old-space-size=52 and completes with 56;
 * the guard refuses it up to 68.
 */
export declare const HEAP_SHARE_ALLOWED = 0.7;
/** A read whole that takes at most this much heap (a report of up to 256 KiB) is small; see `roomFor`. */
export declare const SMALL_READ: number;
/** Heap a document read whole takes per byte of the file: its text and the parsed tree (about 3.4x measured on SARIF). */
export declare const WHOLE_READ_HEAP_PER_BYTE = 4;
/** The heap in use and V8's limit for this thread, in bytes. */
export interface HeapNumbers {
    used: number;
    limit: number;
}
/**
 * The old generation's limit in a heap V8 sized itself (from the machine's or the container's
 * memory): the young generation is 3 semi-spaces of 1/128 of the old generation each, at most
 * 16 MiB, so the old generation is 128/131 of the limit, or the limit less 48 MiB.
 */
export declare function oldGenerationLimit(heapLimit: number): number;
/**
 * The value of the last --max-old-space-size among Node's options (in MiB): its command line
 * (`process.execArgv`) and `NODE_OPTIONS`. It sets the old generation's limit; the young generation
 * then keeps its own size. Undefined when none is given.
 */
export declare function oldSpaceFlag(execArgv: readonly string[], nodeOptions?: string): number | undefined;
/**
 * Stops an evaluation whose findings will not fit in the heap Node allows, with an error that says so
 * and how much to give, before V8 aborts the process. Asked after every chunk of a streamed input and
 * after every input, and before a document is read whole; costs nothing until the heap in use passes
 * the allowed share, then runs a full collection to see what is live. On a default heap (about 4 GiB
 * on 64-bit Node) the findings cap (2,000,000) comes first; the guard matters in small containers and
 * under --max-old-space-size.
 */
export declare class HeapGuard {
    private readonly numbers;
    private readonly collect;
    /** What old objects may fill: --max-old-space-size, or V8's limit less its young generation. */
    readonly budget: number;
    /** What live objects may fill while inputs are read (see HEAP_SHARE_ALLOWED). */
    readonly allowed: number;
    /** The heap in use at which to collect and look again. */
    private next;
    constructor(
    /** --max-old-space-size, when Node was given it (see `oldSpaceFlag`; the adapters read it). */
    oldSpaceMiB?: number, numbers?: () => HeapNumbers, collect?: () => void);
    /**
     * Throws an InputError naming `where` when, after a full collection, live objects fill more than
     * `allowed`. `readShare` (0-1] is how much of the input has been read, to estimate the heap the
     * whole evaluation needs.
     */
    check(where: () => string, readShare?: number): void;
    /**
     * After the last input: throws as `check` does when live objects fill more than `allowed`, however
     * the checks before it fell. Between two of check's collections live objects can pass `allowed` by
     * up to a tenth of the budget unseen; whether a run was then refused would depend on where V8's own
     * collections left the heap in use, and one set of reports could end in exit 1 one time and exit 3
     * the next. Collects only when the heap in use is past `allowed`.
     */
    settle(where: () => string): void;
    /**
     * Whether `bytes` more live objects fit under `allowed` now (after a collection, when the heap in
     * use says they might not). A read of at most SMALL_READ bytes does not collect again until the
     * heap has grown by check's step since the last collection: such a read fits in the room the budget
     * keeps above `allowed` (at least 10 MiB past check's step), and check refuses the run after the
     * input when live objects have passed `allowed`. Collecting before each small read instead made a
     * run of 10,000 small reports near the limit take a full collection for every report (80 s
     * instead of 3 s).
     */
    roomFor(bytes: number): boolean;
    /** The refusal for a document too large to read whole in this heap. */
    tooLargeToReadWhole(path: string, bytes: number): InputError;
    /**
     * Collects, and sets the next collection a tenth of the budget above what is live. Past `allowed`
     * the step stays where it was, so the next check or read collects again rather than letting the
     * heap grow another step before V8's limit.
     */
    private collectAndStep;
    private refuseOver;
    /** What to do: a heap for `live` live objects, with room for the gates and outputs, in steps of 256 MiB. */
    private advice;
}
