import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { helperReadingKey, useDossier } from '../../../data';
import type { ShareSection } from '../../../domain/access';
import { Pictogram } from '../../components/Pictogram';
import { formatDate } from '../../format';
import { changeLanguage } from '../../i18n/i18n';
import { isLanguageCode } from '../../i18n/languages';
import { Bilingual } from '../../reading/Bilingual';
import { updateReadingSettings } from '../../reading/settings';
import { useReadingT } from '../../reading/useReadingT';
import { SECTION_SCREEN } from '../registry';
import { WhatChangedCard } from '../home/changesParts';

interface Props {
  shareId: string;
  sections: ShareSection[];
  expiresAt: string;
}

/**
 * A taalmaatje's home: who they help, until when, and only the shared sections, to read along.
 *
 * Why the inburgeraar's language with the Dutch under it: the two look at one phone together, and
 * the taalmaatje's job is to practise Dutch with someone who reads their own language best. So on
 * the first visit after activation the app switches to the inburgeraar's language and switches on
 * "Dutch under each text"; the taalmaatje can still pick Dutch alone on the language screen.
 */
export function HelperHome({ shareId, sections, expiresAt }: Props) {
  const { t, i18n } = useTranslation(['helper', 'home', 'telefoon']);
  const { tNl } = useReadingT('helper');
  const dossier = useDossier();
  const language = dossier?.language;

  useEffect(() => {
    const key = helperReadingKey(shareId);
    if (!language || localStorage.getItem(key)) return;
    localStorage.setItem(key, '1');
    updateReadingSettings({ showDutch: true });
    if (isLanguageCode(language)) void changeLanguage(language);
  }, [shareId, language]);

  return (
    <>
      <section className="card helper-banner" aria-labelledby="helper-banner-title">
        <h1 id="helper-banner-title" className="utrecht-heading-1 greeting">
          <Pictogram name="volunteer" size={40} />
          <span dir="auto">{t('banner', { name: dossier?.firstName ?? '' })}</span>
        </h1>
        <Bilingual dutch={tNl?.('until', { date: formatDate(expiresAt, 'nl') })}>{t('until', { date: formatDate(expiresAt, i18n.language) })}</Bilingual>
        <p className="utrecht-paragraph with-icon">
          <Pictogram name="read" size={28} />
          <Bilingual as="span" dutch={tNl?.('readOnly')}>
            {t('readOnly')}
          </Bilingual>
        </p>
      </section>
      {/* What changed in the shared sections since this phone last looked. */}
      <WhatChangedCard />
      <nav aria-labelledby="helper-sections-title">
        <h2 className="utrecht-heading-2" id="helper-sections-title">{t('sections')}</h2>
        <ul className="tiles">
          {sections.map((s) => (
            <li key={s}>
              <Link href={SECTION_SCREEN[s].path} className="tile">
                <Pictogram name={SECTION_SCREEN[s].picture} size={48} />
                <span className="tile__title">{t(SECTION_SCREEN[s].title)}</span>
              </Link>
            </li>
          ))}
          <li>
            <Link href="/info" className="tile">
              <Pictogram name="info" size={48} />
              <span className="tile__title">{t('home:sections.info')}</span>
            </Link>
          </li>
          <li>
            <Link href="/telefoon" className="tile">
              <Pictogram name="mobile" size={48} />
              <span className="tile__title">{t('telefoon:tile')}</span>
              <span className="tile__hint">{t('telefoon:tileHint')}</span>
            </Link>
          </li>
        </ul>
      </nav>
    </>
  );
}
