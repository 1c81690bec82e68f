// Shape of Hearth's guided exercises. Content is typed data, validated once at load,
// so a broken exercise fails a test instead of reaching a couple mid-session.
// Runs in every layer: imports zod only (no node, no DOM).
import { z } from 'zod';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const URL_LIKE = /(?:https?:\/\/|www\.|\b[a-z0-9-]+\.(?:com|org|net|io|gov)\b)/i;

export const KebabId = z.string().regex(KEBAB, 'Use a kebab-case id, like "three-minutes-each".');
const Text = z.string().trim().min(1, 'Text must not be empty.');

function countSentences(text: string): number {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0).length;
}

// ---------------------------------------------------------------------------
// Themes and reasons, in the order the source article presents them.

export const StrategyId = z.enum([
  'cultivate-trust',
  'active-listening',
  'share-feelings',
  'practise-empathy',
  'quality-time',
  'professional-help',
]);
export type StrategyId = z.infer<typeof StrategyId>;

export const BarrierId = z.enum(['fear-of-vulnerability', 'poor-communication', 'emotional-baggage']);
export type BarrierId = z.infer<typeof BarrierId>;

export const ThemeId = z.enum([...StrategyId.options, ...BarrierId.options]);
export type ThemeId = z.infer<typeof ThemeId>;

export const ReasonId = z.enum(['trust-and-safety', 'communication', 'connection']);
export type ReasonId = z.infer<typeof ReasonId>;

export interface Theme {
  readonly id: ThemeId;
  readonly kind: 'strategy' | 'barrier';
  readonly title: string;
  readonly intro: string;
}

export const THEMES = [
  {
    id: 'cultivate-trust',
    kind: 'strategy',
    title: 'Cultivate trust',
    intro:
      'Trust grows from ordinary moments: doing what you said you would, and keeping safe what your partner tells you. ' +
      'These exercises help you notice that reliability and add a little more of it.',
  },
  {
    id: 'active-listening',
    kind: 'strategy',
    title: 'Listen to understand',
    intro:
      'Listening well means staying with your partner’s words instead of shaping your reply. ' +
      'Here you take turns speaking and saying back what you heard, so each of you leaves feeling heard.',
  },
  {
    id: 'share-feelings',
    kind: 'strategy',
    title: 'Share your feelings',
    intro:
      'Saying what you feel, simply and without blame, gives your partner a way in. ' +
      'These exercises offer sentence shapes that make a hard thing easier to start.',
  },
  {
    id: 'practise-empathy',
    kind: 'strategy',
    title: 'Practise empathy',
    intro:
      'Empathy is trying to see a moment the way your partner lived it, even when you remember it differently. ' +
      'These exercises help you step into each other’s view and answer with warmth.',
  },
  {
    id: 'quality-time',
    kind: 'strategy',
    title: 'Make time for each other',
    intro:
      'Closeness needs time that belongs to just the two of you. ' +
      'These exercises help you plan that time, protect it, and fill some of it with real conversation.',
  },
  {
    id: 'professional-help',
    kind: 'strategy',
    title: 'Reach out for support',
    intro:
      'Sometimes a couple needs more than exercises, and asking for help is an act of care. ' +
      'These exercises help you talk about support, decide together, and get ready for it.',
  },
  {
    id: 'fear-of-vulnerability',
    kind: 'barrier',
    title: 'When opening up feels risky',
    intro:
      'If being seen has hurt before, holding back can feel like the safer choice. ' +
      'These exercises start very small and let each of you decide how far to go.',
  },
  {
    id: 'poor-communication',
    kind: 'barrier',
    title: 'When talking gets tangled',
    intro:
      'Misunderstandings build up when things go unsaid, or land differently from how they were meant. ' +
      'These exercises slow a conversation down so the two of you can untangle it.',
  },
  {
    id: 'emotional-baggage',
    kind: 'barrier',
    title: 'When the past comes along',
    intro:
      'Old hurts, from this relationship or from earlier in life, can shape how safe closeness feels today. ' +
      'These exercises invite gentle reflection rather than digging, and point you to extra support when something feels too heavy.',
  },
] as const satisfies readonly Theme[];

export interface Reason {
  readonly id: ReasonId;
  readonly title: string;
  readonly summary: string;
}

export const REASONS = [
  {
    id: 'trust-and-safety',
    title: 'Trust and safety',
    summary: 'Closeness lets each of you be fully yourself, without bracing for criticism or being turned away.',
  },
  {
    id: 'communication',
    title: 'Communication',
    summary:
      'Knowing each other’s inner world makes it easier to listen, to understand what the other needs, and to work through disagreements.',
  },
  {
    id: 'connection',
    title: 'Connection',
    summary: 'Feeling known and supported strengthens the bond you share, and helps it last.',
  },
] as const satisfies readonly Reason[];

// ---------------------------------------------------------------------------
// Steps and exercises.

/** Who acts in a step. `each` means both partners, one after the other. */
export const Actor = z.enum(['together', 'each', 'speaker', 'listener', 'partnerA', 'partnerB']);
export type Actor = z.infer<typeof Actor>;

const ROLE_ACTORS: readonly Actor[] = ['speaker', 'listener'];

export const Timer = z.object({
  seconds: z.number().int().positive(),
  /** True when each partner gets `seconds` in turn (so the step lasts twice as long). */
  perPartner: z.boolean(),
});
export type Timer = z.infer<typeof Timer>;

export const Step = z
  .object({
    id: KebabId,
    actor: Actor,
    title: Text,
    instruction: Text,
    prompts: z.array(Text),
    timer: Timer.optional(),
    /** After this step the speaker and listener swap roles. */
    swapRoles: z.boolean().optional(),
  })
  .superRefine((step, ctx) => {
    // A per-partner timer only makes sense when both partners take a turn, and a
    // turn-taking step needs one; mixing them up would give one partner no time.
    if (step.timer && step.timer.perPartner !== (step.actor === 'each')) {
      ctx.addIssue({
        code: 'custom',
        path: ['timer', 'perPartner'],
        message:
          step.actor === 'each'
            ? 'A step where each partner takes a turn needs a per-partner timer.'
            : 'Only a step where each partner takes a turn can have a per-partner timer.',
      });
    }
  });
export type Step = z.infer<typeof Step>;
export type StepInput = z.input<typeof Step>;

export const Depth = z.enum(['light', 'deeper']);
export type Depth = z.infer<typeof Depth>;

export const Exercise = z
  .object({
    id: KebabId,
    title: Text,
    theme: ThemeId,
    reasons: z.array(ReasonId).min(1),
    /** Why it helps, in one or two sentences. */
    why: Text.refine((text) => countSentences(text) <= 2, 'Say why it helps in one or two sentences.'),
    minutes: z.number().int().positive(),
    depth: Depth,
    form: z.string().trim().min(1).max(40),
    steps: z.array(Step).min(1, 'An exercise needs at least one step.'),
    reflection: z.array(Text).min(1, 'An exercise needs at least one reflection question.'),
    /** Shown before the start and kept on screen through the session and after a resume. */
    safetyNote: Text.optional(),
    lighterAlternative: KebabId.optional(),
    /**
     * True when the exercise asks either partner about hurt, a letdown or a fight the other one
     * caused. Before it, the session shows the fear screen and asks each partner separately
     * whether they are ready. Such an exercise is always deeper, so it has a safety note too.
     */
    asksAboutPartnerHurt: z.boolean().default(false),
  })
  .superRefine((exercise, ctx) => {
    if (new Set(exercise.reasons).size !== exercise.reasons.length) {
      ctx.addIssue({ code: 'custom', path: ['reasons'], message: 'A reason is listed twice.' });
    }
    if (exercise.asksAboutPartnerHurt && exercise.depth !== 'deeper') {
      ctx.addIssue({
        code: 'custom',
        path: ['depth'],
        message: 'An exercise that asks about hurt caused by the partner must be deeper, with its safety steps.',
      });
    }
    // Speaker and listener are roles, so both partners must get to be the speaker.
    const usesRoles = exercise.steps.some((step) => ROLE_ACTORS.includes(step.actor));
    const swaps = exercise.steps.some((step) => step.swapRoles === true);
    if (usesRoles && !swaps) {
      ctx.addIssue({
        code: 'custom',
        path: ['steps'],
        message: 'An exercise with speaker and listener must swap roles so both partners speak.',
      });
    }
    if (!usesRoles && swaps) {
      ctx.addIssue({
        code: 'custom',
        path: ['steps'],
        message: 'Only an exercise with speaker and listener steps can swap roles.',
      });
    }
  });
export type Exercise = z.infer<typeof Exercise>;
/** What catalogue files are written as, before parsing. */
export type ExerciseInput = z.input<typeof Exercise>;

/** The longest an exercise can be and still count as quick: "5 minutes or less" in the library. */
export const QUICK_MAX_MINUTES = 5;

/** A quick exercise fits an ordinary evening: 2 to 5 minutes. */
export const isQuick = (exercise: Pick<Exercise, 'minutes'>): boolean => exercise.minutes <= QUICK_MAX_MINUTES;

export const Catalogue = z.array(Exercise).superRefine((exercises, ctx) => {
  const byId = new Map<string, Exercise>();
  exercises.forEach((exercise, index) => {
    if (byId.has(exercise.id)) {
      ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `Duplicate exercise id "${exercise.id}".` });
    }
    byId.set(exercise.id, exercise);

    const stepIds = new Set<string>();
    exercise.steps.forEach((step, stepIndex) => {
      if (stepIds.has(step.id)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'steps', stepIndex, 'id'],
          message: `Duplicate step id "${step.id}" in "${exercise.id}".`,
        });
      }
      stepIds.add(step.id);
    });
  });

  exercises.forEach((exercise, index) => {
    if (exercise.depth === 'deeper') {
      if (!exercise.safetyNote) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'safetyNote'],
          message: `Deeper exercise "${exercise.id}" needs a safety note.`,
        });
      }
      if (!exercise.lighterAlternative) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'lighterAlternative'],
          message: `Deeper exercise "${exercise.id}" needs a lighter alternative.`,
        });
      }
    }
    if (exercise.lighterAlternative !== undefined) {
      const alternative = byId.get(exercise.lighterAlternative);
      if (!alternative) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'lighterAlternative'],
          message: `"${exercise.id}" points to a lighter alternative "${exercise.lighterAlternative}" that does not exist.`,
        });
      } else if (alternative.depth !== 'light') {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'lighterAlternative'],
          message: `"${exercise.id}" points to "${alternative.id}" as a lighter alternative, but it is not light.`,
        });
      }
    }
  });
});
export type Catalogue = z.infer<typeof Catalogue>;

// ---------------------------------------------------------------------------
// The offline "professional help" page: headings with paragraphs and bullet lists.

export const HelpBlock = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paragraph'), text: Text }),
  z.object({ kind: z.literal('bullets'), items: z.array(Text).min(1) }),
]);
export type HelpBlock = z.infer<typeof HelpBlock>;

export const HelpSection = z.object({
  id: KebabId,
  heading: Text,
  blocks: z.array(HelpBlock).min(1),
});
export type HelpSection = z.infer<typeof HelpSection>;

export const ProfessionalHelpPage = z
  .object({
    title: Text,
    intro: Text,
    sections: z.array(HelpSection).min(1),
  })
  .superRefine((page, ctx) => {
    const ids = new Set<string>();
    page.sections.forEach((section, index) => {
      if (ids.has(section.id)) {
        ctx.addIssue({ code: 'custom', path: ['sections', index, 'id'], message: `Duplicate section id "${section.id}".` });
      }
      ids.add(section.id);
    });
    // Hearth is offline: the page must never send anyone to remote content.
    const texts = [
      page.title,
      page.intro,
      ...page.sections.flatMap((section) => [
        section.heading,
        ...section.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : block.items)),
      ]),
    ];
    for (const text of texts) {
      if (URL_LIKE.test(text)) {
        ctx.addIssue({ code: 'custom', path: ['sections'], message: `The help page must not contain links: "${text}".` });
      }
    }
  });
export type ProfessionalHelpPage = z.infer<typeof ProfessionalHelpPage>;
export type ProfessionalHelpPageInput = z.input<typeof ProfessionalHelpPage>;
