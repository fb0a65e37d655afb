import { READY_QUESTIONS } from '../../../domain/enums';
import type { PictogramName } from '../../components/Pictogram';

/**
 * Ready-made questions, one tap each. They are sent as a key with the Dutch text (the consulent
 * reads Dutch) and shown back in the reader's language: `vraag:ready.<id>`.
 */
export { READY_QUESTIONS };
export type ReadyQuestion = (typeof READY_QUESTIONS)[number];

export const READY_PICTURE = {
  callMe: 'call',
  appointment: 'agenda',
  letter: 'letter',
  lessons: 'lesson',
  money: 'money',
} as const satisfies Record<ReadyQuestion, PictogramName>;

export function isReadyQuestion(value: string | null | undefined): value is ReadyQuestion {
  return (READY_QUESTIONS as readonly string[]).includes(value ?? '');
}

/**
 * Whom a ready-made question goes to when it comes from elsewhere in the app ("I got a letter I
 * don't understand", issue 16): the role the municipality names for that topic (who helps with
 * post: the begeleider) when that role is in this dossier; else the first recipient, the
 * consulent or casusregisseur, who keeps the overview.
 */
export function recipientFor<R extends string>(ready: ReadyQuestion, topics: readonly { id: string; role: string }[], recipients: readonly R[]): R | undefined {
  const role = topics.find((topic) => topic.id === ready)?.role;
  return recipients.find((r) => r === role) ?? recipients[0];
}
