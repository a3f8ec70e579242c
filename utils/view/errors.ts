/** The words to show the reader for anything thrown (see `utils/i18n-errors.ts`). */
export { errorText, ReaderError } from '../i18n-errors';
