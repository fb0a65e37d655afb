import { useTranslation } from 'react-i18next';
import { useSearch } from 'wouter';
import { useContacts, useQuestions } from '../../../data';
import { answersInApp } from '../../../domain/questionRecipients';
import type { ContactRow } from '../../../domain/tables';
import type { ContactRole } from '../../../gemeenten/types';
import { Pictogram } from '../../components/Pictogram';
import { useMyGemeente } from '../../useMyGemeente';
import { MyQuestions } from './MyQuestions';
import { QuestionForm } from './QuestionForm';
import { isReadyQuestion, recipientFor } from './readyQuestions';
import { ReachOthers } from './ReachOthers';
import './vraag.css';
import { regieContext } from '../../gemeente';

/**
 * Every role in the dossier that answers in the app once, the regie role first (also when nobody
 * fills it yet). The others have no app that answers (questionRecipients.ts): see ReachOthers.
 */
function recipientsOf(contacts: ContactRow[], regieRole: ContactRole) {
  const roles = new Set<ContactRole>([regieRole, ...contacts.map((c) => c.role)].filter(answersInApp));
  return [...roles].map((role) => {
    const contact = contacts.find((c) => c.role === role);
    return contact ? { role, contact } : { role };
  });
}

/** A question to my consulent or begeleider, written offline and sent when there is internet. */
export function VraagScreen() {
  const { t } = useTranslation('vraag');
  const contacts = useContacts();
  const questions = useQuestions();
  const gemeente = useMyGemeente();
  // `?ready=letter`: opened from elsewhere with a ready-made question (the informatiemap's letters).
  const ready = new URLSearchParams(useSearch()).get('ready');
  if (!contacts || !questions) return null;
  const recipients = recipientsOf(contacts, gemeente.regieRole);
  const preset = isReadyQuestion(ready) ? { ready, role: recipientFor(ready, gemeente.topics, recipients.map((r) => r.role)) } : undefined;
  return (
    <>
      <header className="screen-head">
        <Pictogram name="question" size={48} />
        <div>
          <h1 className="utrecht-heading-1">{t('title')}</h1>
          <p className="utrecht-paragraph">{t('intro', regieContext())}</p>
        </div>
      </header>
      <QuestionForm recipients={recipients} {...(preset ? { preset } : {})} />
      <ReachOthers contacts={contacts.filter((c) => !answersInApp(c.role) && (c.phone || c.whatsapp))} />
      <MyQuestions questions={questions} />
    </>
  );
}
