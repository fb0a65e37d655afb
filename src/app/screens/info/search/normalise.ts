// One spelling for the many ways people type a word, used on the texts and on the query alike
// (issue 16): case, accents ("café", "überweisung"), Arabic letter variants (a hamza on the alef
// or not, tā' marbūṭa, alif maqṣūra, Persian yeh and keheh), vowel marks and the tatweel.

const LETTER_VARIANTS: Record<string, string> = {
  '\u0671': '\u0627', // ٱ alef wasla → ا
  '\u0629': '\u0647', // ة tā' marbūṭa → ه
  '\u0649': '\u064a', // ى alif maqṣūra → ي
  '\u06cc': '\u064a', // ی Persian yeh → ي
  '\u06d2': '\u064a', // ے yeh barree (Urdu, Pashto spellings) → ي
  '\u06a9': '\u0643', // ک keheh (Persian) → ك
  '\u06c1': '\u0647', // ہ heh goal → ه
  '\u0131': 'i', // ı dotless i (Turkish, typed on phones without the dot)
};
const VARIANT = new RegExp(`[${Object.keys(LETTER_VARIANTS).join('')}]`, 'gu');
/** Arabic-Indic and Persian digits → 0-9, so "۱۱۲" finds "112". */
const DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/gu;
/** Combining marks (accents, tashkeel, hamza above or below after NFKD) and the tatweel. */
const MARKS = /[\p{M}\u0640]/gu;
/** Zero-width joiners: Persian writes "می‌خواهم" with one, people often type it without. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/gu;

export function foldForSearch(text: string): string {
  // Lower case first: "İ" lowers to "i" + a combining dot, which the mark removal then drops.
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(ZERO_WIDTH, '')
    .replace(VARIANT, (c) => LETTER_VARIANTS[c] ?? c)
    .replace(DIGITS, (d) => String((d.codePointAt(0) ?? 0) & 0xf))
    .normalize('NFC');
}
