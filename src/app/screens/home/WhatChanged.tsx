import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { markChangesSeen, useWhatChanged, type Change, type ChangeKind } from '../../../data/changesHooks';
import { Pictogram, type PictogramName } from '../../components/Pictogram';
import { useNow } from '../../useNow';

// Home's "what changed since you last looked" (issue 13 item 2, issue 11 item 5), under "what to
// do now". Loaded with its own chunk (HomeScreen), so the first screen's download stays small.

/** One picture per kind of change. */
const PICTURE: Record<ChangeKind, PictogramName> = {
  answer: 'answerCame',
  appointmentNew: 'appointmentNew',
  appointmentMoved: 'appointmentMoved',
  appointmentCancelled: 'appointmentCancelled',
  stepChanged: 'stepChanged',
  paymentFailed: 'paymentFailed',
};

function ChangeItem({ change }: { change: Change }) {
  const { t } = useTranslation('changes');
  return (
    <li>
      {/* Opening it marks it seen; so does opening its screen (SeenOnVisit). */}
      <Link href={change.screen} className="what-changed__item" onClick={() => void markChangesSeen([change])}>
        <Pictogram name={PICTURE[change.kind]} size={40} />
        <span>{t(`kind.${change.kind}`)}</span>
      </Link>
    </li>
  );
}

export function WhatChanged() {
  const { t } = useTranslation('changes');
  const changes = useWhatChanged(useNow());
  if (!changes || changes.length === 0) return null;
  return (
    <section className="card what-changed" aria-labelledby="what-changed-title">
      <h2 className="utrecht-heading-2" id="what-changed-title">{t('title', { count: changes.length })}</h2>
      <ul className="what-changed__list">
        {changes.map((c) => (
          <ChangeItem key={c.key} change={c} />
        ))}
      </ul>
    </section>
  );
}
