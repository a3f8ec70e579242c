import type { ComponentChildren } from 'preact';

export interface TabSpec<Id extends string> {
  id: Id;
  label: ComponentChildren;
  testId: string;
}

interface Props<Id extends string> {
  tabs: TabSpec<Id>[];
  active: Id;
  label: string;
  onChange: (id: Id) => void;
}

/** A tab strip: click, or move with the arrow keys, Home and End (focus follows the choice). */
export function Tabs<Id extends string>({ tabs, active, label, onChange }: Props<Id>) {
  function onKeyDown(e: KeyboardEvent) {
    const i = tabs.findIndex((tab) => tab.id === active);
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % tabs.length
        : e.key === 'ArrowLeft'
          ? (i - 1 + tabs.length) % tabs.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? tabs.length - 1
              : -1;
    if (next < 0) return;
    e.preventDefault();
    const tab = tabs[next]!;
    onChange(tab.id);
    const strip = e.currentTarget as HTMLElement;
    strip.querySelector<HTMLElement>(`[data-tab="${tab.id}"]`)?.focus();
  }
  return (
    <div class="tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((tab) => {
        const selected = tab.id === active;
        return (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            class="tab"
            data-tab={tab.id}
            data-testid={tab.testId}
            aria-selected={selected ? 'true' : 'false'}
            aria-controls={`panel-${tab.id}`}
            tabIndex={selected ? 0 : -1}
            onClick={() => onChange(tab.id)}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}
