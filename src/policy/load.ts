/** Loading the policy: the file (or the release preset), its `extends` chain, schema checks, defaults. */
import { isAbsolute, posix } from 'node:path';
import { ConfigError, InputError } from '../errors.js';
import type { EvidenceFile, EvidenceReader } from '../evidence/source.js';
import { sha256 } from '../evidence/source.js';
import { validateWithSchema } from '../schema.js';
import { loadYaml, YamlError, type YamlDocument } from '../yaml.js';
import advisoryPreset from '../../gates/advisory.yml';
import releasePreset from '../../gates/release.yml';
import strictPreset from '../../gates/strict.yml';
import type { LoadedPolicy, Policy } from './types.js';

/** The built-in presets (top-level gates/), embedded at build time. */
export const PRESETS: Record<string, string> = {
  release: releasePreset,
  strict: strictPreset,
  advisory: advisoryPreset,
};

export const DEFAULT_POLICY_PATH = '.shipgate/policy.yml';
const MAX_EXTENDS = 8;

interface PolicyLayer {
  source: string;
  origin: string;
  sha256: string;
  value: Record<string, unknown>;
}

/** Parses one policy file's text and checks it against the schema; every problem in one ConfigError. */
export function parsePolicyText(text: string, source: string): YamlDocument {
  let doc: YamlDocument;
  try {
    doc = loadYaml(text);
  } catch (error) {
    if (error instanceof YamlError)
      throw new ConfigError(`${source}: ${error.where}: ${error.reason} (expected a shipgate policy in YAML).`);
    throw error;
  }
  if (doc.value === null || typeof doc.value !== 'object' || Array.isArray(doc.value))
    throw new ConfigError(`${source}: line 1, column 1: the policy must be a YAML mapping with 'version: 1'.`);
  const problems = validateWithSchema('policy', doc, source);
  if (problems.length > 0) throw new ConfigError(`${source}: the policy is invalid.`, problems);
  return doc;
}

function readLayer(reader: EvidenceReader, ref: string, from: string | undefined): PolicyLayer {
  if (Object.hasOwn(PRESETS, ref)) {
    const text = PRESETS[ref] as string;
    const source = `preset:${ref}`;
    return {
      source,
      origin: 'built-in',
      sha256: sha256(text),
      value: parsePolicyText(text, source).value as Record<string, unknown>,
    };
  }
  const path = from ? posix.normalize(posix.join(posix.dirname(from), ref)) : ref;
  if (from?.startsWith('preset:'))
    throw new ConfigError(`${from}: extends '${ref}': a preset can only extend another preset.`);
  const file = readPolicyFile(reader, path, from ? `${from}: extends '${ref}'` : undefined);
  if (!file)
    throw new ConfigError(
      from
        ? `${from}: extends '${ref}': no such preset or file (expected ${Object.keys(PRESETS).join(', ')} or a relative path to a policy file).`
        : `${path}: the policy file does not exist.`,
    );
  const text = file.bytes.toString('utf8');
  return {
    source: file.path,
    origin: file.origin,
    sha256: file.sha256,
    value: parsePolicyText(text, file.path).value as Record<string, unknown>,
  };
}

/**
 * A policy file from the reader. A path the reader refuses (outside the root, a symlink, a folder) is
 * a problem of the policy or the --policy flag that names it: a config error (exit 2), not an input
 * error. `via` says where the path came from (`<file>: extends '<ref>'`).
 */
function readPolicyFile(reader: EvidenceReader, path: string, via?: string): EvidenceFile | undefined {
  try {
    return reader.read(path);
  } catch (error) {
    if (error instanceof InputError) throw new ConfigError(`${via ? `${via}: ` : ''}${error.message}`);
    throw error;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Objects merge key by key; arrays and scalars of the later layer replace the earlier. */
function mergeLayers(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = result[key];
    result[key] = isPlainObject(current) && isPlainObject(value) ? mergeLayers(current, value) : value;
  }
  return result;
}

/**
 * Loads the policy: `path` when given (it must exist), else `.shipgate/policy.yml` when present,
 * else the release preset. A policy without `extends` starts from the release defaults.
 */
export function loadPolicy(reader: EvidenceReader, path?: string): LoadedPolicy {
  let ref = path;
  if (ref === undefined) ref = readPolicyFile(reader, DEFAULT_POLICY_PATH) ? DEFAULT_POLICY_PATH : 'release';
  else if (!Object.hasOwn(PRESETS, ref) && !readPolicyFile(reader, ref))
    throw new ConfigError(
      `${ref}: the policy file does not exist (give a path inside the root, or a preset: ${Object.keys(PRESETS).join(', ')}).`,
    );
  const layers: PolicyLayer[] = [];
  let from: string | undefined;
  for (;;) {
    const layer = readLayer(reader, ref, from);
    if (layers.some((l) => l.source === layer.source))
      throw new ConfigError(
        `${layer.source}: the extends chain loops back to this file (${layers.map((l) => l.source).join(' -> ')}).`,
      );
    layers.push(layer);
    if (layers.length > MAX_EXTENDS)
      throw new ConfigError(`${layer.source}: the extends chain is longer than ${MAX_EXTENDS}.`);
    const next = layer.value.extends;
    if (typeof next === 'string') {
      from = layer.source;
      ref = next;
    } else if (layer.source !== 'preset:release') {
      from = layer.source;
      ref = 'release';
    } else break;
  }
  let merged: Record<string, unknown> = {};
  for (const layer of [...layers].reverse()) merged = mergeLayers(merged, layer.value);
  delete merged.extends;
  const policy = merged as unknown as Policy;
  policy.inputs = (policy.inputs ?? []).map((input) => (typeof input === 'string' ? { path: input } : input));
  const outDir = policy.outputs.dir;
  const normalized = posix.normalize(outDir.replace(/\\/g, '/'));
  if (isAbsolute(outDir) || posix.isAbsolute(normalized) || normalized === '..' || normalized.startsWith('../'))
    throw new ConfigError(
      `${layers.find((l) => isPlainObject(l.value.outputs) && 'dir' in l.value.outputs)?.source ?? layers[0]?.source}: outputs.dir '${outDir}' leads outside the root (expected a folder relative to the root; give --out, or the Action's output-dir, to write elsewhere).`,
    );
  const chain = layers.map((l) => ({ source: l.source, sha256: l.sha256, origin: l.origin }));
  return {
    policy,
    source: layers[0]?.source ?? 'preset:release',
    digest: sha256(chain.map((c) => `${c.source}\0${c.sha256}`).join('\n')),
    chain,
  };
}
