export * from './json';
export * from './markdown';
export * from './markdown-labels';
export * from './web-annotation';
export * from './import';
export * from './import-problems';
export * from './download';
export * from './json-schema';
