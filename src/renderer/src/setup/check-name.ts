import { PartnerName } from '../../../shared/model';

/** The same rule main applies (shared schema), checked here so each field can say what is wrong. */
export function checkName(value: string): string | null {
  if (value.trim() === '') return 'Please write a name here.';
  const parsed = PartnerName.safeParse(value);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'Please check this name.');
}
