import type { ReactNode } from 'react';
import { useT } from '../i18n';
import './shell.css';

/** The banner every screen shares: the name, and whatever the open journal adds to it. */
export function TopBar({ children }: { children?: ReactNode }) {
  const { t } = useT('ui');
  return (
    <header className="topbar">
      <p className="brand">
        <span className="brand-mark" aria-hidden="true" />
        {t('brand')}
      </p>
      {children}
    </header>
  );
}
