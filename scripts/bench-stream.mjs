#!/usr/bin/env node
// Measures the streaming JSON splitter against whole-file JSON.parse and jq on a CodeQL-shaped SARIF.
//
//   node scripts/bench-stream.mjs --size 100MB [--repeat 3] [--seed 1] [--runs 1] [--pretty]
//   node scripts/bench-stream.mjs --file some.sarif [--repeat 3]
//
// Every contender runs as its own child process and counts results by level and
// security-severity band, so wall time includes start-up and the counts can be compared.
// Wall time and peak RSS come from /usr/bin/time -v when present, else from the child itself.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const args = { size: undefined, file: undefined, repeat: 3, seed: 1, runs: 1, pretty: false, jq: true };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => argv[++i];
    if (flag === '--size') args.size = value();
    else if (flag === '--file') args.file = value();
    else if (flag === '--repeat') args.repeat = Number(value());
    else if (flag === '--seed') args.seed = Number(value());
    else if (flag === '--runs') args.runs = Number(value());
    else if (flag === '--pretty') args.pretty = true;
    else if (flag === '--no-jq') args.jq = false;
    else {
      console.error(`unknown argument ${flag}`);
      process.exit(2);
    }
  }
  if (!args.size === !args.file) {
    console.error(
      'usage: node scripts/bench-stream.mjs (--size 100MB | --file F) [--repeat N] [--seed N] [--runs N] [--pretty] [--no-jq]',
    );
    process.exit(2);
  }
  return args;
}

const BAND = `function band(s) {
  if (s === undefined || s === null) return 'unscored';
  const n = Number(s);
  if (!Number.isFinite(n)) return 'unscored';
  return n >= 9 ? 'critical' : n >= 7 ? 'high' : n >= 4 ? 'medium' : n > 0 ? 'low' : 'none';
}`;

/** (a) the reference: the whole file as one string, one JSON.parse. */
const WHOLE = `
const fs = require('node:fs');
${BAND}
const doc = JSON.parse(fs.readFileSync(process.argv[1], 'utf8'));
const counts = {};
for (const run of doc.runs) {
  const rules = (run.tool && run.tool.driver && run.tool.driver.rules) || [];
  for (const r of run.results || []) {
    const rule = rules[r.ruleIndex];
    const level = r.level ?? rule?.defaultConfiguration?.level ?? 'warning';
    const key = level + '/' + band(rule?.properties?.['security-severity']);
    counts[key] = (counts[key] || 0) + 1;
  }
}
console.log(JSON.stringify({ counts, maxRss: process.resourceUsage().maxRSS }));
`;

/** (b) the splitter: results streamed one by one, rules resolved from the skeleton at the end. */
const STREAM = (bundle, useWorker) => `
import { streamJson } from ${JSON.stringify(bundle)};
${BAND}
const perRule = new Map();
let counts = {};
for await (const event of streamJson(process.argv[1], 'bench.sarif', { paths: [['runs', '*', 'results']] }, { useWorker: ${useWorker} })) {
  if (event.kind === 'element') {
    const r = event.value;
    const key = event.path[1] + '|' + r.ruleIndex + '|' + (r.level ?? '');
    perRule.set(key, (perRule.get(key) || 0) + 1);
  } else {
    for (const [key, n] of perRule) {
      const [run, ruleIndex, explicit] = key.split('|');
      const rule = event.skeleton.runs[run].tool?.driver?.rules?.[ruleIndex];
      const level = explicit || rule?.defaultConfiguration?.level || 'warning';
      const k = level + '/' + band(rule?.properties?.['security-severity']);
      counts[k] = (counts[k] || 0) + n;
    }
  }
}
console.log(JSON.stringify({ counts, maxRss: process.resourceUsage().maxRSS }));
`;

/** (c) jq: the same counts, the rules looked up per result. */
const JQ = `[.runs[] | (.tool.driver.rules // []) as $rules | .results[] | $rules[.ruleIndex] as $rule
  | ((.level // $rule.defaultConfiguration.level // "warning") + "/" +
     ($rule.properties["security-severity"] as $s
      | if $s == null then "unscored" else ($s | tonumber) as $n
        | if $n >= 9 then "critical" elif $n >= 7 then "high" elif $n >= 4 then "medium" elif $n > 0 then "low" else "none" end end))]
  | group_by(.) | map({ key: .[0], value: length }) | from_entries`;

const hasTime = existsSync('/usr/bin/time');

function which(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
}

/** Runs one child; returns wall seconds, peak RSS (MiB) and its JSON output, or an error. */
function measure(command, args) {
  const full = hasTime ? ['/usr/bin/time', ['-v', command, ...args]] : [command, args];
  const started = process.hrtime.bigint();
  const child = spawnSync(full[0], full[1], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  let wall = elapsed;
  let rssKb;
  if (hasTime) {
    const w = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(child.stderr);
    if (w) wall = Number(w[1] ?? 0) * 3600 + Number(w[2]) * 60 + Number(w[3]);
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr);
    if (m) rssKb = Number(m[1]);
  }
  if (child.status !== 0) {
    const reason = (child.stderr || '').split('\n').find((l) => /Error|error:/.test(l)) ?? `exit ${child.status}`;
    return { error: reason.trim().slice(0, 120), wall };
  }
  let output;
  try {
    output = JSON.parse(child.stdout.trim().split('\n').pop());
  } catch {
    return { error: 'no JSON output', wall };
  }
  const counts = output.counts ?? output;
  rssKb ??= output.maxRss;
  return { wall, rssMb: rssKb === undefined ? undefined : rssKb / 1024, counts };
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
}

function sortedJson(counts) {
  return JSON.stringify(Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b))));
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const work = mkdtempSync(join(tmpdir(), 'shipgate-bench-'));
  try {
    let file = args.file;
    if (file === undefined) {
      file = join(work, `codeql-${args.size}.sarif`);
      const gen = [
        'scripts/gen-sarif.mjs',
        '--size',
        args.size,
        '--out',
        file,
        '--seed',
        String(args.seed),
        '--runs',
        String(args.runs),
      ];
      if (args.pretty) gen.push('--pretty');
      const made = spawnSync(process.execPath, gen, { cwd: repo, stdio: 'inherit' });
      if (made.status !== 0) throw new Error('gen-sarif failed');
    }
    const bytes = statSync(file).size;
    const bundle = join(work, 'json-stream.mjs');
    const { build } = await import('esbuild');
    await build({
      entryPoints: [join(repo, 'src/ingest/json-stream.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: bundle,
      logLevel: 'warning',
    });

    const contenders = [
      { name: 'JSON.parse (whole file)', command: process.execPath, args: ['-e', WHOLE, file] },
      {
        name: 'streamJson (worker)',
        command: process.execPath,
        args: ['--input-type=module', '-e', STREAM(bundle, true), file],
      },
      {
        name: 'streamJson (one thread)',
        command: process.execPath,
        args: ['--input-type=module', '-e', STREAM(bundle, false), file],
      },
    ];
    if (!args.jq) console.log('jq: skipped (--no-jq)');
    else if (!which('jq')) console.log('jq: not installed, skipped (apt-get install -y jq to include it)');
    else contenders.push({ name: 'jq', command: 'jq', args: ['-c', JQ, file] });

    console.log(`file: ${file} (${(bytes / 1e6).toFixed(1)} MB), ${args.repeat} run(s) each, node ${process.version}`);
    const results = contenders.map((c) => ({ ...c, runs: [] }));
    // Interleaved, so that a noisy moment hits every contender alike.
    for (let r = 0; r < args.repeat; r++) for (const c of results) c.runs.push(measure(c.command, c.args));

    const ok = (c) => c.runs.filter((r) => r.error === undefined);
    const reference = ok(results[0]);
    const refWall = reference.length > 0 ? Math.min(...reference.map((r) => r.wall)) : undefined;
    const refRss = reference.length > 0 ? Math.max(...reference.map((r) => r.rssMb ?? 0)) : undefined;
    const rows = [
      [
        'contender',
        'wall min (s)',
        'wall median (s)',
        'MB/s (min)',
        'peak RSS (MiB)',
        'wall vs JSON.parse',
        'RSS vs JSON.parse',
      ],
    ];
    for (const c of results) {
      const good = ok(c);
      if (good.length === 0) {
        rows.push([c.name, `failed: ${c.runs[0].error}`, '', '', '', '', '']);
        continue;
      }
      const walls = good.map((r) => r.wall);
      const min = Math.min(...walls);
      const rss = Math.max(...good.map((r) => r.rssMb ?? 0));
      rows.push([
        c.name,
        min.toFixed(3),
        median(walls).toFixed(3),
        (bytes / 1e6 / min).toFixed(0),
        rss ? rss.toFixed(0) : 'n/a',
        refWall ? `${(min / refWall).toFixed(2)}x` : 'n/a',
        refRss && rss ? `${(rss / refRss).toFixed(2)}x` : 'n/a',
      ]);
    }
    const widths = rows[0].map((_, k) => Math.max(...rows.map((row) => String(row[k]).length)));
    for (const [n, row] of rows.entries()) {
      console.log(row.map((cell, k) => String(cell).padEnd(widths[k])).join(' | '));
      if (n === 0) console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
    }
    const counted = results.map((c) => ok(c)[0]).filter((r) => r !== undefined);
    const distinct = new Set(counted.map((r) => sortedJson(r.counts)));
    console.log(distinct.size === 1 ? `counts agree: ${[...distinct][0]}` : 'COUNTS DIFFER:');
    if (distinct.size > 1)
      for (const c of results) console.log(`  ${c.name}: ${ok(c)[0] ? sortedJson(ok(c)[0].counts) : 'failed'}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
