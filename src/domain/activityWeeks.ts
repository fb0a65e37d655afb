import type { Activity } from './activities';
import { addDays, amsterdamDate, amsterdamMoment, mondayOf, nextWeekday } from './amsterdamTime';

// The informatiemap lists activities by week: this week, next week, later. A weekly repeat is
// expanded into each of its days this week and next week; later shows what starts after that
// once (a one-off, or the first day of a repeat that has not begun yet), so the list stays short.

export type WeekGroup = 'thisWeek' | 'nextWeek' | 'later';
export const WEEK_GROUPS: readonly WeekGroup[] = ['thisWeek', 'nextWeek', 'later'];

export interface Occasion {
  activity: Activity;
  /** ISO 8601 with the Dutch offset. */
  start: string;
  end: string;
  group: WeekGroup;
}

/** How far ahead "later" looks. */
const LATER_WEEKS = 26;

function weeklyOccasions(activity: Activity, from: string, until: string): { start: string; end: string }[] {
  const weekly = activity.weekly;
  if (!weekly) return [];
  const first = nextWeekday(weekly.from && weekly.from > from ? weekly.from : from, weekly.weekday);
  const last = weekly.until && weekly.until < until ? weekly.until : until;
  const out: { start: string; end: string }[] = [];
  for (let day = first; day <= last; day = addDays(day, 7)) {
    out.push({ start: amsterdamMoment(day, weekly.startTime), end: amsterdamMoment(day, weekly.endTime) });
  }
  return out;
}

/** Every occasion from now on, grouped by week and in time order; those already over are left out. */
export function occasionsByWeek(activities: readonly Activity[], now: Date): Record<WeekGroup, Occasion[]> {
  const monday = mondayOf(now);
  const nextMonday = addDays(monday, 7);
  const laterMonday = addDays(monday, 14);
  const horizon = addDays(monday, 7 * LATER_WEEKS);
  const groupOf = (start: string): WeekGroup => {
    const day = amsterdamDate(new Date(start));
    return day < nextMonday ? 'thisWeek' : day < laterMonday ? 'nextWeek' : 'later';
  };
  const all: Occasion[] = [];
  for (const activity of activities) {
    if (activity.start && activity.end) {
      all.push({ activity, start: activity.start, end: activity.end, group: groupOf(activity.start) });
      continue;
    }
    const soon = weeklyOccasions(activity, monday, addDays(laterMonday, -1));
    const afterwards = soon.length > 0 ? [] : weeklyOccasions(activity, laterMonday, horizon).slice(0, 1);
    for (const o of [...soon, ...afterwards]) all.push({ activity, ...o, group: groupOf(o.start) });
  }
  const upcoming = all
    .filter((o) => Date.parse(o.end) > now.getTime() && amsterdamDate(new Date(o.start)) < horizon)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.activity.id.localeCompare(b.activity.id));
  return {
    thisWeek: upcoming.filter((o) => o.group === 'thisWeek'),
    nextWeek: upcoming.filter((o) => o.group === 'nextWeek'),
    later: upcoming.filter((o) => o.group === 'later'),
  };
}

