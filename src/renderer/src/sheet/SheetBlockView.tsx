import type { ReactNode } from 'react';
import type { Sheet, SheetBlock } from '../../../shared/sheet';
import { exerciseById } from '../../../shared/exercises';
import { locale, useT } from '../i18n';
import { THEME_LOOK } from '../ui/theme-look';

type Level = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * The exercise's theme as the library shows it: its icon in its colour (the light one, since
 * paper is light in both themes). Decorative: the theme's name is printed beside it.
 */
function SheetThemeMark({ exerciseId }: { exerciseId: string }) {
  const theme = exerciseById(exerciseId)?.theme;
  if (!theme) return null;
  const { Icon, light } = THEME_LOOK[theme];
  return (
    <span className="sheet-theme-mark" style={{ color: light, borderColor: light }} data-theme={theme} aria-hidden="true">
      <Icon size={12} strokeWidth={2.25} focusable={false} />
    </span>
  );
}

/** A heading at `level`; the sheet starts at h1 in the print window and lower inside the app. */
function Heading({ level, className, children }: { level: number; className: string; children: ReactNode }) {
  const Tag = `h${Math.min(6, Math.max(1, level)) as Level}` as const;
  return <Tag className={className}>{children}</Tag>;
}

/** Ruled lines to write on; decoration for sighted readers, silent for screen readers. */
function WritingLines({ count }: { count: number }) {
  return (
    <div className="sheet-lines" aria-hidden="true">
      {Array.from({ length: count }, (_, index) => (
        <span key={index} className="sheet-line" />
      ))}
    </div>
  );
}

/**
 * One block of the sheet, as both the preview and the print window draw it. Its height
 * is measured to lay out pages, so everything it shows lives inside it (no outer margins).
 */
export function SheetBlockView({ sheet, block, headingLevel }: { sheet: Sheet; block: SheetBlock; headingLevel: number }) {
  const { t } = useT('sheet');
  switch (block.kind) {
    case 'header':
      return (
        <div className="sheet-header">
          <Heading level={headingLevel} className="sheet-title">
            {sheet.title}
          </Heading>
          <p className="sheet-for">{t('forNames', { a: sheet.names.a, b: sheet.names.b, date: sheetDay(sheet.date, sheet.dateLabel) })}</p>
          <p className="sheet-notice">{sheet.notice}</p>
          <p className="sheet-intro">{t('takeYourTime')}</p>
        </div>
      );
    case 'excerpt':
      return (
        <div className="sheet-excerpt">
          <Heading level={headingLevel + 1} className="sheet-excerpt-title">
            {t('passageTitle')}
          </Heading>
          <p className="sheet-excerpt-text">{block.text}</p>
        </div>
      );
    case 'exercise': {
      const { exercise } = block;
      return (
        <div className="sheet-exercise">
          <Heading level={headingLevel + 1} className="sheet-exercise-title">
            {t('exerciseTitle', { number: block.number, title: exercise.title })}
          </Heading>
          <p className="sheet-exercise-meta">
            <SheetThemeMark exerciseId={exercise.id} />
            {t('exerciseMeta', { theme: exercise.theme, minutes: exercise.minutes })}
          </p>
          <p className="sheet-why">
            <span className="sheet-why-label">{t('whyItHelps')}</span>
            {exercise.why}
          </p>
          {exercise.safetyNote ? <p className="sheet-safety">{exercise.safetyNote}</p> : null}
        </div>
      );
    }
    case 'turn': {
      const { turn } = block;
      return (
        <div className={`sheet-turn sheet-turn-${turn.role}`}>
          <p className="sheet-turn-who">
            {turn.label}
            {turn.timer ? <span className="sheet-turn-timer"> · {turn.timer}</span> : null}
          </p>
          <Heading level={headingLevel + 2} className="sheet-turn-title">
            {turn.title}
          </Heading>
          {turn.instruction ? <p className="sheet-turn-instruction">{turn.instruction}</p> : null}
          {turn.prompts.length > 0 ? (
            <ul className="sheet-prompts">
              {turn.prompts.map((prompt, index) => (
                <li key={index} className="sheet-prompt">
                  {prompt}
                </li>
              ))}
            </ul>
          ) : null}
          {turn.lines > 0 ? <WritingLines count={turn.lines} /> : null}
          {turn.then ? <p className="sheet-turn-then">{turn.then}</p> : null}
        </div>
      );
    }
    case 'reflection-heading':
      return (
        <div className="sheet-reflection-heading">
          <Heading level={headingLevel + 2} className="sheet-reflection-title">
            {t('afterwards')}
          </Heading>
        </div>
      );
    case 'reflection':
      return (
        <div className="sheet-reflection">
          <p className="sheet-reflection-question">{block.reflection.question}</p>
          {(['a', 'b'] as const).map((slot) => (
            <div key={slot} className="sheet-answer">
              <p className="sheet-answer-name">{sheet.names[slot]}</p>
              <WritingLines count={block.reflection.lines} />
            </div>
          ))}
        </div>
      );
    case 'notes':
      return (
        <div className="sheet-notes">
          <p className="sheet-notes-title">{t('notesTitle')}</p>
          <WritingLines count={block.lines} />
        </div>
      );
  }
}

const sheetDayFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** The sheet's day as this computer's locale writes it ("25 November 2026", "November 25, 2026"). */
function sheetDay(day: string, fallback: string): string {
  const utc = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(utc) ? fallback : sheetDayFormat.format(utc);
}
