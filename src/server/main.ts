import { buildApp } from './app';
import { activationUrl } from '../domain/appLanguage';
import type { DossierImport } from '../domain/dossier';
import { gemeenteOf, loadConfig } from './config';
import { createDatabase } from './db/createDatabase';
import { migrateToLatest } from './db/migrations';
import { demoActivitiesFor } from './demoActivities';
import { demoDossiersFor } from './demoGemeente';
import { demoStaffLinks } from './demoStaff';
import { scheduleRetention } from './retentionSchedule';
import { countActivities, countDossiers, createActivationCode, dossierExists, importDossier, upsertActivity, type Db } from './store';

// `npm run serve`: config → database → migrations → app → (demo seed) → listen.
// Output is for the person starting the server; tests wait for the "Listening on" line.

/** Imports the demo dossiers, but only into an empty store: never over real data. */
async function seedDemo(db: Db, dossiers: DossierImport[]): Promise<void> {
  if ((await countDossiers(db)) > 0) return;
  for (const dossier of dossiers) await importDossier(db, dossier);
}

/** Seeds the demo activities, but only for a municipality that has none yet. */
async function seedDemoActivities(db: Db, gemeente: { id: string; name: string }): Promise<void> {
  if ((await countActivities(db, gemeente.id)) > 0) return;
  for (const { id, ...body } of demoActivitiesFor(gemeente, new Date())) await upsertActivity(db, gemeente.id, id, body);
}

/** A fresh activation link per demo dossier, so a developer can open each one on a device. */
async function demoLinks(db: Db, dossiers: DossierImport[], origin: string): Promise<string[]> {
  const lines: string[] = [];
  for (const dossier of dossiers) {
    if (!(await dossierExists(db, dossier.gemeente, dossier.id))) continue;
    const code = await createActivationCode(db, dossier.id, { gemeente: dossier.gemeente });
    if (code) lines.push(`  ${dossier.firstName} (${dossier.id}): ${activationUrl(origin, code.code, dossier.language)}`);
  }
  return lines;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const database = createDatabase(config);
  await migrateToLatest(database.db);
  const app = await buildApp({ ...database, config });
  // Expired sessions, used codes and old mutation records: at start, then daily (store/retention.ts).
  scheduleRetention(app, database.db);
  const demo = config.demo ? demoDossiersFor(gemeenteOf(config), new Date()) : [];
  await seedDemo(database.db, demo);
  if (config.demo) await seedDemoActivities(database.db, gemeenteOf(config));

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    void app
      .close()
      .then(() => database.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const origin = config.publicUrl ?? `http://localhost:${port}`;

  if (config.adminTokenGenerated) {
    console.log(`Admin token (generated, stored in ${config.dataDir}/admin-token): ${config.adminToken}`);
  }
  const links = await demoLinks(database.db, demo, origin);
  if (links.length) console.log(['Demo dossiers (each link activates one device):', ...links].join('\n'));
  const staffLinks = await demoStaffLinks(database.db, demo, origin);
  if (staffLinks.length) console.log(['Demo staff (each link activates one work device):', ...staffLinks].join('\n'));
  console.log(`Listening on http://localhost:${port} (database: ${database.dialect})`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
