import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDay, formatDayTime, formatMonth, formatTime } from './format';
import { formatMoneyWithCldr, formatWithCldr, toLocaleData } from './i18n/cldrFormat';
import type { LocaleData } from './i18n/localeData';
import { LANGUAGES } from './i18n/languages';

// Dates in every language: no Dutch weekday or month name outside Dutch, a 24-hour clock. Node has
// full ICU, so the CLDR path (what Chromium needs for ti, so, ps, kmr) is tested on its own below.

// Dutch writes them lowercase; English capitalises the same month names.
const DUTCH_NAMES = /maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december/;
const EVENING = '2026-12-08T18:30:00+01:00';

const require = createRequire(import.meta.url);
type Gregorian = Parameters<typeof toLocaleData>[0];
type Numbers = Parameters<typeof toLocaleData>[1];
function cldr(locale: string): LocaleData {
  const read = <T,>(file: string) => (JSON.parse(readFileSync(require.resolve(file), 'utf8')) as { main: Record<string, T> }).main[locale];
  const dates = read<{ dates: { calendars: { gregorian: Gregorian } } }>(`cldr-dates-full/main/${locale}/ca-gregorian.json`);
  const numbers = read<{ numbers: Numbers }>(`cldr-numbers-full/main/${locale}/numbers.json`);
  if (!dates || !numbers) throw new Error(`no CLDR data for ${locale}`);
  return toLocaleData(dates.dates.calendars.gregorian, numbers.numbers);
}

const asLatin = (s: string) => s.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0)).replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660));

describe('dates in every language', () => {
  it.each(LANGUAGES.map((l) => l.code))('%s: no Dutch names unless Dutch, and a 24-hour clock', (lang) => {
    const shown = [formatDay(EVENING, lang), formatDate('2026-12-08', lang), formatMonth('2026-12', lang), formatDayTime(EVENING, lang)].join(' | ');
    if (lang === 'nl') expect(shown).toMatch(DUTCH_NAMES);
    else expect(shown).not.toMatch(DUTCH_NAMES);
    expect(asLatin(formatTime(EVENING, lang))).toMatch(/18.30/);
    expect(formatTime(EVENING, lang)).not.toMatch(/م|PM|ص/);
  });
});

describe('CLDR formatting for languages the browser lacks', () => {
  const date = new Date(EVENING);
  const tz = 'Europe/Amsterdam';

  it('writes Tigrinya months and weekdays from CLDR', () => {
    const ti = cldr('ti');
    expect(formatWithCldr(date, ti, ti.patterns.weekdayDayMonth, tz)).toBe('ሰሉስ፣ 8 ታሕሳስ');
    expect(formatWithCldr(date, ti, ti.patterns.time, tz)).toBe('18:30');
    expect(formatWithCldr(date, ti, ti.patterns.date, tz)).toBe('ታሕሳስ 8, 2026');
  });

  it('writes Somali, Kurmanji (CLDR ku) and Pashto with their own names, order and digits', () => {
    const so = cldr('so');
    expect(formatWithCldr(date, so, so.patterns.weekdayDayMonth, tz)).toBe('Talaado, Diseembar 8');
    const ku = cldr('ku');
    expect(formatWithCldr(date, ku, ku.patterns.monthYear, tz)).toBe('berfanbara 2026an');
    const ps = cldr('ps');
    expect(formatWithCldr(date, ps, ps.patterns.time, tz)).toBe('۱۸:۳۰');
    expect(formatWithCldr(date, ps, ps.patterns.dateTime, tz)).toContain('دسمبر');
  });

  it('writes money with CLDR’s pattern and symbols', () => {
    expect(formatMoneyWithCldr(1612.5, cldr('ti'))).toBe('€1,612.50');
    expect(formatMoneyWithCldr(1612.5, cldr('ku')).replace(/\s/g, ' ')).toBe('1.612,50 €');
    expect(formatMoneyWithCldr(612.5, cldr('ps'))).toContain('۶۱۲٫۵۰');
  });
});
