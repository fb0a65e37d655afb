import { z } from './zod';
import { ATTENDANCES, CHECKLIST_STATUSES, CONTACT_ROLES, READY_QUESTIONS } from './enums';
import { MutationError, define, dossierRef, type MutationTx } from './mutationCore';
import { photoDescriptorSchema } from './questionPhoto';
import { shareMutators } from './shareMutators';
import { staffMutators } from './staffMutators';
import { rowKey } from './tables';

// Mutators: the same code applies a user's change optimistically on the device (over Dexie) and
// authoritatively on the server (over Kysely). Names are part of the sync contract: never rename.
// Who may use which one is in mutationPolicy.ts.

export { MutationError, REFUSAL_CODES, type MutationTx, type RefusalCode } from './mutationCore';
export { targetDossier } from './refusal';

const setAttendanceArgs = z.strictObject({
  ...dossierRef,
  appointmentId: z.string().min(1).max(64),
  attendance: z.enum(ATTENDANCES),
  reason: z.string().max(500).optional(),
});

const setChecklistStatusArgs = z.strictObject({
  ...dossierRef,
  itemId: z.string().min(1).max(64),
  status: z.enum(CHECKLIST_STATUSES),
});

const askQuestionArgs = z.strictObject({
  ...dossierRef,
  id: z.uuid(),
  contactRole: z.enum(CONTACT_ROLES),
  text: z.string().trim().min(1).max(2000),
  /** Optional: the ready-made question's key, so the phone shows it in the reader's language. */
  ready: z.enum(READY_QUESTIONS).optional(),
  /** Optional: the person's own words (in `text` after the Dutch ready-made question). */
  own: z.string().trim().max(2000).optional(),
  /** Optional: a photo comes with the question (issue 16); its bytes follow apart (api.md, "Question photos"). */
  photo: photoDescriptorSchema.optional(),
});

export const mutators = {
  'appointment.setAttendance': define(setAttendanceArgs, async (tx, args) => {
    const key = rowKey(tx.dossierId, args.appointmentId);
    const appointment = await tx.get('appointments', key);
    if (!appointment) throw new MutationError('not-found', 'This appointment does not exist (any more).');
    if (appointment.status === 'cancelled' && args.attendance === 'coming') {
      throw new MutationError('appointment-cancelled', 'This appointment was cancelled.');
    }
    await tx.put('attendance', key, {
      dossierId: tx.dossierId,
      appointmentId: args.appointmentId,
      attendance: args.attendance,
      ...(args.reason?.trim() ? { reason: args.reason.trim() } : {}),
      updatedAt: tx.now,
      forStart: appointment.start,
    });
  }),

  'checklist.setStatus': define(setChecklistStatusArgs, async (tx, args) => {
    const key = rowKey(tx.dossierId, args.itemId);
    const item = await tx.get('checklist', key);
    if (!item) throw new MutationError('not-found', 'This checklist item does not exist (any more).');
    await tx.put('checklist', key, { ...item, status: args.status });
  }),

  'question.ask': define(askQuestionArgs, async (tx, args) => {
    const key = rowKey(tx.dossierId, args.id);
    // Asking twice with the same id is the same question: keep the first.
    if (await tx.get('questions', key)) return;
    await tx.put('questions', key, {
      dossierId: tx.dossierId,
      id: args.id,
      contactRole: args.contactRole,
      text: args.text,
      ...(args.ready ? { ready: args.ready } : {}),
      ...(args.ready && args.own ? { own: args.own } : {}),
      ...(args.photo ? { photo: args.photo } : {}),
      askedAt: tx.now,
    });
  }),

  ...shareMutators,
  ...staffMutators,
};

export type MutatorName = keyof typeof mutators;
export type MutatorArgs<N extends MutatorName> = z.infer<(typeof mutators)[N]['args']>;
/** What a caller gives a mutation (before the schema's defaults): a misspelled name or argument does not compile. */
export type MutatorInput<N extends MutatorName> = z.input<(typeof mutators)[N]['args']>;

export function isMutatorName(name: string): name is MutatorName {
  return Object.hasOwn(mutators, name);
}

/**
 * Validates and applies one named mutation. Throws MutationError for unknown names, bad arguments
 * and refusals by the mutator itself; any other error is a fault of the store, not of the input.
 */
export async function applyMutation(tx: MutationTx, name: string, args: unknown): Promise<void> {
  if (!isMutatorName(name)) throw new MutationError('unknown-mutation', `Unknown mutation "${name}".`);
  const mutator = mutators[name];
  const parsed = mutator.args.safeParse(args);
  if (!parsed.success) throw new MutationError('invalid-args', z.prettifyError(parsed.error));
  await (mutator.apply as (tx: MutationTx, args: unknown) => Promise<void>)(tx, parsed.data);
}
