import { useTranslation } from 'react-i18next';
import { Pictogram } from '../../components/Pictogram';
import { DutchText } from '../../reading/DutchText';

/** A note from the consulent, shown as written (in Dutch), with read-aloud in Dutch. */
export function StepNote({ note, from }: { note: string; from: string }) {
  const { t, i18n } = useTranslation('traject');
  // Readers of another language are told why this text is in Dutch.
  const label = i18n.language === 'nl' ? t('note', { role: from }) : t('noteInDutch', { role: from });
  return (
    <div className="step-note">
      <p className="utrecht-paragraph step-note__from">
        <Pictogram name="write" size={20} /> {label}
      </p>
      <DutchText text={note} className="step-note__text" />
    </div>
  );
}
