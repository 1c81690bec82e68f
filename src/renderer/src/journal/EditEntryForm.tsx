import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Entry } from '../../../shared/model';
import { call } from '../api';
import { useT } from '../i18n';
import { ErrorMessage, StatusMessage, TextField } from '../ui';
import { checkEdit, splitTags, type DraftErrors } from './draft';
import { MoodChoice } from '../ui/MoodChoice';

const sameTags = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((tag, i) => tag === b[i]);

/** Changes an entry's words, mood and tags in place. Cancel leaves the entry as it was. */
export function EditEntryForm({ entry, onDone }: { entry: Entry; onDone: (saved: Entry | null) => void }) {
  const { t } = useT(['journal', 'common']);
  const [body, setBody] = useState(entry.body);
  const [mood, setMood] = useState<number | null>(entry.mood);
  const [tags, setTags] = useState(entry.tags.join(', '));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const bodyField = useRef<HTMLTextAreaElement>(null);
  const ids = { body: `edit-body-${entry.id}`, tags: `edit-tags-${entry.id}`, mood: `edit-mood-${entry.id}` };

  useEffect(() => {
    bodyField.current?.focus();
  }, []);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const found = checkEdit(body, tags);
    setErrors(found);
    setProblem(null);
    if (found.body) return bodyField.current?.focus();
    if (found.tags) return document.getElementById(ids.tags)?.focus();
    const newTags = splitTags(tags);
    const changes = {
      ...(body !== entry.body && { body }),
      ...(mood !== entry.mood && { mood }),
      ...(!sameTags(newTags, entry.tags) && { tags: newTags }),
    };
    if (Object.keys(changes).length === 0) return onDone(null);
    setSaving(true);
    const result = await call('entries.update', { id: entry.id, ...changes });
    setSaving(false);
    if (!result.ok) return setProblem(result.error.message);
    onDone(result.value);
  };

  return (
    <form className="entry-edit" aria-label={t('edit.label')} noValidate onSubmit={(event) => void save(event)}>
      <div className="field">
        <label htmlFor={ids.body} className="field-label">
          {t('edit.body')}
        </label>
        <textarea
          ref={bodyField}
          id={ids.body}
          className="text-area"
          rows={Math.min(14, Math.max(4, Math.ceil(body.length / 70)))}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={errors.body ? `${ids.body}-error` : undefined}
        />
        {errors.body ? (
          <p id={`${ids.body}-error`} className="field-error">
            {errors.body}
          </p>
        ) : null}
      </div>
      <MoodChoice name={ids.mood} mood={mood} onChange={setMood} />
      <TextField
        id={ids.tags}
        label={t('tagsLabel')}
        hint={t('edit.tagsHint')}
        value={tags}
        onChange={setTags}
        error={errors.tags ?? null}
        autoComplete="off"
      />
      <ErrorMessage>{problem}</ErrorMessage>
      <StatusMessage>{saving ? t('saving') : null}</StatusMessage>
      <div className="button-row">
        <button type="submit" className="button button-primary" aria-disabled={saving || undefined}>
          {t('edit.save')}
        </button>
        <button type="button" className="button button-quiet" onClick={() => onDone(null)}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}
