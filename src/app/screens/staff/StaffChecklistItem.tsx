import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { change, type Household } from '../../../data';
import { CHECKLIST_STATUSES } from '../../../domain/enums';
import { checklistPictogram } from '../../components/kindPictograms';
import { Pictogram, type PictogramName } from '../../components/Pictogram';
import { languageOf } from '../../i18n/languages';

type Status = (typeof CHECKLIST_STATUSES)[number];
type Item = Household['checklist'][number];

const STATUS_PICTURE: Record<Status, PictogramName> = { todo: 'later', busy: 'busy', done: 'done', 'not-needed': 'exempt' };

/**
 * One thing to arrange, gone through together on a home visit: big picture, the Dutch name and the
 * household's own, and four big status buttons. Works offline; says whether a change was sent.
 */
export function StaffChecklistItem({ item, dossierId, language, tHome }: { item: Item; dossierId: string; language: string; tHome: TFunction<'geregeld'> | null }) {
  const { t } = useTranslation(['staff', 'geregeld']);
  const tNl = useTranslation('geregeld').i18n.getFixedT('nl', 'geregeld');
  const [changedHere, setChangedHere] = useState(false);
  const titleId = `check-${item.id}`;
  const dutch = tNl(`kind.${item.kind}`);

  async function setStatus(status: Status) {
    if (status === item.status) return;
    // `false` means not saved on this phone (the app shows why); nothing to confirm then.
    const saved: unknown = await change('checklist.setStatus', { dossierId, itemId: item.id, status });
    if (saved !== false) setChangedHere(true);
  }

  return (
    <article className="card check staff-check" data-status={item.status} aria-labelledby={titleId}>
      <div className="check__head">
        <Pictogram name={checklistPictogram(item.kind)} size={64} />
        <div className="check__title">
          <h3 className="utrecht-heading-3" id={titleId} lang="nl" dir="ltr">
            {dutch}
          </h3>
          {tHome && (
            <p className="utrecht-paragraph staff-check__home" lang={language} dir={languageOf(language).dir}>
              {tHome(`kind.${item.kind}`)}
            </p>
          )}
        </div>
      </div>
      {item.note && (
        <p className="utrecht-paragraph check__note" lang="nl" dir="auto">
          {item.note}
        </p>
      )}
      <div className="staff-check__choices" role="group" aria-label={t('household.statusGroup', { item: dutch })}>
        {CHECKLIST_STATUSES.map((status) => (
          <button key={status} type="button" className="utrecht-button utrecht-button--secondary-action check__choice" aria-pressed={item.status === status} onClick={() => void setStatus(status)}>
            <Pictogram name={STATUS_PICTURE[status]} size={28} /> {t(`geregeld:status.${status}`)}
          </button>
        ))}
      </div>
      {(item.pending || changedHere) && (
        <p className="utrecht-paragraph check__delivery" role="status">
          <Pictogram name={item.pending ? 'waiting' : 'done'} size={20} /> {item.pending ? t('waiting') : t('sent')}
        </p>
      )}
    </article>
  );
}
