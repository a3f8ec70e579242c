import { useEffect, useMemo, useState } from 'preact/hooks';
import type { HubItem } from '../hub/items';
import {
  EMPTY_SCHEDULE,
  answer,
  todaysReview,
  type ReviewAnswer,
  type ReviewSchedule,
} from './schedule';
import { loadSchedule, saveSchedule, type ReviewStorage } from './store';

/** Today's review, one highlight at a time; answers are kept in `storage` (this device only). */
export function useReview(
  items: readonly HubItem[],
  storage: ReviewStorage,
  now: () => Date,
  onError: (e: unknown) => void,
) {
  const [schedule, setSchedule] = useState<ReviewSchedule | null>(null);
  useEffect(() => {
    loadSchedule(storage).then(setSchedule, (e: unknown) => {
      setSchedule(EMPTY_SCHEDULE);
      onError(e);
    });
  }, [storage]);
  const queue = useMemo(
    () => (schedule ? todaysReview(items, schedule, now()) : []),
    [items, schedule],
  );
  return {
    loading: schedule === null,
    current: queue[0] ?? null,
    left: queue.length,
    reply(id: string, reply: ReviewAnswer) {
      if (!schedule) return;
      const next = answer(schedule, id, reply, now());
      setSchedule(next);
      saveSchedule(storage, next).catch(onError);
    },
  };
}
