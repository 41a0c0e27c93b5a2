#!/usr/bin/env node
// Writes a deterministic, CodeQL-shaped SARIF 2.1.0 file of about the requested size, streamed to
// disk in batches so that files far larger than V8's string limit can be made.
//
//   node scripts/gen-sarif.mjs --size 100MB --out /tmp/x.sarif [--runs 3] [--seed 1] [--pretty]
//
// Same arguments => same bytes. Sizes accept B, KB, MB, GB (powers of 1000) and KiB, MiB, GiB.
import { closeSync, openSync, writeSync } from 'node:fs';

const UNITS = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 };
const RULE_COUNT = 300;
const ARTIFACT_COUNT = 400;
const BATCH_BYTES = 1 << 20;

function usage(message) {
  console.error(
    `${message}\nusage: node scripts/gen-sarif.mjs --size 100MB --out FILE [--runs N] [--seed N] [--pretty]`,
  );
  process.exit(2);
}

function parseArgs(argv) {
  const args = { size: undefined, out: undefined, runs: 1, seed: 1, pretty: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) usage(`${flag} needs a value`);
      return v;
    };
    if (flag === '--size') {
      const m = /^(\d+(?:\.\d+)?)\s*([kmg]i?b|b)?$/i.exec(value());
      if (!m) usage('--size must look like 100MB, 512KiB or 1000000');
      args.size = Math.round(Number(m[1]) * UNITS[(m[2] ?? 'b').toLowerCase()]);
    } else if (flag === '--out') args.out = value();
    else if (flag === '--runs') args.runs = Number(value());
    else if (flag === '--seed') args.seed = Number(value());
    else if (flag === '--pretty') args.pretty = true;
    else usage(`unknown argument ${flag}`);
  }
  if (!args.size || !args.out) usage('--size and --out are required');
  if (!Number.isInteger(args.runs) || args.runs < 1) usage('--runs must be a positive integer');
  if (!Number.isInteger(args.seed)) usage('--seed must be an integer');
  return args;
}

/** mulberry32: small, fast, deterministic. */
function makeRandom(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    hex: (n) => {
      let s = '';
      for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(next() * 16)];
      return s;
    },
  };
}

const LANG = 'js';
const TOPICS = [
  [
    'xss',
    'Cross-site scripting',
    'Writing user input directly to a web page allows for a cross-site scripting vulnerability.',
    'external/cwe/cwe-079',
  ],
  [
    'sql-injection',
    'Database query built from user-controlled sources',
    'Building a database query from user-controlled sources is vulnerable to insertion of malicious code by the user.',
    'external/cwe/cwe-089',
  ],
  [
    'path-injection',
    'Uncontrolled data used in path expression',
    'Accessing paths influenced by users can allow an attacker to access unexpected resources.',
    'external/cwe/cwe-022',
  ],
  [
    'command-line-injection',
    'Uncontrolled command line',
    'Using externally controlled strings in a command line may allow a malicious user to change the meaning of the command.',
    'external/cwe/cwe-078',
  ],
  [
    'request-forgery',
    'Server-side request forgery',
    'Making a network request with user-controlled data in the URL allows for request forgery attacks.',
    'external/cwe/cwe-918',
  ],
  [
    'prototype-pollution',
    'Prototype-polluting assignment',
    'Modifying an object obtained via a user-controlled property name may lead to accidental mutation of the built-in Object prototype.',
    'external/cwe/cwe-1321',
  ],
  [
    'unused-local-variable',
    'Unused variable, import, function or class',
    'Unused variables, imports, functions or classes may be a symptom of a bug and should be examined carefully.',
    'maintainability',
  ],
  [
    'regex-injection',
    'Regular expression injection',
    'User input should not be used in regular expressions without first being escaped, otherwise a malicious user may be able to inject an expression that could require exponential time on certain inputs.',
    'external/cwe/cwe-730',
  ],
  [
    'clear-text-logging',
    'Clear-text logging of sensitive information',
    'Logging sensitive information without encryption or hashing can expose it to an attacker.',
    'external/cwe/cwe-312',
  ],
  [
    'insecure-randomness',
    'Insecure randomness',
    'Using a cryptographically weak pseudo-random number generator to generate a security-sensitive value may allow an attacker to predict what value will be generated.',
    'external/cwe/cwe-338',
  ],
];
const LEVELS = ['error', 'warning', 'note'];
const PRECISIONS = ['very-high', 'high', 'medium', 'low'];
/**
 * security-severity per band; the last two bands have none: one is informational (level none, as a
 * tool writes a rule with no security weight), the other is read from its level.
 */
function securitySeverity(i, random) {
  switch (i % 6) {
    case 0:
      return (9 + random.int(0, 10) / 10).toFixed(1); // critical
    case 1:
      return (7 + random.int(0, 19) / 10).toFixed(1); // high
    case 2:
      return (4 + random.int(0, 29) / 10).toFixed(1); // medium
    case 3:
      return (0.1 + random.int(0, 38) / 10).toFixed(1); // low
    case 4: // informational: level none
    default:
      return undefined;
  }
}

function makeRules(random) {
  const rules = [];
  for (let i = 0; i < RULE_COUNT; i++) {
    const [slug, name, description, tag] = TOPICS[i % TOPICS.length];
    const id = `${LANG}/${slug}-${i}`;
    const severity = securitySeverity(i, random);
    const properties = {
      tags: severity === undefined ? ['maintainability', 'useless-code'] : ['security', tag],
      description,
      id,
      kind: i % 3 === 0 ? 'path-problem' : 'problem',
      name,
      precision: random.pick(PRECISIONS),
      'problem.severity': LEVELS[i % 3] === 'note' ? 'recommendation' : LEVELS[i % 3],
    };
    if (severity !== undefined) properties['security-severity'] = severity;
    rules.push({
      id,
      name: id,
      shortDescription: { text: name },
      fullDescription: { text: description },
      defaultConfiguration: { enabled: true, level: i % 6 === 4 ? 'none' : LEVELS[i % 3] },
      help: {
        text: `# ${name}\n\n${description}\n\n## Recommendation\n\nValidate the input.`,
        markdown: `# ${name}\n\n${description}`,
      },
      properties,
    });
  }
  return rules;
}

const DIRS = ['src', 'lib', 'app/routes', 'server/api', 'packages/core/src', 'web/components'];
const SNIPPETS = [
  'const id = req.query["id"];',
  "res.send('<div>' + name + '</div>');",
  'db.query(`SELECT * FROM users WHERE id = ${id}`);',
  'fs.readFileSync(path.join(root, file));',
  'exec("git log " + branch, cb);',
  'const re = new RegExp(pattern);\n  return re.test(s);',
  'logger.info("password=" + pw);\t// TODO',
  'obj[key] = value; // caf\u00e9 \u2192 na\u00efve',
  'fetch(`https://${host}/api`)',
  'let token = Math.random().toString(36);',
  'return a\\b;',
];
const STEPS = ['call to params', 'req.query', '...[...]', 'id', 'name', 'template literal', 'pattern', 'value'];

function makeArtifacts(random) {
  const uris = [];
  for (let i = 0; i < ARTIFACT_COUNT; i++)
    uris.push(`${random.pick(DIRS)}/module${i % 37}/file${i}.${i % 4 === 0 ? 'js' : 'ts'}`);
  return uris;
}

function physicalLocation(random, uris, withSnippet) {
  const index = random.int(0, uris.length - 1);
  const startLine = random.int(1, 4000);
  const startColumn = random.int(1, 60);
  const region = { startLine, startColumn, endColumn: startColumn + random.int(1, 40) };
  if (random.next() < 0.3) region.endLine = startLine + random.int(1, 5);
  if (!withSnippet) return { artifactLocation: { uri: uris[index], uriBaseId: '%SRCROOT%', index }, region };
  region.snippet = { text: random.pick(SNIPPETS) };
  // CodeQL also writes a few lines of context around each location, as the corpus's CodeQL logs show.
  const contextRegion = {
    startLine: Math.max(1, startLine - 2),
    endLine: startLine + 2,
    snippet: {
      text: [random.pick(SNIPPETS), random.pick(SNIPPETS), region.snippet.text, random.pick(SNIPPETS)].join('\n'),
    },
  };
  return { artifactLocation: { uri: uris[index], uriBaseId: '%SRCROOT%', index }, region, contextRegion };
}

function makeResult(random, rules, uris) {
  const ruleIndex = random.int(0, rules.length - 1);
  const rule = rules[ruleIndex];
  const withFlow = random.next() < 0.1;
  const result = {
    ruleId: rule.id,
    ruleIndex,
    rule: { id: rule.id, index: ruleIndex },
    message: {
      text: withFlow
        ? `${rule.shortDescription.text} depends on a [user-provided value](1).`
        : `${rule.shortDescription.text}: "${random.pick(STEPS)}" flows here.`,
    },
    locations: [{ physicalLocation: physicalLocation(random, uris, true) }],
    partialFingerprints: {
      primaryLocationLineHash: `${random.hex(16)}:${random.int(1, 3)}`,
      primaryLocationStartColumnFingerprint: String(random.int(0, 40)),
    },
  };
  if (withFlow) {
    const steps = [];
    // Path queries in the corpus's CodeQL logs have 4 to 30 steps, each with its snippet and context.
    const count = random.int(4, 12);
    for (let i = 0; i < count; i++)
      steps.push({
        location: { physicalLocation: physicalLocation(random, uris, true), message: { text: random.pick(STEPS) } },
      });
    result.codeFlows = [{ threadFlows: [{ locations: steps }] }];
    result.relatedLocations = [
      { id: 1, physicalLocation: physicalLocation(random, uris, false), message: { text: 'user-provided value' } },
    ];
  }
  return result;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const random = makeRandom(args.seed);
  const indent = args.pretty ? 2 : undefined;
  const fd = openSync(args.out, 'w');
  let pending = '';
  let written = 0;
  const emit = (text) => {
    pending += text;
    if (pending.length >= BATCH_BYTES) flush();
  };
  const flush = () => {
    if (pending === '') return;
    const bytes = Buffer.from(pending, 'utf8');
    for (let off = 0; off < bytes.length;) off += writeSync(fd, bytes, off);
    written += bytes.length;
    pending = '';
  };
  // Re-indents a value serialized on its own so that it sits at the given nesting level.
  const json = (value, level) => {
    const text = JSON.stringify(value, null, indent);
    return indent === undefined ? text : text.replace(/\n/g, `\n${' '.repeat(indent * level)}`);
  };
  const nl = (level) => (indent === undefined ? '' : `\n${' '.repeat(indent * level)}`);
  const sep = indent === undefined ? ':' : ': ';

  const perRun = Math.floor(args.size / args.runs);
  emit(
    `{${nl(1)}"$schema"${sep}"https://json.schemastore.org/sarif-2.1.0.json",${nl(1)}"version"${sep}"2.1.0",${nl(1)}"runs"${sep}[`,
  );
  for (let r = 0; r < args.runs; r++) {
    const rules = makeRules(random);
    const uris = makeArtifacts(random);
    const tool = {
      driver: {
        name: 'CodeQL',
        organization: 'GitHub',
        semanticVersion: '2.19.0',
        notifications: [
          {
            id: `${LANG}/diagnostics/extraction-errors`,
            name: `${LANG}/diagnostics/extraction-errors`,
            shortDescription: { text: 'Extraction errors' },
            defaultConfiguration: { enabled: true },
          },
        ],
        rules,
      },
      extensions: [
        {
          name: 'codeql/javascript-queries',
          semanticVersion: '1.1.0',
          locations: [
            { uri: 'file:///home/runner/codeql/qlpacks/', description: { text: 'The QL pack root directory.' } },
          ],
        },
      ],
    };
    const head = [
      `${r === 0 ? '' : ','}${nl(2)}{${nl(3)}"tool"${sep}${json(tool, 3)},`,
      `${nl(3)}"invocations"${sep}${json([{ toolExecutionNotifications: [], executionSuccessful: true }], 3)},`,
      `${nl(3)}"artifacts"${sep}${json(
        uris.map((uri, index) => ({ location: { uri, uriBaseId: '%SRCROOT%', index } })),
        3,
      )},`,
      `${nl(3)}"results"${sep}[`,
    ].join('');
    emit(head);
    const tail = `${nl(3)}],${nl(3)}"automationDetails"${sep}{"id"${sep}"security-and-quality/run-${r}/"},${nl(3)}"columnKind"${sep}"utf16CodeUnits",${nl(3)}"properties"${sep}{"semmle.formatSpecifier"${sep}"sarif-latest"}${nl(2)}}`;
    let runBytes = Buffer.byteLength(head) + Buffer.byteLength(tail);
    for (let n = 0; runBytes < perRun; n++) {
      const text = `${n === 0 ? '' : ','}${nl(4)}${json(makeResult(random, rules, uris), 4)}`;
      runBytes += Buffer.byteLength(text);
      emit(text);
    }
    emit(tail);
  }
  emit(`${nl(1)}]${nl(0)}}\n`);
  flush();
  closeSync(fd);
  console.error(`wrote ${written} bytes to ${args.out}`);
}

main();
