export * from './journal-schema';
export * from './records';
export * from './compare';
