export * from './sessions';
export { suggestNext } from './suggestion';
export { sessionHandlers } from './handlers';
