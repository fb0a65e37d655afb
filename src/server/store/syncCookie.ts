import { z } from 'zod';

// The pull cookie is opaque to devices. It holds the version of every dossier the device has
// seen: `{ "d": { "rw-2025-0001": 7 } }`. An inburgeraar session reads one dossier; a staff session
// (later) reads its caseload, and a dossier added to a caseload then simply starts from scratch.

const cookieSchema = z.strictObject({
  d: z.record(z.string().max(64), z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)),
});

export type SyncCookie = z.infer<typeof cookieSchema>;

/** The versions a device has seen, or null when it has a cookie we do not understand. */
export function parseSyncCookie(raw: unknown): Map<string, number> | null {
  const parsed = cookieSchema.safeParse(raw);
  return parsed.success ? new Map(Object.entries(parsed.data.d)) : null;
}

export function makeSyncCookie(versions: ReadonlyMap<string, number>): SyncCookie {
  return { d: Object.fromEntries(versions) };
}
