import { APP_LANGUAGE_CODES } from './appLanguage';
import { z } from './zod';

// Local activities (issue 16): taalcafés, sport, Welzijn and library activities, free language
// help. A municipality's admin keeps them (`PUT /api/admin/activities/:id`), everyone reads them
// (`GET /api/activities`, `GET /api/activities.ics`), the informatiemap lists them by week.
// Sizes are capped so one municipality's list stays small enough to keep on a phone.

export const ACTIVITY_KINDS = ['taalcafe', 'sport', 'welzijn', 'bibliotheek', 'taalhulp', 'other'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** At most this many activities per municipality: the whole list is one small public answer. */
export const MAX_ACTIVITIES = 200;

/** A safe slug: lowercase letters, digits and single hyphens, 2–64 characters. */
export const activityIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).min(2).max(64);

// Control characters other than a line break would corrupt a calendar line or hide text.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const line = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !CONTROL.test(s) && !s.includes('\n'), 'no control characters or line breaks');
const paragraph = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !CONTROL.test(s), 'no control characters');

const TRANSLATED_LANGUAGES = APP_LANGUAGE_CODES.filter((code) => code !== 'nl');

const translationSchema = z.strictObject({ title: line(120), description: paragraph(1000) });

/** `HH:MM`, 24-hour clock, Dutch time. */
const timeOfDaySchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/);
const dateSchema = z.iso.date();
/** With an explicit offset, so the moment is unambiguous (Dutch time: +01:00 or +02:00). */
const dateTimeSchema = z.iso.datetime({ offset: true });

const HOUR = 3_600_000;

export const weeklySchema = z
  .strictObject({
    /** ISO weekday: 1 = Monday … 7 = Sunday. */
    weekday: z.int().min(1).max(7),
    startTime: timeOfDaySchema,
    endTime: timeOfDaySchema,
    from: dateSchema.optional(),
    until: dateSchema.optional(),
  })
  .refine((w) => w.endTime > w.startTime, { message: 'endTime is after startTime', path: ['endTime'] })
  .refine((w) => !w.from || !w.until || w.from <= w.until, { message: 'until is on or after from', path: ['until'] });
export type Weekly = z.infer<typeof weeklySchema>;

/** What an admin sends: `start` and `end` for one occasion, or `weekly` for a repeat, never both. */
export const activityBodySchema = z
  .strictObject({
    kind: z.enum(ACTIVITY_KINDS),
    title_nl: line(120),
    description_nl: paragraph(1000),
    translations: z.partialRecord(z.enum(TRANSLATED_LANGUAGES), translationSchema).optional(),
    start: dateTimeSchema.optional(),
    end: dateTimeSchema.optional(),
    weekly: weeklySchema.optional(),
    location: z.strictObject({ name: line(120), address: line(200) }),
    free: z.boolean(),
    /** Languages spoken there, as language codes (`nl`, `uk`, `ar`, `en` …). */
    languages: z
      .array(z.string().regex(/^[a-z]{2,3}$/))
      .max(12)
      .refine((codes) => new Set(codes).size === codes.length, 'each language once'),
    url: z
      .url({ protocol: /^https$/ })
      .max(500)
      .refine((s) => !CONTROL.test(s) && !/\s/.test(s), 'no spaces or control characters')
      .optional(),
  })
  .superRefine((a, ctx) => {
    const once = a.start !== undefined || a.end !== undefined;
    if (once === (a.weekly !== undefined)) {
      ctx.addIssue({ code: 'custom', message: 'Send start and end, or weekly; not both, not neither.', path: ['weekly'] });
      return;
    }
    if (once) {
      if (!a.start || !a.end) {
        ctx.addIssue({ code: 'custom', message: 'start and end go together.', path: [a.start ? 'end' : 'start'] });
        return;
      }
      const length = Date.parse(a.end) - Date.parse(a.start);
      if (!(length > 0 && length <= 24 * HOUR)) ctx.addIssue({ code: 'custom', message: 'end is after start, within a day.', path: ['end'] });
    }
  });
export type ActivityBody = z.infer<typeof activityBodySchema>;

export const activitySchema = z.strictObject({
  id: activityIdSchema,
  ...activityBodySchema.shape,
  updatedAt: z.iso.datetime(),
});
export type Activity = z.infer<typeof activitySchema>;

/** `GET /api/activities` and what the phone keeps of it. */
export const activitiesResponseSchema = z.strictObject({
  gemeente: z.string(),
  activities: z.array(activitySchema).max(MAX_ACTIVITIES),
});
export type ActivitiesResponse = z.infer<typeof activitiesResponseSchema>;
