import { Day, type EntryFilter } from '../../../shared/ipc/features/journal';
import type { ThemeId } from '../../../shared/exercises';
import type { Author } from '../../../shared/model';
import { t } from '../i18n';

/** What the search box and the filters hold. An empty string means "any". */
export interface FindState {
  words: string;
  author: Author | '';
  theme: ThemeId | '';
  tag: string;
  from: string;
  to: string;
}

export const EMPTY_FIND: FindState = { words: '', author: '', theme: '', tag: '', from: '', to: '' };

export interface FindFilter {
  filter: EntryFilter | null;
  /** Said next to the date fields when the range cannot be used as typed. */
  rangeError: string | null;
}

/** The filter for the core, or null when nothing narrows the list. A half-typed date is left out. */
export function toFilter(find: FindState): FindFilter {
  const filter: EntryFilter = {};
  if (find.author) filter.authors = [find.author];
  if (find.theme) filter.themes = [find.theme];
  if (find.tag) filter.tags = [find.tag];
  const from = find.from && Day.safeParse(find.from).success ? find.from : '';
  const to = find.to && Day.safeParse(find.to).success ? find.to : '';
  let rangeError: string | null = null;
  if (from && to && from > to) {
    rangeError = t('journal:find.rangeError');
  } else {
    if (from) filter.from = from;
    if (to) filter.to = to;
  }
  return { filter: Object.keys(filter).length > 0 ? filter : null, rangeError };
}

export const isNarrowed = (find: FindState): boolean =>
  find.words.trim() !== '' || find.author !== '' || find.theme !== '' || find.tag !== '' || find.from !== '' || find.to !== '';
