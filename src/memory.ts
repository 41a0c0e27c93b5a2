/**
 * A full garbage collection at a phase boundary of a large evaluation. Ingestion leaves tens of MiB
 * of dead parse results in the old generation; V8 would collect them only after the heap had grown
 * further, so the next phase would add to a heap already at its peak. Two collections, each a few
 * tens of milliseconds: one inside `assignIds` of each large input, once the identity keys it has
 * replaced by identities are dead as well (about 45 MiB less at the peak of 700 MB of SARIF), and
 * one when ingestion ends, before the gates and outputs.
 *
 * And a guard (HeapGuard) that stops an evaluation whose findings will not fit in the heap, with an
 * error a person can act on instead of V8's out-of-memory abort.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { InputError } from './errors.js';
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

const MiB = 1024 * 1024;

/**
 * How much of the old generation live objects may fill while inputs are read: 70%, and at least
 * 16 MiB less than all of it. The gates and outputs add to the heap after ingestion (per finding, and
 * a few MiB for buffers, maps and the text of the outputs), and V8 needs room to collect, so a run
 * past this line would likely end in V8's out-of-memory abort (exit 134, a native stack trace, no
 * output) instead of an error a person can act on. Measured: a 100 MB CodeQL-shaped log (82k
 * findings, 48 MiB live after ingestion) aborts with --max-old-space-size=52 and completes with 56;
 * the guard refuses it up to 68.
 */
export const HEAP_SHARE_ALLOWED = 0.7;
const HEAP_RESERVE = 16 * MiB;

/** A read whole that takes at most this much heap (a report of up to 256 KiB) is small; see `roomFor`. */
export const SMALL_READ = MiB;

/** Heap a document read whole takes per byte of the file: its text and the parsed tree (about 3.4x measured on SARIF). */
export const WHOLE_READ_HEAP_PER_BYTE = 4;

/** The heap in use and V8's limit for this thread, in bytes. */
export interface HeapNumbers {
  used: number;
  limit: number;
}

function v8HeapNumbers(): HeapNumbers {
  const stats = getHeapStatistics();
  return { used: stats.used_heap_size, limit: stats.heap_size_limit };
}

/**
 * The old generation's limit in a heap V8 sized itself (from the machine's or the container's
 * memory): the young generation is 3 semi-spaces of 1/128 of the old generation each, at most
 * 16 MiB, so the old generation is 128/131 of the limit, or the limit less 48 MiB.
 */
export function oldGenerationLimit(heapLimit: number): number {
  return heapLimit - Math.min(48 * MiB, (heapLimit * 3) / 131);
}

/**
 * The value of the last --max-old-space-size among Node's options (in MiB): its command line
 * (`process.execArgv`) and `NODE_OPTIONS`. It sets the old generation's limit; the young generation
 * then keeps its own size. Undefined when none is given.
 */
export function oldSpaceFlag(execArgv: readonly string[], nodeOptions = ''): number | undefined {
  const options = [...execArgv, ...nodeOptions.split(/\s+/).filter((o) => o !== '')];
  let value: number | undefined;
  for (let i = 0; i < options.length; i += 1) {
    const match = /^--max[-_]old[-_]space[-_]size(?:=(.*))?$/.exec(options[i] as string);
    if (!match) continue;
    const text = match[1] ?? options[i + 1];
    const n = Number(text);
    if (text !== undefined && Number.isFinite(n) && n > 0) value = n;
  }
  return value;
}

/**
 * Stops an evaluation whose findings will not fit in the heap Node allows, with an error that says so
 * and how much to give, before V8 aborts the process. Asked after every chunk of a streamed input and
 * after every input, and before a document is read whole; costs nothing until the heap in use passes
 * the allowed share, then runs a full collection to see what is live. On a default heap (about 4 GiB
 * on 64-bit Node) the findings cap (2,000,000) comes first; the guard matters in small containers and
 * under --max-old-space-size.
 */
export class HeapGuard {
  /** What old objects may fill: --max-old-space-size, or V8's limit less its young generation. */
  readonly budget: number;
  /** What live objects may fill while inputs are read (see HEAP_SHARE_ALLOWED). */
  readonly allowed: number;
  /** The heap in use at which to collect and look again. */
  private next: number;

  constructor(
    /** --max-old-space-size, when Node was given it (see `oldSpaceFlag`; the adapters read it). */
    oldSpaceMiB?: number,
    private readonly numbers: () => HeapNumbers = v8HeapNumbers,
    private readonly collect: () => void = collectGarbage,
  ) {
    this.budget = oldSpaceMiB !== undefined ? oldSpaceMiB * MiB : oldGenerationLimit(numbers().limit);
    this.allowed = Math.max(0, Math.min(HEAP_SHARE_ALLOWED * this.budget, this.budget - HEAP_RESERVE));
    this.next = this.allowed;
  }

  /**
   * Throws an InputError naming `where` when, after a full collection, live objects fill more than
   * `allowed`. `readShare` (0-1] is how much of the input has been read, to estimate the heap the
   * whole evaluation needs.
   */
  check(where: () => string, readShare = 1): void {
    if (this.numbers().used < this.next) return;
    this.refuseOver(this.collectAndStep(), where, readShare);
  }

  /**
   * After the last input: throws as `check` does when live objects fill more than `allowed`, however
   * the checks before it fell. Between two of check's collections live objects can pass `allowed` by
   * up to a tenth of the budget unseen; whether a run was then refused would depend on where V8's own
   * collections left the heap in use, and one set of reports could end in exit 1 one time and exit 3
   * the next. Collects only when the heap in use is past `allowed`.
   */
  settle(where: () => string): void {
    if (this.numbers().used <= this.allowed) return;
    this.refuseOver(this.collectAndStep(), where, 1);
  }

  /**
   * Whether `bytes` more live objects fit under `allowed` now (after a collection, when the heap in
   * use says they might not). A read of at most SMALL_READ bytes does not collect again until the
   * heap has grown by check's step since the last collection: such a read fits in the room the budget
   * keeps above `allowed` (at least 10 MiB past check's step), and check refuses the run after the
   * input when live objects have passed `allowed`. Collecting before each small read instead made a
   * run of 10,000 small reports near the limit take a full collection for every report (80 s
   * instead of 3 s).
   */
  roomFor(bytes: number): boolean {
    const used = this.numbers().used;
    if (used + bytes <= this.allowed) return true;
    if (bytes <= SMALL_READ && this.allowed > 0 && used < this.next) return true;
    return this.collectAndStep() + bytes <= this.allowed;
  }

  /** The refusal for a document too large to read whole in this heap. */
  tooLargeToReadWhole(path: string, bytes: number): InputError {
    const needed = WHOLE_READ_HEAP_PER_BYTE * bytes;
    return new InputError(
      `${path}: reading this ${size(bytes)} report whole takes about ${size(needed)} of heap, and only ${size(Math.max(0, this.allowed - this.numbers().used))} of the ${size(this.budget)} Node allows this process are free for it, and shipgate streams only SARIF and Trivy, Grype and Semgrep JSON. ${this.advice(this.numbers().used + needed)}`,
    );
  }

  /**
   * Collects, and sets the next collection a tenth of the budget above what is live. Past `allowed`
   * the step stays where it was, so the next check or read collects again rather than letting the
   * heap grow another step before V8's limit.
   */
  private collectAndStep(): number {
    this.collect();
    const live = this.numbers().used;
    if (live <= this.allowed) this.next = Math.max(this.allowed, live + 0.1 * this.budget);
    return live;
  }

  private refuseOver(live: number, where: () => string, readShare: number): void {
    if (live <= this.allowed) return;
    const projected = live / Math.min(1, Math.max(readShare, 0.05));
    // Just past the line, whole MiB would read "45 MiB ... past the 45 MiB": as precise as it takes.
    const [liveText, allowedText] = distinctSizes(live, this.allowed);
    throw new InputError(
      `${where()}: live objects fill ${liveText} of the ${size(this.budget)} heap Node allows this process, past the ${allowedText} shipgate goes on with (the gates and outputs need more); the evaluation would run out of memory. ${this.advice(projected)}`,
    );
  }

  /** What to do: a heap for `live` live objects, with room for the gates and outputs, in steps of 256 MiB. */
  private advice(live: number): string {
    const suggest = Math.max(
      Math.round((2 * this.budget) / MiB),
      Math.ceil(((live / HEAP_SHARE_ALLOWED) * 4) / 3 / MiB / 256) * 256,
    );
    return `Give Node a larger heap, e.g. NODE_OPTIONS=--max-old-space-size=${suggest} (in MiB) in the step's env, or evaluate fewer or smaller reports at once.`;
  }
}

/** A size for a person: whole MiB from 10 MiB, tenths below, KiB below 1 MiB (a small report is not "0 MiB"). */
function size(bytes: number): string {
  const value = bytes / MiB;
  if (value >= 10) return `${Math.round(value)} MiB`;
  if (value >= 1) return `${value.toFixed(1).replace(/\.0$/, '')} MiB`;
  return `${Math.round(bytes / 1024)} KiB`;
}

/** Two sizes written as precisely as it takes to tell them apart: as `size` does, then in tenths of a MiB, KiB, bytes. */
function distinctSizes(a: number, b: number): [string, string] {
  const formats = [
    size,
    (n: number) => `${(n / MiB).toFixed(1)} MiB`,
    (n: number) => `${Math.round(n / 1024)} KiB`,
    (n: number) => `${n} bytes`,
  ];
  for (const format of formats) if (format(a) !== format(b)) return [format(a), format(b)];
  return [size(a), size(b)];
}
