import { describe, expect, it } from 'vitest';
import { anActivity } from '../../tests/support/activityBuilders';
import { activityBodySchema } from './activities';
import { amsterdamMoment } from './amsterdamTime';
import { occasionsByWeek } from './activityWeeks';

// Wednesday 9 December 2026, 10:00 Dutch time.
const NOW = new Date('2026-12-09T09:00:00Z');

describe('activities by week', () => {
  it('expands a weekly repeat into this week and next week, leaving out a day already over', () => {
    const monday = anActivity({ id: 'taalcafe', weekly: { weekday: 1, startTime: '14:00', endTime: '16:00' } });
    const thursday = anActivity({ id: 'sport', weekly: { weekday: 4, startTime: '19:00', endTime: '20:30' } });
    const weeks = occasionsByWeek([monday, thursday], NOW);
    expect(weeks.thisWeek.map((o) => [o.activity.id, o.start])).toEqual([['sport', '2026-12-10T19:00:00+01:00']]);
    expect(weeks.nextWeek.map((o) => [o.activity.id, o.start])).toEqual([
      ['taalcafe', '2026-12-14T14:00:00+01:00'],
      ['sport', '2026-12-17T19:00:00+01:00'],
    ]);
    expect(weeks.later).toEqual([]);
  });

  it('keeps an occasion that is still going on', () => {
    const now = anActivity({ id: 'nu', weekly: { weekday: 3, startTime: '09:30', endTime: '11:00' } });
    expect(occasionsByWeek([now], NOW).thisWeek.map((o) => o.start)).toEqual(['2026-12-09T09:30:00+01:00']);
  });

  it('respects from and until, and shows a repeat that starts later once under later', () => {
    const ended = anActivity({ id: 'voorbij', weekly: { weekday: 5, startTime: '10:00', endTime: '11:00', until: '2026-12-10' } });
    const starts = anActivity({ id: 'januari', weekly: { weekday: 2, startTime: '10:00', endTime: '11:00', from: '2027-01-05' } });
    const weeks = occasionsByWeek([ended, starts], NOW);
    expect(weeks.thisWeek).toEqual([]);
    expect(weeks.nextWeek).toEqual([]);
    expect(weeks.later.map((o) => [o.activity.id, o.start])).toEqual([['januari', '2027-01-05T10:00:00+01:00']]);
  });

  it('groups one-offs by their Dutch day, in time order, and leaves past ones out', () => {
    const past = anActivity({ id: 'gisteren', weekly: undefined, start: '2026-12-08T10:00:00+01:00', end: '2026-12-08T11:00:00+01:00' });
    // 23:30 UTC on Sunday 13 December is 00:30 on Monday 14 December in Amsterdam: next week.
    const late = anActivity({ id: 'nacht', weekly: undefined, start: '2026-12-13T23:30:00Z', end: '2026-12-14T00:30:00Z' });
    const later = anActivity({ id: 'later', weekly: undefined, start: '2027-02-01T10:00:00+01:00', end: '2027-02-01T12:00:00+01:00' });
    const weeks = occasionsByWeek([later, late, past], NOW);
    expect(weeks.thisWeek).toEqual([]);
    expect(weeks.nextWeek.map((o) => o.activity.id)).toEqual(['nacht']);
    expect(weeks.later.map((o) => o.activity.id)).toEqual(['later']);
  });

  it('keeps the Dutch wall-clock time across the switch to summer time', () => {
    const weeks = occasionsByWeek(
      [anActivity({ id: 'zomer', weekly: { weekday: 1, startTime: '14:00', endTime: '15:00' } })],
      new Date('2027-03-24T12:00:00Z'),
    );
    expect(weeks.nextWeek.map((o) => o.start)).toEqual(['2027-03-29T14:00:00+02:00']);
    expect(amsterdamMoment('2027-03-28', '03:30')).toBe('2027-03-28T03:30:00+02:00');
    expect(amsterdamMoment('2027-10-31', '12:00')).toBe('2027-10-31T12:00:00+01:00');
  });
});

describe('activity schema', () => {
  const { id: _id, updatedAt: _at, ...body } = anActivity({});

  it('accepts a weekly activity and a one-off', () => {
    expect(activityBodySchema.safeParse(body).success).toBe(true);
    const { weekly: _w, ...once } = body;
    expect(activityBodySchema.safeParse({ ...once, start: '2026-12-12T10:00:00+01:00', end: '2026-12-12T12:00:00+01:00' }).success).toBe(true);
  });

  it('refuses both or neither of a time and a repeat, an end before the start, unknown fields, control characters', () => {
    const { weekly: _w, ...once } = body;
    expect(activityBodySchema.safeParse(once).success).toBe(false);
    expect(activityBodySchema.safeParse({ ...body, start: '2026-12-12T10:00:00+01:00', end: '2026-12-12T12:00:00+01:00' }).success).toBe(false);
    expect(activityBodySchema.safeParse({ ...once, start: '2026-12-12T10:00:00+01:00', end: '2026-12-12T09:00:00+01:00' }).success).toBe(false);
    expect(activityBodySchema.safeParse({ ...body, weekly: { weekday: 1, startTime: '16:00', endTime: '14:00' } }).success).toBe(false);
    expect(activityBodySchema.safeParse({ ...body, secret: 1 }).success).toBe(false);
    expect(activityBodySchema.safeParse({ ...body, title_nl: 'Taal\r\nBEGIN:VEVENT' }).success).toBe(false);
    expect(activityBodySchema.safeParse({ ...body, url: 'http://example.org' }).success).toBe(false);
    expect(activityBodySchema.safeParse({ ...body, url: 'javascript:alert(1)' }).success).toBe(false);
    expect(activityBodySchema.safeParse({ ...body, translations: { xx: { title: 'a', description: 'b' } } }).success).toBe(false);
    expect(activityBodySchema.safeParse({ ...body, description_nl: 'x'.repeat(1001) }).success).toBe(false);
  });
});
