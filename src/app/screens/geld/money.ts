// Money in the reader's language, and always the Dutch way too: letters, bank statements and the
// begeleider all write "€ 612,50", so a reader of another language can match the numbers.

function euroFormat(language: string): Intl.NumberFormat {
  const locale = Intl.NumberFormat.supportedLocalesOf([language]).length > 0 ? language : 'nl';
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
}

export function formatEuro(cents: number, language: string): string {
  return euroFormat(language).format(cents / 100);
}

/** The Dutch form, or null when it would only repeat what the reader already sees. */
export function dutchEuro(cents: number, language: string): string | null {
  if (language === 'nl') return null;
  const dutch = formatEuro(cents, 'nl');
  return dutch === formatEuro(cents, language) ? null : dutch;
}
