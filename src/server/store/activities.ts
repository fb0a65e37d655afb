import { activitySchema, MAX_ACTIVITIES, type Activity, type ActivityBody } from '../../domain/activities';
import { recordAudit } from './audit';
import type { Db } from './rows';

// Local activities per municipality (issue 16). Every query names the municipality: an admin
// token reaches its own activities only, and another municipality's activity of the same id is a
// different row that no query of this one ever touches.

export type ActivityUpsert = { ok: true; created: boolean; activity: Activity } | { ok: false; code: 'too-many-activities' };

export async function upsertActivity(db: Db, gemeente: string, id: string, body: ActivityBody, now = new Date()): Promise<ActivityUpsert> {
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('activity').select('id').where('gemeente', '=', gemeente).where('id', '=', id).executeTakeFirst();
    if (existing) {
      await trx.updateTable('activity').set({ body: JSON.stringify(body), updated_at: at }).where('gemeente', '=', gemeente).where('id', '=', id).execute();
    } else {
      const { count } = await trx.selectFrom('activity').select((eb) => eb.fn.countAll<number | string>().as('count')).where('gemeente', '=', gemeente).executeTakeFirstOrThrow();
      if (Number(count) >= MAX_ACTIVITIES) return { ok: false, code: 'too-many-activities' } as const;
      await trx.insertInto('activity').values({ gemeente, id, body: JSON.stringify(body), created_at: at, updated_at: at }).execute();
    }
    await recordAudit(trx, { actor: 'admin', action: 'activity.upsert', gemeente, detail: { activityId: id, created: !existing } }, now);
    return { ok: true, created: !existing, activity: activitySchema.parse({ id, ...body, updatedAt: at }) } as const;
  });
}

/** False when this municipality has no such activity. */
export async function deleteActivity(db: Db, gemeente: string, id: string, now = new Date()): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const deleted = await trx.deleteFrom('activity').where('gemeente', '=', gemeente).where('id', '=', id).executeTakeFirst();
    if (Number(deleted.numDeletedRows) === 0) return false;
    await recordAudit(trx, { actor: 'admin', action: 'activity.delete', gemeente, detail: { activityId: id } }, now);
    return true;
  });
}

/** This municipality's activities, by id. */
export async function listActivities(db: Db, gemeente: string): Promise<Activity[]> {
  const rows = await db.selectFrom('activity').select(['id', 'body', 'updated_at']).where('gemeente', '=', gemeente).orderBy('id').execute();
  return rows.map((r) => activitySchema.parse({ ...(JSON.parse(r.body) as object), id: r.id, updatedAt: r.updated_at }));
}

export async function countActivities(db: Db, gemeente: string): Promise<number> {
  const { count } = await db.selectFrom('activity').select((eb) => eb.fn.countAll<number | string>().as('count')).where('gemeente', '=', gemeente).executeTakeFirstOrThrow();
  return Number(count);
}
