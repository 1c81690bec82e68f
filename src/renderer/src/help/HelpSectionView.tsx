import type { HelpSection } from '../../../shared/exercises';

/** One section of a help page: a heading, then paragraphs and lists, exactly as the data says. */
export function HelpSectionView({ section, highlight = false }: { section: HelpSection; highlight?: boolean }) {
  return (
    <section
      className={highlight ? 'help-section help-section-first' : 'help-section'}
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
  );
}
