import type { InputHTMLAttributes, Ref } from 'react';
import { FieldFrame } from './FieldFrame';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  /** Shown under the field and read out with it (aria-describedby). */
  error?: string | null;
  /** An error shown elsewhere (an alert above the form) that belongs to this field too. */
  describedBy?: string | null;
  /** Marks the field wrong when its error is shown elsewhere (see describedBy). */
  invalid?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

/** A labelled single-line input whose hint and error belong to it for assistive tech too. */
export function TextField({ id, label, value, onChange, hint, error, describedBy, invalid, inputRef, ...rest }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} describedBy={describedBy}>
      {(described) => (
        <input
          {...rest}
          ref={inputRef}
          id={id}
          className="text-input"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error || invalid ? true : undefined}
          aria-describedby={described}
        />
      )}
    </FieldFrame>
  );
}
