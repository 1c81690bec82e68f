// Repair phrases: short things to say in the middle of a hard moment, as data, so the
// session UI can show them as a card and the "Our repair phrases" exercise can list them.
// Runs in every layer: imports zod only (no node, no DOM).
import { z } from 'zod';
import { KebabId } from './schema';

export const RepairPhraseKind = z.enum(['slow-down', 'own-my-part', 'reach-for-you', 'ask-for-a-pause']);
export type RepairPhraseKind = z.infer<typeof RepairPhraseKind>;

// Short enough to say in one breath, mid-argument.
const PhraseText = z.string().trim().min(1).max(90);

export const RepairPhrase = z.object({ id: KebabId, kind: RepairPhraseKind, text: PhraseText });
export type RepairPhrase = z.infer<typeof RepairPhrase>;

export const RepairPhraseGroup = z.object({ kind: RepairPhraseKind, title: PhraseText });
export type RepairPhraseGroup = z.infer<typeof RepairPhraseGroup>;

export const RepairPhraseCard = z
  .object({
    title: PhraseText,
    intro: z.string().trim().min(1),
    groups: z.array(RepairPhraseGroup).min(1),
    phrases: z.array(RepairPhrase).min(1),
  })
  .superRefine((card, ctx) => {
    const ids = new Set<string>();
    card.phrases.forEach((phrase, index) => {
      if (ids.has(phrase.id)) {
        ctx.addIssue({ code: 'custom', path: ['phrases', index, 'id'], message: `Duplicate repair phrase id "${phrase.id}".` });
      }
      ids.add(phrase.id);
    });
    // Every group the card shows needs something to say, and every phrase a group to sit in.
    const grouped = new Set(card.groups.map((group) => group.kind));
    for (const group of card.groups) {
      if (!card.phrases.some((phrase) => phrase.kind === group.kind)) {
        ctx.addIssue({ code: 'custom', path: ['groups'], message: `The group "${group.kind}" has no phrases.` });
      }
    }
    card.phrases.forEach((phrase, index) => {
      if (!grouped.has(phrase.kind)) {
        ctx.addIssue({ code: 'custom', path: ['phrases', index, 'kind'], message: `No group shows "${phrase.kind}" phrases.` });
      }
    });
  });
export type RepairPhraseCard = z.infer<typeof RepairPhraseCard>;

export const REPAIR_PHRASES: RepairPhraseCard = RepairPhraseCard.parse({
  title: 'Repair phrases',
  intro:
    'Short things to say when an argument starts to go wrong. Hearing one means “let’s soften this”, not “you win”, so welcome it when it comes.',
  groups: [
    { kind: 'slow-down', title: 'Slow it down' },
    { kind: 'own-my-part', title: 'Own your part' },
    { kind: 'reach-for-you', title: 'Reach for each other' },
    { kind: 'ask-for-a-pause', title: 'Ask for a pause' },
  ],
  phrases: [
    { id: 'can-we-slow-down', kind: 'slow-down', text: 'Can we slow down? I want to hear you properly.' },
    { id: 'let-me-try-again', kind: 'slow-down', text: 'Let me try saying that again, more gently.' },
    { id: 'talking-past-each-other', kind: 'slow-down', text: 'I think we are talking past each other. Can we start this part again?' },
    { id: 'you-have-a-point', kind: 'own-my-part', text: 'You have a point there.' },
    { id: 'that-came-out-wrong', kind: 'own-my-part', text: 'Sorry, that came out sharper than I meant.' },
    { id: 'i-see-my-part', kind: 'own-my-part', text: 'I can see my part in this.' },
    { id: 'same-side', kind: 'reach-for-you', text: 'We are on the same side here.' },
    { id: 'more-than-winning', kind: 'reach-for-you', text: 'You matter more to me than winning this.' },
    { id: 'what-do-you-need', kind: 'reach-for-you', text: 'What do you need from me right now?' },
    { id: 'overwhelmed-need-a-pause', kind: 'ask-for-a-pause', text: 'I’m getting overwhelmed and need a pause. I will come back.' },
    { id: 'back-at-a-time', kind: 'ask-for-a-pause', text: 'Can we stop for now and talk again at …?' },
  ],
});
