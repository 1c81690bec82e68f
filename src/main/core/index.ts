export { createHearth, DATABASE_FILE, type Hearth, type HearthDeps } from './hearth';
export { createHandlers } from './handlers';
export { dispatch, type DispatchLog } from './ipc/dispatch';
export type { AppHandlerTable, HandlerTable, ServedHandlers } from './ipc/handlers';
export { createOsKeychain, type Keychain } from './vault';
export { HearthError } from './errors';
