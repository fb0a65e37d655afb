import { SCREEN_PATHS, type ScreenPath } from './screenPaths';
import { z } from './zod';

// Web Push (issue 13, item 4; docs/api.md, "Notifications"). What a device sends to subscribe, and
// what a notification carries: the kind of change and the screen to open, never a name or free
// text. The service worker (public/push-sw.js, texts from locales/<lang>/push.json) turns the kind
// into a sentence in the device's language.

const base64url = (max: number) => z.string().min(1).max(max).regex(/^[A-Za-z0-9_-]+={0,2}$/, 'base64url');

/** The browser's `PushSubscription.toJSON()`; `expirationTime` is allowed and ignored. */
export const pushSubscriptionSchema = z.object({
  endpoint: z.string().min(1).max(1024).url(),
  expirationTime: z.number().nullish(),
  keys: z.strictObject({
    /** The browser's P-256 public key: 65 bytes, 87 characters of base64url. */
    p256dh: base64url(128),
    /** The 16-byte auth secret: 22 characters. */
    auth: base64url(64),
  }),
});
export type PushSubscriptionJson = z.infer<typeof pushSubscriptionSchema>;

export const pushKeyResponseSchema = z.strictObject({ publicKey: z.string() });

/** What a notification can say. `term-end-N`: the integration term ends in N months. */
export const PUSH_KINDS = ['appointment', 'answer', 'step', 'payment', 'term-end-6', 'term-end-3', 'term-end-1', 'question', 'not-coming'] as const;
export type PushKind = (typeof PUSH_KINDS)[number];

/** The screen a notification opens. Staff open their caseload: a path never names a dossier. */
export const PUSH_PATHS: Record<PushKind, ScreenPath> = {
  appointment: SCREEN_PATHS.agenda,
  answer: SCREEN_PATHS.vraag,
  step: SCREEN_PATHS.traject,
  payment: SCREEN_PATHS.geld,
  'term-end-6': SCREEN_PATHS.traject,
  'term-end-3': SCREEN_PATHS.traject,
  'term-end-1': SCREEN_PATHS.traject,
  question: SCREEN_PATHS.home,
  'not-coming': SCREEN_PATHS.home,
};

export const pushPayloadSchema = z.strictObject({ kind: z.enum(PUSH_KINDS), path: z.string() });
export type PushPayload = z.infer<typeof pushPayloadSchema>;
