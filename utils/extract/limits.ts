import { ARTICLE_LIMITS } from '../limits';

/** Length limits of the Article schema (`utils/limits.ts`), applied by cutting page text. */
export const MAX_TITLE = ARTICLE_LIMITS.title;
export const MAX_SOURCE = ARTICLE_LIMITS.source;
export const MAX_SUMMARY = ARTICLE_LIMITS.summary;
export const MAX_BODY = ARTICLE_LIMITS.body;
export const MAX_KEYWORDS = ARTICLE_LIMITS.keywords;
export const MAX_KEYWORD_LENGTH = ARTICLE_LIMITS.keyword;
export const MAX_RELATED = ARTICLE_LIMITS.related;
export const MAX_RELATED_TITLE = ARTICLE_LIMITS.relatedTitle;
export const MAX_RELATED_SUMMARY = ARTICLE_LIMITS.relatedSummary;
