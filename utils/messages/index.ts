// The content script imports the files it needs directly (envelope, tab-requests, dispatch) so
// that full zod (the background's requests) stays out of every page.
export * from './envelope';
export * from './requests';
export * from './tab-requests';
export * from './replies';
export * from './broadcasts';
export * from './types';
export * from './dispatch';
export * from './client';
