import { useId } from 'react';
import { Link } from 'wouter';
import { Pictogram, type PictogramName } from '../../components/Pictogram';
import { Bilingual } from '../../reading/Bilingual';
import { ReadAloud } from '../../reading/ReadAloud';
import { useReadingT } from '../../reading/useReadingT';
import { InfoPage } from './InfoPage';
import { InfoSearch } from './search/InfoSearch';
import { GENERAL_SECTIONS, GROUP_SECTIONS, SECTIONS, type SectionId } from './sections';
import { useInfoTexts } from './useInfoTexts';
import { InfoHead } from './InfoHead';

interface Tile {
  href: string;
  picture: PictogramName;
  title: string;
  hint: string;
}

function Tiles({ tiles }: { tiles: Tile[] }) {
  return (
    <ul className="tiles">
      {tiles.map((tile) => (
        <li key={tile.href}>
          <Link href={tile.href} className="tile">
            <Pictogram name={tile.picture} size={48} />
            <span className="tile__title">{tile.title}</span>
            <span className="tile__hint">{tile.hint}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The informatiemap's front page: one big picture tile per page, for everyone, no login. */
export function InfoIndexScreen() {
  const { t, tNl, values, valuesNl } = useInfoTexts();
  const { t: tw } = useReadingT('glossary');
  const { t: ta } = useReadingT('activities');
  const { t: tl } = useReadingT('letters');
  const groupsId = useId();
  const sectionTile = (id: SectionId): Tile => ({
    href: `/info/${id}`,
    picture: SECTIONS[id].picture,
    title: t(`sections.${id}.title`, values),
    hint: t(`sections.${id}.hint`, values),
  });
  const [welcome, traject, ...rest] = GENERAL_SECTIONS.map(sectionTile);
  const general: Tile[] = [
    ...(welcome && traject ? [welcome, traject] : []),
    { href: '/info/hulp', picture: 'helpingHands', title: t('help.title'), hint: t('help.hint') },
    { href: '/info/activiteiten', picture: 'activities', title: ta('title'), hint: ta('hint') },
    ...rest,
    { href: '/info/brieven', picture: 'letters', title: tl('title'), hint: tl('hint') },
    { href: '/info/woorden', picture: 'books', title: tw('title'), hint: tw('hint') },
    { href: '/info/nood', picture: 'emergency', title: t('emergency.title'), hint: t('emergency.hint') },
  ];
  const groups = GROUP_SECTIONS.map(sectionTile);

  return (
    <InfoPage back={false} feedback="index">
      <InfoHead picture="info" size={56} title={t('index.title')} titleNl={tNl?.('index.title')} summary={t('index.summary', values)} summaryNl={tNl?.('index.summary', valuesNl)} />
      <InfoSearch />
      <a className="danger-call" href="tel:112">
        <Pictogram name="emergency" size={40} />
        <span>{t('emergency.danger')}</span>
      </a>
      <ReadAloud texts={[t('index.title'), t('index.summary', values), ...general.map((tile) => tile.title), t('index.groups'), ...groups.map((tile) => tile.title)]} />
      <nav aria-label={t('index.title')}>
        <Tiles tiles={general} />
      </nav>
      <nav aria-labelledby={groupsId}>
        <Bilingual as="h2" id={groupsId} dutch={tNl?.('index.groups')}>
          {t('index.groups')}
        </Bilingual>
        <Tiles tiles={groups} />
      </nav>
    </InfoPage>
  );
}
