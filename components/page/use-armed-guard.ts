import { useState } from 'preact/hooks';

/**
 * Actions that count only while the frame is seen (see utils/frame/visibility.ts): `guard(act)`
 * runs `act` when armed, else counts the click in `refused` (a click that did nothing).
 */
export function useArmedGuard(armed: boolean) {
  const [refused, setRefused] = useState(0);
  const guard =
    <A extends unknown[]>(act: (...args: A) => void) =>
    (...args: A) => {
      if (armed) act(...args);
      else setRefused((n) => n + 1);
    };
  return { refused, guard };
}
