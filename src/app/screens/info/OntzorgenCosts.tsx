import type { GemeenteConfig } from '../../../gemeenten';
import { Pictogram, type PictogramName } from '../../components/Pictogram';
import { Bilingual } from '../../reading/Bilingual';
import { useInfoTexts } from './useInfoTexts';

type Cost = GemeenteConfig['ontzorgen']['costs'][number];

const PICTURES: Record<Cost, PictogramName> = {
  huur: 'home',
  energie: 'energy',
  water: 'water',
  zorgverzekering: 'insurance',
  'gemeentelijke-belastingen': 'townHall',
  internet: 'computer',
  other: 'document',
};

/** The fixed costs this municipality pays for you during financieel ontzorgen (from its config). */
export function OntzorgenCosts() {
  const { gemeente, t, tNl, values, valuesNl } = useInfoTexts();
  return (
    <div className="ontzorgen-costs">
      <Bilingual as="h3" dutch={tNl?.('costsTitle', valuesNl)}>
        {t('costsTitle', values)}
      </Bilingual>
      <ul className="picture-list">
        {gemeente.ontzorgen.costs.map((cost) => (
          <li key={cost}>
            <Pictogram name={PICTURES[cost]} size={32} />
            <Bilingual as="span" dutch={tNl?.(`costs.${cost}`)}>
              {t(`costs.${cost}`)}
            </Bilingual>
          </li>
        ))}
      </ul>
    </div>
  );
}
