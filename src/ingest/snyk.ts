/**
 * Snyk Open Source and Snyk Container JSON (`snyk test --json`, `snyk container test --json`).
 * One project object, or a top-level array of them (`--all-projects`, container scans with app vulns).
 * Docs: https://docs.snyk.io/snyk-cli/commands/test (see `--json`), and the CLI's
 * `src/lib/snyk-test/legacy.ts` for the field names.
 *
 * Snyk repeats a vulnerability once per dependency path (`from[]`); shipgate reports it once per
 * vulnerability id and package@version within a project. Snyk SARIF (`--sarif`) is read by the SARIF
 * ingestor, not here.
 *
 * Identity (DESIGN 3.2): `dep|<CVE, else GHSA, else SNYK id>|<ecosystem>:<package>|<version>`.
 */
import {
  capTitle,
  describeFound,
  isObject,
  type Json,
  quoteReportText,
  quoteText,
  wholeNumber,
} from './report-reader.js';
import { InputError } from '../errors.js';
import type { RawFinding, ScanType, Severity, Suppression, ToolRun } from '../model.js';
import { dependencyIdentity, joinableAliases, normalizeAliases, normalizeCwes } from './identity.js';
import { parseJsonText } from './json.js';
import { normalizePath } from './paths.js';
import { decodeUtf8 } from './read.js';
import type { DetectSample, Detection, IngestContext, IngestResult, InputFile, Ingestor } from './types.js';
import { lookupTable } from '../lookup.js';
import { pushAll } from '../strings.js';

const FORMAT = 'snyk';

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v !== '') : [];
}

/** Snyk package managers mapped to purl types, so the same package compares equal across scanners. */
const ECOSYSTEMS = lookupTable<string>({
  npm: 'npm',
  yarn: 'npm',
  pnpm: 'npm',
  pip: 'pypi',
  pipenv: 'pypi',
  poetry: 'pypi',
  maven: 'maven',
  gradle: 'maven',
  sbt: 'maven',
  nuget: 'nuget',
  paket: 'nuget',
  gomodules: 'golang',
  golangdep: 'golang',
  govendor: 'golang',
  rubygems: 'gem',
  composer: 'composer',
  cocoapods: 'cocoapods',
  cargo: 'cargo',
  hex: 'hex',
  swift: 'swift',
  deb: 'deb',
  apk: 'apk',
  rpm: 'rpm',
});

/** Package managers of operating-system packages: a project with one of them is a container image scan. */
const OS_PACKAGE_MANAGERS = new Set(['deb', 'apk', 'rpm', 'linux']);

function isContainerProject(project: Json): boolean {
  return (
    isObject(project.docker) ||
    (typeof project.projectName === 'string' && project.projectName.startsWith('docker-image|')) ||
    (typeof project.packageManager === 'string' && OS_PACKAGE_MANAGERS.has(project.packageManager.toLowerCase()))
  );
}

function isSnykProject(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.ok === 'boolean' &&
    Array.isArray(value.vulnerabilities) &&
    (typeof value.packageManager === 'string' || typeof value.projectName === 'string' || 'dependencyCount' in value)
  );
}

/** A project Snyk could not test, as `--json` writes it: `{ok: false, error: "<message>", path}`. */
function isSnykFailure(value: unknown): boolean {
  return isObject(value) && typeof value.ok === 'boolean' && typeof value.error === 'string';
}

/**
 * The words Snyk writes in `severity` (and `severityWithCritical`), least severe first. Not the shared vendor
 * table: `none`, `info`, `note`, `negligible`, `warning` or `error` is no Snyk severity, and would read a
 * critical edited to `none` as info, which every gate lets through.
 */
const SNYK_SEVERITIES: readonly Severity[] = ['low', 'medium', 'high', 'critical'];

/** A severity field's rank in SNYK_SEVERITIES; undefined when the field is absent (undefined or null). */
function readSeverityField(input: InputFile, pointer: string, vulnerability: Json, field: string): number | undefined {
  const word = vulnerability[field];
  if (word === undefined || word === null) return undefined;
  const rank = typeof word === 'string' ? SNYK_SEVERITIES.indexOf(word.trim().toLowerCase() as Severity) : -1;
  if (rank === -1)
    throw new InputError(
      `${input.path}: ${pointer}/${field}: ${typeof word === 'string' ? quoteReportText(word) : describeFound(word)} is not a Snyk severity (expected low, medium, high or critical).`,
    );
  return rank;
}

/**
 * Old CLIs cap `severity` at high and put the real rating, critical included, in `severityWithCritical`; a
 * report may also carry `severityWithCritical: null` beside a real `severity`. Each field that is there
 * must hold a Snyk word, and when both are there the higher wins, so neither can hide the other.
 */
function readSeverity(
  input: InputFile,
  pointer: string,
  vulnerability: Json,
): { severity: Severity; severitySource: string } {
  const plain = readSeverityField(input, pointer, vulnerability, 'severity');
  const withCritical = readSeverityField(input, pointer, vulnerability, 'severityWithCritical');
  const rank = Math.max(plain ?? -1, withCritical ?? -1);
  const severity = SNYK_SEVERITIES[rank];
  if (severity === undefined) return { severity: 'unknown', severitySource: 'no severity in snyk' };
  return { severity, severitySource: `snyk ${severity}` };
}

interface ProjectEntry {
  project: Json;
  pointer: string;
  /** Applications found inside an image belong to the container scan. */
  insideContainer: boolean;
}

/** The projects in the document, in order: each element of a top-level array, and each project's `applications[]`. */
function listProjects(input: InputFile, doc: unknown): ProjectEntry[] {
  const top: { value: unknown; pointer: string }[] = Array.isArray(doc)
    ? doc.map((value, index) => ({ value, pointer: `/${index}` }))
    : [{ value: doc, pointer: '' }];
  if (top.length === 0)
    throw new InputError(
      `${input.path}: the document is an empty array (expected Snyk test results for one or more projects).`,
    );
  const entries: ProjectEntry[] = [];
  for (const { value, pointer } of top) {
    if (!isObject(value))
      throw new InputError(
        pointer === ''
          ? `${input.path}: the document is ${describeFound(value)} (expected a Snyk test result object or an array of them).`
          : `${input.path}: ${pointer}: found ${describeFound(value)} (expected a Snyk test result object).`,
      );
    const container = isContainerProject(value);
    entries.push({ project: value, pointer, insideContainer: false });
    if (value.applications === undefined) continue;
    if (!Array.isArray(value.applications))
      throw new InputError(
        `${input.path}: ${pointer}/applications: found ${describeFound(value.applications)} (expected an array of Snyk test results).`,
      );
    value.applications.forEach((application, index) => {
      const appPointer = `${pointer}/applications/${index}`;
      if (!isObject(application))
        throw new InputError(
          `${input.path}: ${appPointer}: found ${describeFound(application)} (expected a Snyk test result object).`,
        );
      entries.push({ project: application, pointer: appPointer, insideContainer: container });
    });
  }
  return entries;
}

interface ProjectResult {
  findings: RawFinding[];
  run: ToolRun;
  warnings: string[];
}

function readProject(input: InputFile, context: IngestContext, entry: ProjectEntry, runIndex: number): ProjectResult {
  const { project, pointer } = entry;
  // A project Snyk could not test is written as {ok: false, error, path}: a failed scan, not a clean one,
  // even when it also carries an (empty) vulnerabilities list.
  if (project.error !== undefined && project.error !== null && project.error !== '') {
    const text = typeof project.error === 'string' ? project.error : JSON.stringify(project.error);
    throw new InputError(
      `${input.path}: ${pointer}/error: snyk test failed with ${quoteText(text ?? '')} (expected test results; a project that was not tested is not a clean scan).`,
    );
  }
  if (typeof project.ok !== 'boolean')
    throw new InputError(
      `${input.path}: ${pointer}/ok: found ${describeFound(project.ok)} (expected true or false, which every snyk test result has).`,
    );
  let vulnerabilities: unknown[];
  if (Array.isArray(project.vulnerabilities)) vulnerabilities = project.vulnerabilities;
  else if (project.vulnerabilities === undefined && project.ok === true) vulnerabilities = [];
  else
    throw new InputError(
      `${input.path}: ${pointer}/vulnerabilities: found ${describeFound(project.vulnerabilities)} (expected an array of vulnerabilities).`,
    );

  // The dependencies Snyk tested (its dependency graph less the project itself). One that is not a count cannot
  // be checked; a report without it reads as before.
  const dependencyCount = project.dependencyCount;
  if (dependencyCount !== undefined && wholeNumber(dependencyCount) === undefined)
    throw new InputError(
      `${input.path}: ${pointer}/dependencyCount: found ${describeFound(dependencyCount)} (expected the number of dependencies Snyk tested, a whole number 0 or more).`,
    );

  const container = entry.insideContainer || isContainerProject(project);
  const scanType: ScanType = context.scanType ?? (container ? 'container' : 'dependency');
  const tool = container ? 'Snyk Container' : 'Snyk Open Source';
  const target = project.displayTargetFile ?? project.targetFile;
  const location = typeof target === 'string' && target !== '' ? { path: normalizePath(context.root, target) } : {};
  const projectManager = typeof project.packageManager === 'string' ? project.packageManager : undefined;

  const findings: RawFinding[] = [];
  const seen = new Set<string>();
  const listedIds = new Set<string>();
  const read = (value: unknown, itemPointer: string, suppression: Suppression | undefined): void => {
    if (!isObject(value))
      throw new InputError(
        `${input.path}: ${itemPointer}: found ${describeFound(value)} (expected a vulnerability object).`,
      );
    const id = value.id;
    if (typeof id !== 'string' || id === '')
      throw new InputError(
        `${input.path}: ${itemPointer}/id: found ${describeFound(id)} (expected the Snyk vulnerability id).`,
      );
    const name = typeof value.packageName === 'string' && value.packageName !== '' ? value.packageName : value.name;
    if (typeof name !== 'string' || name === '')
      throw new InputError(
        `${input.path}: ${itemPointer}/packageName: found ${describeFound(value.packageName)} (expected the vulnerable package name).`,
      );
    const version = typeof value.version === 'string' && value.version !== '' ? value.version : undefined;
    if (suppression === undefined) listedIds.add(id);
    // One finding per id, package and version: the same one on another dependency path (or an exact repeat of
    // an entry) adds none. checkSummary counts the paths, each distinct one once.
    const key = `${id}\u0000${name}\u0000${version ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    const identifiers = isObject(value.identifiers) ? value.identifiers : {};
    // An entry for several CVEs joins none of them (see joinableAliases).
    const aliases = normalizeAliases(joinableAliases(id, [...strings(identifiers.CVE), ...strings(identifiers.GHSA)]));
    const manager = typeof value.packageManager === 'string' ? value.packageManager : projectManager;
    const pkg: RawFinding['package'] = { name };
    if (version !== undefined) pkg.version = version;
    if (manager !== undefined) pkg.ecosystem = ECOSYSTEMS[manager.toLowerCase()] ?? manager.toLowerCase();
    const fixedIn = strings(value.fixedIn);
    if (fixedIn.length > 0) pkg.fixedVersions = fixedIn;
    const { severity, severitySource } = readSeverity(input, itemPointer, value);
    const finding: RawFinding = {
      scanType,
      ruleId: id,
      title: capTitle(typeof value.title === 'string' && value.title.trim() !== '' ? value.title : id),
      severity,
      severitySource,
      aliases,
      cwe: normalizeCwes(strings(identifiers.CWE)),
      location: { ...location },
      package: pkg,
      sources: [{ input: input.path, format: FORMAT, tool, pointer: itemPointer }],
      identityKey: dependencyIdentity(id, aliases, pkg),
      run: runIndex,
    };
    if (suppression) finding.suppressions = [suppression];
    findings.push(finding);
  };
  vulnerabilities.forEach((value, index) => read(value, `${pointer}/vulnerabilities/${index}`, undefined));

  // Issues ignored by a .snyk policy are left out of vulnerabilities[] and listed under filtered.ignore[];
  // they stay findings, marked as suppressed, so the policy (not the scanner) decides whether they count.
  const ignored = isObject(project.filtered) ? project.filtered.ignore : undefined;
  if (Array.isArray(ignored))
    ignored.forEach((value, index) => {
      const reasons = isObject(value) && isObject(value.filtered) ? value.filtered.ignored : undefined;
      const first = Array.isArray(reasons) && isObject(reasons[0]) ? reasons[0] : undefined;
      const suppression: Suppression = { kind: 'external', status: 'accepted' };
      if (first && typeof first.reason === 'string' && first.reason.trim() !== '')
        suppression.justification = capTitle(first.reason);
      read(value, `${pointer}/filtered/ignore/${index}`, suppression);
    });

  // Snyk sets uniqueCount to the number of distinct ids in vulnerabilities[] once its .snyk policy has moved
  // the ignored ones to filtered.ignore[] (snyk test's run-test.ts, countUniqueVulns); every corpus report
  // agrees. As Checkov's summary (checkov.ts): a count above the ids listed shows a filtered, cut or edited
  // report, never a complete one. A list longer than the count is only worth a warning.
  const counted = project.uniqueCount;
  if (counted !== undefined && wholeNumber(counted) === undefined)
    throw new InputError(
      `${input.path}: ${pointer}/uniqueCount: found ${describeFound(counted)} (expected the number of distinct vulnerabilities Snyk found, a whole number 0 or more).`,
    );
  if (typeof counted === 'number' && counted > 0 && listedIds.size === 0)
    throw new InputError(
      `${input.path}: ${pointer}/vulnerabilities: ${project.ok === false ? 'the project says ok: false and ' : ''}uniqueCount counts ${counted} distinct vulnerabilities but none is listed (expected the vulnerabilities; was the report cut?).`,
    );
  if (typeof counted === 'number' && counted > listedIds.size)
    throw new InputError(
      `${input.path}: ${pointer}/uniqueCount: Snyk counts ${counted} distinct vulnerabilities but ${pointer}/vulnerabilities lists ${listedIds.size}, so ${counted - listedIds.size} would pass unseen; a filter such as snyk test --severity-threshold is the likely cause, else the report was cut or edited (expected every vulnerability Snyk found: run snyk test without --severity-threshold for the gate).`,
    );
  // ok is false only while vulnerabilities[] lists something: Snyk's policy filter sets it back to true when
  // the ignores leave nothing (snyk-policy's filter), and issues it ignored are in filtered.ignore[] instead.
  if (project.ok === false && vulnerabilities.length === 0)
    throw new InputError(
      `${input.path}: ${pointer}/vulnerabilities: the project says ok: false (Snyk found issues) but lists no vulnerability, so what Snyk found would pass unseen (expected the vulnerabilities Snyk found, or ok: true for a project with none; was the report cut or edited?).`,
    );
  checkSummary(input, pointer, project, vulnerabilities, Array.isArray(ignored) ? ignored : []);
  const warnings: string[] = [];
  if (typeof counted === 'number' && counted !== listedIds.size)
    warnings.push(
      `${input.path}: ${pointer}/uniqueCount: Snyk counts ${counted} distinct vulnerabilities but the project lists ${listedIds.size}.`,
    );
  // A project in which Snyk found no dependency to test (a parent pom, a manifest with nothing in it, the
  // wrong --file) shows no scan, however clean: it covers no scan type, as a Checkov or Semgrep report that
  // scanned nothing. In an --all-projects list the other projects still cover theirs; a report of such
  // projects alone covers nothing, and a required dependency scan fails evidence-completeness.
  const coversNothing = dependencyCount === 0;
  if (coversNothing)
    warnings.push(
      `${input.path}: ${pointer}/dependencyCount: Snyk counts 0 dependencies: it tested no dependency in this project, so the project covers no scan type (check that snyk test ran in the project's folder, on the manifest or lock file that lists its dependencies; a project without dependencies of its own, such as a parent pom, is left out of the coverage).`,
    );
  return {
    findings,
    run: {
      tool,
      scanType,
      ...(coversNothing ? { coversNothing: true } : {}),
      completed: true,
      problems: [],
      resultCount: vulnerabilities.length,
    },
    warnings,
  };
}

/** The distinct (id, dependency path) pairs of a project's lists, as Snyk's summary counts them. */
interface PathTally {
  /** The pointer of the entry that first listed each pair. */
  firstAt: Map<string, string>;
  /** Entries that list a pair an earlier entry listed, with that entry's pointer. */
  repeats: { pointer: string; first: string }[];
}

/**
 * Adds the pairs of one entry to the tally and returns how many were new. An entry stands for one path, or
 * with --group-issues each path in its `from`. A pair listed again counts once, as npm audit v1 counts a
 * path written twice once (listedPathsV1), so a copy of one entry cannot stand in for another's path that was
 * removed: with the same id on guava 22.0 and 23.0, a copy of the 22.0 entry in place of the 23.0 one would
 * otherwise keep the count and hide the 23.0 finding.
 */
function tallyPaths(tally: PathTally, entry: unknown, pointer: string): number {
  // Not a vulnerability object, or no id: read() refuses those in vulnerabilities[] and filtered.ignore[];
  // in filtered.patch[] it counts as one path, as before.
  if (!isObject(entry) || typeof entry.id !== 'string') return 1;
  // snyk test --json --group-issues merges the entries of an id into one whose `from` lists every path (an
  // array of paths, where an entry of its own has one path, an array of names). Snyk writes `from` on every
  // entry; one without it is told apart by its package and version instead.
  const from = entry.from;
  const paths: unknown[] =
    Array.isArray(from) && from.length > 0
      ? from.every(Array.isArray)
        ? from
        : [from]
      : [{ packageName: entry.packageName, name: entry.name, version: entry.version }];
  let added = 0;
  const firsts = new Set<string>();
  for (const path of paths) {
    const key = JSON.stringify([entry.id, path]);
    const first = tally.firstAt.get(key);
    if (first === undefined) {
      tally.firstAt.set(key, pointer);
      added += 1;
    } else if (!firsts.has(first)) {
      firsts.add(first);
      tally.repeats.push({ pointer, first });
    }
  }
  return added;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * Snyk's `summary` counts the vulnerable dependency paths before its .snyk policy moves the ignored and
 * patched ones to filtered.ignore[] and filtered.patch[] (the CLI's legacy.ts getSummary, then snyk-policy's
 * filter), one per vulnerabilities[] entry, each a different id or path; every corpus report agrees. They are
 * counted here by distinct id and path (tallyPaths), so a repeated entry cannot make up the count. uniqueCount
 * counts distinct ids, so a report with one path of an id cut out, the id still listed, passes it: the
 * summary does not. Wording other than "N vulnerable dependency path(s)" or "No known vulnerabilities" (a
 * --severity-threshold summary, a container's "No known operating system vulnerabilities") is not checked.
 */
function checkSummary(
  input: InputFile,
  pointer: string,
  project: Json,
  vulnerabilities: unknown[],
  ignored: unknown[],
): void {
  const summary = project.summary;
  if (typeof summary !== 'string') return;
  if (summary === 'No known vulnerabilities') {
    if (vulnerabilities.length > 0)
      throw new InputError(
        `${input.path}: ${pointer}/summary: Snyk's summary says ${quoteText(summary)} but ${pointer}/vulnerabilities lists ${plural(vulnerabilities.length, 'entry', 'entries')} (expected a summary that counts the vulnerable dependency paths listed; the report was edited or pieced together).`,
      );
    return;
  }
  const match = /^(\d+) vulnerable dependency paths?$/.exec(summary);
  if (!match) return;
  const counted = Number(match[1]);
  const filtered = isObject(project.filtered) ? project.filtered : {};
  const patched = Array.isArray(filtered.patch) ? filtered.patch : [];
  const tally: PathTally = { firstAt: new Map(), repeats: [] };
  const countList = (list: unknown[], at: string): number =>
    list.reduce<number>((sum, entry, index) => sum + tallyPaths(tally, entry, `${at}/${index}`), 0);
  const listed = countList(vulnerabilities, `${pointer}/vulnerabilities`);
  const ignoredCount = countList(ignored, `${pointer}/filtered/ignore`);
  const patchedCount = countList(patched, `${pointer}/filtered/patch`);
  const paths = listed + ignoredCount + patchedCount;
  if (counted <= paths) return;
  const where = [`${listed} in ${pointer}/vulnerabilities`];
  if (ignoredCount > 0) where.push(`${ignoredCount} in ${pointer}/filtered/ignore`);
  if (patchedCount > 0) where.push(`${patchedCount} in ${pointer}/filtered/patch`);
  const countedText = plural(counted, 'vulnerable dependency path', 'vulnerable dependency paths');
  if (tally.repeats.length === 0)
    throw new InputError(
      `${input.path}: ${pointer}/summary: Snyk counts ${countedText} but the report lists ${paths} (${where.join(', ')}): it lists fewer paths than it counts, so ${counted - paths} would pass unseen; snyk container test --exclude-base-image-vulns leaves paths out this way, else the report was cut or edited (expected one vulnerabilities[] entry per path Snyk counts: run the scan without that option for the gate).`,
    );
  const shown = tally.repeats
    .slice(0, 3)
    .map((r) =>
      r.first === r.pointer
        ? `${r.pointer}/from lists a dependency path twice`
        : `${r.pointer} repeats the id and dependency path of ${r.first}`,
    );
  const more = tally.repeats.length - shown.length;
  if (more > 0) shown.push(`${more} more ${more === 1 ? 'entry repeats' : 'entries repeat'} an earlier one`);
  throw new InputError(
    `${input.path}: ${pointer}/summary: Snyk counts ${countedText} but the report lists ${plural(paths, 'distinct id and path', 'distinct ids and paths')} (${where.join(', ')}): ${shown.join(', ')}, and a repeated path counts once, so ${counted - paths} would pass unseen (expected one vulnerabilities[] entry per path Snyk counts, each a different id or dependency path; a repeated entry cannot stand in for one left out: the report was cut or edited).`,
  );
}

function detect(sample: DetectSample): Detection {
  try {
    const doc = sample.document;
    if (doc !== undefined) {
      // --all-projects writes a project it could not test as a failure object among the results: the list
      // is Snyk's all the same, so that parse names the failed project rather than "not recognized".
      if (Array.isArray(doc)) {
        if (doc.length === 0 || !doc.every((element) => isSnykProject(element) || isSnykFailure(element))) return 'no';
        return doc.some(isSnykProject) ? 'certain' : 'possible';
      }
      if (!isObject(doc) || 'runs' in doc) return 'no';
      if (isSnykProject(doc)) return 'certain';
      if (isSnykFailure(doc)) return 'possible';
      return 'no';
    }
    const head = sample.head;
    if (/"runs"\s*:\s*\[/.test(head) || !/^\s*[[{]/.test(head)) return 'no';
    if (
      /"vulnerabilities"\s*:\s*\[/.test(head) &&
      /"packageManager"\s*:\s*"/.test(head) &&
      /"(ok|isPrivate)"\s*:/.test(head)
    )
      return 'possible';
    return 'no';
  } catch {
    return 'no';
  }
}

async function parse(input: InputFile, context: IngestContext): Promise<IngestResult> {
  const doc =
    context.document !== undefined ? context.document : parseJsonText(decodeUtf8(input), input, 'Snyk test JSON');
  const findings: RawFinding[] = [];
  const runs: ToolRun[] = [];
  const warnings: string[] = [];
  for (const entry of listProjects(input, doc)) {
    const result = readProject(input, context, entry, runs.length);
    pushAll(findings, result.findings);
    runs.push(result.run);
    pushAll(warnings, result.warnings);
  }
  return { findings, runs, warnings };
}

export const snyk: Ingestor = {
  id: FORMAT,
  title: 'Snyk Open Source / Container JSON (snyk test --json)',
  detection:
    "a JSON object (or array of them) with boolean 'ok', a 'vulnerabilities' array and 'packageManager', 'projectName' or 'dependencyCount'",
  scanTypes: ['dependency', 'container'],
  detect,
  parse,
};
