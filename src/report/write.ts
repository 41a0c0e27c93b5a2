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
 * Writes text or text chunks, gathered into writes of about 1 MiB. The chunks are encoded into one
 * reused buffer, so writing a large output allocates no buffer per write.
 */
async function writeContent(path: string, content: OutputContent): Promise<void> {
  const handle = await open(path, 'w');
  try {
    if (typeof content === 'string') await handle.writeFile(content);
    else {
      // UTF-8 takes at most 3 bytes per UTF-16 code unit.
      const buffer = Buffer.allocUnsafe(3 * FLUSH_BYTES + 3 * 65536);
      let pending: string[] = [];
      let size = 0;
      const flush = async (): Promise<void> => {
        const text = pending.join('');
        pending = [];
        size = 0;
        if (3 * text.length <= buffer.length) {
          const length = buffer.write(text, 0, 'utf8');
          let done = 0;
          while (done < length) done += (await handle.write(buffer, done, length - done)).bytesWritten;
        } else await handle.write(text);
      };
      for (const chunk of content) {
        pending.push(chunk);
        size += chunk.length;
        if (size >= FLUSH_BYTES) await flush();
      }
      if (pending.length > 0) await flush();
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
