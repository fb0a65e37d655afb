import { useId } from 'react';
import { Link } from 'wouter';
import { useDevice } from '../../../../data';
import { Pictogram } from '../../../components/Pictogram';
import { Bilingual } from '../../../reading/Bilingual';
import { useReadingT } from '../../../reading/useReadingT';

/**
 * "I got a letter I don't understand": on the inburgeraar's own phone, the question form with the
 * ready-made letter question, to whoever helps with post here (VraagScreen `?ready=letter`); on any
 * other phone, where to find who helps (the informatiemap is public).
 */
export function AskAboutLetter() {
  const { t, tNl } = useReadingT('letters');
  const device = useDevice();
  const headingId = useId();
  const own = device.status === 'activated' && device.kind === 'inburgeraar';
  return (
    <section className="card ask-letter" aria-labelledby={headingId}>
      <Bilingual as="h2" id={headingId} dutch={tNl?.('ask.title')}>
        {t('ask.title')}
      </Bilingual>
      {own ? (
        <>
          <Bilingual dutch={tNl?.('ask.hint')}>{t('ask.hint')}</Bilingual>
          <Link href="/vraag?ready=letter" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action button--block">
            <Pictogram name="question" size={28} />
            <span>{t('ask.button')}</span>
          </Link>
        </>
      ) : (
        <>
          <Bilingual dutch={tNl?.('ask.notActivated')}>{t('ask.notActivated')}</Bilingual>
          <Link href="/info/hulp" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action button--block">
            <Pictogram name="helpingHands" size={28} />
            <span>{t('ask.who')}</span>
          </Link>
        </>
      )}
    </section>
  );
}
