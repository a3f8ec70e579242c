/** The words to show the reader for anything thrown (DbError and MessageError carry plain words). */
export function errorText(e: unknown): string {
  if (e instanceof Error && e.message) return e.message;
  if (typeof e === 'string' && e) return e;
  return String(e);
}
