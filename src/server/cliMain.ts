import { runCli } from './cli';

// The entry point of `thuis` (bin/thuis.mjs): src/server/cli.ts on this process's arguments and environment.

runCli(process.argv.slice(2), process.env, {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
}).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
