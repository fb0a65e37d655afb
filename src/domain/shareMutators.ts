import { z } from './zod';
import { SHARE_SECTIONS } from './access';
import { MutationError, define, dossierRef } from './mutationCore';
import { rowKey } from './tables';

// The inburgeraar's shares with a taalmaatje (docs/api.md, "Mutations"). The device writes the share
// row; the server then adds the activation code to that row (src/server/store/shares.ts).

const DAY_MS = 24 * 60 * 60 * 1000;
/** A share is for a stretch of helping, not for ever: at most a year (366 days covers a leap year). */
export const MAX_SHARE_DAYS = 366;

const createShareArgs = z.strictObject({
  ...dossierRef,
  id: z.uuid(),
  sections: z
    .array(z.enum(SHARE_SECTIONS))
    .min(1)
    .refine((s) => new Set(s).size === s.length, 'sections must be unique'),
  expiresAt: z.iso.datetime({ offset: true }),
  label: z.string().trim().max(80).optional(),
});

const revokeShareArgs = z.strictObject({ ...dossierRef, id: z.uuid() });

export const shareMutators = {
  'share.create': define(createShareArgs, async (tx, args) => {
    const key = rowKey(tx.dossierId, args.id);
    // Creating twice with the same id is the same share: keep the first (and its code).
    if (await tx.get('shares', key)) return;
    // Checked against the time of the change, not the schema: a change made offline may reach
    // the server after its end date, and is refused then.
    const expires = Date.parse(args.expiresAt);
    const now = Date.parse(tx.now);
    if (expires <= now) throw new MutationError('invalid-expiry', 'A share must end in the future.');
    if (expires > now + MAX_SHARE_DAYS * DAY_MS) {
      throw new MutationError('invalid-expiry', `A share may last at most ${MAX_SHARE_DAYS} days.`);
    }
    await tx.put('shares', key, {
      dossierId: tx.dossierId,
      id: args.id,
      sections: SHARE_SECTIONS.filter((s) => args.sections.includes(s)),
      // One notation (UTC) so server and devices compare expiry as plain text.
      expiresAt: new Date(expires).toISOString(),
      ...(args.label ? { label: args.label } : {}),
      createdAt: tx.now,
    });
  }),

  'share.revoke': define(revokeShareArgs, async (tx, args) => {
    const key = rowKey(tx.dossierId, args.id);
    const share = await tx.get('shares', key);
    if (!share) throw new MutationError('not-found', 'This share does not exist (any more).');
    if (share.revokedAt) return;
    // The code is useless from now on: do not keep it anywhere.
    const { code: _code, ...rest } = share;
    await tx.put('shares', key, { ...rest, revokedAt: tx.now });
  }),
};
