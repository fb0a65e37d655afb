import { openDb, type AppDb } from './db';
import { SyncEngine } from './sync';

// The one database and sync engine of this app instance. UI code reaches them through the hooks
// and actions of src/data (device.ts), never directly. A module of its own, so that the staff
// device's code (staffDevice.ts, loaded on demand by device.ts) needs nothing of device.ts.

export const db: AppDb = openDb();
export const syncEngine = new SyncEngine(db);
