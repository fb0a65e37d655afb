import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useCanChange, useContacts } from '../../../data';
import { Pictogram } from '../../components/Pictogram';
import { useMyGemeente } from '../../useMyGemeente';
import { ContactCard } from './ContactCard';
import { TopicRouter } from './TopicRouter';
import './mensen.css';

/** Mijn mensen: a card per contact person, then who to ask about what. */
export function MensenScreen() {
  const { t } = useTranslation('mensen');
  const contacts = useContacts();
  const gemeente = useMyGemeente();
  const canChange = useCanChange();
  if (!contacts) return null;
  return (
    <>
      <header className="screen-head">
        <Pictogram name="people" size={48} />
        <div>
          <h1 className="utrecht-heading-1">{t('title')}</h1>
          <p className="utrecht-paragraph">{t('intro')}</p>
        </div>
      </header>
      {contacts.length === 0 ? (
        <p className="utrecht-paragraph empty">{t('empty')}</p>
      ) : (
        contacts.map((c) => <ContactCard key={c.key} contact={c} />)
      )}
      {canChange && (
        <Link href="/vraag" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action button--block">
          <Pictogram name="write" size={24} /> {t('writeQuestion')}
        </Link>
      )}
      <TopicRouter gemeente={gemeente} contacts={contacts} />
    </>
  );
}
