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
