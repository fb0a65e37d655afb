import { db } from '../../src/data/device';
import { applyPull, resetDevice } from '../../src/data/local';
import type { DossierImport } from '../../src/domain/dossier';
import { dossierToRows } from '../../src/domain/tables';

/**
 * Puts a dossier on the (fake-indexeddb) device as a first pull would: activated, synced, no
 * outbox. `as: 'helper'` makes it a taalmaatje's phone reading the dossier along.
 */
export async function seedDevice(dossier: DossierImport, { as = 'inburgeraar' }: { as?: 'inburgeraar' | 'helper' } = {}): Promise<void> {
  await resetDevice(
    db,
    as === 'helper'
      ? { kind: 'helper', dossierId: dossier.id, shareId: 'share-1', sections: ['agenda', 'traject', 'contacts', 'money', 'checklist'], expiresAt: '2099-01-01T00:00:00.000Z' }
      : dossier.id,
  );
  await applyPull(db, {
    cookie: 1,
    lastMutationId: 0,
    patch: dossierToRows(dossier).map((r) => ({ op: 'put' as const, table: r.table, id: r.key, value: r.value })),
  });
}

/** A calendar date `days` from today, as `YYYY-MM-DD`. */
export function dateInDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
