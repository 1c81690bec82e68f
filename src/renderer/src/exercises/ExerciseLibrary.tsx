import type { MouseEvent } from 'react';
import { CATALOGUE, THEMES, exercisesByTheme, type Exercise, type Theme } from '../../../shared/exercises';
import { ScreenHeading, StatusMessage } from '../ui';
import { ThemeIcon, themeStyle } from '../ui/theme-look';
import { DEPTH_CHOICES, MINUTES_CHOICES, fitsFilters } from './filters';
import type { LibraryFilters } from './route';
import { depthWord, minutesWords } from './words';
import { useT } from '../i18n';

interface LibraryProps {
  filters: LibraryFilters;
  onFilters: (filters: LibraryFilters) => void;
  onOpen: (exerciseId: string) => void;
  onHelp: () => void;
}

const GROUPS = [
  { kind: 'strategy', title: 'library.byStrategy', lede: 'library.byStrategyLede' },
  { kind: 'barrier', title: 'library.byBarrier', lede: 'library.byBarrierLede' },
] as const;

const headingIdOf = (theme: Theme) => `theme-${theme.id}`;

/** A short card: the title, why it helps (clamped to two lines), and its length and depth as tags. */
function ExerciseCard({ exercise, onOpen }: { exercise: Exercise; onOpen: (id: string) => void }) {
  const { t } = useT('exercises');
  return (
    <li className="exercise-card theme-look" style={themeStyle(exercise.theme)}>
      <h4 className="exercise-card-title">
        <button type="button" className="exercise-card-open" onClick={() => onOpen(exercise.id)}>
          {exercise.title}
        </button>
      </h4>
      <p className="exercise-card-why">{exercise.why}</p>
      <ul className="exercise-tags" aria-label={t('library.lengthAndDepth')}>
        <li className="exercise-tag">{minutesWords(exercise.minutes)}</li>
        <li className="exercise-tag">{depthWord(exercise.depth)}</li>
      </ul>
    </li>
  );
}

/**
 * Links to each theme's section. A jump moves the keyboard there too (to the heading), so
 * a screen reader or Tab carries on from the section and not from the top of the page.
 */
function JumpLinks() {
  const { t } = useT('exercises');
  const jump = (event: MouseEvent<HTMLAnchorElement>, theme: Theme) => {
    event.preventDefault();
    const heading = document.getElementById(headingIdOf(theme));
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  };
  return (
    <nav className="library-jump" aria-label={t('library.themes')}>
      {GROUPS.map((group) => (
        <div key={group.kind} className="library-jump-group">
          <p id={`jump-${group.kind}`} className="library-jump-title">
            {t(group.title)}
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
  const { t } = useT('exercises');
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
            {t('readHelp')}
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
        <p className="quiet">{t('library.noneFit')}</p>
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
  const { t } = useT('exercises');
  const count = CATALOGUE.filter((exercise) => fitsFilters(exercise, filters)).length;
  return (
    <div className="library">
      <ScreenHeading>{t('library.heading')}</ScreenHeading>
      <p className="lede">{t('library.lede')}</p>
      <JumpLinks />
      <section className="card library-filters" aria-labelledby="library-filters-title">
        <h2 id="library-filters-title" className="library-filters-title">
          {t('library.findOne')}
        </h2>
        <div className="library-filter-groups">
          <Choices
            legend={t('library.howManyMinutes')}
            name="minutes"
            choices={MINUTES_CHOICES.map((value) => ({ value, label: t(`library.minutesChoice.${value}`) }))}
            value={filters.minutes}
            onChange={(minutes) => onFilters({ ...filters, minutes })}
          />
          <Choices
            legend={t('library.howDeep')}
            name="depth"
            choices={DEPTH_CHOICES.map((value) => ({ value, label: t(`library.depthChoice.${value}`) }))}
            value={filters.depth}
            onChange={(depth) => onFilters({ ...filters, depth })}
          />
        </div>
        <StatusMessage>
          {count === CATALOGUE.length
            ? t('library.allShown', { count })
            : t('library.someFit', { shown: count, total: CATALOGUE.length })}
        </StatusMessage>
      </section>
      {GROUPS.map((group) => (
        <section key={group.kind} className="library-group" aria-labelledby={`group-${group.kind}`}>
          <h2 id={`group-${group.kind}`}>{t(group.title)}</h2>
          <p className="quiet">{t(group.lede)}</p>
          {THEMES.filter((theme) => theme.kind === group.kind).map((theme) => (
            <ThemeSection key={theme.id} theme={theme} filters={filters} onOpen={onOpen} onHelp={onHelp} />
          ))}
        </section>
      ))}
    </div>
  );
}
