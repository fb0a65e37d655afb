import { z } from 'zod';

// The pull cookie is opaque to devices. It holds, per dossier the device has seen, the version it
// has and the dossier's epoch: `{ "d": { "rw-2025-0001": 7 }, "e": { "rw-2025-0001": "Xk3…" } }`.
// An inburgeraar session reads one dossier; a staff session reads its caseload, and a dossier
// added to a caseload simply starts from scratch.
//
// The epoch is new whenever the person behind a dossier id may have changed (deleted and imported
// again, adopted from the app: src/server/store/dossiers.ts). Versions start over then, so a
// version alone could claim rows the device never had; a device whose epoch differs starts that
// dossier over. Cookies from before epochs existed (no `e`) are still accepted: their epochs are
// unknown, so those dossiers start over once.
//
// A staff device's cookie also names the role its rows were chosen for (`r`): staff receive only
// the questions addressed to their role, so a role change (or a cookie from before `r`) starts
// the device over, and it gets the questions of its new role and loses the others.

const cookieSchema = z.strictObject({
  d: z.record(z.string().max(64), z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)),
  e: z.record(z.string().max(64), z.string().max(64)).optional(),
  r: z.string().max(32).optional(),
});

export type SyncCookie = z.infer<typeof cookieSchema>;

export interface SeenDossier {
  version: number;
  /** Undefined in a cookie from before epochs. */
  epoch: string | undefined;
}

/** What a device has seen, per dossier, or null when it has a cookie we do not understand. */
export function parseSyncCookie(raw: unknown): Map<string, SeenDossier> | null {
  const parsed = cookieSchema.safeParse(raw);
  if (!parsed.success) return null;
  const epochs = parsed.data.e ?? {};
  return new Map(Object.entries(parsed.data.d).map(([id, version]) => [id, { version, epoch: Object.hasOwn(epochs, id) ? epochs[id] : undefined }]));
}

/** The staff role a cookie's rows were chosen for; undefined for other devices and older cookies. */
export function syncCookieRole(raw: unknown): string | undefined {
  const parsed = cookieSchema.safeParse(raw);
  return parsed.success ? parsed.data.r : undefined;
}

export function makeSyncCookie(dossiers: ReadonlyMap<string, { version: number; epoch: string }>, staffRole?: string): SyncCookie {
  const entries = [...dossiers];
  return {
    d: Object.fromEntries(entries.map(([id, d]) => [id, d.version])),
    e: Object.fromEntries(entries.map(([id, d]) => [id, d.epoch])),
    ...(staffRole === undefined ? {} : { r: staffRole }),
  };
}
