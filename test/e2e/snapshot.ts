/** A listing of a folder tree with sizes and content hashes, to show that a run changed nothing. */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';

/** One line per entry, sorted: `path type size sha256` (a link records its target instead of a hash). */
export function snapshotTree(dir: string, prefix = ''): string[] {
  const lines: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const relative = `${prefix}${name}`;
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) lines.push(`${relative} link -> ${readlinkSync(path)}`);
    else if (stat.isDirectory()) lines.push(`${relative}/ dir`, ...snapshotTree(path, `${relative}/`));
    else
      lines.push(
        `${relative} file ${stat.size} ${createHash('sha256').update(readFileSync(path)).digest('hex')} ${(stat.mode & 0o777).toString(8)}`,
      );
  }
  return lines;
}
