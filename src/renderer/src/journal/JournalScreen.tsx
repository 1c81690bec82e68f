import type { PartnerNames } from '../app/partner-names';
import { ScreenHeading } from '../ui';
import { Composer } from './Composer';
import { EntryList } from './EntryList';
import { useEntries } from './use-entries';
import './journal.css';

/** Write first, read below: the composer, then every entry newest first. */
export function JournalScreen({ names }: { names: PartnerNames }) {
  const pages = useEntries();
  return (
    <div className="journal">
      <ScreenHeading>Journal</ScreenHeading>
      <Composer names={names} onSaved={pages.prepend} />
      <EntryList names={names} pages={pages} />
    </div>
  );
}
