import { expect } from 'vitest';

// A small iCalendar (RFC 5545) reader for tests: checks the line endings and the nesting of
// BEGIN/END, and gives back each VEVENT's properties, so a test reads the feed as a calendar would.

export type ICalEvent = Record<string, string>;

export function parseICalendar(text: string): { calendar: Record<string, string>; events: ICalEvent[] } {
  expect(text.endsWith('\r\n'), 'ends with CRLF').toBe(true);
  expect(text.replaceAll('\r\n', '').includes('\n'), 'every line ends with CRLF').toBe(false);
  // Unfold: a CRLF followed by a space or tab continues the previous line.
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n').slice(0, -1);
  const calendar: Record<string, string> = {};
  const events: ICalEvent[] = [];
  const stack: string[] = [];
  let event: ICalEvent | null = null;
  for (const line of lines) {
    const colon = line.indexOf(':');
    expect(colon, `a property line: ${line}`).toBeGreaterThan(0);
    const name = line.slice(0, colon).split(';')[0] ?? '';
    const value = line.slice(colon + 1);
    if (name === 'BEGIN') {
      stack.push(value);
      if (value === 'VEVENT') event = {};
    } else if (name === 'END') {
      expect(stack.pop(), `END:${value} closes what was opened`).toBe(value);
      if (value === 'VEVENT' && event) {
        events.push(event);
        event = null;
      }
    } else if (stack.at(-1) === 'VEVENT' && event) event[name] = value;
    else if (stack.length === 1) calendar[name] = value;
  }
  expect(stack, 'every BEGIN has its END').toEqual([]);
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(calendar.VERSION).toBe('2.0');
  expect(calendar.PRODID).toBeTruthy();
  return { calendar, events };
}
