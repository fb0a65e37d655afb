import type { AppDb } from './db';
import { getMeta, sessionOf } from './local';
import { syncSchemas } from './schemasLoader';

// A lost cookie must not cost a trip to the desk (README "Sessions"). The activation answer gave
// this phone a restore secret, kept in the `thuis` database's meta (never in a cookie, never in
// Cache Storage; "remove my data" deletes it with the database). When a request comes back 401
// `no-session` (the browser lost its cookie), the sync engine calls restoreSession once, inside
// its Web Lock, so two tabs never restore at the same time; then it syncs again and delivers the
// waiting changes. A staff device has no restore secret (server: sessions.ts mayRestore).

export type RestoreOutcome =
  /** A fresh cookie for the same session: sync again. */
  | 'restored'
  /** The server refused the secret: the device was revoked, its dossier or share ended. */
  | 'ended'
  /** No secret, no connection or a busy server: the phone keeps everything and asks for a code as before. */
  | 'unavailable';

export async function restoreSession(db: AppDb, fetchFn: typeof fetch): Promise<RestoreOutcome> {
  const secret = await getMeta<string>(db, 'restoreSecret');
  if (!secret) return 'unavailable';
  let response: Response;
  try {
    response = await fetchFn('/api/device/restore', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ restoreSecret: secret }),
    });
  } catch {
    return 'unavailable';
  }
  if (response.status === 401) return 'ended';
  if (!response.ok) return 'unavailable';
  const { activateResponseSchema } = await syncSchemas();
  const answer = activateResponseSchema.safeParse(await response.json().catch(() => undefined));
  if (!answer.success) return 'unavailable';
  // The server keeps the secret just used valid until the new one is used: should the app die
  // before this write, the old secret still works next time.
  await db.meta.bulkPut([
    { key: 'restoreSecret', value: answer.data.restoreSecret ?? secret },
    { key: 'session', value: sessionOf(answer.data) },
  ]);
  return 'restored';
}
