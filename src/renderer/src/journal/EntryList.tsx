import { useCallback } from 'react';
import type { Entry } from '../../../shared/model';
import type { PartnerNames } from '../ui/partner-names';
import { t, useT } from '../i18n';
import { ErrorMessage, StatusMessage } from '../ui';
import { EntryRow, headingId } from './EntryRow';
import { dayHeading, dayInFull } from '../ui/format-time';
import type { EntryFeed, FeedItem, FeedOutcome } from './use-entries';
import { VirtualFeed } from './VirtualFeed';

// A first guess at a row's height (the journal face at ~80 characters a line); each row
// is measured when shown, so a wrong guess only costs a small correction.
const CHARS_PER_LINE = 80;
const LINE_PX = 33;
const ROW_CHROME_PX = 175;

function estimateRow(item: FeedItem): number {
  const text = item.snippet ? item.snippet.map((segment) => segment.text).join('') : item.entry.body;
  let lines = 0;
  for (const paragraph of text.slice(0, 20_000).split('\n')) lines += Math.max(1, Math.ceil(paragraph.length / CHARS_PER_LINE));
  const extras = (item.entry.tags.length > 0 || item.entry.mood !== null ? 45 : 0) + (item.entry.sessionId ? 30 : 0);
  return ROW_CHROME_PX + lines * LINE_PX + extras;
}

const keyOf = (item: FeedItem) => item.entry.id;
const labelOf = (item: FeedItem) => headingId(item.entry);

/** The sentence said when a search or a filter has answered. */
function outcomeSentence(outcome: FeedOutcome, words: string): string {
  const { count } = outcome;
  if (count === 0) return words ? t('journal:list.noneFound', { words }) : t('journal:list.noneMatch');
  if (outcome.more) return words ? t('journal:list.manyFound', { words }) : t('journal:list.manyMatch');
  return words ? t('journal:list.found', { count, words }) : t('journal:list.match', { count });
}

interface EntryListProps {
  names: PartnerNames;
  feed: EntryFeed;
  /** The words searched for, when the list shows a search. */
  words: string;
  narrowed: boolean;
  editingId: string | null;
  /** The entry just saved: marked for a moment, so "at the top of the list" points at something. */
  freshId: string | null;
  onEdit: (id: string) => void;
  onEditDone: (saved: Entry | null) => void;
  onTrash: (entry: Entry) => void;
}

/** Everything written so far, newest first, or what a search or filter found; older rows load as you scroll. */
export function EntryList({ names, feed, words, narrowed, editingId, freshId, onEdit, onEditDone, onTrash }: EntryListProps) {
  const { t } = useT('journal');
  const { items } = feed;
  const renderItem = useCallback(
    (item: FeedItem, index: number) => {
      // One heading per day: above the first entry of each day (the list is newest first).
      const day = item.entry.day;
      const firstOfDay = index === 0 || items[index - 1]?.entry.day !== day;
      return (
        <>
          {firstOfDay ? (
            <p className="entry-day" title={dayInFull(day)}>
              {dayHeading(day, new Date())}
            </p>
          ) : null}
          <div className={item.entry.id === freshId ? 'entry entry-fresh' : 'entry'}>
            <EntryRow
              item={item}
              names={names}
              editing={item.entry.id === editingId}
              onEdit={onEdit}
              onEditDone={onEditDone}
              onTrash={onTrash}
            />
          </div>
        </>
      );
    },
    [items, names, editingId, freshId, onEdit, onEditDone, onTrash],
  );

  const news = feed.loading
    ? t('list.opening')
    : narrowed && feed.outcome
      ? outcomeSentence(feed.outcome, words.trim())
      : null;

  return (
    <>
      <ErrorMessage>{feed.error}</ErrorMessage>
      <StatusMessage>{news}</StatusMessage>
      {!feed.loading && !narrowed && feed.items.length === 0 && !feed.error ? (
        <p className="quiet">{t('list.empty')}</p>
      ) : null}
      <VirtualFeed
        items={feed.items}
        keyOf={keyOf}
        estimate={estimateRow}
        labelOf={labelOf}
        renderItem={renderItem}
        labelledBy="entries-title"
        busy={feed.refreshing || feed.loadingMore}
        keep={editingId}
        onNearEnd={feed.loadMore}
      />
      {feed.hasMore ? (
        <div className="entries-more">
          <StatusMessage>{feed.loadingMore ? t('list.openingOlder') : null}</StatusMessage>
          <button type="button" className="button" aria-disabled={feed.loadingMore || undefined} onClick={feed.loadMore}>
            {t('list.showOlder')}
          </button>
        </div>
      ) : null}
    </>
  );
}
