import { useEffect, useState } from 'react';

/** `value`, once it has stayed the same for `ms` (an empty value passes at once: clearing is instant). */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (value === '' || value === settled) return setSettled(value);
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms, settled]);
  return settled;
}
