export { call } from './hearth';
