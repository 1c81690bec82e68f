import type { MouseEvent } from 'react';
import { CATALOGUE, THEMES, exercisesByTheme, type Exercise, type Theme } from '../../../shared/exercises';
import { ScreenHeading, StatusMessage } from '../ui';
import { ThemeIcon, themeStyle } from '../ui/theme-look';
import { DEPTH_CHOICES, MINUTES_CHOICES, fitsFilters } from './filters';
import type { LibraryFilters } from './route';
import { DEPTH_WORD, minutesWords } from './words';

interface LibraryProps {
  filters: LibraryFilters;
  onFilters: (filters: LibraryFilters) => void;
  onOpen: (exerciseId: string) => void;
  onHelp: () => void;
}

const GROUPS = [
  { kind: 'strategy', title: 'By strategy', lede: 'Ways to grow closer, one practice at a time.' },
  { kind: 'barrier', title: 'By what gets in the way', lede: 'Gentle ways through the things that can keep you apart.' },
] as const;

const headingIdOf = (theme: Theme) => `theme-${theme.id}`;

/** A short card: the title, why it helps (clamped to two lines), and its length and depth as tags. */
function ExerciseCard({ exercise, onOpen }: { exercise: Exercise; onOpen: (id: string) => void }) {
  return (
    <li className="exercise-card theme-look" style={themeStyle(exercise.theme)}>
      <h4 className="exercise-card-title">
        <button type="button" className="exercise-card-open" onClick={() => onOpen(exercise.id)}>
          {exercise.title}
        </button>
      </h4>
      <p className="exercise-card-why">{exercise.why}</p>
      <ul className="exercise-tags" aria-label="Length and depth">
        <li className="exercise-tag">{minutesWords(exercise.minutes)}</li>
        <li className="exercise-tag">{DEPTH_WORD[exercise.depth]}</li>
      </ul>
    </li>
  );
}

/**
 * Links to each theme's section. A jump moves the keyboard there too (to the heading), so
 * a screen reader or Tab carries on from the section and not from the top of the page.
 */
function JumpLinks() {
  const jump = (event: MouseEvent<HTMLAnchorElement>, theme: Theme) => {
    event.preventDefault();
    const heading = document.getElementById(headingIdOf(theme));
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  };
  return (
    <nav className="library-jump" aria-label="Exercise themes">
      {GROUPS.map((group) => (
        <div key={group.kind} className="library-jump-group">
          <p id={`jump-${group.kind}`} className="library-jump-title">
            {group.title}
          </p>
          <ul className="library-jump-list" aria-labelledby={`jump-${group.kind}`}>
            {THEMES.filter((theme) => theme.kind === group.kind).map((theme) => (
              <li key={theme.id}>
                <a className="library-jump-link" href={`#${headingIdOf(theme)}`} onClick={(event) => jump(event, theme)}>
                  <ThemeIcon id={theme.id} size={16} />
                  {theme.title}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}

function ThemeSection({ theme, filters, onOpen, onHelp }: { theme: Theme } & Omit<LibraryProps, 'onFilters'>) {
  const shown = exercisesByTheme(theme.id).filter((exercise) => fitsFilters(exercise, filters));
  const headingId = headingIdOf(theme);
  return (
    <section className="theme" aria-labelledby={headingId}>
      <h3 id={headingId} className="theme-heading" tabIndex={-1}>
        <ThemeIcon id={theme.id} />
        {theme.title}
      </h3>
      <p className="theme-intro">{theme.intro}</p>
      {theme.id === 'professional-help' ? (
        <p>
          <button type="button" className="button button-quiet" onClick={onHelp}>
            Read “Getting professional help”
          </button>
        </p>
      ) : null}
      {shown.length > 0 ? (
        <ul className="exercise-cards">
          {shown.map((exercise) => (
            <ExerciseCard key={exercise.id} exercise={exercise} onOpen={onOpen} />
          ))}
        </ul>
      ) : (
        <p className="quiet">None of these fit the length and depth you chose.</p>
      )}
    </section>
  );
}

function Choices<V extends string>({
  legend,
  name,
  choices,
  value,
  onChange,
}: {
  legend: string;
  name: string;
  choices: readonly { value: V; label: string }[];
  value: V;
  onChange: (value: V) => void;
}) {
  return (
    <fieldset className="fieldset">
      <legend className="fieldset-legend">{legend}</legend>
      <div className="choices">
        {choices.map((choice) => (
          <label key={choice.value} className="choice">
            <input type="radio" name={name} checked={value === choice.value} onChange={() => onChange(choice.value)} />
            {choice.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Every exercise, by the article's strategies and barriers, narrowed by time and depth. */
export function ExerciseLibrary({ filters, onFilters, onOpen, onHelp }: LibraryProps) {
  const count = CATALOGUE.filter((exercise) => fitsFilters(exercise, filters)).length;
  return (
    <div className="library">
      <ScreenHeading>Exercises</ScreenHeading>
      <p className="lede">
        Short, guided things to do together at this computer. Any step can be skipped, and any session paused.
      </p>
      <JumpLinks />
      <section className="card library-filters" aria-labelledby="library-filters-title">
        <h2 id="library-filters-title" className="library-filters-title">
          Find one that fits
        </h2>
        <div className="library-filter-groups">
          <Choices
            legend="How many minutes?"
            name="minutes"
            choices={MINUTES_CHOICES}
            value={filters.minutes}
            onChange={(minutes) => onFilters({ ...filters, minutes })}
          />
          <Choices
            legend="How deep?"
            name="depth"
            choices={DEPTH_CHOICES}
            value={filters.depth}
            onChange={(depth) => onFilters({ ...filters, depth })}
          />
        </div>
        <StatusMessage>
          {count === CATALOGUE.length ? `All ${count} exercises are shown.` : `${count} of ${CATALOGUE.length} exercises fit.`}
        </StatusMessage>
      </section>
      {GROUPS.map((group) => (
        <section key={group.kind} className="library-group" aria-labelledby={`group-${group.kind}`}>
          <h2 id={`group-${group.kind}`}>{group.title}</h2>
          <p className="quiet">{group.lede}</p>
          {THEMES.filter((theme) => theme.kind === group.kind).map((theme) => (
            <ThemeSection key={theme.id} theme={theme} filters={filters} onOpen={onOpen} onHelp={onHelp} />
          ))}
        </section>
      ))}
    </div>
  );
}
