// The data layer's public face for the UI.
export { activate, ActivationError, change, dismissRejected, normaliseCode, syncEngine } from './device';
export { useAgenda, useDevice, useDossier, useNextAppointment, useRejected, useSyncStatus } from './hooks';
export type { AgendaItem, DeviceState, SyncStatus } from './hooks';
