import type { PictogramName } from '../../components/Pictogram';

/**
 * Ready-made questions, one tap each. They are sent in Dutch (the consulent reads Dutch) and shown
 * back in the reader's language: `vraag:ready.<id>`.
 */
export const READY_QUESTIONS = ['callMe', 'appointment', 'letter', 'lessons', 'money'] as const;
export type ReadyQuestion = (typeof READY_QUESTIONS)[number];

export const READY_PICTURE = {
  callMe: 'call',
  appointment: 'agenda',
  letter: 'letter',
  lessons: 'lesson',
  money: 'money',
} as const satisfies Record<ReadyQuestion, PictogramName>;
