#!/usr/bin/env node
// `npx thuis …`: the operator's command (src/server/cli.ts). The compiled one in dist-server/ when
// `npm run build:server` made it (a production install has no tsx); otherwise the TypeScript source
// through tsx, for a checkout.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const compiled = path.join(root, 'dist-server', 'cli.mjs');
const args = existsSync(compiled)
  ? [compiled, ...process.argv.slice(2)]
  : ['--import', 'tsx', path.join(root, 'src', 'server', 'cliMain.ts'), ...process.argv.slice(2)];
const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
process.exit(result.status ?? 1);
