/**
 * British spelling: only the strings that differ from catalogue/en.ts. i18next falls back
 * from en-GB to en for every key not listed here.
 */
import type { Catalogue } from './en';

type Partial2<T> = { [N in keyof T]?: { [K in keyof T[N]]?: string } };

export const enGB: Partial2<Catalogue> = {
  deck: {
    favorites: 'Your favourites',
    noFavorites: 'Questions you keep as favourites gather here, to come back to or to print as cards.',
    removeFavorite: 'Remove from favourites<hidden>: {{question}}</hidden>',
    keptFavorite: 'Kept with your favourites.',
    unkeptFavorite: 'Taken out of your favourites.',
    keepFavorite: 'Keep as a favourite',
  },
  sheet: {
    noFavorites: 'No favourites yet. Keep a few on the Questions screen, or choose a deck.',
    yourFavorites: 'Your favourites',
    printCancelled: 'Printing was cancelled.',
  },
};
