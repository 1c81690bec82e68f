import type { ReactNode } from 'react';

/**
 * A field's label, hint and error around its control, tied together for assistive tech: the
 * control gets the ids it is described by (hint, error, and any message shown elsewhere).
 */
export function FieldFrame({
  id,
  label,
  hint,
  error,
  describedBy,
  children,
}: {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | null | undefined;
  describedBy?: string | null | undefined;
  children: (describedBy: string | undefined) => ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const described = [hintId, errorId, describedBy].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint ? (
        <p id={hintId ?? undefined} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children(described)}
      {error ? (
        <p id={errorId ?? undefined} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
