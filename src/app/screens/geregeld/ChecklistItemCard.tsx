import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { change, useCanChange, type ChecklistEntry } from '../../../data';
import { CHECKLIST_STATUSES } from '../../../domain/enums';
import { checklistPictogram } from '../../components/kindPictograms';
import { Pictogram, type PictogramName } from '../../components/Pictogram';
import { DutchText } from '../../reading/DutchText';

type Status = (typeof CHECKLIST_STATUSES)[number];

const STATUS_PICTURE: Record<Status, PictogramName> = {
  todo: 'later',
  busy: 'busy',
  done: 'done',
  'not-needed': 'exempt',
};

/**
 * One thing to arrange, with its status. Marking it done is one tap; the other choices are one
 * tap further, so the list stays short on a small phone. Works offline.
 */
export function ChecklistItemCard({ item }: { item: ChecklistEntry }) {
  const { t } = useTranslation('geregeld');
  const canChange = useCanChange();
  const [choosing, setChoosing] = useState(false);
  // "Sent" only for a change made here and now, not for every item that came from the municipality.
  const [changedHere, setChangedHere] = useState(false);
  const titleId = `check-${item.id}`;
  const title = t(`kind.${item.kind}`);

  async function setStatus(status: Status) {
    setChoosing(false);
    if (status === item.status) return;
    if (await change('checklist.setStatus', { itemId: item.id, status })) setChangedHere(true);
  }

  return (
    <article className="card check" data-status={item.status} aria-labelledby={titleId}>
      <div className="check__head">
        <Pictogram name={checklistPictogram(item.kind)} size={44} />
        <div className="check__title">
          <h2 className="utrecht-heading-2" id={titleId}>{title}</h2>
          <p className="utrecht-paragraph check__status">
            <Pictogram name={STATUS_PICTURE[item.status]} size={22} /> {t(`status.${item.status}`)}
          </p>
        </div>
        {canChange && !choosing && (
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action check__change"
            aria-label={t('changeItem', { item: title })}
            title={t('change')}
            onClick={() => setChoosing(true)}
          >
            <Pictogram name="edit" size={24} />
          </button>
        )}
      </div>
      {item.note && <DutchText text={item.note} className="check__note" />}
      {choosing ? (
        <div className="check__choices" role="group" aria-label={t('choose', { item: title })}>
          {CHECKLIST_STATUSES.map((status) => (
            <button
              key={status}
              type="button"
              className="utrecht-button utrecht-button--secondary-action check__choice"
              aria-pressed={item.status === status}
              onClick={() => void setStatus(status)}
            >
              <Pictogram name={STATUS_PICTURE[status]} size={22} /> {t(`status.${status}`)}
            </button>
          ))}
        </div>
      ) : (
        canChange &&
        (item.status === 'todo' || item.status === 'busy') && (
          <button type="button" className="utrecht-button utrecht-button--primary-action check__done" onClick={() => void setStatus('done')}>
            <Pictogram name="done" size={22} /> {t('markDone')}
          </button>
        )
      )}
      {(item.pending || changedHere) && (
        <p className="utrecht-paragraph check__delivery" role="status">
          <Pictogram name={item.pending ? 'waiting' : 'done'} size={20} /> {item.pending ? t('waiting') : t('sent')}
        </p>
      )}
    </article>
  );
}
