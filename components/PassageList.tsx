// The passages one frame marked, each with a quote and a "Show" button that scrolls to it.
import { i18n } from '#i18n';
import type { FrameState } from '../extension/tab-state';

export interface PassageListProps {
  frame: FrameState;
  onShow(index: number): void;
}

export function PassageList({ frame, onShow }: PassageListProps) {
  if (frame.passages.length === 0) return null;
  return (
    <ol class="passages">
      {frame.passages.map((p) => (
        <li key={p.index} class={`passage verdict-${p.verdict}`}>
          <blockquote>{p.quote}</blockquote>
          <button type="button" onClick={() => onShow(p.index)}>
            {i18n.t('popup.show')}
          </button>
        </li>
      ))}
    </ol>
  );
}
