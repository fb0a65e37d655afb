import { sql } from 'kysely';
import { PHOTO_MAX_BYTES, sniffPhotoType, type PhotoType } from '../../domain/questionPhoto';
import { rowKey, type QuestionRow } from '../../domain/tables';
import type { Db } from './rows';

// The photo that came with a question (issue 16; migration 0011, api.md "Question photos").

/** The live question row, or undefined when there is none (never asked, or deleted). */
async function liveQuestion(db: Db, dossierId: string, questionId: string): Promise<QuestionRow | undefined> {
  const row = await db
    .selectFrom('row')
    .select('value')
    .where('dossier_id', '=', dossierId)
    .where('tbl', '=', 'questions')
    .where('key', '=', rowKey(dossierId, questionId))
    .where('deleted', '=', 0)
    .executeTakeFirst();
  return row?.value ? (JSON.parse(row.value) as QuestionRow) : undefined;
}

export type StorePhotoResult = 'stored' | 'already-stored' | 'no-question' | 'bad-photo';

/**
 * Stores the photo of the inburgeraar's question, once: the question must exist and say a photo
 * of this type and size comes with it, and the bytes must be that image (their first bytes), not
 * larger than PHOTO_MAX_BYTES. A second upload of the same question keeps the first (a phone that
 * never got the answer sends again).
 */
export async function storeQuestionPhoto(db: Db, dossierId: string, questionId: string, bytes: Uint8Array, now = new Date()): Promise<StorePhotoResult> {
  const question = await liveQuestion(db, dossierId, questionId);
  if (!question?.photo) return 'no-question';
  const type = sniffPhotoType(bytes);
  if (bytes.length > PHOTO_MAX_BYTES || type !== question.photo.type || bytes.length !== question.photo.bytes) return 'bad-photo';
  const inserted = await db
    .insertInto('question_photo')
    .values({ dossier_id: dossierId, question_id: questionId, content_type: type, data: Buffer.from(bytes).toString('base64'), created_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['dossier_id', 'question_id']).doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0 ? 'stored' : 'already-stored';
}

export interface StoredPhoto {
  type: PhotoType;
  bytes: Buffer;
  /** To whom the question is addressed: who besides the asker may see it. */
  contactRole: string;
}

/** The photo of a live question, or undefined (none sent, the question gone, or removed by age). */
export async function readQuestionPhoto(db: Db, dossierId: string, questionId: string): Promise<StoredPhoto | undefined> {
  const question = await liveQuestion(db, dossierId, questionId);
  if (!question) return undefined;
  const photo = await db
    .selectFrom('question_photo')
    .select(['content_type', 'data'])
    .where('dossier_id', '=', dossierId)
    .where('question_id', '=', questionId)
    .executeTakeFirst();
  if (!photo) return undefined;
  const bytes = Buffer.from(photo.data, 'base64');
  // Checked again on the way out: what is served is only ever the image type its bytes say.
  const type = sniffPhotoType(bytes);
  return type ? { type, bytes, contactRole: question.contactRole } : undefined;
}

/**
 * Photos that have done their job: older than `cutoff`, or whose question is gone (deleted, or
 * its dossier). Returns how many went.
 */
export async function purgeQuestionPhotos(trx: Db, cutoff: string): Promise<number> {
  const old = await trx.deleteFrom('question_photo').where('created_at', '<', cutoff).executeTakeFirst();
  // The row key of a question is "<dossier>/<question>" (rowKey), in SQL on both backends.
  const orphaned = await trx
    .deleteFrom('question_photo')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('row')
            .select('row.key')
            .where('row.tbl', '=', 'questions')
            .where('row.deleted', '=', 0)
            .whereRef('row.dossier_id', '=', 'question_photo.dossier_id')
            .where(sql<boolean>`row.key = question_photo.dossier_id || '/' || question_photo.question_id`),
        ),
      ),
    )
    .executeTakeFirst();
  return Number(old.numDeletedRows) + Number(orphaned.numDeletedRows);
}
