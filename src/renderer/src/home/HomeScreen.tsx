import type { PartnerNames } from '../app/partner-names';
import { ScreenHeading } from '../ui';
import './home.css';

const countSentence = (count: number): string =>
  count === 0 ? 'Nothing written yet.' : `${count.toLocaleString()} ${count === 1 ? 'entry' : 'entries'} so far.`;

/** Where the open journal starts: who it belongs to, how much is in it, and a way in. */
export function HomeScreen({
  names,
  entryCount,
  onWrite,
}: {
  names: PartnerNames;
  entryCount: number;
  onWrite: () => void;
}) {
  return (
    <div className="home">
      <ScreenHeading>
        Good to see you, {names.a} and {names.b}
      </ScreenHeading>
      <section className="card home-card" aria-labelledby="home-journal">
        <h2 id="home-journal">Your journal</h2>
        <p className="home-count">{countSentence(entryCount)}</p>
        <p className="quiet">A few honest lines, written alone or side by side, are plenty.</p>
        <button type="button" className="button button-primary" onClick={onWrite}>
          Write in the journal
        </button>
      </section>
    </div>
  );
}
