/**
 * CLI adapter: argv -> options -> run -> print -> exit code. With bin.ts (the command's entry, which
 * starts it) and action.ts, the only module that touches process.
 */
import { rootProblem } from './ingest/read.js';
import { announceCertificates, bugReport, routeHostedStdio, terminals, threadOldGenerationMiB } from './host.js';
import { rmSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, ExitCode, isShipgateError } from './errors.js';
import type { Logger } from './logger.js';
import { oldSpaceFlag } from './memory.js';
import { run, withdrawOutputs } from './run.js';
import { repositoryPrefix } from './evidence/trusted-ref.js';
import { renderText } from './report/text.js';
import { renderScanResultsChunks } from './report/scan-results.js';
import { renderJobSummary } from './report/summary.js';
import { CERTIFICATE_FILES } from './report/write.js';
import { renderFormats } from './commands/formats.js';
import { validateEvidence } from './commands/validate.js';
import { initProject } from './commands/init.js';
import { waiveFinding } from './commands/waive.js';
import { verifyCertificate, type VerifyOptions } from './commands/verify.js';
import { SHIPGATE_VERSION } from './version.js';
import { clockFromEnvironment } from './dates.js';
import { throttledProgress } from './progress.js';
import { forLog, neutralizeWorkflowCommands, positiveWholeNumber } from './strings.js';

// In the evaluation thread (src/bin.ts) everything written to stdout and stderr goes to the main thread
// over one channel, which keeps the order and delivers each write at once (a worker's own stdio waits
// for the main thread to acknowledge each write, which held progress lines back to the end).
routeHostedStdio();

const EVALUATE_OPTIONS = `evaluate options:
  --scan PATH|GLOB       a scan report (repeatable); added to the policy's inputs
  --policy FILE          policy file or preset (default .shipgate/policy.yml, else the release preset)
  --root DIR             workspace root (default $GITHUB_WORKSPACE, else the current directory)
  --out DIR              output directory (default the policy's outputs.dir)
  --commit SHA           the commit under test (default $GITHUB_SHA)
  --repository O/N       the repository (default $GITHUB_REPOSITORY)
  --server-url URL       the GitHub server it is on (default $GITHUB_SERVER_URL, else https://github.com)
  --dry-run              evaluate and print; write nothing
  --format F             text (default; the decision first, then what to do), json (the scan results)
                         or markdown (the job summary the Action writes)
  --max-input-bytes N    largest input read whole (default 268435456); streamed formats have no file cap
  --stream-above N       stream SARIF, Trivy, Grype and Semgrep inputs above N bytes (default 16777216)
  --max-result-bytes N   cap on one result of a streamed report (default 67108864)
  --max-findings N       cap on findings across all inputs (default 2000000)
  --progress             show progress for large inputs even when stderr is not a terminal
  --no-color             no colour even on a terminal
`;

const VALIDATE_OPTIONS = `validate options:
  --policy FILE          policy file or preset (default .shipgate/policy.yml, else the release preset)
  --root DIR             workspace root (default $GITHUB_WORKSPACE, else the current directory)
  --out DIR              the output folder evaluate would be given, checked instead of the policy's
                         outputs.dir (relative to the current directory, as for evaluate)
`;

const INIT_OPTIONS = `init options:
  --root DIR             the folder to scaffold when DIR is not given (default $GITHUB_WORKSPACE, else
                         the current directory)
`;

const WAIVE_OPTIONS = `waive options:
  --reason TEXT          why the risk is accepted or the finding is false (required; quote text with spaces)
  --owner NAME           who owns the finding (required)
  --approved-by NAME     who approves: not the owner, and on the policy's approver list (required)
  --expires YYYY-MM-DD   the first day the exception no longer applies (required)
  --approved-on YYYY-MM-DD  the approval date (default today)
  --type T               risk-acceptance (default) or false-positive
  --ticket ID            a tracking reference
  --file PATH            the exception file to append to; one the policy's exceptions.paths read
                         (default .shipgate/exceptions/waivers.yml, or a file in the folder of the
                         policy's first exceptions path)
  --policy FILE          policy file or preset (default .shipgate/policy.yml, else the release preset)
  --root DIR             workspace root (default $GITHUB_WORKSPACE, else the current directory)
`;

const FORMATS_OPTIONS = `formats options:
  --format F             text (default) or json
`;

const VERIFY_OPTIONS = `verify options:
  --root DIR             the workspace the certificate's paths are relative to
  --key FILE             a PEM public key; the detached signature must verify with it
  --signature FILE       the signature (base64, as cosign sign-blob writes it; default CERT.sig)
  --allow-pinned-clock   accept a certificate evaluated under a pinned clock (SHIPGATE_NOW), as for a demo
                         or a test (without it, such a certificate fails with exit 4)
  --max-input-bytes N, --stream-above N, --max-result-bytes N, --max-findings N
                         as for evaluate: the caps of the evaluation verify derives again (give the
                         values the certificate's evaluation was given)
`;

const EXIT_CODES =
  'Exit codes: 0 approved, 1 rejected, 2 usage/config error, 3 input error, 4 trust error, 5 output error, 70 internal error.\n';

const USAGE = `Usage: shipgate <command> [options]

Commands:
  evaluate   evaluate scan reports and evidence against the policy; write the certificate or fail
  validate   check the policy, its inputs, exception files, register and assessment (no scans); exit 0, 2 or 3
  init [DIR] scaffold .shipgate/ with a policy, an example exception, a register and an assessment
  waive ID   append an exception for a finding (--reason --owner --approved-by --expires)
  formats    list the supported report formats, how each is detected, and its scan types
  verify CERT  recompute every digest a certificate names, derive its decision again and check its signature (--key); exit 0, 2, 3 or 4

${EVALUATE_OPTIONS}
${VALIDATE_OPTIONS}
${INIT_OPTIONS}
${WAIVE_OPTIONS}
${FORMATS_OPTIONS}
${VERIFY_OPTIONS}
Every command: -h or --help prints this usage (with a command, that command's); --version prints the version.

${EXIT_CODES}`;

const OPTIONS = {
  scan: { type: 'string', multiple: true },
  policy: { type: 'string' },
  root: { type: 'string' },
  out: { type: 'string' },
  commit: { type: 'string' },
  repository: { type: 'string' },
  'server-url': { type: 'string' },
  'dry-run': { type: 'boolean' },
  format: { type: 'string' },
  'max-input-bytes': { type: 'string' },
  'stream-above': { type: 'string' },
  'max-findings': { type: 'string' },
  'max-result-bytes': { type: 'string' },
  progress: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  reason: { type: 'string' },
  owner: { type: 'string' },
  'approved-by': { type: 'string' },
  'approved-on': { type: 'string' },
  expires: { type: 'string' },
  type: { type: 'string' },
  ticket: { type: 'string' },
  file: { type: 'string' },
  key: { type: 'string' },
  signature: { type: 'string' },
  'allow-pinned-clock': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} satisfies ParseArgsConfig['options'];

type OptionName = keyof typeof OPTIONS;

/** What one command accepts: its options (besides --help and --version) and how many positional arguments. */
interface CommandSpec {
  /** The synopsis and the options block, printed with a usage error and by `shipgate COMMAND --help`. */
  usage: string;
  options: readonly OptionName[];
  positionals: { min: number; max: number };
  /** What the command takes as positional arguments, for a wrong number of them. */
  takes: string;
  /** Said when there are too many: the usual cause. */
  tooMany?: string;
}

const COMMANDS = {
  evaluate: {
    usage: `Usage: shipgate evaluate [--scan PATH|GLOB]... [options]\n\n${EVALUATE_OPTIONS}`,
    options: [
      'scan',
      'policy',
      'root',
      'out',
      'commit',
      'repository',
      'server-url',
      'dry-run',
      'format',
      'max-input-bytes',
      'stream-above',
      'max-findings',
      'max-result-bytes',
      'progress',
      'no-color',
    ],
    positionals: { min: 0, max: 0 },
    takes: 'no positional arguments',
    tooMany: 'give reports with --scan',
  },
  validate: {
    usage: `Usage: shipgate validate [--policy FILE] [--root DIR] [--out DIR]\n\n${VALIDATE_OPTIONS}`,
    options: ['policy', 'root', 'out'],
    positionals: { min: 0, max: 0 },
    takes: 'no positional arguments',
  },
  init: {
    usage: `Usage: shipgate init [DIR] [--root DIR]\n\n${INIT_OPTIONS}`,
    options: ['root'],
    positionals: { min: 0, max: 1 },
    takes: 'at most one folder (DIR)',
    tooMany: 'quote a folder name that has spaces',
  },
  waive: {
    usage: `Usage: shipgate waive FINDING_ID --reason TEXT --owner NAME --approved-by NAME --expires YYYY-MM-DD [options]\n\n${WAIVE_OPTIONS}`,
    options: ['reason', 'owner', 'approved-by', 'approved-on', 'expires', 'type', 'ticket', 'file', 'policy', 'root'],
    positionals: { min: 1, max: 1 },
    takes: 'one finding id (SG- and 16 hex digits, as scan-results.json lists)',
    tooMany: "waive one finding at a time, and quote an option's text that has spaces: --reason 'Not reachable'",
  },
  formats: {
    usage: `Usage: shipgate formats [--format json]\n\n${FORMATS_OPTIONS}`,
    options: ['format'],
    positionals: { min: 0, max: 0 },
    takes: 'no positional arguments',
  },
  verify: {
    usage: `Usage: shipgate verify CERTIFICATE [--root DIR] [--key FILE] [--signature FILE] [--allow-pinned-clock]\n\n${VERIFY_OPTIONS}`,
    options: [
      'root',
      'key',
      'signature',
      'allow-pinned-clock',
      'max-input-bytes',
      'stream-above',
      'max-result-bytes',
      'max-findings',
    ],
    positionals: { min: 1, max: 1 },
    takes: 'one certificate (e.g. .artifacts/review-security/security-approval-certificate.json)',
  },
} satisfies Record<string, CommandSpec>;

type CommandName = keyof typeof COMMANDS;

function isCommand(name: string | undefined): name is CommandName {
  return name !== undefined && Object.hasOwn(COMMANDS, name);
}

/** 'a', 'b' and 'c'. */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The part of a parseArgs token the checks read. */
interface Token {
  kind: string;
  name?: string;
  rawName?: string;
  value?: string | undefined;
  /** The value was given in the option's own argument (`--out=DIR`), not as the next one. */
  inlineValue?: boolean | undefined;
}

/** Refuses options of other commands and a wrong number of positional arguments, with the command's usage. */
function checkCommandLine(command: CommandName, tokens: readonly Token[], rest: readonly string[]): void {
  const spec: CommandSpec = COMMANDS[command];
  const accepted = new Set<string>([...spec.options, 'help', 'version']);
  const foreign = [
    ...new Set(tokens.filter((t) => t.kind === 'option' && !accepted.has(t.name ?? '')).map((t) => `'${t.rawName}'`)),
  ];
  if (foreign.length > 0)
    throw new ConfigError(
      `${listed(foreign)} ${foreign.length === 1 ? 'is not an option' : 'are not options'} of ${command}.\n\n${spec.usage}`,
    );
  // An option that takes one value given twice: the first would be dropped without a word (a second
  // --key, --policy or --expires is more likely a mistake than a correction).
  const counts = new Map<string, string[]>();
  for (const t of tokens) {
    if (t.kind !== 'option' || t.value === undefined || t.name === undefined || t.name === 'scan') continue;
    counts.set(`--${t.name}`, [...(counts.get(`--${t.name}`) ?? []), t.value]);
  }
  const repeated = [...counts].filter(([, values]) => values.length > 1);
  if (repeated.length > 0)
    throw new ConfigError(
      `${repeated.map(([name, values]) => `${name} is given ${values.length} times (${values.map((v) => `'${v}'`).join(', ')})`).join('; ')}; it takes one value (expected each such option once).\n\n${spec.usage}`,
    );
  if (rest.length < spec.positionals.min) throw new ConfigError(`${command} needs ${spec.takes}.\n\n${spec.usage}`);
  if (rest.length > spec.positionals.max)
    throw new ConfigError(
      `${command} takes ${spec.takes}, but got ${rest.length}: ${rest.map((r) => `'${r}'`).join(', ')}${spec.tooMany ? `; ${spec.tooMany}` : ''}.\n\n${spec.usage}`,
    );
}

/**
 * Options whose empty value would otherwise mean their default without a word (`--root ''` the current
 * folder, `--policy ''` the default policy), and what each expects. An unset variable gives one.
 */
const NON_EMPTY_OPTIONS: Partial<Record<OptionName, string>> = {
  root: 'a folder',
  policy: 'a policy file or a preset name',
  out: 'a folder',
  commit: 'a commit SHA',
  repository: 'OWNER/NAME',
  'server-url': 'a URL such as https://github.example.com',
  file: 'an exception file',
  key: 'a PEM public key file',
  signature: 'a signature file',
};

/** Refuses an empty value of an option that takes a path or a name, naming each such option. */
function checkEmptyValues(tokens: readonly Token[]): void {
  const problems = [
    ...new Set(
      tokens
        .filter((t) => t.kind === 'option' && t.value === '' && Object.hasOwn(NON_EMPTY_OPTIONS, t.name ?? ''))
        .map(
          (t) =>
            `${t.rawName} is empty (expected ${NON_EMPTY_OPTIONS[t.name as OptionName]}; an unset variable after ${t.rawName} gives this).`,
        ),
    ),
  ];
  if (problems.length > 0) throw new ConfigError(`${problems.length} options are empty:`, problems);
}

/**
 * The workspace folder and where it came from (--root, $GITHUB_WORKSPACE, the current folder). A root
 * that is not a folder is a usage error naming its source: otherwise every file in it would be missing,
 * and `verify` would blame the certificate, `validate` would pass a policy it never read.
 */
function readRoot(values: Values, mustExist: boolean): string {
  const workspace = process.env.GITHUB_WORKSPACE;
  const root = resolve(values.root ?? (workspace || process.cwd()));
  if (!mustExist) return root;
  const from =
    values.root !== undefined ? `--root ${values.root}` : workspace ? `$GITHUB_WORKSPACE ${workspace}` : root;
  const problem = rootProblem(root);
  if (!problem) return root;
  const what =
    problem.kind === 'missing'
      ? 'the folder does not exist'
      : problem.kind === 'not-folder'
        ? 'not a folder'
        : `the folder cannot be read: ${problem.reason}`;
  throw new ConfigError(`${from}: ${what} (expected the workspace folder).`);
}

/**
 * Warnings go to stderr as they happen, except in text output, which lists them itself: there they are
 * held and written only if the run ends in an error (so they are never lost, and never printed twice).
 */
const heldWarnings: string[] = [];

function stderrLogger(holdWarnings: boolean): Logger {
  return {
    info: (message) => process.stderr.write(`${forLog(message)}\n`),
    warning: (message) => {
      if (holdWarnings) heldWarnings.push(message);
      else process.stderr.write(`warning: ${forLog(message)}\n`);
    },
    debug: (message) => {
      if (process.env.SHIPGATE_DEBUG) process.stderr.write(`debug: ${forLog(message)}\n`);
    },
  };
}

function readPositive(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const number = positiveWholeNumber(value);
  if (number === undefined)
    throw new ConfigError(
      `${flag} '${value}' is not a positive whole number (expected decimal digits, such as 1000000).`,
    );
  return number;
}

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>['values'];

function readFormat(value: string | undefined): string {
  const format = value ?? 'text';
  if (!['text', 'json', 'markdown'].includes(format))
    throw new ConfigError(`--format '${format}' is not supported (expected text, json or markdown).`);
  return format;
}

/** The input caps evaluate and verify take, each a positive integer when given. */
function readLimits(values: Values): NonNullable<VerifyOptions['limits']> {
  const maxInputBytes = readPositive(values['max-input-bytes'], '--max-input-bytes');
  const streamAboveBytes = readPositive(values['stream-above'], '--stream-above');
  const maxFindings = readPositive(values['max-findings'], '--max-findings');
  const maxResultBytes = readPositive(values['max-result-bytes'], '--max-result-bytes');
  // In the evaluation thread, V8's limit includes that thread's smaller young generation: its own
  // figure for the old generation is the one to budget with.
  const maxOldSpaceMiB = oldSpaceFlag(process.execArgv, process.env.NODE_OPTIONS) ?? threadOldGenerationMiB();
  return {
    ...(maxInputBytes ? { maxInputBytes } : {}),
    ...(streamAboveBytes ? { streamAboveBytes } : {}),
    ...(maxFindings ? { maxFindings } : {}),
    ...(maxResultBytes ? { maxResultBytes } : {}),
    ...(maxOldSpaceMiB ? { maxOldSpaceMiB } : {}),
  };
}

async function evaluate(values: Values, root: string): Promise<number> {
  const clock = clockFromEnvironment(process.env.SHIPGATE_NOW);
  const clockPinned = Boolean(process.env.SHIPGATE_NOW);
  const format = readFormat(values.format);
  const limits = readLimits(values);
  const terminal = terminals(process.stdout, process.stderr);
  const showProgress = values.progress === true || terminal.stderr;
  const onProgress = throttledProgress(200, (line, last) =>
    process.stderr.write(terminal.stderr ? `\r${forLog(line)}\u001b[K${last ? '\n' : ''}` : `${forLog(line)}\n`),
  );
  const commit = values.commit ?? process.env.GITHUB_SHA;
  const repository = values.repository ?? process.env.GITHUB_REPOSITORY;
  const serverUrl = values['server-url'] ?? process.env.GITHUB_SERVER_URL;
  // shipgate.sarif names files from the repository's top, as code scanning places them (not for a dry run).
  const folder = values['dry-run'] ? undefined : sarifFolder(root);
  const result = await run({
    root,
    scans: values.scan ?? [],
    dryRun: values['dry-run'] ?? false,
    clock,
    clockPinned,
    logger: stderrLogger(format === 'text'),
    ...(values.policy ? { policy: values.policy } : {}),
    ...(values.out ? { outDir: resolve(values.out) } : {}),
    ...(commit ? { commit } : {}),
    ...(repository ? { repository } : {}),
    ...(serverUrl ? { serverUrl } : {}),
    ...(folder ? { repositoryFolder: folder } : {}),
    ...limits,
    ...(showProgress ? { onProgress } : {}),
  });
  // Should the report not reach stdout (exit 5), the certificate this run wrote goes with it.
  writtenCertificates = result.written.filter((path) =>
    (CERTIFICATE_FILES as readonly string[]).includes(basename(path)),
  );
  // In the evaluation thread, stdout is the entry's: it removes them then (src/bin.ts).
  announceCertificates(writtenCertificates);
  // JSON on stdout may be read in a CI log or a terminal: `##[` inside a string would be a legacy
  // workflow command to the runner, so its `[` is written as the JSON escape `\u005b`; C1 controls (a
  // terminal may act on U+009B as on ESC [), U+2028/U+2029 and bidirectional controls (which reorder
  // the log's text) are written as `\uXXXX` escapes too. The same JSON: they only occur in strings, and
  // no line of it starts with `::`, since line breaks in strings are escaped anyway.
  if (format === 'json')
    for (const chunk of renderScanResultsChunks(result.evaluation)) process.stdout.write(jsonForLog(chunk));
  else if (format === 'markdown') process.stdout.write(neutralizeWorkflowCommands(renderJobSummary(result.evaluation)));
  else {
    const color = !values['no-color'] && terminal.stdout && !process.env.NO_COLOR;
    process.stdout.write(neutralizeWorkflowCommands(renderText(result.evaluation, { color })));
    process.stdout.write(
      result.written.length > 0
        ? `\nWrote ${result.written.length} file(s) to ${result.outDir}\n`
        : `\nDry run: nothing written (without --dry-run, the outputs go to ${result.outDir}).\n`,
    );
  }
  return result.exitCode;
}

/** What `jsonForLog` writes as escapes: `##[`, C1 controls, U+2028/U+2029 and bidirectional controls. */
const LOG_UNSAFE_IN_JSON = /##\[|[\u0080-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** JSON text for a CI log or a terminal, the same JSON (see where evaluate writes `--format json`). */
function jsonForLog(json: string): string {
  return json.replace(LOG_UNSAFE_IN_JSON, (found) =>
    found === '##[' ? '##\\u005b' : `\\u${found.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Every value the line gives an option (`--root a --root b`: both; parseArgs keeps only the last). A
 * value that starts with `-` counts when given inline (`--out=-x` writes to ./-x), not when a lenient
 * reading took the next option as one (`--out --commit`).
 */
function valuesOf(tokens: readonly Token[], name: string): string[] {
  return tokens.flatMap((t) =>
    t.kind === 'option' &&
    t.name === name &&
    typeof t.value === 'string' &&
    t.value !== '' &&
    (t.inlineValue === true || !t.value.startsWith('-'))
      ? [t.value]
      : [],
  );
}

/**
 * Withdraws the outputs of a failed evaluate from every folder its line could have meant: an option
 * given twice (refused) names two roots or output folders, and either may hold an earlier certificate.
 */
async function withdrawEverywhere(tokens: readonly Token[], scans: readonly string[]): Promise<void> {
  const roots = valuesOf(tokens, 'root');
  const outs = valuesOf(tokens, 'out');
  const policies = valuesOf(tokens, 'policy');
  for (const root of roots.length > 0 ? roots : [process.env.GITHUB_WORKSPACE || process.cwd()])
    for (const out of outs.length > 0 ? outs : [undefined])
      for (const policy of policies.length > 0 ? policies : [undefined])
        await withdrawOutputs(resolve(root), out ? resolve(out) : undefined, policy, undefined, scans).catch(
          () => undefined,
        );
}

/**
 * An evaluate command line that does not parse (an unknown option, `--scan` with an empty variable
 * after it) is a failed run too: the certificate of an earlier run is removed, as for every other
 * failure, from the folders a lenient reading of the same arguments names.
 */
async function withdrawAfterBadCommandLine(argv: string[]): Promise<void> {
  let lenient;
  try {
    lenient = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  } catch {
    return;
  }
  const { values, positionals, tokens } = lenient;
  if (positionals[0] !== 'evaluate' || values['dry-run'] === true) return;
  // The reports --scan names stay, as far as the line can be read (a mistyped flag beside them).
  const scans = (Array.isArray(values.scan) ? values.scan : [values.scan]).filter(
    (scan): scan is string => typeof scan === 'string',
  );
  await withdrawEverywhere(tokens, scans);
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    await withdrawAfterBadCommandLine(argv);
    // The usage of the command the line names, when it names one, as for another command's option.
    const named = argv.find((arg) => !arg.startsWith('-'));
    throw new ConfigError(`${(error as Error).message}\n\n${isCommand(named) ? COMMANDS[named].usage : USAGE}`);
  }
  const { values, positionals, tokens } = parsed;
  if (values.version) {
    process.stdout.write(`${SHIPGATE_VERSION}\n`);
    return ExitCode.Approved;
  }
  const [command, ...rest] = positionals;
  if (command === undefined && !values.help)
    throw new ConfigError(`no command given (expected ${Object.keys(COMMANDS).join(', ')} or help).\n\n${USAGE}`);
  if (values.help || command === undefined || command === 'help') {
    const named = command === 'help' ? rest[0] : command;
    if (named !== undefined && !isCommand(named))
      throw new ConfigError(`'${named}' is not a shipgate command.\n\n${USAGE}`);
    process.stdout.write(isCommand(named) ? COMMANDS[named].usage : USAGE);
    return ExitCode.Approved;
  }
  if (!isCommand(command)) throw new ConfigError(`'${command}' is not a shipgate command.\n\n${USAGE}`);
  if (command === 'evaluate')
    try {
      checkCommandLine(command, tokens, rest);
      checkEmptyValues(tokens);
      return await evaluate(values, readRoot(values, true));
    } catch (error) {
      // A failed run leaves no certificate that looks current, whatever failed (a flag, the clock).
      if (!values['dry-run']) await withdrawEverywhere(tokens, values.scan ?? []);
      throw error;
    }
  checkCommandLine(command, tokens, rest);
  checkEmptyValues(tokens);
  const clock = clockFromEnvironment(process.env.SHIPGATE_NOW);
  switch (command) {
    case 'formats': {
      const format = values.format ?? 'text';
      if (format !== 'text' && format !== 'json')
        throw new ConfigError(`--format '${format}' is not supported by formats (expected text or json).`);
      process.stdout.write(renderFormats(format));
      return ExitCode.Approved;
    }
    case 'validate': {
      const { report, error } = await validateEvidence({
        root: readRoot(values, true),
        ...(values.policy ? { policy: values.policy } : {}),
        ...(values.out ? { outDir: resolve(values.out) } : {}),
      });
      process.stdout.write(neutralizeWorkflowCommands(report));
      if (error) throw error;
      return ExitCode.Approved;
    }
    case 'init': {
      if (rest[0] === '')
        throw new ConfigError(
          'the folder to scaffold (DIR) is empty (expected a folder; an unset variable gives this).',
        );
      const target = resolve(rest[0] ?? readRoot(values, false));
      const created = initProject(target, clock());
      process.stdout.write(
        created.length > 0
          ? `Created in ${target}:\n${created.map((f) => `  ${f}`).join('\n')}\n`
          : `Nothing to create in ${target}: every file exists (existing files are kept).\n`,
      );
      return ExitCode.Approved;
    }
    case 'waive': {
      const findingId = rest[0] as string;
      const written = waiveFinding({
        root: readRoot(values, true),
        findingId,
        clock,
        ...(values.policy ? { policy: values.policy } : {}),
        ...(values.reason !== undefined ? { reason: values.reason } : {}),
        ...(values.owner !== undefined ? { owner: values.owner } : {}),
        ...(values['approved-by'] !== undefined ? { approvedBy: values['approved-by'] } : {}),
        ...(values['approved-on'] !== undefined ? { approvedOn: values['approved-on'] } : {}),
        ...(values.expires !== undefined ? { expires: values.expires } : {}),
        ...(values.type !== undefined ? { type: values.type } : {}),
        ...(values.ticket !== undefined ? { ticket: values.ticket } : {}),
        ...(values.file !== undefined ? { file: values.file } : {}),
      });
      process.stdout.write(`Appended exception ${written.id} for ${findingId} to ${written.file}.\n`);
      return ExitCode.Approved;
    }
    case 'verify': {
      if (rest[0] === '')
        throw new ConfigError(
          'the certificate to verify is empty (expected a certificate file, e.g. .artifacts/review-security/security-approval-certificate.json; an unset variable gives this).',
        );
      const { report, error } = await verifyCertificate({
        certificate: rest[0] as string,
        root: readRoot(values, true),
        ...(values.key !== undefined ? { key: values.key } : {}),
        ...(values.signature !== undefined ? { signature: values.signature } : {}),
        ...(values['allow-pinned-clock'] ? { allowPinnedClock: true } : {}),
        limits: readLimits(values),
      });
      process.stdout.write(neutralizeWorkflowCommands(report));
      if (error) throw error;
      return ExitCode.Approved;
    }
  }
}

/** The certificate files the evaluation in this process wrote, removed if its report cannot be written. */
let writtenCertificates: string[] = [];

// `shipgate evaluate | head` closes the pipe early: that is the reader's choice, not an error of the run.
// Any other failure to write the report to stdout (a full device, EIO) is an output error, exit 5,
// never a bug (70): the report did not reach its reader.
for (const stream of [process.stdout, process.stderr])
  // Before the entry's own listener (src/bin.ts, in the main thread), which would end the process first.
  stream.prependListener('error', (error: NodeJS.ErrnoException) => {
    // stderr only carries messages: the exit code still says what happened.
    if (error.code === 'EPIPE' || stream === process.stderr) return;
    // A failed run leaves no certificate (the evaluation's own files are kept, as for any output error).
    for (const path of writtenCertificates) rmSync(path, { force: true });
    process.stderr.write(
      `shipgate: output error: the report could not be written to stdout (${error.code ?? error.message})${writtenCertificates.length > 0 ? '; the certificate this run wrote was removed' : ''}.\n`,
    );
    process.exit(ExitCode.Output);
  });

/** An error nothing caught is a bug: exit 70, as any internal error, never Node's 1 ("rejected"). */
function uncaught(error: unknown): void {
  process.stderr.write(bugReport(error));
  process.exit(ExitCode.Internal);
}
// In the main thread the command's entry (src/bin.ts) registered the same first, from its start, and
// its handler ends the process before this one runs; a preload's own listeners change neither.
process.on('uncaughtException', uncaught);
process.on('unhandledRejection', uncaught);

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    for (const warning of heldWarnings) process.stderr.write(`warning: ${forLog(warning)}\n`);
    if (isShipgateError(error)) {
      process.stderr.write(
        `shipgate: ${error.name.replace(/Error$/, '').toLowerCase()} error: ${forLog(error.message)}\n`,
      );
      process.exitCode = error.exitCode;
    } else {
      process.stderr.write(bugReport(error));
      process.exitCode = ExitCode.Internal;
    }
  },
);

/**
 * The root's folder in its git repository, for the paths of shipgate.sarif; undefined outside one, and
 * for a root the repository reaches through a symbolic link (which only the trusted-ref reading refuses).
 */
function sarifFolder(root: string): string | undefined {
  try {
    return repositoryPrefix(root);
  } catch {
    return undefined;
  }
}
