import { describe, expect, it } from 'vitest';
import { activityBodySchema, activityIdSchema } from '../domain/activities';
import { occasionsByWeek } from '../domain/activityWeeks';
import { GEMEENTEN } from '../gemeenten';
import { demoActivitiesFor } from './demoActivities';

describe('demo activities per municipality', () => {
  it.each(Object.values(GEMEENTEN).map((g) => [g.id, g] as const))('are valid, local and current for %s', (id, gemeente) => {
    const today = new Date('2026-12-09T10:00:00Z');
    const activities = demoActivitiesFor(gemeente, today);
    expect(new Set(activities.map((a) => a.kind))).toEqual(new Set(['taalcafe', 'taalhulp', 'welzijn', 'sport', 'bibliotheek']));
    for (const { id: activityId, ...body } of activities) {
      expect(activityIdSchema.safeParse(activityId).success).toBe(true);
      const parsed = activityBodySchema.safeParse(body);
      expect(parsed.success, parsed.error?.message).toBe(true);
    }
    expect(activities.find((a) => a.kind === 'taalhulp')?.languages).toContain('uk');
    for (const other of Object.values(GEMEENTEN).filter((g) => g.id !== id)) {
      expect(JSON.stringify(activities).toLowerCase()).not.toContain(other.name.toLowerCase());
    }
    const weeks = occasionsByWeek(activities.map((a) => ({ ...a, updatedAt: today.toISOString() })), today);
    expect(weeks.thisWeek.length + weeks.nextWeek.length).toBeGreaterThan(4);
    expect(weeks.later.length).toBeGreaterThan(0);
  });
});
