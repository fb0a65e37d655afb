import type * as Mutators from '../domain/mutators';
import type * as SyncSchemas from '../domain/sync';

// The mutators and the sync answers' schemas (with zod, which checks them) are chunks of their own:
// an activated phone's first screen only reads its database, so it does not wait for them.
//
// - The sync schemas check what the server answers: the sync engine and the activation load them
//   before their first request (`syncSchemas`); an answer is only ever read after that.
// - The mutators apply a change: a new one, and the rebase of waiting changes when a pull comes in
//   (syncCore.ts). Both run inside a local transaction, where nothing but the database may be
//   awaited, so every LocalStore (local.ts, staffStore.ts) has them loaded before its transaction
//   begins (`withMutators`, `loadMutators`).

let mutators: typeof Mutators | null = null;
let mutatorsLoading: Promise<typeof Mutators> | null = null;

export function loadMutators(): Promise<typeof Mutators> {
  mutatorsLoading ??= import('../domain/mutators').then((m) => (mutators = m));
  return mutatorsLoading;
}

/** Runs `run` once the mutators are there: at once (no await in between) when they are already. */
export function withMutators<T>(run: () => Promise<T>): Promise<T> {
  return mutators ? run() : loadMutators().then(run);
}

/** Inside a local transaction: the mutators, loaded before it began. */
export function mutatorsLoaded(): typeof Mutators {
  if (!mutators) throw new Error('The mutators are loaded before a local transaction begins (withMutators).');
  return mutators;
}

let schemas: typeof SyncSchemas | null = null;
let schemasLoading: Promise<typeof SyncSchemas> | null = null;

export function syncSchemas(): Promise<typeof SyncSchemas> {
  schemasLoading ??= import('../domain/sync').then((m) => (schemas = m));
  return schemasLoading;
}

/** Where an answer is read: its schemas, loaded before the request was sent. */
export function syncSchemasLoaded(): typeof SyncSchemas {
  if (!schemas) throw new Error('The sync schemas are loaded before a request is sent (syncSchemas).');
  return schemas;
}
