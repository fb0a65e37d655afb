import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useCaseload, type Household } from '../../../data/staff';
import { byNeed, type KoersFlag } from '../../../domain/opKoers';
import { checklistPictogram } from '../../components/kindPictograms';
import { Pictogram, type PictogramName } from '../../components/Pictogram';
import { dayKey, formatDayTime } from '../../format';
import { languageOf } from '../../i18n/languages';
import { useNow } from '../../useNow';
import { useStaffRole } from '../consulent/useStaffRole';

// The notification switch is its own chunk, as NotificationOffer on the home: the first screen's JS stays the same.
const NotificationSettings = lazy(() => import('../telefoon/NotificationSettings').then((m) => ({ default: m.NotificationSettings })));

/** One picture per reason a household needs attention ("op koers", src/domain/opKoers.ts). */
const FLAG_PICTURE: Record<KoersFlag, PictogramName> = {
  question: 'question',
  notComing: 'notComing',
  absence: 'warning',
  overdueStep: 'overdue',
  termEnds: 'deadline',
};

/** The household's flags, most urgent first; "op koers" when there are none. */
function KoersFlags({ flags }: { flags: readonly KoersFlag[] }) {
  const { t } = useTranslation('staff');
  if (flags.length === 0) {
    return (
      <span className="with-icon">
        <Pictogram name="done" size={20} /> {t('koers.onCourse')}
      </span>
    );
  }
  return (
    // Spans, not a list: the card is one link, whose content must stay phrasing content.
    <span className="staff-flags">
      {flags.map((flag) => (
        <span key={flag} className="with-icon staff-flag">
          <Pictogram name={FLAG_PICTURE[flag]} size={20} /> {t(`koers.flag.${flag}`)}
        </span>
      ))}
    </span>
  );
}

function HouseholdCard({ household }: { household: Household & { flags: KoersFlag[] } }) {
  const { t, i18n } = useTranslation('staff');
  const { dossier, nextAppointment, openCount } = household;
  const lang = i18n.language;
  return (
    <li>
      <Link href={`/huisbezoek/${encodeURIComponent(household.dossierId)}`} className="card staff-household">
        <Pictogram name="family" size={40} />
        <span className="staff-household__text">
          <strong>
            <bdi>{dossier.firstName}</bdi>
          </strong>
          <span>{t('caseload.language', { language: languageOf(dossier.language).nativeName })}</span>
          <KoersFlags flags={household.flags} />
          <span className="with-icon">
            <Pictogram name={openCount > 0 ? 'later' : 'done'} size={20} />
            {openCount > 0 ? t('caseload.open', { count: openCount }) : t('caseload.allDone')}
          </span>
          <span className="with-icon">
            <Pictogram name="agenda" size={20} />
            {nextAppointment
              ? t('caseload.next', { date: formatDayTime(nextAppointment.start, lang) })
              : t('caseload.noNext')}
          </span>
        </span>
      </Link>
    </li>
  );
}

/** What is still open across the whole caseload, by kind: whom to help with what. */
function OpenAcrossCaseload({ households }: { households: Household[] }) {
  const { t } = useTranslation(['staff', 'geregeld']);
  const byKind = new Map<string, string[]>();
  for (const h of households) {
    for (const item of h.checklist) {
      if (item.status !== 'todo' && item.status !== 'busy') continue;
      byKind.set(item.kind, [...(byKind.get(item.kind) ?? []), h.dossier.firstName]);
    }
  }
  return (
    <section className="card" aria-labelledby="open-across">
      <h2 className="utrecht-heading-2" id="open-across">{t('caseload.openTitle')}</h2>
      {byKind.size === 0 ? (
        <p className="utrecht-paragraph">{t('caseload.openNone')}</p>
      ) : (
        <ul className="staff-open">
          {[...byKind].map(([kind, names]) => (
            <li key={kind}>
              <Pictogram name={checklistPictogram(kind as Household['checklist'][number]['kind'])} size={32} />
              <span>
                <strong>{t(`geregeld:kind.${kind as 'other'}`)}</strong> ({names.length})
                <br />
                <bdi>{names.join(', ')}</bdi>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * The staff member's home: the households of the caseload, readable offline, those that need them
 * most first ("op koers", issue 13), each with why.
 */
export function CaseloadScreen() {
  const { t } = useTranslation('staff');
  const { t: tConsulent } = useTranslation('consulent');
  const caseload = useCaseload();
  const role = useStaffRole();
  const now = useNow();
  const households = caseload && byNeed(caseload, role ?? 'begeleider', { now: now.getTime(), today: dayKey(now) });
  return (
    <>
      <header className="screen-head">
        <Pictogram name="people" size={48} />
        <div>
          <h1 className="utrecht-heading-1">{t('caseload.title')}</h1>
          <p className="utrecht-paragraph">{t('caseload.intro')}</p>
          <p className="utrecht-paragraph">{t('koers.intro')}</p>
        </div>
      </header>
      {role === 'consulent' && (
        <Link href="/consulent/nieuw" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action button--block consulent-new">
          <Pictogram name="document" size={24} /> {tConsulent('household.newDossier')}
        </Link>
      )}
      {!households ? (
        <p className="utrecht-paragraph" role="status">{t('loading')}</p>
      ) : households.length === 0 ? (
        <p className="utrecht-paragraph empty">{t('caseload.empty')}</p>
      ) : (
        <>
          <ul className="staff-households">
            {households.map((h) => (
              <HouseholdCard key={h.dossierId} household={h} />
            ))}
          </ul>
          <OpenAcrossCaseload households={households} />
        </>
      )}
      {/* This work phone's notifications: a new question or "can't come" in the caseload. */}
      <Suspense fallback={null}>
        <NotificationSettings audience="staff" />
      </Suspense>
    </>
  );
}
