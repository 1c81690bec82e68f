import { EntryBody, Tag, type Author } from '../../../shared/model';

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
  if (!draft.author) errors.author = 'Choose who is writing.';
  const body = EntryBody.safeParse(draft.body);
  if (!body.success) errors.body = body.error.issues[0]?.message ?? 'Please check this entry.';
  const tags = splitTags(draft.tags);
  if (tags.length > MAX_TAGS) errors.tags = `Use at most ${MAX_TAGS} tags.`;
  const badTag = tags.find((tag) => !Tag.safeParse(tag).success);
  if (badTag !== undefined) errors.tags = 'Keep each tag under 40 characters, on one line.';
  return errors;
}

/** An edit changes the words, the mood and the tags; the author stays who wrote it. */
export function checkEdit(body: string, tags: string): DraftErrors {
  const { author: _always, ...errors } = checkDraft({ author: 'both', body, mood: null, tags });
  return errors;
}
