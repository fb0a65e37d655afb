// The store: every database access of the server goes through these functions.
export { importDossier, getDossier, deleteDossier, dossierExists, dossierLanguage, countDossiers, type ImportResult } from './dossiers';
export { checkActivationCode, createActivationCode, createStaffActivationCode, redeemActivationCode, type ActivationCode } from './activation';
export { restoreSession } from './restore';
export { findPullSession, findSession, touchSession, revokeSession, readableDossiers, writableDossiers, type PullPrefetch, type Session } from './sessions';
export { upsertStaff, getStaff, deleteStaff, type StaffUpsertResult } from './staff';
export { listDossierDevices, listStaffDevices, revokeDevice } from './devices';
export { listAudit, recordAudit } from './audit';
export { createCalendarFeed, revokeCalendarFeed, readCalendarFeed } from './calendarFeeds';
export { listQuestions } from './questions';
export { indicatorsOf } from './indicators';
export { countActivities, deleteActivity, listActivities, upsertActivity, type ActivityUpsert } from './activities';
export { deviceKeyOf, registerDeviceKey, type KeyRegistration } from './deviceKeys';
export { pull, pullAnswer, type PullAnswer } from './pull';
export { FullPullCache, fullPullTail } from './fullPullCache';
export { push } from './push';
export { SYNC_SCHEMAS, SchemaVersionError, spokenVersions, syncSchemaFor, type OlderSyncSchema, type SyncSchemas } from './syncSchemas';
export type { Db } from './rows';
export { dayOf, feedbackSummary, storeFeedback, type StoreOutcome } from './feedback';
