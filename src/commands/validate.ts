/**
 * `shipgate validate`: checks the policy (and its inputs), exception files, register and assessment
 * without scan inputs. Every file is checked, and every problem reported, before it exits.
 */
import { resolve } from 'node:path';
import {
  ConfigError,
  ExitCode,
  InputError,
  OutputError,
  TrustError,
  isShipgateError,
  type ShipgateError,
} from '../errors.js';
import { createWorkspaceReader, evidenceText, type EvidenceReader } from '../evidence/source.js';
import {
  exceptionKeyLine,
  exceptionStandingProblem,
  readExceptionFiles,
  unreadExceptionFiles,
} from '../evidence/exceptions.js';
import { parseRegister } from '../evidence/register.js';
import { parseAssessment } from '../evidence/assessment.js';
import { chooseIngestor } from '../ingest/detect.js';
import { outputFolderInRoot, refuseLinkedInput, resolveInputPaths, rootProblem } from '../ingest/read.js';
import { isGlob } from '../glob.js';
import { loadPolicy, readsAssessment } from '../policy/load.js';
import type { PolicyInput } from '../policy/types.js';
import { checkOutputFolder, inheritedAdvisoryWarning, refuseOutputsEscape } from '../run.js';

export interface ValidateOptions {
  root: string;
  policy?: string;
  evidence?: EvidenceReader;
  /** The output folder as evaluate's `--out` gives it (absolute); default the policy's `outputs.dir`. */
  outDir?: string;
}

/** What validate checked, and the error to exit with when anything was wrong. */
export interface ValidateResult {
  /** One line per check: what was checked and whether it is valid. */
  report: string;
  /** Every problem found, in one error whose exit code is the most severe among them; undefined when all is valid. */
  error?: ShipgateError;
}

/**
 * Which exit code wins when files have different problems: a configuration error (the policy or an
 * exception file) outranks an input error (the register or assessment), as evaluate reads them in that order.
 */
const SEVERITY_ORDER: readonly number[] = [ExitCode.Config, ExitCode.Trust, ExitCode.Input, ExitCode.Output];

/** One error holding every problem, of the class of the most severe. */
function combineProblems(problems: readonly { subject: string; error: ShipgateError }[]): ShipgateError | undefined {
  const [first] = problems;
  if (!first) return undefined;
  if (problems.length === 1) return first.error;
  const rank = (e: ShipgateError): number => {
    const index = SEVERITY_ORDER.indexOf(e.exitCode);
    return index === -1 ? SEVERITY_ORDER.length : index;
  };
  const worst = problems.reduce((a, b) => (rank(b.error) < rank(a.error) ? b : a)).error;
  const subjects = [...new Set(problems.map((p) => p.subject))];
  const messages = problems.flatMap((p) => p.error.problems);
  const message = `${messages.length} problems in ${subjects.length === 1 ? subjects[0] : `${subjects.slice(0, -1).join(', ')} and ${subjects.at(-1)}`}:`;
  const ErrorClass =
    worst.exitCode === ExitCode.Config
      ? ConfigError
      : worst.exitCode === ExitCode.Trust
        ? TrustError
        : worst.exitCode === ExitCode.Output
          ? OutputError
          : InputError;
  return new ErrorClass(message, messages);
}

/**
 * The checks evaluate makes of a policy input before reading it, with evaluate's messages: a declared
 * format must be a known format id (the path or glob was checked when the policy loaded: inside the
 * root, no braces). The reports themselves need not exist yet. Returns the report line's verdict and
 * the files the input names now (a literal path whether or not it exists yet).
 */
function checkPolicyInput(
  root: string,
  input: PolicyInput,
  skip: readonly string[],
): { verdict: string; paths: string[] } {
  if (input.format !== undefined) chooseIngestor({ path: input.path, head: '' }, input.format, undefined);
  try {
    // As evaluate expands it: its globs skip the output folder.
    const paths = resolveInputPaths(root, input.path, skip);
    // Each file there now is refused as evaluate refuses it when it is a symbolic link, or past a folder
    // linked outside the root. Its content is the scans' to write (it may be empty, or not there yet).
    for (const path of paths) refuseLinkedInput(root, path);
    return { verdict: isGlob(input.path) ? `valid (matches ${paths.length} file(s) now)` : 'valid', paths };
  } catch (error) {
    // Validate runs before the scans: a glob that matches nothing yet is not a problem of the policy.
    // One that starts in the output folder never will: evaluate refuses it, and so does validate.
    if (
      error instanceof InputError &&
      /the glob matched no files/.test(error.message) &&
      !/shipgate's output folder/.test(error.message)
    )
      return { verdict: 'valid (matches no files yet)', paths: [] };
    throw error;
  }
}

/**
 * Refuses a workspace root that does not exist or is not a folder (a ConfigError naming it): read as
 * a workspace, it would hold no policy and no evidence, and pass for an empty project.
 */
export function checkWorkspaceRoot(root: string): void {
  const problem = rootProblem(root);
  if (!problem) return;
  const what =
    problem.kind === 'missing'
      ? 'does not exist'
      : problem.kind === 'not-folder'
        ? 'is not a folder'
        : `cannot be read (${problem.reason})`;
  throw new ConfigError(
    `the root '${root}' ${what} (expected the workspace folder: --root DIR, $GITHUB_WORKSPACE or the current directory).`,
  );
}

/** Returns a report of what was checked and, when anything is wrong, one error listing every problem. */
export async function validateEvidence(options: ValidateOptions): Promise<ValidateResult> {
  // The Action's trusted-ref reader reads a commit, not the folder.
  if (!options.evidence) checkWorkspaceRoot(options.root);
  const reader = options.evidence ?? createWorkspaceReader(options.root);
  const lines: string[] = [];
  const problems: { subject: string; error: ShipgateError }[] = [];
  /** Runs one check; a user-facing error is noted against its subject and the checks go on. */
  const check = async (kind: string, subject: string, run: () => string | Promise<string>): Promise<void> => {
    try {
      lines.push(`${kind}: ${subject}: ${await run()}`);
    } catch (error) {
      if (!isShipgateError(error)) throw error;
      problems.push({ subject, error });
      lines.push(`${kind}: ${subject}: invalid`);
    }
  };

  // Nothing else can be checked without the policy: its error is the only one. The paths it names
  // (inputs, exceptions paths, register, assessment, outputs.dir) are checked as it loads.
  const loaded = loadPolicy(reader, options.policy);
  const { policy } = loaded;
  // Evaluate's warnings about the policy: the lists it replaces, and a mode it inherits.
  const advisory = inheritedAdvisoryWarning(loaded);
  const warnings = [...loaded.warnings, ...(advisory ? [advisory] : [])];
  lines.push(
    `policy: ${loaded.chain.map((c) => c.source).join(' -> ')}: valid${warnings.length > 0 ? `, with ${warnings.length} warning(s)` : ''}`,
    ...warnings.map((w) => `policy: warning: ${w}`),
  );

  // As evaluate: --out, else the policy's outputs.dir under the root. Globs skip the output folder
  // however it is named; whether it may be used at all is checked last, once the evidence is known.
  const outDir = resolve(options.root, options.outDir || policy.outputs.dir);
  const places = outputFolderInRoot(options.root, outDir);
  const skip = places.filter((place) => place !== '');
  /** What this run would read, for the check of the output folder (evaluate's words for each kind). */
  const scanned: { path: string }[] = [];
  const evidence: { path: string; kind: string }[] = loaded.chain
    .filter((c) => c.origin !== 'built-in')
    .map((c) => ({ path: c.source, kind: 'policy' }));
  for (const input of policy.inputs)
    await check('inputs', `${input.path}${input.format ? ` (format ${input.format})` : ''}`, () => {
      const { verdict, paths } = checkPolicyInput(options.root, input, skip);
      scanned.push(...paths.map((path) => ({ path })));
      return verdict;
    });

  let exceptionCount = 0;
  const seen = new Set<string>();
  // Ids are compared across every file of every exceptions path: evaluate applies only the first entry
  // of an id (a waiver's EXC-0001 beside another file's EXC-0001 would be dropped there).
  const firstOfId = new Map<string, string>();
  const failedBefore = problems.length;
  for (const pattern of policy.exceptions.paths) {
    let paths: string[];
    try {
      paths = reader.list(pattern);
    } catch (error) {
      if (!isShipgateError(error)) throw error;
      problems.push({ subject: pattern, error });
      lines.push(`exceptions: ${pattern}: invalid`);
      continue;
    }
    // Each file is read as evaluate reads it, one at a time, so that a bad file hides no other.
    for (const path of paths.filter((p) => !seen.has(p))) {
      seen.add(path);
      evidence.push({ path, kind: 'exceptions' });
      await check('exceptions', path, () => {
        const { exceptions } = readExceptionFiles(reader, [path]);
        exceptionCount += exceptions.length;
        const wrong: string[] = [];
        for (const e of exceptions) {
          const first = firstOfId.get(e.id);
          const idLine = exceptionKeyLine(e, 'id');
          if (first === undefined) firstOfId.set(e.id, `${e.file}: line ${idLine}`);
          else
            wrong.push(
              `${e.file}: line ${idLine}: exception id '${e.id}' is also used in ${first} (expected each id once across the exception files; evaluate applies only the first).`,
            );
          // What does not change with the date: evaluate would never apply the entry. An expired or
          // not yet approved entry is a state of today, not a mistake in the file.
          const standing = exceptionStandingProblem(e, policy);
          if (standing)
            wrong.push(
              `${e.file}: line ${exceptionKeyLine(e, standing.key)}: exception '${e.id}' can never apply, whatever the date: ${standing.problem}.`,
            );
        }
        if (wrong.length > 0)
          throw new ConfigError(
            `${path}: ${wrong.length} problem(s) with its exceptions: evaluate would not apply them as written.`,
            wrong,
          );
        return `${exceptions.length} exception(s), valid`;
      });
    }
  }
  if (exceptionCount === 0 && problems.length === failedBefore) lines.push('exceptions: none');
  // Files beside the patterns that no pattern reads (a.yaml, a subfolder's file): evaluate ignores them.
  const unread = unreadExceptionFiles(
    reader,
    policy.exceptions.paths,
    loaded.chain.map((c) => c.source),
    options.root,
  );
  lines.push(...unread.map((w) => `exceptions: warning: ${w}`));

  const registerPath = policy.gates['disposition-integrity'].register;
  await check('register', registerPath, async () => {
    const register = reader.read(registerPath);
    if (!register) return 'not found (evaluate writes a new one)';
    evidence.push({ path: register.path, kind: 'register' });
    const parsed = await parseRegister(evidenceText(register, 'findings register'), register.path);
    return `${parsed.rows.length} row(s), valid`;
  });

  const assessmentPath = policy.gates['control-verification'].assessment;
  // As evaluate: with control-verification off the assessment is not read, so nothing in it can fail.
  if (!readsAssessment(policy)) lines.push(`assessment: ${assessmentPath}: not read (control-verification is off)`);
  else
    await check('assessment', assessmentPath, () => {
      const assessment = reader.read(assessmentPath);
      if (!assessment)
        return `not found${policy.gates['control-verification'].enforcement === 'off' ? '' : ' (control-verification will fail until it exists)'}`;
      evidence.push({ path: assessment.path, kind: 'assessment' });
      const parsed = parseAssessment(evidenceText(assessment, 'manual assessment'), assessment.path);
      return `${parsed.controls.length} control(s), valid`;
    });

  // The output folder, as evaluate checks it before any gate, and as a run that writes its outputs (the
  // stricter: a dry run skips the files an output would replace). Evidence is counted whether or not it
  // parsed: a broken file in the output folder is there all the same.
  await check('outputs', options.outDir ? `${outDir} (--out)` : policy.outputs.dir, () => {
    if (!options.outDir) refuseOutputsEscape(options.root, outDir, loaded);
    // The root itself, through a link the policy's text cannot show (a plain '.' is refused as it loads).
    if (places.includes(''))
      throw new ConfigError(
        options.outDir
          ? `the output folder ${outDir} (--out, or the Action's output-dir) is the root itself: the outputs need a folder of their own, which every run replaces and input globs do not read (expected a folder inside or outside the root, such as .artifacts/review-security).`
          : `${loaded.locate('/outputs/dir')}: outputs.dir '${policy.outputs.dir}' is the root itself (through a symbolic link): the outputs need a folder of their own, which every run replaces and input globs do not read (expected a folder such as .artifacts/review-security).`,
      );
    checkOutputFolder(outDir, options.root, scanned, evidence, true);
    return 'valid';
  });

  const error = combineProblems(problems);
  return { report: `${lines.join('\n')}\n`, ...(error ? { error } : {}) };
}
