/**
 * The README's references agree with the schema and the code: the policy reference (generated from
 * schemas/policy.schema.json, checked against the presets in gates/ and the code's closed sets), the
 * command line's flags (checked against src/cli.ts and `dist/cli.js --help`) and the exit codes.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
// @ts-expect-error: a plain ES module script without type declarations
import { policyPaths, updateReadme } from '../scripts/policy-docs.mjs';
import { ExitCode } from '../src/errors.js';
import { SCAN_TYPES, SEVERITIES } from '../src/model.js';
import { ENFORCEMENTS, GATE_IDS } from '../src/policy/types.js';

const REPO = new URL('..', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, REPO), 'utf8');

interface SchemaNode {
  $ref?: string;
  enum?: unknown[];
  type?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  $defs?: Record<string, SchemaNode>;
}

const readme = read('README.md');
const schemaJson = read('schemas/policy.schema.json');
const schema = JSON.parse(schemaJson) as SchemaNode;

/** The text of a README section: from its heading to the next heading of the same or a higher level. */
function section(heading: string): string {
  const level = /^#+/.exec(heading)?.[0].length ?? 2;
  const lines = readme.split('\n');
  const start = lines.indexOf(heading);
  if (start === -1) throw new Error(`README.md has no heading '${heading}'.`);
  const end = lines.findIndex((line, i) => i > start && new RegExp(`^#{1,${level}} `).test(line));
  return lines.slice(start + 1, end === -1 ? undefined : end).join('\n');
}

/** The README's generated policy reference (between its markers). */
function policyReference(): string {
  const start = readme.indexOf('<!-- policy-docs:start -->');
  const end = readme.indexOf('<!-- policy-docs:end -->');
  expect(start).toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(start);
  return readme.slice(start, end);
}

/** The key paths the README's policy reference lists, in order. */
function documentedPaths(): string[] {
  return [...policyReference().matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1] as string);
}

/** Resolves a documented path through the schema on its own (not with the generator's walk). */
function schemaNodeAt(path: string): SchemaNode | undefined {
  const deref = (node: SchemaNode | undefined): SchemaNode | undefined => {
    let current = node;
    while (current?.$ref) current = schema.$defs?.[current.$ref.replace('#/$defs/', '')];
    return current;
  };
  let node: SchemaNode | undefined = schema;
  for (const part of path.split('.')) {
    const isList = part.endsWith('[]');
    const key = isList ? part.slice(0, -2) : part;
    node = deref(node?.properties?.[key]);
    if (isList) {
      const items = deref(node?.items);
      node = items?.anyOf ? items.anyOf.map(deref).find((v) => v?.properties) : items;
    }
    if (!node) return undefined;
  }
  return node;
}

/** Every key path a policy document uses: nested objects are followed, list entries that are objects too. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((entry) => keyPaths(entry, `${prefix}[]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    return [path, ...keyPaths(child, path)];
  });
}

describe('README policy reference', () => {
  it('is the text scripts/policy-docs.mjs generates from the schema (run node scripts/policy-docs.mjs)', () => {
    expect(updateReadme(readme, schemaJson, read('gates/release.yml'))).toBe(readme);
  });

  it('lists every key path of the schema, each once', () => {
    const generated = (policyPaths(schema) as { path: string }[]).map((p) => p.path);
    expect(documentedPaths()).toEqual(generated);
    expect(new Set(generated).size).toBe(generated.length);
  });

  it('documents only paths that exist in the schema', () => {
    const missing = documentedPaths().filter((path) => schemaNodeAt(path) === undefined);
    expect(missing).toEqual([]);
  });

  it('documents every key the presets in gates/ use', () => {
    const documented = new Set(documentedPaths());
    const presets = readdirSync(new URL('gates/', REPO)).filter((f) => f.endsWith('.yml'));
    expect(presets.sort()).toEqual(['advisory.yml', 'release.yml', 'strict.yml']);
    for (const file of presets) {
      const used = keyPaths(load(read(`gates/${file}`)));
      expect(used.length).toBeGreaterThan(0);
      expect(
        used.filter((path) => !documented.has(path)),
        `gates/${file}`,
      ).toEqual([]);
    }
  });

  it('shows the release preset value of every key the preset sets', () => {
    const release = load(read('gates/release.yml')) as Record<string, unknown>;
    const rows = new Map(
      [...policyReference().matchAll(/^\| `([^`]+)` \| [^|]* \| [^|]* \| ([^|]*) \|/gm)].map((m) => [
        m[1],
        (m[2] ?? '').trim(),
      ]),
    );
    for (const path of keyPaths(release).filter((p) => !p.includes('[]'))) {
      const value = path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], release);
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) continue;
      expect(rows.get(path), path).not.toBe('');
      if (!Array.isArray(value)) expect(rows.get(path), path).toBe(`\`${String(value)}\``);
    }
  });

  it("uses the code's closed sets: scan types, severities, enforcements and gate ids", () => {
    const defs = schema.$defs ?? {};
    expect(defs.scanType?.enum).toEqual([...SCAN_TYPES]);
    expect(defs.severity?.enum).toEqual([...SEVERITIES]);
    expect(defs.enforcement?.enum).toEqual([...ENFORCEMENTS]);
    expect(Object.keys(schema.properties?.gates?.properties ?? {})).toEqual([...GATE_IDS]);
    for (const gate of GATE_IDS) expect(documentedPaths()).toContain(`gates.${gate}.enforcement`);
  });
});

describe('README command line', () => {
  const documented = new Set([...section('## Command line').matchAll(/(?<![\w-])--[a-z][a-z-]*/g)].map((m) => m[0]));

  it('documents every flag src/cli.ts accepts, and no other (including -h)', () => {
    const source = read('src/cli.ts');
    const block = /const OPTIONS = \{([\s\S]*?)\n\}/.exec(source)?.[1];
    expect(block, 'the OPTIONS object in src/cli.ts').toBeDefined();
    const accepted = [...(block as string).matchAll(/^ {2}'?([a-z][a-z-]*)'?: \{/gm)].map((m) => `--${m[1]}`);
    expect(accepted.length).toBeGreaterThan(10);
    expect([...documented].sort()).toEqual([...new Set(accepted)].sort());
    for (const short of (block as string).matchAll(/short: '([a-z])'/g))
      expect(section('## Command line')).toContain(`-${short[1]}`);
  });

  it('documents every flag and command `dist/cli.js --help` lists', () => {
    const help = spawnSync(process.execPath, [fileURLToPath(new URL('dist/cli.js', REPO)), '--help'], {
      encoding: 'utf8',
    });
    expect(help.status).toBe(0);
    const flags = [...help.stdout.matchAll(/(?<![\w-])--[a-z][a-z-]*/g)].map((m) => m[0]);
    expect(flags.length).toBeGreaterThan(10);
    expect(flags.filter((flag) => !documented.has(flag))).toEqual([]);
    const commands = [...help.stdout.matchAll(/^ {2}([a-z]+)\s/gm)].map((m) => m[1] as string);
    expect(commands.length).toBeGreaterThanOrEqual(5);
    for (const command of commands) expect(section('## Command line')).toContain(`shipgate ${command}`);
  });

  it('lists exactly the exit codes of src/errors.ts', () => {
    const codes = [...section('### Exit codes').matchAll(/^\| (\d+) \|/gm)].map((m) => Number(m[1]));
    expect(codes).toEqual(Object.values(ExitCode));
  });
});
