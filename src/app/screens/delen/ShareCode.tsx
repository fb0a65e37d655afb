import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import QRCode from 'react-qr-code';
import type { ShareEntry } from '../../../data';
import { Pictogram } from '../../components/Pictogram';

/** The link a taalmaatje opens; the code sits in the fragment, so no server log ever sees it. */
function linkOf(code: string): string {
  return `${window.location.origin}/activate#${code}`;
}

/** The code of a new share as QR and link, or "waiting for internet" until the server wrote it. */
export function ShareCode({ share }: { share: ShareEntry }) {
  const { t } = useTranslation('delen');
  const [copied, setCopied] = useState(false);
  if (share.state === 'waiting-for-code') {
    return (
      <p className="utrecht-paragraph card with-icon" role="status">
        <Pictogram name="waiting" size={32} />
        <span>{t('code.waiting')}</span>
      </p>
    );
  }
  if (share.state === 'code-gone') {
    return (
      <p className="utrecht-paragraph card with-icon" role="status">
        <Pictogram name="shareCode" size={32} />
        <span>{t('code.gone')}</span>
      </p>
    );
  }
  if (share.state !== 'code' || !share.code) return null;
  const link = linkOf(share.code);

  async function send() {
    // The phone's own share sheet (WhatsApp, SMS …) when there is one; else the clipboard.
    if (typeof navigator.share === 'function') {
      await navigator.share({ url: link }).catch(() => undefined);
      return;
    }
    await navigator.clipboard?.writeText(link).catch(() => undefined);
    setCopied(true);
  }

  return (
    <section className="card share-code" aria-labelledby="share-code-title">
      <h2 className="utrecht-heading-2" id="share-code-title">{t('code.title')}</h2>
      <p className="utrecht-paragraph">{t('code.intro')}</p>
      <div className="share-code__qr">
        <QRCode value={link} size={220} aria-label={t('code.title')} role="img" />
      </div>
      <p className="utrecht-paragraph share-code__text" dir="ltr">
        {share.code}
      </p>
      <p className="utrecht-paragraph">{t('code.link')}</p>
      <p className="utrecht-paragraph share-code__link" dir="ltr">
        {link}
      </p>
      <button type="button" className="utrecht-button utrecht-button--secondary-action button--block" onClick={() => void send()}>
        <Pictogram name="website" size={28} />
        <span>{t('code.share')}</span>
      </button>
      {copied && <p className="utrecht-paragraph" role="status">{t('code.copied')}</p>}
    </section>
  );
}
