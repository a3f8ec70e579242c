import { z } from 'zod';
import { ISO_DATE_RE, isHttpUrl } from '../url';

export { ISO_DATE_RE, isHttpUrl, safeHttpUrl } from '../url';

export const HttpUrl = z
  .string()
  .refine(isHttpUrl, { message: 'not an http(s) URL', params: { problem: 'notWebAddress' } });
export const IsoDate = z.string().regex(ISO_DATE_RE, { message: 'not an ISO 8601 date' });
/** A full timestamp as written by `Date#toISOString()`. */
export const IsoTimestamp = z.iso.datetime({ message: 'not an ISO 8601 timestamp' });
