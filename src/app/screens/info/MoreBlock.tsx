import { useReadingT } from '../../reading/useReadingT';
import { InfoBlock } from './InfoBlock';
import { Lines } from './Lines';
import { localMoreKey, morePartners, type MoreBlockDef } from './moreBlocks';
import { PartnerCard } from './PartnerCard';
import { moreAnchor } from './search/anchors';
import { splitLines, useInfoTexts } from './useInfoTexts';

/** The texts of the added blocks, for reading aloud in the page's order. */
export function useMoreBlockTexts(): (def: MoreBlockDef) => string[] {
  const { gemeente, values } = useInfoTexts();
  const { t } = useReadingT('infomore');
  return (def) => {
    const local = localMoreKey(gemeente.id, def.id);
    return [t(`blocks.${def.id}.title`, values), ...splitLines(t(`blocks.${def.id}.text`, values)), ...(local ? splitLines(t(local, values)) : [])];
  };
}

/** A block from infomore.json: the general lines, this municipality's own, and the organisations to go to. */
export function MoreBlock({ def }: { def: MoreBlockDef }) {
  const { gemeente, t: tInfo, values, valuesNl } = useInfoTexts();
  const { t, tNl } = useReadingT('infomore');
  const local = localMoreKey(gemeente.id, def.id);
  const partners = morePartners(def, gemeente);
  return (
    <InfoBlock
      anchor={moreAnchor(def.id)}
      picture={def.picture}
      title={t(`blocks.${def.id}.title`, values)}
      titleNl={tNl?.(`blocks.${def.id}.title`, valuesNl)}
      text={t(`blocks.${def.id}.text`, values)}
      textNl={tNl?.(`blocks.${def.id}.text`, valuesNl)}
    >
      {local && (
        <div className="info-more__local">
          <span className="utrecht-badge-status">{tInfo('local', values)}</span>
          <Lines text={t(local, values)} dutch={tNl?.(local, valuesNl)} />
        </div>
      )}
      {partners.length > 0 && (
        <div className="info-partners">
          {partners.map((p) => (
            <PartnerCard key={p.id} partner={p} />
          ))}
        </div>
      )}
    </InfoBlock>
  );
}
