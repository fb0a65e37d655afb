import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useHousehold, type Household } from '../../../data/staff';
import { Pictogram } from '../../components/Pictogram';
import { languageOf } from '../../i18n/languages';
import { useMyGemeente } from '../../useMyGemeente';
import { ConsulentHousehold } from '../consulent/ConsulentHousehold';
import { WhatChanged } from '../consulent/WhatChanged';
import { useStaffRole } from '../consulent/useStaffRole';
import { StaffChecklistItem } from './StaffChecklistItem';
import { useHouseholdT } from './useHouseholdT';
import { VisitNotes } from './VisitNotes';
import '../geregeld/geregeld.css';

type Item = Household['checklist'][number];

/** The municipality's order (the order of a home visit), then the consulent's. */
function inVisitOrder(items: Item[], order: readonly string[]): Item[] {
  const rank = (kind: string) => (order.includes(kind) ? order.indexOf(kind) : order.length);
  return [...items].sort((a, b) => rank(a.kind) - rank(b.kind) || a.order - b.order);
}

/** A home visit: the household's checklist to go through together, and a visit note. */
export function HouseholdScreen({ dossierId }: { dossierId: string }) {
  const { t } = useTranslation(['staff', 'geregeld']);
  const household = useHousehold(decodeURIComponent(dossierId));
  const gemeente = useMyGemeente();
  const language = household?.dossier.language ?? 'nl';
  const tHome = useHouseholdT(language, 'geregeld');
  const role = useStaffRole();
  if (household === undefined) return <p className="utrecht-paragraph" role="status">{t('loading')}</p>;
  const back = (
    <Link href="/" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action staff-back">
      <Pictogram name="people" size={24} /> {t('household.back')}
    </Link>
  );
  if (household === null) {
    return (
      <>
        <p className="utrecht-paragraph empty">{t('household.notFound')}</p>
        {back}
      </>
    );
  }
  const done = household.checklist.filter((i) => i.status === 'done' || i.status === 'not-needed').length;
  return (
    <>
      {back}
      <header className="screen-head">
        <Pictogram name="family" size={48} />
        <div>
          <h1 className="utrecht-heading-1">
            {t('household.title')} <bdi dir="auto">{household.dossier.firstName}</bdi>
          </h1>
          <p className="utrecht-paragraph">{t('caseload.language', { language: languageOf(language).nativeName })}</p>
        </div>
      </header>
      {/* The "can't come" answers and the questions for this staff member, answered offline too. */}
      {role === 'consulent' ? <ConsulentHousehold household={household} /> : role && <WhatChanged household={household} role={role} />}
      <p className="utrecht-paragraph">{t('household.intro')}</p>
      <section aria-labelledby="visit-checklist" className="staff-checklist">
        <h2 className="utrecht-heading-2" id="visit-checklist">
          <Pictogram name="checklist" size={32} /> {t('geregeld:title')}
        </h2>
        <p className="utrecht-paragraph check-summary">
          <strong>{t('geregeld:summary', { done, total: household.checklist.length })}</strong>
        </p>
        {household.checklist.length === 0 && <p className="utrecht-paragraph empty">{t('geregeld:empty')}</p>}
        {inVisitOrder(household.checklist, gemeente.checklist).map((item) => (
          <StaffChecklistItem key={item.id} item={item} dossierId={household.dossierId} language={language} tHome={tHome} />
        ))}
      </section>
      <VisitNotes household={household} />
    </>
  );
}
