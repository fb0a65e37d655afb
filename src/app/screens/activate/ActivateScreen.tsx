import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { activate, checkCode, useSyncStatus, type SwitchCheck } from '../../../data';
import { Pictogram } from '../../components/Pictogram';
import { applyActivationLanguage } from '../../i18n/i18n';
import { startDataLayer } from '../../dataLayer';
import { errorCodeOf } from './ActivateForm';
import { SwitchConfirm } from './routes';
import { WelcomeScreen } from './WelcomeScreen';
import { regieContext } from '../../gemeente';

/**
 * `/activate#ABCD-EFGH-JKLM-NPQR`: the link in the QR code the consulent hands out. The code is in the
 * fragment, so it never reaches a server log or a Referer header.
 */
export function ActivateScreen() {
  const { t } = useTranslation('activate');
  const [, navigate] = useLocation();
  const [code] = useState(() => decodeURIComponent(window.location.hash.slice(1)));
  const [error, setError] = useState<ReturnType<typeof errorCodeOf> | 'no-code' | null>(code ? null : 'no-code');
  const started = useRef(false);
  // A code for someone else on a device that is already activated: ask first (SwitchConfirm).
  const [switching, setSwitching] = useState<(SwitchCheck & { verdict: 'switch' }) | null>(null);
  // Sent here by the sync bar after the browser lost its cookie: no QR link, the code is typed.
  const noSession = useSyncStatus().errorCode === 'no-session';

  useEffect(() => {
    if (!code || started.current) return;
    started.current = true;
    // Take the code out of the address bar and history once it is used.
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    // On a phone that never stored anything the data layer has not started yet (dataLayer.ts).
    startDataLayer()
      .then(() => checkCode(code))
      .then(async (check) => {
        if (check.verdict === 'switch') setSwitching(check);
        else {
          const activation = await activate(code);
          if (activation) await applyActivationLanguage(activation.kind);
          navigate('/', { replace: true });
        }
      })
      .catch((err: unknown) => setError(errorCodeOf(err)));
  }, [code, navigate]);

  const home = () => navigate('/', { replace: true });
  if (switching) return <SwitchConfirm code={code} check={switching} onDone={home} onCancel={home} />;

  if (error === 'no-code' && noSession) return <WelcomeScreen />;
  if (error) {
    return (
      <>
        <p className="utrecht-paragraph error card with-icon" role="alert">
          <Pictogram name="warning" size={32} />
          <span>{error === 'invalid-code' ? t('error.invalid-code', regieContext()) : t(`error.${error}`)}</span>
        </p>
        <WelcomeScreen />
      </>
    );
  }
  return (
    <p className="utrecht-paragraph card with-icon" role="status">
      <Pictogram name="syncing" size={32} />
      <span>{t('activating')}</span>
    </p>
  );
}
