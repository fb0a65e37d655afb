import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useCanChange, useContacts, useOntzorgen } from '../../../data';
import type { COURSE_STATUSES } from '../../../domain/enums';
import { ontzorgenMonths, ontzorgenPosition } from '../../../domain/ontzorgen';
import { Pictogram } from '../../components/Pictogram';
import { dayKey, formatDate } from '../../format';
import { ReadAloud } from '../../reading/ReadAloud';
import { useMyGemeente } from '../../useMyGemeente';
import { useNow } from '../../useNow';
import { useRoleName } from '../mensen/useRoleName';
import { AfterOntzorgen } from './AfterOntzorgen';
import { CourseStatus } from './CourseStatus';
import { FailedPayments } from './FailedPayments';
import { MonthPayments } from './MonthPayments';
import { PeriodCalendar } from './PeriodCalendar';
import './geld.css';

/** Mijn geld: financieel ontzorgen, month by month, and what changes when it ends. */
export function GeldScreen() {
  const { t, i18n } = useTranslation('geld');
  const data = useOntzorgen();
  const contacts = useContacts();
  const gemeente = useMyGemeente();
  const roleName = useRoleName();
  const canChange = useCanChange();
  const today = dayKey(useNow());
  if (!data || !contacts) return null;

  const helperRole = gemeente.topics.find((topic) => topic.id === 'money')?.role ?? gemeente.regieRole;
  const { ontzorgen, payments } = data;
  const head = (
    <header className="screen-head">
      <Pictogram name="money" size={48} />
      <div>
        <h1 className="utrecht-heading-1">{t('title')}</h1>
        <p className="utrecht-paragraph">{ontzorgen ? t('intro') : t('introNone')}</p>
      </div>
    </header>
  );
  if (!ontzorgen) {
    return (
      <>
        {head}
        <section className="card empty-state" aria-labelledby="none-title">
          <h2 className="utrecht-heading-2" id="none-title">{t('none.title')}</h2>
          <p className="utrecht-paragraph">{t('none.text')}</p>
          <p className="utrecht-paragraph">{t('none.help', { role: roleName(gemeente.regieRole) })}</p>
          <div className="actions">
            {canChange && (
              <Link href="/vraag" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action">
                <Pictogram name="question" size={24} /> {t('none.ask')}
              </Link>
            )}
            <Link href="/info/geld" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action">
              <Pictogram name="info" size={24} /> {t('none.more')}
            </Link>
          </div>
        </section>
      </>
    );
  }

  const months = ontzorgenMonths(ontzorgen.start, gemeente.ontzorgen.months, payments, today);
  const position = ontzorgenPosition(ontzorgen.end, today, months);
  // This month first, then what comes next, then the months before, newest first.
  const rank = { current: 0, future: 1, past: 2 } as const;
  const withPayments = months
    .filter((m) => m.payments.length > 0)
    .sort((a, b) => rank[a.when] - rank[b.when] || (a.when === 'future' ? a.index - b.index : b.index - a.index));
  // The current state first: this month and what comes; the months before are folded away.
  const open = withPayments.filter((m) => m.when !== 'past');
  const earlier = withPayments.filter((m) => m.when === 'past');
  const ended = position === 'ended';
  const period =
    typeof position === 'number'
      ? t('period.month', { current: position, total: months.length })
      : position === 'ended'
        ? t('period.ended', { date: formatDate(ontzorgen.end, i18n.language) })
        : t('period.before', { date: formatDate(ontzorgen.start, i18n.language) });
  const after = <AfterOntzorgen costs={gemeente.ontzorgen.costs} end={ontzorgen.end} ended={ended} />;
  return (
    <>
      {head}
      {/* Once ontzorgen has ended, "now you pay yourself" and its checklist is what to do now. */}
      {ended && after}
      {/* Next action first: a payment that failed says what to do (call the helper) before the overview. */}
      <FailedPayments
        failed={payments.filter((p) => p.status === 'failed')}
        helper={contacts.find((c) => c.role === helperRole)}
        helperRole={roleName(helperRole)}
      />
      <section className="card card--highlight" aria-labelledby="period-title">
        <h2 className="utrecht-heading-2" id="period-title">{period}</h2>
        <PeriodCalendar months={months} />
        <ReadAloud texts={[period]} />
      </section>
      <section aria-labelledby="payments-title" className="months">
        <h2 className="utrecht-heading-2" id="payments-title">{t('payments')}</h2>
        {withPayments.length === 0 && <p className="utrecht-paragraph empty">{t('noPayments')}</p>}
        {open.map((m) => (
          <MonthPayments key={m.month} month={m} />
        ))}
        {earlier.length > 0 && (
          <details className="months__earlier">
            <summary className="utrecht-button utrecht-button--secondary-action button--block">{t('earlier', { count: earlier.length })}</summary>
            {earlier.map((m) => (
              <MonthPayments key={m.month} month={m} />
            ))}
          </details>
        )}
      </section>
      <CourseStatus course={ontzorgen.course as (typeof COURSE_STATUSES)[number]} compulsory={gemeente.ontzorgen.courseCompulsory} />
      {!ended && after}
    </>
  );
}
