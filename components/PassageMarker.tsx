// A small button beside a marked passage; hover, focus or Enter opens its card.
import { i18n } from '#i18n';
import type { Verdict } from '../engine/types';

export interface MarkerPosition {
  /** Page coordinates (CSS pixels from the document's top-left). */
  x: number;
  y: number;
}

export interface PassageMarkerProps {
  id: string;
  verdict: Verdict;
  position: MarkerPosition;
  open: boolean;
  cardId: string;
  documentTitle: string;
  onOpen(): void;
  onActivate(): void;
  onLeave(): void;
}

export function PassageMarker(props: PassageMarkerProps) {
  const { id, verdict, position, open, cardId, documentTitle } = props;
  return (
    <button
      type="button"
      id={id}
      class={`marker verdict-${verdict}`}
      style={{ left: `${position.x}px`, top: `${position.y}px` }}
      aria-label={i18n.t('card.markerLabel', [documentTitle])}
      aria-expanded={open}
      aria-controls={open ? cardId : undefined}
      data-testid="marker"
      onPointerEnter={props.onOpen}
      onPointerLeave={props.onLeave}
      onFocus={props.onOpen}
      onClick={props.onActivate}
    >
      <span aria-hidden="true">L</span>
    </button>
  );
}
