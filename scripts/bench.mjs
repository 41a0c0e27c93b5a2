#!/usr/bin/env node
// npm run bench: measures shipgate against the references on the same files in the same run.
//
//   npm run bench                         10 MB, 100 MB, 700 MB and a three-run 100 MB file
//   npm run bench -- --sizes 10MB,100MB   a subset
//   npm run bench -- --repeat 3 --no-jq --keep
//
// Files are generated deterministically (scripts/gen-sarif.mjs) in a temporary folder, never
// committed, and removed at the end. For each file it runs, each as a child process:
//   shipgate  node dist/cli.js evaluate --scan FILE (hashing, every gate, every output written)
//   dry-run   the same with --dry-run (no outputs)
//   Action    node dist/action.js with the file as its scans input, as the runner starts it
//   JSON.parse  node -e: readFileSync + one JSON.parse + a count by severity (the reference)
//   jq        jq counting results by level (when jq is installed)
// and prints wall time (best of --repeat), throughput, peak RSS and the ratios shipgate / JSON.parse
// and shipgate / jq. Then it times a 1 MB and a 10 MB evaluation end to end and the Action's cold
// start (node dist/action.js with no inputs, to its usage error).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = { sizes: ['10MB', '100MB', '700MB'], threeRun: true, repeat: 1, jq: true, keep: false };
for (let i = 2; i < process.argv.length; i += 1) {
  const flag = process.argv[i];
  if (flag === '--sizes') args.sizes = process.argv[++i].split(',');
  else if (flag === '--repeat') args.repeat = Number(process.argv[++i]);
  else if (flag === '--no-jq') args.jq = false;
  else if (flag === '--no-three-run') args.threeRun = false;
  else if (flag === '--keep') args.keep = true;
  else {
    console.error(`unknown argument ${flag}`);
    process.exit(2);
  }
}

const hasTime = existsSync('/usr/bin/time');
const hasJq = args.jq && spawnSync('jq', ['--version']).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'shipgate-bench-'));

/** Runs a command once; returns wall seconds and peak RSS in MiB (from /usr/bin/time when present). */
function measure(command, commandArgs, options = {}) {
  const started = process.hrtime.bigint();
  const result = hasTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', command, ...commandArgs], {
        encoding: 'utf8',
        maxBuffer: 1 << 26,
        ...options,
      })
    : spawnSync(command, commandArgs, { encoding: 'utf8', maxBuffer: 1 << 26, ...options });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const rssLine = hasTime ? result.stderr.trim().split('\n').pop() : '';
  const rss = hasTime && /^\d+$/.test(rssLine) ? Number(rssLine) / 1024 : NaN;
  return { wall, rss, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `shipgate evaluate` of one generated file with the release preset, plus `extra`. */
function evaluateArgs(file, ...extra) {
  return [
    cli,
    'evaluate',
    '--root',
    dir,
    '--scan',
    file.slice(dir.length + 1),
    ...extra,
    '--policy',
    'release',
    '--no-color',
  ];
}

/**
 * The environment the runner gives `dist/action.js` for the same evaluation: the file as its `scans`
 * input, the release preset, outputs written, evidence read from the workspace.
 */
function actionEnv(file) {
  const runner = join(dir, 'runner');
  mkdirSync(runner, { recursive: true });
  writeFileSync(join(runner, 'output'), '');
  writeFileSync(join(runner, 'summary'), '');
  return {
    PATH: process.env.PATH,
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: join(runner, 'output'),
    GITHUB_STEP_SUMMARY: join(runner, 'summary'),
    INPUT_SCANS: file.slice(dir.length + 1),
    INPUT_POLICY: 'release',
    'INPUT_OUTPUT-DIR': 'out-action',
    'INPUT_TRUSTED-REF': 'none',
  };
}

function best(command, commandArgs, options) {
  let chosen;
  for (let i = 0; i < args.repeat; i += 1) {
    const run = measure(command, commandArgs, options);
    if (!chosen || run.wall < chosen.wall) chosen = run;
  }
  return chosen;
}

const WHOLE = `
const fs = require('node:fs');
const doc = JSON.parse(fs.readFileSync(process.argv[1], 'utf8'));
const counts = {};
for (const run of doc.runs) {
  const rules = (run.tool && run.tool.driver && run.tool.driver.rules) || [];
  for (const r of run.results || []) {
    const rule = rules[r.ruleIndex] || {};
    const s = Number((r.properties || {})['security-severity'] ?? (rule.properties || {})['security-severity']);
    const band = !Number.isFinite(s) ? (r.level || (rule.defaultConfiguration || {}).level || 'warning') : s >= 9 ? 'critical' : s >= 7 ? 'high' : s >= 4 ? 'medium' : s > 0 ? 'low' : 'info';
    counts[band] = (counts[band] || 0) + 1;
  }
}
console.log(JSON.stringify(counts));
`;

function generate(size, runs = 1) {
  const file = join(dir, `codeql-${size}${runs > 1 ? `-${runs}runs` : ''}.sarif`);
  const gen = spawnSync(
    process.execPath,
    [join(repo, 'scripts/gen-sarif.mjs'), '--size', size, '--out', file, '--runs', String(runs)],
    {
      stdio: 'inherit',
    },
  );
  if (gen.status !== 0) throw new Error(`gen-sarif failed for ${size}`);
  return file;
}

const rows = [];
/** Per file label: bytes, the shipgate run, the references, and whether shipgate found every result. */
const measured = new Map();
function row(label, bytes, run, reference, jq) {
  const mb = bytes / 1e6;
  rows.push({
    label,
    wall: `${run.wall.toFixed(2)} s`,
    throughput: `${(mb / run.wall).toFixed(0)} MB/s`,
    rss: Number.isNaN(run.rss) ? 'n/a' : `${run.rss.toFixed(0)} MiB`,
    vsParse: reference && reference.status === 0 ? `${(run.wall / reference.wall).toFixed(2)}x` : 'n/a',
    vsJq: jq && jq.status === 0 ? `${(run.wall / jq.wall).toFixed(2)}x` : 'n/a',
    status: run.status,
  });
}

const cli = join(repo, 'dist/cli.js');
const files = args.sizes.map((size) => ({ label: size, file: generate(size) }));
if (args.threeRun) files.push({ label: '100MB, 3 runs', file: generate('100MB', 3) });

for (const { label, file } of files) {
  const bytes = statSync(file).size;
  console.error(`\n== ${label}: ${file} (${(bytes / 1e6).toFixed(0)} MB)`);
  const reference = best(process.execPath, ['-e', WHOLE, file]);
  const jq = hasJq
    ? best('jq', [
        '-c',
        '[.runs[].results[] | (.level // "warning")] | group_by(.) | map({(.[0]): length}) | add',
        file,
      ])
    : undefined;
  const out = join(dir, 'out');
  const shipgate = best(process.execPath, evaluateArgs(file, '--out', out));
  const dry = best(process.execPath, evaluateArgs(file, '--dry-run'));
  const action = best(process.execPath, [join(repo, 'dist/action.js')], { cwd: dir, env: actionEnv(file) });
  if (shipgate.status !== 0 && shipgate.status !== 1) console.error(shipgate.stderr);
  const findings = /all findings before exceptions: (.*)/i.exec(dry.stdout)?.[1] ?? '?';
  console.error(`   shipgate exit ${shipgate.status}; findings: ${findings}`);
  console.error(
    `   JSON.parse: ${reference.status === 0 ? reference.stdout.trim() : reference.stderr.trim().split('\n').pop()}`,
  );
  if (jq) console.error(`   jq: ${jq.status === 0 ? jq.stdout.trim() : jq.stderr.trim().split('\n').pop()}`);
  // Every generated result is one finding (no two share a fingerprint): the totals must add up to the
  // results the references counted, or the figures measure an evaluation that read too little.
  const found = [...findings.matchAll(/\b(\d+)\b/g)].reduce((sum, m) => sum + Number(m[1]), 0);
  const counted = (run) => {
    try {
      return Object.values(JSON.parse(run.stdout)).reduce((a, b) => a + b, 0);
    } catch {
      return undefined;
    }
  };
  const expected = reference.status === 0 ? counted(reference) : jq && jq.status === 0 ? counted(jq) : undefined;
  measured.set(label, { bytes, shipgate, action, reference, jq, found, expected });
  if (expected !== undefined && found !== expected)
    console.error(`   MISMATCH: shipgate found ${found} findings, the references counted ${expected} results`);
  row(`${label}  shipgate evaluate`, bytes, shipgate, reference, jq);
  row(`${label}  shipgate --dry-run`, bytes, dry, reference, jq);
  row(`${label}  the Action`, bytes, action, reference, jq);
  if (action.status !== 0 && action.status !== 1) console.error(action.stdout.split('\n').slice(-5).join('\n'));
  row(`${label}  JSON.parse + count`, bytes, reference, reference, jq);
  if (jq) row(`${label}  jq count`, bytes, jq, reference, jq);
}

// Small files end to end, and the Action's cold start.
const small = [];
const smallMedians = new Map();
for (const size of ['1MB', '10MB']) {
  const file = existsSync(join(dir, `codeql-${size}.sarif`)) ? join(dir, `codeql-${size}.sarif`) : generate(size);
  const evaluateSmall = () => measure(process.execPath, evaluateArgs(file, '--out', join(dir, 'out-small'))).wall;
  // One run first, not counted: after the large files, the first runs of a small one measure the
  // machine settling (caches, clock), 50 to 90 ms more than the runs after them.
  evaluateSmall();
  const runs = Array.from({ length: 5 }, evaluateSmall);
  smallMedians.set(size, runs.sort((a, b) => a - b)[2]);
  small.push(
    `${size} evaluation (every output written): median ${(runs.sort((a, b) => a - b)[2] * 1000).toFixed(0)} ms`,
  );
}
const cold = Array.from(
  { length: 9 },
  () =>
    measure(process.execPath, [join(repo, 'dist/action.js')], {
      cwd: dir,
      env: { PATH: process.env.PATH, GITHUB_WORKSPACE: dir },
    }).wall,
).sort((a, b) => a - b);
small.push(
  `Action cold start (node dist/action.js, no inputs, to its usage error): median ${(cold[4] * 1000).toFixed(0)} ms`,
);
const bare = Array.from({ length: 9 }, () => measure(process.execPath, ['-e', '0']).wall).sort((a, b) => a - b);
small.push(`(node -e 0 on this machine: median ${(bare[4] * 1000).toFixed(0)} ms)`);

const header = ['file / contender', 'wall', 'throughput', 'peak RSS', 'vs JSON.parse', 'vs jq'];
const table = [header, ...rows.map((r) => [r.label, r.wall, r.throughput, r.rss, r.vsParse, r.vsJq])];
const widths = header.map((_, i) => Math.max(...table.map((r) => r[i].length)));
console.log(
  `\nshipgate bench on Node ${process.version}, best of ${args.repeat}${hasTime ? '' : ' (no /usr/bin/time: RSS not measured)'}\n`,
);
for (const r of table) console.log(`| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`);
console.log('');
for (const line of small) console.log(line);

// The scale issue's targets, each against what this run measured.
const targets = [];
const judge = (what, value, met) => targets.push(`  ${met ? 'met    ' : 'NOT MET'}  ${what}: ${value}`);
const at100 = measured.get('100MB');
if (at100) {
  const { shipgate, reference, jq } = at100;
  if (reference.status === 0) {
    const ratio = shipgate.wall / reference.wall;
    judge('100 MB evaluate at most 0.8x JSON.parse', `${ratio.toFixed(2)}x`, ratio <= 0.8);
  }
  if (jq && jq.status === 0) {
    const ratio = shipgate.wall / jq.wall;
    judge('100 MB evaluate at least 4x faster than jq', `${(1 / ratio).toFixed(2)}x faster`, ratio <= 0.25);
  }
  if (!Number.isNaN(shipgate.rss))
    judge('100 MB peak RSS at most 150 MiB', `${shipgate.rss.toFixed(0)} MiB`, shipgate.rss <= 150);
  if (!Number.isNaN(at100.action.rss))
    judge(
      '100 MB peak RSS at most 150 MiB, the Action',
      `${at100.action.rss.toFixed(0)} MiB`,
      at100.action.rss <= 150 && (at100.action.status === 0 || at100.action.status === 1),
    );
}
const at700 = measured.get('700MB');
if (at700) {
  const { shipgate, found, expected } = at700;
  judge(
    '700 MB evaluates, every result a finding',
    `exit ${shipgate.status}, ${found} findings${expected === undefined ? '' : ` of ${expected} results`}`,
    (shipgate.status === 0 || shipgate.status === 1) && expected !== undefined && found === expected,
  );
  if (!Number.isNaN(shipgate.rss))
    judge('700 MB peak RSS at most 150 MiB', `${shipgate.rss.toFixed(0)} MiB`, shipgate.rss <= 150);
  if (at100) {
    // Linear: 7x the bytes in 7x the time, within a third either way (fixed costs and noise).
    const scale = at700.shipgate.wall / at100.shipgate.wall / (at700.bytes / at100.bytes);
    judge(
      'time grows linearly (100 MB to 700 MB)',
      `${(at700.shipgate.wall / at100.shipgate.wall).toFixed(1)}x the time for ${(at700.bytes / at100.bytes).toFixed(1)}x the bytes`,
      scale >= 0.67 && scale <= 1.5,
    );
  }
}
for (const [size, wall] of smallMedians)
  judge(`${size} evaluation at most 250 ms`, `${(wall * 1000).toFixed(0)} ms`, wall <= 0.25);
judge('Action cold start at most 150 ms', `${(cold[4] * 1000).toFixed(0)} ms`, cold[4] <= 0.15);
console.log('\nTargets of the scale issue, as this run measured them:');
for (const line of targets) console.log(line);
if (!args.keep) rmSync(dir, { recursive: true, force: true });
else console.log(`\nfiles kept in ${dir}`);
