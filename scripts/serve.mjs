// `npm run serve`: the compiled server (dist-server/main.mjs, from `npm run build:server`) when it is
// there and not older than the server's sources; otherwise src/server/main.ts through tsx (a checkout).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const COMPILED = 'dist-server/main.mjs';
const SOURCES = ['src/server', 'src/domain', 'src/gemeenten', 'src/gemeenten.ts'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const fresh = existsSync(COMPILED) && statSync(COMPILED).mtimeMs >= Math.max(...SOURCES.map(newest));
const args = fresh ? [COMPILED] : ['--import', 'tsx', 'src/server/main.ts'];
const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
process.exit(result.status ?? 1);
