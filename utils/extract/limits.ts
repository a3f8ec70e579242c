/** Length limits of the Article schema, applied by cutting over-long page text. */
export const MAX_TITLE = 1000;
export const MAX_SOURCE = 500;
export const MAX_SUMMARY = 10_000;
export const MAX_BODY = 2_000_000;
export const MAX_RELATED = 500;
export const MAX_RELATED_TITLE = 1000;
export const MAX_RELATED_SUMMARY = 5000;
