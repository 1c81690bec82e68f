// The family and friends deck. Ids are stable forever (favourites and entries keep them):
// add new questions at the end with the next number; never renumber or reuse one.
import type { DeckSource } from '../schema';

export const familyAndFriendsDeck: DeckSource = {
  deck: {
    id: 'family-and-friends',
    title: 'Family and friends',
    intro: 'For the people around you both, past and present.',
  },
  questions: [
    {
      id: 'family-and-friends-01',
      depth: 'light',
      text: 'Which friend of yours would you most like me to get to know better?',
    },
    {
      id: 'family-and-friends-02',
      depth: 'light',
      text: 'What family dish or recipe would you like us to keep making?',
    },
    { id: 'family-and-friends-03', depth: 'deeper', text: 'How did your family show love when you were growing up?' },
    {
      id: 'family-and-friends-04',
      depth: 'light',
      text: 'Who in your life always makes you laugh, and how do they do it?',
    },
    {
      id: 'family-and-friends-05',
      depth: 'deeper',
      text: 'What role did you play in your family as a child, and how does it show up now?',
    },
    {
      id: 'family-and-friends-06',
      depth: 'light',
      text: 'What makes a get-together with friends feel just right to you?',
    },
    {
      id: 'family-and-friends-07',
      depth: 'deeper',
      text: 'Which relationship in your family would you like to strengthen, and what might help?',
    },
    { id: 'family-and-friends-08', depth: 'light', text: 'Tell me about the friend you have known the longest.' },
    {
      id: 'family-and-friends-09',
      depth: 'deeper',
      text: 'What did you learn about disagreeing from the family you grew up in?',
    },
    { id: 'family-and-friends-10', depth: 'light', text: 'What size of gathering do you enjoy most, and why?' },
    { id: 'family-and-friends-11', depth: 'deeper', text: 'What do you wish your family understood about you?' },
    {
      id: 'family-and-friends-12',
      depth: 'light',
      text: 'Which of my friends or relatives do you enjoy spending time with most?',
    },
    {
      id: 'family-and-friends-13',
      depth: 'deeper',
      text: 'How do you want to balance time with family, friends and just us?',
    },
    { id: 'family-and-friends-14', depth: 'light', text: 'What is a favourite story your family loves to tell?' },
    {
      id: 'family-and-friends-15',
      depth: 'deeper',
      text: 'Who outside our relationship has helped you become who you are?',
    },
    {
      id: 'family-and-friends-16',
      depth: 'light',
      text: 'How would you like to spend the next holiday season, and with whom?',
    },
    {
      id: 'family-and-friends-17',
      depth: 'deeper',
      text: 'What kind of friend do you try to be, and where do you find it hardest?',
    },
    { id: 'family-and-friends-18', depth: 'light', text: 'Which friend would you call first with good news?' },
    {
      id: 'family-and-friends-19',
      depth: 'deeper',
      text: 'What do you hope our friends feel when they spend time with us?',
    },
    {
      id: 'family-and-friends-20',
      depth: 'light',
      text: 'What is your favourite thing to do with a group of friends?',
    },
    {
      id: 'family-and-friends-21',
      depth: 'deeper',
      text: 'How has your relationship with your parents or carers changed as you have grown older?',
    },
    {
      id: 'family-and-friends-22',
      depth: 'light',
      text: 'Who have you lost touch with that you would like to hear from again?',
    },
    {
      id: 'family-and-friends-23',
      depth: 'deeper',
      text: 'Which family pattern would you like us to carry forward, and which would you like to leave?',
    },
    { id: 'family-and-friends-24', depth: 'light', text: 'What makes a guest feel welcome, in your eyes?' },
    {
      id: 'family-and-friends-25',
      depth: 'deeper',
      text: 'How can we look after each other when family gatherings feel tiring?',
    },
    {
      id: 'family-and-friends-26',
      depth: 'light',
      text: 'Tell me about a neighbour, teacher or coach who mattered to you.',
    },
    { id: 'family-and-friends-27', depth: 'deeper', text: 'What does a good friend do for you when life gets hard?' },
    { id: 'family-and-friends-28', depth: 'light', text: 'Which celebration in your family was the most memorable?' },
    {
      id: 'family-and-friends-29',
      depth: 'light',
      text: 'How do you like to keep in touch with friends who live far away?',
    },
    {
      id: 'family-and-friends-30',
      depth: 'deeper',
      text: 'What would you like our friends and family to understand about us?',
    },
  ],
};
