export { privateHandlers, privatePagesOf } from './handlers';
export { createPrivatePages, attemptKind, type PrivatePages, type PrivatePagesDeps } from './pages';
export { createPrivateKey, unwrapPrivateKey, MIN_PRIVATE_PASSPHRASE_LENGTH, type PrivateSecret } from './keys';
export {
  hasPrivatePage,
  privateDatabaseFile,
  privatePageFile,
  privatePageFiles,
  readPrivatePageFile,
  type PrivatePageFile,
} from './page-file';
