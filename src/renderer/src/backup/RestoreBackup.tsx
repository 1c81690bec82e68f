import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import type { BackupSummary, RestoreMode } from '../../../shared/ipc/features/backup';
import { call } from '../api';
import { PassphraseField } from '../lock/PassphraseField';
import { ErrorMessage } from '../ui';
import { ProgressBar, useTaskProgress } from './progress';
import { count, entriesInWords, momentInWords, partnersInWords, rangeInWords } from './words';

type Stage = 'start' | 'choosing' | 'passphrase' | 'opening' | 'summary' | 'confirm' | 'restoring' | 'done';

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
 * Restoring a backup: choose the file (main's open dialog), its passphrase, then a summary
 * of what is in it before anything changes. An empty journal takes it straight in; a
 * journal with anything in it is replaced only after a confirmation, and main keeps a
 * safety copy of it first. Any failure leaves the journal as it was, and says so.
 */
export function RestoreBackup({ onRestored }: { onRestored: () => void }) {
  const [stage, setStage] = useState<Stage>('start');
  // The file chosen in main's open dialog: a token for main and the file's name to show.
  const [file, setFile] = useState<{ token: string; fileName: string } | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [summary, setSummary] = useState<BackupSummary | null>(null);
  const [empty, setEmpty] = useState(false);
  const [restoredWith, setRestoredWith] = useState<RestoreMode | null>(null);
  const progress = useTaskProgress();
  const chooseRef = useRef<HTMLButtonElement>(null);
  const passphraseRef = useRef<HTMLInputElement>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const replaceRef = useRef<HTMLButtonElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);

  // Where the keyboard goes once React has drawn the next step (each step says so as it sets it).
  const focusNext = useRef<RefObject<HTMLElement | null> | null>(null);
  const focusAfterRender = (target: RefObject<HTMLElement | null>) => {
    focusNext.current = target;
  };
  useEffect(() => {
    const target = focusNext.current?.current;
    if (!target) return;
    target.focus();
    focusNext.current = null;
  });

  const busy = stage === 'choosing' || stage === 'opening' || stage === 'restoring';

  const choose = async () => {
    if (busy) return;
    const before = stage;
    setProblem(null);
    setStage('choosing');
    const result = await call('backup.chooseBackupFile');
    if (!result.ok) {
      setStage(before);
      return setProblem(result.error.message);
    }
    if ('cancelled' in result.value) return setStage(before);
    setFile({ token: result.value.token, fileName: result.value.fileName });
    setPassphrase('');
    setSummary(null);
    setError(null);
    setRestoredWith(null);
    setStage('passphrase');
    focusAfterRender(passphraseRef);
  };

  const open = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !file) return;
    setProblem(null);
    if (passphrase === '') {
      setError('Please type the passphrase this backup was made with.');
      return passphraseRef.current?.focus();
    }
    setError(null);
    setStage('opening');
    progress.start('backup.inspect');
    const [result, looksEmpty] = await Promise.all([call('backup.inspect', { token: file.token, passphrase }), journalLooksEmpty()]);
    progress.stop();
    if (!result.ok) {
      setStage('passphrase');
      setProblem(result.error.message);
      return focusAfterRender(passphraseRef);
    }
    setSummary(result.value);
    setEmpty(looksEmpty);
    setStage('summary');
    focusAfterRender(summaryRef);
  };

  const restore = async (mode: RestoreMode) => {
    if (busy || !file) return;
    setProblem(null);
    setStage('restoring');
    progress.start('backup.restore');
    const result = await call('backup.restore', { token: file.token, passphrase, mode });
    progress.stop();
    if (!result.ok) {
      // Something was written after all: this journal is no longer empty, so offer to replace it.
      if (result.error.code === 'JOURNAL_NOT_EMPTY') setEmpty(false);
      setStage('summary');
      setProblem(result.error.message);
      return focusAfterRender(summaryRef);
    }
    setPassphrase('');
    setSummary(result.value.summary);
    setRestoredWith(mode);
    setFile(null);
    setStage('done');
    focusAfterRender(doneRef);
    onRestored();
  };

  const cancel = () => {
    setFile(null);
    setPassphrase('');
    setSummary(null);
    setProblem(null);
    setStage('start');
    focusAfterRender(chooseRef);
  };

  return (
    <section className="card backup-section" aria-labelledby="backup-restore-title">
      <h2 id="backup-restore-title">Restore from a backup</h2>
      <p>
        Bring back a journal from a backup file, on this computer or a new one. You see what is in the backup before
        anything changes.
      </p>
      <ErrorMessage id="backup-restore-problem">{problem}</ErrorMessage>

      {stage === 'done' && summary ? (
        <div className="backup-done">
          <h3 ref={doneRef} tabIndex={-1}>
            Your journal is restored
          </h3>
          <p>
            It is as it was when the backup was made, {momentInWords(summary.exportedAt)}. Everything Hearth shows now
            comes from the backup: {entriesInWords(summary)}, {count(summary.checkIns, 'check-in', 'check-ins')} and{' '}
            {count(summary.sessions, 'session', 'sessions')}.
          </p>
          {restoredWith === 'replace' ? (
            <p>The journal as it was before is kept as a safety copy. You will find it in Settings, under Safety copies.</p>
          ) : null}
        </div>
      ) : null}

      {file === null ? (
        <button
          ref={chooseRef}
          type="button"
          className="button"
          aria-disabled={stage === 'choosing' || undefined}
          onClick={() => void choose()}
        >
          Choose a backup file…
        </button>
      ) : null}

      {file !== null && (stage === 'passphrase' || stage === 'opening' || (stage === 'choosing' && !summary)) ? (
        <form noValidate aria-label="Open a backup" aria-busy={stage === 'opening' || undefined} onSubmit={(event) => void open(event)}>
          <div className="backup-file">
            <p className="backup-file-line">
              <span className="backup-file-label">Backup file</span> <span className="backup-path">{file.fileName}</span>
            </p>
            <button type="button" className="button-small" aria-disabled={busy || undefined} onClick={() => void choose()}>
              Choose another file<span className="visually-hidden"> to restore</span>
            </button>
          </div>
          <PassphraseField
            id="backup-restore-passphrase"
            label="The backup’s passphrase"
            hint="The passphrase chosen when this backup was made."
            value={passphrase}
            onChange={(value) => {
              setPassphrase(value);
              setError(null);
            }}
            autoComplete="current-password"
            error={error}
            describedBy={problem ? 'backup-restore-problem' : null}
            invalid={problem !== null}
            inputRef={passphraseRef}
            showName="Show the backup’s passphrase"
          />
          {stage === 'opening' ? (
            <ProgressBar id="backup-open-progress" label="Opening the backup" progress={progress} waiting="Unlocking the backup…" />
          ) : null}
          <div className="button-row">
            <button type="submit" className="button" aria-disabled={stage === 'opening' || undefined}>
              {stage === 'opening' ? 'Opening the backup…' : 'Open the backup'}
            </button>
            <button type="button" className="button button-quiet" onClick={cancel}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}

      {file !== null && summary && (stage === 'summary' || stage === 'confirm' || stage === 'restoring') ? (
        <section className="backup-summary" aria-labelledby="backup-summary-title">
          <h3 id="backup-summary-title" ref={summaryRef} tabIndex={-1}>
            What is in this backup
          </h3>
          <BackupFacts summary={summary} />
          <p className="quiet">Nothing has changed yet.</p>
          {stage === 'confirm' || stage === 'restoring' ? null : empty ? (
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
                  ref={replaceRef}
                  type="button"
                  className="button"
                  onClick={() => {
                    setStage('confirm');
                    focusAfterRender(confirmRef);
                  }}
                >
                  Replace this journal…
                </button>
                <button type="button" className="button button-quiet" onClick={cancel}>
                  Cancel
                </button>
              </div>
            </>
          )}
          {stage === 'confirm' || (stage === 'restoring' && !empty) ? (
            <div className="card backup-confirm" role="group" aria-labelledby="backup-confirm-title" aria-describedby="backup-confirm-text">
              <h3 id="backup-confirm-title" ref={confirmRef} tabIndex={-1}>
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
                  aria-disabled={stage === 'restoring' || undefined}
                  onClick={() => void restore('replace')}
                >
                  Replace this journal
                </button>
                <button
                  type="button"
                  className="button button-quiet"
                  aria-disabled={stage === 'restoring' || undefined}
                  onClick={() => {
                    if (stage === 'restoring') return;
                    setStage('summary');
                    focusAfterRender(replaceRef);
                  }}
                >
                  Keep this journal
                </button>
              </div>
            </div>
          ) : null}
          {stage === 'restoring' ? (
            <ProgressBar id="backup-restore-progress" label="Restoring the backup" progress={progress} waiting="Unlocking the backup…" />
          ) : null}
        </section>
      ) : null}
    </section>
  );
}
