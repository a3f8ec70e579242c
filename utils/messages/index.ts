// The content script imports the files it needs directly (envelope, tab-protocol, dispatch,
// client) so that the zod schemas of the background's protocol stay out of every page.
export * from './envelope';
export * from './protocol';
export * from './tab-protocol';
export * from './types';
export * from './dispatch';
export * from './client';
