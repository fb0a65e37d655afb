import { useTranslation } from 'react-i18next';
import type { ContactRow } from '../../../domain/tables';
import { Pictogram } from '../../components/Pictogram';
import { mailHref, telHref, whatsappHref } from './contactLinks';

type Reachable = Pick<ContactRow, 'name' | 'phone' | 'whatsapp' | 'email'>;

/**
 * Call, WhatsApp and e-mail in one tap each; only what the person can be reached by. Screen readers
 * hear the visible word followed by the name, so the visible text is part of the accessible name
 * in every language (WCAG 2.5.3, label in name).
 */
export function ContactActions({ contact }: { contact: Reachable }) {
  const { t } = useTranslation('mensen');
  const { name } = contact;
  return (
    <div className="actions contact-actions">
      {contact.phone && (
        <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href={telHref(contact.phone)} aria-label={`${t('action.call')} ${name}`}>
          <Pictogram name="call" size={24} /> {t('action.call')}
        </a>
      )}
      {contact.whatsapp && (
        <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={whatsappHref(contact.whatsapp)} target="_blank" rel="noreferrer" aria-label={`${t('action.whatsapp')} ${name}`}>
          <Pictogram name="talk" size={24} /> {t('action.whatsapp')}
        </a>
      )}
      {contact.email && (
        <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={mailHref(contact.email)} aria-label={`${t('action.email')} ${name}`}>
          <Pictogram name="letter" size={24} /> {t('action.email')}
        </a>
      )}
    </div>
  );
}
