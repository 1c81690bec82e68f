import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useT } from '../i18n';

export type PrintAction = 'print' | 'pdf';

const WORDS = {
  print: { title: 'beforePrint', confirm: 'confirmPrint' },
  pdf: { title: 'beforePdf', confirm: 'confirmPdf' },
} as const satisfies Record<PrintAction, { title: string; confirm: string }>;

/**
 * Printing is the one time Hearth lets words leave the vault unprotected (DESIGN.md §4),
 * so the warning comes first, with the passage quoted when there is one, and the couple
 * must say they understand before anything is sent to a printer or a file.
 */
export function PrintAcknowledgement({
  action,
  passage,
  cards = false,
  onConfirm,
  onCancel,
}: {
  action: PrintAction;
  passage: string | null;
  /** A sheet of question cards: no names, no exercises, only the deck's questions. */
  cards?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useT(['sheet', 'common']);
  const dialog = useRef<HTMLDialogElement>(null);
  const [understood, setUnderstood] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const words = WORDS[action];

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const confirm = (event: FormEvent) => {
    event.preventDefault();
    if (!understood) {
      setError(t('tickTheBox'));
      dialog.current?.querySelector<HTMLInputElement>('input[type="checkbox"]')?.focus();
      return;
    }
    onConfirm();
  };

  return (
    <dialog
      ref={dialog}
      className="sheet-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-warning`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form method="dialog" noValidate onSubmit={confirm}>
        <h2 id={`${id}-title`}>{t(words.title)}</h2>
        <p id={`${id}-warning`} className="sheet-warning">
          {cards ? t('cardsWarning') : passage ? t('sheetWarningPassage') : t('sheetWarning')}
        </p>
        {passage ? (
          <figure className="sheet-dialog-passage">
            <figcaption>{t('passageWillPrint')}</figcaption>
            <blockquote>{passage}</blockquote>
          </figure>
        ) : null}
        <label className="sheet-toggle">
          <input
            type="checkbox"
            checked={understood}
            onChange={(event) => {
              setUnderstood(event.target.checked);
              setError(null);
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          />
          {t('understand')}
        </label>
        {error ? (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        ) : null}
        <div className="sheet-actions">
          <button type="submit" className="button button-primary">
            {t(words.confirm)}
          </button>
          <button type="button" className="button button-quiet" onClick={onCancel}>
            {t('common:cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
