import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useOnline } from '../../../data';
import { giveFeedback, useWaitingFeedback } from '../../../data/feedback';
import { FEEDBACK_TEXT_MAX, type FeedbackChoice, type FeedbackPage } from '../../../domain/feedback';
import { Pictogram } from '../../components/Pictogram';
import { isLanguageCode, SOURCE_LANGUAGE } from '../../i18n/languages';
import './feedback.css';

type Step = 'ask' | 'writing' | 'thanks' | 'failed';

/**
 * The end of every informatiemap page (issue 16, item 5): "did this help?" in one tap, and "the
 * text in my language is wrong" with an optional text. Anonymous; given offline, it waits on the
 * phone and goes when there is internet (src/data/feedback.ts).
 */
export function FeedbackBlock({ page }: { page: FeedbackPage }) {
  const { t, i18n } = useTranslation('feedback');
  const online = useOnline();
  const waiting = useWaitingFeedback(page);
  const [step, setStep] = useState<Step>('ask');
  const [text, setText] = useState('');
  const id = useId();
  const language = isLanguageCode(i18n.language) ? i18n.language : SOURCE_LANGUAGE;

  function give(choice: FeedbackChoice, written?: string) {
    setStep('thanks');
    // Stored on the phone before anything is sent; a failure to send is retried by the queue. It
    // fails only when the phone can neither keep it nor send it now: then the person may try again.
    giveFeedback({ page, language, choice, ...(written ? { text: written } : {}) }).catch(() => setStep('failed'));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    give('wrong-language', text);
  }

  return (
    <section className="card feedback" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('title')}</h2>
      {step === 'thanks' ? null : (
        <div className="feedback__choices">
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => give('helped')}>
            <Pictogram name="helped" size={32} />
            {t('helped')}
          </button>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => give('not-helped')}>
            <Pictogram name="notHelped" size={32} />
            {t('notHelped')}
          </button>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" aria-expanded={step === 'writing'} aria-controls={`${id}-form`} onClick={() => setStep(step === 'writing' ? 'ask' : 'writing')}>
            <Pictogram name="wrongText" size={32} />
            {t('wrongLanguage')}
          </button>
        </div>
      )}
      {step === 'writing' && (
        <form id={`${id}-form`} className="feedback__form" onSubmit={submit}>
          <label htmlFor={`${id}-text`}>{t('textLabel')}</label>
          <textarea id={`${id}-text`} dir="auto" rows={3} maxLength={FEEDBACK_TEXT_MAX} value={text} onChange={(e) => setText(e.target.value)} />
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            <Pictogram name="send" size={28} />
            {t('send')}
          </button>
        </form>
      )}
      <div aria-live="polite" className="feedback__status">
        {step === 'thanks' && <p className="feedback__thanks">{t('thanks')}</p>}
        {step === 'failed' && <p className="error">{t('failed')}</p>}
        {waiting > 0 && (
          <p className="hint">
            <Pictogram name={online ? 'waiting' : 'offline'} size={24} />
            {step === 'thanks' && !online ? t('later') : t('waiting')}
          </p>
        )}
      </div>
      <p className="hint">{t('anonymous')}</p>
    </section>
  );
}
