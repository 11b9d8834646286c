import { useEffect, useRef } from 'react';

/** Moves focus to the element when it mounts and whenever `key` changes (e.g. each failed submit). */
export function useFocusOnChange<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [key]);
  return ref;
}
