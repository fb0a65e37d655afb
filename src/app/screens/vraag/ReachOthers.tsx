import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactRow } from '../../../domain/tables';
import { rolePictogram } from '../../components/kindPictograms';
import { Pictogram } from '../../components/Pictogram';
import { ContactActions } from '../mensen/ContactActions';
import { useRoleName } from '../mensen/useRoleName';

/**
 * The people of the dossier who do not answer questions in the app (a teacher, a werkconsulent):
 * a question to them would stay unread, so the app offers their phone or WhatsApp instead.
 */
export function ReachOthers({ contacts }: { contacts: ContactRow[] }) {
  const { t } = useTranslation('vraag');
  const roleName = useRoleName();
  const id = useId();
  if (contacts.length === 0) return null;
  return (
    <section className="card reach-others" aria-labelledby={`${id}-title`}>
      <h2 className="utrecht-heading-2" id={`${id}-title`}>{t('others.title')}</h2>
      <p className="utrecht-paragraph">{t('others.intro')}</p>
      <ul className="reach-others__list">
        {contacts.map((c) => (
          <li key={c.id}>
            <p className="utrecht-paragraph with-icon">
              <Pictogram name={rolePictogram(c.role)} size={32} />
              <span className="recipient">
                <span dir="auto">{c.name}</span>
                <span className="recipient__role">{roleName(c.role)}</span>
              </span>
            </p>
            <ContactActions contact={c} />
          </li>
        ))}
      </ul>
    </section>
  );
}
