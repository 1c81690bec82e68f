import { useRef, useState, type FormEvent } from 'react';
import { exercisesByTheme, THEMES } from '../../../shared/exercises';
import { PAPERS, SHEET_LIMITS } from '../../../shared/sheet';
import type { PartnerNames } from '../ui/partner-names';
import { locale, useT } from '../i18n';
import { CardChoices } from './CardChoices';
import { checkChoices, type ChoiceErrors, type SheetChoices } from './choices';

/** Choose exercises and options; "Preview the sheet" hands them on once they make a sheet. */
export function SheetComposer({
  names,
  choices,
  onChange,
  onPreview,
}: {
  names: PartnerNames;
  choices: SheetChoices;
  onChange: (choices: SheetChoices) => void;
  onPreview: () => void;
}) {
  const { t } = useT('sheet');
  const [errors, setErrors] = useState<ChoiceErrors>({});
  const form = useRef<HTMLFormElement>(null);
  const chosen = new Set(choices.exerciseIds);

  const edit = (change: Partial<SheetChoices>) => {
    // An error stays until the part it is about changes.
    if (errors.exercises && change.exerciseIds) setErrors(({ exercises: _, ...rest }) => rest);
    if (errors.passage && (change.passage !== undefined || change.addPassage === false)) {
      setErrors(({ passage: _, ...rest }) => rest);
    }
    onChange({ ...choices, ...change });
  };
  const toggle = (id: string, on: boolean) => {
    // Kept in catalogue order, so the sheet follows the library whatever the clicking order.
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    const order = THEMES.flatMap((theme) => exercisesByTheme(theme.id).map((exercise) => exercise.id));
    edit({ exerciseIds: order.filter((each) => next.has(each)) });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkChoices(choices);
    setErrors(found);
    if (found.exercises) return form.current?.querySelector<HTMLElement>('[data-field="exercises"]')?.focus();
    if (found.passage) return form.current?.querySelector<HTMLElement>('#sheet-passage')?.focus();
    onPreview();
  };

  const count = choices.exerciseIds.length;
  const passageLength = choices.passage.length;

  return (
    <form ref={form} className="sheet-compose" noValidate onSubmit={submit} aria-label={t('formLabel')}>
      <p className="lede">{t('lede')}</p>

      <fieldset className="fieldset">
        <legend className="fieldset-legend">{t('whatToPrint')}</legend>
        <div className="choices">
          <label className="choice">
            <input type="radio" name="sheet-kind" checked={choices.kind === 'exercises'} onChange={() => edit({ kind: 'exercises' })} />
            {t('kindExercises')}
          </label>
          <label className="choice">
            <input type="radio" name="sheet-kind" checked={choices.kind === 'cards'} onChange={() => edit({ kind: 'cards' })} />
            {t('kindCards')}
          </label>
        </div>
      </fieldset>

      {choices.kind === 'cards' ? <CardChoices choices={choices} onChange={edit} /> : null}

      <div className="card sheet-section" hidden={choices.kind === 'cards'}>
      <fieldset
        className="fieldset sheet-exercises"
        aria-describedby={errors.exercises ? 'sheet-exercises-error' : 'sheet-exercises-count'}
      >
        <legend className="fieldset-legend sheet-section-legend">{t('exercises')}</legend>
        <p id="sheet-exercises-count" className="field-hint">
          {count === 0 ? t('noneChosen', { max: SHEET_LIMITS.exercises }) : t('chosen', { count, max: SHEET_LIMITS.exercises })}
        </p>
        {errors.exercises ? (
          <p id="sheet-exercises-error" className="field-error">
            {errors.exercises}
          </p>
        ) : null}
        {THEMES.map((theme, themeIndex) => (
          <fieldset key={theme.id} className="fieldset sheet-theme">
            <legend className="sheet-theme-legend">{theme.title}</legend>
            <ul className="sheet-choice-list">
              {exercisesByTheme(theme.id).map((exercise, index) => (
                <li key={exercise.id}>
                  <label className="sheet-choice">
                    <input
                      type="checkbox"
                      checked={chosen.has(exercise.id)}
                      onChange={(event) => toggle(exercise.id, event.target.checked)}
                      data-field={themeIndex === 0 && index === 0 ? 'exercises' : undefined}
                    />
                    <span className="sheet-choice-title">{exercise.title}</span>
                    <span className="sheet-choice-meta">
                      {exercise.depth === 'deeper' ? t('minutesDeeper', { minutes: exercise.minutes }) : t('minutes', { minutes: exercise.minutes })}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
      </fieldset>
      </div>

      <div className="card sheet-section">
      <fieldset className="fieldset sheet-options">
        <legend className="fieldset-legend sheet-section-legend">{t('onTheSheet')}</legend>

        <fieldset className="fieldset">
          <legend className="fieldset-legend">{t('paperSize')}</legend>
          <div className="choices">
            {PAPERS.map((paper) => (
              <label key={paper.id} className="choice">
                <input type="radio" name="sheet-paper" checked={choices.paper === paper.id} onChange={() => edit({ paper: paper.id })} />
                {paper.label}
              </label>
            ))}
          </div>
        </fieldset>

        {choices.kind === 'exercises' ? (
        <>
        <fieldset className="fieldset">
          <legend className="fieldset-legend">{t('whoFirst')}</legend>
          <div className="choices">
            {(['a', 'b'] as const).map((slot) => (
              <label key={slot} className="choice">
                <input
                  type="radio"
                  name="sheet-first-speaker"
                  checked={choices.firstSpeaker === slot}
                  onChange={() => edit({ firstSpeaker: slot })}
                />
                {names[slot]}
              </label>
            ))}
          </div>
        </fieldset>

        <div className="sheet-toggles">
          <label className="sheet-toggle">
            <input
              type="checkbox"
              checked={choices.includeReflection}
              onChange={(event) => edit({ includeReflection: event.target.checked })}
            />
            {t('reflection')}
          </label>
          <label className="sheet-toggle">
            <input type="checkbox" checked={choices.includeNotes} onChange={(event) => edit({ includeNotes: event.target.checked })} />
            {t('notes')}
          </label>
          <label className="sheet-toggle">
            <input
              type="checkbox"
              checked={choices.addPassage}
              onChange={(event) => edit({ addPassage: event.target.checked })}
              aria-describedby="sheet-passage-warning"
            />
            {t('addPassage')}
          </label>
          {/* A hint, not a warning: the one paper warning comes right before printing. */}
          <p id="sheet-passage-warning" className="quiet">
            {t('passageHint')}
          </p>
        </div>

        {choices.addPassage ? (
          <div className="field sheet-passage">
            <label htmlFor="sheet-passage" className="field-label">
              {t('yourPassage')}
            </label>
            <p id="sheet-passage-hint" className="field-hint">
              {t('passageLimit', { max: SHEET_LIMITS.excerptChars.toLocaleString(locale), length: passageLength.toLocaleString(locale) })}
            </p>
            <textarea
              id="sheet-passage"
              className="text-area"
              rows={6}
              value={choices.passage}
              maxLength={SHEET_LIMITS.excerptChars}
              onChange={(event) => edit({ passage: event.target.value })}
              aria-invalid={errors.passage ? true : undefined}
              aria-describedby={['sheet-passage-hint', errors.passage ? 'sheet-passage-error' : ''].filter(Boolean).join(' ')}
            />
            {errors.passage ? (
              <p id="sheet-passage-error" className="field-error">
                {errors.passage}
              </p>
            ) : null}
          </div>
        ) : null}
        </>
        ) : null}
      </fieldset>
      </div>

      <button type="submit" className="button button-primary">
        {choices.kind === 'cards' ? t('previewCards') : t('previewSheet')}
      </button>
    </form>
  );
}
