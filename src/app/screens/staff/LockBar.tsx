import { useTranslation } from 'react-i18next';
import { lockVault, useStaffPending } from '../../../data/staff';
import { Pictogram } from '../../components/Pictogram';

/** Always in sight on a staff device: lock now, and how many changes still wait to be sent. */
export function LockBar() {
  const { t } = useTranslation('staff');
  const pending = useStaffPending();
  return (
    <div className="staff-lockbar">
      <p className="utrecht-paragraph staff-lockbar__pending" role="status">
        {pending > 0 ? (
          <>
            <Pictogram name="waiting" size={22} /> {t('pending', { count: pending })}
          </>
        ) : (
          <>
            <Pictogram name="done" size={22} /> {t('allSent')}
          </>
        )}
      </p>
      <button type="button" className="utrecht-button utrecht-button--secondary-action staff-lockbar__lock" onClick={() => lockVault()}>
        <Pictogram name="lock" size={24} /> {t('pin.lock')}
      </button>
    </div>
  );
}
