import { z } from './zod';
import { appointmentSchema } from './dossier';
import { STEP_STATUSES } from './enums';
import { MutationError, define, requiredDossierRef } from './mutationCore';
import { mayAnswer } from './questionRecipients';
import { attendanceAfterMove, rowKey, sameStart } from './tables';

// Changes made by staff: the begeleider's visit notes, and the consulent's appointments, traject
// steps and answers. Who may use which is decided on the server (src/domain/mutationPolicy.ts);
// these only say what the change does to the rows of the dossier they name.

const addVisitNoteArgs = z.strictObject({
  ...requiredDossierRef,
  id: z.uuid(),
  text: z.string().trim().min(1).max(4000),
});

const upsertAppointmentArgs = z.strictObject({
  ...requiredDossierRef,
  appointment: appointmentSchema.refine((a) => Date.parse(a.end) >= Date.parse(a.start), 'end must not be before start'),
});

const updateStepArgs = z.strictObject({
  ...requiredDossierRef,
  stepId: z.string().min(1).max(64),
  status: z.enum(STEP_STATUSES),
  date: z.iso.date().nullish(),
  note: z.string().max(4000).optional(),
});

const answerQuestionArgs = z.strictObject({
  ...requiredDossierRef,
  questionId: z.uuid(),
  text: z.string().trim().min(1).max(4000),
});

export const staffMutators = {
  'visit.addNote': define(addVisitNoteArgs, async (tx, args) => {
    const key = rowKey(tx.dossierId, args.id);
    // The same id twice is the same note (a retry): keep the first.
    if (await tx.get('visitNotes', key)) return;
    await tx.put('visitNotes', key, {
      dossierId: tx.dossierId,
      id: args.id,
      text: args.text,
      createdAt: tx.now,
      ...(tx.staffId ? { authorId: tx.staffId } : {}),
    });
  }),

  // Creates or replaces one appointment. The case-system import stays authoritative: a re-import
  // overwrites this appointment when it lists the same id, and deletes it when it does not (see
  // IMPORTED_TABLES). So a consulent plans here between imports, and the case system must learn
  // of it (or be the place where it is planned) for it to last.
  'appointment.upsert': define(upsertAppointmentArgs, async (tx, args) => {
    const key = rowKey(tx.dossierId, args.appointment.id);
    const before = await tx.get('appointments', key);
    // A moved appointment: the inburgeraar's answer stays, marked as given for the old time.
    if (before && !sameStart(before.start, args.appointment.start)) {
      const answer = await tx.get('attendance', key);
      const marked = answer && attendanceAfterMove(answer, before.start);
      if (marked) await tx.put('attendance', key, marked);
    }
    await tx.put('appointments', key, { ...args.appointment, dossierId: tx.dossierId });
  }),

  // Same caveat as appointment.upsert: the next import's version of the step wins.
  'step.update': define(updateStepArgs, async (tx, args) => {
    const key = rowKey(tx.dossierId, args.stepId);
    const step = await tx.get('steps', key);
    if (!step) throw new MutationError('not-found', 'This step does not exist (any more).');
    await tx.put('steps', key, {
      ...step,
      status: args.status,
      ...(args.date !== undefined ? { date: args.date } : {}),
      ...(args.note !== undefined ? { note: args.note } : {}),
    });
  }),

  // Answering again replaces the answer: the person who answered may correct a mistake. Only the
  // person the question is addressed to answers it (questionRecipients.ts): a begeleider the
  // questions to the maatschappelijk begeleider, a consulent those to the consulent/casusregisseur.
  'question.answer': define(answerQuestionArgs, async (tx, args) => {
    const key = rowKey(tx.dossierId, args.questionId);
    const question = await tx.get('questions', key);
    if (!question) throw new MutationError('not-found', 'This question does not exist (any more).');
    if (tx.staffRole && !mayAnswer(tx.staffRole, question.contactRole)) {
      throw new MutationError('not-addressed-to-you', 'This question is addressed to someone else.');
    }
    await tx.put('questions', key, {
      ...question,
      answer: args.text,
      answeredAt: tx.now,
      ...(tx.staffId ? { answeredBy: tx.staffId } : {}),
    });
  }),
};
