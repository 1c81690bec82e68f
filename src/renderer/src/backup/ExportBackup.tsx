import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Trans } from 'react-i18next';
import type { PartnerNames } from '../ui/partner-names';
import { call } from '../api';
import { useT } from '../i18n';
import { PassphraseField } from '../ui/PassphraseField';
import { ErrorMessage, StatusMessage } from '../ui';
import { PassphraseStrength } from './PassphraseStrength';
import { ProgressBar, useTaskProgress } from './progress';
import { checkBackupPassphrase, count, MIN_BACKUP_PASSPHRASE_CHARACTERS, sizeInWords, type BackupPassphraseErrors } from './words';

type Stage = 'start' | 'choosing' | 'passphrase' | 'saving';

/**
 * Making a backup: where (main's save dialog), a passphrase typed twice, then the work with
 * its progress. "Saved" is said only once main has written, read back and checked the file.
 */
export function ExportBackup({ names }: { names: PartnerNames }) {
  const { t } = useT('backup');
  const [stage, setStage] = useState<Stage>('start');
  // The place chosen in main's save dialog: a token for main and the file's name to show.
  const [file, setFile] = useState<{ token: string; fileName: string } | null>(null);
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [errors, setErrors] = useState<BackupPassphraseErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  // Whether main's refusal was about the passphrase (rather than the place, the disk, …).
  const [passphraseRefused, setPassphraseRefused] = useState(false);
  const [news, setNews] = useState<string | null>(null);
  const progress = useTaskProgress();
  const chooseRef = useRef<HTMLButtonElement>(null);
  const firstRef = useRef<HTMLInputElement>(null);
  const secondRef = useRef<HTMLInputElement>(null);
  const elsewhereRef = useRef<HTMLButtonElement>(null);
  const userInputs = useMemo(() => [names.a, names.b, 'hearth', 'backup'], [names.a, names.b]);

  // Where the keyboard goes once React has drawn the next step: the passphrase after a place
  // is chosen; the first step's button again after "Saved".
  const focusNext = useRef<'passphrase' | 'choose' | null>(null);
  useEffect(() => {
    const next = focusNext.current;
    if (next === 'passphrase' && file) firstRef.current?.focus();
    else if (next === 'choose' && !file) chooseRef.current?.focus();
    else return;
    focusNext.current = null;
  });

  const choose = async () => {
    if (stage === 'choosing' || stage === 'saving') return;
    const before = stage;
    setProblem(null);
    setNews(null);
    setStage('choosing');
    const result = await call('backup.chooseExportPath');
    if (!result.ok) {
      setStage(before);
      return setProblem(result.error.message);
    }
    if ('cancelled' in result.value) return setStage(before);
    setFile({ token: result.value.token, fileName: result.value.fileName });
    setStage('passphrase');
    focusNext.current = 'passphrase';
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (stage === 'saving' || !file) return;
    setProblem(null);
    setPassphraseRefused(false);
    // Both typings must agree before anything is written anywhere.
    const found = checkBackupPassphrase(first, second);
    setErrors(found);
    if (found.first) return firstRef.current?.focus();
    if (found.second) return secondRef.current?.focus();
    setStage('saving');
    progress.start('backup.export');
    const result = await call('backup.export', { token: file.token, passphrase: first });
    progress.stop();
    if (!result.ok) {
      // Nothing was written; what was typed stays, so only the part at fault needs changing.
      const aboutPassphrase = result.error.code === 'PASSPHRASE_TOO_SHORT';
      setStage('passphrase');
      setProblem(result.error.message);
      setPassphraseRefused(aboutPassphrase);
      return aboutPassphrase ? firstRef.current?.focus() : elsewhereRef.current?.focus();
    }
    const { summary, sizeBytes } = result.value;
    setFirst('');
    setSecond('');
    setFile(null);
    setStage('start');
    setNews(
      t('export.saved', {
        fileName: result.value.fileName,
        size: sizeInWords(sizeBytes),
        entries: count(summary.entries + summary.inTrash, 'entries'),
        checkIns: count(summary.checkIns, 'checkIns'),
        sessions: count(summary.sessions, 'sessions'),
      }),
    );
    focusNext.current = 'choose';
  };

  const saving = stage === 'saving';
  return (
    <section className="card backup-section" aria-labelledby="backup-export-title">
      <h2 id="backup-export-title">{t('export.title')}</h2>
      <p>{t('export.about')}</p>
      <ErrorMessage id="backup-export-problem">{problem}</ErrorMessage>
      <StatusMessage>{news}</StatusMessage>
      {file === null ? (
        <button
          ref={chooseRef}
          type="button"
          className="button button-primary"
          aria-disabled={stage === 'choosing' || undefined}
          onClick={() => void choose()}
        >
          {t('export.chooseWhere')}
        </button>
      ) : (
        <form noValidate aria-label={t('export.title')} aria-busy={saving || undefined} onSubmit={(event) => void save(event)}>
          <div className="backup-file">
            <p className="backup-file-line">
              <span className="backup-file-label">{t('export.savingTo')}</span> <span className="backup-path">{file.fileName}</span>
            </p>
            <button
              ref={elsewhereRef}
              type="button"
              className="button-small"
              aria-disabled={saving || stage === 'choosing' || undefined}
              aria-describedby={problem && !passphraseRefused ? 'backup-export-problem' : undefined}
              onClick={() => void choose()}
            >
              <Trans t={t} i18nKey="export.chooseElsewhere" components={{ hidden: <span className="visually-hidden" /> }} />
            </button>
          </div>
          <PassphraseField
            id="backup-export-first"
            label={t('export.passphrase')}
            hint={t('export.passphraseHint', { count: MIN_BACKUP_PASSPHRASE_CHARACTERS })}
            value={first}
            onChange={(value) => {
              setFirst(value);
              setErrors({});
            }}
            autoComplete="new-password"
            error={errors.first ?? null}
            describedBy={`backup-export-strength backup-export-warning${passphraseRefused ? ' backup-export-problem' : ''}`}
            invalid={passphraseRefused}
            inputRef={firstRef}
            showName={t('export.showPassphrase')}
          />
          <PassphraseStrength id="backup-export-strength" passphrase={first} names={userInputs} />
          <PassphraseField
            id="backup-export-second"
            label={t('export.again')}
            value={second}
            onChange={(value) => {
              setSecond(value);
              setErrors({});
            }}
            autoComplete="new-password"
            error={errors.second ?? null}
            inputRef={secondRef}
            showName={t('export.showAgain')}
          />
          <p id="backup-export-warning" className="backup-warning">
            <Trans t={t} i18nKey="export.warning" components={{ strong: <strong /> }} />
          </p>
          {saving ? (
            <ProgressBar id="backup-export-progress" label={t('export.progress')} progress={progress} waiting={t('export.gettingReady')} />
          ) : null}
          <button type="submit" className="button button-primary" aria-disabled={saving || undefined}>
            {saving ? t('export.making') : t('export.make')}
          </button>
        </form>
      )}
    </section>
  );
}
