// The memories deck. Ids are stable forever (favourites and entries keep them):
// add new questions at the end with the next number; never renumber or reuse one.
import type { DeckSource } from '../schema';

export const memoriesDeck: DeckSource = {
  deck: {
    id: 'memories',
    title: 'Memories',
    intro: 'For the stories you share, and the ones from before you met.',
  },
  questions: [
    {
      id: 'memories-01',
      depth: 'light',
      text: 'What is your favourite memory of the two of us from the very beginning?',
    },
    { id: 'memories-02', depth: 'light', text: 'Tell me about the first time you felt truly at ease with me.' },
    {
      id: 'memories-03',
      depth: 'light',
      text: 'Which trip or outing of ours do you replay most often, and what detail stands out?',
    },
    { id: 'memories-04', depth: 'light', text: 'What was the best meal we ever shared, and what made it special?' },
    { id: 'memories-05', depth: 'light', text: 'Describe a moment when we laughed until we could hardly breathe.' },
    {
      id: 'memories-06',
      depth: 'deeper',
      text: 'What is a memory from your childhood that still shapes how you see the world?',
    },
    {
      id: 'memories-07',
      depth: 'light',
      text: 'Which place from your past would you love to show me, and what would we do there?',
    },
    {
      id: 'memories-08',
      depth: 'deeper',
      text: 'Tell me about a time someone was unexpectedly kind to you when you needed it.',
    },
    { id: 'memories-09', depth: 'light', text: 'What did you think of me the very first time we met?' },
    {
      id: 'memories-10',
      depth: 'deeper',
      text: 'What moment from our time together makes you feel most grateful when you remember it?',
    },
    { id: 'memories-11', depth: 'light', text: 'Which old photo of yours has the best story behind it?' },
    {
      id: 'memories-12',
      depth: 'deeper',
      text: 'What is a hard time in your life that you are proud of getting through?',
    },
    { id: 'memories-13', depth: 'light', text: 'What was your favourite way to spend a summer as a child?' },
    {
      id: 'memories-14',
      depth: 'deeper',
      text: 'Who was the grown-up you looked up to most as a child, and what did they teach you?',
    },
    {
      id: 'memories-15',
      depth: 'light',
      text: 'What is a small, ordinary day with me that you still remember clearly?',
    },
    { id: 'memories-16', depth: 'light', text: 'Which song takes you straight back to a particular moment of ours?' },
    {
      id: 'memories-17',
      depth: 'deeper',
      text: 'When did you first realise this relationship mattered to you more than you expected?',
    },
    { id: 'memories-18', depth: 'light', text: 'What was the most adventurous thing you did before we met?' },
    { id: 'memories-19', depth: 'deeper', text: 'What memory of a grandparent or another elder do you treasure?' },
    {
      id: 'memories-20',
      depth: 'light',
      text: 'Tell me about a time we got completely lost or a plan went comically sideways.',
    },
    {
      id: 'memories-21',
      depth: 'deeper',
      text: 'Which turning point in your life led you, one way or another, towards me?',
    },
    {
      id: 'memories-22',
      depth: 'light',
      text: 'What did your childhood bedroom look like, and what was on the walls?',
    },
    {
      id: 'memories-23',
      depth: 'deeper',
      text: 'What memory of us from a difficult season reminds you that we can get through things?',
    },
    { id: 'memories-24', depth: 'light', text: 'Which holiday or festival from your growing up do you miss most?' },
    {
      id: 'memories-25',
      depth: 'light',
      text: 'What is the first present you remember getting from me, and what did you make of it?',
    },
    { id: 'memories-26', depth: 'light', text: 'What did your first real job teach you that you still use?' },
    { id: 'memories-27', depth: 'light', text: 'Where were we the last time you felt completely carefree with me?' },
    { id: 'memories-28', depth: 'light', text: 'What is a moment from your school days that still makes you grin?' },
    { id: 'memories-29', depth: 'light', text: 'What is the silliest squabble you remember from childhood?' },
    { id: 'memories-30', depth: 'deeper', text: 'If you could keep only one memory of us, which would you choose?' },
  ],
};
