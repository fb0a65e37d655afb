import type { QuestionRow } from '../../domain/tables';
import { readLiveRows, type Db } from './rows';

/** The questions the inburgeraar asked (`question.ask`), oldest first. */
export async function listQuestions(db: Db, dossierId: string): Promise<QuestionRow[]> {
  const rows = await readLiveRows(db, dossierId, ['questions']);
  return rows
    .map((r) => r.value as unknown as QuestionRow)
    .sort((a, b) => a.askedAt.localeCompare(b.askedAt) || a.id.localeCompare(b.id));
}
