import dates from 'cldr-dates-full/main/so/ca-gregorian.json';
import numbers from 'cldr-numbers-full/main/so/numbers.json';
import { loadedLocale } from '../cldrFormat';

// CLDR's data for this language, one chunk (see localeData.ts).
export default loadedLocale(dates.main.so.dates.calendars.gregorian, numbers.main.so.numbers);
