// The who we are now deck. Ids are stable forever (favourites and entries keep them):
// add new questions at the end with the next number; never renumber or reuse one.
import type { DeckSource } from '../schema';

export const whoWeAreNowDeck: DeckSource = {
  deck: {
    id: 'who-we-are-now',
    title: 'Who we are now',
    intro: 'For meeting the person your partner is today, not only the one you first met.',
  },
  questions: [
    { id: 'who-we-are-now-01', depth: 'light', text: 'What has been taking up most of your thoughts this week?' },
    { id: 'who-we-are-now-02', depth: 'light', text: 'Which small habit of yours is newer than I might realise?' },
    {
      id: 'who-we-are-now-03',
      depth: 'light',
      text: 'What are you enjoying learning about at the moment, even a little?',
    },
    {
      id: 'who-we-are-now-04',
      depth: 'light',
      text: 'If a close friend summed you up today in three words, which words would they choose?',
    },
    {
      id: 'who-we-are-now-05',
      depth: 'light',
      text: 'What song, show or book feels most like your life right now, and why?',
    },
    { id: 'who-we-are-now-06', depth: 'deeper', text: 'What part of yourself have you grown into over the last year?' },
    {
      id: 'who-we-are-now-07',
      depth: 'deeper',
      text: 'Which belief you held five years ago have you quietly let go of?',
    },
    { id: 'who-we-are-now-08', depth: 'light', text: 'What does a really good day look like for you these days?' },
    {
      id: 'who-we-are-now-09',
      depth: 'light',
      text: 'Tell me about something you have changed your mind about recently.',
    },
    {
      id: 'who-we-are-now-10',
      depth: 'deeper',
      text: 'What are you proudest of in how you have handled this year so far?',
    },
    {
      id: 'who-we-are-now-11',
      depth: 'light',
      text: 'Which part of your daily routine would you keep if everything else changed?',
    },
    {
      id: 'who-we-are-now-12',
      depth: 'deeper',
      text: 'What do you need more of in your life right now, and what would help you get it?',
    },
    { id: 'who-we-are-now-13', depth: 'light', text: 'What has made you laugh hardest lately?' },
    {
      id: 'who-we-are-now-14',
      depth: 'deeper',
      text: 'Where do you feel most like yourself these days, and what is it about that place?',
    },
    { id: 'who-we-are-now-15', depth: 'light', text: 'What is a question you wish people asked you more often?' },
    { id: 'who-we-are-now-16', depth: 'deeper', text: 'What is something you are still figuring out about yourself?' },
    { id: 'who-we-are-now-17', depth: 'light', text: 'Which of your current interests would surprise a younger you?' },
    {
      id: 'who-we-are-now-18',
      depth: 'deeper',
      text: 'Which fear feels smaller to you now than it used to, and what shrank it?',
    },
    { id: 'who-we-are-now-19', depth: 'light', text: 'How has your taste in food, music or clothes shifted lately?' },
    {
      id: 'who-we-are-now-20',
      depth: 'deeper',
      text: 'Tell me about a part of yourself you are learning to be gentler with.',
    },
    { id: 'who-we-are-now-21', depth: 'light', text: 'What are you looking forward to in the coming month?' },
    { id: 'who-we-are-now-22', depth: 'deeper', text: 'What does real rest mean to you at this point in your life?' },
    { id: 'who-we-are-now-23', depth: 'light', text: 'Which recent decision are you glad you made, however small?' },
    { id: 'who-we-are-now-24', depth: 'deeper', text: 'How would you describe the person you are becoming?' },
    {
      id: 'who-we-are-now-25',
      depth: 'light',
      text: 'What kind of conversation leaves you feeling most awake and alive right now?',
    },
    {
      id: 'who-we-are-now-26',
      depth: 'deeper',
      text: 'What are you carrying at the moment that I might not fully see?',
    },
    {
      id: 'who-we-are-now-27',
      depth: 'light',
      text: 'Describe your ideal quiet evening as it is now, not as it was when we met.',
    },
    {
      id: 'who-we-are-now-28',
      depth: 'deeper',
      text: 'Which of your values has become clearer to you recently, and what made it clearer?',
    },
    {
      id: 'who-we-are-now-29',
      depth: 'light',
      text: 'What is one thing on your mind that you have not said out loud yet today?',
    },
    {
      id: 'who-we-are-now-30',
      depth: 'deeper',
      text: 'When do you feel most sure of yourself these days, and when least?',
    },
  ],
};
