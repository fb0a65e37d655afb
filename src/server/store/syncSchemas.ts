import { SCHEMA_VERSION, type Mutation, type PullResponse, type SchemaVersionErrorBody } from '../../domain/sync';
import { ApiError } from '../errors';

// The version handshake of the sync protocol (issue "Upgrades lose nothing", docs/api.md "Sync
// schema versions"). Phones are offline for weeks and update only when they come back, so a
// release that changes the sync schema must not strand their waiting changes: the server speaks
// the current schema AND the one before it for a transition period, each older one through a
// small, explicit translation. Anything older or newer is a 409 'schema-version' that names the
// versions spoken; the app then keeps its outbox, updates itself and sends it in the new schema.

/** One older sync schema the server still speaks, and how it maps onto the current one. */
export interface OlderSyncSchema {
  readonly version: number;
  /** An old app's pushed mutations, in the current schema (a renamed mutation or argument, a new default). */
  mutationsIn(mutations: Mutation[]): Mutation[];
  /** A pull answer of the current schema, as the old app reads it (a new field or table left out). */
  pullOut(response: PullResponse): PullResponse;
}

export interface SyncSchemas {
  readonly current: number;
  /** The schema before the current one, while its transition period lasts (docs/operations.md "Releases"). */
  readonly older: readonly OlderSyncSchema[];
}

/**
 * What this server speaks. Today only schema 1 exists, so there is nothing older to translate; the
 * release that bumps SCHEMA_VERSION adds the translation of the previous version here (see the
 * "next" fixture in tests/server/syncSchemas.test.ts for what one looks like).
 */
export const SYNC_SCHEMAS: SyncSchemas = { current: SCHEMA_VERSION, older: [] };

/** The versions spoken, newest first: what a 409 'schema-version' names. */
export function spokenVersions(schemas: SyncSchemas): number[] {
  return [schemas.current, ...schemas.older.map((o) => o.version)];
}

/** A 409 'schema-version' whose body says which versions the server speaks. */
export class SchemaVersionError extends ApiError {
  constructor(
    readonly asked: number,
    readonly spoken: number[],
  ) {
    super(409, 'schema-version', `The server speaks sync schema ${spoken.join(' and ')}, not ${asked}. Update the app.`);
  }

  override toBody(): { error: SchemaVersionErrorBody } {
    return { error: { code: 'schema-version', message: this.message, schemaVersions: this.spoken } };
  }
}

const CURRENT: Omit<OlderSyncSchema, 'version'> = { mutationsIn: (m) => m, pullOut: (r) => r };

/** The translation for a request of `version`; a 409 'schema-version' for a version not spoken. */
export function syncSchemaFor(schemas: SyncSchemas, version: number): OlderSyncSchema {
  if (version === schemas.current) return { version, ...CURRENT };
  const older = schemas.older.find((o) => o.version === version);
  if (!older) throw new SchemaVersionError(version, spokenVersions(schemas));
  return older;
}
