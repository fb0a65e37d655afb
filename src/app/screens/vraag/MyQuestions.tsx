import { useTranslation } from 'react-i18next';
import type { QuestionEntry } from '../../../data';
import { Pictogram } from '../../components/Pictogram';
import { ReadAloud } from '../../reading/ReadAloud';
import { formatDayTime } from '../../format';
import { useRoleName } from '../mensen/useRoleName';
import { READY_QUESTIONS } from './readyQuestions';

/** The questions asked, newest first: "waiting for internet" until delivered, then "sent". */
export function MyQuestions({ questions }: { questions: QuestionEntry[] }) {
  const { t, i18n } = useTranslation('vraag');
  const roleName = useRoleName();
  // A ready-made question was sent in Dutch; show it in the reader's language.
  const shown = (text: string) => {
    const ready = READY_QUESTIONS.find((q) => t(`ready.${q}`, { lng: 'nl' }) === text);
    return ready ? t(`ready.${ready}`) : text;
  };
  return (
    <section aria-labelledby="mine-title" className="my-questions">
      <h2 id="mine-title">{t('mine.title')}</h2>
      {questions.length === 0 ? (
        <p className="empty">{t('mine.empty')}</p>
      ) : (
        <ul className="plain-list">
          {questions.map((q) => (
            <li key={q.key} className="card my-question" data-pending={q.pending || undefined}>
              <p className="my-question__text" dir="auto">
                {shown(q.text)}
              </p>
              <p className="hint">
                {t('mine.to', { role: roleName(q.contactRole as Parameters<typeof roleName>[0]) })} ·{' '}
                {formatDayTime(q.askedAt, i18n.language)}
              </p>
              <p className="my-question__state">
                <Pictogram name={q.pending ? 'waiting' : 'done'} size={20} />{' '}
                {q.pending ? t('mine.waiting') : q.answer ? t('mine.answered') : t('mine.sent')}
              </p>
              {q.answer && (
                <div className="my-question__answer">
                  <p className="hint">{t('mine.answer', { role: roleName(q.contactRole as Parameters<typeof roleName>[0]) })}</p>
                  {/* Written by the consulent or begeleider, in Dutch. */}
                  <p lang="nl" dir="auto">
                    {q.answer}
                  </p>
                  <ReadAloud texts={[q.answer]} language="nl" quiet />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
