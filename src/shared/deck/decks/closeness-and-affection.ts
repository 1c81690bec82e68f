// The closeness and affection deck. Ids are stable forever (favourites and entries keep them):
// add new questions at the end with the next number; never renumber or reuse one.
import type { DeckSource } from '../schema';

export const closenessAndAffectionDeck: DeckSource = {
  deck: {
    id: 'closeness-and-affection',
    title: 'Closeness and affection',
    intro: 'For the small gestures that make you feel near to each other.',
  },
  questions: [
    { id: 'closeness-and-affection-01', depth: 'light', text: 'What kind of hug do you like best, and when?' },
    {
      id: 'closeness-and-affection-02',
      depth: 'light',
      text: 'Which small gesture from me makes you feel cared for straight away?',
    },
    {
      id: 'closeness-and-affection-03',
      depth: 'deeper',
      text: 'When do you feel closest to me, and what is happening in those moments?',
    },
    {
      id: 'closeness-and-affection-04',
      depth: 'light',
      text: 'What is your favourite way to spend a lazy morning together?',
    },
    { id: 'closeness-and-affection-05', depth: 'light', text: 'Which nickname or pet name do you secretly like most?' },
    {
      id: 'closeness-and-affection-06',
      depth: 'deeper',
      text: 'How do you most like to be shown love when words feel like too much?',
    },
    {
      id: 'closeness-and-affection-07',
      depth: 'light',
      text: 'What little thing could I do tomorrow that would make you smile?',
    },
    { id: 'closeness-and-affection-08', depth: 'deeper', text: 'What helps you feel safe enough to be soft with me?' },
    {
      id: 'closeness-and-affection-09',
      depth: 'light',
      text: 'Where is your favourite place for the two of us to sit close?',
    },
    {
      id: 'closeness-and-affection-10',
      depth: 'deeper',
      text: 'What does feeling cherished look like for you, day to day?',
    },
    {
      id: 'closeness-and-affection-11',
      depth: 'light',
      text: 'Which song would you want playing if we danced in the kitchen?',
    },
    {
      id: 'closeness-and-affection-12',
      depth: 'deeper',
      text: 'How do you like to reconnect after we have been busy and apart for a few days?',
    },
    {
      id: 'closeness-and-affection-13',
      depth: 'light',
      text: 'What is a message from me you would love to get in the middle of the day?',
    },
    {
      id: 'closeness-and-affection-14',
      depth: 'deeper',
      text: 'What kind of affection did you see growing up, and how has it shaped what you like?',
    },
    {
      id: 'closeness-and-affection-15',
      depth: 'light',
      text: 'Which of our hello or goodbye rituals do you enjoy most?',
    },
    {
      id: 'closeness-and-affection-16',
      depth: 'deeper',
      text: 'When do you find it hardest to ask for closeness, and what would make it easier?',
    },
    {
      id: 'closeness-and-affection-17',
      depth: 'light',
      text: 'What is the cosiest evening you can imagine for the two of us?',
    },
    {
      id: 'closeness-and-affection-18',
      depth: 'deeper',
      text: 'What would you like more of from me on days when you feel low?',
    },
    { id: 'closeness-and-affection-19', depth: 'light', text: 'How would you like us to mark the end of a long day?' },
    {
      id: 'closeness-and-affection-20',
      depth: 'deeper',
      text: 'What makes a goodbye kiss feel meaningful rather than automatic?',
    },
    { id: 'closeness-and-affection-21', depth: 'light', text: 'What sort of surprise from me would delight you most?' },
    {
      id: 'closeness-and-affection-22',
      depth: 'deeper',
      text: 'Which words from me do you most like to hear, and why do they land?',
    },
    { id: 'closeness-and-affection-23', depth: 'light', text: 'What is your favourite way for us to say goodnight?' },
    {
      id: 'closeness-and-affection-24',
      depth: 'deeper',
      text: 'How can we keep small moments of tenderness alive in busy weeks?',
    },
    {
      id: 'closeness-and-affection-25',
      depth: 'light',
      text: 'Which small touch from me, like a hand on your shoulder, feels most like us?',
    },
    { id: 'closeness-and-affection-26', depth: 'deeper', text: 'What does it mean to you to feel chosen by someone?' },
    { id: 'closeness-and-affection-27', depth: 'light', text: 'What would be on a playlist you made just for me?' },
    {
      id: 'closeness-and-affection-28',
      depth: 'deeper',
      text: 'How has the way you show affection changed since we met?',
    },
    { id: 'closeness-and-affection-29', depth: 'light', text: 'What smell, sound or place makes you think of me?' },
    {
      id: 'closeness-and-affection-30',
      depth: 'deeper',
      text: 'How do you feel about showing affection in front of other people, and where does that come from?',
    },
  ],
};
