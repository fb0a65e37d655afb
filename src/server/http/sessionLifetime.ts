// How long a device stays signed in, chosen for an offline-first app (README, "Security").
//
// - Sliding expiry: a session ends after SESSION_IDLE_DAYS without any request, and every use
//   moves that moment on (last_seen_at, written at most once an hour). A phone may be offline for
//   weeks — a trip abroad, no data bundle — and must still sync when it comes back; a phone nobody
//   has used for half a year is most likely lost, sold or handed on, and then it should not open
//   the dossier any more. Its outbox is then stale as well (answers for lessons long past).
// - The server decides, not the cookie: the cookie lives longer (browsers cap it at 400 days) and
//   is sent again with a fresh Max-Age whenever last_seen_at moves, so a response that got lost on
//   the way can never make the cookie run out before the server's limit does.
// - No token rotation. The server keeps only a hash of each token, so a rotated token whose
//   response got lost could not be sent again; a phone syncs pull and push in parallel, possibly
//   through different instances, so two rotations could race and leave it holding neither token.
//   Either way the phone would be locked out and wiped, and its owner would have to go to the
//   municipality's desk for a new QR code — a real cost for this group. What rotation would buy is
//   small: the token has 256 bits, is HttpOnly, Secure on https, SameSite=Strict and scoped to
//   /api, and is stored hashed. A lost or stolen phone is handled by revoking that device, a
//   deleted dossier locks out all its devices, and an unused one expires by itself.

//
// Staff sessions end after STAFF_SESSION_IDLE_DAYS without use: a staff phone holds a whole
// caseload, is used every working week, and a cookie from a phone nobody touched for two weeks
// (lost, left in a drawer, imaged) must not open anything. Their use counts only with a valid
// device proof (deviceProof.ts).

const DAY_MS = 86_400_000;

export const SESSION_IDLE_DAYS = 180;
export const STAFF_SESSION_IDLE_DAYS = 14;

/** RFC 6265bis: browsers cap cookie lifetimes at 400 days. */
export const SESSION_COOKIE_MAX_AGE_SECONDS = 400 * 24 * 60 * 60;

/** Unused for SESSION_IDLE_DAYS (staff: STAFF_SESSION_IDLE_DAYS) or more: the device has to be activated again. */
export function sessionExpired(lastSeenAt: string, kind: string, now = new Date()): boolean {
  const days = kind === 'staff' ? STAFF_SESSION_IDLE_DAYS : SESSION_IDLE_DAYS;
  return now.getTime() - Date.parse(lastSeenAt) >= days * DAY_MS;
}
