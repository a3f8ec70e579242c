export * from './url';
export * from './article';
export * from './records';
export * from './export-file';
export * from './tags';
