import { useState } from 'preact/hooks';

export type ListTab = 'saved' | 'later' | 'related';

export interface PopupNavContext {
  library: { setKeyword: (keyword: string | null) => void };
  detail: { open: (url: string) => Promise<void>; close: () => void };
}

/** Where the reader is in the popup: which list tab, and which article's detail was opened last. */
export function usePopupNav({ library, detail }: PopupNavContext) {
  const [tab, setTab] = useState<ListTab>('saved');
  const [lastOpened, setLastOpened] = useState<string | null>(null);

  function openDetail(url: string) {
    setLastOpened(url);
    void detail.open(url);
  }

  /** Show the saved articles with this keyword (from a chip on the page card or a detail). */
  function pickKeyword(keyword: string) {
    library.setKeyword(keyword);
    setTab('saved');
    detail.close();
  }

  return { tab, setTab, lastOpened, openDetail, pickKeyword };
}
