export { startHarness, type Harness, type HarnessOptions } from './server';
