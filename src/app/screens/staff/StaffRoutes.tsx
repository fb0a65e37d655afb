import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { touchVault, useVaultMethods, useVaultStatus } from '../../../data/staff';
import { ConsulentRoutes } from '../consulent/ConsulentRoutes';
import { useStaffRole } from '../consulent/useStaffRole';
import { CaseloadScreen } from './CaseloadScreen';
import { HouseholdScreen } from './HouseholdScreen';
import { LockBar } from './LockBar';
import { SecretSetupScreen } from './SecretSetupScreen';
import { StaffRejected } from './StaffRejected';
import { UnlockScreen } from './UnlockScreen';
import './staff.css';

/** Every tap or key press counts as use: the vault stays open while someone works with it. */
function useActivityKeepsOpen(): void {
  useEffect(() => {
    const onUse = () => touchVault();
    window.addEventListener('pointerdown', onUse, { passive: true });
    window.addEventListener('keydown', onUse);
    return () => {
      window.removeEventListener('pointerdown', onUse);
      window.removeEventListener('keydown', onUse);
    };
  }, []);
}

/**
 * A staff device (begeleider, and for now a consulent too): first how it opens (fingerprint or
 * screen lock, or a secret), then the caseload. When the vault locks itself after five minutes
 * without use, the unlock screen shows again at once.
 */
export function StaffRoutes() {
  const { t } = useTranslation('staff');
  const methods = useVaultMethods();
  const status = useVaultStatus(methods);
  const role = useStaffRole();
  useActivityKeepsOpen();
  if (status === 'loading') return <p className="utrecht-paragraph" role="status">{t('loading')}</p>;
  if (status === 'no-pin') return <SecretSetupScreen />;
  if (status === 'upgrade') return <SecretSetupScreen upgrade />;
  if (status === 'locked' && methods) return <UnlockScreen methods={methods} />;
  return (
    <>
      <LockBar />
      <StaffRejected />
      <Switch>
        <Route path="/huisbezoek/:dossierId">{(params) => <HouseholdScreen dossierId={params.dossierId} />}</Route>
        {/* A consulent's own screens (new dossier, activation QR); a begeleider's device has none. */}
        {role === 'consulent' && <Route path="/consulent/*" component={ConsulentRoutes} />}
        <Route component={CaseloadScreen} />
      </Switch>
    </>
  );
}
