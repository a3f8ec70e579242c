import { useRef } from 'preact/hooks';
import type { PageLabels } from './labels';
import { clampLeft, TOOLBAR_WIDTH } from './position';
import { useEscape } from './use-escape';

export interface PageNoticeProps {
  x: number;
  y: number;
  viewportWidth?: number;
  scrollX?: number;
  /** What went wrong, in words (for example: storage is full). */
  message: string;
  onClose: () => void;
  labels: PageLabels;
}

/** Tells the reader, by the place they were working, that something they did was not kept. */
export function PageNotice(props: PageNoticeProps) {
  const panel = useRef<HTMLDivElement>(null);
  useEscape(panel, props.onClose);
  const left = clampLeft(props.x, TOOLBAR_WIDTH, props.viewportWidth, props.scrollX);
  return (
    <div
      ref={panel}
      class="ana-panel ana-toolbar ana-notice"
      role="alert"
      data-testid="page-error"
      style={{ left: `${left}px`, top: `${props.y}px` }}
    >
      <p class="ana-notice-text">{props.message}</p>
      <div class="ana-row ana-actions">
        <button type="button" class="ana-button" onClick={props.onClose}>
          {props.labels.close}
        </button>
      </div>
    </div>
  );
}
