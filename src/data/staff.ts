// The data layer's face for the staff screens (begeleider, consulent). Not part of index.ts: these
// hooks load the vault code (staffDevice.ts), which only a staff device needs.
export {
  choosePasskey,
  chooseSecret,
  dismissStaffRejected,
  forgetStaffDevice,
  lockVault,
  MIN_SECRET_LENGTH,
  PasskeyUnavailable,
  passkeyAvailable,
  PinError,
  touchVault,
  unlockVault,
  unlockWithPasskey,
  useCaseload,
  useHousehold,
  useStaffPending,
  useStaffRejected,
  useVaultMethods,
  useVaultStatus,
} from './staffHooks';
export type { Household, VaultMethods, VaultStatus } from './staffHooks';
export { isChangeOf } from './syncCore';
export { fetchQuestionPhoto, PhotoFetchError } from './staffPhotos';
