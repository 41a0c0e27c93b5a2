/** Choosing the ingestor for an input: declared in the policy, or detected (DESIGN 7: fail closed). */
import { ConfigError, InputError } from '../errors.js';
import { INGESTORS, findIngestor } from './registry.js';
import { parseJsonText, RefusedKeyError } from './json.js';
import { decodeUtf8 } from './read.js';
import type { DetectSample, Detection, Ingestor, InputFile } from './types.js';

const HEAD_BYTES = 64 * 1024;

/** What detection found: the ingestor, and the parsed document when the input was one JSON text. */
export interface DetectedFormat {
  ingestor: Ingestor;
  document?: unknown;
}

/** Builds the detector's view of an input: its head as text and, when it is one JSON text, the document. */
export function sampleInput(input: InputFile): { sample: DetectSample; parseError?: string } {
  const head = input.bytes.toString('utf8', 0, Math.min(input.bytes.length, HEAD_BYTES));
  const sample: DetectSample = { path: input.path, head };
  try {
    // The same strict reading the ingestors use (UTF-8, JSON, no __proto__ keys): the document handed on
    // to the ingestor must never be one that its own reading would have refused.
    sample.document = parseJsonText(decodeUtf8(input), input);
    return { sample };
  } catch (error) {
    // Valid JSON with a refused key is refused in every format: say so, not "not recognized".
    if (error instanceof RefusedKeyError) throw error;
    return { sample, parseError: (error as Error).message };
  }
}

function safeDetect(ingestor: Ingestor, sample: DetectSample): Detection {
  try {
    return ingestor.detect(sample);
  } catch {
    return 'no';
  }
}

/**
 * Picks the ingestor: the declared format when given; otherwise exactly one 'certain' answer, or with
 * none certain exactly one 'possible'. Anything else is an InputError listing the candidates.
 */
export function chooseIngestor(
  sample: DetectSample,
  declared: string | undefined,
  parseError: string | undefined,
  registry: readonly Ingestor[] = INGESTORS,
): Ingestor {
  if (declared !== undefined) {
    const ingestor = findIngestor(declared, registry);
    if (!ingestor)
      throw new ConfigError(
        `${sample.path}: format '${declared}' is not supported (expected one of ${registry.map((i) => i.id).join(', ')}; see 'shipgate formats').`,
      );
    return ingestor;
  }
  const answers = registry.map((ingestor) => ({ ingestor, detection: safeDetect(ingestor, sample) }));
  const certain = answers.filter((a) => a.detection === 'certain');
  const possible = answers.filter((a) => a.detection === 'possible');
  const chosen =
    certain.length === 1 ? certain[0] : certain.length === 0 && possible.length === 1 ? possible[0] : undefined;
  if (chosen) return chosen.ingestor;
  const candidates = certain.length > 1 ? certain : possible;
  if (candidates.length > 1)
    throw new InputError(
      `${sample.path}: the format is ambiguous: it could be ${candidates.map((c) => c.ingestor.id).join(' or ')}; declare it with 'format:' for this input in the policy.`,
    );
  throw new InputError(
    `${sample.path}: the format was not recognized${parseError ? ` (it is not valid JSON: ${parseError})` : ''}; expected one of the formats 'shipgate formats' lists, or declare 'format:' for this input in the policy.`,
  );
}

/** Detects the format of an input read whole; returns the parsed document too when it is one JSON text. */
export function detectFormat(
  input: InputFile,
  declared?: string,
  registry: readonly Ingestor[] = INGESTORS,
): DetectedFormat {
  const { sample, parseError } = sampleInput(input);
  const ingestor = chooseIngestor(sample, declared, parseError, registry);
  return { ingestor, ...(parseError === undefined ? { document: sample.document } : {}) };
}

/** Detects the format of an input too large to read whole, from its first bytes. */
export function detectFormatFromHead(
  path: string,
  head: Buffer,
  declared?: string,
  registry: readonly Ingestor[] = INGESTORS,
): Ingestor {
  return chooseIngestor({ path, head: head.toString('utf8') }, declared, undefined, registry);
}

/**
 * For a report streamed in a format told from its first bytes: the detection a report read whole gets,
 * made on the document the stream put back together. Throws what that detection throws (ambiguous, not
 * recognized), or an InputError when it picks another format than the first bytes did.
 */
export function confirmStreamedFormat(
  path: string,
  head: Buffer,
  document: unknown,
  fromHead: Ingestor,
  registry: readonly Ingestor[] = INGESTORS,
): void {
  const whole = chooseIngestor({ path, head: head.toString('utf8'), document }, undefined, undefined, registry);
  if (whole !== fromHead)
    throw new InputError(
      `${path}: the report's first bytes look like ${fromHead.id}, but the whole document is ${whole.id}: declare its format with 'format:' for this input in the policy (expected a report whose first bytes and whole document show one format).`,
    );
}
