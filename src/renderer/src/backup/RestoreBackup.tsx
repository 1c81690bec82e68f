import { useEffect, useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import type { BackupSummary, RestoreMode } from '../../../shared/ipc/features/backup';
import { call } from '../api';
import { PassphraseField } from '../lock/PassphraseField';
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
  return (
    <dl className="backup-facts">
      <div>
        <dt>Made</dt>
        <dd>
          {momentInWords(summary.exportedAt)}, by Hearth {summary.appVersion}
        </dd>
      </div>
      <div>
        <dt>Partners</dt>
        <dd>{partnersInWords(summary)}</dd>
      </div>
      <div>
        <dt>Entries</dt>
        <dd>{entriesInWords(summary)}</dd>
      </div>
      <div>
        <dt>Check-ins</dt>
        <dd>{count(summary.checkIns, 'check-in', 'check-ins')}</dd>
      </div>
      <div>
        <dt>Sessions</dt>
        <dd>{count(summary.sessions, 'session', 'sessions')}</dd>
      </div>
      <div>
        <dt>Covers</dt>
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
      <h2 id="backup-restore-title">Restore from a backup</h2>
      <p>
        Bring back a journal from a backup file, on this computer or a new one. You see what is in the backup before
        anything changes.
      </p>
      <ProblemMessage messageRef={targets.problem as RefObject<HTMLDivElement | null>}>{state.problem}</ProblemMessage>

      {shown.stage === 'done' ? (
        <div className="backup-done">
          <h3 ref={targets.done as RefObject<HTMLHeadingElement | null>} tabIndex={-1}>
            Your journal is restored
          </h3>
          <p>
            It is as it was when the backup was made, {momentInWords(shown.summary.exportedAt)}. Everything Hearth shows
            now comes from the backup: {entriesInWords(shown.summary)}, {count(shown.summary.checkIns, 'check-in', 'check-ins')}{' '}
            and {count(shown.summary.sessions, 'session', 'sessions')}.
          </p>
          {shown.mode === 'replace' ? (
            <p>The journal as it was before is kept as a safety copy. You will find it in Settings, under Safety copies.</p>
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
          Choose a backup file…
        </button>
      ) : null}

      {shown.stage === 'asking-passphrase' || shown.stage === 'inspecting' ? (
        <form
          noValidate
          aria-label="Open a backup"
          aria-busy={shown.stage === 'inspecting' || undefined}
          onSubmit={(event) => void open(event)}
        >
          <div className="backup-file">
            <p className="backup-file-line">
              <span className="backup-file-label">Backup file</span> <span className="backup-path">{shown.file.fileName}</span>
            </p>
            <button type="button" className="button-small" aria-disabled={busy || undefined} onClick={() => void choose()}>
              Choose another file<span className="visually-hidden"> to restore</span>
            </button>
          </div>
          <PassphraseField
            id="backup-restore-passphrase"
            label="The backup’s passphrase"
            hint="The passphrase chosen when this backup was made."
            value={shown.passphrase}
            onChange={(passphrase) => send({ type: 'type', passphrase })}
            autoComplete="current-password"
            error={shown.stage === 'asking-passphrase' ? shown.fieldError : null}
            // Only a wrong passphrase is the field's fault; a damaged file's message is not about it.
            describedBy={shown.stage === 'asking-passphrase' && shown.wrongPassphrase && state.problem ? 'backup-restore-problem' : null}
            invalid={shown.stage === 'asking-passphrase' && shown.wrongPassphrase}
            inputRef={targets.passphrase as RefObject<HTMLInputElement | null>}
            showName="Show the backup’s passphrase"
          />
          {shown.stage === 'inspecting' ? (
            <ProgressBar id="backup-open-progress" label="Opening the backup" progress={progress} waiting="Unlocking the backup…" />
          ) : null}
          <div className="button-row">
            <button type="submit" className="button" aria-disabled={busy || undefined}>
              {shown.stage === 'inspecting' ? 'Opening the backup…' : 'Open the backup'}
            </button>
            <button type="button" className="button button-quiet" onClick={cancel}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}

      {withSummary ? (
        <section className="backup-summary" aria-labelledby="backup-summary-title">
          <h3 id="backup-summary-title" ref={targets.summary as RefObject<HTMLHeadingElement | null>} tabIndex={-1}>
            What is in this backup
          </h3>
          <BackupFacts summary={withSummary.summary} />
          <p className="quiet">Nothing has changed yet.</p>
          {withSummary.stage !== 'summary' ? null : withSummary.empty ? (
            <>
              <p>This journal is still empty, so the backup can go straight into it.</p>
              <div className="button-row">
                <button type="button" className="button" onClick={() => void restore('into-empty')}>
                  Restore into this journal
                </button>
                <button type="button" className="button button-quiet" onClick={cancel}>
                  Cancel
                </button>
              </div>
            </>
          ) : (
            <>
              <p>This journal already has things in it. Restoring replaces all of them with what is in the backup.</p>
              <div className="button-row">
                <button
                  ref={targets.replace as RefObject<HTMLButtonElement | null>}
                  type="button"
                  className="button"
                  onClick={() => send({ type: 'ask-replace' })}
                >
                  Replace this journal…
                </button>
                <button type="button" className="button button-quiet" onClick={cancel}>
                  Cancel
                </button>
              </div>
            </>
          )}
          {withSummary.stage === 'confirming' || (withSummary.stage === 'restoring' && withSummary.mode === 'replace') ? (
            <div className="card backup-confirm" role="group" aria-labelledby="backup-confirm-title" aria-describedby="backup-confirm-text">
              <h3 id="backup-confirm-title" ref={targets.confirm as RefObject<HTMLHeadingElement | null>} tabIndex={-1}>
                Replace this journal with the backup?
              </h3>
              <p id="backup-confirm-text">
                Everything in this journal now (entries, check-ins, sessions and settings) is replaced by what is in the
                backup. Hearth first keeps a safety copy of the journal as it is now; you will find it in Settings,
                under Safety copies.
              </p>
              <div className="button-row">
                <button
                  type="button"
                  className="button button-danger"
                  aria-disabled={busy || undefined}
                  onClick={() => void restore('replace')}
                >
                  Replace this journal
                </button>
                <button
                  type="button"
                  className="button button-quiet"
                  aria-disabled={busy || undefined}
                  onClick={() => send({ type: 'keep' })}
                >
                  Keep this journal
                </button>
              </div>
            </div>
          ) : null}
          {withSummary.stage === 'restoring' ? (
            <ProgressBar id="backup-restore-progress" label="Restoring the backup" progress={progress} waiting="Unlocking the backup…" />
          ) : null}
        </section>
      ) : null}
    </section>
  );
}
