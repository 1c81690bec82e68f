import { useT } from '../i18n';

/** The way in from the journal: a quiet link, so the page is there for whoever wants it. */
export function PrivateWayIn({ onOpen }: { onOpen: () => void }) {
  const { t } = useT('private');
  return (
    <p className="private-way-in">
      <button type="button" className="button button-quiet" onClick={onOpen}>
        {t('wayIn')}
      </button>
    </p>
  );
}
