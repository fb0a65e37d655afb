import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { kilobytes } from '../../../domain/questionPhoto';
import { Pictogram } from '../../components/Pictogram';
import { resizePhoto } from './resizePhoto';

interface Props {
  photo: Blob | null;
  onChange: (photo: Blob | null) => void;
}

/**
 * An optional photo with the question (issue 16, a letter): the camera or a picture on the phone,
 * made small here (resizePhoto.ts), shown as a preview with its size and a way to remove it.
 */
export function PhotoPicker({ photo, onChange }: Props) {
  const { t } = useTranslation('letters');
  const id = useId();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  // One object URL per photo, let go of when the photo changes or the form goes.
  const preview = useMemo(() => (photo ? URL.createObjectURL(photo) : null), [photo]);
  useEffect(() => () => void (preview && URL.revokeObjectURL(preview)), [preview]);

  async function choose(e: React.ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setBusy(true);
    const resized = await resizePhoto(file);
    setBusy(false);
    setFailed(!resized);
    onChange(resized);
  }

  return (
    <fieldset className="photo-picker">
      <legend>{t('photo.title')}</legend>
      {photo && preview ? (
        <div className="photo-picker__preview">
          <img src={preview} alt={t('photo.alt')} />
          <p role="status">{t('photo.size', { size: kilobytes(photo.size) })}</p>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => onChange(null)}>
            {t('photo.remove')}
          </button>
        </div>
      ) : (
        <label htmlFor={`${id}-photo`} className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action photo-picker__add" aria-busy={busy || undefined}>
          <Pictogram name="camera" size={28} /> {t('photo.add')}
          <input id={`${id}-photo`} className="photo-picker__input" type="file" accept="image/*" capture="environment" onChange={(e) => void choose(e)} />
        </label>
      )}
      {failed && (
        <p className="error" role="alert">
          {t('photo.failed')}
        </p>
      )}
    </fieldset>
  );
}
