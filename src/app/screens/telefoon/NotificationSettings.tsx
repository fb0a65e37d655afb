import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notificationState, turnOffNotifications, turnOnNotifications, type NotificationState } from '../../../data/webPush';
import { Pictogram } from '../../components/Pictogram';
import './telefoon.css';

/** Whose phone: what notifications come differs (issue 13, item 4). */
export type NotificationAudience = 'person' | 'helper' | 'staff';

const WHAT_KEY = { person: 'notify.what', helper: 'notify.whatHelper', staff: 'notify.whatStaff' } as const;

/**
 * Notifications on this phone: one switch. The browser asks its permission only when it is pressed.
 * The same switch on an inburgeraar's and a taalmaatje's "Deze telefoon" and on a staff device's
 * caseload; on a staff device the subscription request carries the device proof (data/webPush.ts).
 */
export function NotificationSettings({ audience = 'person' }: { audience?: NotificationAudience }) {
  const { t, i18n } = useTranslation('telefoon');
  const id = useId();
  const [state, setState] = useState<NotificationState | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    void notificationState().then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, []);

  async function toggle() {
    setBusy(true);
    setFailed(false);
    if (state === 'on') {
      await turnOffNotifications();
      setState('off');
    } else {
      const outcome = await turnOnNotifications(i18n.language);
      setState(outcome === 'on' ? 'on' : outcome === 'blocked' ? 'blocked' : 'off');
      setFailed(outcome === 'failed');
    }
    setBusy(false);
  }

  if (state === null) return null;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="utrecht-heading-2 with-icon">
        <Pictogram name="bell" size={36} />
        <span>{t('notify.title')}</span>
      </h2>
      <p className="utrecht-paragraph">{t(WHAT_KEY[audience])}</p>
      <p className="utrecht-paragraph">{t('notify.private')}</p>
      {state === 'unsupported' ? (
        <p className="utrecht-paragraph">{t('notify.unsupported')}</p>
      ) : state === 'blocked' ? (
        <p className="utrecht-paragraph" role="status">{t('notify.blocked')}</p>
      ) : (
        <>
          <button type="button" role="switch" aria-checked={state === 'on'} className="utrecht-button utrecht-button--secondary-action button--block notify-switch" onClick={() => void toggle()} disabled={busy}>
            <Pictogram name="bell" size={28} />
            <span>{t('notify.switch')}</span>
            <span className="notify-switch__state" aria-hidden="true">{state === 'on' ? '●' : '○'}</span>
          </button>
          <p className="utrecht-paragraph" role="status">{failed ? t('notify.failed') : state === 'on' ? t('notify.on') : t('notify.off')}</p>
          <p className="utrecht-paragraph hint">{t('notify.data')}</p>
        </>
      )}
    </section>
  );
}
