import {
  COUNT_OF_CHOICE,
  FEEDBACK_CHOICES,
  FEEDBACK_LATEST_TEXTS,
  FEEDBACK_PAGES,
  type FeedbackChoice,
  type FeedbackRequest,
  type FeedbackSummaryRow,
} from '../../domain/feedback';
import { APP_LANGUAGE_CODES, type AppLanguageCode } from '../../domain/appLanguage';
import type { Db } from './rows';

// Anonymous feedback on the informatiemap (db/feedbackMigration.ts). Stored per municipality with
// the day it arrived; read back only as a summary for that municipality's admin token.

/** The UTC day of `now`: the only time kept with a piece of feedback. */
export const dayOf = (now: Date): string => now.toISOString().slice(0, 10);

export type StoreOutcome = 'stored' | 'repeat' | 'full';

/**
 * Stores one piece of feedback once: a second one with the same clientId (a phone that never got
 * the answer and sends again) changes nothing. 'full' when this municipality already has
 * `dailyCap` pieces today: a flood from many addresses cannot grow the table without end.
 */
export async function storeFeedback(db: Db, gemeente: string, feedback: FeedbackRequest, options: { now?: Date; dailyCap: number }): Promise<StoreOutcome> {
  const day = dayOf(options.now ?? new Date());
  const today = await db
    .selectFrom('feedback')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('gemeente', '=', gemeente)
    .where('day', '=', day)
    .executeTakeFirstOrThrow();
  if (Number(today.n) >= options.dailyCap) {
    const known = await db.selectFrom('feedback').select('client_id').where('client_id', '=', feedback.clientId).executeTakeFirst();
    return known ? 'repeat' : 'full';
  }
  const inserted = await db
    .insertInto('feedback')
    .values({
      client_id: feedback.clientId,
      gemeente,
      page: feedback.page,
      language: feedback.language,
      choice: feedback.choice,
      text: feedback.text ? feedback.text : null,
      day,
    })
    .onConflict((oc) => oc.column('client_id').doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0 ? 'stored' : 'repeat';
}

const isPage = (page: string): page is FeedbackSummaryRow['page'] => (FEEDBACK_PAGES as readonly string[]).includes(page);
const isLanguage = (language: string): language is AppLanguageCode => (APP_LANGUAGE_CODES as readonly string[]).includes(language);
const isChoice = (choice: string): choice is FeedbackChoice => (FEEDBACK_CHOICES as readonly string[]).includes(choice);

/**
 * Per page and language of this municipality: how often each choice was made, and the newest
 * texts (at most FEEDBACK_LATEST_TEXTS each). Pages in the order of FEEDBACK_PAGES, then languages
 * in the app's order.
 */
export async function feedbackSummary(db: Db, gemeente: string): Promise<FeedbackSummaryRow[]> {
  const counts = await db
    .selectFrom('feedback')
    .select((eb) => ['page', 'language', 'choice', eb.fn.countAll<number | string>().as('n')])
    .where('gemeente', '=', gemeente)
    .groupBy(['page', 'language', 'choice'])
    .execute();
  const texts = await db
    .selectFrom((eb) =>
      eb
        .selectFrom('feedback')
        .select((inner) => [
          'page',
          'language',
          'choice',
          'text',
          'day',
          inner.fn
            .agg<number>('row_number')
            .over((ob) => ob.partitionBy(['page', 'language']).orderBy('day', 'desc').orderBy('client_id'))
            .as('n'),
        ])
        .where('gemeente', '=', gemeente)
        .where('text', 'is not', null)
        .as('ranked'),
    )
    .select(['page', 'language', 'choice', 'text', 'day'])
    .where('n', '<=', FEEDBACK_LATEST_TEXTS)
    .orderBy('day', 'desc')
    .execute();

  const rows = new Map<string, FeedbackSummaryRow>();
  const rowOf = (page: string, language: string): FeedbackSummaryRow | undefined => {
    // Only values the route accepted are stored; anything else (a page removed since) is left out.
    if (!isPage(page) || !isLanguage(language)) return undefined;
    const key = `${page}\u0000${language}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { page, language, helped: 0, notHelped: 0, wrongLanguage: 0, latestTexts: [] }));
    return row;
  };
  for (const c of counts) {
    const row = rowOf(c.page, c.language);
    if (row && isChoice(c.choice)) row[COUNT_OF_CHOICE[c.choice]] += Number(c.n);
  }
  for (const t of texts) {
    const row = rowOf(t.page, t.language);
    if (row && isChoice(t.choice) && t.text) row.latestTexts.push({ day: t.day, choice: t.choice, text: t.text });
  }
  const order = (row: FeedbackSummaryRow) => FEEDBACK_PAGES.indexOf(row.page) * APP_LANGUAGE_CODES.length + APP_LANGUAGE_CODES.indexOf(row.language);
  return [...rows.values()].sort((a, b) => order(a) - order(b));
}
