import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { removeMyData, sendWaitingChanges, useSyncStatus } from '../../../data';
import { Pictogram, type PictogramName } from '../../components/Pictogram';
import { regieContext } from '../../gemeente';

const FACTS: { picture: PictogramName; text: 'remove.stays' | 'remove.forgets' | 'remove.newCode' | 'remove.infoStays' }[] = [
  { picture: 'document', text: 'remove.stays' },
  { picture: 'mobile', text: 'remove.forgets' },
  { picture: 'key', text: 'remove.newCode' },
  { picture: 'info', text: 'remove.infoStays' },
];

/**
 * "Verwijder mijn gegevens van deze telefoon": what happens, a warning with the number of changes
 * not sent yet (send now, or remove anyway), one confirm step, then the wipe and a fresh start.
 */
export function RemoveData() {
  const { t } = useTranslation('telefoon');
  const id = useId();
  const { pending } = useSyncStatus();
  const [confirming, setConfirming] = useState(false);
  const [sending, setSending] = useState<'idle' | 'busy' | 'failed'>('idle');
  const [removing, setRemoving] = useState<'idle' | 'busy' | 'failed'>('idle');
  const confirmTitle = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (confirming) confirmTitle.current?.focus();
  }, [confirming]);

  async function sendNow() {
    setSending('busy');
    const outcome = await sendWaitingChanges();
    setSending(outcome === 'synced' ? 'idle' : 'failed');
  }

  async function remove() {
    setRemoving('busy');
    try {
      await removeMyData();
    } catch {
      setRemoving('failed');
      return;
    }
    // A fresh start: nothing of this person stays in the page's memory either.
    window.location.replace('/');
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="utrecht-heading-2 with-icon">
        <Pictogram name="recycle" size={36} />
        <span>{t('remove.title')}</span>
      </h2>
      <ul className="remove-facts">
        {FACTS.map((f) => (
          <li key={f.text}>
            <Pictogram name={f.picture} size={32} />
            <p className="utrecht-paragraph">{f.text === 'remove.newCode' ? t('remove.newCode', regieContext()) : t(f.text)}</p>
          </li>
        ))}
      </ul>
      {!confirming ? (
        <button type="button" className="utrecht-button utrecht-button--secondary-action button--block" onClick={() => setConfirming(true)}>
          <Pictogram name="recycle" size={28} />
          <span>{t('remove.start')}</span>
        </button>
      ) : (
        <div className="remove-confirm">
          {pending > 0 && (
            <div className="banner utrecht-alert utrecht-alert--warning" role="alert">
              <Pictogram name="warning" size={32} />
              <div>
                <p className="utrecht-paragraph">
                  <strong>{t('remove.waiting', { count: pending })}</strong>
                </p>
                <p className="utrecht-paragraph">{t('remove.waitingHelp')}</p>
                <div className="banner__actions">
                  <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => void sendNow()} disabled={sending === 'busy'}>
                    <Pictogram name="send" size={28} />
                    <span>{sending === 'busy' ? t('remove.sending') : t('remove.sendNow')}</span>
                  </button>
                </div>
                {sending === 'failed' && <p className="utrecht-paragraph error">{t('remove.sendFailed')}</p>}
              </div>
            </div>
          )}
          <h3 className="utrecht-heading-3" id={`${id}-confirm`} ref={confirmTitle} tabIndex={-1}>
            {t('remove.confirmTitle')}
          </h3>
          <p className="utrecht-paragraph">{pending > 0 ? t('remove.confirmLost', { count: pending }) : t('remove.confirmText')}</p>
          <div className="actions">
            <button type="button" className="utrecht-button utrecht-button--primary-action utrecht-button--danger" onClick={() => void remove()} disabled={removing === 'busy'}>
              <Pictogram name="recycle" size={28} />
              <span>{removing === 'busy' ? t('remove.busy') : pending > 0 ? t('remove.anyway') : t('remove.confirm')}</span>
            </button>
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setConfirming(false)} disabled={removing === 'busy'}>
              <span>{t('remove.cancel')}</span>
            </button>
          </div>
          {removing === 'failed' && (
            <p className="utrecht-paragraph error" role="alert">
              {t('remove.failed')}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
