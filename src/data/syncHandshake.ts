import { SCHEMA_VERSION } from '../domain/syncVersion';
import { syncSchemasLoaded } from './schemasLoader';
import { NEXT_RELEASE_FIXTURE } from './nextReleaseFixture';

// The app's side of the sync schema handshake (docs/api.md "Sync schema versions"). The server
// speaks its current sync schema and the one before it; to any other version it answers 409
// 'schema-version' with the versions it speaks. Nothing was stored then, and the waiting changes
// stay in the outbox: after the update the new app sends them, under the same clientId and
// mutation ids, so the server's exactly-once rule holds across the reload.

/** The sync schema this app speaks: SCHEMA_VERSION (one up in the "next release" test build). */
export const APP_SCHEMA_VERSION = SCHEMA_VERSION + (NEXT_RELEASE_FIXTURE ? 1 : 0);

/**
 * - 'update-app': the server speaks only newer versions; this app must update (service worker)
 *   and reload before it can sync again.
 * - 'wait-for-server': the server is older than this app (a new app reached the phone before the
 *   server was upgraded, or the server was rolled back); updating cannot help, so the sync retries.
 */
export type SchemaVerdict = 'update-app' | 'wait-for-server';

/**
 * What a failed sync request asks of this app; null when it was not about the schema version.
 * A server that does not name its versions (older than the handshake) is taken as newer: asking
 * the service worker for an update costs nothing when there is none.
 */
export function schemaVerdict(status: number, errorBody: unknown, ownVersion: number = APP_SCHEMA_VERSION): SchemaVerdict | null {
  if (status !== 409 || (errorBody as { code?: unknown } | undefined)?.code !== 'schema-version') return null;
  // A 409 is an answer to a request, sent once the schemas had loaded (SyncEngine.post).
  const parsed = syncSchemasLoaded().schemaVersionErrorSchema.safeParse(errorBody);
  if (!parsed.success) return 'update-app';
  return Math.max(...parsed.data.schemaVersions) > ownVersion ? 'update-app' : 'wait-for-server';
}
