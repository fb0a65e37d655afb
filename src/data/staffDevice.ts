import { db, syncEngine } from './instance';
import { StaffStore } from './staffStore';
import { StaffVault } from './staffVault';

// A staff device's caseload: sealed under the staff member's PIN (staffStore.ts). Only a staff
// device loads this module (device.ts `loadStaffDevice`), so an inburgeraar's or helper's phone
// never downloads the vault code. Until it is loaded, a staff device does not sync at all.

export const vault = new StaffVault();
export const staffStore = new StaffStore(db, vault);
syncEngine.useStaffStore(staffStore);
// A staff device syncs only while unlocked: giving the PIN is the moment to catch up.
vault.subscribe(() => {
  if (vault.unlocked) void syncEngine.sync();
});
