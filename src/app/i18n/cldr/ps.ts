import dates from 'cldr-dates-full/main/ps/ca-gregorian.json';
import numbers from 'cldr-numbers-full/main/ps/numbers.json';
import { loadedLocale } from '../cldrFormat';

// CLDR's data for this language, one chunk (see localeData.ts).
export default loadedLocale(dates.main.ps.dates.calendars.gregorian, numbers.main.ps.numbers);
