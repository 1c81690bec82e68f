import type { ReactNode } from 'react';
import './shell.css';

/** The banner every screen shares: the name, and whatever the open journal adds to it. */
export function TopBar({ children }: { children?: ReactNode }) {
  return (
    <header className="topbar">
      <p className="brand">
        <span className="brand-mark" aria-hidden="true" />
        Hearth
      </p>
      {children}
    </header>
  );
}
