import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShare, useShares } from '../../../data';
import { Pictogram } from '../../components/Pictogram';
import { useNow } from '../../useNow';
import { ShareCode } from './ShareCode';
import { ShareForm } from './ShareForm';
import { ShareList } from './ShareList';
import './delen.css';

/** Share with my taalmaatje: choose what and how long, show the code, see and end who looks along. */
export function DelenScreen() {
  const { t } = useTranslation('delen');
  const shares = useShares(useNow());
  const [createdId, setCreatedId] = useState<string>();
  // The newest share made here, live: its code arrives with the sync after it was made.
  const created = useShare(createdId);
  if (!shares) return null;
  return (
    <>
      <header className="screen-head">
        <Pictogram name="volunteer" size={48} />
        <div>
          <h1 className="utrecht-heading-1">{t('title')}</h1>
          <p className="utrecht-paragraph">{t('intro')}</p>
        </div>
      </header>
      {created ? <ShareCode share={created} /> : <ShareForm onShared={setCreatedId} />}
      <ShareList shares={shares} />
    </>
  );
}
