// The data layer's public face for the UI.
export { activate, ActivationError, change, checkCode, countWaitingChanges, dismissRejected, normaliseCode, openLocalData, sendWaitingFirst, staffUnlockMethods, syncEngine } from './device';
export type { ActivateOptions, SwitchCheck } from './device';
export { clearChangeProblem, useChangeProblem } from './changeProblems';
export type { ChangeProblemCode } from './changeProblems';
export { useAgenda, useDevice, useDossier, useNextAppointment, useOnline, useRejected, useSyncStatus } from './hooks';
export type { AgendaItem, DeviceState, SyncStatus } from './hooks';
export { CalendarFeedError, stopCalendar, subscribeCalendar, useCalendarFeedUrl } from './calendarFeed';
export { useCanChange, useChecklist, useContacts, useOntzorgen, useQuestions, useSteps } from './personalHooks';
export type { ChecklistEntry, OntzorgenData, QuestionEntry } from './personalHooks';
export { createShare, revokeShare, useShare, useShares } from './shares';
export type { ShareEntry } from './shares';
export { appPinWaitUntil, checkAppPin, removeAppPin, removeMyData, sendWaitingChanges, setAppPin, useAppLock, usePinSet } from './telefoon';
export type { AppLockState, PinCheck, SignOutOutcome } from './telefoon';
export { isValidPin } from './appPin';
export { startSignOutRetry } from './thisPhone';
export { helperReadingKey } from './storageKeys';
// Notifications (./webPush) are imported from their own module, so they stay out of the first screen's download.
export { hasUnsavedInput, useHasUnsavedInput, useUnsavedInput } from './unsavedInput';
// The staff screens' hooks and actions load the vault code: they come from './staff' (staff.ts).
// Home's "what changed" is a lazy chunk: its hooks come from './changesHooks' (changesHooks.ts).
export type { Household, VaultStatus } from './staffHooks';
