import type { MutatorInput } from '../domain/mutators';
import { MutationError } from '../domain/refusal';
import { changeProblemOf, clearChangeProblem, reportChangeProblem } from './changeProblems';
import { change } from './device';
import { db, syncEngine } from './instance';
import { ALL_STORES, getMeta, mutate } from './local';
import { loadMutators } from './schemasLoader';

// The data layer's face for asking with a photo (issue 16): loaded with the Vraag screen, not with
// the first screen (ESLint lets screens import it, as the other faces).

/**
 * `question.ask`, with a photo (of a letter) when there is one: the photo waits in `photos` beside
 * the outbox, in the same Dexie transaction as the question, and is sent apart once the question is
 * delivered (sync.ts `sendPhotos`; api.md "Question photos"). Only an inburgeraar's own phone asks,
 * and it keeps its outbox in the plain database.
 */
export async function askQuestion(args: MutatorInput<'question.ask'>, photo?: Blob | null): Promise<boolean> {
  if (!photo) return change('question.ask', args);
  try {
    const type = photo.type === 'image/png' ? 'image/png' : 'image/jpeg';
    // Read before the transaction: a Dexie transaction may await only Dexie.
    const bytes = await photo.arrayBuffer();
    await loadMutators();
    await db.transaction('rw', [...ALL_STORES], async () => {
      const dossierId = await getMeta<string>(db, 'dossierId');
      if (!dossierId) throw new MutationError('not-activated', 'This device is not activated.');
      await db.photos.put({ questionId: args.id, dossierId, type, bytes });
      await mutate(db, 'question.ask', { ...args, photo: { type, bytes: bytes.byteLength } });
    });
  } catch (error) {
    reportChangeProblem(changeProblemOf(error));
    return false;
  }
  clearChangeProblem();
  void syncEngine.sync();
  return true;
}

