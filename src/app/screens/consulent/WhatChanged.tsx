import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { change, type Household, useUnsavedInput } from '../../../data';
import type { StaffRole } from '../../../domain/access';
import { mayAnswer } from '../../../domain/questionRecipients';
import { answerIsCurrent } from '../../../domain/tables';
import { Pictogram } from '../../components/Pictogram';
import { formatDayTime } from '../../format';
import { QuestionPhoto } from './QuestionPhoto';

type Question = Household['questions'][number];

/** Answering one question of the inburgeraar; an empty answer is refused with a message. */
export function AnswerForm({ dossierId, question }: { dossierId: string; question: Question }) {
  const { t } = useTranslation('consulent');
  const id = useId();
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  useUnsavedInput(text.trim() !== '');

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!text.trim()) {
      setEmpty(true);
      document.getElementById(`${id}-text`)?.focus();
      return;
    }
    setEmpty(false);
    // Not saved: the text stays, the app says why (ChangeProblem).
    if (await change('question.answer', { dossierId, questionId: question.id, text: text.trim() })) setText('');
  }

  return (
    <form className="consulent-form" onSubmit={(e) => void submit(e)} noValidate>
      <label htmlFor={`${id}-text`}>{t('changed.answerLabel')}</label>
      <textarea
        id={`${id}-text`}
        className="utrecht-textarea utrecht-textarea--html-textarea"
        dir="auto"
        rows={3}
        maxLength={4000}
        value={text}
        aria-invalid={empty ? 'true' : undefined}
        {...(empty ? { 'aria-describedby': `${id}-error` } : {})}
        onChange={(e) => setText(e.target.value)}
      />
      {empty && (
        <p id={`${id}-error`} className="utrecht-paragraph error">
          {t('changed.emptyAnswer')}
        </p>
      )}
      <button type="submit" className="utrecht-button utrecht-button--primary-action">
        <Pictogram name="send" size={24} /> {t('changed.send')}
      </button>
    </form>
  );
}

type Entry = { at: string; key: string } & (
  | { type: 'attendance'; row: Household['attendance'][number] }
  | { type: 'question'; row: Question }
);

/**
 * What the inburgeraar changed: "coming / not coming" answers (with the reason) and the questions
 * addressed to this staff member's role (a begeleider's, a consulent's: questionRecipients.ts),
 * newest first. A question without an answer can be answered here, offline too; the answer shows
 * at once, "waiting" until it is sent.
 */
export function WhatChanged({ household, role }: { household: Household; role: StaffRole }) {
  const { t, i18n } = useTranslation(['consulent', 'staff', 'common']);
  const lang = i18n.language;
  const when = (iso: string) => formatDayTime(iso, lang);
  const entries: Entry[] = [
    ...household.attendance.map((row): Entry => ({ type: 'attendance', row, at: row.updatedAt, key: `a-${row.appointmentId}` })),
    ...household.questions.filter((q) => mayAnswer(role, q.contactRole)).map((row): Entry => ({ type: 'question', row, at: row.askedAt, key: `q-${row.id}` })),
  ].sort((a, b) => b.at.localeCompare(a.at));

  return (
    <section className="card consulent-section" aria-labelledby="consulent-changed">
      <h2 className="utrecht-heading-2" id="consulent-changed">
        <Pictogram name="update" size={32} /> {t('changed.title')}
      </h2>
      {entries.length === 0 ? (
        <p className="utrecht-paragraph">{t('changed.none')}</p>
      ) : (
        <ul className="consulent-list">
          {entries.map((e) => {
            if (e.type === 'attendance') {
              const appointment = household.appointments.find((a) => a.id === e.row.appointmentId);
              const coming = e.row.attendance === 'coming';
              return (
                <li key={e.key} className="consulent-entry">
                  <p className="utrecht-paragraph consulent-entry__when">
                    <time dateTime={e.at}>{when(e.at)}</time>
                  </p>
                  <p className="utrecht-paragraph with-icon">
                    <Pictogram name={coming ? 'coming' : 'notComing'} size={28} />
                    <strong>{coming ? t('changed.coming') : t('changed.notComing')}</strong>
                  </p>
                  <p className="utrecht-paragraph">
                    <bdi dir="auto">{appointment?.title ?? t('changed.unknownAppointment')}</bdi>
                    {appointment && <> · {when(appointment.start)}</>}
                  </p>
                  {appointment && e.row.forStart && !answerIsCurrent(e.row, appointment) && (
                    <p className="utrecht-paragraph with-icon">
                      <Pictogram name="update" size={24} />
                      <span>{t('changed.forOldTime', { when: when(e.row.forStart) })}</span>
                    </p>
                  )}
                  {e.row.reason && (
                    <p className="utrecht-paragraph">
                      {t('changed.reason')} <bdi dir="auto">{e.row.reason}</bdi>
                    </p>
                  )}
                </li>
              );
            }
            const q = e.row;
            return (
              <li key={e.key} className="consulent-entry">
                <p className="utrecht-paragraph consulent-entry__when">
                  <time dateTime={e.at}>{when(e.at)}</time>
                </p>
                <p className="utrecht-paragraph with-icon">
                  <Pictogram name="question" size={28} />
                  <strong>{t('changed.question')}</strong>
                </p>
                <p dir="auto" className="utrecht-paragraph consulent-entry__text">
                  {q.text}
                </p>
                {q.photo && <QuestionPhoto dossierId={household.dossierId} questionId={q.id} />}
                {q.answer ? (
                  <div className="consulent-answer">
                    <p className="utrecht-paragraph">
                      <strong>{t('changed.answer')}</strong>{' '}
                      <span className="with-icon consulent-state">
                        <Pictogram name={q.pending ? 'waiting' : 'done'} size={18} /> {q.pending ? t('staff:waiting') : t('staff:sent')}
                      </span>
                    </p>
                    <p dir="auto" className="utrecht-paragraph consulent-entry__text">
                      {q.answer}
                    </p>
                  </div>
                ) : (
                  <AnswerForm dossierId={household.dossierId} question={q} />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
