export * from './protocol';
export * from './dispatch';
export * from './client';
