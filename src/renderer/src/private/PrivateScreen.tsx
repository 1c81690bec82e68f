import { useCallback, useEffect, useState } from 'react';
import type { PartnerSlot } from '../../../shared/model';
import type { PartnerNames } from '../ui/partner-names';
import { call } from '../api';
import { ErrorMessage, ScreenHeading, StatusMessage } from '../ui';
import { CreatePage } from './CreatePage';
import { OpenPage } from './OpenPage';
import { PageNotes } from './PageNotes';
import { usePrivateLockTriggers } from './use-private-lock-triggers';
import { useT } from '../i18n';
import './private.css';

type View = { step: 'choose' } | { step: 'create' | 'unlock' | 'open'; partner: PartnerSlot };

/**
 * "My private page": each partner's own page, sealed with a passphrase only they know. Leaving
 * this screen, 2 minutes idle, a minute in the background or any journal lock locks the page;
 * locking drops every word of it from the window.
 */
export function PrivateScreen({ names, onLeave }: { names: PartnerNames; onLeave: () => void }) {
  const { t } = useT('private');
  const [view, setView] = useState<View>({ step: 'choose' });
  const [exists, setExists] = useState<Record<PartnerSlot, boolean> | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const readStatus = useCallback(async () => {
    const result = await call('private.status');
    if (result.ok) setExists({ a: result.value.a.exists, b: result.value.b.exists });
    else setProblem(result.error.message);
  }, []);

  useEffect(() => {
    void readStatus();
  }, [readStatus]);

  // Leaving the screen locks the page: it is open only while it is on screen.
  useEffect(
    () => () => {
      void call('private.lock');
    },
    [],
  );

  const lockPage = useCallback(
    (why: string | null) => {
      setView({ step: 'choose' });
      setNotice(why);
      void call('private.lock').then(() => readStatus());
    },
    [readStatus],
  );
  const open = view.step === 'open';
  usePrivateLockTriggers(open, () => lockPage(t('choose.lockedItself')));

  const choose = (partner: PartnerSlot) => {
    setNotice(null);
    setProblem(null);
    setView({ step: exists?.[partner] ? 'unlock' : 'create', partner });
  };

  if (view.step === 'open') {
    return <PageNotes partner={view.partner} names={names} onLock={() => lockPage(t('choose.locked'))} />;
  }
  if (view.step === 'create') {
    return (
      <CreatePage
        partner={view.partner}
        names={names}
        onCreated={() => {
          void readStatus();
          setView({ step: 'open', partner: view.partner });
        }}
        onBack={() => setView({ step: 'choose' })}
      />
    );
  }
  if (view.step === 'unlock') {
    return (
      <OpenPage
        partner={view.partner}
        names={names}
        onOpened={() => setView({ step: 'open', partner: view.partner })}
        onBack={() => setView({ step: 'choose' })}
      />
    );
  }
  return (
    <section className="private" aria-labelledby="private-heading">
      <ScreenHeading>
        <span id="private-heading">{t('choose.heading')}</span>
      </ScreenHeading>
      <p className="lead">{t('choose.lede')}</p>
      <ErrorMessage>{problem}</ErrorMessage>
      <StatusMessage>{notice}</StatusMessage>
      <ul className="private-choices">
        {(['a', 'b'] as const).map((partner) => (
          <li key={partner} className="card private-choice">
            <h2>{names[partner]}</h2>
            <p className="quiet">{exists === null ? t('checking') : exists[partner] ? t('choose.hasPage') : t('choose.noPage')}</p>
            <button type="button" className="button button-primary" disabled={exists === null} onClick={() => choose(partner)}>
              {exists?.[partner] ? t('choose.open', { name: names[partner] }) : t('choose.make', { name: names[partner] })}
            </button>
          </li>
        ))}
      </ul>
      <p className="private-leave">
        <button type="button" className="button button-quiet" onClick={onLeave}>
          {t('choose.back')}
        </button>
      </p>
    </section>
  );
}
