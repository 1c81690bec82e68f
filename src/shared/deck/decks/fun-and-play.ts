// The fun and play deck. Ids are stable forever (favourites and entries keep them):
// add new questions at the end with the next number; never renumber or reuse one.
import type { DeckSource } from '../schema';

export const funAndPlayDeck: DeckSource = {
  deck: {
    id: 'fun-and-play',
    title: 'Fun and play',
    intro: 'For silly questions, shared jokes and lighter evenings.',
  },
  questions: [
    {
      id: 'fun-and-play-01',
      depth: 'light',
      text: 'If we could swap lives with any fictional couple for a day, who would you pick?',
    },
    {
      id: 'fun-and-play-02',
      depth: 'light',
      text: 'What would our band be called, and what kind of music would we play?',
    },
    { id: 'fun-and-play-03', depth: 'light', text: 'Which animal best matches my personality, in your view, and why?' },
    { id: 'fun-and-play-04', depth: 'light', text: 'What harmless rule would you love to break for just one day?' },
    {
      id: 'fun-and-play-05',
      depth: 'light',
      text: 'If you could master any party trick overnight, which would you choose?',
    },
    { id: 'fun-and-play-06', depth: 'light', text: 'Describe the perfect pizza, topping by topping.' },
    {
      id: 'fun-and-play-07',
      depth: 'light',
      text: 'What game from your childhood would you love to play with me again?',
    },
    {
      id: 'fun-and-play-08',
      depth: 'light',
      text: 'If our life together were a film, what genre would it be this year?',
    },
    { id: 'fun-and-play-09', depth: 'deeper', text: 'What did play look like in the home you grew up in?' },
    { id: 'fun-and-play-10', depth: 'light', text: 'Which superpower would be most useful on an ordinary Wednesday?' },
    {
      id: 'fun-and-play-11',
      depth: 'light',
      text: 'What would you put in a time capsule about us, to be opened in twenty years?',
    },
    {
      id: 'fun-and-play-12',
      depth: 'deeper',
      text: 'When do you feel most playful, and what brings that side of you out?',
    },
    { id: 'fun-and-play-13', depth: 'light', text: 'What is your most unpopular food opinion?' },
    {
      id: 'fun-and-play-14',
      depth: 'light',
      text: 'If you could add one holiday to the calendar, what would it celebrate?',
    },
    { id: 'fun-and-play-15', depth: 'light', text: 'Which song would you pick as our theme tune?' },
    {
      id: 'fun-and-play-16',
      depth: 'deeper',
      text: 'What kind of fun did you stop having as a grown-up that you miss?',
    },
    { id: 'fun-and-play-17', depth: 'light', text: 'What would you name a boat if we owned one?' },
    { id: 'fun-and-play-18', depth: 'light', text: 'If we opened a tiny shop together, what would it sell?' },
    {
      id: 'fun-and-play-19',
      depth: 'deeper',
      text: 'How does laughing together change the way you feel about a hard week?',
    },
    { id: 'fun-and-play-20', depth: 'light', text: 'What is the best prank you have ever pulled or witnessed?' },
    {
      id: 'fun-and-play-21',
      depth: 'light',
      text: 'Which decade would you most like to visit for a weekend, and what would you wear?',
    },
    { id: 'fun-and-play-22', depth: 'light', text: 'Tell me the plot of a silly film starring the two of us.' },
    {
      id: 'fun-and-play-23',
      depth: 'deeper',
      text: 'What does being silly with me let you be that you cannot be elsewhere?',
    },
    {
      id: 'fun-and-play-24',
      depth: 'light',
      text: 'What would be on the menu at a restaurant you ran for one night only?',
    },
    {
      id: 'fun-and-play-25',
      depth: 'light',
      text: 'If you could be world champion at something utterly useless, what would it be?',
    },
    {
      id: 'fun-and-play-26',
      depth: 'deeper',
      text: 'What is something playful about you that you wish more people saw?',
    },
    {
      id: 'fun-and-play-27',
      depth: 'light',
      text: 'Which of our friends would be the best company on a desert island, and why?',
    },
    {
      id: 'fun-and-play-28',
      depth: 'light',
      text: 'What game could we invent right now with only what is in this room?',
    },
    {
      id: 'fun-and-play-29',
      depth: 'light',
      text: 'How would you spend a rainy afternoon with nowhere to be and no one to answer to?',
    },
    { id: 'fun-and-play-30', depth: 'light', text: 'Describe a dance move that should be named after you.' },
  ],
};
