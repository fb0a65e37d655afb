// The data layer's face for the staff screens (begeleider, consulent). Not part of index.ts: these
// hooks load the vault code (staffDevice.ts), which only a staff device needs.
export {
  choosePin,
  dismissStaffRejected,
  forgetStaffDevice,
  lockVault,
  MIN_PIN_LENGTH,
  PinError,
  touchVault,
  unlockVault,
  useCaseload,
  useHousehold,
  useStaffPending,
  useStaffRejected,
  useVaultStatus,
} from './staffHooks';
export type { Household, VaultStatus } from './staffHooks';
