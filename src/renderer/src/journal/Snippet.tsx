import { Fragment } from 'react';
import type { SnippetSegment } from '../../../shared/ipc/features/journal';

/** The words around a search match, as text, with the matched words in <mark>. Never HTML. */
export function Snippet({ segments }: { segments: readonly SnippetSegment[] }) {
  return (
    <p className="entry-body entry-snippet">
      {segments.map((segment, index) =>
        segment.match ? <mark key={index}>{segment.text}</mark> : <Fragment key={index}>{segment.text}</Fragment>,
      )}
    </p>
  );
}
