import type { ExerciseInput } from '../schema';

export const shareFeelingsExercises: readonly ExerciseInput[] = [
  {
    id: 'i-feel-when-because-i-need',
    title: 'I feel, when, because, I need',
    theme: 'share-feelings',
    reasons: ['communication', 'trust-and-safety'],
    why: 'A simple sentence shape keeps the focus on your own experience, which makes it much easier for your partner to hear you.',
    minutes: 15,
    depth: 'light',
    form: 'i-statements',
    steps: [
      {
        id: 'learn-shape',
        actor: 'together',
        title: 'Meet the sentence',
        instruction:
          'Read the shape together: “I feel … when … because … I need …”. It names your feeling, the moment, what it touches in you, and what would help.',
        prompts: [],
      },
      {
        id: 'warm-up',
        actor: 'each',
        title: 'Start with something good',
        instruction: 'Take turns filling in the shape about a good moment from this week. The other simply says “thank you for telling me”.',
        prompts: ['I feel … when …', 'because …', 'and I would love more of …'],
        timer: { seconds: 90, perPartner: true },
      },
      {
        id: 'small-rub',
        actor: 'each',
        title: 'Now a small rub',
        instruction:
          'Take turns using the shape for a small, everyday frustration, something low-stakes like plans changing at the last minute. The other just listens and thanks you.',
        prompts: ['I feel … when …', 'because …', 'I need …'],
        timer: { seconds: 120, perPartner: true },
      },
      {
        id: 'close',
        actor: 'together',
        title: 'Notice the hard part',
        instruction: 'Each say which part of the sentence was hardest to fill in. Often it is the need.',
        prompts: [],
      },
    ],
    reflection: [
      'Which part of the sentence came most naturally to you?',
      'Where in your week could you use this shape instead of a complaint?',
    ],
  },
  {
    id: 'finding-the-word',
    title: 'Finding the word',
    theme: 'share-feelings',
    reasons: ['communication', 'connection'],
    why: 'Feelings are easier to share once you have a word for them. Picking one, and saying a little about it, is a gentle way in.',
    minutes: 10,
    depth: 'light',
    form: 'reflection',
    steps: [
      {
        id: 'pick',
        actor: 'together',
        title: 'Look at the words',
        instruction:
          'Read this list quietly: calm, tired, hopeful, stretched, lonely, excited, uneasy, grateful, restless, tender, proud, flat. Each pick one or two that fit you today.',
        prompts: [],
      },
      {
        id: 'share',
        actor: 'each',
        title: 'Say your word',
        instruction:
          'Take turns saying your word and a sentence about where it comes from. The other asks one gentle question about it.',
        prompts: ['Today I feel mostly …', 'I think it comes from …', 'What is behind that one for you?'],
        timer: { seconds: 150, perPartner: true },
      },
      {
        id: 'close',
        actor: 'together',
        title: 'One kind thing',
        instruction: 'Each say one small thing that might help the other with how they feel today.',
        prompts: ['Knowing you feel …, I could …'],
      },
    ],
    reflection: [
      'Was it easy or hard to find a word that fitted?',
      'Did your partner’s word surprise you?',
    ],
  },
  {
    id: 'from-blame-to-need',
    title: 'From “you always” to “I need”',
    theme: 'share-feelings',
    reasons: ['communication', 'trust-and-safety'],
    why: 'Underneath most complaints is a need. Saying the need, rather than the complaint, invites your partner closer instead of onto the defensive.',
    minutes: 15,
    depth: 'light',
    form: 'i-statements',
    steps: [
      {
        id: 'example',
        actor: 'together',
        title: 'See an example',
        instruction:
          'Read this pair aloud. “You never make plans” can become: “I feel a bit lonely when a weekend goes by with nothing planned, because time with you matters to me. I would love us to choose one thing together.”',
        prompts: [],
      },
      {
        id: 'rewrite',
        actor: 'each',
        title: 'Rewrite one of your own',
        instruction:
          'Take turns choosing a complaint you catch yourself making, a small and common one. Say it as an “I feel … I need …” sentence. Your partner can help you find the need underneath.',
        prompts: ['The complaint I tend to make is …', 'What I actually feel is …', 'What I need is …'],
        timer: { seconds: 180, perPartner: true },
      },
      {
        id: 'receive',
        actor: 'each',
        title: 'How it lands',
        instruction: 'Take turns telling your partner how the new version felt to hear, compared with the old one.',
        prompts: ['Hearing it that way, I felt …'],
        timer: { seconds: 60, perPartner: true },
      },
    ],
    reflection: [
      'What need sits under the complaint you chose?',
      'How could you remind each other of the new version, kindly, when the old one slips out?',
    ],
  },
  {
    id: 'one-worry-one-hope',
    title: 'One worry, one hope',
    theme: 'share-feelings',
    reasons: ['connection', 'trust-and-safety'],
    why: 'Telling your partner what you fear and what you long for lets them stand beside you in both. It is often the hope that is harder to say.',
    minutes: 20,
    depth: 'deeper',
    form: 'conversation',
    safetyNote:
      'Before you start: are you both rested and willing right now? Any step can be skipped, and you can pause the session whenever you need to. Share only what feels right today.',
    lighterAlternative: 'finding-the-word',
    steps: [
      {
        id: 'prepare',
        actor: 'together',
        title: 'Take a quiet minute',
        instruction:
          'Sit quietly for a minute. Each think of one worry and one hope about the coming months. They can be about the relationship, work, family or anything else.',
        prompts: [],
        timer: { seconds: 60, perPartner: false },
      },
      {
        id: 'worry',
        actor: 'each',
        title: 'A worry',
        instruction:
          'Take turns naming your worry and how it sits in your body or your days. The other listens, then says back what they heard.',
        prompts: ['Something I worry about lately is …', 'I notice it most when …'],
        timer: { seconds: 150, perPartner: true },
      },
      {
        id: 'hope',
        actor: 'each',
        title: 'A hope',
        instruction: 'Take turns naming your hope, and one small way your partner could support it.',
        prompts: ['Something I am quietly hoping for is …', 'You could help me by …'],
        timer: { seconds: 150, perPartner: true },
      },
      {
        id: 'close',
        actor: 'together',
        title: 'Thank each other',
        instruction: 'Thank each other for what you shared. There is nothing to solve today.',
        prompts: [],
      },
    ],
    reflection: [
      'Was the worry or the hope harder to say out loud?',
      'What is one thing you heard that you want to remember?',
    ],
  },
  {
    id: 'todays-inner-weather',
    title: 'Today’s inner weather',
    theme: 'share-feelings',
    reasons: ['communication', 'connection'],
    why: 'Describing your mood as weather is an easy first step toward naming it. It also tells your partner how to meet you tonight.',
    minutes: 3,
    depth: 'light',
    form: 'check-in',
    steps: [
      {
        id: 'picture',
        actor: 'together',
        title: 'Pick your weather',
        instruction: 'Each choose a kind of weather for how you feel right now: sunny, cloudy, foggy, stormy, or a bit of everything.',
        prompts: [],
      },
      {
        id: 'share',
        actor: 'each',
        title: 'Give the forecast',
        instruction:
          'Take turns naming your weather, one reason for it, and what would suit you tonight. The other listens and does not try to change the forecast.',
        prompts: ['My weather right now is …', 'Mostly because …', 'Tonight, what would suit me is …'],
        timer: { seconds: 60, perPartner: true },
      },
    ],
    reflection: ['Did your partner’s weather surprise you?'],
  },
];
