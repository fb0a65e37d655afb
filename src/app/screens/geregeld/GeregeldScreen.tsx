import { useTranslation } from 'react-i18next';
import { useChecklist, type ChecklistEntry } from '../../../data';
import { Pictogram } from '../../components/Pictogram';
import { useMyGemeente } from '../../useMyGemeente';
import { ChecklistItemCard } from './ChecklistItemCard';
import './geregeld.css';

/** The municipality's order first (the order a begeleider goes through them), then any others. */
export function orderChecklist(items: ChecklistEntry[], order: readonly string[]): ChecklistEntry[] {
  const rank = (kind: string) => {
    const i = order.indexOf(kind);
    return i === -1 ? order.length : i;
  };
  return [...items].sort((a, b) => rank(a.kind) - rank(b.kind) || a.order - b.order);
}

/** Wat is geregeld: the household checklist, which the inburgeraar can tick off themselves. */
export function GeregeldScreen() {
  const { t } = useTranslation('geregeld');
  const items = useChecklist();
  const gemeente = useMyGemeente();
  if (!items) return null;
  const done = items.filter((i) => i.status === 'done' || i.status === 'not-needed').length;
  return (
    <>
      <header className="screen-head">
        <Pictogram name="checklist" size={48} />
        <div>
          <h1 className="utrecht-heading-1">{t('title')}</h1>
          <p className="utrecht-paragraph">{t('intro')}</p>
        </div>
      </header>
      {items.length === 0 ? (
        <p className="utrecht-paragraph empty">{t('empty')}</p>
      ) : (
        <>
          <p className="utrecht-paragraph check-summary">
            <strong>{t('summary', { done, total: items.length })}</strong>
            <span className="check-summary__bar" aria-hidden="true">
              <span style={{ inlineSize: `${Math.round((done / items.length) * 100)}%` }} />
            </span>
          </p>
          {orderChecklist(items, gemeente.checklist).map((item) => (
            <ChecklistItemCard key={item.key} item={item} />
          ))}
        </>
      )}
    </>
  );
}
