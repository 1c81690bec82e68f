import { Trans } from 'react-i18next';
import { CRISIS_LINES, HELPLINE_DIRECTORY, type CrisisLine } from '../../../shared/help';
import { locale, t, useT } from '../i18n';

const longDay = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-12-05" as the locale writes it ("5 December 2026", "December 5, 2026"), read as a calendar day. */
export function dayWords(day: string): string {
  return longDay.format(new Date(`${day}T12:00:00Z`));
}

/** How to reach a line, in whole sentences: "Call or text 988. Free." */
function howToReach(line: CrisisLine) {
  const num = { num: <strong className="help-number" /> };
  const { number, alsoNumber: also } = line;
  const more = [line.chat ? t('help:chat') : null, line.free ? t('help:free') : null].filter(Boolean);
  return (
    <>
      {line.text ? (
        also ? (
          <Trans ns="help" i18nKey="callOrTextAlso" values={{ number, also }} components={num} />
        ) : (
          <Trans ns="help" i18nKey="callOrText" values={{ number }} components={num} />
        )
      ) : also ? (
        <Trans ns="help" i18nKey="callAlso" values={{ number, also }} components={num} />
      ) : (
        <Trans ns="help" i18nKey="call" values={{ number }} components={num} />
      )}
      {more.length > 0 ? ` ${more.join(' ')}` : null}
    </>
  );
}

function LineList({ kind, label }: { kind: CrisisLine['kind']; label: string }) {
  const { t: th } = useT('help');
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
          <p className="help-line-meta">{th('hoursChecked', { hours: line.hours, date: dayWords(line.checkedOn) })}</p>
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
  const { t: th } = useT('help');
  return (
    <>
      <section className="help-section help-section-first" aria-labelledby="help-emergency">
        <h2 id="help-emergency">{th('dangerTitle')}</h2>
        <p>{th('dangerText')}</p>
        <LineList kind="emergency" label={th('emergencyNumbers')} />
      </section>
      <section className="help-section" aria-labelledby="help-crisis">
        <h2 id="help-crisis">{th('talkTitle')}</h2>
        <p>{th('talkText')}</p>
        <LineList kind="crisis" label={th('crisisLines')} />
      </section>
      <section className="help-section" aria-labelledby="help-abuse-lines">
        <h2 id="help-abuse-lines">{th('abuseTitle')}</h2>
        <p>{th('abuseText')}</p>
        <LineList kind="domestic-abuse" label={th('abuseLines')} />
      </section>
      <section className="help-section" aria-labelledby="help-elsewhere">
        <h2 id="help-elsewhere">{th('elsewhereTitle')}</h2>
        <p>
          <Trans
            t={th}
            i18nKey="directory"
            values={{ name: HELPLINE_DIRECTORY.name, address: HELPLINE_DIRECTORY.address, date: dayWords(HELPLINE_DIRECTORY.checkedOn) }}
            components={{ addr: <strong className="help-address" /> }}
          />
        </p>
        <p className="help-numbers-change">{th('numbersChange', { name: HELPLINE_DIRECTORY.name })}</p>
      </section>
    </>
  );
}
