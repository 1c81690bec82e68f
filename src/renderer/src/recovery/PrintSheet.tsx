import { createPortal } from 'react-dom';

/**
 * The recovery sheet as it prints: the code, the date and what it is for; no names and
 * nothing from the journal. It sits outside #root, hidden on screen; print CSS shows only it.
 */
export function PrintSheet({ code }: { code: string }) {
  const made = new Date().toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
  return createPortal(
    <section className="recovery-print-sheet">
      <h1 className="recovery-print-title">Hearth recovery code</h1>
      <p className="recovery-print-code">{code.replaceAll('-', ' ')}</p>
      <p>Made on {made}.</p>
      <p>
        This code opens a Hearth journal when its passphrase is forgotten, when the computer&rsquo;s keychain is lost,
        or on a new computer. Capital or small letters, spaces or dashes: all are fine when you type it.
      </p>
      <p>
        Keep this sheet somewhere private and safe, away from the computer. Anyone who has both this code and the
        journal&rsquo;s files could open it. Making a new code in Hearth&rsquo;s Settings turns this one off.
      </p>
    </section>,
    document.body,
  );
}
