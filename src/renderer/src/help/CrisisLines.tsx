import { CRISIS_LINES, HELPLINE_DIRECTORY, type CrisisLine } from '../../../shared/help';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-12-05" as "5 December 2026", read as a calendar day (no time zone can shift it). */
export function dayWords(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return `${date} ${MONTHS[month! - 1]} ${year}`;
}

/** How to reach a line, in one sentence: "Call or text 988. Free." */
function howToReach(line: CrisisLine) {
  return (
    <>
      {line.text ? 'Call or text ' : 'Call '}
      <strong className="help-number">{line.number}</strong>
      {line.alsoNumber ? (
        <>
          {' '}
          (<strong className="help-number">{line.alsoNumber}</strong> also works)
        </>
      ) : null}
      .{line.chat ? ' Online chat is also offered on its website.' : ''}
      {line.free ? ' Free.' : ''}
    </>
  );
}

function LineList({ kind, label }: { kind: CrisisLine['kind']; label: string }) {
  return (
    <ul className="help-lines" aria-label={label}>
      {CRISIS_LINES.filter((line) => line.kind === kind).map((line) => (
        <li key={line.id} className="help-line">
          <p className="help-line-where">
            {line.country}
            {kind === 'emergency' ? null : (
              <>
                <span className="visually-hidden">: </span>
                <span className="help-line-service">{line.service}</span>
              </>
            )}
          </p>
          <p className="help-line-how">{howToReach(line)}</p>
          <p className="help-line-meta">
            {line.hours}. Checked on {dayWords(line.checkedOn)}.
          </p>
        </li>
      ))}
    </ul>
  );
}

/**
 * The numbers: emergency services, crisis lines, domestic abuse lines, and the directory for
 * everywhere else. Plain text, nothing linked: the page must work with no network at all.
 */
export function CrisisLines() {
  return (
    <>
      <section className="help-section help-section-first" aria-labelledby="help-emergency">
        <h2 id="help-emergency">If someone is in danger right now</h2>
        <p>Call your local emergency number.</p>
        <LineList kind="emergency" label="Emergency numbers" />
      </section>
      <section className="help-section" aria-labelledby="help-crisis">
        <h2 id="help-crisis">Someone to talk to, day or night</h2>
        <p>These lines are for anyone who is struggling or thinking about suicide, and for anyone worried about someone else.</p>
        <LineList kind="crisis" label="Crisis lines" />
      </section>
      <section className="help-section" aria-labelledby="help-abuse-lines">
        <h2 id="help-abuse-lines">If someone is hurting or controlling you</h2>
        <p>Talk to someone in confidence about what is happening and how to stay safe.</p>
        <LineList kind="domestic-abuse" label="Domestic abuse lines" />
      </section>
      <section className="help-section" aria-labelledby="help-elsewhere">
        <h2 id="help-elsewhere">In other countries</h2>
        <p>
          {HELPLINE_DIRECTORY.name}, at <strong className="help-address">{HELPLINE_DIRECTORY.address}</strong>, lists helplines
          in many more countries. Checked on {dayWords(HELPLINE_DIRECTORY.checkedOn)}.
        </p>
        <p className="help-numbers-change">
          Numbers and services change. If a number here does not work, look it up on {HELPLINE_DIRECTORY.name} or call
          your local emergency services.
        </p>
      </section>
    </>
  );
}
