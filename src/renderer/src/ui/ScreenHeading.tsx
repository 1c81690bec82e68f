import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The one h1 of a screen. It takes focus when the screen appears, so keyboard and
 * screen-reader users start at the top of what just changed instead of on a stale button.
 */
export function ScreenHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="screen-heading">
      {children}
    </h1>
  );
}
