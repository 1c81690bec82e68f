/** The journal screen: writing, reading, finding and the trash. (US spelling.) */
export const journal = {
  title: 'Journal',
  write: 'Write',
  entries: 'Entries',
  trash: 'Trash',
  undo: 'Undo',
  closeMessage: 'Close<hidden> this message</hidden>',
  inTrash: 'The entry by {{author}} is in the trash.',
  backInJournal: 'The entry by {{author}} is back in the journal.',
  saving: 'Saving…',
  /** Which partner wrote it, as a radio button or a filter choice. */
  together: '{{names}} together',
  tagsLabel: 'Tags (optional)',
  /** Read out before a deck question shown above an entry. */
  aboutQuestion: 'About the question: ',

  composer: {
    title: 'Write an entry',
    withoutQuestion: 'Write without the question',
    who: 'Who is writing?',
    body: 'Your entry',
    tagsHint: 'Separate them with commas, like: evening, thank you',
    save: 'Save entry',
    saved: 'Saved. Your entry is at the top of the list.',
  },

  edit: {
    label: 'Edit this entry',
    body: 'Entry',
    tagsHint: 'Separate them with commas',
    save: 'Save changes',
  },

  draft: {
    chooseAuthor: 'Choose who is writing.',
    checkEntry: 'Please check this entry.',
    tooManyTags_one: 'Use at most {{count}} tag.',
    tooManyTags_other: 'Use at most {{count}} tags.',
    tagTooLong: 'Keep each tag under 40 characters, on one line.',
  },

  list: {
    opening: 'Opening your entries…',
    empty: 'Nothing here yet. Your first entry will appear here.',
    openingOlder: 'Opening older entries…',
    showOlder: 'Show older entries',
    noneFound: 'No entries found for “{{words}}”. Try another word, or fewer filters.',
    noneMatch: 'No entries match these filters.',
    manyFound: 'Many entries found for “{{words}}”, newest first. More appear as you scroll.',
    manyMatch: 'Many entries found, newest first. More appear as you scroll.',
    found_one: '{{count}} entry found for “{{words}}”.',
    found_other: '{{count}} entries found for “{{words}}”.',
    match_one: '{{count}} entry matches these filters.',
    match_other: '{{count}} entries match these filters.',
  },

  row: {
    /** Who wrote an entry and when, as the buttons' hidden names say it. */
    who: '{{author}}, {{when}}',
    writtenPrivately: 'Written privately on {{date}}',
    feeling: 'Feeling {{mood}}',
    tags: 'Tags',
    edit: 'Edit<hidden> the entry by {{who}}</hidden>',
    moveToTrash: 'Move to trash<hidden>: the entry by {{who}}</hidden>',
  },

  find: {
    label: 'Search the journal',
    search: 'Search',
    placeholder: 'Search your entries',
    filters: 'Filters',
    filtersOn: 'Filters<count> ({{n}} on)</count>',
    onlyShow: 'Only show',
    writtenBy: 'Written by',
    anyone: 'Anyone',
    theme: 'Exercise theme',
    any: 'Any',
    strategies: 'Strategies',
    barriers: 'Barriers',
    tag: 'Tag',
    tagOption: '{{tag}} ({{n}})',
    from: 'From',
    to: 'To',
    showEvery: 'Show every entry',
    rangeError: 'The end date is before the start date.',
  },

  trashView: {
    back: 'Back to entries',
    intro:
      'Entries here are hidden from the journal, search and the timeline. Restore any of them, or empty the trash to erase them for good.',
    opening: 'Opening the trash…',
    empty: 'The trash is empty.',
    emptyButton: 'Empty trash',
    alreadyEmpty: 'The trash was already empty.',
    emptied_one: 'The trash is empty. {{count}} entry erased for good.',
    emptied_other: 'The trash is empty. {{count}} entries erased for good.',
    confirmAllTitle: 'Erase everything in the trash for good?',
    confirmTitle_one: 'Erase this entry for good?',
    confirmTitle_other: 'Erase these {{count}} entries for good?',
    confirmAllText:
      'This is final. Emptying the trash erases every entry in it from this computer, and they cannot be restored afterwards.',
    confirmText_one: 'This is final. Emptying the trash erases it from this computer, and it cannot be restored afterwards.',
    confirmText_other: 'This is final. Emptying the trash erases them from this computer, and they cannot be restored afterwards.',
    eraseForGood: 'Erase for good',
    keepThem: 'Keep them',
    movedOn: 'Moved to the trash on {{when}}',
    restore: 'Restore<hidden> the entry by {{author}}</hidden>',
    showMore: 'Show more',
  },
} as const;
