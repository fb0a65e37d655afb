import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchQuestionPhoto } from '../../../data/staff';
import { Pictogram } from '../../components/Pictogram';

/**
 * The photo that came with a question (a letter, issue 16), fetched only when asked for: it is
 * never kept on the work device, only shown from memory while this screen is open.
 */
export function QuestionPhoto({ dossierId, questionId }: { dossierId: string; questionId: string }) {
  const { t } = useTranslation('letters');
  const [url, setUrl] = useState<string | null>(null);
  const [state, setState] = useState<'idle' | 'loading' | 'failed'>('idle');

  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);

  async function open() {
    setState('loading');
    try {
      setUrl(URL.createObjectURL(await fetchQuestionPhoto(dossierId, questionId)));
      setState('idle');
    } catch {
      setState('failed');
    }
  }

  if (url) return <img className="question-photo" src={url} alt={t('photo.alt')} />;
  return (
    <>
      <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void open()} aria-busy={state === 'loading' || undefined}>
        <Pictogram name="camera" size={24} /> {t('photo.open')}
      </button>
      {state === 'failed' && (
        <p className="error" role="alert">
          {t('photo.failed')}
        </p>
      )}
    </>
  );
}
