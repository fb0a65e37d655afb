import { useTranslation } from 'react-i18next';
import type { BRING_ITEMS } from '../../../domain/enums';
import { Pictogram, type PictogramName } from '../../components/Pictogram';

type BringItem = (typeof BRING_ITEMS)[number];

const BRING_PICTURE = {
  lesboek: 'books',
  pen: 'edit',
  'id-bewijs': 'id',
  brief: 'letter',
  verzekeringspas: 'insurance',
  bankpas: 'bankCard',
  laptop: 'computer',
  telefoon: 'mobile',
  diploma: 'document',
} as const satisfies Record<BringItem, PictogramName>;

/** What to bring, as pictures with a word each in the reader's language (`bringItems`). */
export function BringItems({ items }: { items: readonly BringItem[] }) {
  const { t } = useTranslation('agenda');
  return (
    <ul className="bring-items" aria-label={t('bring')}>
      {items.map((item) => (
        <li key={item}>
          <Pictogram name={BRING_PICTURE[item]} size={32} />
          <span>{t(`bringItem.${item}`)}</span>
        </li>
      ))}
    </ul>
  );
}
