// The in-page layer inside LeakLens's shadow root: one marker per marked passage and the card
// of the open one. Positions come from the caller; this component only renders and routes keys.
import { useEffect, useRef } from 'preact/hooks';
import { PassageCard, type CardInfo } from './PassageCard';
import { PassageMarker, type MarkerPosition } from './PassageMarker';

/** The card opens just below its marker, never over it (the marker stays clickable). */
const CARD_OFFSET_Y = 22;

export interface MarkItem {
  id: string;
  position: MarkerPosition;
  card: CardInfo;
}

export interface MarkLayerProps {
  items: readonly MarkItem[];
  openId: string | null;
  /** Right-to-left pages get the card on the marker's left. */
  rtl: boolean;
  onOpen(id: string): void;
  onActivate(id: string): void;
  /** The pointer left a marker or the card: close soon unless it comes back. */
  onLeave(): void;
  onClose(refocus: boolean): void;
  onDetails(item: MarkItem): void;
  onHideSite(): void;
}

export function MarkLayer(props: MarkLayerProps) {
  const { items, openId } = props;
  const open = items.find((i) => i.id === openId) ?? null;
  const layer = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && props.onClose(true);
    const root = layer.current;
    root?.addEventListener('keydown', onKey);
    return () => root?.removeEventListener('keydown', onKey);
  }, [props.onClose]);
  return (
    <div class={`layer${props.rtl ? ' rtl' : ''}`} ref={layer}>
      {items.map((item) => (
        <PassageMarker
          key={item.id}
          id={`marker-${item.id}`}
          verdict={item.card.verdict}
          position={item.position}
          open={item.id === openId}
          cardId={`card-${item.id}`}
          documentTitle={item.card.documentTitle ?? item.card.leakTitle}
          onOpen={() => props.onOpen(item.id)}
          onActivate={() => props.onActivate(item.id)}
          onLeave={props.onLeave}
        />
      ))}
      {open && (
        <div
          class="card-anchor"
          style={{ left: `${open.position.x}px`, top: `${open.position.y + CARD_OFFSET_Y}px` }}
          onPointerEnter={() => props.onOpen(open.id)}
          onPointerLeave={props.onLeave}
        >
          <PassageCard
            id={`card-${open.id}`}
            info={open.card}
            onDetails={() => props.onDetails(open)}
            onHideSite={props.onHideSite}
            onClose={() => props.onClose(true)}
          />
        </div>
      )}
    </div>
  );
}
