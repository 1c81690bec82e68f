/** The way in from the journal: a quiet link, so the page is there for whoever wants it. */
export function PrivateWayIn({ onOpen }: { onOpen: () => void }) {
  return (
    <p className="private-way-in">
      <button type="button" className="button button-quiet" onClick={onOpen}>
        My private page
      </button>
    </p>
  );
}
