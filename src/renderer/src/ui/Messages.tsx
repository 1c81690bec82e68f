import type { ReactNode } from 'react';

/*
 * Live regions are rendered empty from the start and only their content changes:
 * screen readers announce changes inside a region they already know about, and may miss
 * a region that appears together with its message.
 */

/** An error the person should hear at once (a failed save, a keychain problem). */
export function ErrorMessage({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <div id={id} role="alert" className="message-region">
      {children ? <p className="message message-error">{children}</p> : null}
    </div>
  );
}

/** Quiet news ("Saved", "Opening…") announced when the reader is free. */
export function StatusMessage({ children }: { children: ReactNode }) {
  return (
    <div role="status" className="message-region">
      {children ? <p className="message message-status">{children}</p> : null}
    </div>
  );
}
