// Builds dist/cli.js, dist/action.js and dist/index.js (the library entry) with esbuild: single-file ESM
// bundles, deterministic output; then the library's type declarations into dist/types with tsc.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';

const entries = [
  { in: 'src/cli.ts', out: 'cli' },
  ...(existsSync('src/action.ts') ? [{ in: 'src/action.ts', out: 'action' }] : []),
  { in: 'src/index.ts', out: 'index' },
];

await build({
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
  logLevel: 'warning',
});

// Declarations are emitted afresh, so a removed module leaves no stale .d.ts behind.
rmSync('dist/types', { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const types = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.types.json'], { stdio: 'inherit' });
if (types.status !== 0) {
  console.error(`tsc -p tsconfig.types.json failed (exit ${types.status ?? types.signal}).`);
  process.exit(1);
}
