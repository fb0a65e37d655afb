import { z } from 'zod';
import { APP_LANGUAGE_CODES } from './appLanguage';

// Feedback on the informatiemap (issue 16, item 5): "did this help?" and "the text in my language
// is wrong", anonymous. What a phone sends names a page, a language, a choice and at most a short
// text; no person, device, session or time of day. The server stores the day only.

/** The pages of the informatiemap under /info/:section (src/app/screens/info/sections.ts; a test keeps them equal). */
export const INFO_SECTION_PAGES = [
  'welkom',
  'inburgering',
  'taal',
  'werk',
  'geld',
  'wonen',
  'gezondheid',
  'school',
  'oekraine',
  'azc',
  'gezinsmigranten',
] as const;

/** Every informatiemap page a person can give feedback on: the index, the sections, and /info/hulp, /woorden, /nood. */
export const FEEDBACK_PAGES = ['index', ...INFO_SECTION_PAGES, 'hulp', 'woorden', 'nood'] as const;
export type FeedbackPage = (typeof FEEDBACK_PAGES)[number];

export const FEEDBACK_CHOICES = ['helped', 'not-helped', 'wrong-language'] as const;
export type FeedbackChoice = (typeof FEEDBACK_CHOICES)[number];

export const FEEDBACK_TEXT_MAX = 500;

/** `POST /api/feedback`. `clientId` is made once per piece of feedback, so a repeat is stored once. */
export const feedbackRequestSchema = z.strictObject({
  clientId: z.uuid(),
  page: z.enum(FEEDBACK_PAGES),
  language: z.enum(APP_LANGUAGE_CODES),
  choice: z.enum(FEEDBACK_CHOICES),
  /** What is wrong, in the person's words; empty is the same as none. */
  text: z.string().trim().max(FEEDBACK_TEXT_MAX).optional(),
});
export type FeedbackRequest = z.infer<typeof feedbackRequestSchema>;

/** How many of each choice, for one page in one language. */
const countsSchema = z.strictObject({
  helped: z.number().int().nonnegative(),
  notHelped: z.number().int().nonnegative(),
  wrongLanguage: z.number().int().nonnegative(),
});
export type FeedbackCounts = z.infer<typeof countsSchema>;

export const feedbackTextSchema = z.strictObject({
  /** The day it arrived (YYYY-MM-DD), never a time. */
  day: z.iso.date(),
  choice: z.enum(FEEDBACK_CHOICES),
  text: z.string(),
});

export const FEEDBACK_LATEST_TEXTS = 20;

export const feedbackSummaryRowSchema = z.strictObject({
  page: z.enum(FEEDBACK_PAGES),
  language: z.enum(APP_LANGUAGE_CODES),
  ...countsSchema.shape,
  /** The newest texts first, at most FEEDBACK_LATEST_TEXTS. */
  latestTexts: z.array(feedbackTextSchema),
});
export type FeedbackSummaryRow = z.infer<typeof feedbackSummaryRowSchema>;

/** `GET /api/admin/feedback`. */
export const feedbackSummarySchema = z.strictObject({
  gemeente: z.string(),
  generatedAt: z.string(),
  pages: z.array(feedbackSummaryRowSchema),
});

export const feedbackQuerySchema = z.strictObject({ format: z.enum(['json', 'csv']).optional() });

export const COUNT_OF_CHOICE: Record<FeedbackChoice, keyof FeedbackCounts> = {
  helped: 'helped',
  'not-helped': 'notHelped',
  'wrong-language': 'wrongLanguage',
};

/**
 * The counts as CSV (RFC 4180, header row first). The texts stay out: free text in a spreadsheet
 * can be a formula (CSV injection), and page and language come from fixed lists, so no field needs quoting.
 */
export function feedbackCsv(rows: FeedbackSummaryRow[]): string {
  const lines = ['page,language,helped,not-helped,wrong-language'];
  for (const r of rows) lines.push([r.page, r.language, r.helped, r.notHelped, r.wrongLanguage].join(','));
  return `${lines.join('\r\n')}\r\n`;
}
