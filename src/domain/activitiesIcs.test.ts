import { describe, expect, it } from 'vitest';
import { anActivity } from '../../tests/support/activityBuilders';
import { activitiesToICalendar, escapeText, foldLine } from './activitiesIcs';

const OPTIONS = { calendarName: 'Activiteiten', gemeente: 'rijswijk' };
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

describe('activities as iCalendar', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'مقهى '.repeat(40)}`;
    const folded = foldLine(line);
    const encoder = new TextEncoder();
    for (const part of folded.split('\r\n')) expect(encoder.encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
  });

  it('writes a weekly activity with a Dutch-time start, its RRULE and UNTIL in UTC', () => {
    const text = activitiesToICalendar(
      [anActivity({ weekly: { weekday: 2, startTime: '14:00', endTime: '16:00', from: '2026-12-01', until: '2027-06-30' } })],
      OPTIONS,
    );
    const lines = unfold(text).split('\r\n');
    expect(lines).toContain('DTSTART;TZID=Europe/Amsterdam:20261201T140000');
    expect(lines).toContain('DTEND;TZID=Europe/Amsterdam:20261201T160000');
    expect(lines).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630T215900Z');
    expect(lines).toContain('TZID:Europe/Amsterdam');
    expect(lines).toContain('UID:taalcafe-bieb.rijswijk@activiteiten.thuis-in-rijswijk');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('writes a one-off in Dutch time and the reader’s translation before the Dutch text', () => {
    const text = activitiesToICalendar(
      [anActivity({ weekly: undefined, start: '2026-07-01T08:00:00Z', end: '2026-07-01T10:00:00Z', title_nl: 'Sport, spel; en meer' })],
      { ...OPTIONS, language: 'ar' },
    );
    const lines = unfold(text).split('\r\n');
    expect(lines).toContain('DTSTART;TZID=Europe/Amsterdam:20260701T100000');
    expect(lines).toContain('SUMMARY:مقهى اللغة في المكتبة');
    expect(lines.find((l) => l.startsWith('DESCRIPTION:'))).toContain('\\n\\nSport\\, spel\\; en meer\\n');
  });
});
