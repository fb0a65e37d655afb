import type { Actor } from './access';
import type { MutatorName } from './mutators';

// Who may use which mutation (docs/api.md, "Mutations"). The server enforces it for every pushed
// mutation; the app may use it to offer only what will be accepted. A Record over every mutator
// name, so a new mutator does not compile until someone has decided who may use it. Who may read
// which table is TABLE_READERS in access.ts.

export const MUTATION_ACTORS: Record<MutatorName, readonly Actor[]> = {
  'appointment.setAttendance': ['inburgeraar'],
  'checklist.setStatus': ['inburgeraar', 'begeleider', 'consulent'],
  'question.ask': ['inburgeraar'],
  'share.create': ['inburgeraar'],
  'share.revoke': ['inburgeraar'],
  'visit.addNote': ['begeleider', 'consulent'],
  'appointment.upsert': ['consulent'],
  'step.update': ['consulent'],
  // Which questions each may answer is decided per question by its contactRole
  // (questionRecipients.ts, checked by the mutator with the role the server sets).
  'question.answer': ['begeleider', 'consulent'],
};

export { answererOf, answersInApp, mayAnswer } from './questionRecipients';

/** Helpers read along; they never write (their devices' pushes are refused as 'read-only'). */
export function mayUseMutation(actor: Actor, name: MutatorName): boolean {
  return MUTATION_ACTORS[name].includes(actor);
}
