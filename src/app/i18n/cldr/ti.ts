import dates from 'cldr-dates-full/main/ti/ca-gregorian.json';
import numbers from 'cldr-numbers-full/main/ti/numbers.json';
import { loadedLocale } from '../cldrFormat';

// CLDR's data for this language, one chunk (see localeData.ts).
export default loadedLocale(dates.main.ti.dates.calendars.gregorian, numbers.main.ti.numbers);
