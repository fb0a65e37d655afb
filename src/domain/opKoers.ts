import type { StaffRole } from './access';
import { answererOf } from './questionRecipients';
import { answerIsCurrent, type TableRows } from './tables';

// "Op koers" (issue 13, item 3): which households of a caseload need the staff member first, and
// why. A pure function over the rows a staff device holds (sealed in its vault), so the list works
// offline and is tested without a browser.

/**
 * The reasons a household needs attention, most urgent first (the order also breaks ties):
 * - `question`: a question addressed to this staff member has no answer yet;
 * - `notComing`: the inburgeraar said "I can't come" to an appointment still to come;
 * - `absence`: repeated absence, meaning two or more "can't come" answers (REPEATED_ABSENCE) for
 *   appointments that started in the last four weeks (ABSENCE_WINDOW_DAYS). The app knows only
 *   absence that was announced; the case system's presence lists are not imported;
 * - `overdueStep`: a traject step planned for a day that has passed and not started or done;
 * - `termEnds`: the inburgeringstermijn ends within six months (or has ended).
 */
export const KOERS_FLAGS = ['question', 'notComing', 'absence', 'overdueStep', 'termEnds'] as const;
export type KoersFlag = (typeof KOERS_FLAGS)[number];

export const REPEATED_ABSENCE = 2;
export const ABSENCE_WINDOW_DAYS = 28;
export const TERM_WARNING_MONTHS = 6;

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the flags are computed from: one household's rows. */
export interface KoersHousehold {
  dossier: Pick<TableRows['dossiers'], 'firstName' | 'termijn'>;
  questions: readonly Pick<TableRows['questions'], 'contactRole' | 'answer'>[];
  attendance: readonly Pick<TableRows['attendance'], 'appointmentId' | 'attendance' | 'forStart'>[];
  appointments: readonly Pick<TableRows['appointments'], 'id' | 'start' | 'end' | 'status'>[];
  steps: readonly Pick<TableRows['steps'], 'status' | 'date'>[];
}

export interface KoersMoment {
  /** Now, in milliseconds. */
  now: number;
  /** Today's calendar date where the staff member is (YYYY-MM-DD). */
  today: string;
}

/** The date `months` calendar months after `day` (YYYY-MM-DD), clamped to the month's last day. */
export function addMonths(day: string, months: number): string {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** "Can't come" answers that are about the appointment as it is planned now (not cancelled). */
function notComingFor<H extends KoersHousehold>(household: H): H['appointments'][number][] {
  return household.attendance.flatMap((answer) => {
    if (answer.attendance !== 'not-coming') return [];
    const appointment = household.appointments.find((a) => a.id === answer.appointmentId);
    return appointment && appointment.status !== 'cancelled' && answerIsCurrent(answer, appointment) ? [appointment] : [];
  });
}

/** The flags of one household for a staff member of `role`, in KOERS_FLAGS order. */
export function koersFlags(household: KoersHousehold, role: StaffRole, at: KoersMoment): KoersFlag[] {
  const notComing = notComingFor(household);
  const since = at.now - ABSENCE_WINDOW_DAYS * DAY_MS;
  const checks: Record<KoersFlag, boolean> = {
    question: household.questions.some((q) => !q.answer && answererOf(q.contactRole) === role),
    notComing: notComing.some((a) => Date.parse(a.end) > at.now),
    absence: notComing.filter((a) => Date.parse(a.start) >= since && Date.parse(a.start) <= at.now).length >= REPEATED_ABSENCE,
    overdueStep: household.steps.some((s) => (s.status === 'todo' || s.status === 'planned') && !!s.date && s.date < at.today),
    termEnds: household.dossier.termijn.end < addMonths(at.today, TERM_WARNING_MONTHS),
  };
  return KOERS_FLAGS.filter((flag) => checks[flag]);
}

/**
 * The caseload by need: most flags first; with as many flags, the one with the most urgent flag
 * (KOERS_FLAGS order); then by first name. Every household keeps its flags for the list to show.
 */
export function byNeed<H extends KoersHousehold>(households: readonly H[], role: StaffRole, at: KoersMoment): (H & { flags: KoersFlag[] })[] {
  const urgency = (flags: KoersFlag[]) => (flags[0] === undefined ? KOERS_FLAGS.length : KOERS_FLAGS.indexOf(flags[0]));
  return households
    .map((h) => ({ ...h, flags: koersFlags(h, role, at) }))
    .sort(
      (a, b) =>
        b.flags.length - a.flags.length || urgency(a.flags) - urgency(b.flags) || a.dossier.firstName.localeCompare(b.dossier.firstName),
    );
}
