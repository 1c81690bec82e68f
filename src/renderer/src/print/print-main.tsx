// The hidden print window's page (print.html): it asks main for the sheet it was opened
// for, lays it out exactly as the preview does, and says how many pages it made. Main
// prints or makes the PDF once it hears that. Nothing of the journal is loaded here.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PrintView } from './PrintView';

const root = document.getElementById('print-root');
if (!root) throw new Error('print.html has no #print-root');
createRoot(root).render(
  <StrictMode>
    <PrintView bridge={window.hearth.print} />
  </StrictMode>,
);
