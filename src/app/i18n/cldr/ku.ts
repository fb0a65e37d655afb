import dates from 'cldr-dates-full/main/ku/ca-gregorian.json';
import numbers from 'cldr-numbers-full/main/ku/numbers.json';
import { loadedLocale } from '../cldrFormat';

// CLDR's data for this language, one chunk (see localeData.ts).
export default loadedLocale(dates.main.ku.dates.calendars.gregorian, numbers.main.ku.numbers);
