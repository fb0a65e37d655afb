import { describe, expect, it } from 'vitest';
import { appointmentsToICalendar, icsFileName } from './calendar';
import type { Appointment } from './dossier';

const lesson: Appointment = {
  id: 'les-1',
  kind: 'taalles',
  title: 'Nederlandse les',
  start: '2026-11-24T09:00:00+01:00',
  end: '2026-11-24T12:00:00+01:00',
  location: { name: 'Taalschool Sagenn', address: 'Generaal Spoorlaan 112, Rijswijk' },
  status: 'planned',
  bring: 'je lesboek',
};

/** Unfolds RFC 5545 continuation lines and splits on CRLF. */
const lines = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');

describe('appointmentsToICalendar', () => {
  it('writes a valid calendar with CRLF line endings and times in UTC', () => {
    const ics = appointmentsToICalendar([lesson], 'rw-test-0001');
    expect(ics.split('\n').every((l, i, all) => i === all.length - 1 || l.endsWith('\r'))).toBe(true);
    const l = lines(ics);
    expect(l[0]).toBe('BEGIN:VCALENDAR');
    expect(l).toContain('VERSION:2.0');
    expect(l).toContain('BEGIN:VEVENT');
    expect(l).toContain('DTSTART:20261124T080000Z');
    expect(l).toContain('DTEND:20261124T110000Z');
    expect(l).toContain('UID:les-1.rw-test-0001@thuis-in-rijswijk');
    expect(l).toContain('STATUS:CONFIRMED');
    expect(l).toContain('DESCRIPTION:Neem mee: je lesboek');
    expect(l).toContain('LOCATION:Taalschool Sagenn\\, Generaal Spoorlaan 112\\, Rijswijk');
    expect(l.filter((x) => x === 'END:VCALENDAR')).toHaveLength(1);
  });

  it('marks a cancelled appointment as CANCELLED, without a reminder', () => {
    const ics = appointmentsToICalendar([{ ...lesson, status: 'cancelled' }], 'rw-test-0001');
    const l = lines(ics);
    expect(l).toContain('STATUS:CANCELLED');
    expect(l).toContain('SUMMARY:Gaat niet door: Nederlandse les');
    expect(l).not.toContain('BEGIN:VALARM');
  });

  it('writes an empty calendar when there is nothing planned', () => {
    const l = lines(appointmentsToICalendar([], 'rw-test-0001'));
    expect(l).toContain('BEGIN:VCALENDAR');
    expect(l).not.toContain('BEGIN:VEVENT');
  });
});

describe('icsFileName', () => {
  it('makes a plain file name from the title and date', () => {
    expect(icsFileName(lesson)).toBe('nederlandse-les-2026-11-24.ics');
    expect(icsFileName({ title: 'درس', start: '2026-11-24T09:00:00+01:00' })).toBe('afspraak-2026-11-24.ics');
  });
});
