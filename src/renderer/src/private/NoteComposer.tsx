import { useState, type FormEvent } from 'react';
import type { PartnerSlot } from '../../../shared/model';
import type { PrivateNote } from '../../../shared/ipc/features/private';
import { call } from '../api';
import { checkEdit, splitTags } from '../journal';
import { MoodChoice } from '../ui/MoodChoice';
import { ErrorMessage, StatusMessage, TextField } from '../ui';
import { useT } from '../i18n';

/** Writes one private note; the journal's own checks and mood choice, without "who is writing". */
export function NoteComposer({ partner, onSaved }: { partner: PartnerSlot; onSaved: (note: PrivateNote) => void }) {
  const { t } = useT('private');
  const [body, setBody] = useState('');
  const [mood, setMood] = useState<number | null>(null);
  const [tags, setTags] = useState('');
  const [errors, setErrors] = useState<{ body?: string; tags?: string }>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [news, setNews] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const found = checkEdit(body, tags);
    setErrors(found);
    setProblem(null);
    setNews(null);
    if (found.body || found.tags) return;
    setSaving(true);
    const tagList = splitTags(tags);
    const result = await call('private.notes.create', {
      partner,
      body,
      ...(mood !== null && { mood }),
      ...(tagList.length > 0 && { tags: tagList }),
      at: { utc: Date.now(), offsetMinutes: -new Date().getTimezoneOffset() },
    });
    setSaving(false);
    if (!result.ok) return setProblem(result.error.message);
    setBody('');
    setMood(null);
    setTags('');
    setNews(t('composer.saved'));
    onSaved(result.value);
  };

  return (
    <form className="card" noValidate onSubmit={(event) => void save(event)} aria-labelledby="private-composer-title">
      <h2 id="private-composer-title">{t('composer.heading')}</h2>
      <div className="field">
        <label htmlFor="private-note-body" className="field-label">
          {t('composer.note')}
        </label>
        <textarea
          id="private-note-body"
          className="text-area"
          rows={6}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={errors.body ? 'private-note-body-error' : undefined}
        />
        {errors.body ? (
          <p id="private-note-body-error" className="field-error">
            {errors.body}
          </p>
        ) : null}
      </div>
      <MoodChoice name="private-mood" mood={mood} onChange={setMood} />
      <TextField
        id="private-note-tags"
        label={t('composer.tags')}
        hint={t('composer.tagsHint')}
        value={tags}
        onChange={setTags}
        error={errors.tags ?? null}
        autoComplete="off"
      />
      <ErrorMessage>{problem}</ErrorMessage>
      <StatusMessage>{saving ? t('composer.saving') : news}</StatusMessage>
      <button type="submit" className="button button-primary" aria-disabled={saving || undefined}>
        {t('composer.save')}
      </button>
    </form>
  );
}
