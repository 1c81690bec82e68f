import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { PAPER_WARNING } from './SheetComposer';

export type PrintAction = 'print' | 'pdf';

const WORDS: Record<PrintAction, { title: string; confirm: string }> = {
  print: { title: 'Before you print', confirm: 'Print' },
  pdf: { title: 'Before you save the PDF', confirm: 'Save PDF' },
};

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
      setError('Tick the box to say you understand, or choose Cancel.');
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
        <h2 id={`${id}-title`}>{words.title}</h2>
        <p id={`${id}-warning`} className="sheet-warning">
          {cards ? (
            <>These cards hold only the deck&apos;s questions, nothing from your journal. Keep them wherever you like.</>
          ) : (
            <>
              {PAPER_WARNING} That includes your names and the exercises{passage ? ', and your passage' : ''}. Keep it
              somewhere private, and shred it when you are done.
            </>
          )}
        </p>
        {passage ? (
          <figure className="sheet-dialog-passage">
            <figcaption>Your passage will be printed:</figcaption>
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
          I understand that anyone who finds it can read it
        </label>
        {error ? (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        ) : null}
        <div className="sheet-actions">
          <button type="submit" className="button button-primary">
            {words.confirm}
          </button>
          <button type="button" className="button button-quiet" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
