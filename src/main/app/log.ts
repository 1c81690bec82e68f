import type { DispatchLog } from '../core';

// Anything outside a plain channel/code alphabet is dropped, so a crafted name cannot
// forge log lines or smuggle text into them.
const safe = (text: string) => text.replace(/[^\w.:-]/g, '').slice(0, 64);

/**
 * Until Hearth has a real logger: one warning line per refused or failed request, with
 * the channel and the error code only — never the input, never a message.
 */
export const logRequestProblem: DispatchLog = ({ channel, code }) => {
  console.warn(`[hearth] ${safe(channel)} ${safe(code)}`);
};
