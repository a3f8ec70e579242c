import { browser } from 'wxt/browser';

/** Where the reader's notes template is kept: `storage.local` (or a fake in tests). */
export interface TemplateStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const KEY = 'notesTemplate';

/** The reader's own template, or `fallback` when they have not written one. */
export async function loadNoteTemplate(
  storage: TemplateStorage,
  fallback: string,
): Promise<string> {
  const value = (await storage.get(KEY))[KEY];
  return typeof value === 'string' && value.trim() !== '' ? value : fallback;
}

/** Keep `template` as the reader's own (checked by the caller with `templateProblem`). */
export function saveNoteTemplate(storage: TemplateStorage, template: string): Promise<void> {
  return storage.set({ [KEY]: template });
}

/** Go back to the default template. */
export function resetNoteTemplate(storage: TemplateStorage): Promise<void> {
  return storage.remove(KEY);
}

/** The browser's `storage.local`, where the reader's notes template is kept. */
export function templateStorage(): TemplateStorage {
  return browser.storage.local as unknown as TemplateStorage;
}
