export * from './definitions';
export * from './compute';
export * from './extras';
export * from './params';
export * from './describe';
