/** "Now" as this page sees it, sent with deck calls so the question's day is the couple's local day. */
export const pageNow = () => ({ utc: Date.now(), offsetMinutes: -new Date().getTimezoneOffset() });
