import { useCallback } from 'react';
import type { PartnerNames } from '../ui/partner-names';
import { call } from '../api';
import { useT } from '../i18n';
import { ScreenHeading } from '../ui';
import { ExportBackup } from './ExportBackup';
import { RestoreBackup } from './RestoreBackup';
import './backup.css';

/**
 * Backup and restore (DESIGN.md §1.7, §6). The safety copies that restores keep are listed
 * in Settings (SafetyCopies.tsx).
 */
export function BackupScreen({
  names,
  onRestored,
  onAutoLockChanged,
}: {
  names: PartnerNames;
  /** The journal was replaced: everything the app shows must be read again. */
  onRestored: () => void;
  /** The restored journal brings its own settings, the idle time among them. */
  onAutoLockChanged: (minutes: number) => void;
}) {
  const { t } = useT('backup');
  const restored = useCallback(() => {
    onRestored();
    void call('settings.get').then((result) => {
      if (result.ok) onAutoLockChanged(result.value.autoLockMinutes);
    });
  }, [onRestored, onAutoLockChanged]);

  return (
    <div className="backup">
      <ScreenHeading>{t('title')}</ScreenHeading>
      <p className="lede">{t('lede')}</p>
      <ExportBackup names={names} />
      <RestoreBackup onRestored={restored} />
    </div>
  );
}
