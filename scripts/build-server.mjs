// `npm run build:server`: the server (src/server/main.ts) and the operator's command
// (src/server/cliMain.ts) compiled by esbuild into dist-server/main.mjs and dist-server/cli.mjs, so
// running them needs neither tsx nor any other dev dependency (docs/operations.md). The server
// tests' process harness (tests/server/processes.ts) builds its bundle with this same function.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles one entry (relative to the repository) into outfile; throws with esbuild's message on failure. */
export function bundleServer(entry, outfile) {
  const built = spawnSync(
    path.join(root, 'node_modules/.bin/esbuild'),
    [
      path.join(root, entry),
      '--bundle',
      '--platform=node',
      '--format=esm',
      '--target=node20',
      // Native addons stay in node_modules; CommonJS packages inside the bundle get a `require`.
      '--external:better-sqlite3',
      '--external:pg-native',
      "--banner:js=import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
      `--outfile=${outfile}`,
      '--log-level=error',
    ],
    { encoding: 'utf8' },
  );
  if (built.status !== 0) throw new Error(`esbuild failed for ${entry}:\n${built.stderr}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = path.join(root, 'dist-server');
  bundleServer('src/server/main.ts', path.join(out, 'main.mjs'));
  bundleServer('src/server/cliMain.ts', path.join(out, 'cli.mjs'));
  console.log(`Built ${path.relative(process.cwd(), out) || '.'}/main.mjs and cli.mjs`);
}
