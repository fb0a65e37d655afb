import type { CldrGregorian, CldrNumbers, LoadedLocale, LocaleData } from './cldrTypes';

// A small formatter over CLDR date patterns (`EEEE d MMMM`, `HH:mm`, `y MMMM d`) and number
// symbols, for the languages the browser's Intl lacks. It knows the pattern letters the app's
// shapes use; any other letter is left out rather than shown raw.

const WEEKDAY_KEYS: Record<string, string> = { Sun: 'sun', Mon: 'mon', Tue: 'tue', Wed: 'wed', Thu: 'thu', Fri: 'fri', Sat: 'sat' };

interface Parts {
  year: number;
  month: number;
  day: number;
  weekday: string;
  hour: number;
  minute: number;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

/** The date's fields on the wall clock of a time zone. */
function partsOf(date: Date, timeZone: string): Parts {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    partsFormatters.set(timeZone, f);
  }
  const get = (type: Intl.DateTimeFormatPartTypes) => f.formatToParts(date).find((p) => p.type === type)?.value ?? '';
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    weekday: WEEKDAY_KEYS[get('weekday')] ?? 'mon',
    hour: Number(get('hour')) % 24,
    minute: Number(get('minute')),
  };
}

const digitFormatters = new Map<string, Intl.NumberFormat>();

/** An integer in the language's own digits (Pashto: ۰۱۲…), padded to `width`. */
export function digits(n: number, numberingSystem: string, width = 1): string {
  const key = `${numberingSystem}|${width}`;
  let f = digitFormatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(`en-u-nu-${numberingSystem}`, { useGrouping: false, minimumIntegerDigits: width });
    digitFormatters.set(key, f);
  }
  return f.format(n);
}

function field(letter: string, count: number, p: Parts, data: LocaleData): string {
  const ns = data.numberingSystem;
  switch (letter) {
    case 'y':
      return count === 2 ? digits(p.year % 100, ns, 2) : digits(p.year, ns);
    case 'M':
    case 'L':
      if (count >= 4) return data.months.wide[String(p.month)] ?? '';
      if (count === 3) return data.months.abbreviated[String(p.month)] ?? '';
      return digits(p.month, ns, count);
    case 'd':
      return digits(p.day, ns, count);
    case 'E':
    case 'c':
      return count >= 4 ? (data.days.wide[p.weekday] ?? '') : (data.days.abbreviated[p.weekday] ?? '');
    case 'H':
      return digits(p.hour, ns, count);
    case 'm':
      return digits(p.minute, ns, count);
    default:
      return '';
  }
}

/** Fills a CLDR date pattern; `{1} {0}` patterns (date and time) take the language's own parts. */
export function formatPattern(date: Date, data: LocaleData, pattern: string, timeZone: string): string {
  const p = partsOf(date, timeZone);
  let out = '';
  // Runs of one letter are fields; '…' is literal text ('' is a quote).
  for (const [token] of pattern.matchAll(/'(?:[^']|'')*'|([A-Za-z])\1*|[^A-Za-z']+/g)) {
    if (token.startsWith("'")) out += token.length === 2 ? "'" : token.slice(1, -1).replace(/''/g, "'");
    else if (/^[A-Za-z]/.test(token)) out += field(token.charAt(0), token.length, p, data);
    else out += token;
  }
  return out.trim();
}

export function formatWithCldr(date: Date, data: LocaleData, pattern: string, timeZone: string): string {
  if (pattern.includes('{0}')) {
    return pattern
      .replace('{1}', formatPattern(date, data, data.patterns.weekdayDayMonth, timeZone))
      .replace('{0}', formatPattern(date, data, data.patterns.time, timeZone));
  }
  return formatPattern(date, data, pattern, timeZone);
}

/** An amount with CLDR's currency pattern and symbols, e.g. `€612.50` (ti) or `612,50 €` (kmr). */
export function formatMoneyWithCldr(amount: number, data: LocaleData, symbol = '€'): string {
  const fixed = Math.abs(amount).toFixed(2);
  const [whole = '0', fraction = '00'] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const ns = data.numberingSystem;
  const localDigits = (s: string) => s.replace(/\d/g, (d) => digits(Number(d), ns));
  const number = localDigits(grouped).replace(/,/g, data.group) + data.decimal + localDigits(fraction);
  return (amount < 0 ? '-' : '') + data.currency.replace(/[#0,.]+/, number).replace('¤', symbol);
}

/** Turns CLDR's JSON into what the formatter reads; exported for tests. */
export function toLocaleData(gregorian: CldrGregorian, numbers: CldrNumbers): LocaleData {
  const formats = gregorian.dateTimeFormats.availableFormats;
  const ns = numbers.defaultNumberingSystem;
  const symbols = (numbers[`symbols-numberSystem-${ns}`] ?? numbers['symbols-numberSystem-latn']) as { decimal: string; group: string };
  const currency = (numbers[`currencyFormats-numberSystem-${ns}`] ?? numbers['currencyFormats-numberSystem-latn']) as { standard: string };
  // A long weekday with a long month, built from the short skeleton as ICU does when the long one is missing.
  const weekdayDayMonth = formats.MMMMEEEEd ?? (formats.MMMMEd ?? formats.MMMEd ?? 'E d MMM').replace(/M{3,4}/, 'MMMM').replace(/E+/, 'EEEE');
  return {
    months: gregorian.months.format,
    days: gregorian.days.format,
    patterns: {
      time: formats.Hm ?? 'HH:mm',
      weekdayDayMonth,
      dayMonth: formats.MMMd ?? 'd MMM',
      monthYearShort: formats.yMMM ?? 'MMM y',
      monthYear: formats.yMMMM ?? 'MMMM y',
      date: gregorian.dateFormats.long,
      dateTime: gregorian.dateTimeFormats.medium,
    },
    numberingSystem: ns,
    decimal: symbols.decimal,
    group: symbols.group,
    currency: currency.standard.split(';')[0] ?? '¤#,##0.00',
  };
}

/** A language's data with the formatter bound to it (what localeData.ts keeps). */
export function loadedLocale(gregorian: CldrGregorian, numbers: CldrNumbers): LoadedLocale {
  const data = toLocaleData(gregorian, numbers);
  return {
    data,
    formatDate: (date, shape, timeZone) => formatWithCldr(date, data, data.patterns[shape], timeZone),
    formatMoney: (amount) => formatMoneyWithCldr(amount, data),
  };
}
