import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import QRCode from 'react-qr-code';
import { Link } from 'wouter';
import { useOnline } from '../../../data';
import { codeGroups, ConsulentApiError, newActivationCode, type ConsulentApiErrorCode, type NewActivationCode } from '../../../data/consulentApi';
import { Pictogram } from '../../components/Pictogram';
import { formatDate, formatTime } from '../../format';
import './consulent.css';

/**
 * The activation QR for the inburgeraar's phone, shown at the intake: scanned with the phone's
 * camera it opens `/activate#<code>`; the same code in readable groups to type in instead. A new
 * code is one tap (needs a connection, like the first).
 */
export function ActivationScreen({ dossierId }: { dossierId: string }) {
  const { t, i18n } = useTranslation('consulent');
  const online = useOnline();
  const [code, setCode] = useState<NewActivationCode | null>(null);
  const [problem, setProblem] = useState<ConsulentApiErrorCode | null>(null);
  const [busy, setBusy] = useState(false);
  const asked = useRef(false);

  const ask = useCallback(async () => {
    setBusy(true);
    setProblem(null);
    try {
      setCode(await newActivationCode(dossierId));
    } catch (error) {
      setProblem(error instanceof ConsulentApiError ? error.code : 'server');
    } finally {
      setBusy(false);
    }
  }, [dossierId]);

  // One code when the screen opens (not two in React's development double run).
  useEffect(() => {
    if (asked.current) return;
    asked.current = true;
    void ask();
  }, [ask]);

  const lang = i18n.language;
  return (
    <>
      <header className="screen-head">
        <Pictogram name="key" size={48} />
        <div>
          <h1 className="utrecht-heading-1">{t('activate.title')}</h1>
          <p className="utrecht-paragraph">
            {t('activate.dossier')} <span dir="ltr">{dossierId}</span>
          </p>
        </div>
      </header>
      {!online && (
        <p className="utrecht-paragraph banner utrecht-alert utrecht-alert--warning consulent-offline" role="status">
          <Pictogram name="offline" size={28} />
          <span>{t('offline.code')}</span>
        </p>
      )}
      {problem && (
        <p className="utrecht-paragraph banner utrecht-alert utrecht-alert--warning" role="alert">
          <Pictogram name="warning" size={28} />
          <span>{t(`error.${problem === 'forbidden' ? 'notInCaseload' : problem}`)}</span>
        </p>
      )}
      {busy && !code && <p className="utrecht-paragraph" role="status">{t('activate.loading')}</p>}
      {code && (
        <section className="card consulent-code" aria-labelledby="consulent-code-title">
          <h2 className="utrecht-heading-2" id="consulent-code-title">{t('activate.scan')}</h2>
          <div className="consulent-code__qr">
            <QRCode value={code.url} size={280} aria-label={t('activate.qr')} role="img" />
          </div>
          <p className="utrecht-paragraph">{t('activate.type')}</p>
          <p className="utrecht-paragraph consulent-code__text" dir="ltr">
            {codeGroups(code.code).map((group, i) => (
              <span key={i}>{i > 0 ? ` ${group}` : group}</span>
            ))}
          </p>
          <p className="utrecht-paragraph with-icon">
            <Pictogram name="deadline" size={24} />
            <span>{t('activate.expires', { date: formatDate(code.expiresAt, lang), time: formatTime(code.expiresAt, lang) })}</span>
          </p>
          <p className="utrecht-paragraph hint">{t('activate.once')}</p>
        </section>
      )}
      <div className="actions">
        <button type="button" className="utrecht-button utrecht-button--primary-action" disabled={busy} onClick={() => void ask()}>
          <Pictogram name="key" size={24} /> {busy ? t('new.busy') : code ? t('activate.new') : t('activate.retry')}
        </button>
        <Link href="/consulent/nieuw" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action">
          <Pictogram name="document" size={24} /> {t('activate.another')}
        </Link>
      </div>
    </>
  );
}
