import type { ActivationCheckResponse } from '../domain/sync';
import type { AppDb, DeviceSession } from './db';
import { codeHash, postCode } from './activationCode';
import { getMeta, getSession } from './local';
import { deviceProfile } from './profile';
import { syncSchemas } from './schemasLoader';

// An activation on a device that is already activated asks first (threat model, "Activation, lost
// cookies and device identity"). A link `/activate#<code>` is easy to send to anyone: opened on a
// begeleider's locked work phone it would otherwise wipe the sealed caseload and a visit note not
// yet sent, and make the phone someone else's. So before a code is used, the device asks the
// server whom the code is for (`POST /api/activate/check`, which leaves the code unused):
// - not activated yet, or the same person again (same dossier, same share, same staff member; a
//   lost cookie): go ahead, waiting changes stay and are delivered once;
// - the code this device was activated with, opened again: nothing to do, nothing to ask;
// - anyone else: ask. On a staff device only with its PIN, on a phone with an app PIN with that
//   PIN; and never while changes are waiting to be sent (send them first).

export type SwitchCheck =
  /** Not activated: activate. */
  | { verdict: 'new' }
  /** The code this device was activated with: nothing to do. */
  | { verdict: 'same-code' }
  /** The same person again: activate; waiting changes stay. */
  | { verdict: 'same-person' }
  /** Someone else: ask first. */
  | {
      verdict: 'switch';
      from: DeviceSession['kind'];
      to: ActivationCheckResponse['kind'];
      /** Changes not yet sent: while any remain, the switch is refused. */
      waiting: number;
      /** Which PIN must be given first, if any. */
      pin: 'staff' | 'app' | null;
    };

/** What only the device module knows: a staff device's sealed outbox, and whether an app PIN is set. */
export interface SwitchContext {
  staffWaiting(): Promise<number>;
  hasAppPin(): Promise<boolean>;
}

async function identityOf(db: AppDb, session: DeviceSession): Promise<string> {
  if (session.kind === 'staff') return `staff:${session.staffId}`;
  if (session.kind === 'helper') return `helper:${session.shareId}`;
  return `inburgeraar:${(await getMeta<string>(db, 'dossierId')) ?? ''}`;
}

function identityOfHolder(holder: ActivationCheckResponse): string {
  if (holder.kind === 'staff') return `staff:${holder.staffId}`;
  if (holder.kind === 'helper') return `helper:${holder.shareId}`;
  return `inburgeraar:${holder.dossierId}`;
}

/** Asks the server whom the code is for. Throws ActivationError like activation does. */
async function holderOf(code: string, fetchFn: typeof fetch): Promise<ActivationCheckResponse> {
  const { activationCheckResponseSchema } = await syncSchemas();
  return activationCheckResponseSchema.parse(await postCode('/api/activate/check', code, fetchFn));
}

/** Changes this device has not sent yet, wherever it keeps them. */
export async function waitingChanges(db: AppDb, context: SwitchContext): Promise<number> {
  return (await deviceProfile(db)).store === 'vault' ? context.staffWaiting() : db.outbox.count();
}

/** What opening this code on this device would do (see the top of this file). */
export async function checkActivation(db: AppDb, code: string, context: SwitchContext, fetchFn: typeof fetch): Promise<SwitchCheck> {
  const session = await getSession(db);
  if (!session) return { verdict: 'new' };
  if ((await getMeta<string>(db, 'activationCode')) === (await codeHash(code))) return { verdict: 'same-code' };
  const holder = await holderOf(code, fetchFn);
  if ((await identityOf(db, session)) === identityOfHolder(holder)) return { verdict: 'same-person' };
  const pin = session.kind === 'staff' ? 'staff' : (await context.hasAppPin()) ? 'app' : null;
  return { verdict: 'switch', from: session.kind, to: holder.kind, waiting: await waitingChanges(db, context), pin };
}
