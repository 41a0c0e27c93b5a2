/** The one place outputs are written: atomically, into the output directory. */
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { OutputError } from '../errors.js';
import type { Evaluation } from '../evaluation.js';
import type { FindingsRegister } from '../evidence/register.js';
import { renderOutputs, type OutputContent } from './index.js';

export const CERTIFICATE_FILES = ['security-approval-certificate.md', 'security-approval-certificate.json'] as const;

/** Removes a certificate left by an earlier run, so none can look current. */
export async function removeStaleCertificates(outDir: string): Promise<void> {
  try {
    for (const name of CERTIFICATE_FILES) await rm(join(outDir, name), { force: true });
  } catch (error) {
    throw new OutputError(`${outDir}: an old certificate could not be removed: ${(error as Error).message}.`);
  }
}

const FLUSH_BYTES = 1024 * 1024;

/**
 * Writes text or text chunks, gathered into writes of about 1 MiB: each chunk is encoded straight
 * into one reused buffer (no joined string, no buffer per write); a chunk too large for it is
 * written on its own.
 */
export async function writeContent(path: string, content: OutputContent): Promise<void> {
  const handle = await open(path, 'w');
  try {
    if (typeof content === 'string') await handle.writeFile(content);
    else {
      const buffer = Buffer.allocUnsafe(FLUSH_BYTES);
      let used = 0;
      const flush = async (): Promise<void> => {
        let done = 0;
        while (done < used) done += (await handle.write(buffer, done, used - done)).bytesWritten;
        used = 0;
      };
      for (const chunk of content) {
        // UTF-8 takes at most 3 bytes per UTF-16 code unit.
        if (used + 3 * chunk.length > buffer.length) {
          await flush();
          if (3 * chunk.length > buffer.length) {
            await handle.write(chunk);
            continue;
          }
        }
        used += buffer.write(chunk, used, 'utf8');
      }
      if (used > 0) await flush();
    }
  } finally {
    await handle.close();
  }
}

/** Writes every output for the evaluation; returns the paths written. */
export async function writeOutputs(
  outDir: string,
  evaluation: Evaluation,
  register: FindingsRegister | undefined,
): Promise<string[]> {
  const files = await renderOutputs(evaluation, register);
  const written: string[] = [];
  try {
    await mkdir(outDir, { recursive: true });
    for (const [name, content] of files) {
      const target = join(outDir, name);
      const temporary = `${target}.${randomUUID()}.tmp`;
      await writeContent(temporary, content);
      await rename(temporary, target);
      written.push(target);
    }
  } catch (error) {
    throw new OutputError(`${outDir}: the outputs could not be written: ${(error as Error).message}.`);
  }
  return written;
}
