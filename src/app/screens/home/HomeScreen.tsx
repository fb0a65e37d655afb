import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDevice, useDossier } from '../../../data';
import { InstallHint } from '../../components/InstallHint';
import { Pictogram, type PictogramName } from '../../components/Pictogram';
import { NextAppointmentCard } from './NextAppointmentCard';
import { regieContext } from '../../gemeente';

// Loaded after the first screen: the offer is not needed to open the app.
const NotificationOffer = lazy(() => import('./NotificationOffer').then((m) => ({ default: m.NotificationOffer })));

type PersonalSection = 'traject' | 'mensen' | 'vraag' | 'geld' | 'geregeld';

const SECTIONS: {
  href: string;
  picture: PictogramName;
  title: 'sections.agenda' | 'sections.info' | 'sections.language' | `sections.${PersonalSection}`;
  hint: 'sections.agendaHint' | 'sections.infoHint' | 'sections.languageHint' | `sections.${PersonalSection}Hint`;
}[] = [
  { href: '/agenda', picture: 'agenda', title: 'sections.agenda', hint: 'sections.agendaHint' },
  { href: '/traject', picture: 'traject', title: 'sections.traject', hint: 'sections.trajectHint' },
  { href: '/mensen', picture: 'people', title: 'sections.mensen', hint: 'sections.mensenHint' },
  { href: '/vraag', picture: 'question', title: 'sections.vraag', hint: 'sections.vraagHint' },
  { href: '/geld', picture: 'money', title: 'sections.geld', hint: 'sections.geldHint' },
  { href: '/geregeld', picture: 'checklist', title: 'sections.geregeld', hint: 'sections.geregeldHint' },
  { href: '/info', picture: 'info', title: 'sections.info', hint: 'sections.infoHint' },
  { href: '/language', picture: 'language', title: 'sections.language', hint: 'sections.languageHint' },
];

export function HomeScreen() {
  const { t } = useTranslation(['home', 'delen', 'telefoon']);
  const dossier = useDossier();
  // Only the inburgeraar can share the dossier; a helper's or staff member's phone cannot.
  const device = useDevice();
  const canShare = device.status === 'activated' && device.kind === 'inburgeraar';
  return (
    <>
      <h1 className="greeting">
        <Pictogram name="welcome" size={40} />
        <span dir="auto">{dossier ? t('greeting', { name: dossier.firstName }) : t('greetingNoName')}</span>
      </h1>
      <NextAppointmentCard />
      {device.status === 'activated' && (
        <Suspense fallback={null}>
          <NotificationOffer />
        </Suspense>
      )}
      <nav aria-labelledby="sections-title">
        <h2 id="sections-title">{t('sections.title')}</h2>
        <ul className="tiles">
          {SECTIONS.map((s) => (
            <li key={s.href}>
              <Link href={s.href} className="tile">
                <Pictogram name={s.picture} size={48} />
                <span className="tile__title">{t(s.title)}</span>
                <span className="tile__hint">{s.hint === 'sections.vraagHint' ? t('sections.vraagHint', regieContext()) : t(s.hint)}</span>
              </Link>
            </li>
          ))}
          {canShare && (
            <li>
              <Link href="/delen" className="tile">
                <Pictogram name="volunteer" size={48} />
                <span className="tile__title">{t('delen:tile')}</span>
                <span className="tile__hint">{t('delen:tileHint')}</span>
              </Link>
            </li>
          )}
          {canShare && (
            <li>
              <Link href="/telefoon" className="tile">
                <Pictogram name="mobile" size={48} />
                <span className="tile__title">{t('telefoon:tile')}</span>
                <span className="tile__hint">{t('telefoon:tileHint')}</span>
              </Link>
            </li>
          )}
        </ul>
      </nav>
      <InstallHint />
    </>
  );
}
