// The hidden print window's page (print.html): it asks main for the sheet it was opened
// for, lays it out exactly as the preview does, and says how many pages it made. Main
// prints or makes the PDF once it hears that. Nothing of the journal is loaded here.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { PrintBridge } from '../../../../shared/ipc/api';
import { PrintView } from './PrintView';

// This window has its own preload (src/preload/print.ts): `window.hearth` here holds only
// the print bridge, not the journal's HearthApi that global.d.ts declares for the main page.
const printWindow = window as unknown as { hearth: { print: PrintBridge } };

const root = document.getElementById('print-root');
if (!root) throw new Error('print.html has no #print-root');
createRoot(root).render(
  <StrictMode>
    <PrintView bridge={printWindow.hearth.print} />
  </StrictMode>,
);
