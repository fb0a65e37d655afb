import type nlLetters from '../../../../../locales/nl/letters.json';
import type { PictogramName } from '../../../components/Pictogram';

// Five drawn sample letters (issue 16): the letters newcomers get most and understand least. The
// letters themselves stay Dutch, as the real ones are (shown with lang="nl"); each marked part is a
// hotspot whose explanation is in locales/<lang>/letters.json under `letter.<letter>.<spot>`.
// Every name, address and number is made up: no real person, no real case, no real account.

type LetterTexts = typeof nlLetters.letter;
export type LetterId = keyof LetterTexts;
/** What a marked part of a letter is; each has its own label (`spot.<kind>`) in every letter. */
export type SpotKind = keyof typeof nlLetters.spot;
type SpotOf<L extends LetterId> = Exclude<keyof LetterTexts[L], 'title'> & SpotKind;

/** A line of the letter: plain Dutch text, or a marked part that explains itself when tapped. */
export type LetterLine<L extends LetterId = LetterId> = { text: string } | { text: string; spot: SpotOf<L> };

export interface SampleLetter<L extends LetterId = LetterId> {
  id: L;
  picture: PictogramName;
  /** The lines from the top of the page down: sender, addressee, date, subject, body. */
  lines: (gemeente: string) => LetterLine<L>[];
}

/** The made-up addressee every letter is for. */
const ADDRESSEE = (gemeente: string) => [{ text: 'J. Voorbeeld' }, { text: 'Voorbeeldstraat 1' }, { text: `1234 AB ${gemeente}` }];

function letter<L extends LetterId>(id: L, picture: PictogramName, lines: (gemeente: string) => LetterLine<L>[]): SampleLetter<L> {
  return { id, picture, lines };
}

export const LETTERS = [
  letter('duo', 'exam', (g) => [
    { text: 'Dienst Uitvoering Onderwijs (DUO)', spot: 'sender' },
    ...ADDRESSEE(g),
    { text: 'Datum: 2 november 2026' },
    { text: 'Onderwerp: uw inburgeringsplicht' },
    { text: 'Geachte heer, mevrouw,' },
    { text: 'U bent inburgeringsplichtig. U moet de taal leren en examens doen.', spot: 'ask' },
    { text: 'Uw inburgeringstermijn is 3 jaar. Deze termijn eindigt op 2 november 2029.', spot: 'deadline' },
    { text: 'Ons kenmerk: INB-0000-0001', spot: 'reference' },
    { text: 'Met vriendelijke groet, DUO' },
  ]),
  letter('pip', 'checklist', (g) => [
    { text: `Gemeente ${g}`, spot: 'sender' },
    ...ADDRESSEE(g),
    { text: 'Datum: 9 december 2026', spot: 'date' },
    { text: 'Onderwerp: beschikking Persoonlijk Plan Inburgering en Participatie (PIP)' },
    { text: 'Geachte heer, mevrouw,' },
    { text: 'Wij hebben besloten: u volgt de B1-route. Uw plan staat in de bijlage.', spot: 'ask' },
    { text: 'Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken na de datum van deze brief bezwaar maken.', spot: 'deadline' },
    { text: 'Zaaknummer: Z-0000-0002', spot: 'reference' },
    { text: 'Met vriendelijke groet, het college van burgemeester en wethouders' },
  ]),
  letter('toeslag', 'money', (g) => [
    { text: 'Belastingdienst/Toeslagen', spot: 'sender' },
    ...ADDRESSEE(g),
    { text: 'Datum: 15 december 2026', spot: 'date' },
    { text: 'Onderwerp: voorlopige berekening huurtoeslag 2027' },
    { text: 'U krijgt € 215 per maand huurtoeslag.', spot: 'amount' },
    { text: 'Verandert uw inkomen of uw huur? Geef het binnen 4 weken door op Mijn toeslagen.', spot: 'ask' },
    { text: 'Bent u het niet eens? Maak binnen 6 weken bezwaar.', spot: 'deadline' },
    { text: 'Kenmerk: 0000.00.000.T.01', spot: 'reference' },
  ]),
  letter('zorg', 'insurance', (g) => [
    { text: 'Zorgverzekeraar Voorbeeld', spot: 'sender' },
    ...ADDRESSEE(g),
    { text: 'Datum: 18 november 2026' },
    { text: 'Onderwerp: uw zorgverzekering in 2027' },
    { text: 'Uw premie is € 148,50 per maand. Wij schrijven dit af van uw rekening.', spot: 'amount' },
    { text: 'Uw eigen risico is € 385 per jaar.', spot: 'ask' },
    { text: 'Wilt u naar een andere verzekeraar? Dat kan tot 31 december 2026.', spot: 'deadline' },
    { text: 'Polisnummer: 000000003', spot: 'reference' },
  ]),
  letter('energie', 'energy', (g) => [
    { text: 'Energiebedrijf Voorbeeld', spot: 'sender' },
    ...ADDRESSEE(g),
    { text: 'Datum: 5 januari 2027' },
    { text: 'Onderwerp: jaarafrekening stroom en gas' },
    { text: 'U hebt meer stroom en gas gebruikt dan u betaalde. U moet € 84,20 bijbetalen.', spot: 'amount' },
    { text: 'Betaal dit vóór 5 februari 2027. Uw nieuwe termijnbedrag is € 120 per maand.', spot: 'deadline' },
    { text: 'Klantnummer: 0000004', spot: 'reference' },
  ]),
] as const satisfies readonly SampleLetter[];

export function isLetterId(id: string | undefined): id is LetterId {
  return LETTERS.some((l) => l.id === id);
}

export function letterById(id: LetterId): SampleLetter {
  const found = LETTERS.find((l) => l.id === id);
  if (!found) throw new Error(`No sample letter "${id}"`);
  return found as SampleLetter;
}
