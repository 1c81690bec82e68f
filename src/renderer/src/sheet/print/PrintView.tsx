import { useCallback, useEffect, useState } from 'react';
import type { PrintBridge } from '../../../../shared/ipc/api';
import { parseUnknown } from '../../../../shared/parse';
import { Sheet } from '../../../../shared/sheet';
import { useT } from '../../i18n';
import { SheetPages } from '../SheetPages';

type State = { kind: 'waiting' } | { kind: 'ready'; sheet: Sheet } | { kind: 'failed' };

/** The sheet alone, as it prints; main learns the page count through the bridge. */
export function PrintView({ bridge }: { bridge: PrintBridge }) {
  const { t } = useT('print');
  const [state, setState] = useState<State>({ kind: 'waiting' });

  useEffect(() => {
    let current = true;
    bridge.sheet().then(
      (value) => {
        // Checked again here: this page renders only a sheet that passes the schema.
        const parsed = parseUnknown(Sheet, value);
        if (current) setState(parsed.ok ? { kind: 'ready', sheet: parsed.value } : { kind: 'failed' });
      },
      () => {
        if (current) setState({ kind: 'failed' });
      },
    );
    return () => {
      current = false;
    };
  }, [bridge]);

  const laidOut = useCallback((pages: number) => void bridge.laidOut(pages).catch(() => {}), [bridge]);

  if (state.kind !== 'ready') {
    return (
      <p role="status" className="print-status">
        {state.kind === 'waiting' ? t('preparing') : t('nothingToPrint')}
      </p>
    );
  }
  return (
    <main>
      <SheetPages sheet={state.sheet} headingLevel={1} onLaidOut={laidOut} />
    </main>
  );
}
