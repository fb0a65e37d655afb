import { Link, useParams } from 'wouter';
import { Pictogram } from '../../components/Pictogram';
import { ReadAloud } from '../../reading/ReadAloud';
import { useReadingT } from '../../reading/useReadingT';
import { InfoBlock } from './InfoBlock';
import { InfoPage } from './InfoPage';
import { Infographic } from './infographicSlots';
import { OntzorgenCosts } from './OntzorgenCosts';
import { PartnerCard } from './PartnerCard';
import { localBlockKey } from './gemeenteTexts';
import { blockAnchor } from './search/anchors';
import { MoreBlock, useMoreBlockTexts } from './MoreBlock';
import { withMoreBlocks } from './moreBlocks';
import { blocksFor, isSectionId, SECTIONS, type BlockDef, type SectionId } from './sections';
import { splitLines, useInfoTexts } from './useInfoTexts';
import { InfoHead } from './InfoHead';

function BlockExtra({ extra }: { extra: BlockDef['extra'] }) {
  const { gemeente } = useInfoTexts();
  if (extra === 'ontzorgenCosts') return <OntzorgenCosts />;
  if (extra === 'languageSchools') {
    const schools = gemeente.partners.filter((p) => p.role === 'taalschool');
    return schools.length ? (
      <div className="info-partners">
        {schools.map((p) => (
          <PartnerCard key={p.id} partner={p} />
        ))}
      </div>
    ) : null;
  }
  return null;
}

function Section({ id }: { id: SectionId }) {
  const { gemeente, t, tNl, values, valuesNl } = useInfoTexts();
  const { t: tg, tNl: tgNl } = useReadingT('gemeente');
  const blocks = blocksFor(id, gemeente);
  // The blocks added from the policy documents (issue 16) sit between the general ones.
  const items = withMoreBlocks(id, blocks);
  const moreTexts = useMoreBlockTexts();
  const local = (gemeente.infoBlocks[id] ?? []).flatMap((b) => {
    const key = localBlockKey(gemeente.id, id, b.id);
    return key ? [{ key, picture: b.picture, anchor: b.id }] : [];
  });

  const title = t(`sections.${id}.title`, values);
  const summary = t(`sections.${id}.summary`, values);
  const readAloud = [
    title,
    summary,
    ...items.flatMap((item) =>
      item.kind === 'more' ? moreTexts(item.more) : [t(`${item.block.key}.title`, values), ...splitLines(t(`${item.block.key}.text`, values))],
    ),
    ...local.flatMap((b) => [tg(`${b.key}.title`, values), ...splitLines(tg(`${b.key}.text`, values))]),
  ];

  return (
    <>
      <InfoHead picture={SECTIONS[id].picture} title={title} titleNl={tNl?.(`sections.${id}.title`, valuesNl)} summary={summary} summaryNl={tNl?.(`sections.${id}.summary`, valuesNl)} />
      <ReadAloud texts={readAloud} />
      <Infographic slot={SECTIONS[id].infographic} gemeente={gemeente} />
      {items.map((item) => {
        if (item.kind === 'more') return <MoreBlock key={item.more.id} def={item.more} />;
        const b = item.block;
        return (
          <InfoBlock
            key={b.key}
            anchor={blockAnchor(b.key)}
            picture={b.picture}
            title={t(`${b.key}.title`, values)}
            titleNl={tNl?.(`${b.key}.title`, valuesNl)}
            text={t(`${b.key}.text`, values)}
            textNl={tNl?.(`${b.key}.text`, valuesNl)}
          >
            {b.extra && <BlockExtra extra={b.extra} />}
          </InfoBlock>
        );
      })}
      {local.map((b) => (
        <InfoBlock
          key={b.key}
          anchor={b.anchor}
          picture={b.picture}
          tag={t('local', values)}
          title={tg(`${b.key}.title`, values)}
          titleNl={tgNl?.(`${b.key}.title`, valuesNl)}
          text={tg(`${b.key}.text`, values)}
          textNl={tgNl?.(`${b.key}.text`, valuesNl)}
        />
      ))}
      <Link href="/info/hulp" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action button--block">
        <Pictogram name="helpingHands" size={28} />
        {t('help.title')}
      </Link>
    </>
  );
}

/** One page of the informatiemap: `/info/:section`. */
export function InfoSectionScreen() {
  const { section } = useParams<{ section: string }>();
  const { t } = useInfoTexts();
  return (
    <InfoPage feedback={isSectionId(section) ? section : null}>
      {isSectionId(section) ? (
        <Section id={section} />
      ) : (
        <p className="utrecht-paragraph empty" role="status">
          {t('notFound')}
        </p>
      )}
    </InfoPage>
  );
}
