import { useTranslation } from 'react-i18next';
import type { ContactRow } from '../../../domain/tables';
import { rolePictogram } from '../../components/kindPictograms';
import { Pictogram } from '../../components/Pictogram';
import { DutchText } from '../../reading/DutchText';
import { ContactActions } from './ContactActions';
import { Hours } from './Hours';
import { useRoleName } from './useRoleName';

/** One contact person: who, what they help with, when to reach them, and one-tap actions. */
export function ContactCard({ contact }: { contact: ContactRow }) {
  const { t } = useTranslation('mensen');
  const roleName = useRoleName();
  const titleId = `contact-${contact.id}`;
  return (
    <article className="card contact" aria-labelledby={titleId}>
      <div className="contact__head">
        <span className="contact__photo">
          <Pictogram name={rolePictogram(contact.role)} size={48} />
        </span>
        <div>
          <h2 className="utrecht-heading-2" id={titleId} dir="auto">
            {contact.name}
          </h2>
          <p className="utrecht-paragraph contact__role">{roleName(contact.role)}</p>
          {contact.organisation && (
            <p className="utrecht-paragraph contact__organisation" dir="auto">
              {contact.organisation}
            </p>
          )}
        </div>
      </div>
      <p className="utrecht-paragraph contact__helps">{t(`role.${contact.role}.helps`)}</p>
      {contact.availabilityHours && contact.availabilityHours.length > 0 ? (
        <div className="with-icon">
          <Pictogram name="agenda" size={24} label={t('availability')} />
          <Hours hours={contact.availabilityHours} />
        </div>
      ) : (
        contact.availability && (
          <div className="with-icon">
            <Pictogram name="agenda" size={24} label={t('availability')} />
            <DutchText text={contact.availability} />
          </div>
        )
      )}
      <ContactActions contact={contact} />
      {contact.phone && (
        <p className="utrecht-paragraph contact__number">
          <span dir="ltr">{contact.phone}</span>
        </p>
      )}
    </article>
  );
}
