import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import { z } from 'zod';
import { staffBodySchema, staffIdSchema } from '../domain/adminApi';
import { dossierIdSchema, dossierImportSchema } from '../domain/dossier';
import { loadConfig, type Config, type Env } from './config';
import { createDatabase } from './db/createDatabase';
import { migrateToLatest } from './db/migrations';
import {
  createActivationCode,
  createStaffActivationCode,
  dossierExists,
  getStaff,
  importDossier,
  listDossierDevices,
  listStaffDevices,
  revokeDevice,
  upsertStaff,
  type Db,
} from './store';
import { ImportRefused } from './store/dossiers';
import { purgeExpired } from './store/retention';

// `thuis` (bin/thuis.mjs): the operator's command on the server itself. It opens the database the
// server uses (DATA_DIR / DATABASE_URL), runs the migrations first, and acts for the configured
// GEMEENTE only, as an admin token does. Input is checked with the admin API's own schemas; the
// store functions are the admin API's, so the audit trail records these actions as the admin's.

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

const HELP = `thuis: operate a Thuis in Rijswijk server (same DATA_DIR, DATABASE_URL and GEMEENTE as the server)

  thuis import <dossier.json> [--adopt]       import (upsert) a dossier file, as PUT /api/admin/dossiers/:id
  thuis code <dossierId>                      a single-use activation code for an inburgeraar's device
  thuis code --staff <staffId>                a single-use activation code for a staff member's work device
  thuis staff <staffId> --name <name> --role <role> [--dossiers id1,id2]
                                              create or change a staff member (role: begeleider or consulent)
  thuis devices --dossier <id> | --staff <id> list a dossier's or a staff member's devices
  thuis revoke <deviceId>                     lock out one device (its app wipes itself at its next sync)
  thuis retention                             delete what has expired now (the server also does this daily)
  thuis backup <file>                         SQLite: an online backup, consistent while the server runs
  thuis restore <file> [--force]              SQLite: restore a backup into DATA_DIR (empty unless --force)

Options: --json (machine-readable output), --help.
Exit code 0 on success, 1 on an error (the reason goes to stderr).`;

class CliError extends Error {}

const SQLITE_FILE_MODE = 0o600;

/** What `--dossiers a,b` means: a list without empty entries. */
function list(value: string | undefined): string[] {
  return (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

function issuesOf(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}

function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new CliError(`Cannot read ${file}.`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new CliError(`${file} is not JSON.`);
  }
}

function one(positionals: string[], what: string): string {
  if (positionals.length !== 1 || !positionals[0]) throw new CliError(`Give exactly one ${what}.`);
  return positionals[0];
}

function pgDumpCommand(): string {
  return 'pg_dump --format=custom --file=thuis.dump "$DATABASE_URL"';
}

function pgRestoreCommand(): string {
  return 'pg_restore --clean --if-exists --no-owner --single-transaction --dbname="$DATABASE_URL" thuis.dump';
}

/** Does DATA_DIR already hold a database? (The admin-token file alone does not count.) */
function holdsDatabase(config: Config): boolean {
  if (!existsSync(config.dataDir)) return false;
  return readdirSync(config.dataDir).some((f) => f.startsWith(path.basename(config.sqliteFile)));
}

function backupSqlite(config: Config, target: string): Promise<{ file: string; pages: number }> {
  if (!existsSync(config.sqliteFile)) throw new CliError(`There is no database at ${config.sqliteFile}.`);
  const file = path.resolve(target);
  if (existsSync(file)) throw new CliError(`${file} exists already; choose a new file name.`);
  const source = new BetterSqlite3(config.sqliteFile, { fileMustExist: true });
  source.pragma('busy_timeout = 5000');
  return source
    .backup(file)
    .then((progress) => {
      chmodSync(file, SQLITE_FILE_MODE);
      return { file, pages: progress.totalPages };
    })
    .finally(() => source.close());
}

function restoreSqlite(config: Config, backup: string, force: boolean): { file: string } {
  const from = path.resolve(backup);
  if (!existsSync(from)) throw new CliError(`There is no file ${from}.`);
  // A backup that is not a sound SQLite database must not replace anything.
  let check: string;
  try {
    const probe = new BetterSqlite3(from, { readonly: true, fileMustExist: true });
    try {
      check = String(probe.pragma('quick_check', { simple: true }));
    } finally {
      probe.close();
    }
  } catch {
    throw new CliError(`${from} is not a SQLite database.`);
  }
  if (check !== 'ok') throw new CliError(`${from} is damaged (quick_check: ${check}).`);
  if (holdsDatabase(config) && !force) {
    throw new CliError(`${config.dataDir} already holds a database; stop the server and add --force to replace it.`);
  }
  // Owner-only, as the server makes it (createDatabase.ts).
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  const temp = `${config.sqliteFile}.restoring`;
  copyFileSync(from, temp);
  chmodSync(temp, SQLITE_FILE_MODE);
  // The old database's write-ahead log belongs to the old file: it must not be replayed into this one.
  for (const suffix of ['-wal', '-shm']) rmSync(`${config.sqliteFile}${suffix}`, { force: true });
  renameSync(temp, config.sqliteFile);
  return { file: config.sqliteFile };
}

async function withDb<T>(config: Config, work: (db: Db) => Promise<T>): Promise<T> {
  const database = createDatabase(config);
  try {
    await migrateToLatest(database.db);
    return await work(database.db);
  } finally {
    await database.close();
  }
}

type Print = (plain: string, json: unknown) => void;

async function run(command: string, args: string[], env: Env, print: Print): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      adopt: { type: 'boolean' },
      force: { type: 'boolean' },
      json: { type: 'boolean' },
      staff: { type: 'string' },
      dossier: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      dossiers: { type: 'string' },
    },
  });
  // The CLI serves no security.txt, so it does not need the server's SECURITY_CONTACT.
  const config = loadConfig({ SECURITY_CONTACT: 'mailto:security@example.invalid', ...env });
  const origin = config.publicUrl;
  const linkOf = (code: string) => (origin ? `${origin}/activate#${code}` : null);

  switch (command) {
    case 'import': {
      const parsed = dossierImportSchema.safeParse(readJsonFile(one(positionals, 'dossier file')));
      if (!parsed.success) throw new CliError(`Not a valid dossier: ${issuesOf(parsed.error)}`);
      const dossier = parsed.data;
      if (dossier.gemeente !== config.gemeente) throw new CliError(`This dossier is for "${dossier.gemeente}"; this server is for "${config.gemeente}".`);
      const result = await withDb(config, async (db) => {
        try {
          return await importDossier(db, dossier, { adopt: values.adopt === true });
        } catch (error) {
          if (!(error instanceof ImportRefused)) throw error;
          if (error.code === 'wrong-gemeente') throw new CliError(`Dossier ${dossier.id} belongs to another municipality.`);
          throw new CliError(`A consulent created dossier ${dossier.id} in the app. If this import is the same person, run again with --adopt: its devices are then signed out.`);
        }
      });
      print(`Imported ${result.id}: version ${result.version}, ${result.created} created, ${result.updated} updated, ${result.deleted} deleted, ${result.unchanged} unchanged.`, result);
      return;
    }
    case 'code': {
      const staffId = values.staff;
      const created = await withDb(config, (db) => {
        if (staffId !== undefined) {
          if (positionals.length > 0 || !staffIdSchema.safeParse(staffId).success) throw new CliError('Give a staff id: thuis code --staff <staffId>.');
          return createStaffActivationCode(db, staffId, { gemeente: config.gemeente });
        }
        const id = one(positionals, 'dossier id');
        if (!dossierIdSchema.safeParse(id).success) throw new CliError(`No such dossier: ${id}.`);
        return createActivationCode(db, id, { gemeente: config.gemeente });
      });
      if (!created) throw new CliError(staffId !== undefined ? `No such staff member: ${staffId}.` : `No such dossier: ${positionals[0]}.`);
      const url = linkOf(created.code);
      print(
        [`Code: ${created.code}`, `Valid until: ${created.expiresAt}`, url ? `Link: ${url}` : 'Link: <PUBLIC_URL>/activate#<code> (set PUBLIC_URL to have it printed)'].join('\n'),
        { code: created.code, expiresAt: created.expiresAt, ...(url ? { url } : {}) },
      );
      return;
    }
    case 'staff': {
      const id = one(positionals, 'staff id');
      if (!staffIdSchema.safeParse(id).success) throw new CliError('A staff id is 2 to 64 lowercase letters, digits, . _ or -.');
      const parsed = staffBodySchema.safeParse({ name: values.name, role: values.role, gemeente: config.gemeente, dossiers: list(values.dossiers) });
      if (!parsed.success) throw new CliError(`Not a valid staff member: ${issuesOf(parsed.error)}`);
      const result = await withDb(config, (db) => upsertStaff(db, id, parsed.data));
      if (!result.ok) {
        if (result.code === 'staff-of-other-gemeente') throw new CliError('This staff id is taken; choose another one.');
        throw new CliError(`These dossiers do not exist: ${result.dossiers.join(', ')}.`);
      }
      print(`${result.created ? 'Created' : 'Changed'} staff member ${id} (${result.staff.role}, ${result.staff.dossiers.length} dossiers).`, { created: result.created, staff: result.staff });
      return;
    }
    case 'devices': {
      const dossierId = values.dossier;
      const staffId = values.staff;
      if ((dossierId === undefined) === (staffId === undefined) || positionals.length > 0) throw new CliError('Give --dossier <id> or --staff <id>.');
      const devices = await withDb(config, async (db) => {
        if (dossierId !== undefined) {
          if (!dossierIdSchema.safeParse(dossierId).success || !(await dossierExists(db, config.gemeente, dossierId))) throw new CliError(`No such dossier: ${dossierId}.`);
          return listDossierDevices(db, dossierId);
        }
        const id = staffId as string;
        if (!staffIdSchema.safeParse(id).success || !(await getStaff(db, config.gemeente, id))) throw new CliError(`No such staff member: ${id}.`);
        return listStaffDevices(db, id);
      });
      const lines = devices.map((d) => `${d.id}  ${d.kind}  created ${d.createdAt}  last seen ${d.lastSeenAt}${d.revokedAt ? `  revoked ${d.revokedAt}` : ''}`);
      print(lines.length ? lines.join('\n') : 'No devices.', { devices });
      return;
    }
    case 'revoke': {
      const id = one(positionals, 'device id');
      if (!z.uuid().safeParse(id).success) throw new CliError(`No such device: ${id}.`);
      const outcome = await withDb(config, (db) => revokeDevice(db, config.gemeente, id));
      if (outcome === 'not-found') throw new CliError(`No such device: ${id}.`);
      print(outcome === 'revoked' ? `Revoked ${id}.` : `${id} was revoked already.`, { id, outcome });
      return;
    }
    case 'retention': {
      const removed = await withDb(config, (db) => purgeExpired(db, new Date()));
      print(`Removed: ${Object.entries(removed).map(([table, n]) => `${table} ${n}`).join(', ')}.`, { removed });
      return;
    }
    case 'backup': {
      const target = one(positionals, 'backup file');
      if (config.databaseUrl) throw new CliError(`The database is PostgreSQL: back it up with\n  ${pgDumpCommand()}`);
      const done = await backupSqlite(config, target);
      print(`Backed up ${config.sqliteFile} to ${done.file} (${done.pages} pages).`, done);
      return;
    }
    case 'restore': {
      const source = one(positionals, 'backup file');
      if (config.databaseUrl) throw new CliError(`The database is PostgreSQL: restore a pg_dump with\n  ${pgRestoreCommand()}`);
      const done = restoreSqlite(config, source, values.force === true);
      // Migrations now, so a backup of an older release is brought up to this one at once.
      await withDb(config, async () => undefined);
      print(`Restored ${path.resolve(source)} into ${done.file}.`, done);
      return;
    }
    default:
      throw new CliError(`Unknown command "${command}". See thuis --help.`);
  }
}

/** Runs one `thuis` command; resolves with the exit code. */
export async function runCli(argv: string[], env: Env, io: CliIo): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help' || args.includes('--help')) {
    io.out(HELP);
    return 0;
  }
  const json = args.includes('--json');
  const print: Print = (plain, value) => io.out(json ? JSON.stringify(value) : plain);
  try {
    await run(command, args, env, print);
    return 0;
  } catch (error) {
    const message = error instanceof CliError || (error instanceof Error && /^(GEMEENTE|PORT|ADMIN_TOKEN|TRUST_PROXY|PUBLIC_URL|Unknown option|Unexpected argument|Option )/.test(error.message))
      ? error.message
      : `Failed: ${error instanceof Error ? error.message : String(error)}`;
    if (json) io.err(JSON.stringify({ error: message }));
    else io.err(`thuis: ${message}`);
    return 1;
  }
}
