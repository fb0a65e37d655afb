import { useTranslation } from 'react-i18next';
import { useDevice } from '../../../data';
import { Pictogram } from '../../components/Pictogram';
import { NotificationSettings } from './NotificationSettings';
import { PinSettings } from './PinSettings';
import { RemoveData } from './RemoveData';
import './telefoon.css';

/** "Deze telefoon": remove my data from this phone, and the app PIN for a phone shared in the family. */
export function TelefoonScreen() {
  const { t } = useTranslation('telefoon');
  const device = useDevice();
  return (
    <>
      <header className="screen-head">
        <Pictogram name="mobile" size={48} />
        <div>
          <h1 className="utrecht-heading-1">{t('title')}</h1>
          <p className="utrecht-paragraph">{t('intro')}</p>
        </div>
      </header>
      <NotificationSettings audience={device.status === 'activated' && device.kind === 'helper' ? 'helper' : 'person'} />
      <PinSettings />
      <RemoveData />
    </>
  );
}
