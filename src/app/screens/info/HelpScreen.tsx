import { Pictogram } from '../../components/Pictogram';
import { Bilingual } from '../../reading/Bilingual';
import { ReadAloud } from '../../reading/ReadAloud';
import { InfoPage } from './InfoPage';
import { Infographic, INFOGRAPHICS } from './infographicSlots';
import { PartnerCard } from './PartnerCard';
import { RoleColumn } from './RoleColumn';
import { TopicRouter } from './TopicRouter';
import { splitLines, useInfoTexts } from './useInfoTexts';
import { InfoHead } from './InfoHead';

/** Who helps you with what: the two main roles side by side, the topic router, the organisations. */
export function HelpScreen() {
  const { gemeente, t, tNl, values, valuesNl } = useInfoTexts();
  // Fixed ids: the "I have a question" button jumps to the topics with #vraag.
  const ids = { roles: 'rollen', topics: 'vraag', partners: 'organisaties' };
  const organisationFor = (role: string) => gemeente.partners.find((p) => p.role === role)?.name;
  const regie = gemeente.regieRole;
  const readAloud = [
    t('help.title'),
    t('help.summary'),
    t('help.rolesIntro'),
    ...[regie, 'maatschappelijk-begeleider' as const].flatMap((role) => [
      t(`roles.${role}.name`),
      t(`roles.${role}.short`),
      t('help.does'),
      ...splitLines(t(`roles.${role}.does`)),
      t('help.doesNot'),
      ...splitLines(t(`roles.${role}.doesNot`)),
    ]),
    t('help.topicsTitle'),
    t('help.topicsIntro'),
  ];

  return (
    <InfoPage feedback="hulp">
      <InfoHead picture="helpingHands" title={t('help.title')} titleNl={tNl?.('help.title')} summary={t('help.summary')} summaryNl={tNl?.('help.summary')} />
      <ReadAloud texts={readAloud} />
      <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action button--block" href={`#${ids.topics}`}>
        <Pictogram name="question" size={28} />
        {t('help.ask')}
      </a>

      <section aria-labelledby={ids.roles} className="info-section">
        <Bilingual as="h2" id={ids.roles} dutch={tNl?.('help.rolesTitle')}>
          {t('help.rolesTitle')}
        </Bilingual>
        <Bilingual dutch={tNl?.('help.rolesIntro')}>{t('help.rolesIntro')}</Bilingual>
        <Infographic slot="roles" gemeente={gemeente} />
        <div className="roles-compare">
          <RoleColumn role={regie} picture="townHall" organisation={organisationFor(regie)} showDoes={!INFOGRAPHICS.roles} />
          <RoleColumn role="maatschappelijk-begeleider" picture="helpingHands" organisation={organisationFor('maatschappelijk-begeleider')} showDoes={!INFOGRAPHICS.roles} />
        </div>
      </section>

      <section aria-labelledby={ids.partners} className="info-section">
        <Bilingual as="h2" id={ids.partners} dutch={tNl?.('help.partnersTitle', valuesNl)}>
          {t('help.partnersTitle', values)}
        </Bilingual>
        <div className="info-partners">
          {gemeente.partners.map((partner) => (
            <PartnerCard key={partner.id} partner={partner} />
          ))}
        </div>
      </section>

      <section aria-labelledby={ids.topics} className="info-section">
        <Bilingual as="h2" id={ids.topics} dutch={tNl?.('help.topicsTitle')}>
          {t('help.topicsTitle')}
        </Bilingual>
        <Bilingual dutch={tNl?.('help.topicsIntro')}>{t('help.topicsIntro')}</Bilingual>
        <TopicRouter />
      </section>
    </InfoPage>
  );
}
