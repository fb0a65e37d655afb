import { useTranslation } from 'react-i18next';
import type { ContactRow } from '../../../domain/tables';
import type { GemeenteConfig, Topic } from '../../../gemeenten';
import { Pictogram } from '../../components/Pictogram';
import type { SourceResources } from '../../i18n/i18n';
import { telHref } from './contactLinks';
import { useRoleName } from './useRoleName';

// "I have a question about money → Youssef El Amrani, your maatschappelijk begeleider, 070 …":
// the municipality's topics, each routed to the person in that role in this dossier.
// The topic texts are the informatiemap's (`info:topics.<id>.question`), so both say the same.

type TopicId = keyof SourceResources['info']['topics'];

interface Props {
  gemeente: GemeenteConfig;
  contacts: ContactRow[];
}

function TopicRow({ topic, label, gemeente, contacts }: Props & { topic: Topic; label: string }) {
  const { t } = useTranslation('mensen');
  const roleName = useRoleName();
  const person = contacts.find((c) => c.role === topic.role);
  const partner = gemeente.partners.find((p) => p.id === topic.partnerId);
  const regie = contacts.find((c) => c.role === gemeente.regieRole);
  // The person in the role; else the organisation that fills it here; else the regie role.
  const phone = person ? person.phone : partner ? partner.phone : regie?.phone;
  const callName = person?.name ?? partner?.name ?? regie?.name ?? '';
  return (
    <li className="who-helps__row">
      <Pictogram name={topic.picture} size={40} />
      <div className="who-helps__body">
        <p className="utrecht-paragraph who-helps__question">{label}</p>
        <p className="utrecht-paragraph who-helps__person">
          {person ? (
            <>
              <span dir="auto">{person.name}</span>, {t('topics.your', { role: roleName(person.role) })}
            </>
          ) : partner ? (
            <span dir="auto">{partner.name}</span>
          ) : (
            t('topics.askRegie', { role: roleName(gemeente.regieRole) })
          )}
        </p>
        {phone && (
          <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action who-helps__call" href={telHref(phone)} aria-label={`${t('action.call')} ${callName || phone}`}>
            <Pictogram name="call" size={24} /> {t('action.call')}
          </a>
        )}
      </div>
    </li>
  );
}

export function TopicRouter({ gemeente, contacts }: Props) {
  const { t, i18n } = useTranslation('mensen');
  const { t: tInfo } = useTranslation('info');
  // A topic added to a configuration before its text exists is left out rather than shown as a key.
  const known = (id: string): id is TopicId => i18n.exists(`topics.${id}.question`, { ns: 'info' });
  return (
    <section className="card" aria-labelledby="topics-title">
      <h2 id="topics-title" className="utrecht-heading-2 with-icon">
        <Pictogram name="question" size={32} /> {t('topics.title')}
      </h2>
      <p className="utrecht-paragraph">{t('topics.intro')}</p>
      <ul className="plain-list who-helps">
        {gemeente.topics.map((topic) =>
          known(topic.id) ? (
            <TopicRow key={topic.id} topic={topic} label={tInfo(`topics.${topic.id}.question`)} gemeente={gemeente} contacts={contacts} />
          ) : null,
        )}
      </ul>
    </section>
  );
}
