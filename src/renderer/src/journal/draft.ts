import { EntryBody, Tag, type Author } from '../../../shared/model';
import { t } from '../i18n';

/** What the composer holds while someone writes. */
export interface Draft {
  author: Author | null;
  body: string;
  mood: number | null;
  tags: string;
}

export const EMPTY_DRAFT: Draft = { author: null, body: '', mood: null, tags: '' };

export interface DraftErrors {
  author?: string;
  body?: string;
  tags?: string;
}

const MAX_TAGS = 20;

/** "evening, thanks , ,walk" → ["evening", "thanks", "walk"] */
export const splitTags = (text: string): string[] =>
  text
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');

/** Checks a draft with the shared schemas, so each field can say what is wrong before saving. */
export function checkDraft(draft: Draft): DraftErrors {
  const errors: DraftErrors = {};
  if (!draft.author) errors.author = t('journal:draft.chooseAuthor');
  const body = EntryBody.safeParse(draft.body);
  if (!body.success) errors.body = body.error.issues[0]?.message ?? t('journal:draft.checkEntry');
  const tags = splitTags(draft.tags);
  if (tags.length > MAX_TAGS) errors.tags = t('journal:draft.tooManyTags', { count: MAX_TAGS });
  const badTag = tags.find((tag) => !Tag.safeParse(tag).success);
  if (badTag !== undefined) errors.tags = t('journal:draft.tagTooLong');
  return errors;
}

/** An edit changes the words, the mood and the tags; the author stays who wrote it. */
export function checkEdit(body: string, tags: string): DraftErrors {
  const { author: _always, ...errors } = checkDraft({ author: 'both', body, mood: null, tags });
  return errors;
}
