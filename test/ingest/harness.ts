/** Shared helpers for the native-format ingestor tests: fixtures, detection samples, temporary inputs. */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readInputFile } from '../../src/ingest/read.js';
import { sarif } from '../../src/ingest/sarif.js';
import type { DetectSample, IngestContext, IngestResult, Ingestor } from '../../src/ingest/types.js';
import { silentLogger } from '../../src/logger.js';
import { emptyCounts, type SeverityCounts } from '../../src/model.js';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export function counts(partial: Partial<SeverityCounts>): SeverityCounts {
  return { ...emptyCounts(), ...partial };
}

/** What a detector sees for a file: its head and, when it is one JSON text, the document. */
export function sampleOf(root: string, rel: string): DetectSample {
  const text = readFileSync(join(root, rel)).toString('utf8');
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    document = undefined;
  }
  return { path: rel, head: text.slice(0, 64 * 1024), document };
}

export function fixtureFiles(folder: string): string[] {
  return readdirSync(join(FIXTURES, folder))
    .filter((name) => name !== 'README.md' && statSync(join(FIXTURES, folder, name)).isFile())
    .map((name) => `${folder}/${name}`)
    .sort();
}

/** Helpers bound to one ingestor and its fixture folder. */
export function createHarness(ingestor: Ingestor, folder: string, ownMalformed: readonly string[] = []) {
  let tempRoot: string | undefined;
  const context = (extra: Partial<IngestContext> = {}): IngestContext => ({
    root: FIXTURES,
    logger: silentLogger,
    ...extra,
  });
  const tempDir = (): string => (tempRoot ??= mkdtempSync(join(tmpdir(), `shipgate-${ingestor.id}-`)));
  const writeTemp = (name: string, content: string): { root: string; rel: string } => {
    writeFileSync(join(tempDir(), name), content);
    return { root: tempDir(), rel: name };
  };
  /** Writes text (or the JSON of any other value) to a temporary input and parses it. */
  const parseText = async (name: string, content: unknown, extra: Partial<IngestContext> = {}) => {
    const { root, rel } = writeTemp(name, typeof content === 'string' ? content : JSON.stringify(content));
    return ingestor.parse(readInputFile(root, rel), { root, logger: silentLogger, ...extra });
  };
  return {
    context,
    tempDir,
    writeTemp,
    parseText,
    parseFixture: (rel: string, extra: Partial<IngestContext> = {}) =>
      ingestor.parse(readInputFile(FIXTURES, rel), context(extra)),
    /** Parses a fixture of this format's folder by file name. */
    parseFolderFixture: (name: string) => ingestor.parse(readInputFile(FIXTURES, `${folder}/${name}`), context()),
    /** The detection sample of a fixture, by its path under fixtures/. */
    sampleAt: (rel: string): DetectSample => sampleOf(FIXTURES, rel),
    /** Every fixture of every other format (the other formats' malformed files included, this one's not). */
    otherFormatFiles: (): string[] =>
      readdirSync(FIXTURES)
        .filter((f) => f !== folder && f !== 'suites' && statSync(join(FIXTURES, f)).isDirectory())
        .flatMap((f) => fixtureFiles(f))
        .filter((rel) => !ownMalformed.includes(rel)),
    /** Parses text that must fail; returns the InputError. */
    parseError: async (name: string, content: unknown): Promise<InputError> => {
      try {
        await parseText(name, content);
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        return error as InputError;
      }
      throw new Error(`parsing ${name} did not fail`);
    },
  };
}

/** The result of a parse, or the message of the InputError it threw (any other error is a bug: rethrown). */
export async function settle<T>(fn: () => Promise<T>): Promise<{ value?: T; error?: string }> {
  try {
    return { value: await fn() };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { error: error.message };
  }
}

/**
 * Reads a SARIF log written to `dir/name` through both paths (the streaming one in small and large
 * chunks), expects them to agree, and gives the whole-document result or its InputError message.
 */
export async function readSarifBothWays(
  dir: string,
  name: string,
  log: unknown,
  extra: Partial<IngestContext> = {},
): Promise<{ value?: IngestResult; error?: string }> {
  const text = typeof log === 'string' ? log : JSON.stringify(log);
  writeFileSync(join(dir, name), text);
  const context = { root: dir, logger: silentLogger, ...extra };
  const whole = await settle(() => sarif.parse(readInputFile(dir, name), context));
  for (const chunkSize of [7, 65_536]) {
    const input = { path: name, absPath: join(dir, name), size: Buffer.byteLength(text) };
    const streamed = await settle(() => sarif.parseStream!(input, context, { chunkSize }));
    expect(streamed.error).toBe(whole.error);
    expect(streamed.value?.findings).toEqual(whole.value?.findings);
    expect(streamed.value?.runs).toEqual(whole.value?.runs);
    expect(streamed.value?.warnings).toEqual(whole.value?.warnings);
  }
  return whole;
}
