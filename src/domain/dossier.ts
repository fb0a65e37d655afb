import { z } from './zod';
import {
  APPOINTMENT_KINDS,
  APPOINTMENT_STATUSES,
  BRING_ITEMS,
  CHECKLIST_KINDS,
  CHECKLIST_STATUSES,
  CONTACT_ROLES,
  COURSE_STATUSES,
  DOELGROEPEN,
  LEERROUTES,
  PAYMENT_KINDS,
  PAYMENT_STATUSES,
  STEP_KINDS,
  STEP_STATUSES,
  WEEKDAYS,
} from './enums';

// The dossier import format (docs/api.md, "Dossier import"): what a municipal case system sends. Every object is
// strict, so a misspelt field is a clear 400 rather than data silently dropped.

const isoDate = z.iso.date();
const isoDateTime = z.iso.datetime({ offset: true });
const itemId = z.string().min(1).max(64).regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, . _ - only');
const shortText = z.string().max(200);
const longText = z.string().max(4000);
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:mm');

/** An array of items whose ids must be unique within the dossier. */
function itemList<T extends z.ZodType<{ id: string }>>(item: T, max: number) {
  return z
    .array(item)
    .max(max)
    .refine((items) => new Set(items.map((i) => i.id)).size === items.length, 'ids must be unique');
}

export const DOSSIER_ID = /^[a-z0-9][a-z0-9-]{2,63}$/;
export const dossierIdSchema = z.string().regex(DOSSIER_ID, 'lowercase letters, digits and -, 3 to 64');

export const stepSchema = z.strictObject({
  id: itemId,
  kind: z.enum(STEP_KINDS),
  status: z.enum(STEP_STATUSES),
  date: isoDate.nullish(),
  note: longText.optional(),
});

export const contactSchema = z.strictObject({
  id: itemId,
  role: z.enum(CONTACT_ROLES),
  name: shortText.min(1),
  organisation: shortText.optional(),
  phone: z.string().regex(/^\+?[0-9 ()-]{6,20}$/).optional(),
  whatsapp: z.string().regex(/^\+?[0-9 ()-]{6,20}$/).optional(),
  email: z.email().max(200).optional(),
  availability: shortText.optional(),
  /** Optional, structured: when to reach this person, shown in the reader's language. */
  availabilityHours: z
    .array(
      z.strictObject({
        days: z.array(z.enum(WEEKDAYS)).min(1).max(7),
        from: clockTime,
        to: clockTime,
      }),
    )
    .max(14)
    .optional(),
});

export const appointmentSchema = z.strictObject({
  id: itemId,
  kind: z.enum(APPOINTMENT_KINDS),
  title: shortText.min(1),
  start: isoDateTime,
  end: isoDateTime,
  location: z
    .strictObject({ name: shortText, address: shortText.optional() })
    .optional(),
  status: z.enum(APPOINTMENT_STATUSES),
  bring: shortText.optional(),
  /** Optional, structured: what to bring, shown as pictures in the reader's language. */
  bringItems: z.array(z.enum(BRING_ITEMS)).max(BRING_ITEMS.length).optional(),
  note: longText.optional(),
});

export const paymentSchema = z.strictObject({
  id: itemId,
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM'),
  kind: z.enum(PAYMENT_KINDS),
  payee: shortText.min(1),
  amountCents: z.number().int().min(0).max(100_000_000),
  status: z.enum(PAYMENT_STATUSES),
  date: isoDate.nullish(),
});

export const ontzorgenSchema = z.strictObject({
  start: isoDate,
  end: isoDate,
  course: z.enum(COURSE_STATUSES),
  payments: itemList(paymentSchema, 500),
});

export const checklistItemSchema = z.strictObject({
  id: itemId,
  kind: z.enum(CHECKLIST_KINDS),
  status: z.enum(CHECKLIST_STATUSES),
  note: longText.optional(),
});

export const dossierImportSchema = z.strictObject({
  id: dossierIdSchema,
  gemeente: z.string().regex(/^[a-z][a-z0-9-]{1,40}$/),
  firstName: z.string().min(1).max(80),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/),
  doelgroep: z.enum(DOELGROEPEN),
  leerroute: z.enum(LEERROUTES).nullable(),
  termijn: z.strictObject({ start: isoDate, end: isoDate }),
  steps: itemList(stepSchema, 200),
  contacts: itemList(contactSchema, 100),
  appointments: itemList(appointmentSchema, 2000),
  ontzorgen: ontzorgenSchema.nullish(),
  checklist: itemList(checklistItemSchema, 200),
});

export type DossierImport = z.infer<typeof dossierImportSchema>;
export type Step = z.infer<typeof stepSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type Appointment = z.infer<typeof appointmentSchema>;
export type Payment = z.infer<typeof paymentSchema>;
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
