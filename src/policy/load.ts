/** Loading the policy: the file (or the release preset), its `extends` chain, schema checks, defaults. */
import { isDeepStrictEqual } from 'node:util';
import { posix, win32 } from 'node:path';
import { ConfigError, InputError } from '../errors.js';
import type { EvidenceFile, EvidenceReader } from '../evidence/source.js';
import { evidenceText, sha256 } from '../evidence/source.js';
import { checkGlobPattern, isGlob } from '../glob.js';
import { escapePointer } from '../ingest/json.js';
import { validateWithSchema } from '../schema.js';
import { pushAll } from '../strings.js';
import { loadYaml, yamlDocument, YamlError, type YamlDocument } from '../yaml.js';
import { PRESET_PARTS } from '../generated/presets.js';
import { SEVERITY_RANK, type Severity } from '../model.js';
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
/**
 * A shipgate policy written where shipgate does not look for one (MISNAMED_POLICY_PATHS), when there is
 * none at DEFAULT_POLICY_PATH: a file there that reads like one (a `version` line and a line of a
 * shipgate policy key). Another tool's `shipgate.yml`, a folder or a link of that name is not one.
 */
export function misnamedPolicy(reader: EvidenceReader): string | undefined {
  return MISNAMED_POLICY_PATHS.find((candidate) => readsLikePolicy(reader, candidate));
}

/** The keys of a policy besides `version`: one of them beside `version` makes a file read like a policy. */
const POLICY_KEYS = ['extends', 'mode', 'gates', 'inputs', 'exceptions', 'outputs', 'evidence', 'severity'];

/**
 * Whether the file at `path` reads like a shipgate policy (a `version` key and a shipgate policy key);
 * false when there is none, or it cannot be read as a file. Read as YAML, as the policy loader reads it,
 * so that every spelling the loader accepts counts (a byte order mark, quoted keys, flow style, a `---`
 * line, indentation); a file that is not YAML counts when lines of those keys show in it, however quoted
 * or indented. A stricter policy under one of these names must never give way to a looser one.
 */
export function readsLikePolicy(reader: EvidenceReader, path: string): boolean {
  let text: string;
  try {
    const file = reader.read(path);
    if (file === undefined) return false;
    text = file.bytes.toString('utf8').replace(/^\uFEFF/, '');
  } catch {
    return false;
  }
  try {
    const { value } = loadYaml(text);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const keys = Object.keys(value);
      return keys.includes('version') && keys.some((key) => POLICY_KEYS.includes(key));
    }
  } catch {
    // Not YAML the loader reads: the lines decide below.
  }
  const line = (keys: string) => new RegExp(`(?:^|[{,])\\s*["']?(?:${keys})["']?\\s*:`, 'm');
  return line('version').test(text) && line(POLICY_KEYS.join('|')).test(text);
}

/**
 * Where a policy is often written by mistake: one there, and none at DEFAULT_POLICY_PATH, is refused.
 * The Action reads these from the trusted commit, as the policy itself (a pull request that adds one
 * would otherwise turn a rejection into a configuration error).
 */
export const MISNAMED_POLICY_PATHS: readonly string[] = ['.shipgate/policy.yaml', 'shipgate.yml'];
/** The most policy files of the user's own one extends chain may hold; the built-in presets at its end are not counted. */
export const MAX_EXTENDS = 8;

interface PolicyLayer {
  source: string;
  origin: string;
  sha256: string;
  value: Record<string, unknown>;
  /** The parsed file, for the line and column of its keys. */
  doc: YamlDocument;
}

const presetNames = (): string => Object.keys(PRESETS).join(', ');

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

/** `<file>: line L, column C: extends '<ref>'`, the place a layer names the next one. */
function extendsAt(from: PolicyLayer, ref: string): string {
  return `${from.source}: ${from.doc.positionOf('/extends')}: extends '${ref}'`;
}

function spelledAsPreset(where: string): ConfigError {
  return new ConfigError(
    `${where}: a policy file's path may not start with 'preset:', which names a built-in preset (expected a preset's bare name (${presetNames()}) or a file with another name).`,
  );
}

/**
 * A preset as read at build time (scripts/gen-presets.mjs): the same value and positions as
 * parsePolicyText gives, without starting the YAML parser or the schema check (a test holds both to
 * it). Undefined when the build read another text than this one, which is then parsed.
 */
export function presetDocument(name: string, text: string, digest: string): YamlDocument | undefined {
  const built = Object.hasOwn(PRESET_PARTS, name) ? PRESET_PARTS[name] : undefined;
  if (built === undefined || built.sha256 !== digest) return undefined;
  // Parsed from JSON on every load: a fresh value, which nothing that merges it can change for the next.
  const parts = JSON.parse(built.parts) as { value: unknown; keys: [string, number][]; values: [string, number][] };
  return yamlDocument(text, { value: parts.value, keys: new Map(parts.keys), values: new Map(parts.values) });
}

function readLayer(reader: EvidenceReader, ref: string, from: PolicyLayer | undefined): PolicyLayer {
  if (Object.hasOwn(PRESETS, ref)) {
    const text = PRESETS[ref] as string;
    const source = `preset:${ref}`;
    const digest = sha256(text);
    const doc = presetDocument(ref, text, digest) ?? parsePolicyText(text, source);
    return { source, origin: 'built-in', sha256: digest, value: doc.value as Record<string, unknown>, doc };
  }
  if (from?.source.startsWith('preset:'))
    throw new ConfigError(`${from.source}: extends '${ref}': a preset can only extend another preset.`);
  const via = from ? extendsAt(from, ref) : undefined;
  // posix.join would read '/etc/team.yml' as '<folder of this file>/etc/team.yml': refused, not reinterpreted.
  if (from && via && (posix.isAbsolute(ref) || win32.isAbsolute(ref)))
    throw new ConfigError(
      `${via} is an absolute path (expected a preset (${presetNames()}) or a path relative to the folder of ${from.source}, such as ./team.yml).`,
    );
  const path = from ? posix.normalize(posix.join(posix.dirname(from.source), ref)) : ref;
  // 'preset:<name>' names a built-in preset in the chain, the reports and the certificate: a file that
  // is spelled so would be taken for one (and end the chain before the release defaults).
  if (posix.normalize(path.replace(/\\/g, '/')).startsWith('preset:')) throw spelledAsPreset(via ?? path);
  const file = readPolicyFile(reader, path, via);
  if (file?.path.startsWith('preset:')) throw spelledAsPreset(via ?? file.path);
  if (!file)
    throw new ConfigError(
      from
        ? `${via}: no such preset or file (tried ${path}, relative to the folder of ${from.source}; expected a preset (${presetNames()}) or a relative path to a policy file).`
        : `${path}: the policy file does not exist.`,
    );
  const text = evidenceText(file, 'policy', ConfigError);
  const doc = parsePolicyText(text, file.path);
  return {
    source: file.path,
    origin: file.origin,
    sha256: file.sha256,
    value: doc.value as Record<string, unknown>,
    doc,
  };
}

/**
 * A policy file from the reader. A path the reader refuses (outside the root, a symlink, a folder) is
 * a problem of the policy or the --policy flag that names it: a config error (exit 2), not an input
 * error. `via` says where the path came from (`<file>: line L, column C: extends '<ref>'`).
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

/** The value at a JSON pointer, or undefined. */
function valueAt(value: unknown, pointer: string): unknown {
  let current = value;
  for (const token of pointer.split('/').slice(1)) {
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** `/severity/overrides` as a policy key: `severity.overrides`. */
function keyName(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

/** A list entry as a policy writes it, in YAML flow style: `{ match: { scanType: secret }, severity: critical }`. */
function showEntry(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(showEntry).join(', ')}]`;
  if (isPlainObject(value))
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${showEntry(v)}`)
      .join(', ')} }`;
  return typeof value === 'string' && /^[\w./*?@-]+$/.test(value) ? value : JSON.stringify(value);
}

/**
 * The lists whose dropped entries loosen a gate: a raised severity, a required scan type, a required
 * control, a severity that needs a plan, and every approver at once (an empty list). Replacing other
 * lists (approvers by other approvers, inputs, exception paths) is what a team's policy does on purpose,
 * and is not warned about.
 */
const GUARDING_LISTS = new Set([
  '/severity/overrides',
  '/evidence/required',
  '/gates/control-verification/requiredControls',
  '/gates/scan-cleanliness/requirePlan',
]);

/** How many, with the noun in the right number: `1 entry`, `3 entries`. */
const entries = (n: number): string => `${n} ${n === 1 ? 'entry' : 'entries'}`;

type OverrideEntry = { match: Record<string, unknown>; severity: Severity };

/**
 * Whether two overrides' selectors can match one finding: they can unless a key both give names values
 * that cannot hold at once. `scanType`, `tool` (case-insensitive) and `rule` name one value of a copy
 * of a finding, and a later override that lowers what an earlier one set needs every copy to match it
 * (evaluation.ts overrideApplies), among them the copy the earlier matched: two values of one of these
 * keys cannot both hold. `vulnerability` matches the rule id or any alias, so two different ids can
 * both match one finding (a GHSA advisory with its CVE alias): it never tells two overrides apart.
 */
function selectorsOverlap(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const differ = (key: string, fold: boolean): boolean => {
    const x = a[key];
    const y = b[key];
    if (typeof x !== 'string' || typeof y !== 'string') return false;
    return fold ? x.toLowerCase() !== y.toLowerCase() : x !== y;
  };
  return !differ('scanType', false) && !differ('tool', true) && !differ('rule', false);
}

/**
 * Whether `later` sets a lower severity than `earlier`. `unknown` counts as what makes it a lowering
 * (critical replaced, info set), as evaluation.ts `lowers` does without the policy's `severity.unknown`,
 * which a later layer may still change.
 */
function setsLower(earlier: Severity, later: Severity): boolean {
  if (earlier === later) return false;
  const from = SEVERITY_RANK[earlier === 'unknown' ? 'critical' : earlier];
  const to = SEVERITY_RANK[later === 'unknown' ? 'info' : later];
  return to < from;
}

/**
 * The entries of a layer's `severity.overrides` that come after an entry it keeps from the list it
 * extends, can match findings that entry matches, and set a lower severity: the last override that
 * matches a finding decides its severity, so each lowers what the kept entry raised (a
 * `{ match: { tool: gitleaks }, severity: low }` after the release preset's secret override makes
 * Gitleaks' secrets low) without dropping it, which the dropped-entries warning would name. An order
 * the extended list already had is not warned about again.
 */
function shadowingWarnings(
  current: readonly unknown[],
  value: readonly unknown[],
  layer: PolicyLayer,
  owner: PolicyLayer,
  at: string,
): string[] {
  const isEntry = (v: unknown): v is OverrideEntry =>
    isPlainObject(v) && isPlainObject(v.match) && typeof v.severity === 'string';
  const lastIndex = (list: readonly unknown[], entry: unknown): number =>
    list.findLastIndex((e) => isDeepStrictEqual(e, entry));
  const warnings: string[] = [];
  value.forEach((later, j) => {
    if (!isEntry(later)) return;
    const shadowed = current.filter((earlier, i): earlier is OverrideEntry => {
      if (!isEntry(earlier) || lastIndex(current, earlier) !== i) return false;
      const kept = lastIndex(value, earlier);
      if (kept === -1 || kept >= j) return false;
      if (!setsLower(earlier.severity, later.severity) || !selectorsOverlap(earlier.match, later.match)) return false;
      // Already after it in the list extended: that layer's order, not this one's.
      return lastIndex(current, later) <= i;
    });
    if (shadowed.length === 0) return;
    const shown = shadowed.slice(0, 3).map(showEntry).join(', ');
    const more = shadowed.length > 3 ? ` and ${shadowed.length - 3} more` : '';
    const one = shadowed.length === 1;
    warnings.push(
      `${layer.source}: ${layer.doc.positionOf(`${at}/${j}`)}: ${keyName(at)} entry ${j + 1}, ${showEntry(later)}, comes after ${shown}${more} of ${owner.source} and can match the same findings, so it lowers them to ${later.severity} (the last override that matches a finding sets its severity: list it before ${one ? 'that entry' : 'those entries'}, or give it a match ${one ? 'that entry' : 'they'} cannot share).`,
    );
  });
  return warnings;
}

/**
 * Merges one layer over what it extends: objects merge key by key; arrays and scalars of the layer
 * replace. A guarding list that drops entries of the list it replaces gets a warning naming the layer
 * that set those entries (`listOwners`: the layer that set each list so far, by pointer), and so do
 * `severity.overrides` entries that lower what a kept entry sets (shadowingWarnings).
 */
function mergeLayer(
  base: Record<string, unknown>,
  over: Record<string, unknown>,
  layer: PolicyLayer,
  pointer: string,
  listOwners: Map<string, PolicyLayer>,
  warnings: string[],
): Record<string, unknown> {
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = result[key];
    const at = `${pointer}/${escapePointer(key)}`;
    // An object merges over what was there (nothing, when the key is new: its lists get their owner).
    if (isPlainObject(value)) {
      result[key] = mergeLayer(isPlainObject(current) ? current : {}, value, layer, at, listOwners, warnings);
      continue;
    }
    if (Array.isArray(value)) {
      const owner = listOwners.get(at);
      // An empty approver list lets anyone but the owner approve: that drop loosens too.
      const guarding = GUARDING_LISTS.has(at) || (at === '/exceptions/approvers' && value.length === 0);
      if (owner && Array.isArray(current) && guarding) {
        const dropped = current.filter((entry) => !value.some((kept) => isDeepStrictEqual(kept, entry)));
        if (dropped.length > 0) {
          const shown = dropped.slice(0, 3).map(showEntry).join(', ');
          const more = dropped.length > 3 ? ` and ${dropped.length - 3} more` : '';
          const one = dropped.length === 1;
          const partly = dropped.length === current.length ? '' : ` and leaves out ${dropped.length}`;
          warnings.push(
            `${layer.source}: ${layer.doc.positionOf(at, true)}: ${keyName(at)} replaces the ${entries(current.length)} of ${owner.source}${partly}, so ${shown}${more} no longer appl${one ? 'ies' : 'y'} (lists replace what they extend: list ${one ? 'it' : 'them'} again to keep ${one ? 'it' : 'them'}).`,
          );
        }
      }
      // Kept, but overridden after: a later entry that lowers what an inherited one raised.
      if (owner && Array.isArray(current) && at === '/severity/overrides')
        pushAll(warnings, shadowingWarnings(current, value, layer, owner, at));
      listOwners.set(at, layer);
    }
    result[key] = value;
  }
  return result;
}

/** Why a path the policy names cannot be read inside the root, or undefined when it can. */
function pathProblem(path: string, glob: boolean): string | undefined {
  const what = glob ? 'a path or glob' : 'a path';
  const slashed = path.replace(/\\/g, '/');
  if (glob) {
    const refused = checkGlobPattern(slashed);
    if (refused !== undefined) return `is refused: ${refused}`;
  } else if (slashed.includes('\0')) return 'contains a NUL character';
  if (posix.isAbsolute(slashed) || win32.isAbsolute(path))
    return `is an absolute path (expected ${what} relative to the root, inside it)`;
  const normalized = posix.normalize(slashed);
  if (normalized === '..' || normalized.startsWith('../'))
    return `leads outside the root (expected ${what} inside the root)`;
  if (normalized === '.') return `names the root folder itself (expected ${what} to a file inside the root)`;
  // The glob walk never resolves '..': evaluate refuses such a glob wherever it would lead.
  if (glob && isGlob(slashed) && slashed.split('/').includes('..'))
    return "is a glob with a '..' segment (expected a glob relative to the root without '..', such as reports/*.sarif)";
  return undefined;
}

/**
 * The paths the policy names (inputs, exceptions.paths, the register, the assessment, outputs.dir)
 * checked before anything is read: each problem names the file that set it, its line and column and
 * the key. Braces and character classes are refused in inputs and exceptions paths, as in exception
 * path globs, whether or not the entry has a wildcard.
 */
function checkPolicyPaths(policy: Policy, locate: (pointer: string) => string, objectInputs: boolean[]): string[] {
  const problems: string[] = [];
  const check = (pointer: string, key: string, path: string, glob: boolean): void => {
    const problem = pathProblem(path, glob);
    if (problem !== undefined) problems.push(`${locate(pointer)}: ${key} '${path}' ${problem}.`);
  };
  policy.inputs.forEach((input, i) =>
    check(objectInputs[i] ? `/inputs/${i}/path` : `/inputs/${i}`, `inputs[${i}]`, input.path, true),
  );
  policy.exceptions.paths.forEach((path, i) => check(`/exceptions/paths/${i}`, `exceptions.paths[${i}]`, path, true));
  const register = '/gates/disposition-integrity/register';
  const assessment = '/gates/control-verification/assessment';
  check(register, keyName(register), policy.gates['disposition-integrity'].register, false);
  check(assessment, keyName(assessment), policy.gates['control-verification'].assessment, false);
  const outDir = policy.outputs.dir;
  const normalized = posix.normalize(outDir.replace(/\\/g, '/'));
  if (posix.isAbsolute(normalized) || win32.isAbsolute(outDir) || normalized === '..' || normalized.startsWith('../'))
    problems.push(
      `${locate('/outputs/dir')}: outputs.dir '${outDir}' leads outside the root (expected a folder relative to the root; give --out, or the Action's output-dir, to write elsewhere).`,
    );
  else if (normalized === '.' || normalized === './')
    problems.push(
      `${locate('/outputs/dir')}: outputs.dir '${outDir}' is the root itself: the outputs need a folder of their own, which every run replaces and input globs do not read (expected a folder such as .artifacts/review-security).`,
    );
  return problems;
}

/**
 * Loads the policy: `path` when given (it must exist), else `.shipgate/policy.yml` when present,
 * else the release preset. A policy without `extends` starts from the release defaults.
 */
export function loadPolicy(
  reader: EvidenceReader,
  path?: string,
  options: {
    /**
     * Check the paths the policy names (default true). Off only to learn where an earlier run's outputs
     * went when the policy is refused for another path (see run.ts `withdrawOutputs`).
     */
    checkPaths?: boolean;
  } = {},
): LoadedPolicy {
  let ref = path;
  if (ref === undefined) {
    if (readPolicyFile(reader, DEFAULT_POLICY_PATH)) ref = DEFAULT_POLICY_PATH;
    else {
      // A policy written under another name would be passed over for the release preset without a word,
      // and a stricter policy (extends: strict) would not apply: refused, so that the name is fixed.
      const misnamed = misnamedPolicy(reader);
      if (misnamed !== undefined)
        throw new ConfigError(
          `${misnamed}: shipgate reads its policy from ${DEFAULT_POLICY_PATH}, and there is none, so this shipgate policy would be passed over for the built-in release preset (expected the policy at ${DEFAULT_POLICY_PATH}: rename the file, or name the policy to apply with --policy or the Action's policy input, e.g. --policy ${misnamed} or --policy release).`,
        );
      ref = 'release';
    }
  } else if (!Object.hasOwn(PRESETS, ref) && !readPolicyFile(reader, ref))
    throw new ConfigError(
      `${ref}: the policy file does not exist (give a path inside the root, or a preset: ${presetNames()}).`,
    );
  const layers: PolicyLayer[] = [];
  let from: PolicyLayer | undefined;
  for (;;) {
    const own = layers.filter((l) => l.origin !== 'built-in');
    if (from && !Object.hasOwn(PRESETS, ref) && own.length >= MAX_EXTENDS)
      throw new ConfigError(
        `${extendsAt(from, ref)}: the extends chain is longer than ${MAX_EXTENDS} policy files: ${own.map((l) => l.source).join(' -> ')} are ${own.length} already, and '${ref}' would be file ${own.length + 1} (expected at most ${MAX_EXTENDS} policy files of your own; the built-in preset at the end of a chain is not counted).`,
      );
    const layer = readLayer(reader, ref, from);
    if (layers.some((l) => l.source === layer.source))
      throw new ConfigError(
        `${from ? `${extendsAt(from, ref)}: ` : ''}the extends chain loops back to ${layer.source} (${[...layers, layer].map((l) => l.source).join(' -> ')}; expected a chain that ends in a preset).`,
      );
    layers.push(layer);
    const next = layer.value.extends;
    if (typeof next === 'string') {
      from = layer;
      ref = next;
    } else if (layer.source !== 'preset:release') {
      from = layer;
      ref = 'release';
    } else break;
  }
  const warnings: string[] = [];
  const listOwners = new Map<string, PolicyLayer>();
  let merged: Record<string, unknown> = {};
  for (const layer of [...layers].reverse()) merged = mergeLayer(merged, layer.value, layer, '', listOwners, warnings);
  delete merged.extends;
  const policy = merged as unknown as Policy;
  const objectInputs = (policy.inputs ?? []).map((input) => typeof input !== 'string');
  policy.inputs = (policy.inputs ?? []).map((input) => (typeof input === 'string' ? { path: input } : input));
  // The layers newest first: the first that holds a key is the one that set it (lists replace whole).
  const locate = (pointer: string): string => {
    const layer = layers.find((l) => valueAt(l.value, pointer) !== undefined) ?? layers[0];
    return layer ? `${layer.source}: ${layer.doc.positionOf(pointer)}` : 'preset:release';
  };
  const problems = options.checkPaths === false ? [] : checkPolicyPaths(policy, locate, objectInputs);
  if (problems.length > 0)
    throw new ConfigError(
      `${layers[0]?.source ?? 'preset:release'}: the policy names paths shipgate cannot read inside the root.`,
      problems,
    );
  const trustedRef = policy.exceptions?.trustedRef;
  if (trustedRef !== undefined && trustedRef !== 'auto')
    warnings.push(
      `${locate('/exceptions/trustedRef')}: exceptions.trustedRef '${trustedRef}' is not read; where policy and exception files come from is the Action's trusted-ref input (default auto: the base commit of a pull request).`,
    );
  const chain = layers.map((l) => ({ source: l.source, sha256: l.sha256, origin: l.origin }));
  return {
    policy,
    source: layers[0]?.source ?? 'preset:release',
    digest: sha256(chain.map((c) => `${c.source}\0${c.sha256}`).join('\n')),
    chain,
    warnings,
    locate,
  };
}

/** Whether an evaluation reads the findings register: a gate uses the plans in it. */
export function readsRegister(policy: Policy): boolean {
  return (
    policy.gates['disposition-integrity'].enforcement !== 'off' ||
    policy.gates['scan-cleanliness'].requirePlan.length > 0
  );
}

/** Whether an evaluation reads the manual assessment: its gate is on. */
export function readsAssessment(policy: Policy): boolean {
  return policy.gates['control-verification'].enforcement !== 'off';
}
