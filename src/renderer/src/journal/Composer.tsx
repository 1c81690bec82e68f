import { useRef, useState, type FormEvent } from 'react';
import { questionById } from '../../../shared/deck';
import type { Author, Entry } from '../../../shared/model';
import { authorLabel, type PartnerNames } from '../ui/partner-names';
import { call } from '../api';
import { useT } from '../i18n';
import { ErrorMessage, StatusMessage, TextField } from '../ui';
import { checkDraft, EMPTY_DRAFT, splitTags, type Draft, type DraftErrors } from './draft';
import { MoodChoice } from '../ui/MoodChoice';

const AUTHORS: Author[] = ['a', 'b', 'both'];

/** Writes one entry. On failure the words stay exactly where they were. */
export function Composer({
  names,
  onSaved,
  questionId = null,
  onCancel,
}: {
  names: PartnerNames;
  onSaved: (entry: Entry) => void;
  /** A deck question the entry is about ("write about it"); shown above the words and saved with them. */
  questionId?: string | null;
  /** Closes the composer (Cancel, or Esc); the words stay for next time. */
  onCancel?: () => void;
}) {
  const { t } = useT(['journal', 'common']);
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [question, setQuestion] = useState(() => (questionId ? (questionById(questionId) ?? null) : null));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [news, setNews] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const edit = (change: Partial<Draft>) => {
    setDraft((prev) => ({ ...prev, ...change }));
    setNews(null);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const found = checkDraft(draft);
    setErrors(found);
    setProblem(null);
    setNews(null);
    const firstWrong = (['author', 'body', 'tags'] as const).find((field) => found[field]);
    if (firstWrong || !draft.author) {
      form.current?.querySelector<HTMLElement>(`[data-field="${firstWrong}"]`)?.focus();
      return;
    }
    setSaving(true);
    const tags = splitTags(draft.tags);
    const result = await call('entries.create', {
      author: draft.author,
      body: draft.body,
      ...(draft.mood !== null && { mood: draft.mood }),
      ...(tags.length > 0 && { tags }),
      ...(question && { questionId: question.id }),
      at: { utc: Date.now(), offsetMinutes: -new Date().getTimezoneOffset() },
    });
    setSaving(false);
    if (!result.ok) return setProblem(result.error.message);
    setDraft(EMPTY_DRAFT);
    setQuestion(null);
    setNews(t('composer.saved'));
    onSaved(result.value);
  };

  return (
    <form
      ref={form}
      className="card composer"
      noValidate
      onSubmit={(event) => void save(event)}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !onCancel) return;
        event.preventDefault();
        onCancel();
      }}
      aria-labelledby="composer-title"
    >
      <h2 id="composer-title">{t('composer.title')}</h2>
      {question ? (
        <div className="composer-question">
          <p className="entry-question">
            <span className="visually-hidden">{t('aboutQuestion')}</span>
            {question.text}
          </p>
          <button type="button" className="button-small" onClick={() => setQuestion(null)}>
            {t('composer.withoutQuestion')}
          </button>
        </div>
      ) : null}
      <fieldset className="fieldset" aria-describedby={errors.author ? 'author-error' : undefined}>
        <legend className="fieldset-legend">{t('composer.who')}</legend>
        <div className="choices">
          {AUTHORS.map((author, index) => (
            <label key={author} className="choice">
              <input
                type="radio"
                name="author"
                value={author}
                checked={draft.author === author}
                onChange={() => edit({ author })}
                data-field={index === 0 ? 'author' : undefined}
              />
              {author === 'both' ? t('together', { names: authorLabel('both', names) }) : names[author]}
            </label>
          ))}
        </div>
        {errors.author ? (
          <p id="author-error" className="field-error">
            {errors.author}
          </p>
        ) : null}
      </fieldset>
      <div className="field">
        <label htmlFor="entry-body" className="field-label">
          {t('composer.body')}
        </label>
        <textarea
          id="entry-body"
          className="text-area"
          rows={6}
          value={draft.body}
          onChange={(event) => edit({ body: event.target.value })}
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={errors.body ? 'entry-body-error' : undefined}
          data-field="body"
        />
        {errors.body ? (
          <p id="entry-body-error" className="field-error">
            {errors.body}
          </p>
        ) : null}
      </div>
      <MoodChoice name="mood" mood={draft.mood} onChange={(mood) => edit({ mood })} />
      <TextField
        id="entry-tags"
        label={t('tagsLabel')}
        hint={t('composer.tagsHint')}
        value={draft.tags}
        onChange={(tags) => edit({ tags })}
        error={errors.tags ?? null}
        autoComplete="off"
        data-field="tags"
      />
      <ErrorMessage>{problem}</ErrorMessage>
      <StatusMessage>{saving ? t('saving') : news}</StatusMessage>
      <div className="button-row">
        <button type="submit" className="button button-primary" aria-disabled={saving || undefined}>
          {t('composer.save')}
        </button>
        {onCancel ? (
          <button type="button" className="button button-quiet" onClick={onCancel}>
            {t('common:cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
