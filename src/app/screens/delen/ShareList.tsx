import { useTranslation } from 'react-i18next';
import { revokeShare, type ShareEntry } from '../../../data';
import { formatDate } from '../../format';
import { Pictogram } from '../../components/Pictogram';
import { SECTION_SCREEN } from '../registry';

const STATE_PICTURE = { 'waiting-for-code': 'waiting', code: 'key', 'code-gone': 'key', active: 'volunteer', ended: 'stop' } as const;
const STATE_TEXT = {
  'waiting-for-code': 'access.waiting',
  code: 'access.waiting',
  'code-gone': 'access.waiting',
  active: 'access.active',
  ended: 'access.ended',
} as const;

/** Who can look along: each share with its sections, end date and whether it was used. */
export function ShareList({ shares }: { shares: ShareEntry[] }) {
  const { t, i18n } = useTranslation('delen');
  return (
    <section aria-labelledby="share-list-title">
      <h2 className="utrecht-heading-2" id="share-list-title">{t('access.title')}</h2>
      {shares.length === 0 ? (
        <p className="utrecht-paragraph empty">{t('access.none')}</p>
      ) : (
        <ul className="share-list">
          {shares.map((s) => (
            <li key={s.key} className="card share-item">
              {s.label && (
                <h3 dir="auto" className="utrecht-heading-3 share-item__label">
                  {s.label}
                </h3>
              )}
              <p className="utrecht-paragraph with-icon">
                <Pictogram name={STATE_PICTURE[s.state]} size={28} />
                <span>{t(STATE_TEXT[s.state])}</span>
              </p>
              <ul className="share-item__sections">
                {s.sections.map((section) => (
                  <li key={section} className="with-icon">
                    <Pictogram name={SECTION_SCREEN[section].picture} size={24} />
                    <span>{t(`section.${section}`)}</span>
                  </li>
                ))}
              </ul>
              {s.state !== 'ended' && (
                <>
                  <p className="utrecht-paragraph">{t('access.until', { date: formatDate(s.expiresAt, i18n.language) })}</p>
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--secondary-action button--block"
                    aria-label={s.label ? `${t('end')}: ${s.label}` : t('end')}
                    onClick={() => void revokeShare(s.id)}
                  >
                    <Pictogram name="stop" size={28} />
                    <span>{t('end')}</span>
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
