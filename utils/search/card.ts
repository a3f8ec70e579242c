/** What the saved-list search reads from a card. */
export interface SearchableCard {
  title: string;
  summary: string | null;
  keywords: string[];
  note: string;
  highlightText: string;
  savedAt: string;
  /** The reader's own tags (library cards; searched like keywords). */
  tags?: string[];
  /** The article's body (library cards only: the popup does not load bodies). */
  bodyText?: string;
}
