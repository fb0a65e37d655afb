import { useTranslation } from 'react-i18next';
import type { QuestionEntry } from '../../../data';
import { Pictogram } from '../../components/Pictogram';
import { DutchText } from '../../reading/DutchText';
import { formatDayTime } from '../../format';
import { useRoleName } from '../mensen/useRoleName';
import { READY_QUESTIONS } from './readyQuestions';

/** The questions asked, newest first: "waiting for internet" until delivered, then "sent". */
export function MyQuestions({ questions }: { questions: QuestionEntry[] }) {
  const { t, i18n } = useTranslation('vraag');
  const roleName = useRoleName();
  // A ready-made question is stored as its key: shown in the reader's language, with the person's
  // own words under it. Older questions only have the Dutch text: recognised when it is exactly one.
  const shown = (q: QuestionEntry): string[] => {
    if (q.ready) return [t(`ready.${q.ready}`), q.own ?? ''].filter(Boolean);
    const ready = READY_QUESTIONS.find((r) => t(`ready.${r}`, { lng: 'nl' }) === q.text);
    return [ready ? t(`ready.${ready}`) : q.text];
  };
  return (
    <section aria-labelledby="mine-title" className="my-questions">
      <h2 className="utrecht-heading-2" id="mine-title">{t('mine.title')}</h2>
      {questions.length === 0 ? (
        <p className="utrecht-paragraph empty">{t('mine.empty')}</p>
      ) : (
        <ul className="plain-list">
          {questions.map((q) => (
            <li key={q.key} className="card my-question" data-pending={q.pending || undefined}>
              {shown(q).map((line) => (
                <p key={line} className="utrecht-paragraph my-question__text" dir="auto">
                  {line}
                </p>
              ))}
              <p className="utrecht-paragraph hint">
                {t('mine.to', { role: roleName(q.contactRole as Parameters<typeof roleName>[0]) })} ·{' '}
                {formatDayTime(q.askedAt, i18n.language)}
              </p>
              <p className="utrecht-paragraph my-question__state">
                <Pictogram name={q.pending ? 'waiting' : 'done'} size={20} />{' '}
                {q.pending ? t('mine.waiting') : q.answer ? t('mine.answered') : t('mine.sent')}
              </p>
              {q.answer && (
                <div className="my-question__answer">
                  <p className="utrecht-paragraph hint">{t('mine.answer', { role: roleName(q.contactRole as Parameters<typeof roleName>[0]) })}</p>
                  {/* Written by the consulent or begeleider, in Dutch. */}
                  <DutchText text={q.answer} />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
