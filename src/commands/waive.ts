/** `shipgate waive`: appends a well-formed exception entry for one finding. */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { dump } from 'js-yaml';
import { daysBetween, isIsoDate } from '../dates.js';
import { ConfigError } from '../errors.js';
import type { Clock } from '../logger.js';
import { createWorkspaceReader } from '../evidence/source.js';
import {
  EXCEPTION_TYPES,
  exceptionProblem,
  parseExceptionFile,
  readExceptionFiles,
  type Exception,
} from '../evidence/exceptions.js';
import { loadPolicy } from '../policy/load.js';
import { relativeToRoot } from '../ingest/read.js';

export interface WaiveOptions {
  root: string;
  findingId: string;
  clock: Clock;
  policy?: string;
  reason?: string;
  owner?: string;
  approvedBy?: string;
  approvedOn?: string;
  expires?: string;
  type?: string;
  ticket?: string;
  /** Exception file to append to, relative to the root; default .shipgate/exceptions/waivers.yml. */
  file?: string;
}

const DEFAULT_FILE = '.shipgate/exceptions/waivers.yml';

function nextId(existing: readonly Exception[]): string {
  const numbers = existing
    .map((e) => /^EXC-(\d+)$/.exec(e.id)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
  return `EXC-${String(Math.max(0, ...numbers) + 1).padStart(4, '0')}`;
}

/** Appends the entry (keeping the file's comments) and checks the result parses; refuses a horizon beyond maxDays. */
export function waiveFinding(options: WaiveOptions): { id: string; file: string } {
  if (!/^SG-[0-9a-f]{16}$/.test(options.findingId))
    throw new ConfigError(
      `'${options.findingId}' is not a shipgate finding id (expected SG- and 16 hex digits, as scan-results.json lists).`,
    );
  const missing = (['reason', 'owner', 'approvedBy', 'expires'] as const).filter((k) => !options[k]);
  if (missing.length > 0)
    throw new ConfigError(
      `waive needs ${missing.map((k) => `--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`).join(', ')}.`,
    );
  const type = options.type ?? 'risk-acceptance';
  if (!(EXCEPTION_TYPES as readonly string[]).includes(type))
    throw new ConfigError(`--type '${type}' is not an exception type (expected ${EXCEPTION_TYPES.join(', ')}).`);
  if (type === 'compensating-control')
    throw new ConfigError(
      'a compensating-control exception needs a control description; write it in the exception file by hand.',
    );
  const today = options.clock().toISOString().slice(0, 10);
  const approvedOn = options.approvedOn ?? today;
  for (const [flag, value] of [
    ['--approved-on', approvedOn],
    ['--expires', options.expires as string],
  ] as const)
    if (!isIsoDate(value)) throw new ConfigError(`${flag} '${value}' is not a calendar date (expected YYYY-MM-DD).`);

  const reader = createWorkspaceReader(options.root);
  const { policy } = loadPolicy(reader, options.policy);
  const file = options.file ?? DEFAULT_FILE;
  const rel = relativeToRoot(options.root, file);
  if (rel === undefined || rel === '') throw new ConfigError(`--file '${file}' is outside the root ${options.root}.`);
  const existing = readExceptionFiles(reader, policy.exceptions.paths).exceptions;
  const entry = {
    id: nextId(existing),
    type: type as Exception['type'],
    match: { finding: options.findingId },
    reason: options.reason as string,
    owner: options.owner as string,
    approvedBy: options.approvedBy as string,
    approvedOn,
    expires: options.expires as string,
    ...(options.ticket ? { ticket: options.ticket } : {}),
  };
  const horizon = daysBetween(approvedOn, entry.expires);
  if (horizon > policy.exceptions.maxDays)
    throw new ConfigError(
      `--expires ${entry.expires} is ${horizon} days after ${approvedOn}; the policy allows at most ${policy.exceptions.maxDays} (maxDays).`,
    );
  const problem = exceptionProblem({ ...entry, file: rel, line: 0 }, policy, today);
  if (problem) throw new ConfigError(`the exception would not apply: it is ${problem.reason}.`);

  const abs = resolve(options.root, rel);
  let text = existsSync(abs) ? readFileSync(abs, 'utf8') : '# Exceptions written by shipgate waive.\nexceptions:\n';
  text = text.replace(/^exceptions:\s*\[\s*\]\s*$/m, 'exceptions:');
  if (!/^exceptions:\s*$/m.test(text))
    throw new ConfigError(`${rel}: cannot append: the file has no block 'exceptions:' list.`);
  const indent = /^exceptions:\s*\n(?:\s*#.*\n|\s*\n)*( *)- /m.exec(text)?.[1] ?? '  ';
  const block = dump([entry], { lineWidth: -1 })
    .trimEnd()
    .split('\n')
    .map((line) => `${indent}${line}`)
    .join('\n');
  // Insert right after the list (before trailing comments) by appending at the end of the file.
  const updated = `${text.endsWith('\n') ? text : `${text}\n`}${block}\n`;
  parseExceptionFile(updated, rel);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, updated);
  return { id: entry.id, file: rel };
}
