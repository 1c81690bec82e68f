export { createSyncService, PAIRING_LIFETIME_MS, type SyncService, type SyncServiceDeps } from './service';
export { syncHandlers } from './handlers';
export { createFolderTokens, syncFolderTokens, type FolderTokens } from './folder-tokens';
export { SyncEngine, type FolderPort } from './engine';
export { SYNC_POLICY, REPLICATED } from './replicated';
