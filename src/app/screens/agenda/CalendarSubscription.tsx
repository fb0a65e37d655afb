import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarFeedError, stopCalendar, subscribeCalendar, useCalendarFeedUrl, useCanChange } from '../../../data';
import { Pictogram } from '../../components/Pictogram';
import './calendar.css';

type ErrorCode = CalendarFeedError['code'];

/**
 * "Zet in de agenda van mijn telefoon": a private address that the phone's calendar app reads,
 * so new and cancelled appointments show up there by themselves. Making or stopping it needs the
 * internet; the address itself is kept on the phone.
 */
export function CalendarSubscription() {
  const { t } = useTranslation('agenda');
  const url = useCalendarFeedUrl();
  // The address belongs to the inburgeraar: a taalmaatje's phone cannot make one.
  const canChange = useCanChange();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [copied, setCopied] = useState(false);

  async function run(action: () => Promise<unknown>) {
    setBusy(true);
    setError(null);
    setCopied(false);
    try {
      await action();
    } catch (e) {
      setError(e instanceof CalendarFeedError ? e.code : 'server');
    } finally {
      setBusy(false);
    }
  }

  async function copy(address: string) {
    try {
      await navigator.clipboard.writeText(address);
    } catch {
      // No clipboard access (an http page, an old browser): select the text for a long press.
      (document.getElementById(`${id}-url`) as HTMLInputElement | null)?.select();
      return;
    }
    setCopied(true);
  }

  if (url === undefined || !canChange) return null;
  return (
    <SubscriptionPanel title={t('subscribe.title')} initiallyOpen={url !== null}>
      <p className="utrecht-paragraph">{t('subscribe.text')}</p>
      {url ? (
        <>
          <label htmlFor={`${id}-url`}>{t('subscribe.address')}</label>
          <input id={`${id}-url`} className="utrecht-textbox utrecht-textbox--html-input subscribe__url" dir="ltr" readOnly value={url} onFocus={(e) => e.target.select()} />
          <p className="utrecht-paragraph hint">{t('subscribe.secret')}</p>
          <div className="actions">
            <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href={url.replace(/^https?:/, 'webcal:')}>
              <Pictogram name="agenda" size={24} /> {t('subscribe.open')}
            </a>
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void copy(url)}>
              <Pictogram name="copy" size={24} /> {copied ? t('subscribe.copied') : t('subscribe.copy')}
            </button>
            <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={busy} onClick={() => void run(stopCalendar)}>
              <Pictogram name="stop" size={24} /> {t('subscribe.stop')}
            </button>
          </div>
        </>
      ) : (
        <button type="button" className="utrecht-button utrecht-button--primary-action button--block" disabled={busy} onClick={() => void run(subscribeCalendar)}>
          <Pictogram name="agenda" size={24} /> {t('subscribe.start')}
        </button>
      )}
      {error && (
        <p className="utrecht-paragraph error" role="alert">
          {t(`subscribe.error.${error}`)}
        </p>
      )}
    </SubscriptionPanel>
  );
}

/** Folded by default, so the appointments stay on top; open when an address exists. */
function SubscriptionPanel({ title, initiallyOpen, children }: { title: string; initiallyOpen: boolean; children: ReactNode }) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details className="card subscribe" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="subscribe__summary">
        <Pictogram name="mobile" size={32} /> <span>{title}</span>
      </summary>
      <div className="subscribe__body">{children}</div>
    </details>
  );
}
