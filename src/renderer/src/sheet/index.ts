// The print window (./print, started by print.html) is the sheet's other face and lives inside it.
export { SheetScreen } from './SheetScreen';
