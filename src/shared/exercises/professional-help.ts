// The offline "Getting professional help" page. Plain words, no names, no links:
// Hearth loads nothing remote, and a couple should never need a network to read this.
import { ProfessionalHelpPage } from './schema';

export const PROFESSIONAL_HELP_TITLE = 'Getting professional help';

export const PROFESSIONAL_HELP: ProfessionalHelpPage = ProfessionalHelpPage.parse({
  title: PROFESSIONAL_HELP_TITLE,
  intro:
    'The exercises in Hearth can do a lot, but they have limits. Talking with a trained professional is a normal, sensible step, and many couples take it while things are still fairly good. Nothing on this page diagnoses you, your partner or your relationship.',
  sections: [
    {
      id: 'when-it-is-not-safe',
      heading: 'If you feel afraid',
      blocks: [
        {
          kind: 'paragraph',
          text: 'If you feel afraid of your partner, or there are threats, violence or control in your relationship, couples exercises are not the right tool, and neither is couples counselling for now. This is not your fault, and you deserve to feel safe.',
        },
        {
          kind: 'paragraph',
          text: 'Control can be quiet. It can look like checking your phone or messages, limiting your money, keeping you from friends or family, or pressuring you into things you do not want.',
        },
        {
          kind: 'paragraph',
          text: 'In that situation, help for you on your own comes first. An individual counsellor, a doctor, or a support line for people experiencing abuse can listen in confidence and help you think about your safety. If you are in danger right now, call your local emergency number.',
        },
        {
          kind: 'paragraph',
          text: 'If you worry that your partner may see what you read on this computer, it is fine to look for help from a phone or device they do not use.',
        },
      ],
    },
    {
      id: 'signs',
      heading: 'Signs it may be time to talk to someone',
      blocks: [
        {
          kind: 'bullets',
          items: [
            'The same argument keeps coming back, and talking about it leaves you both more stuck.',
            'One or both of you feels lonely in the relationship much of the time.',
            'You avoid certain topics altogether because they always go badly.',
            'Something from the past, such as a loss, an old wound or a frightening experience, keeps pulling at you or feels too heavy to carry alone.',
            'A betrayal, or a big change like an illness, a move or a bereavement, has shaken how you feel about each other.',
            'Low mood, worry, drinking or another habit is weighing on one of you and spilling into the relationship.',
            'You both want to feel closer but no longer know how to begin.',
          ],
        },
        {
          kind: 'paragraph',
          text: 'None of these is a verdict on you or your relationship. They are simply moments when an outside view often helps.',
        },
      ],
    },
    {
      id: 'kinds-of-help',
      heading: 'Kinds of help',
      blocks: [
        {
          kind: 'bullets',
          items: [
            'A couples therapist or couples counsellor meets with you both, helps you see the patterns between you, and helps you practise new ways of talking.',
            'An individual therapist works with one person on their own history, feelings and habits. This can stand alone or sit alongside couples work.',
            'A counsellor often offers shorter, practical support with something happening now, such as stress, grief or a big change.',
            'Faith and community counsellors offer support through a religious community, cultural group or local service, which some people find easier to approach.',
            'Support lines offer someone to talk to by phone, text or chat, often free and anonymous, including when you need help straight away.',
            'A doctor or local health service can often suggest someone nearby, and may know about lower-cost options.',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Titles and training differ from place to place. It is always fine to ask someone about their qualifications, how they work, what it costs, and how they keep what you say private.',
        },
      ],
    },
    {
      id: 'first-session',
      heading: 'Preparing for a first session',
      blocks: [
        {
          kind: 'bullets',
          items: [
            'Each jot down, in a sentence or two, what made you reach out now.',
            'Think about what you would like to feel different in a few months.',
            'Write down practical questions: session length, how often you would meet, cost, what happens if you miss one, how notes are kept.',
            'Agree beforehand that either of you can say “I am not ready to talk about that yet.”',
            'Expect the first meeting to be mostly about getting to know each other. It is fine if it feels a little awkward.',
            'Afterwards, notice whether you both felt listened to. Finding a good fit sometimes takes more than one try.',
          ],
        },
        {
          kind: 'paragraph',
          text: 'The exercise “Getting ready for a first session” walks you through this together.',
        },
      ],
    },
    {
      id: 'raising-it',
      heading: 'Raising it with your partner',
      blocks: [
        {
          kind: 'bullets',
          items: [
            'Choose a calm moment, not the middle of an argument.',
            'Talk about what you want for both of you. “I would love us to have some help feeling closer” is easier to hear than “you need help”.',
            'Speak about your own part and your own hopes, rather than listing what is wrong with your partner.',
            'Make it an invitation. Your partner may need time, and you can agree to come back to it in a week or two.',
            'If your partner is not ready, you can still see someone on your own.',
          ],
        },
        {
          kind: 'paragraph',
          text: 'The exercise “Could a counsellor help us?” gives you a gentle structure for this talk.',
        },
      ],
    },
  ],
});
