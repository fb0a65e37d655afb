// The names of the pictograms in personal.ts, known without loading that code. personal.ts is
// typed against this list, so the two cannot drift apart.
export const PERSONAL_NAMES = [
  'agenda',
  'bell',
  'bring',
  'checklist',
  'coming',
  'done',
  'exam',
  'install',
  'lesson',
  'location',
  'meeting',
  'mobile',
  'money',
  'notComing',
  'noVoice',
  'offline',
  'people',
  'question',
  'speaker',
  'syncing',
  'traject',
  'update',
  'volunteer',
  'waiting',
  'work',
] as const;

export type PersonalName = (typeof PERSONAL_NAMES)[number];
