import type { ReactNode } from 'react';
import type { Sheet, SheetBlock } from '../../../shared/sheet';

type Level = 1 | 2 | 3 | 4 | 5 | 6;

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
  switch (block.kind) {
    case 'header':
      return (
        <div className="sheet-header">
          <Heading level={headingLevel} className="sheet-title">
            {sheet.title}
          </Heading>
          <p className="sheet-for">
            For {sheet.names.a} and {sheet.names.b} · {sheet.dateLabel}
          </p>
          <p className="sheet-notice">{sheet.notice}</p>
          <p className="sheet-intro">
            Take your time. Any step can be skipped, and you can pause whenever you need.
          </p>
        </div>
      );
    case 'excerpt':
      return (
        <div className="sheet-excerpt">
          <Heading level={headingLevel + 1} className="sheet-excerpt-title">
            A passage of your own
          </Heading>
          <p className="sheet-excerpt-text">{block.text}</p>
        </div>
      );
    case 'exercise': {
      const { exercise } = block;
      return (
        <div className="sheet-exercise">
          <Heading level={headingLevel + 1} className="sheet-exercise-title">
            {block.number}. {exercise.title}
          </Heading>
          <p className="sheet-exercise-meta">
            {exercise.theme} · about {exercise.minutes} minutes
          </p>
          <p className="sheet-why">
            <span className="sheet-why-label">Why it helps: </span>
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
            Afterwards, each of you
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
          <p className="sheet-notes-title">Notes</p>
          <WritingLines count={block.lines} />
        </div>
      );
  }
}
