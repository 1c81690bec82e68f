import { useEffect, useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import { Trans } from 'react-i18next';
import type { BackupSummary, RestoreMode } from '../../../shared/ipc/features/backup';
import { call } from '../api';
import { useT } from '../i18n';
import { PassphraseField } from '../ui/PassphraseField';
import { ProgressBar, useTaskProgress } from './progress';
import { INITIAL_RESTORE, isBusy, restoreReducer, type RestoreEvent, type RestoreFocus, type RestoreState } from './restore-machine';
import { count, entriesInWords, momentInWords, partnersInWords, rangeInWords } from './words';

/**
 * Whether this journal has anything in it yet (entries, the trash too, check-ins, sessions),
 * asked through the ordinary channels. Main checks again before restoring "into" it, so a
 * wrong guess here can only end in its JOURNAL_NOT_EMPTY sentence, never in a loss.
 */
async function journalLooksEmpty(): Promise<boolean> {
  const [summary, trash, checkIns, recent, open] = await Promise.all([
    call('journal.summary'),
    call('entries.trash.list', { limit: 1 }),
    call('checkins.latest'),
    call('sessions.recent', { limit: 1 }),
    call('sessions.inProgress'),
  ]);
  if (!summary.ok || !trash.ok || !checkIns.ok || !recent.ok || !open.ok) return false;
  return (
    summary.value.entryCount === 0 &&
    trash.value.entries.length === 0 &&
    checkIns.value.a === null &&
    checkIns.value.b === null &&
    recent.value.length === 0 &&
    open.value.length === 0
  );
}

/** What a backup holds, shown before anything changes. */
function BackupFacts({ summary }: { summary: BackupSummary }) {
  const { t } = useT('backup');
  return (
    <dl className="backup-facts">
      <div>
        <dt>{t('summary.made')}</dt>
        <dd>{t('summary.madeBy', { when: momentInWords(summary.exportedAt), version: summary.appVersion })}</dd>
      </div>
      <div>
        <dt>{t('summary.partners')}</dt>
        <dd>{partnersInWords(summary)}</dd>
      </div>
      <div>
        <dt>{t('summary.entries')}</dt>
        <dd>{entriesInWords(summary)}</dd>
      </div>
      <div>
        <dt>{t('summary.checkIns')}</dt>
        <dd>{count(summary.checkIns, 'checkIns')}</dd>
      </div>
      <div>
        <dt>{t('summary.sessions')}</dt>
        <dd>{count(summary.sessions, 'sessions')}</dd>
      </div>
      <div>
        <dt>{t('summary.covers')}</dt>
        <dd>{rangeInWords(summary)}</dd>
      </div>
    </dl>
  );
}

/**
 * The machine's state, and `send`, which moves it and returns the new state at once, so an
 * async step reads where it is now and never a stale render's copy.
 */
function useRestoreMachine(): [RestoreState, (event: RestoreEvent) => RestoreState] {
  const [state, setState] = useState<RestoreState>(INITIAL_RESTORE);
  const current = useRef(state);
  const send = (event: RestoreEvent) => {
    const next = restoreReducer(current.current, event);
    current.current = next;
    setState(next);
    return next;
  };
  return [state, send];
}

/**
 * main's sentence about what went wrong. A live region from the start (see ui/Messages), and
 * focusable, so that when the fault is the file's and not the passphrase's, the keyboard lands on it.
 */
function ProblemMessage({ messageRef, children }: { messageRef: RefObject<HTMLDivElement | null>; children: ReactNode }) {
  return (
    <div id="backup-restore-problem" ref={messageRef} role="alert" className="message-region" tabIndex={-1}>
      {children ? <p className="message message-error">{children}</p> : null}
    </div>
  );
}

/**
 * Restoring a backup: choose the file (main's open dialog), its passphrase, then a summary
 * of what is in it before anything changes. An empty journal takes it straight in; a
 * journal with anything in it is replaced only after a confirmation, and main keeps a
 * safety copy of it first. Any failure leaves the journal as it was, and says so. The
 * stages and their moves are restore-machine.ts; this runs main's calls between them.
 */
export function RestoreBackup({ onRestored }: { onRestored: () => void }) {
  const { t } = useT(['backup', 'common']);
  const [state, send] = useRestoreMachine();
  const progress = useTaskProgress();
  const targets: Record<Exclude<RestoreFocus, null>, RefObject<HTMLElement | null>> = {
    choose: useRef<HTMLButtonElement>(null),
    passphrase: useRef<HTMLInputElement>(null),
    problem: useRef<HTMLDivElement>(null),
    summary: useRef<HTMLHeadingElement>(null),
    confirm: useRef<HTMLHeadingElement>(null),
    replace: useRef<HTMLButtonElement>(null),
    done: useRef<HTMLHeadingElement>(null),
  };

  // Where the keyboard goes once React has drawn the new stage (the machine says, per move).
  useEffect(() => {
    if (state.focus) targets[state.focus].current?.focus();
    // Only a new state moves focus; `targets` holds the same refs on every render.
  }, [state]);

  const busy = isBusy(state);
  // While the open dialog is up, the section keeps showing where it was.
  const shown = state.stage === 'choosing' ? state.back : state;

  const choose = async () => {
    if (send({ type: 'choose' }).stage !== 'choosing') return;
    const result = await call('backup.chooseBackupFile');
    if (!result.ok) return send({ type: 'choose-failed', message: result.error.message });
    if ('cancelled' in result.value) return send({ type: 'choose-cancelled' });
    send({ type: 'chosen', file: { token: result.value.token, fileName: result.value.fileName } });
  };

  const open = async (event: FormEvent) => {
    event.preventDefault();
    const now = send({ type: 'open' });
    if (now.stage !== 'inspecting') return;
    progress.start('backup.inspect');
    const [result, looksEmpty] = await Promise.all([
      call('backup.inspect', { token: now.file.token, passphrase: now.passphrase }),
      journalLooksEmpty(),
    ]);
    progress.stop();
    if (!result.ok) return send({ type: 'inspect-failed', code: result.error.code, message: result.error.message });
    send({ type: 'inspected', summary: result.value, empty: looksEmpty });
  };

  const restore = async (mode: RestoreMode) => {
    const now = send({ type: 'restore', mode });
    if (now.stage !== 'restoring') return;
    progress.start('backup.restore');
    const result = await call('backup.restore', { token: now.file.token, passphrase: now.passphrase, mode });
    progress.stop();
    if (!result.ok) return send({ type: 'restore-failed', code: result.error.code, message: result.error.message });
    send({ type: 'restored', summary: result.value.summary });
    onRestored();
  };

  const cancel = () => send({ type: 'cancel' });
  const withSummary =
    shown.stage === 'summary' || shown.stage === 'confirming' || shown.stage === 'restoring' ? shown : null;

  return (
    <section className="card backup-section" aria-labelledby="backup-restore-title">
      <h2 id="backup-restore-title">{t('restore.title')}</h2>
      <p>{t('restore.about')}</p>
      <ProblemMessage messageRef={targets.problem as RefObject<HTMLDivElement | null>}>{state.problem}</ProblemMessage>

      {shown.stage === 'done' ? (
        <div className="backup-done">
          <h3 ref={targets.done as RefObject<HTMLHeadingElement | null>} tabIndex={-1}>
            {t('restore.doneTitle')}
          </h3>
          <p>
            {t('restore.done', {
              when: momentInWords(shown.summary.exportedAt),
              entries: entriesInWords(shown.summary),
              checkIns: count(shown.summary.checkIns, 'checkIns'),
              sessions: count(shown.summary.sessions, 'sessions'),
            })}
          </p>
          {shown.mode === 'replace' ? (
            <p>{t('restore.keptCopy')}</p>
          ) : null}
        </div>
      ) : null}

      {shown.stage === 'idle' || shown.stage === 'done' ? (
        <button
          ref={targets.choose as RefObject<HTMLButtonElement | null>}
          type="button"
          className="button"
          aria-disabled={busy || undefined}
          onClick={() => void choose()}
        >
          {t('restore.chooseFile')}
        </button>
      ) : null}

      {shown.stage === 'asking-passphrase' || shown.stage === 'inspecting' ? (
        <form
          noValidate
          aria-label={t('restore.openLabel')}
          aria-busy={shown.stage === 'inspecting' || undefined}
          onSubmit={(event) => void open(event)}
        >
          <div className="backup-file">
            <p className="backup-file-line">
              <span className="backup-file-label">{t('restore.file')}</span> <span className="backup-path">{shown.file.fileName}</span>
            </p>
            <button type="button" className="button-small" aria-disabled={busy || undefined} onClick={() => void choose()}>
              <Trans t={t} i18nKey="restore.chooseAnother" components={{ hidden: <span className="visually-hidden" /> }} />
            </button>
          </div>
          <PassphraseField
            id="backup-restore-passphrase"
            label={t('restore.passphrase')}
            hint={t('restore.passphraseHint')}
            value={shown.passphrase}
            onChange={(passphrase) => send({ type: 'type', passphrase })}
            autoComplete="current-password"
            error={shown.stage === 'asking-passphrase' ? shown.fieldError : null}
            // Only a wrong passphrase is the field's fault; a damaged file's message is not about it.
            describedBy={shown.stage === 'asking-passphrase' && shown.wrongPassphrase && state.problem ? 'backup-restore-problem' : null}
            invalid={shown.stage === 'asking-passphrase' && shown.wrongPassphrase}
            inputRef={targets.passphrase as RefObject<HTMLInputElement | null>}
            showName={t('restore.showPassphrase')}
          />
          {shown.stage === 'inspecting' ? (
            <ProgressBar id="backup-open-progress" label={t('restore.opening')} progress={progress} waiting={t('restore.unlocking')} />
          ) : null}
          <div className="button-row">
            <button type="submit" className="button" aria-disabled={busy || undefined}>
              {shown.stage === 'inspecting' ? t('restore.openingNow') : t('restore.open')}
            </button>
            <button type="button" className="button button-quiet" onClick={cancel}>
              {t('common:cancel')}
            </button>
          </div>
        </form>
      ) : null}

      {withSummary ? (
        <section className="backup-summary" aria-labelledby="backup-summary-title">
          <h3 id="backup-summary-title" ref={targets.summary as RefObject<HTMLHeadingElement | null>} tabIndex={-1}>
            {t('restore.summaryTitle')}
          </h3>
          <BackupFacts summary={withSummary.summary} />
          <p className="quiet">{t('restore.nothingChanged')}</p>
          {withSummary.stage !== 'summary' ? null : withSummary.empty ? (
            <>
              <p>{t('restore.emptyJournal')}</p>
              <div className="button-row">
                <button type="button" className="button" onClick={() => void restore('into-empty')}>
                  {t('restore.restoreInto')}
                </button>
                <button type="button" className="button button-quiet" onClick={cancel}>
                  {t('common:cancel')}
                </button>
              </div>
            </>
          ) : (
            <>
              <p>{t('restore.fullJournal')}</p>
              <div className="button-row">
                <button
                  ref={targets.replace as RefObject<HTMLButtonElement | null>}
                  type="button"
                  className="button"
                  onClick={() => send({ type: 'ask-replace' })}
                >
                  {t('restore.replaceAsk')}
                </button>
                <button type="button" className="button button-quiet" onClick={cancel}>
                  {t('common:cancel')}
                </button>
              </div>
            </>
          )}
          {withSummary.stage === 'confirming' || (withSummary.stage === 'restoring' && withSummary.mode === 'replace') ? (
            <div className="card backup-confirm" role="group" aria-labelledby="backup-confirm-title" aria-describedby="backup-confirm-text">
              <h3 id="backup-confirm-title" ref={targets.confirm as RefObject<HTMLHeadingElement | null>} tabIndex={-1}>
                {t('restore.confirmTitle')}
              </h3>
              <p id="backup-confirm-text">{t('restore.confirmText')}</p>
              <div className="button-row">
                <button
                  type="button"
                  className="button button-danger"
                  aria-disabled={busy || undefined}
                  onClick={() => void restore('replace')}
                >
                  {t('restore.replace')}
                </button>
                <button
                  type="button"
                  className="button button-quiet"
                  aria-disabled={busy || undefined}
                  onClick={() => send({ type: 'keep' })}
                >
                  {t('restore.keep')}
                </button>
              </div>
            </div>
          ) : null}
          {withSummary.stage === 'restoring' ? (
            <ProgressBar id="backup-restore-progress" label={t('restore.restoring')} progress={progress} waiting={t('restore.unlocking')} />
          ) : null}
        </section>
      ) : null}
    </section>
  );
}
