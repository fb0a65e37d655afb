import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { aDossier, aLesson } from '../../tests/support/builders';
import type { DossierImport } from '../domain/dossier';
import { dossierToRows } from '../domain/tables';
import { changesSince } from '../domain/whatChanged';
import { openDb, type AppDb } from './db';
import { applyPull, resetDevice } from './local';
import { markSeen, watchedRows } from './seen';

// "What changed" on the device (seen.ts): the Dexie upgrade keeps existing data, the first pull is
// the baseline, a later pull's change is new until marked seen, and the mark survives a reopen.

let counter = 0;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

const put = (dossier: DossierImport, cookie: number) => ({
  cookie,
  lastMutationId: 0,
  patch: dossierToRows(dossier).map((r) => ({ op: 'put' as const, table: r.table, id: r.key, value: r.value })),
});

async function news(db: AppDb, dossierId: string) {
  return changesSince(await watchedRows(db, dossierId), await db.seen.toArray(), new Date()).map((c) => c.kind);
}

describe('what changed on the device', () => {
  it('upgrades a version 2 database without losing its rows, with an empty seen table', async () => {
    const name = `seen-upgrade-${++counter}`;
    const old = new Dexie(name);
    old.version(2).stores({
      dossiers: 'key', ontzorgen: 'key', steps: 'key, dossierId', contacts: 'key, dossierId', appointments: 'key, dossierId, start',
      payments: 'key, dossierId, month', checklist: 'key, dossierId', attendance: 'key, dossierId', questions: 'key, dossierId',
      outbox: 'id', rejected: 'id', meta: 'key', shares: 'key, dossierId', visitNotes: 'key, dossierId',
    });
    await old.table('meta').put({ key: 'dossierId', value: 'rw-old' });
    await old.table('appointments').put({ key: 'rw-old/a1', dossierId: 'rw-old', id: 'a1', start: inDays(2) });
    old.close();

    const db = openDb(name);
    expect(await db.appointments.get('rw-old/a1')).toMatchObject({ id: 'a1' });
    expect((await db.meta.get('dossierId'))?.value).toBe('rw-old');
    expect(await db.seen.count()).toBe(0);
    expect(db.verno).toBe(4);
    db.close();
  });

  it('takes the first pull as seen, shows a later move as new until it is marked, and keeps the mark after a reopen', async () => {
    const name = `seen-flow-${++counter}`;
    let db = openDb(name);
    const dossier = aDossier({ appointments: [aLesson('a1', inDays(2))] });
    await resetDevice(db, dossier.id);
    await applyPull(db, put(dossier, 1));
    expect((await db.meta.get('seenBaseline'))?.value).toBe(true);
    expect(await news(db, dossier.id)).toEqual([]);

    const moved = { ...dossier, appointments: [aLesson('a1', inDays(3), { status: 'moved' as const })] };
    await applyPull(db, put(moved, 2));
    expect(await news(db, dossier.id)).toEqual(['appointmentMoved']);

    db.close();
    db = openDb(name);
    expect(await news(db, dossier.id)).toEqual(['appointmentMoved']);
    await markSeen(db, changesSince(await watchedRows(db, dossier.id), await db.seen.toArray(), new Date()));
    db.close();
    db = openDb(name);
    expect(await news(db, dossier.id)).toEqual([]);

    // A new activation starts the memory over: no marks of the old dossier, no baseline yet.
    await resetDevice(db, 'rw-other');
    expect(await db.seen.count()).toBe(0);
    expect(await db.meta.get('seenBaseline')).toBeUndefined();
    db.close();
  });
});
