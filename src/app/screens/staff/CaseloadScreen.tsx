import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useCaseload, type Household } from '../../../data/staff';
import { checklistPictogram } from '../../components/kindPictograms';
import { Pictogram } from '../../components/Pictogram';
import { formatDayTime } from '../../format';
import { languageOf } from '../../i18n/languages';
import { useStaffRole } from '../consulent/useStaffRole';

function HouseholdCard({ household }: { household: Household }) {
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
      <h2 id="open-across">{t('caseload.openTitle')}</h2>
      {byKind.size === 0 ? (
        <p>{t('caseload.openNone')}</p>
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

/** The begeleider's home: the households of the caseload, readable offline. */
export function CaseloadScreen() {
  const { t } = useTranslation('staff');
  const { t: tConsulent } = useTranslation('consulent');
  const households = useCaseload();
  const role = useStaffRole();
  return (
    <>
      <header className="screen-head">
        <Pictogram name="people" size={48} />
        <div>
          <h1>{t('caseload.title')}</h1>
          <p>{t('caseload.intro')}</p>
        </div>
      </header>
      {role === 'consulent' && (
        <Link href="/consulent/nieuw" className="button button--primary button--block consulent-new">
          <Pictogram name="document" size={24} /> {tConsulent('household.newDossier')}
        </Link>
      )}
      {!households ? (
        <p role="status">{t('loading')}</p>
      ) : households.length === 0 ? (
        <p className="empty">{t('caseload.empty')}</p>
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
    </>
  );
}
