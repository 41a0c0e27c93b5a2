/** The one orchestration both adapters use: read, ingest, normalize, except, gate, decide, write. */
import { compareCommits, FULL_COMMIT, showCommit } from './gates/evidence-completeness.js';
import { closeSync, existsSync, openSync, readSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { ConfigError, ExitCode, InputError, isShipgateError } from './errors.js';
import { assignIds, mergeFindings, numberOccurrencesAcrossInputs, type UnknownCountsAs } from './normalize.js';
import type { Clock, Logger } from './logger.js';
import type { Finding, InputRecord } from './model.js';
import { countBySeverity, isScanType, isSeverity, SCAN_TYPES, SEVERITIES } from './model.js';
import {
  applySeverityOverrides,
  countOpen,
  decide,
  runGates,
  summarizeOverrides,
  type Evaluation,
} from './evaluation.js';
import type { EvaluatedFinding, GateContext, PlanRow } from './gates/types.js';
import { confirmStreamedFormat, detectFormat, detectFormatFromHead } from './ingest/detect.js';
import type { IngestResult, Ingestor } from './ingest/types.js';
import {
  DEFAULT_MAX_INPUT_BYTES,
  DEFAULT_STREAM_ABOVE_BYTES,
  escapeThroughLink,
  inOutputFolder,
  inspectInputFile,
  patternReads,
  readInputFile,
  readInputHead,
  outputFolderInRoot,
  realPathSoFar,
  relativeToRoot,
  resolveInputPaths,
  rootProblem,
} from './ingest/read.js';
import { createWorkspaceReader, evidenceText, type EvidenceReader } from './evidence/source.js';
import { isGlob } from './glob.js';
import { showInvisible } from './strings.js';
import {
  applyExceptions,
  emptyExceptionReport,
  readExceptionFiles,
  unreadExceptionFiles,
  type ExceptionReport,
} from './evidence/exceptions.js';
import { parseRegister, type FindingsRegister } from './evidence/register.js';
import { parseAssessment, type Assessment } from './evidence/assessment.js';
import { loadPolicy, misnamedPolicy, readsAssessment, readsRegister } from './policy/load.js';
import type { LoadedPolicy, Policy, PolicyInput } from './policy/types.js';
import { CERTIFICATE_FILES, OUTPUT_FILES, removeStaleOutputs, writeOutputs } from './report/write.js';
import { SARIF_MAX_RESULTS } from './report/sarif.js';
import {
  certificateCommit,
  checkRepository,
  checkServerUrl,
  DEFAULT_SERVER_URL,
  sortByPath,
} from './report/certificate.js';
import { SHIPGATE_VERSION } from './version.js';
import { COLLECT_ABOVE_FINDINGS, collectGarbage, HeapGuard, WHOLE_READ_HEAP_PER_BYTE } from './memory.js';

/** What both adapters give `run()`. */
export interface RunOptions {
  /** Absolute workspace root. */
  root: string;
  /** Policy file (relative to the root) or preset name; default `.shipgate/policy.yml`, else the release preset. */
  policy?: string;
  /** Paths and globs of scan reports, relative to the root; added to the policy's inputs. */
  scans: string[];
  /** Output directory; default the policy's `outputs.dir`, relative to the root. */
  outDir?: string;
  /** The commit under test. */
  commit?: string;
  /** owner/name, for the scope register. */
  repository?: string;
  /** The GitHub server the repository is on (GITHUB_SERVER_URL); default https://github.com. */
  serverUrl?: string;
  /**
   * The root's folder in its repository (`services/api/`, see `repositoryPrefix`), for the outputs GitHub
   * places by repository path (shipgate.sarif); '' or absent at the top.
   */
  repositoryFolder?: string;
  dryRun: boolean;
  maxInputBytes?: number;
  /** Inputs larger than this are streamed when their format can be (SARIF); default 16 MiB. */
  streamAboveBytes?: number;
  /** Cap on findings read across all inputs; default 2,000,000. */
  maxFindings?: number;
  /** Node's --max-old-space-size (MiB), when it was given: the heap guard's budget (see memory.ts `oldSpaceFlag`). */
  maxOldSpaceMiB?: number;
  /** Cap on a single result of a streamed report, in bytes; default 64 MiB. */
  maxResultBytes?: number;
  /** Called while a large input is streamed. */
  onProgress?: (input: string, bytesRead: number, totalBytes: number, results: number) => void;
  clock: Clock;
  /** The clock is pinned (SHIPGATE_NOW): every output says so. */
  clockPinned?: boolean;
  logger: Logger;
  /** Where evidence is read from; default the workspace. The Action passes a trusted-ref reader. */
  evidence?: EvidenceReader;
  /** Overrides the policy's mode (the Action's `mode` input). */
  mode?: 'enforce' | 'advisory';
  /** Evidence files changed by the pull request: listed as pending, never applied. */
  pendingEvidence?: { file: string; reason: string }[];
  /**
   * Read only these of the files the policy's inputs and `scans` match (`verify` derives a certificate's
   * decision again from exactly the files it attests, not from shipgate's own outputs a glob now
   * matches beside a certificate written with --out).
   */
  onlyInputs?: readonly string[];
  /** `scans` are files' paths, never globs (`verify` passes the attested paths, which may hold `*` or `[`). */
  literalScans?: boolean;
}

export interface RunResult {
  evaluation: Evaluation;
  exitCode: ExitCode;
  /** Output files written (absolute paths); empty on a dry run. */
  written: string[];
  outDir: string;
}

export { DEFAULT_STREAM_ABOVE_BYTES };
/** Cap on findings across all inputs. */
export const DEFAULT_MAX_FINDINGS = 2_000_000;

interface IngestedInput {
  record: InputRecord;
  findings: Finding[];
}

/** An input to read: a policy entry or a --scan path; `literal` when its path is a file's, never a glob. */
type PlannedInput = PolicyInput & { literal?: boolean };

function planInputs(policyInputs: readonly PolicyInput[], scans: readonly string[], literal: boolean): PlannedInput[] {
  return [...policyInputs, ...scans.map((path) => (literal ? { path, literal } : { path }))];
}

async function ingestInputs(
  options: RunOptions,
  inputs: readonly PlannedInput[],
  outDir: string,
  /** How the policy counts a finding without severity: copies of a finding never count lower (normalize.ts). */
  unknownAs: UnknownCountsAs,
): Promise<IngestedInput[]> {
  if (inputs.length === 0)
    throw new InputError(
      'no scan inputs were given: pass --scan PATH (or list inputs in the policy); a gate that saw no reports cannot approve.',
    );
  // Globs skip the output folder: a second run must not read the first one's shipgate.sarif as a scan.
  const skip = outputFolderInRoot(options.root, outDir);
  // A file that several entries match is read once, with what every one of them declares.
  const byPath = new Map<string, { path: string; spec: PolicyInput; from: PolicyInput[] }>();
  const only = options.onlyInputs === undefined ? undefined : new Set(options.onlyInputs);
  for (const { literal, ...spec } of inputs)
    for (const path of resolveInputPaths(options.root, spec.path, skip, literal === true)) {
      if (only !== undefined && !only.has(path)) continue;
      const entry = byPath.get(path);
      if (entry === undefined) byPath.set(path, { path, spec: { ...spec, path }, from: [spec] });
      else {
        entry.spec = combineDeclared(path, entry.spec, spec, entry.from);
        entry.from.push(spec);
      }
    }
  // Each path `onlyInputs` names is one the inputs match, as the root-relative path they read it by:
  // one that matches none (`./reports/a.sarif`, a file gone) would otherwise leave its report unread.
  if (only !== undefined)
    for (const path of only)
      if (!byPath.has(path))
        throw new ConfigError(
          `onlyInputs names ${JSON.stringify(path)}, which none of the policy's inputs and scans match (expected root-relative paths, as the inputs list them: ${
            [...byPath.keys()]
              .slice(0, 5)
              .map((p) => JSON.stringify(p))
              .join(', ') || 'none'
          }).`,
        );
  // In path order, whatever order the entries and --scan flags came in: the same reports give the same
  // outputs (input lists, the certificate's subject) byte for byte.
  const planned = sortByPath([...byPath.values()]);
  // A line break in a report's name would let one list of inputs read as another (the certificate's
  // subject hashes one `sha256  path` line per input) and split log lines: such a name is refused.
  for (const { path } of planned)
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f\u2028\u2029]/.test(path))
      throw new InputError(
        `${JSON.stringify(path)}: the report's file name holds a control character or line break (expected a file name of printable characters; rename the file).`,
      );
  const results: IngestedInput[] = [];
  const maxFindings = options.maxFindings ?? DEFAULT_MAX_FINDINGS;
  let findingCount = 0;
  const heap = new HeapGuard(options.maxOldSpaceMiB);
  options.logger.debug(
    `heap: ${Math.round(heap.budget / 1048576)} MiB for old objects (${options.maxOldSpaceMiB !== undefined ? 'as given' : "V8's limit less its young generation"}), ${Math.round(heap.allowed / 1048576)} MiB of it while inputs are read`,
  );
  for (const { path, spec } of planned) {
    const context = {
      root: options.root,
      logger: options.logger,
      ...(spec.scanType ? { scanType: spec.scanType } : {}),
    };
    const inputStarted = performance.now();
    const info = inspectInputFile(options.root, path);
    let parsed: IngestResult;
    let sha256: string;
    let ingestor: Ingestor;
    const maxBytes = options.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
    let streamable: Ingestor | undefined;
    // A report that would not fit in the heap read whole is streamed when its format can be.
    let fitsWhole: boolean | undefined;
    const fits = (): boolean => (fitsWhole ??= heap.roomFor(WHOLE_READ_HEAP_PER_BYTE * info.size));
    let head: Buffer | undefined;
    if (info.size > (options.streamAboveBytes ?? DEFAULT_STREAM_ABOVE_BYTES) || !fits()) {
      try {
        head = readInputHead(options.root, path);
        streamable = detectFormatFromHead(path, head, spec.format);
      } catch (error) {
        // The first bytes did not tell; a file small enough to read whole is detected from all of it.
        if (!(error instanceof InputError)) throw error;
        if (info.size > maxBytes)
          throw new InputError(
            `${error.message}\n${path}: the report is ${info.size} bytes, over the input cap of ${maxBytes} (--max-input-bytes), so its format was looked for in its first bytes only, not in all of it: declare its format in the policy (format: sarif, trivy, grype or semgrep, which are read at any size), or raise --max-input-bytes.`,
          );
      }
    }
    if (streamable?.parseStream) {
      ingestor = streamable;
      const chosen = streamable;
      const streamed = await streamable.parseStream(info, context, {
        ...(options.maxResultBytes ? { maxElementBytes: options.maxResultBytes } : {}),
        // A format told by the first bytes is confirmed on the whole document, as a report read whole is
        // detected: a report that only starts like another tool's is never read with that tool's reader.
        ...(spec.format === undefined && head !== undefined
          ? { confirmFormat: (document: unknown) => confirmStreamedFormat(path, head!, document, chosen) }
          : {}),
        onProgress: (bytes: number, n: number) => {
          heap.check(() => `${path}: after ${n} results (byte ${bytes} of ${info.size})`, bytes / info.size);
          options.onProgress?.(path, bytes, info.size, n);
        },
      });
      // The digest is of the bytes read: a file that grew or shrank meanwhile is not the one looked at.
      if (streamed.bytes !== info.size)
        throw new InputError(
          `${path}: the file changed while it was read (${streamed.bytes} bytes read, ${info.size} when it was looked at; expected a report the scanner has finished writing).`,
        );
      parsed = streamed;
      sha256 = streamed.sha256;
    } else {
      if (info.size <= maxBytes && !fits()) throw heap.tooLargeToReadWhole(path, info.size);
      const input = readInputFile(options.root, path, { maxBytes });
      // The size recorded is the one looked at: a file that changed before it was opened is not it.
      if (input.size !== info.size)
        throw new InputError(
          `${path}: the file changed while it was read (${input.size} bytes read, ${info.size} when it was looked at; expected a report the scanner has finished writing).`,
        );
      const detected = detectFormat(input, spec.format);
      ingestor = detected.ingestor;
      parsed = await ingestor.parse(input, {
        ...context,
        ...(detected.document !== undefined ? { document: detected.document } : {}),
      });
      sha256 = input.sha256;
    }
    options.logger.debug(
      `${path}: ${ingestor.id} (${spec.format ? 'declared' : 'detected'}), ${info.size} bytes, ${streamable?.parseStream ? 'streamed' : 'read whole'}: ${parsed.findings.length} raw finding(s), ${parsed.runs.length} run(s) in ${Math.round(performance.now() - inputStarted)} ms`,
    );
    // Every reader checks its severities; a value that is not one would pass every gate uncounted.
    // The same for scan types, which evidence-completeness and the identities rest on.
    for (const f of parsed.findings)
      if (!isSeverity(f.severity) || !isScanType(f.scanType))
        throw new Error(
          `${path}: the ${ingestor.id} reader made a finding (${f.sources[0]?.pointer ?? '?'}) whose severity ${JSON.stringify(String(f.severity))} or scan type ${JSON.stringify(String(f.scanType))} is not one shipgate knows (${SEVERITIES.join(', ')}; ${SCAN_TYPES.join(', ')}).`,
        );
    findingCount += parsed.findings.length;
    if (findingCount > maxFindings)
      throw new InputError(
        `${path}: the inputs hold more than ${maxFindings} findings as read, before repeats and copies across reports are merged (raise the cap with --max-findings).`,
      );
    const findings = assignIds(
      parsed.findings,
      parsed.findings.length >= COLLECT_ABOVE_FINDINGS ? collectGarbage : undefined,
      unknownAs,
    );
    heap.check(() => `${path}: after its ${findings.length} findings`);
    for (const warning of parsed.warnings) options.logger.warning(warning);
    results.push({
      record: {
        path,
        sha256,
        size: info.size,
        format: ingestor.id,
        ...(spec.scanType ? { scanType: spec.scanType } : {}),
        runs: parsed.runs,
        counts: countBySeverity(findings),
        warnings: parsed.warnings,
      },
      findings,
    });
  }
  heap.settle(() => `after reading all ${planned.length} input(s) (${findingCount} findings)`);
  return results;
}

/**
 * What the input entries that match one file declare, together: an entry that declares a format or
 * scan type for a file is not undone by a glob before it that matches the file too (a policy's
 * `reports/*.sarif` then `{ path: reports/trivy-config.sarif, scanType: iac }`). Two entries that
 * declare different values for one file are a config error naming both.
 */
function combineDeclared(
  path: string,
  sofar: PolicyInput,
  next: PolicyInput,
  from: readonly PolicyInput[],
): PolicyInput {
  const combined: PolicyInput = { ...sofar };
  for (const key of ['format', 'scanType'] as const) {
    const value = next[key];
    if (value === undefined) continue;
    const earlier = combined[key];
    if (earlier !== undefined && earlier !== value) {
      const other = from.find((f) => f[key] === earlier);
      throw new ConfigError(
        `${path}: the inputs '${other?.path ?? '?'}' and '${next.path}' both match this file and declare ${key} '${earlier}' and '${value}' (expected one ${key} for a file: narrow one of the entries).`,
      );
    }
    combined[key] = value as never;
  }
  return combined;
}

function planRows(register: FindingsRegister): Map<string, PlanRow> {
  const rows = new Map<string, PlanRow>();
  for (const row of register.rows)
    rows.set(row.findingId, {
      row: row.row,
      findingId: row.findingId,
      owner: row.owner.trim(),
      status: row.status,
      remediationPlan: row.remediationPlan.trim(),
      ...(row.dueDate ? { dueDate: row.dueDate } : {}),
      exceptionId: row.exceptionId.trim(),
    });
  return rows;
}

/** In-file suppressions except a finding only when the policy honors them and every one is accepted. */
function acceptedInFile(finding: Finding): boolean {
  return (
    (finding.suppressions ?? []).length > 0 &&
    (finding.suppressions ?? []).every((s) => s.status === undefined || s.status === 'accepted')
  );
}

/**
 * What a tool's in-file ignore mechanism left out of its report without listing it (Bandit's `# nosec`):
 * under `inFileSuppressions: ignore` the scan is not complete, since shipgate can neither count those
 * issues nor hold them to an exception's approver and expiry; under `honor` the suppressions are the
 * policy's to trust, and a warning says what they hid.
 */
function applySetAside(ingested: readonly IngestedInput[], inFile: Policy['exceptions']['inFileSuppressions']): void {
  for (const input of ingested)
    for (const toolRun of input.record.runs) {
      const setAside = toolRun.setAside;
      if (setAside === undefined) continue;
      delete toolRun.setAside;
      if (inFile === 'honor')
        input.record.warnings.push(
          `${input.record.path}: ${setAside}; honored (exceptions.inFileSuppressions: honor): they count nowhere, with no approver and no expiry.`,
        );
      else {
        toolRun.problems.push(
          `${setAside}: shipgate can neither count them nor hold them to an exception's approver and expiry, so the scan is not complete (exceptions.inFileSuppressions: ignore). List every issue for the gate, and record each one you accept as an exception.`,
        );
        toolRun.completed = false;
      }
    }
}

/** `--out` (absolute, or relative to the working directory), else the policy's `outputs.dir` under the root. */
function outputDirectory(root: string, outDir: string | undefined, policyDir: string): string {
  // As RunOptions.outDir says: relative to the root. The command line resolves --out against the
  // current folder itself, as a shell user expects, and passes it absolute.
  return resolve(root, outDir ? outDir : policyDir);
}

/**
 * The policy's `outputs.dir` must stay inside the root where it really is: a folder on its way that is
 * a symbolic link leading outside would have the outputs written (and old certificates removed)
 * elsewhere. `--out` and the Action's `output-dir` name a folder on purpose and are not checked.
 * `validate` checks it too.
 */
export function policyOutputEscape(root: string, outDir: string): string | undefined {
  let existing = outDir;
  while (!existsSync(existing)) {
    const parent = dirname(existing);
    if (parent === existing) return undefined;
    existing = parent;
  }
  const escape = escapeThroughLink(root, join(existing, '.probe'));
  return escape && `the folder ${escape.folder} is a symbolic link to ${escape.realFolder}, outside the root ${root}`;
}

/** Where a path really is when it exists (links resolved), else the path itself. */
function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * What the output folder may not hold. When the run `writes`, no file it read: an output folder that
 * holds the register, the assessment, an exception file, the policy or a scan report would overwrite
 * committed evidence with shipgate's own copy, and the certificate just written would no longer verify.
 * In any run, no evidence at all: the folder is an artifact, usually not committed, whose files every
 * run replaces and no one reviews (input globs skip it for the same reason). `validate` checks it too,
 * with the files a run would read.
 */
export function checkOutputFolder(
  outDir: string,
  root: string,
  inputs: readonly { path: string }[],
  evidence: readonly { path: string; kind: string; origin?: string }[],
  writes: boolean,
): void {
  if (writes) checkOutputsOverwriteNothingRead(outDir, root, inputs, evidence);
  const places = outputFolderInRoot(root, outDir).filter((place) => place !== '');
  const inOutputs = evidence.flatMap((e) => {
    if (places.some((place) => e.path.startsWith(`${place}/`))) return [`the ${e.kind} file ${e.path}`];
    // Where the file's folder really is: a folder linked to the output folder (`linked/*.yml`, linked ->
    // .artifacts/review-security) holds its files under another name. Only for a file read from the
    // workspace: one read from a trusted commit's tree is at its path there, where no workspace link leads.
    if ((e.origin === undefined || e.origin === 'workspace') && inOutputFolder(root, outDir, e.path))
      return [`the ${e.kind} file ${e.path} (its folder leads there through a symbolic link)`];
    return [];
  });
  if (inOutputs.length > 0)
    throw new ConfigError(
      `${outDir}: the output folder holds evidence this run reads: ${inOutputs.join('; ')} (expected evidence committed outside shipgate's output folder, whose files are replaced by every run and are no reviewed evidence: move the file, or set outputs.dir or --out to another folder).`,
    );
}

function checkOutputsOverwriteNothingRead(
  outDir: string,
  root: string,
  inputs: readonly { path: string }[],
  evidence: readonly { path: string; kind: string }[],
): void {
  // Where each really is, through links up to the nearest folder that exists (a file read from a trusted
  // commit need not be in the workspace: its path there is what an output would replace).
  const realDir = realPathSoFar(outDir);
  const read = new Map<string, string>();
  for (const input of inputs) read.set(realPathSoFar(resolve(root, input.path)), `the scan report ${input.path}`);
  for (const file of evidence) read.set(realPathSoFar(resolve(root, file.path)), `the ${file.kind} file ${file.path}`);
  const clashes = OUTPUT_FILES.flatMap((name) => {
    const what = read.get(join(realDir, name));
    return what ? [`${name} would replace ${what}`] : [];
  });
  if (clashes.length > 0)
    throw new ConfigError(
      `${outDir}: the output folder holds files this run reads: ${clashes.join('; ')} (expected an output folder of its own, such as the default .artifacts/review-security; set outputs.dir or --out).`,
    );
}

/**
 * Removes what an earlier run left where this run's outputs go, so that no failed run leaves a result
 * that looks current (DESIGN 6). `run()` removes the earlier outputs as soon as the policy says where
 * they go, and calls this when the policy does not load; the CLI and the Action call it when they fail
 * before or in `run()` (a bad flag, SHIPGATE_NOW, a trust error, an output folder that holds evidence).
 * Without `outDir` the directory is the policy's `outputs.dir`, or the built-in one when the policy
 * cannot be loaded (the error that follows says why).
 * What such a run would read is not known here (the policy may not load; the command line may not
 * parse; a pull request's policy is not to be trusted with it), so this removes the certificate, and
 * the other outputs that say a decision (`scan-results.json`, `scope-register.json`,
 * `disposition-record.md`, `shipgate.sarif`) only when their first bytes show shipgate wrote them: a
 * scanner's report or an evidence file under such a name is never touched, nor a report `scans` names
 * literally. Never the root itself.
 */
export async function withdrawOutputs(
  root: string,
  outDir: string | undefined,
  policy: string | undefined,
  reader: EvidenceReader = createWorkspaceReader(root),
  scans: readonly string[] = [],
): Promise<void> {
  let policyDir = '';
  if (!outDir)
    try {
      policyDir = loadPolicy(reader, policy).policy.outputs.dir;
    } catch {
      // The run reports the policy's problem. A policy refused for a path it names (an input outside
      // the root) still says where its outputs go, when that folder is inside the root; otherwise the
      // built-in policy's directory is cleared.
      const preset = loadPolicy(reader, 'release').policy.outputs.dir;
      try {
        // A policy refused for its name (.shipgate/policy.yaml) still says where its earlier run wrote.
        const dir = loadPolicy(reader, policy ?? misnamedPolicy(reader), { checkPaths: false }).policy.outputs.dir;
        const inside =
          typeof dir === 'string' && !isAbsolute(dir) ? relativeToRoot(root, resolve(root, dir)) : undefined;
        policyDir = inside ? dir : preset;
      } catch {
        policyDir = preset;
      }
    }
  const dir = outputDirectory(root, outDir, policyDir);
  // A policy folder that leads outside the root through a link is refused by the run; nothing there is touched.
  if (!outDir && policyOutputEscape(root, dir)) return;
  // Nor is the root itself, which the run refuses as output folder: its files are the user's.
  if (outputFolderInRoot(root, dir).includes('')) return;
  // A report named literally (--scan) stays, even one shipgate wrote: the run that reads it says why it
  // may not be in the output folder.
  // A certificate goes whatever names it: none may outlive a failed run.
  const named = new Set(scans.filter((scan) => !isGlob(scan)).map((scan) => realPathOf(resolve(root, scan))));
  await removeStaleOutputs(
    dir,
    (path) => !writtenByShipgate(path) || (!isCertificate(path) && named.has(realPathOf(path))),
  );
}

/** Whether a path in the output folder is one of the certificate files. */
function isCertificate(path: string): boolean {
  return (CERTIFICATE_FILES as readonly string[]).includes(basename(path));
}

/** How the outputs that say a decision begin, as shipgate writes them (src/report). */
const OUTPUT_HEADS: ReadonlyMap<string, RegExp> = new Map([
  ...CERTIFICATE_FILES.map((name): [string, RegExp] => [name, /^/]),
  ['scan-results.json', /^\{\s*"\$schema": "https:\/\/shipgate\.dev\/schemas\/scan-results\.schema\.json"/],
  ['scope-register.json', /^\{\s*"shipgateVersion": "/],
  ['disposition-record.md', /^# Security disposition record\n\n\*\*Decision: /],
  [
    'shipgate.sarif',
    /^\{\s*"\$schema": "[^"]*",\s*"version": "2\.1\.0",\s*"runs": \[\s*\{\s*"tool": \{\s*"driver": \{\s*"name": "shipgate",/,
  ],
]);

/**
 * Whether a file in the output folder is an output shipgate wrote: a certificate (removed whatever it
 * holds: none may outlive a failed run), or an output that says a decision and begins as shipgate
 * writes it. The registers (findings-register.csv, the backlog) say no decision, and may be evidence.
 */
function writtenByShipgate(path: string): boolean {
  const head = OUTPUT_HEADS.get(basename(path));
  if (head === undefined) return false;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const bytes = Buffer.alloc(512);
    const read = readSync(fd, bytes, 0, bytes.length, 0);
    return head.test(bytes.toString('utf8', 0, read));
  } catch {
    // A folder or a file that cannot be read is not an earlier output (writing there fails later).
    return isCertificate(path);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Whether this run names a path literally among the inputs (policy and --scan), the exception files,
 * the register and the assessment: such an output is not removed, so that the run stops with the
 * configuration error that says the output folder holds a file it reads. A glob never reads the output
 * folder (input globs skip it), so a glob keeps nothing: an earlier run's certificate or scan results
 * that a `**` glob could match are removed like any other, and a rejected run cannot leave an
 * approval behind.
 */
function readByRun(root: string, policy: Policy, scans: readonly string[]): (path: string) => boolean {
  const literals = [
    ...policy.inputs.map((input) => input.path),
    ...scans,
    ...policy.exceptions.paths,
    policy.gates['disposition-integrity'].register,
    policy.gates['control-verification'].assessment,
  ].filter((pattern) => !isGlob(pattern));
  // By the real path too: an output folder reached through a link (`out` linked to `security`, or a
  // report named through one) holds the files the run reads under other names.
  const real = new Set(literals.map((pattern) => realPathOf(resolve(root, pattern))));
  return (path) => {
    const rel = relativeToRoot(root, path);
    if (rel !== undefined && literals.some((pattern) => patternReads(root, pattern, rel))) return true;
    return real.has(realPathOf(path));
  };
}

/** Refuses the policy's outputs.dir when it leads outside the root (see policyOutputEscape); `validate` too. */
export function refuseOutputsEscape(root: string, outDir: string, loaded: LoadedPolicy): void {
  const escape = policyOutputEscape(root, outDir);
  if (escape)
    throw new ConfigError(
      `${loaded.source}: outputs.dir '${loaded.policy.outputs.dir}' leads outside the root: ${escape} (expected a folder inside the workspace; give --out, or the Action's output-dir, to write elsewhere).`,
    );
}

/**
 * A policy file that extends the advisory preset inherits its mode: a team that made its gates blocking
 * would otherwise get a green job on a rejection without a word. The warning, or undefined when the
 * policy sets its mode itself, is the preset, or enforces. `validate` prints it too.
 */
export function inheritedAdvisoryWarning(loaded: LoadedPolicy): string | undefined {
  const modeFrom = loaded.locate('/mode');
  if (loaded.policy.mode !== 'advisory' || !modeFrom.startsWith('preset:') || loaded.source.startsWith('preset:'))
    return undefined;
  return `${loaded.source}: mode advisory comes from ${modeFrom.split(':').slice(0, 2).join(':')}, which the policy extends: the job does not fail when the release is rejected. Set mode: enforce in ${loaded.source} to make the gates block (a gate's enforcement: blocking decides the decision, not the job).`;
}

/** A commit as git names it: 7 (abbreviated) to 64 (SHA-256 repositories) hex digits, in any case. */
const COMMIT_SHA = /^[0-9a-f]{7,64}$/i;

/**
 * Whether a report's commit is another commit than the one under test, as evidence-completeness's
 * check of `requireCommit` calls it: not the same id in any case, nor an abbreviation of it.
 */
export function namesAnotherCommit(reported: string, underTest: string): boolean {
  return compareCommits(reported, underTest) === 'different';
}

/** What a clock gave that is not a Date, for a message. */
function describeClock(value: unknown): string {
  return value === null ? 'null' : typeof value;
}

/** Evaluates a release. Throws ShipgateError subclasses for errors (exit 2-5). */
/**
 * Refuses what the command line and the Action refuse before they call run(), for a library caller
 * who passes options straight in: a mode other than enforce or advisory (read as neither, a rejection
 * exited 0), a root that is not a folder, caps that are not positive whole numbers (NaN turned a cap
 * off), scans that are not a list of paths, and a clock that gives no time.
 */
function checkRunOptions(options: RunOptions): void {
  if (options.mode !== undefined && options.mode !== 'enforce' && options.mode !== 'advisory')
    throw new ConfigError(
      `mode ${JSON.stringify(String(options.mode))} is not a mode (expected enforce or advisory, in lower case).`,
    );
  const problem = rootProblem(options.root);
  if (problem)
    throw new ConfigError(
      `the root ${options.root}: ${problem.kind === 'missing' ? 'the folder does not exist' : problem.kind === 'not-folder' ? 'not a folder' : `the folder cannot be read: ${problem.reason}`} (expected the workspace folder).`,
    );
  for (const key of ['maxInputBytes', 'streamAboveBytes', 'maxResultBytes', 'maxFindings'] as const) {
    const value = options[key];
    if (value !== undefined && !(Number.isSafeInteger(value) && value > 0))
      throw new ConfigError(
        `${key} ${String(value)} is not a positive whole number (expected a count, as the command line's caps).`,
      );
  }
  if (!Array.isArray(options.scans) || options.scans.some((scan) => typeof scan !== 'string'))
    throw new ConfigError('scans is not a list of paths or globs (expected an array of strings, possibly empty).');
  // Library callers pass anything: a value of the wrong type is a configuration error naming the
  // option, never a TypeError deep in the run (exit 70) or an option silently read as absent.
  for (const key of ['policy', 'outDir', 'commit', 'repository', 'serverUrl', 'repositoryFolder'] as const) {
    const value: unknown = options[key];
    if (value !== undefined && typeof value !== 'string')
      throw new ConfigError(`${key} ${describeOption(value)} is not a string (expected text, or no ${key} at all).`);
  }
  if (typeof options.dryRun !== 'boolean')
    throw new ConfigError(`dryRun ${describeOption(options.dryRun)} is not true or false.`);
  const heap: unknown = options.maxOldSpaceMiB;
  if (heap !== undefined && !(typeof heap === 'number' && Number.isFinite(heap) && heap > 0))
    throw new ConfigError(
      `maxOldSpaceMiB ${describeOption(heap)} is not a positive number of MiB (expected what Node's --max-old-space-size was given).`,
    );
  const pending: unknown = options.pendingEvidence;
  if (
    pending !== undefined &&
    !(
      Array.isArray(pending) &&
      pending.every(
        (entry: unknown) =>
          typeof entry === 'object' &&
          entry !== null &&
          typeof (entry as { file?: unknown }).file === 'string' &&
          typeof (entry as { reason?: unknown }).reason === 'string',
      )
    )
  )
    throw new ConfigError(
      'pendingEvidence is not a list of { file, reason } (expected an array of objects of two strings).',
    );
  const only: unknown = options.onlyInputs;
  if (only !== undefined && !(Array.isArray(only) && only.every((path: unknown) => typeof path === 'string')))
    throw new ConfigError('onlyInputs is not a list of paths (expected an array of strings).');
}

/** An option's value as a message shows it: JSON where it can be, its type otherwise. */
function describeOption(value: unknown): string {
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}

export async function run(options: RunOptions): Promise<RunResult> {
  checkRunOptions(options);
  // The repository and commit as every output records them: a GitHub owner/name, hex in lower case.
  const repositoryProblem = options.repository === undefined ? undefined : checkRepository(options.repository);
  if (repositoryProblem) throw new ConfigError(`${repositoryProblem}.`);
  const serverUrl = options.serverUrl === undefined ? DEFAULT_SERVER_URL : checkServerUrl(options.serverUrl);
  if (options.commit !== undefined) {
    // The commit under test is what a certificate vouches for: a branch or tag name moves, and would
    // make the certificate vouch for whatever it points at later.
    if (!COMMIT_SHA.test(options.commit))
      throw new ConfigError(
        `the commit ${showInvisible(options.commit.length > 80 ? `${options.commit.slice(0, 77)}...` : options.commit)} (--commit, the Action's commit input, else GITHUB_SHA) is not a commit SHA (expected 7 to 64 hex digits, as git prints them; a branch or tag name moves, so a certificate cannot vouch for it).`,
      );
    // What a run writes records the commit, and an approval certificate vouches for it by name
    // (resourceUri ...@<commit>): 7 digits are cheap to collide with, so another commit could claim it.
    // A dry run writes nothing, and `verify` re-evaluates a certificate as one.
    if (!options.dryRun && !FULL_COMMIT.test(options.commit.toLowerCase()))
      throw new ConfigError(
        `the commit ${options.commit} (--commit, the Action's commit input, else GITHUB_SHA) is not a full commit SHA (${options.commit.length} hex digits; expected 40, or 64 in a SHA-256 repository, as \`git rev-parse HEAD\` prints it): a run that writes its outputs records the commit, and an approval certificate vouches for it by name, which an abbreviated commit shares with every commit that starts the same. Pass the full SHA; a dry run (--dry-run) accepts an abbreviated one.`,
      );
    options = { ...options, commit: certificateCommit(options.commit) };
  }
  const now = options.clock();
  if (!(now instanceof Date) || Number.isNaN(now.getTime()))
    throw new ConfigError(
      `the clock gave ${now instanceof Date ? 'an invalid date' : describeClock(now)} (expected a Date; SHIPGATE_NOW must be an ISO 8601 time).`,
    );
  const today = now.toISOString().slice(0, 10);
  const reader = options.evidence ?? createWorkspaceReader(options.root);
  let loaded: LoadedPolicy;
  try {
    loaded = loadPolicy(reader, options.policy);
  } catch (error) {
    if (!options.dryRun) await withdrawOutputs(options.root, options.outDir, options.policy, reader, options.scans);
    throw error;
  }
  const { policy } = loaded;
  if (options.mode) policy.mode = options.mode;
  const outDir = outputDirectory(options.root, options.outDir, policy.outputs.dir);
  if (!options.outDir) refuseOutputsEscape(options.root, outDir, loaded);
  // Outputs replace the last run's and input globs skip their folder: the root itself cannot be it.
  if (outputFolderInRoot(options.root, outDir).includes(''))
    throw new ConfigError(
      `${options.outDir ? `the output folder ${outDir} (--out, or the Action's output-dir)` : `${loaded.locate('/outputs/dir')}: outputs.dir '${policy.outputs.dir}' (${outDir})`} is the root itself: the outputs need a folder of their own, which every run replaces and input globs do not read (expected a folder inside or outside the root, such as .artifacts/review-security).`,
    );
  const debug = options.logger.debug.bind(options.logger);
  debug(
    `policy ${loaded.chain.map((c) => `${c.source} (sha256 ${c.sha256.slice(0, 12)})`).join(' -> ')}; mode ${policy.mode}; outputs ${options.dryRun ? 'not written (dry run)' : `to ${outDir}`}`,
  );
  // Before anything else can fail: no failed run leaves an earlier certificate, or an earlier record or
  // scan result, that looks current. A file of the output folder this run reads is left to the check
  // that outputs overwrite nothing they read.
  if (!options.dryRun) await removeStaleOutputs(outDir, readByRun(options.root, policy, options.scans));

  let started = performance.now();
  const ingested = await ingestInputs(
    options,
    planInputs(policy.inputs, options.scans, options.literalScans === true),
    outDir,
    policy.severity.unknown,
  );
  applySetAside(ingested, policy.exceptions.inFileSuppressions);
  const all = ingested.flatMap((i) => i.findings);
  // Ingestion's dead parse results go before the gates and outputs add to the heap (see memory.ts).
  if (all.length >= COLLECT_ABOVE_FINDINGS) collectGarbage();
  // Two different secrets without a line, one in each of two reports, would both be `:1`.
  numberOccurrencesAcrossInputs(all);
  const merged = mergeFindings(all, policy.severity.unknown);
  debug(
    `read ${ingested.length} input(s) in ${Math.round(performance.now() - started)} ms: ${all.length} finding(s), ${merged.length} after merging across inputs`,
  );
  const findings = applySeverityOverrides(merged, policy.severity.overrides, policy.severity.unknown);
  const severityOverrides = summarizeOverrides(merged, findings, policy.severity.overrides, policy.severity.unknown);

  const evidence: Evaluation['evidence'] = loaded.chain
    .filter((c) => c.origin !== 'built-in')
    .map((c) => ({ path: c.source, sha256: c.sha256, origin: c.origin, kind: 'policy' }));
  const { exceptions, files: exceptionFiles } = readExceptionFiles(reader, policy.exceptions.paths);
  evidence.push(
    ...exceptionFiles.map((f) => ({ path: f.path, sha256: f.sha256, origin: f.origin, kind: 'exceptions' })),
  );
  const applied = applyExceptions(findings, exceptions, policy, today);
  const exceptionReport: ExceptionReport = {
    ...emptyExceptionReport(),
    ...applied.report,
    pending: options.pendingEvidence ?? [],
  };

  // Findings are extended in place (no copy of every finding): memory stays proportional to the findings.
  const evaluated = findings as EvaluatedFinding[];
  for (const f of evaluated) {
    f.countedSeverity = f.severity === 'unknown' ? policy.severity.unknown : f.severity;
    const exceptionId = applied.coveredBy.get(f.id);
    f.excepted = false;
    if (exceptionId) {
      f.excepted = true;
      f.exceptionId = exceptionId;
    } else if (policy.exceptions.inFileSuppressions === 'honor' && acceptedInFile(f)) {
      exceptionReport.inFile.push(f.id);
      f.excepted = true;
      f.exceptionId = 'in-file-suppression';
    }
  }
  const validIds = new Set(applied.validIds);
  if (exceptionReport.inFile.length > 0) validIds.add('in-file-suppression');

  const context: GateContext = {
    policy,
    findings: evaluated,
    inputs: ingested.map((i) => i.record),
    today,
    validExceptionIds: validIds,
    // The first entry of an id is the one considered (a later one is refused as a duplicate): a register
    // row that names the id is told why that entry is not valid, not that a later copy repeats its id.
    rejectedExceptions: new Map([...exceptionReport.rejected].reverse().map((r) => [r.id, r])),
    pendingExceptionFiles: exceptionReport.pending.length,
  };
  if (options.commit) context.commit = options.commit;
  const warnings: string[] = ingested.flatMap((i) => i.record.warnings);
  // Lists of the policy that replace entries of a list they extend (the release preset's secrets rule).
  warnings.push(...loaded.warnings);
  // Exception files beside the patterns that none of them reads (a.yaml, a subfolder's file): not applied.
  warnings.push(
    ...unreadExceptionFiles(
      reader,
      policy.exceptions.paths,
      loaded.chain.map((c) => c.source),
      options.root,
    ),
  );
  // A mode the run sets (the Action's mode input) is inherited from nothing.
  const inheritedMode = options.mode ? undefined : inheritedAdvisoryWarning(loaded);
  if (inheritedMode) warnings.push(inheritedMode);
  // With evidence-completeness off nothing else would say that a scan did not complete: a warning does,
  // and it reaches the certificate.
  if (policy.gates['evidence-completeness'].enforcement === 'off')
    for (const input of context.inputs)
      for (const run of input.runs)
        if (!run.completed)
          warnings.push(
            `${input.path}: ${run.tool} did not complete (${run.problems.join(' ')}); evidence-completeness is off, so this does not stop the release.`,
          );
  // A report that says it scanned another commit than the one under test fails evidence-completeness
  // with requireCommit. Without that check the certificate would vouch for the commit under test all the
  // same, without a word that a report is of another one: a warning says so, and reaches the certificate.
  const commitChecked = policy.evidence.requireCommit && policy.gates['evidence-completeness'].enforcement !== 'off';
  if (options.commit !== undefined && !commitChecked)
    for (const input of context.inputs)
      for (const toolRun of input.runs)
        if (toolRun.commit !== undefined && namesAnotherCommit(toolRun.commit, options.commit))
          warnings.push(
            `${input.path}: the ${toolRun.tool} run names commit ${showCommit(toolRun.commit)} (versionControlProvenance[].revisionId), not the commit under test ${options.commit}: its findings may be of another commit. The policy does not check it (${policy.evidence.requireCommit ? 'evidence-completeness, which would with evidence.requireCommit, is off' : 'evidence.requireCommit is off'}), so this does not stop the release; scan the commit under test, or check that --commit (GITHUB_SHA) names the commit the reports were made from.`,
          );
  if (!options.dryRun && evaluated.length > SARIF_MAX_RESULTS)
    warnings.push(
      `shipgate.sarif holds the first ${SARIF_MAX_RESULTS} of ${evaluated.length} findings, open before excepted and worst first: GitHub code scanning refuses a run of more results. Every finding is in scan-results.json and the findings register.`,
    );
  if (options.clockPinned)
    warnings.push(
      `SHIPGATE_NOW pins the evaluation time to ${now.toISOString()}: dates are judged against it, not the real date.`,
    );

  // The register is read whenever it exists, whatever the gates: the updated register is written
  // always (DESIGN 6) and keeps every row, so a policy whose gates use no plans must not write a
  // blank copy that drops the team's owners, plans and dates (or, with outputs.dir beside it, replace
  // the committed file). Read, it is evidence like any other, a broken one is an input error, and the
  // gates see it as they do when one of them needs it (scan-cleanliness lists the plans it allows open).
  let register: FindingsRegister | undefined;
  const registerFile = reader.read(policy.gates['disposition-integrity'].register);
  if (registerFile) {
    register = await parseRegister(evidenceText(registerFile, 'findings register'), registerFile.path);
    evidence.push({
      path: registerFile.path,
      sha256: registerFile.sha256,
      origin: registerFile.origin,
      kind: 'register',
    });
    context.register = { source: registerFile.path, rows: planRows(register) };
  } else if (readsRegister(policy)) {
    warnings.push(
      `${policy.gates['disposition-integrity'].register}: no findings register yet; shipgate writes one to the output directory for the team to fill in and commit.`,
    );
  }
  let assessment: Assessment | undefined;
  if (readsAssessment(policy)) {
    const file = reader.read(policy.gates['control-verification'].assessment);
    if (file) {
      assessment = parseAssessment(evidenceText(file, 'manual assessment'), file.path);
      evidence.push({ path: file.path, sha256: file.sha256, origin: file.origin, kind: 'assessment' });
      context.assessment = { source: file.path, controls: assessment.controls };
    }
  }

  // Evidence in the output folder is a file no one reviews (the folder is an artifact, usually not
  // committed) that outlives the run; input globs skip the folder, and evidence may not be there at all.
  // Before any gate: no decision is made that its outputs could not record.
  checkOutputFolder(
    outDir,
    options.root,
    ingested.map((i) => i.record),
    evidence,
    !options.dryRun,
  );
  const gates = runGates(context);
  const exceptionConditions = [
    ...exceptionReport.expiringSoon.map(
      (e) => `exception ${e.id} expires on ${e.expires} (${e.daysLeft} day(s) left).`,
    ),
    ...exceptionReport.unused.map(
      (e) => `exception ${e.id} (${e.file}: line ${e.line}) matches no finding; remove it or fix its selectors.`,
    ),
    ...exceptionReport.pending.map((p) => `${p.file} is pending review: ${p.reason}`),
    // A suppression in the scanned code or the scanner's settings has no approver and no expiry: an
    // approval that relies on one says so.
    ...(exceptionReport.inFile.length > 0
      ? [
          `${exceptionReport.inFile.length} finding(s) excepted by suppressions recorded in the reports (exceptions.inFileSuppressions: honor; no approver, no expiry): ${exceptionReport.inFile.slice(0, 10).join(', ')}${exceptionReport.inFile.length > 10 ? `, and ${exceptionReport.inFile.length - 10} more` : ''}.`,
        ]
      : []),
  ];
  if (policy.exceptions.failOnUnused && exceptionReport.unused.length > 0) {
    const gate = gates.find((g) => g.id === 'disposition-integrity');
    if (gate && gate.status !== 'off') {
      gate.status = 'fail';
      gate.reasons.push(
        ...exceptionReport.unused.map(
          (e) => `exception ${e.id} (${e.file}: line ${e.line}) matches no finding, and the policy sets failOnUnused.`,
        ),
      );
    }
  }
  const { decision, conditions } = decide(gates, exceptionConditions);

  const evaluation: Evaluation = {
    shipgateVersion: SHIPGATE_VERSION,
    evaluatedAt: now.toISOString(),
    today,
    root: options.root,
    ...(realPathOf(options.root) !== resolve(options.root) ? { rootReal: realPathOf(options.root) } : {}),
    ...(relativeToRoot(options.root, outDir) ? { outputs: relativeToRoot(options.root, outDir) as string } : {}),
    ...(options.commit ? { commit: options.commit } : {}),
    ...(options.repository ? { repository: options.repository } : {}),
    ...(serverUrl !== DEFAULT_SERVER_URL ? { serverUrl } : {}),
    ...(options.repositoryFolder ? { repositoryFolder: checkedFolder(options.repositoryFolder) } : {}),
    mode: policy.mode,
    policy: {
      source: loaded.source,
      digest: loaded.digest,
      chain: loaded.chain,
      ...(options.policy !== undefined ? { named: true } : {}),
    },
    inputs: context.inputs as InputRecord[],
    findings: evaluated,
    totals: countBySeverity(evaluated),
    open: countOpen(evaluated),
    gates,
    conditions,
    decision,
    warnings,
    exceptions: exceptionReport,
    evidence,
    severityOverrides,
  };
  // Only advisory mode lets a rejection exit 0 (the mode was checked, so this is enforce otherwise).
  const exitCode = decision === 'rejected' && policy.mode !== 'advisory' ? ExitCode.Rejected : ExitCode.Approved;
  let written: string[] = [];
  try {
    started = performance.now();
    if (!options.dryRun) written = await writeOutputs(outDir, evaluation, register);
  } catch (error) {
    // The decision was made: an error writing it down does not unmake a rejection.
    if (isShipgateError(error) && exitCode === ExitCode.Rejected) error.afterRejection = true;
    throw error;
  }
  if (!options.dryRun) debug(`wrote ${written.length} output file(s) in ${Math.round(performance.now() - started)} ms`);
  debug(`decision ${decision}, exit ${exitCode}`);
  return { evaluation, exitCode, written, outDir };
}

/** A repository folder as `repositoryPrefix` gives it: relative, '/'-separated, ending in '/', no '..'. */
function checkedFolder(folder: string): string {
  const segments = folder.split('/');
  if (
    folder.startsWith('/') ||
    !folder.endsWith('/') ||
    segments.slice(0, -1).some((s) => s === '' || s === '.' || s === '..')
  )
    throw new ConfigError(
      `the repository folder '${folder}' is not a folder path relative to the repository's top, ending in '/' (as 'services/api/').`,
    );
  return folder;
}
