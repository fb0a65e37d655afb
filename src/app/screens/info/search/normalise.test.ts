import { describe, expect, it } from 'vitest';
import { foldForSearch } from './normalise';

describe('foldForSearch', () => {
  it('folds case and accents (Latin and Cyrillic letters alike)', () => {
    expect(foldForSearch('Überweisung')).toBe('uberweisung');
    expect(foldForSearch('café')).toBe(foldForSearch('cafe'));
    expect(foldForSearch('Oekraïne')).toBe('oekraine');
    expect(foldForSearch('İstanbul')).toBe('istanbul');
    expect(foldForSearch('ılık')).toBe('ilik');
    expect(foldForSearch('Київ')).toBe(foldForSearch('киів'));
  });

  it('makes the Arabic alef variants one alef', () => {
    const alef = foldForSearch('ا');
    for (const variant of ['أ', 'إ', 'آ', 'ٱ']) expect(foldForSearch(variant)).toBe(alef);
    expect(foldForSearch('الإيجار')).toBe(foldForSearch('الايجار'));
  });

  it('folds tā’ marbūṭa into hā’ and alif maqṣūra into yā’', () => {
    expect(foldForSearch('العائلة')).toBe(foldForSearch('العائله'));
    expect(foldForSearch('مستشفى')).toBe(foldForSearch('مستشفي'));
  });

  it('reads Persian yeh and keheh as their Arabic letters, either way round', () => {
    expect(foldForSearch('پزشک')).toBe(foldForSearch('پزشك'));
    expect(foldForSearch('ایران')).toBe(foldForSearch('ايران'));
  });

  it('drops tashkeel, the tatweel and zero-width joiners', () => {
    expect(foldForSearch('عَقْدُ')).toBe(foldForSearch('عقد'));
    expect(foldForSearch('طبـــيب')).toBe(foldForSearch('طبيب'));
    expect(foldForSearch('می‌کنید')).toBe(foldForSearch('میکنید'));
  });

  it('reads Arabic-Indic and Persian digits as 0-9', () => {
    expect(foldForSearch('١١٢')).toBe('112');
    expect(foldForSearch('۱۱۲')).toBe('112');
  });

  it('leaves a script it need not fold as it is (Tigrinya)', () => {
    expect(foldForSearch('ሓኪም')).toBe('ሓኪም');
  });

  it('keeps letters apart that differ (the check can fail)', () => {
    expect(foldForSearch('ب')).not.toBe(foldForSearch('ت'));
    expect(foldForSearch('huur')).not.toBe(foldForSearch('hoor'));
  });
});
