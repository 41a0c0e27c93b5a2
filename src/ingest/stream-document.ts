/**
 * Streaming for formats whose parser reads the whole document (Trivy, Grype, Semgrep JSON): the large
 * arrays are split off by the streaming reader and each element parsed on its own, then put back into
 * the skeleton, and the format's own parser runs on the result. The file is never one string, so a
 * report past V8's 512 MiB string limit is readable; memory holds the parsed entries (not the text),
 * and every check of the format's parser applies unchanged.
 */
import { InputError } from '../errors.js';
import { parseJsonText } from './json.js';
import { checkStreamedShape, streamJson } from './json-stream.js';
import { decodeUtf8 } from './read.js';
import type { IngestContext, Ingestor, StreamedIngestResult, StreamedInput, StreamParseOptions } from './types.js';
import { pushAll } from '../strings.js';

type Container = Record<string, unknown> | unknown[];

function childOf(parent: unknown, key: string | number): unknown {
  if (Array.isArray(parent)) return typeof key === 'number' ? parent[key] : undefined;
  if (parent !== null && typeof parent === 'object') return (parent as Record<string, unknown>)[String(key)];
  return undefined;
}

/**
 * Builds `parse`, the whole-document path, for such a format: the document (parsed here, or the one
 * detection parsed), the checks the streaming path makes outside the arrays it splits (see
 * `checkStreamedShape`), then the format's reader, which `streamWholeDocument` also calls.
 */
export function parseWholeDocument(read: Ingestor['parse'], paths: string[][], expected: string): Ingestor['parse'] {
  return async (input, context) => {
    const document =
      context.document !== undefined ? context.document : parseJsonText(decodeUtf8(input), input, expected);
    checkStreamedShape(input.bytes, input.path, { paths });
    return read(input, { ...context, document });
  };
}

/** Builds `parseStream` for an ingestor from the array paths to split (patterns as json-stream takes them). */
export function streamWholeDocument(
  parse: Ingestor['parse'],
  paths: string[][],
): (input: StreamedInput, context: IngestContext, options?: StreamParseOptions) => Promise<StreamedIngestResult> {
  return async (input, context, options = {}) => {
    // Elements are kept by the path of their array and put back once the skeleton has arrived.
    const byArray = new Map<string, { path: (string | number)[]; values: unknown[] }>();
    let count = 0;
    const events = streamJson(
      input.absPath,
      input.path,
      { paths },
      {
        ...(options.maxElementBytes ? { maxElementBytes: options.maxElementBytes } : {}),
        ...(options.chunkSize ? { chunkSize: options.chunkSize } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      },
    );
    for await (const event of events) {
      if (event.kind === 'element') {
        const arrayPath = event.path.slice(0, -1);
        const key = JSON.stringify(arrayPath);
        let entry = byArray.get(key);
        if (!entry) {
          entry = { path: arrayPath, values: [] };
          byArray.set(key, entry);
        }
        entry.values.push(event.value);
        count += 1;
        continue;
      }
      const document = event.skeleton;
      for (const { path, values } of byArray.values()) {
        let target: unknown = document;
        for (const key of path) target = childOf(target, key);
        if (!Array.isArray(target))
          throw new InputError(
            `${input.path}: /${path.join('/')}: the streamed array could not be put back (expected an array).`,
          );
        pushAll(target as Container as unknown[], values);
      }
      options.confirmFormat?.(document);
      const result = await parse(
        { path: input.path, absPath: input.absPath, size: event.bytes, sha256: event.sha256, bytes: Buffer.alloc(0) },
        { ...context, document },
      );
      return { ...result, sha256: event.sha256, bytes: event.bytes };
    }
    throw new InputError(`${input.path}: the stream ended before the end of the document (${count} entries read).`);
  };
}
