import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Trans } from 'react-i18next';
import { THEMES, type ThemeId } from '../../../shared/exercises';
import type { Author } from '../../../shared/model';
import { authorLabel, type PartnerNames } from '../ui/partner-names';
import { useT } from '../i18n';
import type { FindState } from './find';

const AUTHORS: Author[] = ['a', 'b', 'both'];

interface FindBarProps {
  find: FindState;
  onChange: (change: Partial<FindState>) => void;
  onClear: () => void;
  names: PartnerNames;
  tags: readonly { tag: string; count: number }[];
  rangeError: string | null;
  narrowed: boolean;
}

/** How many of the filters are set, for the button's name: "Filters (2)". */
const filtersSet = (find: FindState): number => [find.author, find.theme, find.tag, find.from, find.to].filter((v) => v !== '').length;

/**
 * One search field, and the filters one step away in a popover (a disclosure: the button says
 * whether it is open). They combine: words AND partner AND theme AND tag AND dates. Esc, or a
 * click elsewhere, closes the filters and the keyboard goes back to their button.
 */
export function FindBar({ find, onChange, onClear, names, tags, rangeError, narrowed }: FindBarProps) {
  const { t } = useT('journal');
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const set = filtersSet(find);

  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    event.stopPropagation();
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <div ref={root} className="find" role="search" aria-label={t('find.label')} onKeyDown={onKeyDown}>
      <div className="find-words">
        <label htmlFor="journal-search" className="visually-hidden">
          {t('find.search')}
        </label>
        <input
          id="journal-search"
          type="search"
          className="text-input"
          placeholder={t('find.placeholder')}
          value={find.words}
          onChange={(event) => onChange({ words: event.target.value })}
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
        />
      </div>
      <button
        ref={toggle}
        type="button"
        className="button button-quiet find-toggle"
        aria-expanded={open}
        aria-controls="journal-filters"
        onClick={() => {
          setOpen((shown) => !shown);
          // Opened, the keyboard goes straight to the first filter.
          if (!open) requestAnimationFrame(() => document.getElementById('filter-author')?.focus());
        }}
      >
        {set > 0 ? (
          <Trans t={t} i18nKey="find.filtersOn" values={{ n: set }} components={{ count: <span className="find-count" /> }} />
        ) : (
          t('find.filters')
        )}
      </button>
      <fieldset id="journal-filters" className="fieldset find-filters" hidden={!open}>
        <legend className="fieldset-legend">{t('find.onlyShow')}</legend>
        <div className="find-grid">
          <div className="field">
            <label htmlFor="filter-author" className="field-label">
              {t('find.writtenBy')}
            </label>
            <select
              id="filter-author"
              className="filter-select"
              value={find.author}
              onChange={(event) => onChange({ author: event.target.value as Author | '' })}
            >
              <option value="">{t('find.anyone')}</option>
              {AUTHORS.map((author) => (
                <option key={author} value={author}>
                  {author === 'both' ? t('together', { names: authorLabel('both', names) }) : names[author]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-theme" className="field-label">
              {t('find.theme')}
            </label>
            <select
              id="filter-theme"
              className="filter-select"
              value={find.theme}
              onChange={(event) => onChange({ theme: event.target.value as ThemeId | '' })}
            >
              <option value="">{t('find.any')}</option>
              <optgroup label={t('find.strategies')}>
                {THEMES.filter((theme) => theme.kind === 'strategy').map((theme) => (
                  <option key={theme.id} value={theme.id}>
                    {theme.title}
                  </option>
                ))}
              </optgroup>
              <optgroup label={t('find.barriers')}>
                {THEMES.filter((theme) => theme.kind === 'barrier').map((theme) => (
                  <option key={theme.id} value={theme.id}>
                    {theme.title}
                  </option>
                ))}
              </optgroup>
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-tag" className="field-label">
              {t('find.tag')}
            </label>
            <select id="filter-tag" className="filter-select" value={find.tag} onChange={(event) => onChange({ tag: event.target.value })}>
              <option value="">{t('find.any')}</option>
              {find.tag && !tags.some((known) => known.tag === find.tag) ? <option value={find.tag}>{find.tag}</option> : null}
              {tags.map(({ tag, count }) => (
                <option key={tag} value={tag}>
                  {t('find.tagOption', { tag, n: count })}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="find-dates">
          <div className="field">
            <label htmlFor="filter-from" className="field-label">
              {t('find.from')}
            </label>
            <input
              id="filter-from"
              type="date"
              className="text-input"
              value={find.from}
              min="1900-01-01"
              max="2999-12-31"
              onChange={(event) => onChange({ from: event.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="filter-to" className="field-label">
              {t('find.to')}
            </label>
            <input
              id="filter-to"
              type="date"
              className="text-input"
              value={find.to}
              min="1900-01-01"
              max="2999-12-31"
              onChange={(event) => onChange({ to: event.target.value })}
              aria-invalid={rangeError ? true : undefined}
              aria-describedby={rangeError ? 'filter-range-error' : undefined}
            />
          </div>
          {narrowed ? (
            <button type="button" className="button button-quiet find-clear" onClick={onClear}>
              {t('find.showEvery')}
            </button>
          ) : null}
        </div>
        {rangeError ? (
          <p id="filter-range-error" className="field-error">
            {rangeError}
          </p>
        ) : null}
      </fieldset>
    </div>
  );
}
