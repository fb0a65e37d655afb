// `npm start`: build the app when the build is missing or older than its sources, then serve it on
// the embedded default (SQLite in ./data) with demo dossiers and printed activation links.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['src/app', 'src/data', 'src/domain', 'src/main.tsx', 'locales', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env, shell: false });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const built = existsSync('dist/index.html') ? statSync('dist/index.html').mtimeMs : 0;
if (built < Math.max(...SOURCES.map(newest))) {
  console.log('Building the app…');
  run('npx', ['vite', 'build', '--logLevel', 'warn']);
}
run('npx', ['tsx', 'src/server/main.ts'], { DEMO: '1', ...process.env });
