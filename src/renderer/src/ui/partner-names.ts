import type { Author, JournalSummary } from '../../../shared/model';
import { t } from '../i18n';

/** The couple's names by slot, as the screens show them. */
export interface PartnerNames {
  a: string;
  b: string;
}

export function partnerNames(summary: JournalSummary): PartnerNames {
  const named = (slot: 'a' | 'b') => summary.partners.find((p) => p.slot === slot)?.name ?? '';
  return { a: named('a'), b: named('b') };
}

/** Who wrote an entry, in words: one name, or both names together. */
export function authorLabel(author: Author, names: PartnerNames): string {
  return author === 'both' ? t('ui:bothNames', { a: names.a, b: names.b }) : names[author];
}
