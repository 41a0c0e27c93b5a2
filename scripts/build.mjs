// Builds, with esbuild, dist/cli.js (the command's entry) and dist/cli-main.js (the CLI it starts),
// dist/action.js (the Action's entry), dist/action-main.js (the Action it starts) and dist/github.js
// (the Action's GitHub API client, loaded when it calls the API), and
// dist/index.js (the library entry): ESM bundles, each self-contained, deterministic output; then the
// library's type declarations into dist/types with tsc.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';

const entries = [
  // dist/cli.js is the command's entry; it runs the CLI (dist/cli-main.js) in a worker for evaluate.
  { in: 'src/bin.ts', out: 'cli' },
  { in: 'src/cli.ts', out: 'cli-main' },
  // dist/action.js is the Action's entry; it runs the Action (dist/action-main.js), in a worker for a
  // large streamed report.
  ...(existsSync('src/action.ts')
    ? [
        { in: 'src/action-entry.ts', out: 'action' },
        { in: 'src/action.ts', out: 'action-main' },
      ]
    : []),
  { in: 'src/index.ts', out: 'index' },
  ...(existsSync('src/github.ts') ? [{ in: 'src/github.ts', out: 'github' }] : []),
];

/**
 * Keeps the Action's start-up path light (the scale issue's cold start, `npm run bench`):
 * - `./github.js` (Octokit, the HTTP stack) stays a separate file that dist/action-main.js imports only
 *   when it calls the GitHub API, instead of being compiled into every start;
 * - @actions/core's OIDC client (`core.getIDToken`, which shipgate never calls) is replaced by one
 *   that throws, because it is what imports the HTTP stack into @actions/core.
 * The check after the build fails when either stops holding (a new @actions/core, say).
 */
const lightStart = {
  name: 'light-start',
  setup(builder) {
    builder.onResolve({ filter: /^\.\/github\.js$/ }, (args) =>
      /[\\/]src[\\/]action\.ts$/.test(args.importer) ? { path: './github.js', external: true } : undefined,
    );
    builder.onResolve({ filter: /\/oidc-utils\.js$/ }, (args) =>
      /[\\/]@actions[\\/]core[\\/]/.test(args.importer) ? { path: 'oidc-utils', namespace: 'no-oidc' } : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'no-oidc' }, () => ({
      contents:
        "export class OidcClient { static async getIDToken() { throw new Error('shipgate does not bundle the OIDC client of @actions/core'); } }",
      loader: 'js',
    }));
  },
};

const result = await build({
  entryPoints: entries,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: false,
  sourcemap: false,
  legalComments: 'none',
  minify: true,
  charset: 'utf8',
  loader: { '.yml': 'text' },
  // CommonJS dependencies bundled into ESM need a real `require` for Node built-ins.
  banner: {
    js: "import { createRequire as __shipgateCreateRequire } from 'node:module'; const require = __shipgateCreateRequire(import.meta.url);",
  },
  plugins: [lightStart],
  metafile: true,
  logLevel: 'warning',
});

for (const [file, output] of Object.entries(result.metafile.outputs)) {
  if (!/dist\/(action|action-main|cli|cli-main|index)\.js$/.test(file)) continue;
  const heavy = Object.keys(output.inputs).filter((input) => /node_modules\/(undici|@octokit)\//.test(input));
  if (heavy.length > 0) {
    console.error(
      `${file} bundles ${heavy[0]} (and ${heavy.length - 1} more): the GitHub client belongs in dist/github.js only (see lightStart in scripts/build.mjs).`,
    );
    process.exit(1);
  }
}

// Declarations are emitted afresh, so a removed module leaves no stale .d.ts behind.
rmSync('dist/types', { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const types = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.types.json'], { stdio: 'inherit' });
if (types.status !== 0) {
  console.error(`tsc -p tsconfig.types.json failed (exit ${types.status ?? types.signal}).`);
  process.exit(1);
}
