import { useState } from 'react';
import type { AppStatus } from '../../../shared/model';
import { TopBar } from '../app/TopBar';
import { call } from '../api';
import { ErrorMessage, ScreenHeading, StatusMessage } from '../ui';
import './lock.css';

/**
 * Shown whenever the journal is closed. Anyone may be looking at this screen, so it says
 * nothing about whose journal it is or what is in it.
 */
export function LockScreen({ onOpened }: { onOpened: (status: AppStatus) => void }) {
  const [opening, setOpening] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const open = async () => {
    if (opening) return;
    setOpening(true);
    setError(null);
    const result = await call('vault.unlock');
    setOpening(false);
    if (result.ok) onOpened(result.value);
    else setError(result.error.message);
  };

  return (
    <>
      <TopBar />
      <main className="page page-narrow lock">
        <div className="card lock-card">
          <ScreenHeading>Your journal is locked</ScreenHeading>
          <p className="lede">Open it when you are ready. Nothing in it is shown until you do.</p>
          <ErrorMessage>{error}</ErrorMessage>
          <StatusMessage>{opening ? 'Opening your journal…' : null}</StatusMessage>
          <button
            type="button"
            className="button button-primary"
            aria-disabled={opening || undefined}
            onClick={() => void open()}
          >
            Open journal
          </button>
        </div>
      </main>
    </>
  );
}
