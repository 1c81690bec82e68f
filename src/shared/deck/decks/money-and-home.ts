// The money and home deck. Ids are stable forever (favourites and entries keep them):
// add new questions at the end with the next number; never renumber or reuse one.
import type { DeckSource } from '../schema';

export const moneyAndHomeDeck: DeckSource = {
  deck: {
    id: 'money-and-home',
    title: 'Money and home',
    intro: 'For the everyday life you build, from chores to budgets, without keeping score.',
  },
  questions: [
    {
      id: 'money-and-home-01',
      depth: 'light',
      text: 'Which corner of your home do you feel most at ease in, and why?',
    },
    { id: 'money-and-home-02', depth: 'light', text: 'What is one small change that would make home feel cosier?' },
    { id: 'money-and-home-03', depth: 'deeper', text: 'What did money mean in the house you grew up in?' },
    { id: 'money-and-home-04', depth: 'light', text: 'Which household task do you secretly find satisfying?' },
    { id: 'money-and-home-05', depth: 'deeper', text: 'What feelings come up for you when you think about money?' },
    {
      id: 'money-and-home-06',
      depth: 'light',
      text: 'What is the best small purchase you have made in the last year?',
    },
    {
      id: 'money-and-home-07',
      depth: 'deeper',
      text: 'What would financial security look like for you, in everyday terms?',
    },
    { id: 'money-and-home-08', depth: 'light', text: 'What does a tidy enough home mean to you?' },
    {
      id: 'money-and-home-09',
      depth: 'deeper',
      text: 'Which money habit of yours are you proud of, and which would you like to change?',
    },
    { id: 'money-and-home-10', depth: 'light', text: 'If you could redesign one room, what would you do with it?' },
    {
      id: 'money-and-home-11',
      depth: 'deeper',
      text: 'What would you happily spend more on, and what would you happily spend less on?',
    },
    { id: 'money-and-home-12', depth: 'light', text: 'What rhythm for chores would make your week feel easier?' },
    {
      id: 'money-and-home-13',
      depth: 'deeper',
      text: 'Which worries about money do you find hardest to talk about, and what would make it easier?',
    },
    { id: 'money-and-home-14', depth: 'light', text: 'Which plant, picture or object at home makes you happiest?' },
    { id: 'money-and-home-15', depth: 'deeper', text: 'How would you like us to decide on big purchases?' },
    { id: 'money-and-home-16', depth: 'light', text: 'What is your favourite meal to cook on a weeknight?' },
    {
      id: 'money-and-home-17',
      depth: 'deeper',
      text: 'What would help you feel more at home in the places where we spend our time?',
    },
    {
      id: 'money-and-home-18',
      depth: 'light',
      text: 'Tell me about the first place you lived on your own or away from family.',
    },
    { id: 'money-and-home-19', depth: 'deeper', text: 'What does generosity with money look like to you?' },
    { id: 'money-and-home-20', depth: 'light', text: 'What would you put on a wish list for the home?' },
    {
      id: 'money-and-home-21',
      depth: 'deeper',
      text: 'What financial goal would you like us to work towards, and why does it matter to you?',
    },
    {
      id: 'money-and-home-22',
      depth: 'light',
      text: 'Which bit of your morning routine at home would you never give up?',
    },
    {
      id: 'money-and-home-23',
      depth: 'deeper',
      text: 'How do you feel about asking for help with money, from family or anyone else?',
    },
    {
      id: 'money-and-home-24',
      depth: 'light',
      text: 'What music, light or smell makes a place feel like home to you?',
    },
    {
      id: 'money-and-home-25',
      depth: 'deeper',
      text: 'What does home mean to you, beyond the walls and the furniture?',
    },
    { id: 'money-and-home-26', depth: 'light', text: 'How could we make the weekly shop or errands more pleasant?' },
    {
      id: 'money-and-home-27',
      depth: 'deeper',
      text: 'What would change in your days if money worries vanished for a year?',
    },
    {
      id: 'money-and-home-28',
      depth: 'light',
      text: 'What is the most useful thing anyone ever taught you about running a household?',
    },
    { id: 'money-and-home-29', depth: 'deeper', text: 'How do you want our money decisions to feel for both of us?' },
    {
      id: 'money-and-home-30',
      depth: 'light',
      text: 'If you could keep only one thing you own, which would it be, and why?',
    },
  ],
};
