/**
 * The repository's own workflows (.github/workflows): valid for GitHub's workflow parser, and doing what
 * they claim. The Action self-test is run here as the runner runs it (dist/action.js, INPUT_* variables,
 * GITHUB_OUTPUT, then the check steps' scripts in bash), and its expectations are compared with what the
 * CLI decides for the same release, so the workflow fails here before it fails on GitHub.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';

// @actions/workflow-parser imports its JSON schemas without `with { type: 'json' }`, which Node refuses
// (actions/languageservices#387). This hook adds the attribute, for that package's JSON files only.
const JSON_ATTRIBUTE_HOOK = `export async function load(url, context, next) {
  const schema = url.endsWith('.json') && url.includes('/@actions/workflow-parser/');
  return next(url, schema ? { ...context, importAttributes: { ...context.importAttributes, type: 'json' } } : context);
}`;
register(`data:text/javascript,${encodeURIComponent(JSON_ATTRIBUTE_HOOK)}`);
const { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } = await import('@actions/workflow-parser');

const REPO = fileURLToPath(new URL('..', import.meta.url));
const WORKFLOWS = join(REPO, '.github/workflows');
const CLI = join(REPO, 'dist/cli.js');
const ACTION = join(REPO, 'dist/action.js');

type Scalar = string | number | boolean | null;

/** A step as written in a workflow file. */
interface WorkflowStep {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, Scalar>;
  env?: Record<string, Scalar>;
  'continue-on-error'?: boolean | string;
}

/** A job as written in a workflow file (only what these tests read). */
interface WorkflowJob {
  name?: string;
  'runs-on'?: string;
  permissions?: Record<string, string> | string;
  env?: Record<string, Scalar>;
  steps: WorkflowStep[];
}

/** A workflow file as js-yaml loads it. */
interface Workflow {
  name?: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string> | string;
  jobs: Record<string, WorkflowJob>;
}

/** action.yml, as far as these tests read it. */
interface ActionMetadata {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
}

const workflowFiles = readdirSync(WORKFLOWS)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();
const action = load(readFileSync(join(REPO, 'action.yml'), 'utf8')) as ActionMetadata;

function readWorkflow(file: string): Workflow {
  return load(readFileSync(join(WORKFLOWS, file), 'utf8')) as Workflow;
}

/** Every error GitHub's parser reports for a workflow: schema, expressions, then the model (needs, ids). */
async function validateWorkflow(name: string, content: string): Promise<string[]> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  if (parsed.value) await convertWorkflowTemplate(parsed.context, parsed.value);
  return parsed.context.errors.getErrors().map((e) => e.message);
}

/** Every step in every job of every workflow, with where it is. */
function allSteps(): { file: string; jobId: string; job: WorkflowJob; step: WorkflowStep; index: number }[] {
  return workflowFiles.flatMap((file) =>
    Object.entries(readWorkflow(file).jobs).flatMap(([jobId, job]) =>
      job.steps.map((step, index) => ({ file, jobId, job, step, index })),
    ),
  );
}

function stepLabel(step: WorkflowStep): string {
  return step.name ?? step.id ?? step.uses ?? step.run?.split('\n')[0] ?? '(step)';
}

/** Runs a `run:` script as the runner's default shell does (bash --noprofile --norc -eo pipefail). */
function runScript(script: string, options: { cwd: string; env: Record<string, string> }) {
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), ...options.env },
    encoding: 'utf8',
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? tmpdir(),
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@e',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@e',
    },
  }).trim();
}

/** A git repository with one commit holding the given files. */
function gitRepository(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sg-wf-git-'));
  git(dir, 'init', '-q', '-b', 'main');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  return dir;
}

/** The values a step's expressions may read: `github.*`, and `steps.<id>.outputs.<name>` / `.outcome`. */
interface ExpressionValues {
  github: Record<string, string>;
  steps: Record<string, { outcome: string; outputs: Record<string, string> }>;
}

/** Substitutes `${{ ... }}` in a value; anything this test does not know how to evaluate is an error. */
function substitute(value: Scalar | undefined, values: ExpressionValues): string {
  return String(value ?? '').replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expression: string) => {
    const github = /^github\.(\w+)$/.exec(expression);
    if (github?.[1] && github[1] in values.github) return values.github[github[1]] as string;
    const step = /^steps\.([\w-]+)\.(?:outputs\.([\w-]+)|(outcome))$/.exec(expression);
    const result = step?.[1] ? values.steps[step[1]] : undefined;
    if (step && result) return step[3] ? result.outcome : (result.outputs[step[2] as string] ?? '');
    throw new Error(`The test cannot evaluate '\${{ ${expression} }}' (no such step, or not supported here).`);
  });
}

/** Parses the runner's GITHUB_OUTPUT file (name<<delimiter ... delimiter blocks, or name=value). */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const block = /^([^<=]+)<<(.+)$/.exec(line);
    if (block) {
      const value: string[] = [];
      for (i += 1; i < lines.length && lines[i] !== block[2]; i += 1) value.push(lines[i] ?? '');
      outputs[block[1] as string] = value.join('\n');
    } else if (line.includes('=')) outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
  }
  return outputs;
}

/** The result of running a job's steps here: the steps' outcomes and outputs, and the step that failed the job. */
interface JobRun {
  steps: ExpressionValues['steps'];
  failedStep?: string;
  log: string;
}

/**
 * Runs a self-test job as the runner would: a workspace holding the roots its `uses: ./` steps read, the
 * Action with action.yml's defaults under the step's inputs, and the `run:` steps in bash. Supports only
 * checkout, `./` and `run:` steps without `if:`, which is what a self-test needs.
 */
function runSelfTestJob(job: WorkflowJob, event: 'push' | 'pull_request'): JobRun {
  const workspace = mkdtempSync(join(tmpdir(), 'sg-wf-workspace-'));
  const runnerFiles = mkdtempSync(join(tmpdir(), 'sg-wf-runner-'));
  const eventPath = join(runnerFiles, 'event.json');
  const sha = 'c0ffee'.padEnd(40, '0');
  writeFileSync(
    eventPath,
    JSON.stringify(
      event === 'pull_request'
        ? { number: 7, pull_request: { number: 7, base: { sha: 'b'.repeat(40) }, head: { sha } } }
        : { ref: 'refs/heads/main', after: sha },
    ),
  );
  const values: ExpressionValues = {
    github: { workspace, sha, token: 'test-token', event_name: event, repository: 'shipgate/shipgate' },
    steps: {},
  };
  const jobEnv = Object.fromEntries(Object.entries(job.env ?? {}).map(([k, v]) => [k, substitute(v, values)]));
  const runner = {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: sha,
    GITHUB_REPOSITORY: 'shipgate/shipgate',
    // Offline: an API call (the contents API for a base commit not in the clone) fails instead of leaving.
    GITHUB_API_URL: 'http://127.0.0.1:9',
  };
  let log = '';
  for (const [index, step] of job.steps.entries()) {
    if (step.if !== undefined) throw new Error(`${stepLabel(step)}: 'if:' is not supported by this test's runner.`);
    const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, substitute(v, values)]));
    let code: number | null;
    let outputs: Record<string, string> = {};
    if (step.uses?.startsWith('actions/checkout@')) continue;
    else if (step.uses === './') {
      const root = String(step.with?.root ?? '');
      if (root && !existsSync(join(workspace, root)))
        cpSync(join(REPO, root), join(workspace, root), { recursive: true });
      const inputs: Record<string, string> = {};
      for (const [name, input] of Object.entries(action.inputs)) inputs[name] = substitute(input.default, values);
      for (const [name, value] of Object.entries(step.with ?? {})) inputs[name] = substitute(value, values);
      const outputFile = join(runnerFiles, `output-${index}`);
      const summaryFile = join(runnerFiles, `summary-${index}`);
      writeFileSync(outputFile, '');
      writeFileSync(summaryFile, '');
      const result = spawnSync(process.execPath, [ACTION], {
        cwd: workspace,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? tmpdir(),
          ...runner,
          GITHUB_OUTPUT: outputFile,
          GITHUB_STEP_SUMMARY: summaryFile,
          ...jobEnv,
          ...stepEnv,
          // The runner's mangling: INPUT_ + the name upper-cased with spaces as underscores; hyphens stay.
          ...Object.fromEntries(
            Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]),
          ),
        },
        encoding: 'utf8',
      });
      code = result.status;
      outputs = parseOutputs(readFileSync(outputFile, 'utf8'));
      log += `${result.stdout}${result.stderr}`;
    } else if (step.run !== undefined) {
      const result = runScript(step.run, { cwd: workspace, env: { ...runner, ...jobEnv, ...stepEnv } });
      code = result.code;
      log += result.output;
    } else throw new Error(`${stepLabel(step)}: this test's runner runs only checkout, './' and run: steps.`);
    const outcome = code === 0 ? 'success' : 'failure';
    if (step.id) values.steps[step.id] = { outcome, outputs };
    const continueOnError = step['continue-on-error'] === true || step['continue-on-error'] === 'true';
    if (outcome === 'failure' && !continueOnError) return { steps: values.steps, failedStep: stepLabel(step), log };
  }
  return { steps: values.steps, log };
}

/** The decision the CLI makes for a release (its scan results, --format json), with the clock the workflow pins. */
function cliDecision(args: string[], now: string | undefined): string {
  const result = spawnSync(process.execPath, [CLI, 'evaluate', ...args, '--dry-run', '--format', 'json'], {
    cwd: REPO,
    env: { PATH: process.env.PATH ?? '', ...(now ? { SHIPGATE_NOW: now } : {}) },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  try {
    return (JSON.parse(result.stdout) as { decision: string }).decision;
  } catch {
    throw new Error(`shipgate evaluate ${args.join(' ')} printed no scan results:\n${result.stdout}${result.stderr}`);
  }
}

/** The CLI flags for a `uses: ./` step's inputs (the inputs that choose the release and its policy). */
function cliArgs(inputs: Record<string, Scalar>): string[] {
  const args = ['--root', join(REPO, String(inputs.root ?? '.'))];
  if (inputs.policy) args.push('--policy', String(inputs.policy));
  for (const scan of String(inputs.scans ?? '').split('\n')) if (scan.trim()) args.push('--scan', scan.trim());
  if (inputs.mode) throw new Error('mode has no CLI flag; the policy says it.');
  return args;
}

/** A GitHub filter pattern (`*` within a path segment, `**` across) as a regular expression. */
function filterPattern(pattern: string): RegExp {
  if (/[?+[\]!]/.test(pattern)) throw new Error(`'${pattern}': this test only reads * and ** in filter patterns.`);
  const body = pattern
    .split('**')
    .map((part) =>
      part
        .split('*')
        .map((s) => s.replace(/[.^$(){}|\\]/g, '\\$&'))
        .join('[^/]*'),
    )
    .join('.*');
  return new RegExp(`^${body}$`);
}

/** The self-test: the job whose steps run the Action from the repository. */
function selfTest(): { file: string; jobId: string; job: WorkflowJob } {
  const found = allSteps().filter((s) => s.step.uses === './');
  const jobs = [...new Set(found.map((s) => `${s.file} ${s.jobId}`))];
  if (jobs.length !== 1 || !found[0])
    throw new Error(`Expected one job with 'uses: ./' steps, found ${jobs.length}: ${jobs.join(', ')}.`);
  const { file, jobId, job } = found[0];
  return { file, jobId, job };
}

/** The `uses: ./` steps of the self-test, each with the step that checks it and the decision that step expects. */
function selfTestCases(job: WorkflowJob) {
  return job.steps
    .filter((step) => step.uses === './')
    .map((step) => {
      const check = job.steps.find((s) =>
        Object.values(s.env ?? {}).some((v) => String(v).includes(`steps.${step.id}.outputs.decision`)),
      );
      return { step, check, expected: check?.env?.EXPECTED };
    });
}

describe('.github/workflows', () => {
  it('holds the CI and release workflows', () => {
    expect(workflowFiles).toEqual(expect.arrayContaining(['ci.yml', 'release.yml']));
  });

  it.each(workflowFiles)('%s passes GitHub’s workflow parser without errors', async (file) => {
    const errors = await validateWorkflow(file, readFileSync(join(WORKFLOWS, file), 'utf8'));
    expect(errors).toEqual([]);
  });

  describe('the validator', () => {
    const valid = [
      'on: push',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - id: hello',
      '        run: echo hello',
      '',
    ].join('\n');

    it('accepts a minimal valid workflow', async () => {
      expect(await validateWorkflow('valid.yml', valid)).toEqual([]);
    });

    it.each([
      [
        'an unknown key under a job',
        valid.replace('    steps:', '    stepz: 1\n    steps:'),
        "Unexpected value 'stepz'",
      ],
      [
        'a job without runs-on',
        valid.replace('    runs-on: ubuntu-latest\n', ''),
        'Required property is missing: runs-on',
      ],
      [
        'an unfinished expression',
        valid.replace('echo hello', 'echo ${{ github.sha == }}'),
        'Unexpected end of expression',
      ],
      [
        'an unknown context',
        valid.replace('echo hello', 'echo ${{ secret.TOKEN }}'),
        "Unrecognized named-value: 'secret'",
      ],
      ['a bad permission level', `permissions:\n  contents: reed\n${valid}`, "Unexpected value 'reed'"],
      [
        'only jobs that need another',
        valid.replace('    runs-on', '    needs: build\n    runs-on'),
        'at least one job with no dependencies',
      ],
      [
        'a step id used twice',
        valid.replace('      - id: hello', '      - id: hello\n        run: echo once\n      - id: hello'),
        "The identifier 'hello' may not be used more than once",
      ],
    ])('reports %s', async (_, content, message) => {
      const errors = await validateWorkflow('broken.yml', content);
      expect(errors.join('\n')).toContain(message);
    });
  });

  it('pins every action to a major version or a commit, and reads steps.<id> only of earlier steps in the job', () => {
    for (const { file, jobId, job, step, index } of allSteps()) {
      const where = `${file} ${jobId}: ${stepLabel(step)}`;
      if (step.uses && step.uses !== './')
        expect(step.uses, where).toMatch(/^[\w.-]+\/[\w./-]+@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/);
      const earlier = new Set(job.steps.slice(0, index).map((s) => s.id));
      const text = JSON.stringify(step);
      for (const [, id] of text.matchAll(/\bsteps\.([\w-]+)\./g))
        expect(earlier.has(id), `${where} reads steps.${id}`).toBe(true);
    }
  });

  it('grants only contents: read at the top of every workflow', () => {
    for (const file of workflowFiles) expect(readWorkflow(file).permissions, file).toEqual({ contents: 'read' });
  });

  it.each(
    allSteps()
      .filter(({ step }) => step.run?.includes('git diff --exit-code'))
      .map(({ file, jobId, step }) => [`${file} ${jobId}`, step.run as string]),
  )('%s: the dist check passes on a clean build and fails on a changed or an untracked dist/ file', (_, script) => {
    const dir = gitRepository({ 'dist/cli.js': 'built\n', 'src/cli.ts': 'source\n' });
    expect(runScript(script, { cwd: dir, env: {} }).code).toBe(0);
    writeFileSync(join(dir, 'src/cli.ts'), 'source changed, not a dist/ file\n');
    expect(runScript(script, { cwd: dir, env: {} }).code).toBe(0);
    writeFileSync(join(dir, 'dist/cli.js'), 'rebuilt differently\n');
    const changed = runScript(script, { cwd: dir, env: {} });
    expect(changed.code).not.toBe(0);
    expect(changed.output).toContain('dist/cli.js');
    writeFileSync(join(dir, 'dist/cli.js'), 'built\n');
    writeFileSync(join(dir, 'dist/chunk.js'), 'new\n');
    const untracked = runScript(script, { cwd: dir, env: {} });
    expect(untracked.code).not.toBe(0);
    expect(untracked.output).toContain('dist/chunk.js');
  });

  describe('ci.yml', () => {
    const ci = readWorkflow('ci.yml');
    const commands = (job: WorkflowJob) => job.steps.flatMap((s) => (s.run ?? '').split('\n').map((l) => l.trim()));

    it('runs on push and pull_request', () => {
      expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
    });

    it('runs lint, typecheck and the tests after npm ci on Node 20 with the npm cache', () => {
      for (const command of ['npm run lint', 'npm run typecheck', 'npm test', 'npm run test:tools']) {
        const jobs = Object.values(ci.jobs).filter((job) => commands(job).includes(command));
        expect(jobs, command).toHaveLength(1);
        const job = jobs[0] as WorkflowJob;
        const list = commands(job);
        expect(list.findIndex((c) => c.startsWith('npm ci'))).toBeGreaterThanOrEqual(0);
        expect(list.findIndex((c) => c.startsWith('npm ci'))).toBeLessThan(list.indexOf(command));
        expect(job.steps.map((s) => s.uses).filter(Boolean)).toEqual(['actions/checkout@v4', 'actions/setup-node@v4']);
        expect(job.steps.find((s) => s.uses === 'actions/setup-node@v4')?.with).toEqual({
          'node-version': 20,
          cache: 'npm',
        });
      }
    });

    it('installs flawfinder and bandit from Debian before the tests that run them', () => {
      const jobs = Object.values(ci.jobs).filter((job) => commands(job).includes('npm run test:tools'));
      const list = commands(jobs[0] as WorkflowJob);
      const install = list.findIndex((c) => /apt-get install .*flawfinder bandit/.test(c));
      expect(install).toBeGreaterThanOrEqual(0);
      expect(install).toBeLessThan(list.indexOf('npm run test:tools'));
    });

    it('rebuilds dist/ and then checks it against the commit', () => {
      const jobs = Object.values(ci.jobs).filter((job) => commands(job).includes('npm run build'));
      expect(jobs).toHaveLength(1);
      const list = commands(jobs[0] as WorkflowJob);
      const build = list.indexOf('npm run build');
      expect(list.findIndex((c) => c.includes('git diff --exit-code') && c.includes('-- dist'))).toBeGreaterThan(build);
      expect(list.findIndex((c) => c.includes('git ls-files --others --exclude-standard -- dist'))).toBeGreaterThan(
        build,
      );
    });
  });

  describe('the Action self-test', () => {
    const { job } = selfTest();
    const cases = selfTestCases(job);

    it('runs the Action from the repository twice, with ids, inputs action.yml declares, and a check of each decision', () => {
      expect(cases).toHaveLength(2);
      for (const { step, check, expected } of cases) {
        expect(step.id).toMatch(/^[\w-]+$/);
        for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
        expect(step.with?.['trusted-ref'], 'the demo policy is read from the workspace on push and pull_request').toBe(
          'none',
        );
        expect(check, `a step checks steps.${step.id}.outputs.decision`).toBeDefined();
        expect(typeof expected).toBe('string');
      }
      const read = JSON.stringify(job.steps).matchAll(/steps\.[\w-]+\.outputs\.([\w-]+)/g);
      for (const [, output] of read) expect(Object.keys(action.outputs)).toContain(output);
      expect(cases.map((c) => c.expected).sort()).toEqual(['approved-with-conditions', 'rejected']);
      const rejected = cases.find((c) => c.expected === 'rejected');
      expect(rejected?.step['continue-on-error']).toBe(true);
      expect(cases.find((c) => c.expected !== 'rejected')?.step['continue-on-error']).toBeUndefined();
    });

    it('evaluates the two releases npm run demo evaluates', () => {
      const demo = readFileSync(join(REPO, 'scripts/demo.mjs'), 'utf8');
      const demoCases = [...demo.matchAll(/args: \[([^\]]*)\]/g)].map(([, list]) => {
        const args = [...(list ?? '').matchAll(/'([^']*)'/g)].map((m) => m[1]);
        const flag = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
        return { root: flag('--root'), policy: flag('--policy') };
      });
      expect(demoCases).toHaveLength(2);
      const steps = cases.map(({ step }) => ({ root: step.with?.root, policy: step.with?.policy ?? undefined }));
      expect(steps).toEqual(demoCases);
      const now = /SHIPGATE_NOW \?\? '([^']+)'/.exec(demo)?.[1];
      expect(job.env?.SHIPGATE_NOW).toBe(now);
    });

    it('expects the decisions the CLI makes for the same releases', () => {
      const now = job.env?.SHIPGATE_NOW === undefined ? undefined : String(job.env.SHIPGATE_NOW);
      for (const { step, expected } of cases) expect(cliDecision(cliArgs(step.with ?? {}), now)).toBe(expected);
    });

    it.each(['push', 'pull_request'] as const)('passes when run as the runner runs it, on %s', (event) => {
      const run = runSelfTestJob(job, event);
      expect(run.failedStep, run.log).toBeUndefined();
      for (const { step, expected } of cases) {
        expect(run.steps[step.id as string]?.outputs.decision).toBe(expected);
        expect(run.steps[step.id as string]?.outcome).toBe(expected === 'rejected' ? 'failure' : 'success');
      }
    });

    it('fails when a decision is not the one expected', () => {
      const rejected = cases.find((c) => c.expected === 'rejected');
      // Without the unverified policy the second release is approved with conditions: its check must fail.
      const changed: WorkflowJob = {
        ...job,
        steps: job.steps.map((s) =>
          s === rejected?.step
            ? { ...s, with: Object.fromEntries(Object.entries(s.with ?? {}).filter(([k]) => k !== 'policy')) }
            : s,
        ),
      };
      const run = runSelfTestJob(changed, 'push');
      expect(run.failedStep).toBe(stepLabel(rejected?.check as WorkflowStep));
      expect(run.log).toContain("decision 'approved-with-conditions'");
    });
  });

  describe('release.yml', () => {
    const release = readWorkflow('release.yml');
    const jobs = Object.entries(release.jobs);
    const attest = allSteps().find(
      (s) => s.file === 'release.yml' && s.step.uses?.startsWith('actions/attest-build-provenance@'),
    );

    it('runs on release tags (not the moving major tag) and by hand', () => {
      const tags = (release.on.push as { tags: string[] }).tags;
      const matches = (tag: string) => tags.some((p) => filterPattern(p).test(tag));
      expect(['v1.2.3', 'v1.2.3-rc.1', 'v10.0.0'].filter(matches)).toEqual(['v1.2.3', 'v1.2.3-rc.1', 'v10.0.0']);
      expect(['v1', 'main', '1.2.3'].filter(matches)).toEqual([]);
      expect(Object.keys(release.on).sort()).toEqual(['push', 'workflow_dispatch']);
    });

    it('attests dist/cli.js, dist/action.js and the packed tarball with the permissions attestation needs', () => {
      expect(attest?.step.uses).toBe('actions/attest-build-provenance@v2');
      const subjects = String(attest?.step.with?.['subject-path'] ?? '')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      expect(subjects).toEqual([
        'dist/cli.js',
        'dist/cli-main.js',
        'dist/action.js',
        'dist/action-main.js',
        'dist/github.js',
        'dist/index.js',
        '${{ steps.pack.outputs.tarball }}',
      ]);
      // Every bundle the build writes is attested.
      const bundles = readdirSync(join(REPO, 'dist')).filter((name) => name.endsWith('.js'));
      expect(
        subjects
          .filter((s) => s.startsWith('dist/'))
          .map((s) => s.slice(5))
          .sort(),
      ).toEqual(bundles.sort());
      const job = attest?.job as WorkflowJob;
      expect(job.permissions).toEqual({ contents: 'write', 'id-token': 'write', attestations: 'write' });
      expect(jobs).toHaveLength(1);
    });

    it('tests, rebuilds and checks dist/, packs, attests, releases and moves the major tag, in that order', () => {
      const steps = (attest?.job as WorkflowJob).steps;
      const at = (find: (s: WorkflowStep) => boolean, what: string) => {
        const index = steps.findIndex(find);
        expect(index, what).toBeGreaterThanOrEqual(0);
        return index;
      };
      const order = [
        at((s) => s.uses === 'actions/checkout@v4', 'checkout'),
        at((s) => s.run?.startsWith('npm ci') === true, 'npm ci'),
        at((s) => s.run === 'npm test', 'npm test'),
        at((s) => s.run === 'npm run build', 'npm run build'),
        at((s) => s.run?.includes('git diff --exit-code') === true, 'dist check'),
        at((s) => s.id === 'pack' && s.run?.includes('npm pack') === true, 'npm pack'),
        at((s) => s === attest?.step, 'attest'),
        at((s) => s.run?.includes('gh release create') === true, 'gh release create'),
        at((s) => s.run?.includes('git push --force origin') === true, 'major tag'),
      ];
      expect(order).toEqual([...order].sort((a, b) => a - b));
      const create = steps.find((s) => s.run?.includes('gh release create'));
      expect(create?.run).toContain('"$TARBALL"');
      expect(create?.env).toMatchObject({
        GH_TOKEN: '${{ github.token }}',
        TARBALL: '${{ steps.pack.outputs.tarball }}',
      });
      const publish = steps.find((s) => s.run?.includes('npm publish'));
      expect(publish?.run).toContain('--provenance');
      expect(publish?.if).toBe("${{ env.NPM_TOKEN != '' }}");
    });

    it('refuses a tag that is not the package version', () => {
      const check = (attest?.job as WorkflowJob).steps.find((s) => s.run?.includes('package.json'))?.run as string;
      const dir = mkdtempSync(join(tmpdir(), 'sg-wf-tag-'));
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ version: '1.2.3' }));
      expect(runScript(check, { cwd: dir, env: { TAG: 'v1.2.3' } }).code).toBe(0);
      expect(runScript(check, { cwd: dir, env: { TAG: 'v1.2.4' } }).output).toContain('does not match');
      expect(runScript(check, { cwd: dir, env: { TAG: 'v1' } }).output).toContain('is not a release tag');
    });

    it('moves the major tag to the released commit, also when it already points elsewhere', () => {
      const move = (attest?.job as WorkflowJob).steps.find((s) => s.run?.includes('git push --force origin'));
      expect(move?.if).toBe("${{ !contains(env.TAG, '-') }}");
      const origin = mkdtempSync(join(tmpdir(), 'sg-wf-origin-'));
      git(origin, 'init', '-q', '--bare');
      const clone = gitRepository({ 'README.md': 'one\n' });
      git(clone, 'remote', 'add', 'origin', origin);
      const first = git(clone, 'rev-parse', 'HEAD');
      expect(runScript(move?.run as string, { cwd: clone, env: { TAG: 'v1.0.0' } }).code).toBe(0);
      expect(git(origin, 'rev-parse', 'v1^{commit}')).toBe(first);
      writeFileSync(join(clone, 'README.md'), 'two\n');
      git(clone, 'commit', '-qam', 'next');
      const second = git(clone, 'rev-parse', 'HEAD');
      expect(runScript(move?.run as string, { cwd: clone, env: { TAG: 'v1.1.0' } }).code).toBe(0);
      expect(git(origin, 'rev-parse', 'v1^{commit}')).toBe(second);
      expect(runScript(move?.run as string, { cwd: clone, env: { TAG: 'v2.0.0' } }).code).toBe(0);
      expect(git(origin, 'rev-parse', 'v1^{commit}')).toBe(second);
      expect(git(origin, 'rev-parse', 'v2^{commit}')).toBe(second);
    });
  });
});
