import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { SyncStatus } from '../../../shared/ipc/features/sync';
import { call } from '../api';
import { useT } from '../i18n';
import { ErrorMessage, StatusMessage, TextField } from '../ui';
import { readTypedCode } from './words';

export type SetupMode = 'share' | 'join';

interface Chosen {
  token: string;
  folderName: string;
}

interface FieldErrors {
  folder?: string;
  name?: string;
  code?: string;
}

/**
 * Turning sync on, on the first computer (share) or the second (join): choose the shared
 * folder, name this computer, and on the second type the code. All on one form, in that order,
 * so a keyboard user goes down it once; a missing piece is said at the piece and focused.
 */
export function SyncSetupForm({ mode, onDone, onCancel }: { mode: SetupMode; onDone: (status: SyncStatus) => void; onCancel: () => void }) {
  const { t } = useT(['sync', 'common']);
  const [folder, setFolder] = useState<Chosen | null>(null);
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const title = useRef<HTMLHeadingElement>(null);
  const folderButton = useRef<HTMLButtonElement>(null);
  const nameField = useRef<HTMLInputElement>(null);
  const codeField = useRef<HTMLInputElement>(null);
  const joining = mode === 'join';

  useEffect(() => title.current?.focus(), []);

  const chooseFolder = async () => {
    setProblem(null);
    const result = await call('sync.chooseFolder');
    if (!result.ok) return setProblem(result.error.message);
    if ('cancelled' in result.value) return;
    setFolder(result.value);
    setErrors((now) => ({ ...now, folder: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setProblem(null);
    const typed = joining ? readTypedCode(code) : null;
    const found: FieldErrors = {
      folder: folder ? undefined : t('setup.needFolder'),
      name: name.trim() === '' ? t('setup.needName') : undefined,
      code: typed && 'error' in typed ? typed.error : undefined,
    };
    setErrors(found);
    if (found.folder) return folderButton.current?.focus();
    if (found.name) return nameField.current?.focus();
    if (found.code || !folder) return codeField.current?.focus();
    setBusy(true);
    const computerName = name.trim();
    const result = !typed
      ? await call('sync.start', { folder: folder.token, computerName })
      : 'pairingCode' in typed
        ? await call('sync.join', { folder: folder.token, computerName, pairingCode: typed.pairingCode })
        : 'recoveryCode' in typed
          ? await call('sync.join', { folder: folder.token, computerName, recoveryCode: typed.recoveryCode })
          : null;
    setBusy(false);
    if (!result) return;
    if (!result.ok) {
      setProblem(result.error.message);
      return (joining ? codeField : folderButton).current?.focus();
    }
    setCode('');
    onDone(result.value);
  };

  const prefix = `sync-${mode}`;
  return (
    <form
      className="sync-setup"
      noValidate
      aria-labelledby={`${prefix}-title`}
      aria-busy={busy || undefined}
      onSubmit={(event) => void submit(event)}
    >
      <h3 id={`${prefix}-title`} ref={title} tabIndex={-1}>
        {joining ? t('setup.joinTitle') : t('setup.shareTitle')}
      </h3>
      <p className="field-hint">{joining ? t('setup.joinIntro') : t('setup.shareIntro')}</p>

      <div className="field" role="group" aria-labelledby={`${prefix}-folder-label`}>
        <p id={`${prefix}-folder-label`} className="field-label">
          {t('setup.folderLabel')}
        </p>
        <p id={`${prefix}-folder-chosen`} className={folder ? 'sync-folder-name' : 'field-hint'}>
          {folder ? t('setup.chosenFolder', { folder: folder.folderName }) : t('setup.noFolder')}
        </p>
        <button
          ref={folderButton}
          type="button"
          className="button button-quiet"
          onClick={() => void chooseFolder()}
          aria-describedby={[`${prefix}-folder-chosen`, errors.folder ? `${prefix}-folder-error` : ''].join(' ').trim()}
          aria-invalid={errors.folder ? true : undefined}
        >
          {folder ? t('setup.chooseAnother') : t('setup.chooseFolder')}
        </button>
        {errors.folder ? (
          <p id={`${prefix}-folder-error`} className="field-error">
            {errors.folder}
          </p>
        ) : null}
      </div>

      <TextField
        id={`${prefix}-name`}
        label={t('setup.nameLabel')}
        hint={t('setup.nameHint')}
        value={name}
        onChange={(value) => {
          setName(value);
          setErrors((now) => ({ ...now, name: undefined }));
        }}
        error={errors.name}
        maxLength={60}
        autoComplete="off"
        inputRef={nameField}
      />

      {joining ? (
      <TextField
        id={`${prefix}-code`}
        label={t('setup.codeLabel')}
        hint={t('setup.codeHint')}
        value={code}
        onChange={(value) => {
          setCode(value);
          setErrors((now) => ({ ...now, code: undefined }));
        }}
        error={errors.code}
        describedBy={problem ? `${prefix}-problem` : null}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={80}
        inputRef={codeField}
      />
      ) : null}

      <ErrorMessage id={`${prefix}-problem`}>{problem}</ErrorMessage>
      <StatusMessage>{busy ? (joining ? t('setup.joining') : t('setup.starting')) : null}</StatusMessage>
      <div className="button-row">
        <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
          {joining ? t('setup.joinButton') : t('setup.start')}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}
