import { useId, useState } from 'react';
import type { Topic } from '../../../gemeenten';
import { Pictogram } from '../../components/Pictogram';
import { SOURCE_LANGUAGE } from '../../i18n/languages';
import { Bilingual } from '../../reading/Bilingual';
import { useReadingT } from '../../reading/useReadingT';
import nlInfo from '../../../../locales/nl/info.json';
import { Lines } from './Lines';
import { PartnerContact } from './PartnerCard';
import { isDescribedRole } from './RoleColumn';
import { partnerKey } from './gemeenteTexts';
import { useInfoTexts } from './useInfoTexts';

type TopicId = keyof typeof nlInfo.topics;

/** Topic ids come from the municipality config; only those with texts are shown. */
function isTopicId(id: string): id is TopicId {
  return Object.hasOwn(nlInfo.topics, id);
}

/** Who answers this topic here, what they can do for you, and how to reach them. */
function Answer({ topic, topicId, id }: { topic: Topic; topicId: TopicId; id: string }) {
  const { gemeente, t, tNl, tDutch, language, values, valuesNl } = useInfoTexts();
  const { t: tg } = useReadingT('gemeente');
  const partner = gemeente.partners.find((p) => p.id === topic.partnerId);
  const key = partner ? partnerKey(gemeente.id, partner.id) : undefined;
  return (
    <div id={id} className="topic__answer" role="region" aria-label={t(`topics.${topicId}.question`)}>
      <p className="utrecht-paragraph topic__who">
        <span className="hint">{t('help.askWho')}</span>
        {isDescribedRole(topic.role) && <strong>{t(`roles.${topic.role}.name`)}</strong>}
        {isDescribedRole(topic.role) && language !== SOURCE_LANGUAGE && (
          <span className="official-name" lang="nl">
            {tDutch(`roles.${topic.role}.name`)}
          </span>
        )}
        {partner && <strong>{partner.name}</strong>}
      </p>
      <Bilingual dutch={tNl?.(`topics.${topicId}.answer`)}>{t(`topics.${topicId}.answer`)}</Bilingual>
      {key ? (
        <Lines text={tg(`${key}.helpsWith`, values)} />
      ) : (
        isDescribedRole(topic.role) && <Bilingual dutch={tNl?.(`roles.${topic.role}.short`, valuesNl)}>{t(`roles.${topic.role}.short`)}</Bilingual>
      )}
      {partner && <PartnerContact partner={partner} />}
    </div>
  );
}

/** "I have a question about …": tap a topic, see who to ask and what they can do for you. */
export function TopicRouter() {
  const { gemeente, t, tNl } = useInfoTexts();
  const [open, setOpen] = useState<string | null>(null);
  const baseId = useId();
  return (
    <ul className="topics">
      {gemeente.topics.map((topic) => {
        const topicId = topic.id;
        if (!isTopicId(topicId)) return null;
        const expanded = open === topicId;
        const answerId = `${baseId}-${topicId}`;
        return (
          <li key={topicId}>
            <button type="button" className="utrecht-button utrecht-button--secondary-action button--block topic__button" aria-expanded={expanded} aria-controls={answerId} onClick={() => setOpen(expanded ? null : topicId)}>
              <Pictogram name={topic.picture} size={32} />
              <Bilingual as="span" dutch={tNl?.(`topics.${topicId}.question`)}>
                {t(`topics.${topicId}.question`)}
              </Bilingual>
            </button>
            {expanded && <Answer topic={topic} topicId={topicId} id={answerId} />}
          </li>
        );
      })}
    </ul>
  );
}
