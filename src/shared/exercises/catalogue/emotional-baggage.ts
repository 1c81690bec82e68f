import type { ExerciseInput } from '../schema';

// Reflection, not excavation: these exercises stay with how the past shows up today,
// never ask for the story behind it, and point to professional help for old wounds.
const GENTLE_NOTE =
  'You only share what you choose, and nobody needs to explain where a feeling comes from. If memories of trauma or deep hurt come up, stop here and look at the “Getting professional help” page, together or on your own.';

export const emotionalBaggageExercises: readonly ExerciseInput[] = [
  {
    id: 'what-i-bring-with-me',
    title: 'What I bring with me',
    theme: 'emotional-baggage',
    reasons: ['connection', 'communication'],
    why: 'Everyone arrives with habits learned long before this relationship. Naming a few of them lightly helps your partner understand you, without anyone needing to dig.',
    minutes: 15,
    depth: 'light',
    form: 'reflection',
    safetyNote: GENTLE_NOTE,
    steps: [
      {
        id: 'think',
        actor: 'together',
        title: 'Think about habits',
        instruction:
          'Each think quietly about habits you picked up growing up or in earlier chapters of life, the everyday kind, like how people showed care or handled disagreements.',
        prompts: [],
        timer: { seconds: 60, perPartner: false },
      },
      {
        id: 'helpful',
        actor: 'each',
        title: 'One that helps',
        instruction: 'Take turns naming one habit you brought with you that helps the two of you.',
        prompts: ['Something I learned early that helps us is …'],
        timer: { seconds: 90, perPartner: true },
      },
      {
        id: 'tricky',
        actor: 'each',
        title: 'One that trips you up',
        instruction:
          'Take turns naming one habit that sometimes gets in the way. Keep it to how it shows up now; there is no need to tell the story behind it.',
        prompts: ['A habit of mine that sometimes gets in the way is …', 'You might notice it when I …'],
        timer: { seconds: 90, perPartner: true },
      },
      {
        id: 'thanks',
        actor: 'together',
        title: 'Thank each other',
        instruction: 'Thank each other for sharing. Each say one thing that helps you understand your partner a little better now.',
        prompts: ['Now I understand a little better why you …'],
      },
    ],
    reflection: [
      'Which of your habits would you like to keep, and which would you like to soften?',
      'How could your partner gently point out the tricky one when it shows up?',
    ],
  },
  {
    id: 'how-we-talk-about-the-past',
    title: 'How we talk about the past',
    theme: 'emotional-baggage',
    reasons: ['trust-and-safety', 'communication'],
    why: 'Agreeing in advance how to handle old hurts makes it safer to mention them at all. Clear ground rules protect you both on difficult days.',
    minutes: 15,
    depth: 'light',
    form: 'planning',
    safetyNote: GENTLE_NOTE,
    steps: [
      {
        id: 'wishes',
        actor: 'each',
        title: 'What you would want',
        instruction: 'Take turns saying how you would like your partner to respond if something from your past comes up.',
        prompts: [
          'If something from my past comes up, I would like you to …',
          'Please do not …',
        ],
        timer: { seconds: 120, perPartner: true },
      },
      {
        id: 'rules',
        actor: 'together',
        title: 'Agree a few ground rules',
        instruction: 'Together, choose two to four ground rules in your own words. Here are some that other couples find useful.',
        prompts: [
          'Either of us can say “not now” or “not yet” without explaining.',
          'We do not use what the other shared about their past in an argument.',
          'We do not compare each other with anyone from before.',
          'When old pain feels too big for us, we look for outside support.',
        ],
      },
      {
        id: 'say-them',
        actor: 'each',
        title: 'Say them out loud',
        instruction: 'Take turns reading your ground rules aloud, so you both hear them in each other’s voice.',
        prompts: ['We agree that …'],
        timer: { seconds: 60, perPartner: true },
      },
    ],
    reflection: [
      'Which ground rule matters most to you, and why?',
      'When would you like to look at these rules again?',
    ],
  },
  {
    id: 'when-the-past-gets-loud',
    title: 'When the past gets loud',
    theme: 'emotional-baggage',
    reasons: ['trust-and-safety', 'connection'],
    why: 'When an old hurt flares, it is hard to think of what you need. Planning comfort ahead of time means your partner already knows how to help.',
    minutes: 15,
    depth: 'light',
    form: 'planning',
    safetyNote: GENTLE_NOTE,
    steps: [
      {
        id: 'comfort',
        actor: 'each',
        title: 'What comfort looks like',
        instruction:
          'Take turns describing what comfort looks like for you when you feel shaken: words, quiet, space, company, something warm to drink.',
        prompts: ['When I feel shaken, comfort looks like …', 'Something you could say is …'],
        timer: { seconds: 120, perPartner: true },
      },
      {
        id: 'space',
        actor: 'each',
        title: 'Space or closeness',
        instruction: 'Take turns saying how your partner can tell whether you need space or closeness, and how you would like them to ask.',
        prompts: ['You can tell I need space when …', 'You can ask me by saying …'],
        timer: { seconds: 90, perPartner: true },
      },
      {
        id: 'write',
        actor: 'together',
        title: 'Write a short plan',
        instruction:
          'Write two or three lines for each of you, somewhere easy to find. Include that, if it happens often or feels too heavy, you will look at outside support together.',
        prompts: ['When the past gets loud for me, please …'],
      },
    ],
    reflection: [
      'What did you learn about how your partner likes to be comforted?',
      'How will you remind yourselves that the plan exists?',
    ],
  },
  {
    id: 'when-an-old-feeling-shows-up',
    title: 'When an old feeling shows up',
    theme: 'emotional-baggage',
    reasons: ['trust-and-safety', 'communication'],
    why: 'Sometimes a reaction is bigger than the moment that set it off. Naming that gently, without going into its history, helps your partner not take it personally.',
    minutes: 20,
    depth: 'deeper',
    form: 'reflection',
    safetyNote:
      'Before you start, check in: are you both rested and willing right now? Any step can be skipped, and you can pause the session at any point. Stay with how things show up today, not with old stories. If memories of trauma come up, stop and turn to the “Getting professional help” page.',
    lighterAlternative: 'what-i-bring-with-me',
    steps: [
      {
        id: 'notice',
        actor: 'together',
        title: 'A quiet minute',
        instruction:
          'Sit quietly and each think of a kind of moment where your reaction tends to feel bigger than the situation. Choose a mild example.',
        prompts: [],
        timer: { seconds: 60, perPartner: false },
      },
      {
        id: 'name-it',
        actor: 'each',
        title: 'Name the pattern',
        instruction:
          'Take turns describing the kind of moment and what happens in you, without explaining where it comes from. The other listens and says back what they heard.',
        prompts: [
          'I sometimes react strongly when …',
          'In that moment, I feel …',
          'I think this feeling is older than us.',
        ],
        timer: { seconds: 150, perPartner: true },
      },
      {
        id: 'what-helps',
        actor: 'each',
        title: 'What helps in the moment',
        instruction: 'Take turns saying what would help when this happens, from your partner and from yourself.',
        prompts: ['When it happens, it helps if you …', 'And I can remind myself that …'],
        timer: { seconds: 120, perPartner: true },
      },
      {
        id: 'close',
        actor: 'together',
        title: 'Close gently',
        instruction:
          'Thank each other. If either of you noticed something that feels too heavy to carry alone, agree to look at the “Getting professional help” page together soon.',
        prompts: [],
      },
    ],
    reflection: [
      'How might you recognise this pattern in the moment next time?',
      'Is there support, beyond each other, that would help with it?',
    ],
  },
  {
    id: 'setting-down-an-old-argument',
    title: 'Setting down an old argument',
    theme: 'emotional-baggage',
    reasons: ['trust-and-safety', 'connection'],
    why: 'Some disagreements are never fully resolved and keep returning. Saying what you still feel and what would help, without re-arguing, lets you set one down.',
    minutes: 25,
    depth: 'deeper',
    asksAboutPartnerHurt: true,
    form: 'reflection',
    safetyNote:
      'First, check: are you both rested and willing right now? Any step can be skipped and you can pause the session at any time. Choose an old disagreement between the two of you that feels mild now. If it touches deep hurt or trauma, stop and look at the “Getting professional help” page instead.',
    lighterAlternative: 'how-we-talk-about-the-past',
    steps: [
      {
        id: 'choose',
        actor: 'together',
        title: 'Choose one gently',
        instruction:
          'Together, choose one old disagreement that still comes up now and then but no longer feels raw. Agree that today is not for re-arguing it. Decide who speaks first.',
        prompts: ['The old argument we are setting down is …'],
      },
      {
        id: 'first-still-feel',
        actor: 'speaker',
        title: 'What you still feel',
        instruction: 'Say what you still feel about it today, in a few sentences, and what it would take for it to rest.',
        prompts: ['When it comes up, I still feel …', 'What would help it rest for me is …'],
        timer: { seconds: 150, perPartner: false },
      },
      {
        id: 'first-receive',
        actor: 'listener',
        title: 'Receive it',
        instruction: 'Say back what you heard. Do not correct the facts; just show you understand the feeling.',
        prompts: ['What I heard is …', 'I understand that it still feels …'],
        timer: { seconds: 90, perPartner: false },
        swapRoles: true,
      },
      {
        id: 'second-still-feel',
        actor: 'speaker',
        title: 'What you still feel',
        instruction: 'Now the other partner says what they still feel today and what would help it rest.',
        prompts: ['When it comes up, I still feel …', 'What would help it rest for me is …'],
        timer: { seconds: 150, perPartner: false },
      },
      {
        id: 'second-receive',
        actor: 'listener',
        title: 'Receive it',
        instruction: 'Say back what you heard, and show you understand the feeling.',
        prompts: ['What I heard is …', 'I understand that it still feels …'],
        timer: { seconds: 90, perPartner: false },
      },
      {
        id: 'set-down',
        actor: 'together',
        title: 'Set it down',
        instruction:
          'Agree one small thing each of you will do so the argument can rest. If it still feels stuck, that is okay; it may be something to bring to a counsellor.',
        prompts: ['To help this rest, I will …'],
      },
    ],
    reflection: [
      'Does the old argument feel any lighter now?',
      'What would you like to do if it comes up again?',
    ],
  },
  {
    id: 'a-box-for-tonight',
    title: 'A box for tonight',
    theme: 'emotional-baggage',
    reasons: ['connection', 'trust-and-safety'],
    why: 'Old worries can crowd into a new evening. Setting one aside on purpose, just for tonight, leaves more room for the two of you without pretending it has gone.',
    minutes: 4,
    depth: 'light',
    form: 'reflection',
    steps: [
      {
        id: 'name',
        actor: 'each',
        title: 'Name what you are carrying',
        instruction: 'Take turns naming one worry or old feeling that is hanging around today, in a word or a short sentence. There is no need to explain where it comes from.',
        prompts: ['Something I am carrying tonight is …'],
        timer: { seconds: 60, perPartner: true },
      },
      {
        id: 'set-down',
        actor: 'together',
        title: 'Put it in the box',
        instruction:
          'Each write yours on a slip of paper, or simply picture it, and put it in a box or a drawer for the evening. You can take it out again tomorrow, alone or together.',
        prompts: [],
      },
      {
        id: 'instead',
        actor: 'each',
        title: 'What tonight can hold',
        instruction: 'Take turns saying what you would like the rest of the evening to hold instead.',
        prompts: ['For the rest of tonight, I would like …'],
        timer: { seconds: 30, perPartner: true },
      },
      {
        id: 'if-it-returns',
        actor: 'together',
        title: 'If it keeps coming back',
        instruction:
          'If the same thing keeps returning, it may need more care than an evening can give. The “Getting professional help” page is there for that.',
        prompts: [],
      },
    ],
    reflection: ['How did the evening feel with that one thing set aside?'],
  },
  {
    id: 'forgiveness-in-its-own-time',
    title: 'Forgiveness, in its own time',
    theme: 'emotional-baggage',
    reasons: ['trust-and-safety', 'connection'],
    why: 'Forgiving is slowly loosening your hold on a hurt, not pretending it never happened. Talking about what would help, without any deadline, makes room for it.',
    minutes: 20,
    depth: 'deeper',
    form: 'forgiveness',
    asksAboutPartnerHurt: true,
    safetyNote:
      'First, check: are you both rested and willing right now? Any step can be skipped, and you can pause the session whenever you need. Choose a hurt that is small and mostly behind you. If you are afraid of your partner, do not do this together, and if it touches deep pain or trauma, stop: the “Getting professional help” page is there for both.',
    lighterAlternative: 'how-we-talk-about-the-past',
    steps: [
      {
        id: 'what-it-is',
        actor: 'together',
        title: 'What forgiving is, and is not',
        instruction:
          'Read this aloud together. Forgiving is not forgetting, and it does not mean saying what happened was fine. Nobody owes it on a timetable: it can come slowly, in part, or not yet.',
        prompts: [],
      },
      {
        id: 'choose',
        actor: 'together',
        title: 'Choose something small',
        instruction: 'Each quietly pick one small hurt between you that you still hold a little of. Decide who speaks first.',
        prompts: [],
      },
      {
        id: 'first-share',
        actor: 'speaker',
        title: 'What I still hold',
        instruction: 'Say what you are still holding, and what might help you loosen your grip on it a little. Stay with today rather than the whole history.',
        prompts: ['Something I still hold a little of is …', 'What might help me let more of it go is …'],
        timer: { seconds: 120, perPartner: false },
      },
      {
        id: 'first-hear',
        actor: 'listener',
        title: 'Hear it without defending',
        instruction:
          'Say back what you heard, without defending yourself. Ask whether there is anything you could do, and accept that the answer may be “nothing yet”.',
        prompts: ['What I heard is …', 'Is there something I could do that would help?'],
        timer: { seconds: 90, perPartner: false },
        swapRoles: true,
      },
      {
        id: 'second-share',
        actor: 'speaker',
        title: 'What I still hold',
        instruction: 'Now the other partner says what they still hold, and what might help them let some of it go.',
        prompts: ['Something I still hold a little of is …', 'What might help me let more of it go is …'],
        timer: { seconds: 120, perPartner: false },
      },
      {
        id: 'second-hear',
        actor: 'listener',
        title: 'Hear it without defending',
        instruction: 'Say back what you heard, without defending yourself, and ask whether there is anything you could do.',
        prompts: ['What I heard is …', 'Is there something I could do that would help?'],
        timer: { seconds: 90, perPartner: false },
      },
      {
        id: 'where-we-are',
        actor: 'together',
        title: 'Where you are today',
        instruction:
          'Each say where you are with it today. “Not yet”, “partly” and “I am letting it go” are all good answers. Thank each other for listening.',
        prompts: ['Where I am with it today is …'],
      },
    ],
    reflection: [
      'What would help forgiveness feel possible without feeling owed?',
      'What did you notice in yourself while you listened without defending?',
    ],
  },
];
