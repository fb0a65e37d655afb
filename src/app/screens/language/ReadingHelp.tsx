import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Pictogram } from '../../components/Pictogram';
import { updateReadingSettings, useReadingSettings, type ReadingSettings } from '../../reading/settings';

const OPTIONS: { key: keyof ReadingSettings; label: 'reading.showDutch' | 'reading.largeText' | 'reading.highContrast' }[] = [
  { key: 'showDutch', label: 'reading.showDutch' },
  { key: 'largeText', label: 'reading.largeText' },
  { key: 'highContrast', label: 'reading.highContrast' },
];

/** Switches for the reading help; the phone remembers them. */
export function ReadingHelp() {
  const { t } = useTranslation();
  const settings = useReadingSettings();
  const id = useId();
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="utrecht-heading-2 with-icon">
        <Pictogram name="glasses" size={32} /> {t('reading.title')}
      </h2>
      <ul className="settings-list">
        {OPTIONS.map((o) => (
          <li key={o.key}>
            <label className="switch">
              <span>{t(o.label)}</span>
              <input
                type="checkbox"
                role="switch"
                checked={settings[o.key]}
                onChange={(e) => updateReadingSettings({ [o.key]: e.target.checked })}
              />
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
