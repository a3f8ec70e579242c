/** What a query and keyword filter ask for, as one comparable key. */
export const searchKey = (terms: readonly string[], keyword: string | null) =>
  terms.length ? `${terms.join('\u0000')}\u0001${keyword ?? ''}` : '';
