import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notificationState, turnOnNotifications } from '../../../data/webPush';
import { Pictogram } from '../../components/Pictogram';

/** Once answered (yes or no), the offer does not come back; the switch stays on "Deze telefoon". */
const OFFER_KEY = 'thuis.notifyOffer';

function answered(): boolean {
  try {
    return localStorage.getItem(OFFER_KEY) === 'done';
  } catch {
    return true;
  }
}

/**
 * A gentle offer on home after activation (issue 13): a card with yes and no. Never the browser's
 * prompt on load: that comes only after "yes".
 */
export function NotificationOffer() {
  const { t, i18n } = useTranslation('telefoon');
  const [show, setShow] = useState(false);
  const [outcome, setOutcome] = useState<'on' | 'blocked' | 'failed' | null>(null);

  useEffect(() => {
    let live = true;
    if (!answered()) void notificationState().then((s) => live && setShow(s === 'off'));
    return () => {
      live = false;
    };
  }, []);

  function close() {
    try {
      localStorage.setItem(OFFER_KEY, 'done');
    } catch {
      // Private mode: the offer may come again; nothing else depends on it.
    }
    setShow(false);
  }

  async function yes() {
    const result = await turnOnNotifications(i18n.language);
    setOutcome(result);
    try {
      localStorage.setItem(OFFER_KEY, 'done');
    } catch {
      // as above
    }
  }

  if (!show) return null;
  return (
    <section className="card notify-offer" aria-labelledby="notify-offer-title">
      <h2 id="notify-offer-title" className="utrecht-heading-2 with-icon">
        <Pictogram name="bell" size={36} />
        <span>{t('notify.offer')}</span>
      </h2>
      <p className="utrecht-paragraph">{t('notify.private')}</p>
      {outcome ? (
        <>
          <p className="utrecht-paragraph" role="status">{outcome === 'on' ? t('notify.on') : outcome === 'blocked' ? t('notify.blocked') : t('notify.failed')}</p>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={close}>
            <span>{t('notify.offerNo')}</span>
          </button>
        </>
      ) : (
        <div className="banner__actions">
          <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => void yes()}>
            <Pictogram name="bell" size={28} />
            <span>{t('notify.offerYes')}</span>
          </button>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={close}>
            <span>{t('notify.offerNo')}</span>
          </button>
        </div>
      )}
    </section>
  );
}
