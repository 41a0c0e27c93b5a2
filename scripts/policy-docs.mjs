// Generates the policy reference in README.md from schemas/policy.schema.json, between the markers
// <!-- policy-docs:start --> and <!-- policy-docs:end -->: every key path, its type, the allowed values,
// the release preset's value (gates/release.yml, else the schema's `default`) and the schema's description.
// `node scripts/policy-docs.mjs --check` fails when README.md is out of date (the test suite runs the same check).
import { readFileSync, writeFileSync } from 'node:fs';
import { load } from 'js-yaml';

const START = '<!-- policy-docs:start -->';
const END = '<!-- policy-docs:end -->';

/** Follows `$ref` to `#/$defs/...`; keywords written beside the `$ref` (a description) win over the definition's. */
function resolveNode(node, schema) {
  let current = node;
  const seen = new Set();
  while (current && typeof current.$ref === 'string') {
    const match = /^#\/\$defs\/(.+)$/.exec(current.$ref);
    if (!match || seen.has(current.$ref)) throw new Error(`policy schema: unsupported $ref '${current.$ref}'.`);
    seen.add(current.$ref);
    const siblings = { ...current };
    delete siblings.$ref;
    current = { ...schema.$defs[match[1]], ...siblings };
  }
  return current;
}

/** The object variants an array's items may take (items itself, or the object branches of anyOf/oneOf). */
function itemObjects(items, schema) {
  const resolved = resolveNode(items, schema);
  const variants = resolved.anyOf ?? resolved.oneOf ?? [resolved];
  return variants.map((v) => resolveNode(v, schema)).filter((v) => v.properties);
}

/**
 * Every key path of the policy, depth first in schema order: `gates.scan-cleanliness.max.high`; `[]` marks
 * the items of a list (`severity.overrides[].match.rule`). Returns { path, node, required }.
 */
export function policyPaths(schema) {
  const out = [];
  const walk = (node, prefix) => {
    const required = new Set(node.required ?? []);
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const path = prefix ? `${prefix}.${key}` : key;
      const resolved = resolveNode(child, schema);
      out.push({ path, node: resolved, required: required.has(key) });
      if (resolved.properties) walk(resolved, path);
      if (resolved.items) for (const variant of itemObjects(resolved.items, schema)) walk(variant, `${path}[]`);
    }
  };
  walk(schema, '');
  return out;
}

function typeOf(node, schema) {
  if (node.const !== undefined) return typeof node.const === 'number' ? 'integer' : typeof node.const;
  if (node.enum) return 'string';
  if (node.anyOf || node.oneOf)
    return (node.anyOf ?? node.oneOf).map((v) => typeOf(resolveNode(v, schema), schema)).join(' or ');
  if (node.type === 'array') {
    const items = resolveNode(node.items ?? {}, schema);
    const itemType = typeOf(items, schema);
    return `list of ${itemType.includes(' or ') ? `(${itemType})` : itemType}`;
  }
  if (node.type === 'object') return 'object';
  return node.type ?? 'any';
}

function allowedOf(node, schema) {
  const code = (value) => `\`${value}\``;
  const parts = [];
  if (node.const !== undefined) parts.push(code(node.const));
  if (node.enum) parts.push(node.enum.map(code).join(', '));
  if (node.minimum !== undefined && node.maximum !== undefined) parts.push(`${node.minimum} to ${node.maximum}`);
  else if (node.minimum !== undefined) parts.push(`${node.minimum} or more`);
  else if (node.maximum !== undefined) parts.push(`at most ${node.maximum}`);
  if (node.pattern) parts.push(`matches ${code(node.pattern)}`);
  if (node.maxLength !== undefined) parts.push(`at most ${node.maxLength} characters`);
  if (node.minProperties) parts.push(`at least ${node.minProperties} key${node.minProperties > 1 ? 's' : ''}`);
  if (node.type === 'array' && node.items) {
    const items = resolveNode(node.items, schema);
    const inner = items.anyOf || items.properties ? '' : allowedOf(items, schema);
    if (inner) parts.push(items.enum ? inner : `each ${inner}`);
    if (node.uniqueItems) parts.push('no repeats');
  }
  return parts.join('; ');
}

/** A value as compact YAML flow text: `[sast, dependency]`, `{ critical: 0, high: 3 }`. */
function flow(value) {
  if (Array.isArray(value)) return `[${value.map(flow).join(', ')}]`;
  if (value && typeof value === 'object')
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${flow(v)}`)
      .join(', ')} }`;
  if (typeof value === 'string' && (value === '' || /[:#{}[\],&*!|>'"%@`]|^\s|\s$/.test(value)))
    return `'${value.replace(/'/g, "''")}'`;
  return String(value);
}

function presetValue(preset, path) {
  if (path.includes('[]')) return undefined;
  let value = preset;
  for (const key of path.split('.')) {
    if (!value || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = value[key];
  }
  return value;
}

/** The release preset's value, or the schema's default; objects whose keys have rows of their own show none. */
function defaultOf(entry, preset) {
  if (entry.node.properties) return '';
  const value = presetValue(preset, entry.path) ?? entry.node.default;
  return value === undefined ? '' : `\`${flow(value)}\``;
}

function cell(text) {
  return String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');
}

export function renderPolicyDocs(schemaJson, releaseYml) {
  const schema = JSON.parse(schemaJson);
  const preset = load(releaseYml);
  const lines = ['| key | type | allowed values | release preset | description |', '| --- | --- | --- | --- | --- |'];
  for (const entry of policyPaths(schema)) {
    const type = `${typeOf(entry.node, schema)}${entry.required ? ', required' : ''}`;
    lines.push(
      `| \`${entry.path}\` | ${cell(type)} | ${cell(allowedOf(entry.node, schema))} | ${cell(defaultOf(entry, preset))} | ${cell(entry.node.description)} |`,
    );
  }
  return `${START}\n${lines.join('\n')}\n${END}`;
}

export function updateReadme(readme, schemaJson, releaseYml) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1) throw new Error('README.md has no policy-docs markers.');
  return `${readme.slice(0, start)}${renderPolicyDocs(schemaJson, releaseYml)}${readme.slice(end + END.length)}`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const readme = readFileSync('README.md', 'utf8');
  const updated = updateReadme(
    readme,
    readFileSync('schemas/policy.schema.json', 'utf8'),
    readFileSync('gates/release.yml', 'utf8'),
  );
  if (process.argv.includes('--check')) {
    if (updated !== readme) {
      console.error('README.md is out of date with schemas/policy.schema.json: run node scripts/policy-docs.mjs');
      process.exit(1);
    }
  } else writeFileSync('README.md', updated);
}
