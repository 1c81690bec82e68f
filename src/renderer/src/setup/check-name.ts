import { PartnerName, samePartnerName } from '../../../shared/model';
import { t } from '../i18n';

/** The same rule main applies (shared schema), checked here so each field can say what is wrong. */
export function checkName(value: string): string | null {
  if (value.trim() === '') return t('setup:names.missing');
  const parsed = PartnerName.safeParse(value);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? t('setup:names.check'));
}

/** Two names are the same if they differ only in capitals or spaces; main refuses them too. */
export const sameName = samePartnerName;

/**
 * Both names checked; the second also must differ from the first, so Hearth can always
 * tell the two of you apart. The message sits on the second field, which is the one to change.
 */
export function checkNames(names: readonly [string, string]): [string | null, string | null] {
  const first = checkName(names[0]);
  const second = checkName(names[1]);
  if (first === null && second === null && sameName(names[0], names[1])) {
    return [null, t('setup:names.same')];
  }
  return [first, second];
}
