/**
 * pip-audit JSON (`pip-audit -f json`): `{"dependencies": [...], "fixes": [...]}` since 2.x, a bare array of
 * dependencies before. Each dependency is `{name, version, vulns: [{id, aliases, fix_versions, description}]}`,
 * or `{name, skip_reason}` when pip-audit could not audit it.
 * Docs: https://github.com/pypa/pip-audit#json-output (writer: `pip_audit/_format/json.py`).
 *
 * pip-audit gives no severity, so every finding is `unknown` and the policy decides how it counts.
 * Identity (DESIGN 3.2): `dep|<CVE, else GHSA, else PYSEC id>|pypi:<name>|<version>`; an advisory whose aliases
 * name several CVEs keeps its own id (see joinableAliases).
 */
import { capTitle, describeFound, isObject, quoteReportText, quoteText } from './report-reader.js';
import { InputError } from '../errors.js';
import type { RawFinding } from '../model.js';
import { dependencyIdentity, joinableAliases, normalizeAliases } from './identity.js';
import { parseJsonText } from './json.js';
import { decodeUtf8 } from './read.js';
import type { DetectSample, Detection, IngestContext, IngestResult, InputFile, Ingestor } from './types.js';

const FORMAT = 'pip-audit';
const TOOL = 'pip-audit';
const ECOSYSTEM = 'pypi';

function readStrings(input: InputFile, pointer: string, value: unknown, what: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
    throw new InputError(`${input.path}: ${pointer}: found ${describeFound(value)} (expected an array of ${what}).`);
  return value.filter((v) => v.trim() !== '');
}

function isDependency(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.name === 'string' &&
    (Array.isArray(value.vulns) || typeof value.skip_reason === 'string')
  );
}

function detect(sample: DetectSample): Detection {
  try {
    const doc = sample.document;
    if (doc !== undefined) {
      if (Array.isArray(doc)) return doc.length > 0 && doc.every(isDependency) ? 'certain' : 'no';
      if (!isObject(doc) || !Array.isArray(doc.dependencies)) return 'no';
      const deps = doc.dependencies;
      if (deps.length > 0) return deps.every(isDependency) ? 'certain' : 'no';
      return Array.isArray(doc.fixes) ? 'certain' : 'possible';
    }
    const head = sample.head;
    if (/^\s*[[{]/.test(head) && /"vulns"\s*:\s*\[/.test(head) && /"(fix_versions|skip_reason)"\s*:/.test(head))
      return 'possible';
    return 'no';
  } catch {
    return 'no';
  }
}

async function parse(input: InputFile, context: IngestContext): Promise<IngestResult> {
  const doc =
    context.document !== undefined ? context.document : parseJsonText(decodeUtf8(input), input, 'pip-audit JSON');
  let dependencies: unknown[];
  let base: string;
  if (Array.isArray(doc)) {
    dependencies = doc;
    base = '';
  } else if (isObject(doc) && Array.isArray(doc.dependencies)) {
    dependencies = doc.dependencies;
    base = '/dependencies';
  } else if (isObject(doc)) {
    throw new InputError(
      `${input.path}: /dependencies: found ${describeFound(doc.dependencies)} (expected the array of audited dependencies).`,
    );
  } else {
    throw new InputError(
      `${input.path}: the document is ${describeFound(doc)} (expected a pip-audit JSON object with 'dependencies', or the older top-level array).`,
    );
  }

  const scanType = context.scanType ?? 'dependency';
  const findings: RawFinding[] = [];
  const warnings: string[] = [];
  let audited = 0;
  let resultCount = 0;
  dependencies.forEach((dependency, index) => {
    const pointer = `${base}/${index}`;
    if (!isObject(dependency))
      throw new InputError(
        `${input.path}: ${pointer}: found ${describeFound(dependency)} (expected a dependency object).`,
      );
    const name = dependency.name;
    if (typeof name !== 'string' || name === '')
      throw new InputError(`${input.path}: ${pointer}/name: found ${describeFound(name)} (expected the package name).`);
    if (typeof dependency.skip_reason === 'string') {
      // pip-audit writes a skipped dependency as {name, skip_reason}: vulnerabilities listed beside a skip
      // reason were edited in or out of place, and must not vanish into a warning.
      if (Array.isArray(dependency.vulns) && dependency.vulns.length > 0)
        throw new InputError(
          `${input.path}: ${pointer}: ${quoteReportText(name, Infinity)} has a skip_reason and lists ${dependency.vulns.length} vulnerabilit${dependency.vulns.length === 1 ? 'y' : 'ies'} (expected either a skipped dependency, {name, skip_reason}, or an audited one, {name, version, vulns}, as pip-audit writes them).`,
        );
      warnings.push(
        `${input.path}: ${pointer}: pip-audit did not audit ${quoteReportText(name, Infinity)}: ${quoteText(dependency.skip_reason)}.`,
      );
      return;
    }
    const version = dependency.version;
    if (typeof version !== 'string' || version === '')
      throw new InputError(
        `${input.path}: ${pointer}/version: found ${describeFound(version)} (expected the installed version, or a skip_reason).`,
      );
    if (!Array.isArray(dependency.vulns))
      throw new InputError(
        `${input.path}: ${pointer}/vulns: found ${describeFound(dependency.vulns)} (expected an array of vulnerabilities).`,
      );
    audited += 1;
    resultCount += dependency.vulns.length;
    const seen = new Set<string>();
    dependency.vulns.forEach((vuln, vulnIndex) => {
      const vulnPointer = `${pointer}/vulns/${vulnIndex}`;
      if (!isObject(vuln))
        throw new InputError(
          `${input.path}: ${vulnPointer}: found ${describeFound(vuln)} (expected a vulnerability object).`,
        );
      const id = vuln.id;
      if (typeof id !== 'string' || id.trim() === '')
        throw new InputError(
          `${input.path}: ${vulnPointer}/id: found ${describeFound(id)} (expected the vulnerability id, e.g. PYSEC-2021-76).`,
        );
      if (seen.has(id)) return;
      seen.add(id);
      // An advisory whose aliases name several CVEs (PYSEC-2021-142: CVE-2020-14343 and CVE-2020-1747) joins
      // none of them: it stays a finding of its own rather than make two CVEs one (see joinableAliases).
      const related = readStrings(input, `${vulnPointer}/aliases`, vuln.aliases, 'ids');
      const aliases = normalizeAliases([id, ...joinableAliases(id, related)]);
      const fixedVersions = readStrings(input, `${vulnPointer}/fix_versions`, vuln.fix_versions, 'versions');
      const pkg: RawFinding['package'] = { name, version, ecosystem: ECOSYSTEM };
      if (fixedVersions.length > 0) pkg.fixedVersions = fixedVersions;
      // pip-audit has no title; the advisory text (often long) is cut to a title, else the id names the issue.
      const description = typeof vuln.description === 'string' ? vuln.description.trim() : '';
      findings.push({
        scanType,
        ruleId: id,
        title: capTitle(description !== '' ? description : `${id} in ${name} ${version}`),
        severity: 'unknown',
        severitySource: 'no severity in pip-audit',
        aliases,
        cwe: [],
        location: {},
        package: pkg,
        sources: [{ input: input.path, format: FORMAT, tool: TOOL, pointer: vulnPointer }],
        identityKey: dependencyIdentity(id, aliases, pkg),
        run: 0,
      });
    });
  });

  // A report in which nothing was audited (no dependencies, or every one skipped) shows no completed scan.
  const problems =
    audited === 0
      ? [
          dependencies.length === 0
            ? 'pip-audit listed no dependencies'
            : 'pip-audit skipped every dependency; nothing was audited',
        ]
      : [];
  return {
    findings,
    runs: [{ tool: TOOL, scanType, completed: problems.length === 0, problems, resultCount }],
    warnings,
  };
}

export const pipAudit: Ingestor = {
  id: FORMAT,
  title: 'pip-audit JSON',
  detection:
    "a JSON object whose 'dependencies' are {name, version, vulns[]} or {name, skip_reason}, or the older top-level array of them",
  scanTypes: ['dependency'],
  detect,
  parse,
};
