import { PROFESSIONAL_HELP } from '../../../shared/exercises';
import { ScreenHeading } from '../ui';

/** The offline help page: plain text from the catalogue, nothing fetched, nothing linked. */
export function ProfessionalHelp({ backLabel, onBack }: { backLabel: string; onBack: () => void }) {
  return (
    <div className="help-page">
      <p>
        <button type="button" className="button button-quiet back-button" onClick={onBack}>
          {backLabel}
        </button>
      </p>
      <ScreenHeading>{PROFESSIONAL_HELP.title}</ScreenHeading>
      <p className="lede">{PROFESSIONAL_HELP.intro}</p>
      {PROFESSIONAL_HELP.sections.map((section, index) => (
        <section
          key={section.id}
          // The first section is about safety; it stands out so no one has to look for it.
          className={index === 0 ? 'help-section help-section-first' : 'help-section'}
          aria-labelledby={`help-${section.id}`}
        >
          <h2 id={`help-${section.id}`}>{section.heading}</h2>
          {section.blocks.map((block, blockIndex) =>
            block.kind === 'paragraph' ? (
              <p key={blockIndex}>{block.text}</p>
            ) : (
              <ul key={blockIndex} className="help-list">
                {block.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            ),
          )}
        </section>
      ))}
    </div>
  );
}
