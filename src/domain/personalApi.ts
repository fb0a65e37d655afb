import { z } from './zod';
import { CONTACT_ROLES } from './enums';

// Response schemas of the routes around the personal screens, shared by server, app and tests,
// so a route cannot leak a field by accident.

/** `POST /api/calendar-feed` → the private subscription address (shown once, kept on the phone). */
export const calendarFeedResponseSchema = z.strictObject({ url: z.url() });
export type CalendarFeedResponse = z.infer<typeof calendarFeedResponseSchema>;

export { CALENDAR_FEED_PATH } from './personalApiPaths';

export const adminQuestionSchema = z.strictObject({
  id: z.string(),
  contactRole: z.enum(CONTACT_ROLES),
  text: z.string(),
  askedAt: z.string(),
  /** Set once a consulent answered in the app (`question.answer`). */
  answer: z.string().optional(),
  answeredAt: z.string().optional(),
});

/** `GET /api/admin/dossiers/:id/questions` → the dossier's questions, oldest first. */
export const adminQuestionsResponseSchema = z.strictObject({ questions: z.array(adminQuestionSchema) });
export type AdminQuestionsResponse = z.infer<typeof adminQuestionsResponseSchema>;
